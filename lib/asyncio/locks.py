"""Synchronization primitives. All six are native types (rspy's
module/src/asyncio/locks.rs); this module gives them their CPython home.
CPython: Lib/asyncio/locks.py."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore',
           'BoundedSemaphore', 'Barrier')

from _asyncio import (Lock, Event, Condition, Semaphore, BoundedSemaphore,
                      Barrier)
