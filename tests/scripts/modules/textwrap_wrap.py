# textwrap.wrap / fill / TextWrapper with its options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs!  Sphinx of black quartz, judge my vow.")
for width in [10, 25, 40, 70]:
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("a", 1))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("  leading and trailing  ", 10))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("tabs\there\tand\tthere", 12))
print(textwrap.wrap("tabs\there", 12, expand_tabs=False), textwrap.wrap("tabs\there", 20, tabsize=2))
print(textwrap.wrap("line one\nline two\n\nline three", 12))
print(textwrap.wrap("keep\nnewlines here", 30, replace_whitespace=False))
print(textwrap.wrap("Hello there. How are you? Fine.", 40, fix_sentence_endings=True))
print(textwrap.wrap('He said "hi." Then left.', 40, fix_sentence_endings=True))
print(textwrap.wrap(text, 20, max_lines=3))
print(textwrap.wrap(text, 20, max_lines=2, placeholder=" ..."))
print(textwrap.wrap("one two three four", 9, max_lines=1, placeholder="~"))
print(textwrap.wrap("short", 20, max_lines=1))
try:
    textwrap.wrap(text, 0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap(text, 4, max_lines=1, placeholder=" [......]")
except ValueError as e:
    print("ValueError", e)

w = textwrap.TextWrapper(width=16, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap(text))
w.width = 24
print(w.fill("changing attributes after creation works too"))
print(w.width, w.tabsize, w.break_on_hyphens, w.placeholder, w.max_lines)


class Upper(textwrap.TextWrapper):
    def _munge_whitespace(self, text):
        return super()._munge_whitespace(text).upper()


print(Upper(width=12).wrap("subclasses can hook the steps"))
print(textwrap.TextWrapper(width=10)._split("Look, goof-ball -- use the -b option!"))
print(textwrap.TextWrapper(width=10, break_on_hyphens=False)._split("Look, goof-ball -- use the -b option!"))
