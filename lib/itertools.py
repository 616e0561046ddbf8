"""Functional tools for creating and using iterators, rspy's.

CPython: Modules/itertoolsmodule.c.  count, repeat, chain, groupby and tee
are small classes (count and repeat print as CPython prints them); the rest
are functions that check their arguments and call iter() at once, as the C
constructors do, then return a generator.  Results, argument errors and
how far each input is consumed match CPython.
"""

__all__ = ['accumulate', 'batched', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile',
           'tee', 'zip_longest']

_MAXSIZE = 9223372036854775807


def _is_number(x):
    cls = type(x)
    for name in ('__index__', '__int__', '__float__', '__complex__'):
        if hasattr(cls, name):
            return True
    return False


def _index(x):
    try:
        convert = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return convert(x)


# --- infinite iterators --------------------------------------------------

class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """

    __slots__ = ('_value', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return 'count(%r)' % (self._value,)
        return 'count(%r, %r)' % (self._value, step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    __slots__ = ('_it', '_saved', '_index', '_first_pass')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._first_pass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first_pass:
            for item in self._it:
                self._saved.append(item)
                return item
            self._first_pass = False
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly.
    """

    __slots__ = ('_object', '_times')

    def __init__(self, *args, **kwargs):
        if 'object' in kwargs:
            args = args + (kwargs.pop('object'),)
        if 'times' in kwargs:
            args = args + (kwargs.pop('times'),)
        if kwargs:
            raise TypeError("repeat() got an unexpected keyword argument '%s'"
                            % next(iter(kwargs)))
        if not args:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if len(args) > 2:
            raise TypeError('repeat() takes at most 2 arguments (%d given)'
                            % len(args))
        self._object = args[0]
        if len(args) == 2:
            times = _index(args[1])
            self._times = times if times > 0 else 0
        else:
            self._times = None

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


# --- iterators terminating on the shortest input -------------------------

def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def batched(iterable, n, *, strict=False):
    """Batch data into tuples of length n. The last batch may be shorter."""
    n = _index(n)
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched(iter(iterable), n, strict)


def _batched(it, n, strict):
    while True:
        batch = []
        for item in it:
            batch.append(item)
            if len(batch) == n:
                break
        if not batch:
            return
        if strict and len(batch) != n:
            raise ValueError('batched(): incomplete batch')
        yield tuple(batch)
        if len(batch) != n:
            return


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted.
    """

    __slots__ = ('_sources', '_current')

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._current = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        self = cls()
        self._sources = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            current = self._current
            if current is None:
                sources = self._sources
                if sources is None:
                    raise StopIteration
                for source in sources:
                    current = self._current = iter(source)
                    break
                else:
                    self._sources = None
                    raise StopIteration
            for item in current:
                return item
            self._current = None


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for item in data:
        for flag in selectors:
            if flag:
                yield item
            break
        else:
            return


def dropwhile(predicate, iterable, /):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    yield from it


def filterfalse(function, iterable, /):
    """Return those items of iterable for which function(item) is false."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for item in it:
            if not item:
                yield item
    else:
        for item in it:
            if not function(item):
                yield item


class _Group:
    __slots__ = ('_parent', '_key')

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._group is not self:
            raise StopIteration
        if parent._pending is _EMPTY:
            parent._advance()          # raises StopIteration at the end
        if not (self._key == parent._pending_key):
            raise StopIteration
        item = parent._pending
        parent._pending = _EMPTY
        return item


_EMPTY = object()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    __slots__ = ('_it', '_keyfunc', '_pending', '_pending_key', '_group',
                 '_current_key', '_started')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._pending = _EMPTY       # item read but not yet handed out
        self._pending_key = None
        self._group = None
        self._current_key = _EMPTY
        self._started = False

    def _advance(self):
        item = next(self._it)
        self._pending_key = item if self._keyfunc is None else self._keyfunc(item)
        self._pending = item

    def __iter__(self):
        return self

    def __next__(self):
        self._group = None
        # Skip what is left of the current group.
        while True:
            if self._pending is _EMPTY:
                self._advance()
            if self._current_key is _EMPTY or not (self._current_key == self._pending_key):
                break
            self._pending = _EMPTY
        self._current_key = self._pending_key
        group = self._group = _Group(self, self._current_key)
        return self._current_key, group


