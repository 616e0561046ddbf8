"""CPython: Lib/asyncio/coroutines.py."""

__all__ = 'iscoroutinefunction', 'iscoroutine'

from _asyncio import iscoroutine

_CO_COROUTINE = 0x80


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    code = getattr(func, '__code__', None)
    if code is None:
        return False
    return bool(code.co_flags & _CO_COROUTINE)
