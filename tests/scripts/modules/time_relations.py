# time: relations between time/monotonic/perf_counter around sleeps, and
# the UTC calendar functions on fixed timestamps.
import time

t1, m1, p1 = time.time(), time.monotonic(), time.perf_counter()
r = time.sleep(0.02)
t2, m2, p2 = time.time(), time.monotonic(), time.perf_counter()
print(r, t2 >= t1, m2 >= m1, p2 >= p1, m2 - m1 >= 0.019, p2 - p1 >= 0.019, m2 - m1 < 5)
print(type(t1).__name__, type(m1).__name__, type(p1).__name__, isinstance(time.time_ns(), int))
ns1 = time.monotonic_ns()
time.sleep(0.001)
ns2 = time.monotonic_ns()
print(ns2 > ns1, ns2 - ns1 >= 10 ** 6)
ticks = []
for i in range(5):
    ticks.append(time.perf_counter())
    time.sleep(0.002)
print(sorted(ticks) == ticks, all(b - a >= 0.0019 for a, b in zip(ticks, ticks[1:])))
start = time.monotonic()
deadline = start + 0.01
n = 0
while time.monotonic() < deadline:
    n += 1
print(n > 0, time.monotonic() >= deadline)

g = time.gmtime(0)
print(g, type(g).__name__)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst, g[0], len(g))
g2 = time.gmtime(1700000000)
print(tuple(g2), g2.tm_zone, g2.tm_gmtoff)
print(time.gmtime(1700000000.9)[:6], time.gmtime(-86400)[:6], time.gmtime(951782400)[:3])
print(time.strftime("%Y-%m-%d %H:%M:%S", g2), time.strftime("%a %b %d %j %%", g2))
print(time.strftime("%A %B %y %I %p %w", time.gmtime(1e9)))
print(time.asctime(g2), time.asctime(time.gmtime(0)))
st = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(st, st.tm_mday, time.strftime("%Y/%m/%d", st))
print(time.gmtime(1234567890) == time.gmtime(1234567890), time.gmtime(0) < time.gmtime(1))
print(time.strptime("2024-03-01 10:20:30", "%Y-%m-%d %H:%M:%S")[:6])
for bad in ["time.gmtime('x')", "time.strftime(1)", "time.struct_time((1, 2))",
            "time.strptime('nope', '%Y')"]:
    try:
        eval(bad)
        print(bad, "ok")
    except Exception as e:
        print(bad, type(e).__name__, e)
