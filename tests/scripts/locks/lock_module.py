# Where the primitives live: asyncio.locks, __all__, __module__, class
# hierarchy, exception classes, isinstance checks.
import asyncio
import sys

print(asyncio.locks.__name__, "asyncio.locks" in sys.modules)
print(asyncio.locks.__all__)
print(type(asyncio.locks.__all__).__name__)
for name in asyncio.locks.__all__:
    cls = getattr(asyncio, name)
    print(name, cls is getattr(asyncio.locks, name), cls.__module__,
          cls.__qualname__, isinstance(cls, type))
print(isinstance(asyncio.Lock(), asyncio.locks.Lock))
print(issubclass(asyncio.BoundedSemaphore, asyncio.Semaphore))
print(isinstance(asyncio.BoundedSemaphore(), asyncio.Semaphore))
print(issubclass(asyncio.Semaphore, asyncio.BoundedSemaphore))
print(issubclass(asyncio.Condition, asyncio.Lock), issubclass(asyncio.Lock, asyncio.Event))
print(asyncio.BrokenBarrierError.__module__, asyncio.BrokenBarrierError.__mro__[1].__name__)
print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
print(asyncio.BrokenBarrierError is asyncio.exceptions.BrokenBarrierError)
print(asyncio.CancelledError.__mro__[1].__name__)
for name in asyncio.locks.__all__:
    cls = getattr(asyncio, name)
    print(name, [m for m in ("acquire", "release", "locked", "wait", "set",
                             "clear", "is_set", "notify", "notify_all",
                             "wait_for", "reset", "abort", "__aenter__",
                             "__aexit__") if hasattr(cls, m)])
b = asyncio.Barrier(3)
print(b.parties, b.n_waiting, b.broken)
for attr in ("parties", "n_waiting", "broken"):
    try:
        setattr(b, attr, 1)
    except AttributeError as e:
        print("AttributeError on", attr)
print(asyncio.Semaphore().locked(), asyncio.Semaphore(0).locked())
print(asyncio.Event().is_set(), asyncio.Condition().locked())
print(type(asyncio.Lock.__doc__).__name__, asyncio.Lock.__name__)
