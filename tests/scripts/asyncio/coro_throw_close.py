# throw() and close() on hand-driven coroutines.
class Pause:
    def __await__(self):
        v = yield "paused"
        return v

async def guarded():
    try:
        await Pause()
        print("not reached")
    except ValueError as e:
        print("caught inside:", repr(e))
        v = await Pause()
        return ("recovered", v)
    finally:
        print("finally runs")

c = guarded()
print(c.send(None))
print(c.throw(ValueError("boom")))
try:
    c.send("x")
except StopIteration as e:
    print("done with", e.value)

async def unguarded():
    await Pause()

c = unguarded()
c.send(None)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated:", repr(e))
print("frame after throw:", c.cr_frame)

async def cleanup():
    try:
        await Pause()
    finally:
        print("cleanup on close")

c = cleanup()
c.send(None)
print("close ->", c.close())
print("close again ->", c.close())

async def stubborn():
    try:
        await Pause()
    except GeneratorExit:
        print("got GeneratorExit, awaiting again")
        await Pause()

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# throw into a coroutine that has not started
async def never():
    print("never printed")
c = never()
try:
    c.throw(TypeError("early"))
except TypeError as e:
    print("early throw:", e)
print("unstarted closed frame:", c.cr_frame)
# close an unstarted coroutine: no warning
c = never()
c.close()
print("closed unstarted ok")
