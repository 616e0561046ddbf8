# Building an object far larger than memory raises MemoryError; the
# interpreter must not abort.
# rspy crash: "memory allocation of N bytes failed" + abort (SIGABRT) --
# Vec::with_capacity / String::repeat at objects/src/seq.rs (str, bytes,
# list, tuple repeat), container_methods.rs (bytes(n)), num_methods.rs
# (int.to_bytes), format.rs (format width / %-format width).
def attempt(label, make):
    try:
        make()
    except MemoryError:
        print(label, "MemoryError")

attempt("str*", lambda: "x" * 10**12)
attempt("bytes*", lambda: b"x" * 10**12)
attempt("list*", lambda: [0] * 10**12)
attempt("tuple*", lambda: (1,) * 10**12)
attempt("bytes(n)", lambda: bytes(10**12))
attempt("to_bytes", lambda: (1).to_bytes(10**12, "big"))
attempt("format width", lambda: "{:10000000000000}".format(1))
attempt("%-format width", lambda: "%10000000000000d" % 1)
"x" * 10**12
