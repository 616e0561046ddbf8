# sys's struct sequences (version_info, flags, float_info, int_info,
# hash_info) behave as tuples with named, read-only fields: indexing,
# slicing, comparisons, unpacking, repr, construction and its errors.
import sys

vi = sys.version_info
T = type(vi)
print(T, T.__name__, T.__module__, T.__qualname__, T.__bases__)
print(T.n_fields, T.n_sequence_fields, T.n_unnamed_fields, T.__match_args__)
print(vi[0], vi[1], vi[-2], vi[:2], vi[3:], vi[::4], len(vi))
print(vi.major == vi[0], vi.minor == vi[1], vi.releaselevel == vi[3], vi.serial == vi[-1])
print(vi >= (3, 14), vi < (3, 15), vi > (3,), vi == tuple(vi), vi != tuple(vi))
print(vi[:2] == (3, 14), (3, 14) <= vi, max(vi[:2], (3, 13)))
major, minor, *rest = vi
print(major, minor, len(rest), type(rest).__name__)
print(isinstance(vi, tuple), issubclass(T, tuple), hash(vi) == hash(tuple(vi)))
print(type(vi[:2]).__name__, type(vi + ()).__name__, vi.count(3), vi.index(14))
print(repr(vi)[:37], str(vi) == repr(vi), f"{vi}" == repr(vi))
print(repr(vi).startswith("sys.version_info(major=3, minor=14, micro="))
print(sorted([vi[:2], (3, 0), (2, 7)]), list(vi[:2]), 3 in vi, "final" in vi[3:4])
match vi:
    case (3, minor, *_):
        print("matched tuple pattern", minor)
match vi:
    case T(major=3, minor=m):
        print("matched class pattern", m)


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def set_major():
    vi.major = 4


def del_major():
    del vi.major


def set_type_attr():
    T.extra = 1


attempt("assign field", set_major)
attempt("delete field", del_major)
attempt("assign type attribute", set_type_attr)
attempt("construct version_info", lambda: T((3, 14, 0, "final", 0)))
attempt("construct version_info no args", lambda: T())
attempt("construct flags", lambda: type(sys.flags)(range(18)))
attempt("subclass version_info", lambda: type("X", (T,), {}))
attempt("subclass float_info", lambda: type("Y", (type(sys.float_info),), {}))
attempt("index 5", lambda: vi[5])
attempt("replace", lambda: vi.__replace__(major=4)[:2])
attempt("replace unknown", lambda: vi.__replace__(bogus=1, other=2))
attempt("replace positional", lambda: vi.__replace__(1))
attempt("reduce", lambda: vi.__reduce__()[1][1])
attempt("reduce type", lambda: vi.__reduce__()[0] is T)

fl = sys.flags
F = type(fl)
print(F, F.n_fields, F.n_sequence_fields, len(fl), len(F.__match_args__))
print(fl.debug, fl.optimize, fl.verbose, fl.quiet, fl.isolated, fl.bytes_warning)
print(fl.dev_mode, fl.safe_path, fl.utf8_mode, fl.int_max_str_digits, fl.hash_randomization)
print(fl.gil, fl.thread_inherit_context, fl.context_aware_warnings)
print(fl[:4], fl[-1], fl.int_max_str_digits == fl[17], type(fl.dev_mode).__name__)
print(fl.__reduce__()[1][1])
print(sys.dont_write_bytecode == bool(fl.dont_write_bytecode))
print(repr(fl)[:50])

fi = sys.float_info
FI = type(fi)
print(fi)
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds)
print(fi.max == 1.7976931348623157e308, fi[0] is fi.max, fi[-3:], len(fi))
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
made = FI(range(11))
print(made, made.rounds, type(made) is FI)
print(FI(range(11), {}).max, FI(sequence=list(range(11))).dig, FI(range(11), dict={}).radix)
attempt("float_info dict None", lambda: FI(range(11), None))
attempt("float_info short", lambda: FI((1, 2, 3)))
attempt("float_info long", lambda: FI(range(12)))
attempt("float_info not a sequence", lambda: FI(5))
attempt("float_info bad dict", lambda: FI(range(11), 5))
attempt("float_info extra field", lambda: FI(range(11), {"a": 1}))
attempt("float_info no args", lambda: FI())
attempt("float_info unknown keyword", lambda: FI(range(11), x=1))
attempt("float_info three args", lambda: FI(range(11), {}, 3))
attempt("float_info new on tuple", lambda: FI.__new__(tuple, range(11)))
attempt("float_info replace", lambda: fi.__replace__(max=1.0).max)

print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.int_info[1], sys.int_info[2:])
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan)
print(sys.hash_info.imag, sys.hash_info.cutoff, type(sys.hash_info).n_fields)
print(hash(float("inf")) == sys.hash_info.inf, hash(1j) == sys.hash_info.imag)
print(hash(sys.hash_info.modulus), hash(sys.hash_info.modulus + 5))
print(type(sys.thread_info).__name__, len(sys.thread_info), type(sys.thread_info).n_fields)
print(sys.implementation.name == sys.implementation.name.lower())
print(sys.implementation.version is sys.version_info)
print(sys.implementation.hexversion == sys.hexversion, type(sys.implementation).__name__)
print(sys.maxunicode, sys.maxsize, chr(sys.maxunicode) == "\U0010ffff")
