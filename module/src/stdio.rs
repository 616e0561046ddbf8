//! The standard streams `sys.stdin`, `sys.stdout` and `sys.stderr`: text
//! streams over file descriptors 0, 1 and 2 with the interface of
//! `_io.TextIOWrapper`. stdout shares `print`'s buffer (builtins.rs
//! `write_stdout`); stdin reads through the process-wide buffered reader
//! of `std::io::stdin()`, the one `input()` reads through too, so mixing
//! `input()` and `sys.stdin.readline()` consumes lines in order as in
//! CPython. Text is UTF-8; lines end at `\n` (CPython opens the POSIX
//! standard streams with `newline="\n"`).
//! CPython: Modules/_io/textio.c, Python/pylifecycle.c create_stdio.

use std::cell::{Cell, OnceCell};
use std::io::{BufRead, IsTerminal, Read};
use std::rc::Rc;

use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{type_error, value_error, ExcKind, PyErr};
use rspy_objects::function::{Args, NativeFn, NativeFunction};
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::types::{types, Layout, PyType};
use rspy_objects::value::{downcast_object, NativeObject, PyProperty, PyResult, Value};

/// One of the three standard streams.
pub struct StdStream {
    fd: i64,
    closed: Cell<bool>,
    dict: Rc<PyDict>,
}

