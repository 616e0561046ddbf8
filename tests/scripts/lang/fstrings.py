# f-strings: expressions, conversions and format specs.
name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"k": "v", "n": 5}
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {n % 5} {-n}")
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.1f}| {pi:e}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}|{n:x}|{n:#b}|{n:o}")
print(f"{name!r} {name!s} {'caf\u00e9'!a}")
print(f"{items} {items[0]} {items[-1]} {len(items)}")
print(f"{d['k']} {d['n'] * 2}")
print(f"{'nested quotes'} {"double inside"}")
print(f"{{braces}} {{{n}}}")
w = 8
p = 3
print(f"[{name:{w}}] [{name:>{w}}] [{pi:{w}.{p}f}] [{n:{'*'}^{w}}]")
print(f"{1 + 2 = }")
print(f"{n=}")
print(f"{name = }")
print(f"{pi=:.2f}")
print(f"{name=!s}")
print(f"{items[1]=}")
print(f"{n if n > 40 else 0}")
print(f"{'yes' if n % 2 == 0 else 'no'}")
print(f"{[x * 2 for x in items]}")
print(f"{sum(items)} {max(items)} {str(n).zfill(6)}")
print(f"{name.upper()} {name.lower()[::-1]}")
print(f"{3.0} {1e16} {0.1 + 0.2} {None} {True}")
print(f"{n:,} {2 ** 40:_} {1234567.891:,.2f}")
print(f"{0.25:%} {0.125:.1%}")
print(f"multi {n} "
      f"line {name}")
print(f"{'a' + 'b'} {'x' * 3}")
print(F"upper prefix {n}")
print(rf"raw \n {n}", fr"raw2 \t {name}")
x = 10
print(f"{x:>{x}}|")
print(f"{(lambda v: v * 2)(21)}")
print(f"{d}")
print(f"{n!r:>6}|{name!r:^10}|")
print(f"")
print(f"{'{'}{'}'}")
class C:
    def __format__(self, spec):
        return "C-formatted(" + spec + ")"
    def __repr__(self):
        return "C()"
print(f"{C()} {C():xyz} {C()!r}")
