"""Text wrapping and filling, rspy's (CPython: Lib/textwrap.py).

CPython splits text into chunks with two regular expressions
(TextWrapper.wordsep_re and wordsep_simple_re); rspy has no `re`, so
_split() does the same scan by hand: runs of whitespace, em-dashes between
words, and words that may break after a hyphen between letters.  The
wrapping itself follows CPython's algorithm, so lines come out the same.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only US-ASCII whitespace counts: some Unicode spaces (like \u00a0) are
# non-breaking.
_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):
    # \w of a str pattern
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a decimal digit
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    # [\w!"'&.,?]
    return _is_word(c) or c in '!"\'&.,?'


def _em_dash_at(text, pos):
    # -{2,}\w at pos: the end of the dashes, or -1.
    end = pos
    n = len(text)
    while end < n and text[end] == '-':
        end += 1
    if end - pos >= 2 and end < n and _is_word(text[end]):
        return end
    return -1


def _hyphen_break_ok(text, q):
    # A '-' at q may end a chunk: two letters before it, or letter, hyphen,
    # letter; and after it a letter, an optional hyphen, a letter.
    if q >= 2 and _is_letter(text[q - 2]) and _is_letter(text[q - 1]):
        pass
    elif (q >= 3 and _is_letter(text[q - 3]) and text[q - 2] == '-'
          and _is_letter(text[q - 1])):
        pass
    else:
        return False
    n = len(text)
    a = q + 1
    if a >= n or not _is_letter(text[a]):
        return False
    b = a + 1
    if b < n and text[b] == '-':
        b += 1
    return b < n and _is_letter(text[b])


def _split_hyphenated(text):
    chunks = []
    n = len(text)
    pos = 0
    while pos < n:
        if text[pos] in _whitespace:
            end = pos + 1
            while end < n and text[end] in _whitespace:
                end += 1
        elif (pos > 0 and text[pos] == '-' and _is_word_punct(text[pos - 1])
              and _em_dash_at(text, pos) >= 0):
            end = _em_dash_at(text, pos)
        else:
            end = pos + 1
            while True:
                if end < n and text[end] == '-' and _hyphen_break_ok(text, end):
                    end += 1
                    break
                if end >= n or text[end] in _whitespace:
                    break
                if _is_word_punct(text[end - 1]) and _em_dash_at(text, end) >= 0:
                    break
                end += 1
        chunks.append(text[pos:end])
        pos = end
    return chunks


def _split_simple(text):
    chunks = []
    n = len(text)
    pos = 0
    while pos < n:
        space = text[pos] in _whitespace
        end = pos + 1
        while end < n and (text[end] in _whitespace) == space:
            end += 1
        chunks.append(text[pos:end])
        pos = end
    return chunks


def _ends_sentence(chunk):
    # [a-z][.!?]["']?\Z
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Object for wrapping/filling text.

    The public interface consists of the wrap() and fill() methods; the
    attributes width, initial_indent, subsequent_indent, expand_tabs,
    replace_whitespace, fix_sentence_endings, break_long_words,
    drop_whitespace, break_on_hyphens, tabsize, max_lines and placeholder
    control the result as in CPython.
    """

    unicode_whitespace_trans = dict.fromkeys([ord(c) for c in _whitespace], ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- Private methods (subclasses may override them) ---------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text to wrap into indivisible chunks: words (possibly
        broken after hyphens) and runs of whitespace."""
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        """Make a single space after a sentence end into two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Handle a chunk (most likely a word) too long to fit on any line."""
        # Take at least one character per pass even when the indent leaves
        # no room at all.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words and space_left > 0:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that has non-hyphens before it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            # Cannot break it: give it a line of its own.
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Wrap a list of chunks into lines of at most self.width columns."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        chunks.reverse()        # a stack: the next chunk is chunks[-1]
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # Whitespace opening a line is dropped, except at the very start.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum([len(c) for c in cur_line])

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            if (self.max_lines is None
                    or len(lines) + 1 < self.max_lines
                    or ((not chunks
                         or (self.drop_whitespace and len(chunks) == 1
                             and not chunks[0].strip()))
                        and cur_len <= width)):
                lines.append(indent + ''.join(cur_line))
                continue
            # Out of lines: end with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- Public interface ---------------------------------------------

    def wrap(self, text):
        """Reformat the single paragraph in 'text' so it fits in lines of
        no more than 'self.width' columns; return the list of lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Like wrap(), but return the lines joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width.

        >>> textwrap.shorten("Hello  world!", width=12)
        'Hello world!'
        >>> textwrap.shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Tabs and spaces are both whitespace but not equal to each other.
    Entirely blank lines are normalized to a newline character.
    """
    try:
        lines = text.split('\n')
    except (AttributeError, TypeError):
        raise TypeError('expected str object, not %r'
                        % type(text).__qualname__) from None
    content = [line for line in lines if line and not line.isspace()]
    margin = 0
    if content:
        # The common margin of all lines is that of the smallest and the
        # largest line (in string order).
        first = min(content)
        last = max(content)
        while (margin < len(first) and first[margin] in ' \t'
               and first[margin] == last[margin]):
            margin += 1
    return '\n'.join([line[margin:] if not line.isspace() else ''
                      for line in lines])


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    By default the prefix goes on every line that is not whitespace only;
    with a predicate, on the lines for which predicate(line) is true.
    """
    out = []
    for line in text.splitlines(True):
        if (not line.isspace()) if predicate is None else predicate(line):
            out.append(prefix)
        out.append(line)
    return ''.join(out)
