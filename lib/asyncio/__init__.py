"""The asyncio package, rspy's: the event loop, Future and Task are native
(the _asyncio module); this package arranges them under CPython's module
names and adds the parts written in Python. CPython: Lib/asyncio/__init__.py."""

from .exceptions import *
from .coroutines import *
from .events import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .streams import *
from .subprocess import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *

__all__ = (exceptions.__all__ + coroutines.__all__ + events.__all__ +
           futures.__all__ + locks.__all__ + queues.__all__ +
           runners.__all__ + streams.__all__ + subprocess.__all__ +
           taskgroups.__all__ + tasks.__all__ +
           threads.__all__ + timeouts.__all__)
