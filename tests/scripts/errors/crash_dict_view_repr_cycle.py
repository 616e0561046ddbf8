# A dict view that (indirectly) contains itself reprs with "..." like any
# other self-referencing container.
# rspy crash: fatal runtime error: stack overflow -- objects/src/repr.rs
# formats dict views (Value::Iterator(it) if it.is_view()) without the
# recursion guard used for lists and dicts.
d = {}
d[1] = d.values()
print(d.values())
print(d)
e = {}
e[1] = e.items()
print(e.items())
print(repr(e))
f = {"k": None}
f["k"] = [f.keys(), f.values()]
print(f.values())
