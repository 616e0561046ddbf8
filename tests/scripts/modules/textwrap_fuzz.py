# textwrap: pseudo-random texts wrapped with random options (chunking and
# wrapping must agree with CPython line for line).
import textwrap

seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


PIECES = ["a", "b", "xy", "-", "--", " ", " ", "  ", "\t", "\n", ".", "Hello", "goof", "!",
          '"', "1", "2", "_", "é", ",", "A", "?", "'"]
for case in range(250):
    s = "".join(PIECES[rnd(len(PIECES))] for _ in range(rnd(40)))
    width = 3 + rnd(13)
    kw = {}
    if rnd(2):
        kw["break_on_hyphens"] = False
    if rnd(3) == 0:
        kw["break_long_words"] = False
    if rnd(3) == 0:
        kw["drop_whitespace"] = False
    if rnd(3) == 0:
        kw["fix_sentence_endings"] = True
    if rnd(3) == 0:
        kw["max_lines"] = 1 + rnd(3)
        kw["placeholder"] = " ~"
    if rnd(4) == 0:
        kw["initial_indent"] = "> "
    if rnd(4) == 0:
        kw["subsequent_indent"] = ". "
    if rnd(4) == 0:
        kw["replace_whitespace"] = False
    try:
        result = textwrap.wrap(s, width, **kw)
    except ValueError as e:
        result = "ValueError: %s" % e
    print(repr(s), width, sorted(kw))
    print("   ", result)
    if case % 5 == 0:
        print("   ", repr(textwrap.shorten(s, 8 + width)), repr(textwrap.dedent(s.replace("a", "\n  "))))
