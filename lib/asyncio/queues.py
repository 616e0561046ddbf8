"""asyncio.Queue, PriorityQueue and LifoQueue. All three are native types
(rspy's module/src/asyncio/queues.rs), as are the exceptions; this module
gives them their CPython home. CPython: Lib/asyncio/queues.py."""

__all__ = (
    'Queue',
    'PriorityQueue',
    'LifoQueue',
    'QueueFull',
    'QueueEmpty',
    'QueueShutDown',
)

from _asyncio import (Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty,
                      QueueShutDown)
