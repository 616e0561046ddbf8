# contextlib async errors: asynccontextmanager generators that do not yield,
# yield twice or swallow; AsyncExitStack chaining and suppression.
import contextlib as cl


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("coroutine suspended")


@cl.asynccontextmanager
async def no_yield():
    if False:
        yield


@cl.asynccontextmanager
async def two_yields():
    yield 1
    yield 2


@cl.asynccontextmanager
async def converting():
    try:
        yield "conv"
    except KeyError as e:
        raise LookupError("converted") from e


async def use(factory, exc=None):
    async with factory() as value:
        print("inside", value)
        if exc is not None:
            raise exc
    return "finished"


for factory, exc in [(no_yield, None), (two_yields, None), (converting, KeyError("k")),
                     (converting, None), (two_yields, StopAsyncIteration("s")),
                     (converting, ValueError("v"))]:
    try:
        print(run(use(factory, exc)))
    except (RuntimeError, LookupError, StopAsyncIteration, ValueError) as e:
        print(type(e).__name__, e, repr(e.__cause__))


async def stacked():
    async def suppress_all(et, ev, tb):
        print("suppressing", et.__name__)
        return True
    async with cl.AsyncExitStack() as stack:
        stack.push_async_exit(suppress_all)
        raise ValueError("hidden")
    return "suppressed"

print(run(stacked()))
stack = cl.AsyncExitStack()
stack.callback(print, "closing via aclose")
print(run(stack.aclose()))
