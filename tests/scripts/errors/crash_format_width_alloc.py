# Format widths/precisions that cannot be allocated (10**12 characters, about
# 1 TB, below rspy's 2**40 size cap) are a MemoryError; a '*' precision that
# does not fit in a C int is an OverflowError.
# rspy crash: "memory allocation of 1000000000000 bytes failed" + abort --
# objects/src/format.rs allocates with String::with_capacity (infallible):
# layout_number (int/float widths), the str-format padding path, and the
# %-format path ('%*d' width, '%.*d' precision); only sizes above
# MAX_OUTPUT (1 << 40) get a MemoryError.
def attempt(label, make):
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)

attempt("int width", lambda: format(1, "1000000000000"))
attempt("int zero-pad", lambda: format(1, "01000000000000"))
attempt("str.format", lambda: "{:1000000000000}".format(1))
attempt("nested spec", lambda: "{0:{1}}".format(1, 10**12))
attempt("float width", lambda: format(1.5, "1000000000000.3f"))
attempt("str width", lambda: format("s", "^1000000000000"))
attempt("f-string", lambda: f"{'x':>{10**12}}")
attempt("%*d", lambda: "%*d" % (10**12, 1))
attempt("%.*d", lambda: "%.*d" % (10**12, 1))
format(1, "1000000000000")
