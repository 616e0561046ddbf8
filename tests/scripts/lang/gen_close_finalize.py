# gen.close() returns the generator's return value; unreachable generators are closed.
def handles_exit():
    try:
        yield 1
    except GeneratorExit:
        return 5
g = handles_exit()
next(g)
print("close returned", g.close())
print("close again", g.close())
def plain():
    yield 1
p = plain()
next(p)
print("plain close", p.close())
print("unstarted close", plain().close())
def cleanup(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)
for x in cleanup("for-break"):
    print("got", x)
    break
print("after break")
g = cleanup("del")
next(g)
del g
print("after del")
def first(it):
    for x in it:
        return x
print(first(cleanup("returned")))
print("end")
