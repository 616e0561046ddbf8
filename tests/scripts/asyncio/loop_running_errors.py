# Errors: no running loop, nested asyncio.run, non-coroutine to asyncio.run.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("current_task RuntimeError:", e)
try:
    asyncio.run(5)
except TypeError as e:
    print("TypeError:", e)
try:
    asyncio.run(None)
except TypeError as e:
    print("TypeError:", e)

async def inner():
    return 1

async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("nested RuntimeError:", e)
    c.close()
    loop = asyncio.get_running_loop()
    c2 = inner()
    try:
        loop.run_until_complete(c2)
    except RuntimeError as e:
        print("run_until_complete RuntimeError:", e)
    c2.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("run_forever RuntimeError:", e)
    print("is_running:", loop.is_running())
    try:
        loop.close()
    except RuntimeError as e:
        print("close RuntimeError:", e)
    print("get_event_loop is running loop:", asyncio.get_event_loop() is loop)
    return "main ok"

print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("after run:", e)
print(asyncio.run(inner()))
asyncio.run(lambda: 1)
