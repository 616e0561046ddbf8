from ..c import does_not_exist
