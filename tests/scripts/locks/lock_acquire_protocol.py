# Driving Lock.acquire() by hand with send/throw/close, as a Task would.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

def step(label, f):
    try:
        r = f()
        print(label, "yielded", type(r).__name__, r.done() if hasattr(r, "done") else "")
        return r
    except StopIteration as e:
        print(label, "StopIteration", e.value)
    except BaseException as e:
        print(label, "raised", type(e).__name__)

async def main():
    lock = asyncio.Lock()
    c = lock.acquire()
    print("created, locked:", lock.locked())
    step("uncontended send", lambda: c.send(None))
    print(br(lock))
    step("send again", lambda: c.send(None))

    c = lock.acquire()
    fut = step("contended send", lambda: c.send(None))
    print(br(lock))
    lock.release()
    print("after release:", fut.done(), fut.result(), br(lock))
    step("resume", lambda: c.send(None))
    print(br(lock))

    c = lock.acquire()
    fut = step("contended send", lambda: c.send(None))
    step("throw CancelledError", lambda: c.throw(asyncio.CancelledError()))
    print("fut:", fut.done(), br(lock))

    c = lock.acquire()
    fut = step("contended send", lambda: c.send(None))
    step("throw KeyError", lambda: c.throw(KeyError("k")))
    print("fut:", fut.done(), br(lock))

    c = lock.acquire()
    fut = step("contended send", lambda: c.send(None))
    print("close:", c.close(), br(lock))
    step("send after close", lambda: c.send(None))

    # woken waiter cancelled by throw: the wake-up is passed on
    c1 = lock.acquire()
    c2 = lock.acquire()
    f1 = step("c1 send", lambda: c1.send(None))
    f2 = step("c2 send", lambda: c2.send(None))
    lock.release()
    print("f1/f2 done:", f1.done(), f2.done(), br(lock))
    step("c1 throw", lambda: c1.throw(asyncio.CancelledError()))
    print("f2 done:", f2.done(), br(lock))
    step("c2 resume", lambda: c2.send(None))
    print(br(lock))

    c = lock.acquire()
    print("close unstarted:", c.close())
    print(br(lock))

asyncio.run(main())
