# random: exception types and messages.
import random

r = random.Random(1)
cases = [
    "r.random(1)", "r.getrandbits()", "r.getrandbits(-1)", "r.getrandbits(1.0)",
    "r.getrandbits(k=3)", "r.getrandbits(2 ** 64)", "r.randint(1)", "r.randint(1, 2, 3)",
    "r.randint(1.0, 2)", "r.randint(5, 1)", "r.randint(a=1, b=2, c=3)", "r.randint(1, a=1)",
    "r.randrange(0)", "r.randrange(-3)", "r.randrange(5, 5)", "r.randrange(1, 10, 0)",
    "r.randrange(1, 10, -1)", "r.randrange(1.5)", "r.randrange(10, step=2)",
    "r.randrange()", "r.randrange(1, 2, 3, 4)", "r.choice([])", "r.choice(5)",
    "r.choice(x=1)", "r.sample({1, 2}, 1)", "r.sample({'a': 1}, 1)", "r.sample([1, 2], 3)",
    "r.sample([1, 2], -1)", "r.sample([1, 2])", "r.sample([1, 2], 1, counts=[1])",
    "r.sample([1, 2], 1, counts=[1.5, 1])", "r.sample([1, 2], 1, counts=[-3, 1])",
    "r.choices([1, 2], [1])", "r.choices([1, 2], 3)", "r.choices([1, 2], [1, 2], cum_weights=[1, 2])",
    "r.choices([1, 2], [0, 0])", "r.choices([1, 2], [1, float('inf')])",
    "r.choices([1, 2], [1, float('nan')])", "r.choices(5)", "r.choices([1], k=1.5)",
    "r.seed([1])", "r.seed({})", "r.seed(1, 2, 3)", "r.setstate((3, (1, 2), None))",
    "r.setstate((4, (1,), None))", "r.setstate((3, 5, None))", "r.setstate(5)",
    "r.setstate((3, tuple([0] * 624 + [625]), None))",
    "r.setstate((3, tuple([0] * 624 + [1.5]), None))",
    "r.setstate((3, tuple([-1] * 624 + [1]), None))", "r.shuffle(5)", "r.shuffle((1, 2))",
    "r.expovariate(0)", "r.gammavariate(0, 1)", "r.gammavariate(1, -1)", "r.betavariate(0, 1)",
    "r.uniform(1)", "r.uniform('a', 'b')", "r.triangular(1, 2, 'x')", "r.randbytes(-1)",
    "r.randbytes(1.0)", "r.paretovariate(0)", "random.Random(1, 2)",
    "random.Random.random(5)", "random.Random.getrandbits(None, 3)", "random.randint(1)",
    "random.choice([])", "random.seed(object())", "random.gauss(1, 2, 3)",
]
for expr in cases:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!", type(e).__name__, e)
