# Errors raised by the second half of instruction pairs the interpreter
# runs as one: the message, and the line reported in the traceback.
import traceback


def second_local_unbound(flag):
    if flag:
        b = 1
    a = 2
    return a + b


def add_const(x):
    return x - 1


def augmented(x):
    x += 1
    return x


def attr_of_local(obj):
    return obj.missing


def store_then_load(flag):
    first = 1
    if flag:
        second = 2
    first = 3
    return second


def branchy(a, b, flag):
    # A jump may land on the second instruction of a pair.
    value = a if flag else b
    return value * 2 + (a if not flag else b)


for call in (
    lambda: second_local_unbound(False),
    lambda: add_const("text"),
    lambda: augmented([1]),
    lambda: attr_of_local(object()),
    lambda: store_then_load(False),
):
    try:
        call()
    except Exception as e:
        frame = traceback.extract_tb(e.__traceback__)[-1]
        print(type(e).__name__, e, "line", frame.lineno, frame.line)

print(branchy(1, 2, True), branchy(1, 2, False))
print(add_const(10), augmented(41), add_const(2.5))
second_local_unbound(False)
