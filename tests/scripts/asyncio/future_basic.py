# Futures: result/exception/cancel state machine and InvalidStateError messages.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(type(f).__name__, repr(f), f.done(), f.cancelled())
    print("get_loop is running loop:", f.get_loop() is loop)
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.set_result(42)
    print(repr(f), f.done(), f.result(), f.exception())
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set_result again:", e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("set_exception after result:", e)
    print("cancel done future:", f.cancel(), f.cancelled())
    g = loop.create_future()
    g.set_exception(ValueError("x"))
    print(repr(g))
    print("exception():", repr(g.exception()))
    try:
        g.result()
    except ValueError as e:
        print("result() raised", repr(e))
    h = loop.create_future()
    print("cancel:", h.cancel(), "again:", h.cancel())
    print(repr(h), h.done(), h.cancelled())
    for meth in (h.result, h.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print("CancelledError", e.args)
    try:
        h.set_result(3)
    except asyncio.InvalidStateError as e:
        print("set_result on cancelled:", e)
    k = loop.create_future()
    k.cancel("custom msg")
    try:
        k.result()
    except asyncio.CancelledError as e:
        print("cancel msg:", e.args)
    m = loop.create_future()
    m.set_result([1, "two"])
    print(repr(m))
    n = loop.create_future()
    n.set_result(None)
    print(repr(n))
    s = loop.create_future()
    s.set_exception(StopIteration("no"))
    print("StopIteration converted:", repr(s.exception()))
    print("cause:", repr(s.exception().__cause__))
    e = loop.create_future()
    e.set_exception(KeyError)
    print(repr(e), repr(e.exception()))

asyncio.run(main())
