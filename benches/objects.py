"""OO simulation: class instances, inheritance, super(), properties, method calls."""
# quick: 100000
# default: 2000000
import sys


class Account:
    def __init__(self, ident, balance):
        self.ident = ident
        self._balance = balance
        self.history = 0

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        self.history += 1
        self._balance = value

    def deposit(self, amount):
        self.balance = self.balance + amount

    def withdraw(self, amount):
        if amount <= self.balance:
            self.balance = self.balance - amount
            return True
        return False

    def monthly(self):
        return 0

    def score(self):
        return self.balance % 1000 + self.history


class Savings(Account):
    def __init__(self, ident, balance, rate):
        super().__init__(ident, balance)
        self.rate = rate

    def monthly(self):
        interest = self.balance * self.rate // 1000
        self.deposit(interest)
        return interest


class Checking(Account):
    fee = 3

    def withdraw(self, amount):
        ok = super().withdraw(amount + self.fee)
        return ok

    def monthly(self):
        if self.balance < 100:
            self.balance = self.balance - self.fee
            return -self.fee
        return 0


class Premium(Savings):
    def score(self):
        return super().score() * 2 + 1


class Bank:
    def __init__(self, accounts):
        self.accounts = accounts
        self.failed = 0

    def transfer(self, src, dst, amount):
        a = self.accounts[src]
        b = self.accounts[dst]
        if a.withdraw(amount):
            b.deposit(amount)
        else:
            self.failed += 1

    def month_end(self):
        return sum(acc.monthly() for acc in self.accounts)


def work(n):
    kinds = [Account, Savings, Checking, Premium]
    accounts = []
    for i in range(100):
        cls = kinds[i % 4]
        if cls is Savings or cls is Premium:
            accounts.append(cls(i, 1000 + i * 10, 5 + i % 7))
        else:
            accounts.append(cls(i, 1000 + i * 10))
    bank = Bank(accounts)
    flow = 0
    for step in range(n):
        bank.transfer(step % 100, (step * 37 + 11) % 100, (step * 13) % 250)
        if step % 1000 == 999:
            flow += bank.month_end()
    total = sum(a.score() for a in accounts) + sum(a.balance for a in accounts)
    return total * 1000000 + bank.failed * 100 + flow % 100


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
print(f"checksum: {work(n)}")
