# exec/eval/compile: default and given namespaces, code objects, errors.
x = 10
exec("y = x * 2")
print(y)
g = {}
exec("def f(a):\n    return a + 1\nz = f(4)", g)
print(g["z"], sorted(k for k in g if k != "__builtins__"))
print(eval("x + 1"), eval("  a * 2", {"a": 21}), eval("b", {}, {"b": 5}))
def fn():
    q = 3
    return eval("q * 2"), eval("[i for i in range(q)]")
print(fn())
c = compile("1 + 2", "<expr>", "eval")
print(type(c).__name__, eval(c))
c2 = compile("w = 7", "file.py", "exec")
ns = {}
exec(c2, ns)
print(ns["w"])
for bad in ["1 +", "a = 1"]:
    try: eval(bad)
    except SyntaxError as e: print("SyntaxError", e.msg)
try: exec("raise ValueError('inside')")
except ValueError as e: print("ValueError", e)
try: eval(5)
except TypeError as e: print(e)
try: compile("x", "f", "bad")
except ValueError as e: print(e)
exec("import sys as s2"); print(s2.__name__)