impl NativeObject for StdStream {
    fn py_type(&self) -> Rc<PyType> {
        stream_type()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn instance_dict(&self) -> Option<&Rc<PyDict>> {
        Some(&self.dict)
    }
}

thread_local! {
    static STREAM_TYPE: OnceCell<Rc<PyType>> = const { OnceCell::new() };
}

fn stream_type() -> Rc<PyType> {
    STREAM_TYPE.with(|c| c.get_or_init(make_stream_type).clone())
}

fn make_stream_type() -> Rc<PyType> {
    let t = PyType::new_builtin(
        "TextIOWrapper",
        vec![types().object_type.clone()],
        Layout::Builtin,
    );
    *t.module.borrow_mut() = "_io".to_string();
    t.set_tp_name(&format!("_io.{}", t.name));
    let methods: [(&'static str, NativeFn); 15] = [
        ("write", stream_write),
        ("flush", stream_flush),
        ("read", stream_read),
        ("readline", stream_readline),
        ("readlines", stream_readlines),
        ("__iter__", stream_iter),
        ("__next__", stream_next),
        ("fileno", stream_fileno),
        ("isatty", stream_isatty),
        ("readable", stream_readable),
        ("writable", stream_writable),
        ("seekable", stream_seekable),
        ("close", stream_close),
        ("__repr__", stream_repr),
        ("detach", stream_detach),
    ];
    for (name, f) in methods {
        t.add_method(name, f);
    }
    let getters: [(&'static str, NativeFn); 8] = [
        ("encoding", get_encoding),
        ("errors", get_errors),
        ("name", get_name),
        ("mode", get_mode),
        ("line_buffering", get_line_buffering),
        ("write_through", get_write_through),
        ("closed", get_closed),
        ("newlines", get_newlines),
    ];
    for (name, f) in getters {
        let get = Value::Native(Rc::new(NativeFunction::function(name, f)));
        let readonly = Value::Native(Rc::new(NativeFunction::function("__set__", readonly)));
        t.dict.set_str(
            name,
            Value::Property(Rc::new(PyProperty::new(
                get,
                readonly.clone(),
                readonly,
                Value::None,
            ))),
        );
    }
    t
}

fn readonly(_: &mut dyn Interp, _: Args<'_>) -> PyResult<Value> {
    Err(ExcKind::AttributeError.new_err("readonly attribute"))
}

/// The stream for file descriptor `fd` (0, 1 or 2).
pub fn new_stream(fd: i64) -> Value {
    Value::object(Rc::new(StdStream {
        fd,
        closed: Cell::new(false),
        dict: Rc::new(PyDict::new()),
    }))
}

fn this(args: &Args<'_>, method: &str) -> PyResult<Rc<StdStream>> {
    let v = args.values.first();
    v.and_then(downcast_object::<StdStream>).ok_or_else(|| {
        type_error(format!(
            "descriptor '{method}' for '_io.TextIOWrapper' objects doesn't apply to a '{}' object",
            v.map(|v| v.type_name()).unwrap_or_default()
        ))
    })
}

/// `io.UnsupportedOperation(OSError, ValueError)`, raised for reading
/// an output stream or writing stdin. CPython: Modules/_io/_iomodule.c.
fn unsupported(what: &str) -> PyErr {
    match unsupported_operation() {
        Some(t) => PyErr::with_msg(&t, what),
        None => ExcKind::OSError.new_err(what.to_string()),
    }
}

thread_local! {
    static UNSUPPORTED: OnceCell<Option<Rc<PyType>>> = const { OnceCell::new() };
}

/// The `io.UnsupportedOperation` class.
pub fn unsupported_operation() -> Option<Rc<PyType>> {
    UNSUPPORTED.with(|c| {
        c.get_or_init(|| {
            let dict = Rc::new(PyDict::new());
            dict.set_str("__module__", Value::str("io"));
            let bases = vec![
                ExcKind::OSError.get().clone(),
                ExcKind::ValueError.get().clone(),
            ];
            let t = PyType::new_class("UnsupportedOperation", bases, dict, None).ok()?;
            *t.module.borrow_mut() = "io".to_string();
            Some(t)
        })
        .clone()
    })
}

fn check_open(s: &StdStream) -> PyResult<()> {
    if s.closed.get() {
        return Err(value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn check_readable(s: &StdStream) -> PyResult<()> {
    check_open(s)?;
    if s.fd != 0 {
        return Err(unsupported("not readable"));
    }
    Ok(())
}

// ------------------------------------------------------------ settings

fn is_tty(fd: i64) -> bool {
    match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }
}

fn env_set(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// The error handler of a stream. CPython: initconfig.c
/// config_init_stdio_encoding / config_get_stdio_errors.
fn stream_errors(fd: i64) -> String {
    if fd == 2 {
        return "backslashreplace".to_string();
    }
    if let Some(io) = env_set("PYTHONIOENCODING") {
        match io.split_once(':') {
            Some((_, errors)) if !errors.is_empty() => return errors.to_string(),
            Some(("", _)) => {}
            _ => return "strict".to_string(),
        }
    }
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|v| env_set(v))
        .unwrap_or_default();
    // The C and POSIX locales and their UTF-8 coercion targets.
    if locale.is_empty() || locale == "C" || locale == "POSIX" || locale.starts_with("C.") {
        "surrogateescape".to_string()
    } else {
        "strict".to_string()
    }
}

/// PYTHONUNBUFFERED: write through, no line buffering.
fn unbuffered() -> bool {
    env_set("PYTHONUNBUFFERED").is_some()
}

fn getter(args: &Args<'_>, name: &str, f: impl FnOnce(&StdStream) -> Value) -> PyResult<Value> {
    Ok(f(&*this(args, name)?))
}

fn get_encoding(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    getter(&args, "encoding", |_| Value::str("utf-8"))
}

fn get_errors(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    getter(&args, "errors", |s| Value::string(stream_errors(s.fd)))
}

fn stream_name(fd: i64) -> &'static str {
    match fd {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    }
}

fn get_name(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    getter(&args, "name", |s| Value::str(stream_name(s.fd)))
}

fn stream_mode(fd: i64) -> &'static str {
    if fd == 0 {
        "r"
    } else {
        "w"
    }
}

fn get_mode(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    getter(&args, "mode", |s| Value::str(stream_mode(s.fd)))
}

// CPython: Python/pylifecycle.c create_stdio (line_buffering)
fn get_line_buffering(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    getter(&args, "line_buffering", |s| {
        Value::Bool(!unbuffered() && (s.fd == 2 || is_tty(s.fd)))
    })
}

fn get_write_through(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    getter(&args, "write_through", |_| Value::Bool(unbuffered()))
}

fn get_closed(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    getter(&args, "closed", |s| Value::Bool(s.closed.get()))
}

fn get_newlines(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    getter(&args, "newlines", |_| Value::None)
}

// ------------------------------------------------------------- methods

// CPython: Modules/_io/textio.c _io_TextIOWrapper_write_impl
fn stream_write(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "write")?;
    let a = args.exact("write", 2, 2)?;
    let Value::Str(text) = &a[1] else {
        return Err(type_error(format!(
            "write() argument must be str, not {}",
            a[1].type_name()
        )));
    };
    check_open(&s)?;
    match s.fd {
        0 => return Err(unsupported("not writable")),
        1 => crate::builtins::write_stdout(text.as_str()),
        _ => {
            crate::builtins::flush_stdout();
            eprint!("{}", text.as_str());
        }
    }
    Ok(Value::Int(text.char_len() as i64))
}

// CPython: Modules/_io/textio.c _io_TextIOWrapper_flush_impl
fn stream_flush(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "flush")?;
    check_open(&s)?;
    crate::builtins::flush_stdout();
    Ok(Value::None)
}

/// An optional size argument: None or a negative int mean "all".
fn size_arg(args: &Args<'_>, fname: &str) -> PyResult<Option<usize>> {
    let a = args.exact(fname, 1, 2)?;
    match a.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(usize::try_from(*n).ok()),
        Some(Value::Bool(b)) => Ok(Some(*b as usize)),
        Some(other) => Err(type_error(format!(
            "argument should be integer or None, not '{}'",
            other.type_name()
        ))),
    }
}

