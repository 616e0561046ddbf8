"""Bisection algorithms, rspy's (CPython: Lib/bisect.py, Modules/_bisectmodule.c).

Only "<" is used to compare, as list.sort() and heapq do.  A `key` applies to
the elements of the sequence, not to the searched value (insort applies it to
the inserted item to find its place).
"""

__all__ = ['bisect', 'bisect_left', 'bisect_right',
           'insort', 'insort_left', 'insort_right']


def _as_index(value):
    try:
        convert = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return convert(value)


def _bounds(a, lo, hi):
    lo = _as_index(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    else:
        try:
            convert = type(hi).__index__
        except AttributeError:
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(hi).__name__) from None
        hi = convert(hi)
        if hi == -1:
            # The C implementation treats -1 as "not given".
            hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    All e in a[:i] have e <= x and all e in a[i:] have e > x.
    """
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if x < probe:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    All e in a[:i] have e < x and all e in a[i:] have e >= x.
    """
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if probe < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x.
    """
    where = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x.
    """
    where = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


bisect = bisect_right
insort = insort_right
