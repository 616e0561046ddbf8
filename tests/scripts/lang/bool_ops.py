# and / or / not and their short-circuit behaviour.
print(True and False, True or False, not True, not False)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "x" or "default", None or 0)
print([] and "unreached", [0] and "reached")
print(None and 1, 0 or None)
print(not 0, not 1, not "", not "a", not [], not [0], not None)
log = []
def t(name, value):
    log.append(name)
    return value
print(t("a", 0) and t("b", 1))
print(log)
log.clear()
print(t("a", 1) or t("b", 1))
print(log)
log.clear()
print(t("a", 1) and t("b", 0) or t("c", "c-value"))
print(log)
log.clear()
print(t("a", 0) or t("b", 0) or t("c", 0))
print(log)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or [] or "last")
print(not 1 == 2, not (1 == 2))
print(True and not False or False)
x = 5
print(x > 0 and x < 10, x > 0 and "positive" or "non-positive")
print(bool(0.0), bool(-0.0), bool(0.1), bool(float("nan")))
print(bool({}), bool({0: 0}), bool(set()), bool(()), bool((0,)))
print(bool(range(0)), bool(range(1)))
r = [] or {}
print(r, type(r))
r = 0.0 and 5
print(r)
value = None
name = value or "anon"
print(name)
print(all([]), any([]))
print(True & False, True | False, True ^ True)
print(type(True and 3), type(0 or False))
