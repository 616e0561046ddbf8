# Uncaught user-defined exception with a custom __str__.
class ValidationError(Exception):
    def __init__(self, field):
        super().__init__(field)
        self.field = field
    def __str__(self):
        return "invalid field: " + self.field
def validate(record):
    if "name" not in record:
        raise ValidationError("name")
    return True
print(validate({"name": "x"}))
validate({"age": 3})
