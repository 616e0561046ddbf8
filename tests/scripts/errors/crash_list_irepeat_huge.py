# In-place repetition of a list by a count that does not fit in a C
# ssize_t is an OverflowError, even when the list is empty.
# rspy hang: objects/src/ops.rs inplace_op (list *=) clamps the count to
# i64::MAX and loops that many times (an endless loop for an empty list;
# unbounded memory growth for a non-empty one).
x = []
x *= 2**62
print("empty list *= 2**62:", x)
x = []
x *= 10**20
print("not reached")
