"""Heap queue algorithm (a.k.a. priority queue), rspy's.

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k
counting from zero; a[0] is always the smallest item.  The sift routines
follow the algorithm of CPython's Modules/_heapqmodule.c and Lib/heapq.py
step for step (bubble the smaller child up to a leaf, then sift the new item
back towards the root), so every heap has exactly CPython's layout.  The
*_max functions keep a max-heap (new public API in Python 3.14).
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop',
           'heappush_max', 'heappop_max', 'heapify_max', 'heapreplace_max',
           'heappushpop_max', 'nlargest', 'nsmallest', 'merge']


def _need_list(name, heap, arg=True):
    if not isinstance(heap, list):
        where = "argument 1" if arg else "argument"
        raise TypeError("%s() %s must be list, not %s"
                        % (name, where, type(heap).__name__))


# --- min-heap primitives -------------------------------------------------

def _bubble_to_root(heap, top, pos):
    # heap[pos] may be smaller than its ancestors (up to index `top`): move
    # the ancestors down until the item fits.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if not (item < above):
            break
        heap[pos] = above
        pos = parent
    heap[pos] = item


def _sink_to_leaf(heap, pos):
    # Both subtrees of `pos` are heaps: promote the smaller child all the way
    # down to a leaf, then let the displaced item bubble back up.
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size and not (heap[child] < heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_to_root(heap, top, pos)


# --- max-heap primitives -------------------------------------------------

def _bubble_to_root_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if not (above < item):
            break
        heap[pos] = above
        pos = parent
    heap[pos] = item


def _sink_to_leaf_max(heap, pos):
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size and not (heap[right] < heap[child]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_to_root_max(heap, top, pos)


# --- public min-heap API -------------------------------------------------

def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _need_list("heappush", heap)
    heap.append(item)
    _bubble_to_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _need_list("heappop", heap, False)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink_to_leaf(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _need_list("heapreplace", heap)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink_to_leaf(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _need_list("heappushpop", heap)
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sink_to_leaf(heap, 0)
        return smallest
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _need_list("heapify", x, False)
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink_to_leaf(x, i)


# --- public max-heap API -------------------------------------------------

def heappush_max(heap, item):
    """Maxheap version of a heappush."""
    _need_list("heappush_max", heap)
    heap.append(item)
    _bubble_to_root_max(heap, 0, len(heap) - 1)


def heappop_max(heap):
    """Maxheap version of a heappop."""
    _need_list("heappop_max", heap, False)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_to_leaf_max(heap, 0)
    return largest


def heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    _need_list("heapreplace_max", heap)
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _sink_to_leaf_max(heap, 0)
    return largest


def heappushpop_max(heap, item):
    """Maxheap fast version of a heappush followed by a heappop."""
    _need_list("heappushpop_max", heap)
    if heap and item < heap[0]:
        largest = heap[0]
        heap[0] = item
        _sink_to_leaf_max(heap, 0)
        return largest
    return item


def heapify_max(x):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    _need_list("heapify_max", x, False)
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink_to_leaf_max(x, i)


# --- merge ---------------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Like sorted(itertools.chain(*iterables)) but lazy; equal items come out
    in the order of the iterables they came from.
    """
    if reverse:
        make_heap, pop, replace, step = heapify_max, heappop_max, heapreplace_max, -1
    else:
        make_heap, pop, replace, step = heapify, heappop, heapreplace, 1
    # Each entry: [sort key, tie-breaker, value, iterator].  The tie-breaker
    # (the input's position, negated when reversed) makes entries unique so
    # values themselves are never compared once keys tie.
    entries = []
    position = 0
    for iterable in iterables:
        it = iter(iterable)
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, position * step, value, it])
            break
        position += 1
    make_heap(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        it = entry[3]
        for value in it:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(entries, entry)
            break
        else:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


# --- nsmallest / nlargest ------------------------------------------------

def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        missing = object()
        best = min(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None
    if size is not None and n >= size:
        return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    # Keep the n best so far in a max-heap of (key, arrival, item): the
    # arrival number keeps the sort stable and the items uncompared.
    kept = []
    for i in range(n):
        for elem in it:
            kept.append((elem if key is None else key(elem), i, elem))
            break
        else:
            break
    if not kept:
        return []
    heapify_max(kept)
    worst = kept[0][0]
    arrival = n
    for elem in it:
        k = elem if key is None else key(elem)
        if k < worst:
            heapreplace_max(kept, (k, arrival, elem))
            worst = kept[0][0]
            arrival += 1
    kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        missing = object()
        best = max(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    # A min-heap of (key, -arrival, item): earlier items win ties.
    kept = []
    for i in range(n):
        for elem in it:
            kept.append((elem if key is None else key(elem), -i, elem))
            break
        else:
            break
    if not kept:
        return []
    heapify(kept)
    worst = kept[0][0]
    arrival = -n
    for elem in it:
        k = elem if key is None else key(elem)
        if worst < k:
            heapreplace(kept, (k, arrival, elem))
            worst = kept[0][0]
            arrival -= 1
    kept.sort(reverse=True)
    return [entry[2] for entry in kept]
