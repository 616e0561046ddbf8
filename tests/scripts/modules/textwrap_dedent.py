# textwrap.dedent / indent / shorten.
import textwrap

samples = [
    "    line one\n    line two\n      indented\n",
    "  a\n    b\n\n  c\n",
    "\tx\n\ty\n",
    "  mixed\n\tmixed\n",
    "no indent\n  some\n",
    "   \n  a\n    \n  b",
    "",
    "\n\n",
    "  only line",
    "    trailing spaces   \n      more   \n",
    " \t a\n \t b\n",
]
for s in samples:
    print(repr(textwrap.dedent(s)))

def_block = '''
    def f():
        return 1
'''
print(textwrap.dedent(def_block))
try:
    textwrap.dedent(5)
except TypeError as e:
    print("TypeError", e)

body = "first\n\n  second\n   \nthird"
print(repr(textwrap.indent(body, "> ")))
print(repr(textwrap.indent(body, "+", lambda line: True)))
print(repr(textwrap.indent(body, "# ", lambda line: line.startswith(" "))))
print(repr(textwrap.indent("a\r\nb\rc\n", "-")))
print(repr(textwrap.indent("", "x")), repr(textwrap.indent("\n", "x")))

for width in [5, 10, 12, 15, 20, 40, 100]:
    print(width, repr(textwrap.shorten("Hello  world!   How are\tyou today?", width)))
print(repr(textwrap.shorten("Hello world!", 11, placeholder="...")))
print(repr(textwrap.shorten("   ", 10)), repr(textwrap.shorten("word", 5)))
print(repr(textwrap.shorten("a longer sentence that must be cut", 20, placeholder=" (more)")))
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print("ValueError", e)
