# A negative slice step at or below -2**127 is clamped like any other huge
# step: the slice takes one item from the end.
# rspy crash (debug build, the one `cargo test` runs): panicked at
# objects/src/seq.rs slice_indices_wide, "attempt to negate with overflow"
# (`-step` with step == i128::MIN); the release build happens to be right.
print([1, 2, 3][::-10**40], "abc"[::-10**40], (1, 2, 3)[::-2**127])
print(range(5)[::-(2**127)])
print(list(range(5)[::-(2**127)]))
x = [1, 2, 3]
del x[::-10**40]
print(x)
