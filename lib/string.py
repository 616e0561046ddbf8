"""A collection of string constants, rspy's (CPython: Lib/string/__init__.py).

Public module variables: whitespace, ascii_lowercase, ascii_uppercase,
ascii_letters, digits, hexdigits, octdigits, punctuation, printable; the
function capwords(); Template ($-substitution) and Formatter.

rspy has no `re`: Template matches its placeholders by hand, and a
subclass's `idpattern`/`braceidpattern` are run by a small matcher for
the regular-expression subset such patterns use (character classes,
literals, `.`, `\\d`/`\\w`/`\\s`, quantifiers, `(?:...)`/`(?a:...)`
groups; `flags` may clear the default IGNORECASE). A custom `pattern`
raises NotImplementedError; Template.pattern is not provided.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import _string

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




# ------------------------------------------------------- idpattern matching

_IGNORECASE = 2     # re.IGNORECASE
_DOTALL = 16        # re.DOTALL
_ASCII = 256        # re.ASCII


def _unsupported(pattern, what):
    raise NotImplementedError(
        f'string.Template: {what} in the pattern {pattern!r} is not '
        'supported by rspy (it has no re module)')


def _class_escape(pattern, i, ascii_only):
    # The escape `\X` at pattern[i] (the backslash): (predicate, next index).
    c = pattern[i + 1:i + 2]
    if not c:
        raise ValueError(f'bad escape (end of pattern) in {pattern!r}')
    if c in 'dws':
        test = {'d': str.isdecimal, 's': str.isspace,
                'w': lambda ch: ch.isalnum() or ch == '_'}[c]
        if ascii_only:
            return (lambda ch: ch.isascii() and test(ch)), i + 2
        return test, i + 2
    if c.isalnum() and c not in 'ntrfv':
        _unsupported(pattern, f'the escape \\{c}')
    ch = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v'}.get(c, c)
    return ch, i + 2


def _parse_class(pattern, i, ascii_only):
    # The character set starting after the '[' at pattern[i - 1]:
    # (predicate, index after its ']').
    negate = pattern[i:i + 1] == '^'
    if negate:
        i += 1
    ranges = []
    tests = []
    first = True
    while True:
        if i >= len(pattern):
            raise ValueError(f'unterminated character set in {pattern!r}')
        c = pattern[i]
        if c == ']' and not first:
            i += 1
            break
        first = False
        if c == '\\':
            item, i = _class_escape(pattern, i, ascii_only)
            if not isinstance(item, str):
                tests.append(item)
                continue
            lo = item
        else:
            lo = c
            i += 1
        if pattern[i:i + 1] == '-' and pattern[i + 1:i + 2] not in ('', ']'):
            hi = pattern[i + 1]
            i += 2
            if hi == '\\':
                hi, i = _class_escape(pattern, i - 1, ascii_only)
                if not isinstance(hi, str):
                    raise ValueError(f'bad character range in {pattern!r}')
            ranges.append((lo, hi))
        else:
            ranges.append((lo, lo))

    def test(ch):
        found = any(lo <= ch <= hi for lo, hi in ranges) or any(t(ch) for t in tests)
        return found != negate
    return test, i


def _parse_quantifier(pattern, i):
    # The quantifier at pattern[i], if any: (min, max or None, next index).
    c = pattern[i:i + 1]
    if c == '*':
        lo, hi, i = 0, None, i + 1
    elif c == '+':
        lo, hi, i = 1, None, i + 1
    elif c == '?':
        lo, hi, i = 0, 1, i + 1
    elif c == '{' and '}' in pattern[i:]:
        body = pattern[i + 1:pattern.index('}', i)]
        parts = body.split(',')
        if len(parts) > 2 or not all(p.isdigit() or p == '' for p in parts) or not parts[0] + parts[-1]:
            return 1, 1, i     # not a repeat: a literal '{'
        lo = int(parts[0] or 0)
        hi = int(parts[-1]) if parts[-1] else None
        i = pattern.index('}', i) + 1
    else:
        return 1, 1, i
    if pattern[i:i + 1] in ('?', '+'):
        _unsupported(pattern, 'a lazy or possessive quantifier')
    return lo, hi, i


# CPython builds these patterns into one regular expression (compiled with
# re.VERBOSE); this compiles the regex subset described in the module
# docstring into alternatives: lists of (node, min, max) items, a node
# being a character predicate or a group's own alternatives.
def _compile_idpattern(pattern, flags):
    alternatives, i = _parse_alternatives(pattern, 0, flags)
    if i < len(pattern):
        raise ValueError(f'unbalanced parenthesis in {pattern!r}')
    return alternatives


def _parse_alternatives(pattern, i, flags):
    # Parse up to an unmatched ')' or the end: (alternatives, index).
    alternatives = [[]]
    while i < len(pattern):
        c = pattern[i]
        if c in ' \t\n\r\v\f':
            i += 1
            continue
        if c == '#':
            i = pattern.find('\n', i)
            i = len(pattern) if i < 0 else i
            continue
        if c == ')':
            break
        if c == '|':
            alternatives.append([])
            i += 1
            continue
        if c == '(':
            for opener in ('(?:', '(?a:', '(?u:'):
                if pattern.startswith(opener, i):
                    break
            else:
                _unsupported(pattern, 'a capturing or flag group')
            group_flags = flags | _ASCII if opener == '(?a:' else flags
            node, i = _parse_alternatives(pattern, i + len(opener), group_flags)
            if pattern[i:i + 1] != ')':
                raise ValueError(f'missing ), unterminated subpattern in {pattern!r}')
            i += 1
        else:
            node, i = _parse_atom(pattern, i, flags)
        lo, hi, i = _parse_quantifier(pattern, i)
        alternatives[-1].append((node, lo, hi))
    return alternatives, i


def _parse_atom(pattern, i, flags):
    # One character-matching atom at pattern[i]: (predicate, next index).
    ascii_only = bool(flags & _ASCII)
    c = pattern[i]
    if c == '[':
        pred, i = _parse_class(pattern, i + 1, ascii_only)
    elif c == '.':
        pred = (lambda ch: True) if flags & _DOTALL else (lambda ch: ch != '\n')
        i += 1
    elif c == '\\':
        pred, i = _class_escape(pattern, i, ascii_only)
    elif c in '^$*+?':
        _unsupported(pattern, f'{c!r}')
    else:
        pred = c
        i += 1
    if isinstance(pred, str):
        pred = (lambda lit: lambda ch: ch == lit)(pred)
    if flags & _IGNORECASE:
        pred = (lambda p: lambda ch: p(ch) or p(ch.lower()) or p(ch.upper()))(pred)
    return pred, i


def _match_ends(items, text, pos, k=0):
    # Yield where a match of items[k:] starting at `pos` can end, in the
    # order a backtracking regex engine tries them (greedy first).
    if k == len(items):
        yield pos
        return
    node, lo, hi = items[k]
    if isinstance(node, list):
        yield from _repeat_ends(node, lo, hi, items, text, pos, k, 0)
        return
    count = 0
    while pos + count < len(text) and (hi is None or count < hi) and node(text[pos + count]):
        count += 1
    while count >= lo:
        yield from _match_ends(items, text, pos + count, k + 1)
        count -= 1


def _alternatives_ends(alternatives, text, pos):
    for items in alternatives:
        yield from _match_ends(items, text, pos)


def _repeat_ends(alternatives, lo, hi, items, text, pos, k, count):
    # A group repeated from `count` times on, then items[k + 1:].
    if hi is None or count < hi:
        for end in _alternatives_ends(alternatives, text, pos):
            if end != pos or count < lo:
                yield from _repeat_ends(alternatives, lo, hi, items, text, end,
                                        k, count + 1)
    if count >= lo:
        yield from _match_ends(items, text, pos, k + 1)


# --------------------------------------------------------------- Template

_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None  # default: re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._compile_pattern()

    # CPython: Lib/string/__init__.py Template._compile_pattern
    @classmethod
    def _compile_pattern(cls):
        if getattr(cls, 'pattern', None) is not None:
            raise NotImplementedError(
                'string.Template: a custom `pattern` is not supported by rspy '
                '(it has no re module); set idpattern/braceidpattern instead')
        flags = _IGNORECASE if cls.flags is None else cls.flags
        cls._named = _compile_idpattern(cls.idpattern, flags)
        cls._braced = _compile_idpattern(cls.braceidpattern or cls.idpattern, flags)
        cls._icase = bool(flags & _IGNORECASE)

    def __init__(self, template):
        self.template = template

    def _delimiter_at(self, pos):
        delim = self.delimiter
        found = self.template[pos:pos + len(delim)]
        if self._icase:
            return found.lower() == delim.lower()
        return found == delim

    def _matches(self):
        # Yield (kind, start, end, name) for each match of CPython's
        # pattern, kind being 'escaped', 'named', 'braced' or 'invalid'
        # (for 'invalid', start == end == where its empty group matched).
        text = self.template
        width = len(self.delimiter)
        pos = 0
        while width and pos < len(text):
            if not self._delimiter_at(pos):
                pos += 1
                continue
            start = pos
            pos += width
            if self._delimiter_at(pos):
                yield 'escaped', start, pos + width, None
                pos += width
                continue
            end = next(_alternatives_ends(self._named, text, pos), pos)
            if end > pos:
                yield 'named', start, end, text[pos:end]
                pos = end
                continue
            if text[pos:pos + 1] == '{':
                for end in _alternatives_ends(self._braced, text, pos + 1):
                    if end > pos + 1 and text[end:end + 1] == '}':
                        yield 'braced', start, end + 1, text[pos + 1:end]
                        pos = end + 1
                        break
                else:
                    end = None
                if end is not None:
                    continue
            yield 'invalid', pos, pos, None

    # CPython: Lib/string/__init__.py Template._invalid
    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        text = self.template
        out = []
        pos = 0
        for kind, start, end, name in self._matches():
            if kind == 'invalid':
                if not safe:
                    self._invalid(start)
                continue
            out.append(text[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(text[start:end])
            else:
                out.append(str(mapping[name]))
            pos = end
        out.append(text[pos:])
        return ''.join(out)

    # CPython: Lib/string/__init__.py Template.substitute
    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, False)

    # CPython: Lib/string/__init__.py Template.safe_substitute
    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, True)

    # CPython: Lib/string/__init__.py Template.is_valid
    def is_valid(self):
        return all(kind != 'invalid' for kind, _, _, _ in self._matches())

    # CPython: Lib/string/__init__.py Template.get_identifiers
    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._matches():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


Template._compile_pattern()


# -------------------------------------------------------------- Formatter

class Formatter:
    """The str.format() machinery, with each step overridable."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    # CPython: Lib/string/__init__.py Formatter.vformat
    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    # CPython: Lib/string/__init__.py Formatter._vformat
    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            field_first, _ = _string.formatter_field_name_split(field_name)
            if field_first == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index) + field_name
                auto_arg_index += 1
            elif isinstance(field_first, int):
                if auto_arg_index:
                    raise ValueError('cannot switch from automatic field '
                                     'numbering to manual field '
                                     'specification')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    # CPython: Lib/string/__init__.py Formatter.convert_field
    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion)."""
        return _string.formatter_parser(format_string)

    # CPython: Lib/string/__init__.py Formatter.get_field
    def get_field(self, field_name, args, kwargs):
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