/// Bytes read from stdin as text, with the stream's error handler.
fn decode(interp: &mut dyn Interp, s: &StdStream, data: Vec<u8>) -> PyResult<Value> {
    let text = match String::from_utf8(data) {
        Ok(t) => t,
        Err(e) => {
            let bytes = Value::Bytes(Rc::new(rspy_objects::value::PyBytes {
                data: e.into_bytes(),
            }));
            let args = [Value::str("utf-8"), Value::string(stream_errors(s.fd))];
            match ops::call_method(interp, &bytes, "decode", &args)? {
                Value::Str(t) => t.as_str().to_string(),
                _ => String::new(),
            }
        }
    };
    Ok(Value::string(text))
}

fn io_error(e: std::io::Error) -> PyErr {
    ExcKind::OSError.new_err(e.to_string())
}

/// How many bytes the UTF-8 sequence starting with `lead` has.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// The next byte of stdin, if any.
fn next_byte(input: &mut std::io::StdinLock<'_>) -> PyResult<Option<u8>> {
    let mut byte = [0u8; 1];
    Ok((input.read(&mut byte).map_err(io_error)? == 1).then_some(byte[0]))
}

/// Read up to `n` characters (all when None) from stdin.
fn read_bytes(n: Option<usize>) -> PyResult<Vec<u8>> {
    let mut input = std::io::stdin().lock();
    let mut out = Vec::new();
    let Some(n) = n else {
        input.read_to_end(&mut out).map_err(io_error)?;
        return Ok(out);
    };
    for _ in 0..n {
        let Some(lead) = next_byte(&mut input)? else {
            break;
        };
        out.push(lead);
        for _ in 1..utf8_len(lead) {
            let more = input.fill_buf().map_err(io_error)?;
            match more.first() {
                Some(&b) if b & 0xC0 == 0x80 => {
                    out.push(b);
                    input.consume(1);
                }
                _ => break,
            }
        }
    }
    Ok(out)
}

/// One line (through `\n`) of stdin, at most `limit` bytes.
fn read_line_bytes(limit: Option<usize>) -> PyResult<Vec<u8>> {
    let mut input = std::io::stdin().lock();
    let mut out = Vec::new();
    match limit {
        None => {
            input.read_until(b'\n', &mut out).map_err(io_error)?;
        }
        Some(n) => {
            while out.len() < n {
                let Some(byte) = next_byte(&mut input)? else {
                    break;
                };
                out.push(byte);
                if byte == b'\n' {
                    break;
                }
            }
        }
    }
    Ok(out)
}

