# Lock error messages: release of an unlocked lock, the removed loop
# parameter, subscripting the class, extra arguments. Ends uncaught.
import asyncio

def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("Lock(loop=None)", lambda: asyncio.Lock(loop=None))
attempt("Lock(None)", lambda: asyncio.Lock(None))
attempt("Lock[int]", lambda: asyncio.Lock[int])
attempt("Lock().release()", lambda: asyncio.Lock().release())
attempt("Lock().locked(1)", lambda: asyncio.Lock().locked(1))

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("second release:", type(e).__name__, e)
    print("still usable:", await lock.acquire(), lock.locked())
    lock.release()
    # a RuntimeError from release does not disturb a waiting task
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("release while waiter woken:", e, lock.locked())
    print("waiter got:", await t, lock.locked())
    lock.release()
    print("now uncaught:")
    lock.release()

asyncio.run(main())
print("not reached")
