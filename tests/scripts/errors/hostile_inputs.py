# Hostile inputs get CPython's exception, never a crash: huge repeats,
# the int digit limit, endless recursion, generator re-entry, mutation
# while iterating, raising __eq__/__hash__, deep nesting.
import sys


def attempt(label, f, message=True):
    try:
        f()
        print(label, "ok")
    except BaseException as e:
        print(label, type(e).__name__, str(e)[:100] if message else "")


attempt("list repeat", lambda: [0] * 10**12)
attempt("str repeat", lambda: "x" * 10**12)
attempt("bytes repeat", lambda: b"x" * 10**12)
attempt("int digits", lambda: int("9" * 100000))
attempt("str of big int", lambda: str(10**5000))


def endless():
    return endless()


attempt("recursion", endless)


def reenter():
    yield next(gen)


gen = reenter()
attempt("generator re-entry", lambda: next(gen))

d = {1: 1, 2: 2}


def grow_dict():
    for k in d:
        d[k + 10] = 1


attempt("dict mutated", grow_dict)

s = {1, 2}


def grow_set():
    for k in s:
        s.add(k + 10)


attempt("set mutated", grow_set)


class Eq:
    def __eq__(self, other):
        raise ValueError("eq boom")

    def __hash__(self):
        return 1


attempt("eq raises", lambda: {Eq(): 1, Eq(): 2})


class Hash:
    def __hash__(self):
        raise TypeError("hash boom")


attempt("hash raises (dict)", lambda: {Hash(): 1})
attempt("hash raises (set)", lambda: {Hash()})
attempt("hash raises (hash)", lambda: hash(Hash()))


class HashValue:
    def __hash__(self):
        raise ValueError("value boom")


attempt("hash raises ValueError", lambda: {HashValue(): 1})


class BadRepr:
    def __repr__(self):
        raise RuntimeError("repr boom")


attempt("repr raises", lambda: repr([BadRepr()]))
attempt("nested literal 200", lambda: len(eval("[" * 200 + "]" * 200)))
attempt("nested literal 100000", lambda: eval("[" * 100000 + "]" * 100000), message=False)
attempt("long expression", lambda: eval("1" + "+1" * 100000), message=False)
print(sys.getrecursionlimit())