// CPython: Modules/_io/textio.c _io_TextIOWrapper_read_impl
fn stream_read(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "read")?;
    let n = size_arg(&args, "read")?;
    check_readable(&s)?;
    crate::builtins::flush_stdout();
    let data = read_bytes(n)?;
    decode(interp, &s, data)
}

// CPython: Modules/_io/textio.c _io_TextIOWrapper_readline_impl
fn stream_readline(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "readline")?;
    let n = size_arg(&args, "readline")?;
    check_readable(&s)?;
    crate::builtins::flush_stdout();
    let data = read_line_bytes(n)?;
    decode(interp, &s, data)
}

// CPython: Modules/_io/iobase.c _io__IOBase_readlines_impl
fn stream_readlines(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "readlines")?;
    let hint = size_arg(&args, "readlines")?.filter(|h| *h > 0);
    check_readable(&s)?;
    crate::builtins::flush_stdout();
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let data = read_line_bytes(None)?;
        if data.is_empty() {
            break;
        }
        total += data.len();
        lines.push(decode(interp, &s, data)?);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

fn stream_iter(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "__iter__")?;
    check_open(&s)?;
    Ok(args.values[0].clone())
}

// CPython: Modules/_io/textio.c textiowrapper_iternext
fn stream_next(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "__next__")?;
    check_readable(&s)?;
    let data = read_line_bytes(None)?;
    if data.is_empty() {
        return Err(rspy_objects::exceptions::stop_iteration(Value::None));
    }
    decode(interp, &s, data)
}

fn stream_fileno(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "fileno")?;
    args.exact("fileno", 1, 1)?;
    Ok(Value::Int(s.fd))
}

fn stream_isatty(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "isatty")?;
    args.exact("isatty", 1, 1)?;
    check_open(&s)?;
    Ok(Value::Bool(is_tty(s.fd)))
}

fn stream_readable(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "readable")?;
    args.exact("readable", 1, 1)?;
    check_open(&s)?;
    Ok(Value::Bool(s.fd == 0))
}

fn stream_writable(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "writable")?;
    args.exact("writable", 1, 1)?;
    check_open(&s)?;
    Ok(Value::Bool(s.fd != 0))
}

/// Whether `lseek(fd, 0, SEEK_CUR)` works (a file, not a pipe), asked
/// of a duplicate of the descriptor.
fn fd_seekable(fd: i64) -> bool {
    use std::io::Seek;
    use std::os::fd::AsFd;
    let dup = match fd {
        0 => std::io::stdin().as_fd().try_clone_to_owned(),
        1 => std::io::stdout().as_fd().try_clone_to_owned(),
        _ => std::io::stderr().as_fd().try_clone_to_owned(),
    };
    dup.is_ok_and(|d| std::fs::File::from(d).stream_position().is_ok())
}

// CPython: Modules/_io/fileio.c _io_FileIO_seekable_impl
fn stream_seekable(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "seekable")?;
    args.exact("seekable", 1, 1)?;
    check_open(&s)?;
    Ok(Value::Bool(fd_seekable(s.fd)))
}

// CPython: Modules/_io/textio.c _io_TextIOWrapper_close_impl
fn stream_close(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "close")?;
    args.exact("close", 1, 1)?;
    if s.fd != 0 {
        crate::builtins::flush_stdout();
    }
    s.closed.set(true);
    Ok(Value::None)
}

fn stream_detach(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    this(&args, "detach")?;
    Err(unsupported("detach"))
}

// CPython: Modules/_io/textio.c textiowrapper_repr
fn stream_repr(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "__repr__")?;
    Ok(Value::string(format!(
        "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
        stream_name(s.fd),
        stream_mode(s.fd)
    )))
}
