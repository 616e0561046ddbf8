"""Implementation of JSONDecoder, rspy's (CPython: Lib/json/decoder.py and
the C scanner of Modules/_json.c, whose error messages and positions are
the ones CPython 3.14 reports).

The scanner is a hand-written recursive descent over the string: rspy has
no `re`.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}


class _ValueMissing(Exception):
    # The scanner found no JSON value at `pos` (CPython raises
    # StopIteration(pos) for this and turns it into "Expecting value").
    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


def _hex4(s, i):
    # Value of the 4 hex digits at s[i:i+4], or -1.
    digits = s[i:i + 4]
    if len(digits) != 4:
        return -1
    for c in digits:
        if c not in _HEX:
            return -1
    return int(digits, 16)


def scanstring(s, end, strict=True):
    """Scan the JSON string in s whose opening quote is at end - 1.

    Returns (decoded string, index after the closing quote)."""
    begin = end - 1
    n = len(s)
    chunks = []
    escaped_codes = False
    pos = end
    while True:
        quote = s.find('"', pos)
        backslash = s.find('\\', pos, quote if quote >= 0 else n)
        stop = backslash if backslash >= 0 else quote
        if stop < 0:
            stop = n
        chunk = s[pos:stop]
        if strict and not chunk.isprintable():
            for k in range(len(chunk)):
                if chunk[k] < ' ':
                    raise JSONDecodeError("Invalid control character at", s, pos + k)
        if stop >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if chunk:
            chunks.append(chunk)
        if stop == quote:
            if escaped_codes:
                # \u escapes become characters only now, so that an
                # unterminated string is reported as such first.
                chunks = [c if isinstance(c, str) else chr(c) for c in chunks]
            return ''.join(chunks), stop + 1
        # A backslash escape.
        pos = stop + 1
        if pos >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[pos]
        if esc != 'u':
            char = _ESCAPES.get(esc)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            chunks.append(char)
            pos += 1
            continue
        # \uXXXX
        if pos + 5 > n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)
        code = _hex4(s, pos + 1)
        if code < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)
        pos += 5
        if (0xd800 <= code <= 0xdbff and pos + 6 < n
                and s[pos] == '\\' and s[pos + 1] == 'u'):
            low = _hex4(s, pos + 2)
            if low < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, pos + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                pos += 6
        chunks.append(code)
        escaped_codes = True


class _Scanner:
    __slots__ = ('strict', 'object_hook', 'object_pairs_hook', 'parse_float',
                 'parse_int', 'parse_constant', 'parse_string')

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.parse_string = context.parse_string

    def value(self, s, i):
        n = len(s)
        if i >= n:
            raise _ValueMissing(i)
        c = s[i]
        if c == '"':
            return self.parse_string(s, i + 1, self.strict)
        if c == '{':
            return self.object(s, i + 1)
        if c == '[':
            return self.array(s, i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self.number(s, i)

    def number(self, s, start):
        n = len(s)
        i = start
        if s[i] == '-':
            i += 1
            if i >= n:
                raise _ValueMissing(start)
        c = s[i]
        if '1' <= c <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        elif c == '0':
            i += 1
        else:
            raise _ValueMissing(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i + 1 < n and (s[i] == 'e' or s[i] == 'E'):
            e_start = i
            i += 1
            if i + 1 < n and (s[i] == '-' or s[i] == '+'):
                i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
            if s[i - 1] in _DIGITS:
                is_float = True
            else:
                i = e_start
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def object(self, s, i):
        n = len(s)
        pairs = []
        i = _skip_ws(s, i)
        if i >= n or s[i] != '}':
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes", s, i)
                key, i = self.parse_string(s, i + 1, self.strict)
                i = _skip_ws(s, i)
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i = _skip_ws(s, i + 1)
                value, i = self.value(s, i)
                pairs.append((key, value))
                i = _skip_ws(s, i)
                if i < n and s[i] == '}':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                comma = i
                i = _skip_ws(s, i + 1)
                if i < n and s[i] == '}':
                    raise JSONDecodeError(
                        "Illegal trailing comma before end of object", s, comma)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i + 1
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, i + 1

    def array(self, s, i):
        n = len(s)
        values = []
        i = _skip_ws(s, i)
        if i >= n or s[i] != ']':
            while True:
                value, i = self.value(s, i)
                values.append(value)
                i = _skip_ws(s, i)
                if i < n and s[i] == ']':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                comma = i
                i = _skip_ws(s, i + 1)
                if i < n and s[i] == ']':
                    raise JSONDecodeError(
                        "Illegal trailing comma before end of array", s, comma)
        return values, i + 1


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    Decodes objects to dict, arrays to list, strings to str, numbers to int
    or float, true/false to True/False and null to None; also understands
    NaN, Infinity and -Infinity.  object_hook, object_pairs_hook,
    parse_float, parse_int, parse_constant and strict work as in CPython.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document)."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from the start of ``s`` and return
        (value, index where the document ended)."""
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return _Scanner(self).value(s, idx)
        except _ValueMissing as missing:
            raise JSONDecodeError("Expecting value", s, missing.pos) from None
