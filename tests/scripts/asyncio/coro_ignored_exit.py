# A coroutine yielding after GeneratorExit raises RuntimeError on close().
class Step:
    def __await__(self):
        yield "step"

class Stop(Exception):
    pass

async def bad():
    while True:
        try:
            await Step()
        except GeneratorExit:
            print("ignoring GeneratorExit")
        except Stop:
            print("stopping")
            return "stopped"

c = bad()
print(c.send(None))
print(c.send(None))
try:
    c.close()
except RuntimeError as e:
    print("caught:", e)
print("frame still there:", c.cr_frame is not None)
try:
    c.throw(Stop())
except StopIteration as e:
    print("finished with", e.value)

async def returns_on_exit():
    try:
        await Step()
    except GeneratorExit:
        print("returning on GeneratorExit")
        return 5

c = returns_on_exit()
c.send(None)
print("close result:", c.close())

async def raises_other():
    try:
        await Step()
    except GeneratorExit:
        raise ValueError("replaced")

c = raises_other()
c.send(None)
try:
    c.close()
except ValueError as e:
    print("close raised:", repr(e))

async def once():
    try:
        await Step()
    except GeneratorExit:
        print("ignoring once")
    try:
        await Step()
    except GeneratorExit:
        return

c = once()
c.send(None)
print("closing for real")
c.close()
