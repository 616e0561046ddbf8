# Exception handlers that raise, custom context keys, resetting to the default, bad handlers.
import asyncio

calls = []

def picky(loop, context):
    msg = context["message"].split(" at ")[0]
    calls.append(msg)
    print("picky got", msg, "keys:", sorted(context))
    if context.get("explode"):
        raise RuntimeError("handler broke: " + context["message"])

class CallableHandler:
    def __init__(self):
        self.count = 0
    def __call__(self, loop, context):
        self.count += 1
        print("object handler", self.count, context["message"].split(" at ")[0], context.get("custom"))

def bad_cb():
    raise ZeroDivisionError("from callback")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(picky)
    ctx = {"message": "custom keys", "custom": [1, 2], "answer": 42}
    loop.call_exception_handler(ctx)
    print("context dict untouched:", sorted(ctx), ctx["answer"])
    loop.call_exception_handler({"message": "first failure", "explode": True})
    print("call_exception_handler returned normally after handler error")
    loop.call_soon(bad_cb)
    await asyncio.sleep(0)
    print("loop survives callback error; calls so far:", calls)
    def interrupting(loop, context):
        raise KeyboardInterrupt("from handler")
    loop.set_exception_handler(interrupting)
    try:
        loop.call_exception_handler({"message": "ki"})
    except KeyboardInterrupt as e:
        print("KeyboardInterrupt escapes call_exception_handler:", e.args)
    obj = CallableHandler()
    loop.set_exception_handler(obj)
    print("callable object accepted:", loop.get_exception_handler() is obj)
    loop.call_exception_handler({"message": "to object", "custom": "yes"})
    loop.call_soon(bad_cb)
    await asyncio.sleep(0)
    print("object handler count:", obj.count)
    for bad in ("string", 3.5, [1]):
        try:
            loop.set_exception_handler(bad)
        except TypeError as e:
            print("TypeError:", e)
    print("handler unchanged after errors:", loop.get_exception_handler() is obj)
    loop.set_exception_handler(None)
    print("reset to default:", loop.get_exception_handler())
    loop.set_exception_handler(picky)
    loop.call_exception_handler({"message": "last one", "explode": True, "n": 7})
    print("done; picky saw:", calls)

asyncio.run(main())
