# Ranges whose bounds reach the limits of a 128-bit integer.  CPython keeps
# arbitrary ints: iteration, reversal and equality work; len() raises
# OverflowError when the length does not fit in a C ssize_t.
# rspy crash: debug build panics "attempt to subtract with overflow" at
# objects/src/value.rs (PyRange::len: hi - lo - 1 in i128); the release build
# wraps around and returns wrong answers (len -1, a 1-item reversed()).
r = range(-2**127, 2**127 - 1, 2**126)
print(list(reversed(r)))
print(r == range(-2**127, 2**127 - 1, 2**126), len(r))
print(r[-1], r[0])
try:
    print(len(range(-2**127, 2**127 - 1)))
except OverflowError as e:
    print("OverflowError:", e)
print(range(-2**126, 2**126)[-1])
len(range(-2**126, 2**126))
