"""A small tour: classes, generators, closures, exceptions and formatting."""


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self.balance})"


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def counter():
    count = 0

    def tick():
        nonlocal count
        count += 1
        return count

    return tick


acct = Account("ada")
acct.deposit(100)
print(acct)
try:
    acct.deposit(-5)
except ValueError as e:
    print("refused:", e)

fib = fibonacci()
print("fibonacci:", [next(fib) for _ in range(12)])
tick = counter()
tick()
print("ticks:", tick())
print("big:", 2**100, "float:", 0.1 + 0.2, "table:", {k: k * k for k in range(5)})
print("{:>8}|{:<8}|{:^8}".format("right", "left", "mid"))
