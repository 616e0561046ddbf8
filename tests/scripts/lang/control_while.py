# while loops with else, break, continue.
i = 0
while i < 5:
    print("i =", i)
    i += 1
else:
    print("loop ended normally at", i)
i = 0
while True:
    i += 1
    if i == 3:
        continue
    if i > 6:
        break
    print("body", i)
else:
    print("not printed")
print("after break", i)
n = 0
while n < 3:
    n += 1
else:
    print("else after normal exit", n)
while False:
    print("never")
else:
    print("else when never entered")
count = 0
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        count += 1
        inner += 1
    outer += 1
print("count", count)
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz steps", steps)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
items = [1, 2, 3]
while items:
    print("popped", items.pop())
k = 10
while k:
    k -= 3
    if k < 0:
        print("went negative", k)
        break
else:
    print("reached zero")
m = 0
while m < 100:
    m += 1
    if m % 7 != 0:
        continue
    if m > 30:
        break
    print("multiple of 7:", m)
