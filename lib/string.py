"""A collection of string constants, rspy's (CPython: Lib/string/__init__.py).

Public module variables: whitespace, ascii_lowercase, ascii_uppercase,
ascii_letters, digits, hexdigits, octdigits, punctuation, printable; the
function capwords(); and Template ($-substitution).  Template is scanned by
hand (rspy has no `re` yet): subclasses may change `delimiter`, but a custom
`idpattern`, `braceidpattern`, `flags` or `pattern` is not honoured.
string.Formatter is not provided.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


_ID_START = ascii_letters + '_'
_ID_REST = _ID_START + digits
_no_mapping = {}


def _identifier_end(text, start):
    # End of the ASCII identifier beginning at `start`, or `start` if none.
    if start >= len(text) or text[start] not in _ID_START:
        return start
    end = start + 1
    while end < len(text) and text[end] in _ID_REST:
        end += 1
    return end


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _tokens(self):
        # Yield (kind, start, end, name) for each placeholder; kind is
        # 'escaped', 'named', 'braced' or 'invalid'.  For 'invalid', `start`
        # is where the delimiter ends (where CPython's empty group matches).
        text = self.template
        delim = self.delimiter
        width = len(delim)
        pos = 0
        while True:
            at = text.find(delim, pos)
            if at < 0 or not delim:
                return
            after = at + width
            if text.startswith(delim, after):
                yield 'escaped', at, after + width, None
                pos = after + width
                continue
            end = _identifier_end(text, after)
            if end > after:
                yield 'named', at, end, text[after:end]
                pos = end
                continue
            if after < len(text) and text[after] == '{':
                end = _identifier_end(text, after + 1)
                if end > after + 1 and end < len(text) and text[end] == '}':
                    yield 'braced', at, end + 1, text[after + 1:end]
                    pos = end + 1
                    continue
            yield 'invalid', after, after, None
            pos = after

    def _invalid(self, index):
        lines = self.template[:index].splitlines(True)
        if not lines:
            lineno, colno = 1, 1
        else:
            lineno = len(lines)
            colno = index - len(''.join(lines[:-1]))
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _no_mapping:
            mapping = kws
            kws = None

        def lookup(name):
            if kws and name in kws:
                return kws[name]
            return mapping[name]

        text = self.template
        out = []
        pos = 0
        for kind, start, end, name in self._tokens():
            if kind == 'invalid':
                if not safe:
                    self._invalid(start)
                continue
            out.append(text[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif safe:
                try:
                    out.append(str(lookup(name)))
                except KeyError:
                    out.append(text[start:end])
            else:
                out.append(str(lookup(name)))
            pos = end
        out.append(text[pos:])
        return ''.join(out)

    def substitute(self, mapping=_no_mapping, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for kind, start, end, name in self._tokens():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._tokens():
            if name is not None and name not in ids:
                ids.append(name)
        return ids
