"""asyncio.Future is native. CPython: Lib/asyncio/futures.py."""

__all__ = (
    'Future', 'wrap_future', 'isfuture',
)

from _asyncio import Future, isfuture
from .exceptions import CancelledError, InvalidStateError

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def _get_loop(fut):
    return fut.get_loop()


def _set_result_unless_cancelled(fut, result):
    """Helper setting the result only if the future was not cancelled."""
    if fut.cancelled():
        return
    fut.set_result(result)


def wrap_future(future, *, loop=None):
    raise NotImplementedError('asyncio.wrap_future() (concurrent.futures) is not supported by rspy')
