"""Implementation of JSONEncoder, rspy's (CPython: Lib/json/encoder.py).

Output, chunking of iterencode(), error messages and the notes CPython 3.14
adds to errors ("when serializing list item 0") follow CPython.
"""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_SHORT_ESCAPES = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}


def _escape_char(c):
    short = _SHORT_ESCAPES.get(c)
    if short is not None:
        return short
    n = ord(c)
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff))


def encode_basestring(s):
    """Return a JSON representation of a Python string"""
    # Only quotes, backslashes and control characters need escaping.
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = ['"']
    for c in s:
        if c < ' ' or c == '"' or c == '\\':
            out.append(_escape_char(c))
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = ['"']
    for c in s:
        if ' ' <= c <= '~' and c != '"' and c != '\\':
            out.append(c)
        else:
            out.append(_escape_char(c))
    out.append('"')
    return ''.join(out)


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dict -> object, list and tuple -> array, str -> string, int and float
    -> number, True/False -> true/false, None -> null.  Subclasses may
    implement default() to serialize other objects.
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise a TypeError."""
        raise TypeError('Object of type %s is not JSON serializable'
                        % o.__class__.__name__)

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'
        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(list(self.iterencode(o, _one_shot=True)))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as
        available."""
        markers = {} if self.check_circular else None
        encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        allow_nan = self.allow_nan

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError(
                    "Out of range float values are not JSON compliant: " + repr(o))
            return text

        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _make_iterencode(markers, self.default, encoder, indent, floatstr,
                                self.key_separator, self.item_separator,
                                self.sort_keys, self.skipkeys)(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys):

    def enter(o):
        if markers is None:
            return None
        marker = id(o)
        if marker in markers:
            raise ValueError("Circular reference detected")
        markers[marker] = o
        return marker

    def leave(marker):
        if marker is not None:
            del markers[marker]

    def scalar(value):
        # The JSON text of a leaf value, or None for containers and others.
        if isinstance(value, str):
            return _encoder(value)
        if value is None:
            return 'null'
        if value is True:
            return 'true'
        if value is False:
            return 'false'
        if isinstance(value, int):
            return int.__repr__(value)
        if isinstance(value, float):
            return _floatstr(value)
        return None

    def nested(value, level):
        if isinstance(value, (list, tuple)):
            return iterencode_list(value, level)
        if isinstance(value, dict):
            return iterencode_dict(value, level)
        return iterencode(value, level)

    def iterencode_list(lst, level):
        if not lst:
            yield '[]'
            return
        marker = enter(lst)
        buf = '['
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        i = 0
        for value in lst:
            if i:
                buf = separator
            try:
                text = scalar(value)
                if text is not None:
                    yield buf + text
                else:
                    yield buf
                    yield from nested(value, level)
            except GeneratorExit:
                raise
            except BaseException as exc:
                exc.add_note('when serializing %s item %d' % (type(lst).__name__, i))
                raise
            i += 1
        if newline_indent is not None:
            level -= 1
            yield '\n' + _indent * level
        yield ']'
        leave(marker)

    def iterencode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        marker = enter(dct)
        yield '{'
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            item_separator = _item_separator + newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            original_key = key
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, '
                                'not %s' % key.__class__.__name__)
            if first:
                first = False
                if newline_indent is not None:
                    yield newline_indent
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            try:
                text = scalar(value)
                if text is not None:
                    yield text
                else:
                    yield from nested(value, level)
            except GeneratorExit:
                raise
            except BaseException as exc:
                exc.add_note('when serializing %s item %r'
                             % (type(dct).__name__, original_key))
                raise
        if not first and newline_indent is not None:
            level -= 1
            yield '\n' + _indent * level
        yield '}'
        leave(marker)

    def iterencode(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from iterencode_list(o, level)
        elif isinstance(o, dict):
            yield from iterencode_dict(o, level)
        else:
            marker = enter(o)
            newobj = _default(o)
            try:
                yield from iterencode(newobj, level)
            except GeneratorExit:
                raise
            except BaseException as exc:
                exc.add_note('when serializing %s object' % type(o).__name__)
                raise
            leave(marker)

    return iterencode
