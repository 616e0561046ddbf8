# sys: less central attributes -- maxsize/maxunicode, implementation, flags,
# float_info/int_info, default encoding, stdin, stream attributes, intern,
# getsizeof; each probed separately so one missing name does not hide others.
import sys

checks = [
    "sys.maxsize == 2 ** 63 - 1",
    "sys.maxunicode",
    "type(sys.implementation.name).__name__",
    "sys.implementation.name == sys.implementation.name.lower()",
    "type(sys.flags).__name__",
    "sys.flags.optimize",
    "sys.float_info.max == 1.7976931348623157e308",
    "sys.float_info.epsilon",
    "sys.float_info.dig",
    "sys.float_info.mant_dig",
    "sys.int_info.bits_per_digit in (15, 30)",
    "sys.getdefaultencoding()",
    "sys.getfilesystemencoding()",
    "sys.stdin.read()",
    "sys.stdin.readline()",
    "sys.stdin is sys.__stdin__",
    "sys.stdout.encoding.lower().replace('-', '')",
    "sys.stdout.writable()",
    "sys.stdout.readable()",
    "sys.stdout.isatty()",
    "sys.stderr.writable()",
    "callable(sys.exit)",
    "callable(sys.settrace)",
    "sys.getsizeof(0) > 0",
    "sys.getsizeof([]) < sys.getsizeof([1, 2, 3])",
    "sys.intern('abc') == 'abc'",
    "sys.intern('x' * 3) is sys.intern('xxx')",
    "sys.intern(3)",
    "type(sys.builtin_module_names).__name__",
    "'sys' in sys.builtin_module_names",
    "type(sys.stdlib_module_names).__name__",
    "'json' in sys.stdlib_module_names",
    "sys.dont_write_bytecode in (True, False)",
    "type(sys.orig_argv).__name__",
    "sys.is_finalizing()",
]
for expr in checks:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
