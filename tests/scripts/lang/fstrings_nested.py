# f-strings: nesting, debugging specifier, and conversions combined.
width = 12
prec = 2
align = "^"
fill = "."
val = 1234.5678
print(f"[{val:{fill}{align}{width}.{prec}f}]")
print(f"[{val:{width}}]")
print(f"[{val:>{width},.{prec + 1}f}]")
for w in range(4, 9, 2):
    print(f"[{'ab':>{w}}] [{'ab':<{w}}] [{'ab':^{w}}]")
for p in range(4):
    print(f"{1 / 3:.{p}f} {2 / 3:.{p}e} {100 / 7:.{p + 1}g}")
data = {"x": 1, "y": [1, 2]}
print(f"{data['y'][1]=}")
print(f"{data = }")
a, b = 3, 4
print(f"{a + b=}", f"{a * b = }", f"{a=} {b=}")
print(f"{a=:>5}|", f"{a=!r:>5}|")
s = "text"
print(f"{s=!r}", f"{s=!s}", f"{s!a}", f"{s!r:>8}|")
print(f"{'\u00e9t\u00e9'!a}", f"{'\u00e9t\u00e9'!r}")
print(f"{f'{a}-{b}'}", f"{f'{f'{a}'}'}")
print(f"{'inner ' + f'{a:03d}'}")
names = ["ann", "bob"]
print(f"{', '.join(f'<{n}>' for n in names)}")
print(f"{len(names)=} {names[0].title()=}")
print(f"{3.0=} {1e16=} {-0.0=}")
print(f"{ a }", f"{  b  = }")
print(f"{a:{'0'}{'5'}}")
print(f"{'x':{''}>3}")
print(f"{'%d' % 5} {'{}'.format(6)}")
print(f"{None!s:>6}|{None!r}|{True!s:^7}|")
print(f"{2 ** 64:,}", f"{-(2 ** 64):x}", f"{255:#010x}")
print(f"{10:b}{10:o}{10:X}")
value = 0.000012345
print(f"{value} {value:g} {value:.2e} {value:f}")
print(f"{'a'!r:{width}}|")
