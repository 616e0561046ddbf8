"""Synchronization primitives. They become native Rust types (issue 4);
until then using one raises NotImplementedError naming it.
CPython: Lib/asyncio/locks.py."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore',
           'BoundedSemaphore', 'Barrier')


def _pending(name):
    class Primitive:
        def __init__(self, *args, **kwargs):
            raise NotImplementedError(f'asyncio.{name} is not implemented yet')
    Primitive.__name__ = Primitive.__qualname__ = name
    return Primitive


Lock = _pending('Lock')
Event = _pending('Event')
Condition = _pending('Condition')
Semaphore = _pending('Semaphore')
BoundedSemaphore = _pending('BoundedSemaphore')
Barrier = _pending('Barrier')
