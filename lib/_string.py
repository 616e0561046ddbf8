"""String helpers for the string module: the parsers behind str.format
that string.Formatter reuses (CPython: Objects/stringlib/unicode_format.h,
exposed by Modules/_stringmodule.c; written here in Python).
"""

__all__ = ['formatter_field_name_split', 'formatter_parser']


# CPython: Objects/stringlib/unicode_format.h MarkupIterator_next
def formatter_parser(format_string, /):
    """Yield (literal_text, field_name, format_spec, conversion) tuples;
    the last three are None when the literal text is not followed by a
    replacement field."""
    if not isinstance(format_string, str):
        raise TypeError(f'expected str, got {type(format_string).__name__}')
    s = format_string
    end = len(s)
    pos = 0
    while pos < end:
        start = pos
        c = ''
        markup_follows = False
        while pos < end:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup_follows = True
                break
        at_end = pos >= end
        length = pos - start
        if c == '}' and markup_follows and (at_end or s[pos] != c):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup_follows:
            raise ValueError("Single '{' encountered in format string")
        if not at_end:
            if s[pos] == c and markup_follows:
                # An escaped brace: literal text only.
                pos += 1
                markup_follows = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup_follows:
            yield literal, None, None, None
            continue
        field_name, format_spec, conversion, pos = _parse_field(s, pos)
        yield literal, field_name, format_spec, conversion


# CPython: Objects/stringlib/unicode_format.h parse_field
def _parse_field(s, pos):
    # Parse the replacement field starting at `pos` (after its '{'):
    # (field_name, format_spec, conversion, position after the field).
    end = len(s)
    name_start = pos
    c = ''
    while pos < end:
        c = s[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while pos < end and s[pos] != ']':
                pos += 1
            continue
        if c in '}:!':
            break
    field_name = s[name_start:pos - 1]
    conversion = None
    if c == '!' or c == ':':
        if c == '!':
            if pos >= end:
                raise ValueError('end of string while looking for conversion '
                                 'specifier')
            conversion = s[pos]
            pos += 1
            if pos < end:
                c = s[pos]
                pos += 1
                if c == '}':
                    return field_name, '', conversion, pos
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = pos
        depth = 1
        while pos < end:
            c = s[pos]
            pos += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    return field_name, s[spec_start:pos - 1], conversion, pos
        raise ValueError("unmatched '{' in format spec")
    if c != '}':
        raise ValueError("expected '}' before end of string")
    return field_name, '', conversion, pos


def _as_index(text):
    # get_integer(): a run of decimal digits as an int, else the text.
    if text and all('0' <= ch <= '9' for ch in text):
        return int(text)
    return text


# CPython: Objects/stringlib/unicode_format.h formatteriter / field_name_split
def formatter_field_name_split(field_name, /):
    """Split a field name into its first part (an int when it is all
    digits) and an iterator of (is_attribute, key) pairs for the rest."""
    if not isinstance(field_name, str):
        raise TypeError(f'expected str, got {type(field_name).__name__}')
    i = 0
    while i < len(field_name) and field_name[i] not in '.[':
        i += 1
    return _as_index(field_name[:i]), _field_name_rest(field_name, i)


# CPython: Objects/stringlib/unicode_format.h FieldNameIterator_next
def _field_name_rest(s, pos):
    end = len(s)
    while pos < end:
        c = s[pos]
        pos += 1
        if c == '.':
            start = pos
            while pos < end and s[pos] not in '.[':
                pos += 1
            is_attr, name = True, s[start:pos]
        elif c == '[':
            start = pos
            while pos < end and s[pos] != ']':
                pos += 1
            if pos >= end:
                raise ValueError("Missing ']' in format string")
            name = s[start:pos]
            pos += 1
            is_attr = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field "
                             "specifier")
        if not name:
            raise ValueError('Empty attribute in format string')
        yield is_attr, (name if is_attr else _as_index(name))
