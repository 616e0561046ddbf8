# time.sleep: durations, argument types, errors, and stdout flushed first.
import time

print("before sleep")
start = time.monotonic()
time.sleep(0.05)
elapsed = time.monotonic() - start
print("slept at least 0.05:", elapsed >= 0.05, "and under 5s:", elapsed < 5)

start = time.perf_counter_ns()
time.sleep(0)
time.sleep(0.0)
time.sleep(False)
print("zero sleeps are quick:", time.perf_counter_ns() - start < 10**9)

class Idx:
    def __index__(self):
        return 0

class Flt:
    def __float__(self):
        return 0.0

print(time.sleep(Idx()))
print(time.sleep(1e-9))

for arg in [-1, -0.001, "1", None, [1], Flt(), float("nan"), float("inf"),
            -float("inf"), 2 ** 70, -(2 ** 70), 1e300, 10 ** 10]:
    try:
        time.sleep(arg)
        print(repr(arg), "ok")
    except Exception as e:
        print(repr(arg) if not isinstance(arg, Flt) else "Flt()", type(e).__name__, e)

for call in ["time.sleep()", "time.sleep(1, 2)", "time.sleep(secs=1)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, e)

# Output written before a sleep appears before output written after it.
for i in range(3):
    print("tick", i, end=" ")
    time.sleep(0.001)
print()
