# contextlib async parts: asynccontextmanager, AsyncExitStack, aclosing,
# nullcontext; coroutines are driven by hand (they never suspend).
import contextlib as cl

def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("coroutine suspended")

@cl.asynccontextmanager
async def session(name):
    print("open", name)
    try:
        yield name + "!"
    except LookupError as e:
        print("handled", repr(e))
    finally:
        print("close", name)

class ARes:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("aenter", self.name)
        return self

    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return False

async def main():
    async with session("s1") as s:
        print("body", s)
    async with session("s2"):
        raise KeyError("k")
    try:
        async with session("s3"):
            raise ValueError("v")
    except ValueError as e:
        print("propagated", e)
    async with cl.AsyncExitStack() as stack:
        r = await stack.enter_async_context(ARes("r1"))
        stack.enter_context(cl.nullcontext())
        stack.callback(print, "sync callback")

        async def acb(x):
            print("async callback", x)
        stack.push_async_callback(acb, 42)
        stack.push_async_exit(ARes("pushed"))
        print("stack body", r.name)
    try:
        await cl.AsyncExitStack().enter_async_context(ARes)
    except TypeError as e:
        print("TypeError", e)
    async with cl.nullcontext(7) as n:
        print("anull", n)

    class Gen:
        async def aclose(self):
            print("aclosed")
    async with cl.aclosing(Gen()) as g:
        print("aclosing", type(g).__name__)

    @session("deco")
    async def task(x):
        print("task", x)
        return x + 1
    print("task result", await task(1))
    return "done"

print(run(main()))

