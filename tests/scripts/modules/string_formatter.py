# string.Formatter: format/vformat, parse, get_field, convert_field,
# format_field overrides, and Template subclasses with custom patterns.
import string

f = string.Formatter()
print(f.format("{} + {} = {}", 1, 2, 3), f.format("{0}{1}{0}", "a", "b"), f.format("{x:>5}|{y!r}", x=7, y="s"))
print(f.format("{0[1]} {d[k]} {o.real}", [1, 2], d={"k": "v"}, o=3), f.format("{:{w}.{p}f}", 3.14159, w=8, p=2))
print(f.vformat("{a}-{0}", ("pos",), {"a": "kw"}), f.format("{{literal}} {}", "x"))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}")), list(f.parse("")), list(f.parse("{}")))
print(f.get_field("0.real", (5,), {}), f.get_field("k[0]", (), {"k": "xy"}), f.convert_field(3, "r"), f.convert_field("s", "a"))
for bad in ["{", "}", "{0", "{!x}", "{0} {}", "{nope}", "{5}"]:
    try:
        print(repr(bad), f.format(bad, "only"))
    except (ValueError, KeyError, IndexError) as e:
        print(repr(bad), type(e).__name__, e)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper() + "!"
        return super().convert_field(value, conversion)


u = Upper()
print(u.format("{0} {name} {missing} {0!u} {1:x}", "abc", 255, name="bob"))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError(f"unused: {sorted(unused, key=str)}")


try:
    Strict().format("{0} {a}", 1, 2, a=3, b=4)
except ValueError as e:
    print(type(e).__name__, e)
print(Strict().format("{0}{a}", 1, a=2))


class Dollar(string.Template):
    idpattern = r"[a-z]+"


class Braces(string.Template):
    delimiter = "@"
    braceidpattern = r"[A-Z_]+"


class NoCase(string.Template):
    flags = 0
    idpattern = r"[a-z]+"


print(Dollar("$abc $ABC ${abc}x $a1").safe_substitute(abc="1", a="2"))
print(Braces("@name @{NAME} @{lower} @@").safe_substitute(name="n", NAME="N", lower="l"))
print(NoCase("$abc $ABC").safe_substitute(abc="lo", ABC="HI"))
t = string.Template("$who likes ${what}; $$5")
print(t.template, t.get_identifiers(), t.is_valid(), t.substitute({"who": "tim"}, what="kung pao"))
print(string.Template("$ok $1bad").is_valid(), string.Template("${a}${b}$a").get_identifiers())
try:
    string.Template("$x and ${").substitute(x=1)
except ValueError as e:
    print(type(e).__name__, e)
print(string.capwords("  hello   WORLD  foo-bar "), string.capwords("a-b-c", "-"), string.capwords(""))
