"""Extract, format and print exceptions and stack traces.

The public API of CPython's Lib/traceback.py. Formatting is the
interpreter's own (the `_traceback` native module), so `format_exc()`
gives exactly what an uncaught exception prints.
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb', 'print_list']

_RECURSIVE_CUTOFF = 3


# CPython: Lib/traceback.py print_list
def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


# CPython: Lib/traceback.py format_list
def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


# CPython: Lib/traceback.py print_tb
def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


# CPython: Lib/traceback.py format_tb
def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


# CPython: Lib/traceback.py extract_tb
def extract_tb(tb, limit=None):
    return StackSummary._from_native(_traceback.extract_tb(tb, limit))


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


# CPython: Lib/traceback.py _parse_value_tb
def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def _with_traceback(value, tb):
    """`value`, reporting `tb` as its traceback when one was given apart."""
    if isinstance(value, BaseException) and tb is not value.__traceback__:
        raise NotImplementedError(
            "traceback: formatting an exception with a different traceback")
    return value


# CPython: Lib/traceback.py print_exception
def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True, **kwargs):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), _with_traceback(value, tb), tb,
                            limit=limit, compact=True)
    te.print(file=file, chain=chain)


# CPython: Lib/traceback.py format_exception
def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True, **kwargs):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), _with_traceback(value, tb), tb,
                            limit=limit, compact=True)
    return list(te.format(chain=chain))


# CPython: Lib/traceback.py format_exception_only
def format_exception_only(exc, /, value=_sentinel, *, show_group=False,
                          **kwargs):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only(show_group=show_group))


# CPython: Lib/traceback.py _format_final_exc_line
def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return f"{etype}\n"
    return f"{etype}: {valuestr}\n"


# CPython: Lib/traceback.py _safe_string
def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


# CPython: Lib/traceback.py print_exc
def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


# CPython: Lib/traceback.py format_exc
def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


# CPython: Lib/traceback.py print_last
def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_exc"):
        raise ValueError("no last exception")
    print_exception(sys.last_exc, limit=limit, file=file, chain=chain)


def _no_frame_argument(f, name):
    if f is not None:
        raise NotImplementedError(f"traceback.{name} with a frame argument")


# CPython: Lib/traceback.py print_stack
def print_stack(f=None, limit=None, file=None):
    _no_frame_argument(f, "print_stack")
    stack = StackSummary._from_native(_traceback.extract_stack(1, limit))
    print_list(stack, file=file)


# CPython: Lib/traceback.py format_stack
def format_stack(f=None, limit=None):
    _no_frame_argument(f, "format_stack")
    return StackSummary._from_native(_traceback.extract_stack(1, limit)).format()


# CPython: Lib/traceback.py extract_stack
def extract_stack(f=None, limit=None):
    _no_frame_argument(f, "extract_stack")
    return StackSummary._from_native(_traceback.extract_stack(1, limit))


# CPython: Lib/traceback.py clear_frames
def clear_frames(tb):
    pass


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_text')

    # CPython: Lib/traceback.py FrameSummary.__init__
    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None, **kwargs):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self._text = None
        self.locals = {k: _safe_string(v, 'local', func=repr)
            for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            return None
        return self._line.strip()


# CPython: Lib/traceback.py walk_tb
def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


# CPython: Lib/traceback.py walk_stack
def walk_stack(f):
    raise NotImplementedError("traceback.walk_stack (frame objects)")


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def _from_native(klass, frames):
        result = klass()
        for (filename, lineno, name, line, end_lineno, colno, end_colno,
             text) in frames:
            fs = FrameSummary(filename, lineno, name, line=line,
                              end_lineno=end_lineno, colno=colno,
                              end_colno=end_colno)
            fs._text = text
            result.append(fs)
        return result

    # CPython: Lib/traceback.py StackSummary.extract
    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        raise NotImplementedError("traceback.StackSummary.extract (frame objects)")

    # CPython: Lib/traceback.py StackSummary.from_list
    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    # CPython: Lib/traceback.py StackSummary.format_frame_summary
    def format_frame_summary(self, frame_summary, **kwargs):
        if frame_summary._text is not None:
            return frame_summary._text
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    # CPython: Lib/traceback.py StackSummary.format
    def format(self, **kwargs):
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                last_line is None or last_line != frame_summary.lineno or
                last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n'
                    )
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n'
            )
        return result


class TracebackException:
    """An exception ready for rendering.

    Unlike CPython's, it keeps the exception itself (the interpreter formats
    from it) rather than a snapshot of its frames.
    """

    # CPython: Lib/traceback.py TracebackException.__init__
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, save_exc_type=True,
                 _seen=None):
        if capture_locals:
            raise NotImplementedError("traceback: capture_locals")
        self._exc = exc_value
        self._limit = limit
        self._exc_type = exc_type if save_exc_type else None
        self.exc_traceback = exc_traceback
        self.stack = StackSummary._from_native(
            _traceback.extract_tb(exc_traceback, limit))
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        cause = getattr(exc_value, '__cause__', None)
        context = getattr(exc_value, '__context__', None)
        self.__cause__ = (TracebackException.from_exception(cause, limit=limit)
                          if cause is not None else None)
        self.__context__ = (TracebackException.from_exception(context, limit=limit)
                            if context is not None else None)
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException.from_exception(e, limit=limit)
                               for e in exc_value.exceptions]
        else:
            self.exceptions = None
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg

    # CPython: Lib/traceback.py TracebackException.from_exception
    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type(self):
        return self._exc_type

    @property
    def exc_type_str(self):
        if self._exc_type is None:
            return None
        stype = self._exc_type.__qualname__
        smod = self._exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        return stype

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    # CPython: Lib/traceback.py TracebackException.format_exception_only
    def format_exception_only(self, *, show_group=False, _depth=0, **kwargs):
        indent = 3 * _depth * ' '
        if not isinstance(self._exc, BaseException):
            yield indent + _format_final_exc_line(self.exc_type_str, self._str)
            return
        lines = _traceback.format_exception_only(self._exc)
        if _depth > 0:
            lines = [indent + l + '\n' for l in ''.join(lines).rstrip('\n').split('\n')]
        yield from lines
        if self.exceptions and show_group:
            for ex in self.exceptions:
                yield from ex.format_exception_only(show_group=show_group,
                                                    _depth=_depth + 1)

    # CPython: Lib/traceback.py TracebackException.format
    def format(self, *, chain=True, **kwargs):
        if not isinstance(self._exc, BaseException):
            yield from self.format_exception_only()
            return
        yield from _traceback.format_exception(self._exc, self._limit, chain)

    # CPython: Lib/traceback.py TracebackException.print
    def print(self, *, file=None, chain=True, **kwargs):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
