# assert with and without messages.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
x = 5
try:
    assert x < 0, "x=%d is not negative" % x
except AssertionError as e:
    print(e)
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print(e.args, e)
try:
    assert None, 42
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append("msg evaluated")
    return "lazy"
assert True, msg()
print(calls)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
for v in (3, 0, -2):
    try:
        print(check_positive(v))
    except AssertionError as e:
        print("assertion:", e)
pair = (False, "tuple is truthy")
try:
    assert pair
    print("tuple assertion passed")
except AssertionError:
    print("not reached")
try:
    assert 0 == 0.0 == False, "chain"
    print("chained assert ok")
except AssertionError:
    print("not reached")
print(issubclass(AssertionError, Exception))
try:
    assert isinstance(x, str), ("wrong type", type(x).__name__)
except AssertionError as e:
    print(e.args[0], e.args[0][1])
