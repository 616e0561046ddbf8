# contextlib under asyncio.run: asynccontextmanager bodies that really await,
# AsyncExitStack callbacks, suppress/nullcontext/closing inside coroutines.
import asyncio
import contextlib as cl

events = []


@cl.asynccontextmanager
async def resource(name, fail_exit=False):
    events.append(f"open {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        events.append(f"{name} saw {e!r}")
        raise
    finally:
        await asyncio.sleep(0)
        events.append(f"close {name}")
        if fail_exit:
            raise RuntimeError(f"close failed for {name}")


async def basic():
    async with resource("a") as ra, resource("b") as rb:
        events.append(f"body {ra} {rb}")
        await asyncio.sleep(0.001)
    try:
        async with resource("c"):
            raise KeyError("k")
    except KeyError as e:
        events.append(f"caught {e!r}")
    try:
        async with resource("d", fail_exit=True):
            events.append("body d")
    except RuntimeError as e:
        events.append(f"caught {e}")
    return "basic done"


print(asyncio.run(basic()))
print(*events, sep="\n")
events.clear()


class Thing:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


class AsyncRes:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        events.append(f"aenter {self.name}")
        return self

    async def __aexit__(self, *exc):
        events.append(f"aexit {self.name} {exc[0].__name__ if exc[0] else None}")
        return False


async def stack_demo():
    async with cl.AsyncExitStack() as stack:
        r1 = await stack.enter_async_context(AsyncRes("one"))
        r2 = await stack.enter_async_context(resource("gen"))
        stack.enter_context(cl.nullcontext())

        async def acb(tag):
            await asyncio.sleep(0)
            events.append(f"async callback {tag}")

        stack.push_async_callback(acb, "x")
        stack.callback(events.append, "sync callback")
        events.append(f"inside {r1.name} {r2}")
    async with cl.AsyncExitStack() as stack:
        await stack.enter_async_context(AsyncRes("moved"))
        later = stack.pop_all()
    events.append("stack exited without closing moved")
    await later.aclose()
    try:
        async with cl.AsyncExitStack() as stack:
            await stack.enter_async_context(AsyncRes("err"))

            async def swallow(t, v, tb):
                events.append(f"exit func saw {t.__name__}")
                return True

            stack.push_async_exit(swallow)
            raise ValueError("inside stack")
        events.append("suppressed by exit func")
    except ValueError:
        events.append("not suppressed")
    try:
        await cl.AsyncExitStack().enter_async_context(Thing())
    except TypeError as e:
        events.append(f"TypeError {e}")
    return "stack done"


print(asyncio.run(stack_demo()))
print(*events, sep="\n")
events.clear()


class AThing:
    async def aclose(self):
        events.append("aclosed")


async def misc():
    with cl.suppress(ZeroDivisionError):
        await asyncio.sleep(0)
        1 / 0
    events.append("after suppress")
    async with cl.nullcontext(42) as v:
        events.append(f"async nullcontext {v}")
    t = Thing()
    with cl.closing(t) as same:
        events.append(f"closing same {same is t} {t.closed}")
    events.append(f"closed {t.closed}")
    async with cl.aclosing(AThing()):
        events.append("in aclosing")

    async def worker(n):
        async with resource(f"w{n}"):
            await asyncio.sleep(0.001 * n)
            return n * 10

    results = await asyncio.gather(worker(1), worker(2))
    events.append(f"gather {results}")
    return "misc done"


print(asyncio.run(misc()))
print(*events[:4], sep="\n")
print(sorted(events[4:]))


@cl.asynccontextmanager
async def no_yield():
    if False:
        yield


async def bad():
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        return f"RuntimeError {e}"


print(asyncio.run(bad()))
