# string.Template: substitute, safe_substitute, errors, identifiers, custom delimiter.
from string import Template

t = Template("$who likes ${what} and $$ money; $who again")
print(t.template)
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": 3}))
print(t.substitute({"who": "ann", "what": 1}, what="override"))
print(t.safe_substitute(who="bob"))
print(t.safe_substitute())
print(t.get_identifiers(), t.is_valid())

for text, kw in [("$missing here", {}), ("${also}", {"x": 1}),
                 ("cost: $ 5", {}), ("line1\nline2 $", {}), ("${bad name}", {}),
                 ("ok $a then $1", {"a": 1}), ("$", {}), ("a\nb\nc $-", {})]:
    tt = Template(text)
    try:
        print(repr(tt.substitute(**kw)))
    except KeyError as e:
        print("KeyError", e)
    except ValueError as e:
        print("ValueError", e)
    print("  safe:", repr(tt.safe_substitute(**kw)), tt.is_valid(), tt.get_identifiers())

print(Template("$_x $x1 $X_y2z! ${_}").substitute(_x=1, x1=2, X_y2z=3, _=4))
print(Template("$aé").safe_substitute(a="A"))
print(Template("$a$b${c}d").substitute(a=1, b=2, c=3))
print(Template("$$a $$$a").substitute(a="x"))
print(Template("${a}b ${a }").safe_substitute(a=0))


class Percent(Template):
    delimiter = "%"


p = Percent("%name is %% %{age} years, %missing")
print(p.safe_substitute(name="Ada", age=36))
print(p.get_identifiers())
try:
    p.substitute(name="Ada", age=36)
except KeyError as e:
    print("KeyError", e)
print(Percent("100%").safe_substitute(), Percent("100%").is_valid())


class Hash(Template):
    delimiter = "#{"


print(Hash("x=#{x #{{ #{y").safe_substitute(x=1, y=2))
print(Template("$x").substitute(x=[1, 2]), Template("$x").substitute(x=None))
