# Repeating an *empty* list or tuple by a huge count is instant and empty;
# a count that does not fit in a C ssize_t is an OverflowError.
# rspy hang: objects/src/seq.rs (binary `*`, the size check skips empty
# sequences) and objects/src/ops.rs inplace_op (list `*=`, no size check at
# all) clamp the count to i64::MAX and loop that many times -- endless for an
# empty sequence, unbounded memory growth for a non-empty one.
print([] * 2**62, () * 2**62, 2**62 * [])
x = []
x *= 2**62
print(x)
y = ()
y *= 2**62
print(y)
try:
    [] * 10**20
except OverflowError as e:
    print("OverflowError:", e)
x = []
x *= 10**20
