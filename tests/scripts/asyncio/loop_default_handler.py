# call_exception_handler with the default handler writes the message to stderr.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print("handler is None:", loop.get_exception_handler() is None)
    loop.call_exception_handler({"message": "first message"})
    print("after first")
    loop.default_exception_handler({"message": "direct default call"})
    print("after default")
    loop.call_exception_handler({"message": "the final complaint"})
    print("done")

asyncio.run(main())
