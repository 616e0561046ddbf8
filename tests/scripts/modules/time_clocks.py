# time: clock functions, their types and relations (never actual times).
import time

print(type(time.time()).__name__, type(time.time_ns()).__name__)
print(type(time.monotonic()).__name__, type(time.monotonic_ns()).__name__)
print(type(time.perf_counter()).__name__, type(time.perf_counter_ns()).__name__)
print(type(time.process_time()).__name__, type(time.process_time_ns()).__name__)
print(type(time.thread_time()).__name__, type(time.thread_time_ns()).__name__)

# The wall clock is after 2023 and agrees with its ns variant.
t = time.time()
tn = time.time_ns()
print(t > 1.7e9, tn > 1.7e18, abs(tn / 1e9 - t) < 5)

# Monotonic clocks never go back.
samples = [time.monotonic() for _ in range(200)]
print(all(a <= b for a, b in zip(samples, samples[1:])))
samples = [time.perf_counter_ns() for _ in range(200)]
print(all(a <= b for a, b in zip(samples, samples[1:])))
m = time.monotonic()
mn = time.monotonic_ns()
print(abs(mn / 1e9 - m) < 1)
p = time.perf_counter()
pn = time.perf_counter_ns()
print(abs(pn / 1e9 - p) < 1)

# CPU time grows with work, and is non-negative.
c0 = time.process_time()
total = 0
for i in range(200000):
    total += i * i
c1 = time.process_time()
print(total, c0 >= 0, c1 >= c0)

# get_clock_info
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
print(time.get_clock_info("monotonic"))
print(time.get_clock_info("time") == time.get_clock_info("time"))
print(time.get_clock_info("time") == time.get_clock_info("monotonic"))
print(type(time.get_clock_info("time")).__name__)

for expr in [
    "time.get_clock_info('nope')",
    "time.get_clock_info()",
    "time.get_clock_info(3)",
    "time.get_clock_info(name='time')",
    "time.time(1)",
    "time.monotonic(x=1)",
    "time.perf_counter(None)",
    "time.time_ns(1, 2)",
]:
    try:
        eval(expr)
        print(expr, "no error")
    except Exception as e:
        print(expr, type(e).__name__, e)

print(time.time, time.sleep, time.monotonic_ns)
print(time.__name__, time.time.__name__)