def islice(*args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.
    """
    if len(args) < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
    if len(args) > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
    iterable = args[0]
    start, step = 0, 1
    if len(args) == 2:
        stop = _islice_stop(args[1])
    else:
        stop = _islice_stop(args[2])
        if args[1] is not None:
            start = _ssize(args[1])
        if len(args) == 4 and args[3] is not None:
            step = _ssize(args[3])
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
    if start < 0 or stop < -1:
        raise ValueError('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    return _islice(iter(iterable), start, stop, step)


def _ssize(value):
    # PyNumber_AsSsize_t with the error cleared: -1 when not convertible.
    try:
        convert = type(value).__index__
    except AttributeError:
        return -1
    value = convert(value)
    if value > _MAXSIZE or value < -_MAXSIZE - 1:
        return -1
    return value


def _islice_stop(value):
    if value is None:
        return -1
    stop = _ssize(value)
    if stop == -1:
        raise ValueError('Stop argument for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    return stop


def _islice(it, start, stop, step):
    # Read exactly as far as needed: up to index `stop - 1` at most.
    count = 0
    wanted = start
    while True:
        while count < wanted:
            for item in it:
                break
            else:
                return
            count += 1
        if stop != -1 and count >= stop:
            return
        for item in it:
            break
        else:
            return
        count += 1
        wanted += step
        if stop != -1 and wanted > stop:
            wanted = stop
        yield item


def pairwise(iterable, /):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for previous in it:
        break
    else:
        return
    for item in it:
        yield previous, item
        previous = item


def starmap(function, iterable, /):
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


def takewhile(predicate, iterable, /):
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for item in it:
        if not predicate(item):
            return
        yield item


class _TeeLink:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _TeeSource:
    __slots__ = ('it',)

    def __init__(self, it):
        self.it = it


class _tee:
    """Iterator wrapped to make it copyable."""

    __slots__ = ('_source', '_link')

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source.it)
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)



def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    if type(it) is _tee:
        first = it.__copy__()       # all n results are new iterators
    else:
        first = _tee(_TeeSource(it), _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def zip_longest(*iterables, fillvalue=None):
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument; exhausted
    iterables yield fillvalue."""
    return _zip_longest([iter(x) for x in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    if not iterators:
        return
    active = len(iterators)
    done = [False] * len(iterators)
    while True:
        row = []
        for i, it in enumerate(iterators):
            if done[i]:
                row.append(fillvalue)
                continue
            for value in it:
                row.append(value)
                break
            else:
                done[i] = True
                active -= 1
                if not active:
                    return
                row.append(fillvalue)
        yield tuple(row)


# --- combinatoric iterators ----------------------------------------------

def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(x) for x in iterables] * repeat
    return _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    yield tuple([pool[0] for pool in pools])
    while True:
        # Advance the rightmost index that can still move; reset those after it.
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple([pools[k][indices[k]] for k in range(n)])


def _check_r(r):
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        if not isinstance(r, int):
            raise TypeError('Expected int as r')
        if r < 0:
            raise ValueError('r must be non-negative')
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                moved = indices[i]
                del indices[i]
                indices.append(moved)
                cycles[i] = n - i
                i -= 1
            else:
                j = n - cycles[i]
                indices[i], indices[j] = indices[j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
        if i < 0:
            return


def _combinations_args(name, args, kwargs):
    if len(args) > 2:
        raise TypeError('%s() takes at most 2 arguments (%d given)' % (name, len(args)))
    if 'iterable' in kwargs:
        args = (kwargs.pop('iterable'),) + args
    if 'r' in kwargs:
        args = args + (kwargs.pop('r'),)
    if kwargs:
        raise TypeError("%s() got an unexpected keyword argument '%s'"
                        % (name, next(iter(kwargs))))
    if len(args) < 1:
        raise TypeError("%s() missing required argument 'iterable' (pos 1)" % name)
    if len(args) < 2:
        raise TypeError("%s() missing required argument 'r' (pos 2)" % name)
    return tuple(args[0]), _check_r(args[1])


def combinations(*args, **kwargs):
    """Return successive r-length combinations of elements in the iterable."""
    pool, r = _combinations_args('combinations', args, kwargs)
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(*args, **kwargs):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    pool, r = _combinations_args('combinations_with_replacement', args, kwargs)
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple([pool[k] for k in indices])
