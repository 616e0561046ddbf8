# Float formatting with a precision above 65535 is valid Python (CPython
# formats it); a precision above INT_MAX is a ValueError.
# rspy crash: panicked at objects/src/format.rs (dtoa uses Rust's
# format!("{:.*}") whose precision is limited to u16): "Formatting argument
# out of range".
s = format(1.5, ".70000f")
print(len(s), s[:5], s[-3:])
s = format(1.5, ".70000e")
print(len(s), s[:5], s[-5:])
print(len(format(2.5, ".70000g")))
print(len("%.70000f" % 0.1), len("%.70000e" % 0.1))
print(len(f"{1e300:.70000f}"), len("{:.70000%}".format(0.5)))
try:
    format(1.5, ".2147483647f")
except ValueError as e:
    print("ValueError:", e)
"%.10000000000f" % 3.5
