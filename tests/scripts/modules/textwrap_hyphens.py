# textwrap: how text is split into chunks around hyphens and em-dashes, and
# where long hyphenated words break.
import textwrap

samples = [
    "Look, goof-ball -- use the -b option!",
    "well-known state-of-the-art e-mail x-ray",
    "em--dash and triple---dash, trailing-- and --leading",
    "a-b ab-c abc-d ab-cd a-b-c-d-e 1-2 12-34 ab-12 x--y",
    "non-ASCII: café-crème naïve-ly über-cool",
    "under_score-word snake_case-ish dots.and-dashes",
    "--option-name=value -- --- ----",
    "'quoted'-word \"dq\"-word ok!--next fine?--yes",
]
wrapper = textwrap.TextWrapper(width=12)
for s in samples:
    print(wrapper._split(s))
    print(textwrap.wrap(s, 12))
    print(textwrap.wrap(s, 7))
    print(textwrap.wrap(s, 12, break_on_hyphens=False))

long_words = ["hyphenated-compound-words-everywhere", "----------", "a-very-long-word",
              "x" * 25, "abc-" * 6, "-leading-hyphen-word"]
for word in long_words:
    for width in [5, 8, 11]:
        print(width, textwrap.wrap(word, width), textwrap.wrap(word, width, break_on_hyphens=False))

print(textwrap.fill("A sentence-ending hyphen- then more text with long-ish words", 15))
print(textwrap.shorten("state-of-the-art machine-learning pipeline", 25))
