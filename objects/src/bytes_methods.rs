//! The named methods of `bytes` and `bytearray` beyond the basic ones:
//! case conversion and classification (ASCII only), searching (`find`,
//! `count`, ... with a bytes or int needle and start/end), `in`,
//! splitting, stripping, padding, `replace`, `translate` and `maketrans`,
//! `join`, `decode`, `hex` with separators, `fromhex`, and printf-style
//! formatting (`b"%d" % x`).
//!
//! Both types register the same method bodies: each body is generic over a
//! [`Kind`], which names the type in messages and checks `self`, and works
//! on a [`Recv`], which lends the receiver's bytes and makes results of the
//! receiver's type (bytes methods return bytes, bytearray methods return
//! bytearray, as CPython's stringlib does with `STRINGLIB_NEW`).
//!
//! Every argument CPython takes as "bytes-like" goes through
//! [`bytes_like`], the one place that knows which objects expose their
//! bytes (bytes, bytearray and their subclasses; memoryview could be added
//! there).
//! CPython: Objects/bytes_methods.c, Objects/bytesobject.c,
//! Objects/bytearrayobject.c, Objects/stringlib/, Python/pystrhex.c.

use std::cell::Ref;
use std::ops::Deref;
use std::rc::Rc;

use crate::bytearray::{self, PyByteArray};
use crate::exceptions::{type_error, value_error, ExcKind, PyErr};
use crate::function::{Args, NativeFn};
use crate::interp::Interp;
use crate::num_methods::{
    check_pos_kw, descr_error, no_args, one_arg, parse_args, rest, slot_args,
};
use crate::types::{types, PyType};
use crate::value::{PyBytes, PyResult, Value};
use crate::{format, iter, ops};

// ------------------------------------------------------------ arguments

/// Bytes lent by a bytes-like object. A bytearray's buffer stays borrowed
/// while this lives, so resizing that bytearray meanwhile is a BufferError,
/// as under CPython's buffer exports.
pub enum BytesRef<'a> {
    Slice(&'a [u8]),
    Shared(Ref<'a, Vec<u8>>),
}

impl Deref for BytesRef<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            BytesRef::Slice(s) => s,
            BytesRef::Shared(r) => r,
        }
    }
}

/// The bytes an object exposes through the buffer protocol, for the
/// arguments CPython accepts as "bytes-like".
pub fn bytes_like(v: &Value) -> Option<BytesRef<'_>> {
    match v {
        Value::Bytes(b) => Some(BytesRef::Slice(&b.data)),
        Value::Instance(i) => match &i.payload {
            Some(Value::Bytes(b)) => Some(BytesRef::Slice(&b.data)),
            _ => None,
        },
        Value::Object(_) => bytearray::buffer(v).map(BytesRef::Shared),
        _ => None,
    }
}

/// A bytes-like argument, or `TypeError: a bytes-like object is required`.
fn need_bytes_like(v: &Value) -> PyResult<BytesRef<'_>> {
    bytes_like(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

/// One of the two types that share these methods.
pub trait Kind: 'static {
    /// The type's name in messages (`bytearray.find() takes no keyword
    /// arguments`).
    const NAME: &'static str;
    /// `self` of one of this type's methods (subclass instances included).
    fn receiver(v: &Value) -> Option<Recv>;
    /// A new object of exactly this type.
    fn make(data: Vec<u8>) -> Value;
    /// The type object.
    fn type_object() -> Rc<PyType>;
}

/// `bytes`.
pub struct BytesKind;
/// `bytearray`.
pub struct ByteArrayKind;

impl Kind for BytesKind {
    const NAME: &'static str = "bytes";
    fn receiver(v: &Value) -> Option<Recv> {
        match v {
            Value::Bytes(b) => Some(Recv::Bytes(b.clone())),
            _ => None,
        }
    }
    fn make(data: Vec<u8>) -> Value {
        new_bytes(data)
    }
    fn type_object() -> Rc<PyType> {
        types().bytes_type.clone()
    }
}

impl Kind for ByteArrayKind {
    const NAME: &'static str = "bytearray";
    fn receiver(v: &Value) -> Option<Recv> {
        bytearray::downcast(v).map(Recv::Array)
    }
    fn make(data: Vec<u8>) -> Value {
        bytearray::new(data)
    }
    fn type_object() -> Rc<PyType> {
        bytearray::bytearray_type()
    }
}

/// The receiver of a shared method.
#[derive(Clone)]
pub enum Recv {
    Bytes(Rc<PyBytes>),
    Array(Rc<PyByteArray>),
}

impl Recv {
    /// The receiver's bytes. Borrow them after converting the other
    /// arguments (which may run Python code).
    pub fn data(&self) -> BytesRef<'_> {
        match self {
            Recv::Bytes(b) => BytesRef::Slice(&b.data),
            Recv::Array(a) => BytesRef::Shared(a.bytes()),
        }
    }

    /// A new object of the receiver's base type.
    pub fn make(&self, data: Vec<u8>) -> Value {
        match self {
            Recv::Bytes(_) => new_bytes(data),
            Recv::Array(_) => bytearray::new(data),
        }
    }

    /// The result when nothing changed: an exact bytes is returned itself,
    /// a bytearray is copied.
    pub fn unchanged(&self) -> Value {
        match self {
            Recv::Bytes(b) => Value::Bytes(b.clone()),
            Recv::Array(a) => bytearray::new(a.bytes().clone()),
        }
    }

    /// `data` as a result: the receiver itself when it is the same bytes.
    fn same_or_new(&self, data: &[u8]) -> Value {
        match self {
            Recv::Bytes(b) if data == &b.data[..] => Value::Bytes(b.clone()),
            _ => self.make(data.to_vec()),
        }
    }
}

/// `self` of a method of kind `K`.
fn this<K: Kind>(args: &Args<'_>, name: &str) -> PyResult<Recv> {
    let first = args.positional().first();
    first
        .and_then(K::receiver)
        .ok_or_else(|| descr_error(name, K::NAME, first))
}

/// `bytes.name` / `bytearray.name`, for argument-count messages.
fn qual<K: Kind>(name: &str) -> String {
    format!("{}.{name}", K::NAME)
}

/// Positional-only arguments with Argument Clinic's messages
/// ("bytes.find() takes no keyword arguments", "find expected at least 1
/// argument, got 0").
pub(crate) fn pos_only<'a, K: Kind>(
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            qual::<K>(name)
        )));
    }
    check_pos_kw(args, name, min, max)
}

fn new_bytes(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes { data }))
}

/// A `Py_ssize_t` argument (width, maxsplit, count).
pub(crate) fn to_ssize(interp: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    let too_big = || ExcKind::OverflowError.new_err("Python int too large to convert to C ssize_t");
    match ops::index(interp, v)? {
        Value::Int(i) => Ok(i),
        _ => Err(too_big()),
    }
}

/// A C `int` argument (tabsize, bytes_per_sep).
pub(crate) fn to_cint(interp: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    let too_big = || ExcKind::OverflowError.new_err("Python int too large to convert to C int");
    match ops::index(interp, v)? {
        Value::Int(i) if i32::try_from(i).is_ok() => Ok(i),
        _ => Err(too_big()),
    }
}

/// A slice bound of find/count: None, an int (clamped), or `__index__`.
// CPython: Python/ceval.c _PyEval_SliceIndex
fn slice_bound(interp: &mut dyn Interp, v: Option<&Value>, default: i64) -> PyResult<i64> {
    let err = || type_error("slice indices must be integers or None or have an __index__ method");
    match v {
        None | Some(Value::None) => Ok(default),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
            Ok(clamp_index(&ops::index(interp, v)?))
        }
        Some(v) if v.py_type().lookup("__index__").is_some() => {
            Ok(clamp_index(&ops::index(interp, v)?))
        }
        Some(_) => Err(err()),
    }
}

fn clamp_index(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::BigInt(b) => crate::seq::clamp_big(b),
        _ => 0,
    }
}

/// CPython's ADJUST_INDICES: clamp `end`, wrap negatives.
fn adjust_indices(start: i64, end: i64, len: i64) -> (i64, i64) {
    let end = if end > len {
        len
    } else if end < 0 {
        (end + len).max(0)
    } else {
        end
    };
    let start = if start < 0 {
        (start + len).max(0)
    } else {
        start
    };
    (start, end)
}

/// The needle of find/index/count: bytes-like, or an int naming a byte.
// CPython: Objects/bytes_methods.c parse_args_finds_byte
fn needle(interp: &mut dyn Interp, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.to_vec());
    }
    let is_index = matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        || v.py_type().lookup("__index__").is_some();
    if !is_index {
        return Err(type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            v.type_name()
        )));
    }
    match ops::index(interp, v)? {
        Value::Int(i) if (0..256).contains(&i) => Ok(vec![i as u8]),
        _ => Err(value_error("byte must be in range(0, 256)")),
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Position of `sub` in `hay` at or after `from` (not past `to - len`).
fn find_at(hay: &[u8], sub: &[u8], start: usize, end: usize) -> Option<usize> {
    if sub.is_empty() {
        return (start <= end).then_some(start);
    }
    if end < start || end - start < sub.len() {
        return None;
    }
    hay[start..end]
        .windows(sub.len())
        .position(|w| w == sub)
        .map(|p| p + start)
}

fn rfind_at(hay: &[u8], sub: &[u8], start: usize, end: usize) -> Option<usize> {
    if sub.is_empty() {
        return (start <= end).then_some(end);
    }
    if end < start || end - start < sub.len() {
        return None;
    }
    hay[start..end]
        .windows(sub.len())
        .rposition(|w| w == sub)
        .map(|p| p + start)
}

// ------------------------------------------------------ case and classes

fn map_bytes<K: Kind>(args: Args<'_>, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let b = this::<K>(&args, name)?;
    no_args(&args, &qual::<K>(name))?;
    let out = f(&b.data());
    Ok(b.make(out))
}

// CPython: Objects/bytes_methods.c _Py_bytes_upper
fn bytes_upper<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    map_bytes::<K>(args, "upper", |d| d.to_ascii_uppercase())
}

// CPython: Objects/bytes_methods.c _Py_bytes_lower
fn bytes_lower<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    map_bytes::<K>(args, "lower", |d| d.to_ascii_lowercase())
}

// CPython: Objects/bytes_methods.c _Py_bytes_swapcase
fn bytes_swapcase<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    map_bytes::<K>(args, "swapcase", |d| {
        d.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

// CPython: Objects/bytes_methods.c _Py_bytes_title
fn bytes_title<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    map_bytes::<K>(args, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    let r = if prev_cased {
                        c.to_ascii_lowercase()
                    } else {
                        c
                    };
                    prev_cased = true;
                    r
                } else if c.is_ascii_lowercase() {
                    let r = if prev_cased {
                        c
                    } else {
                        c.to_ascii_uppercase()
                    };
                    prev_cased = true;
                    r
                } else {
                    prev_cased = false;
                    c
                }
            })
            .collect()
    })
}

// CPython: Objects/bytes_methods.c _Py_bytes_capitalize
fn bytes_capitalize<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    map_bytes::<K>(args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn test_bytes<K: Kind>(args: Args<'_>, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let b = this::<K>(&args, name)?;
    no_args(&args, &qual::<K>(name))?;
    let r = f(&b.data());
    Ok(Value::Bool(r))
}

// CPython: Objects/bytes_methods.c _Py_bytes_isalnum
fn bytes_isalnum<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    test_bytes::<K>(args, "isalnum", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}

// CPython: Objects/bytes_methods.c _Py_bytes_isalpha
fn bytes_isalpha<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    test_bytes::<K>(args, "isalpha", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}

// CPython: Objects/bytes_methods.c _Py_bytes_isdigit
fn bytes_isdigit<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    test_bytes::<K>(args, "isdigit", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}

// CPython: Objects/bytes_methods.c _Py_bytes_isspace
fn bytes_isspace<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    test_bytes::<K>(args, "isspace", |d| {
        !d.is_empty() && d.iter().all(|&c| is_space(c))
    })
}

// CPython: Objects/bytes_methods.c _Py_bytes_islower
fn bytes_islower<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    test_bytes::<K>(args, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

// CPython: Objects/bytes_methods.c _Py_bytes_isupper
fn bytes_isupper<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    test_bytes::<K>(args, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

// CPython: Objects/bytes_methods.c _Py_bytes_istitle
fn bytes_istitle<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    test_bytes::<K>(args, "istitle", |d| {
        let (mut cased, mut prev_cased) = (false, false);
        for &c in d {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

// CPython: Objects/bytes_methods.c _Py_bytes_isascii
fn bytes_isascii<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    test_bytes::<K>(args, "isascii", |d| d.is_ascii())
}

// ------------------------------------------------------------- searching

/// The receiver, the needle and the start/end (not yet adjusted to the
/// length) of find/rfind/index/rindex/count.
fn find_args<K: Kind>(
    interp: &mut dyn Interp,
    args: &Args<'_>,
    name: &str,
) -> PyResult<(Recv, Vec<u8>, i64, i64)> {
    let b = this::<K>(args, name)?;
    let a = pos_only::<K>(args, name, 1, 3)?;
    let sub = needle(interp, &a[0])?;
    let start = slice_bound(interp, a.get(1), 0)?;
    let end = slice_bound(interp, a.get(2), i64::MAX)?;
    Ok((b, sub, start, end))
}

fn find_common<K: Kind>(
    interp: &mut dyn Interp,
    args: &Args<'_>,
    name: &str,
    rev: bool,
) -> PyResult<i64> {
    let (b, sub, start, end) = find_args::<K>(interp, args, name)?;
    let d = b.data();
    let (start, end) = adjust_indices(start, end, d.len() as i64);
    if start > end || start > d.len() as i64 {
        return Ok(-1);
    }
    let (s, e) = (start as usize, end as usize);
    let found = if rev {
        rfind_at(&d, &sub, s, e)
    } else {
        find_at(&d, &sub, s, e)
    };
    Ok(found.map(|p| p as i64).unwrap_or(-1))
}

// CPython: Objects/bytes_methods.c _Py_bytes_find
fn bytes_find<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(find_common::<K>(interp, &args, "find", false)?))
}

// CPython: Objects/bytes_methods.c _Py_bytes_rfind
fn bytes_rfind<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(find_common::<K>(interp, &args, "rfind", true)?))
}

// CPython: Objects/bytes_methods.c _Py_bytes_index
fn bytes_index<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    match find_common::<K>(interp, &args, "index", false)? {
        -1 => Err(value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

// CPython: Objects/bytes_methods.c _Py_bytes_rindex
fn bytes_rindex<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    match find_common::<K>(interp, &args, "rindex", true)? {
        -1 => Err(value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

/// Non-overlapping occurrences of `sub` in `hay`.
fn count_in(hay: &[u8], sub: &[u8]) -> usize {
    if sub.is_empty() {
        return hay.len() + 1;
    }
    let (mut n, mut i) = (0, 0);
    while let Some(p) = find_at(hay, sub, i, hay.len()) {
        n += 1;
        i = p + sub.len();
    }
    n
}

// CPython: Objects/bytes_methods.c _Py_bytes_count
fn bytes_count<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, sub, start, end) = find_args::<K>(interp, &args, "count")?;
    let d = b.data();
    let (start, end) = adjust_indices(start, end, d.len() as i64);
    if start > end {
        return Ok(Value::Int(0));
    }
    Ok(Value::Int(
        count_in(&d[start as usize..end as usize], &sub) as i64
    ))
}

// ------------------------------------------------------------- splitting

/// Split on runs of ASCII whitespace, at most `maxsplit` times (from the
/// right when `right`).
fn split_ws(d: &[u8], maxsplit: i64, right: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut splits = 0;
    if !right {
        let mut i = 0;
        while i < d.len() {
            while i < d.len() && is_space(d[i]) {
                i += 1;
            }
            if i == d.len() {
                break;
            }
            if maxsplit >= 0 && splits == maxsplit {
                // The rest, trailing whitespace included.
                out.push(d[i..].to_vec());
                return out;
            }
            let s = i;
            while i < d.len() && !is_space(d[i]) {
                i += 1;
            }
            out.push(d[s..i].to_vec());
            splits += 1;
        }
        out
    } else {
        let mut j = d.len();
        while j > 0 {
            while j > 0 && is_space(d[j - 1]) {
                j -= 1;
            }
            if j == 0 {
                break;
            }
            if maxsplit >= 0 && splits == maxsplit {
                // The rest, leading whitespace included.
                out.push(d[..j].to_vec());
                break;
            }
            let e = j;
            while j > 0 && !is_space(d[j - 1]) {
                j -= 1;
            }
            out.push(d[j..e].to_vec());
            splits += 1;
        }
        out.reverse();
        out
    }
}

/// Split on `sep`, at most `maxsplit` times (from the right when `right`).
fn split_sep(d: &[u8], sep: &[u8], maxsplit: i64, right: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut splits = 0;
    if !right {
        let mut i = 0;
        while maxsplit < 0 || splits < maxsplit {
            match find_at(d, sep, i, d.len()) {
                Some(p) => {
                    out.push(d[i..p].to_vec());
                    i = p + sep.len();
                    splits += 1;
                }
                None => break,
            }
        }
        out.push(d[i..].to_vec());
    } else {
        let mut j = d.len();
        while maxsplit < 0 || splits < maxsplit {
            match rfind_at(d, sep, 0, j) {
                Some(p) => {
                    out.push(d[p + sep.len()..j].to_vec());
                    j = p;
                    splits += 1;
                }
                None => break,
            }
        }
        out.push(d[..j].to_vec());
        out.reverse();
    }
    out
}

fn split_common<K: Kind>(
    interp: &mut dyn Interp,
    args: Args<'_>,
    name: &str,
    right: bool,
) -> PyResult<Value> {
    let b = this::<K>(&args, name)?;
    let a = parse_args(&args, name, &["sep", "maxsplit"], 2)?;
    let maxsplit = match &a[1] {
        Some(v) => to_ssize(interp, v)?,
        None => -1,
    };
    let parts = match &a[0] {
        None | Some(Value::None) => split_ws(&b.data(), maxsplit, right),
        Some(s) => {
            let sep = need_bytes_like(s)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            split_sep(&b.data(), &sep, maxsplit, right)
        }
    };
    Ok(Value::list(parts.into_iter().map(|p| b.make(p)).collect()))
}

// CPython: Objects/bytesobject.c bytes_split_impl
fn bytes_split<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    split_common::<K>(interp, args, "split", false)
}

// CPython: Objects/bytesobject.c bytes_rsplit_impl
fn bytes_rsplit<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    split_common::<K>(interp, args, "rsplit", true)
}

// CPython: Objects/bytesobject.c bytes_splitlines_impl
fn bytes_splitlines<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let b = this::<K>(&args, "splitlines")?;
    let a = parse_args(&args, "splitlines", &["keepends"], 1)?;
    let keepends = match &a[0] {
        Some(v) => ops::truthy(interp, v)?,
        None => false,
    };
    let d = b.data();
    let mut out = Vec::new();
    let mut i = 0;
    while i < d.len() {
        let start = i;
        while i < d.len() && d[i] != b'\n' && d[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < d.len() {
            if d[i] == b'\r' && d.get(i + 1) == Some(&b'\n') {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(b.make(d[start..eol].to_vec()));
    }
    Ok(Value::list(out))
}

fn partition_common<K: Kind>(args: Args<'_>, name: &str, right: bool) -> PyResult<Value> {
    let b = this::<K>(&args, name)?;
    let sep_value = one_arg(&args, &qual::<K>(name))?;
    let sep = need_bytes_like(sep_value)?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let d = b.data();
    let found = if right {
        rfind_at(&d, &sep, 0, d.len())
    } else {
        find_at(&d, &sep, 0, d.len())
    };
    let empty = || b.make(Vec::new());
    let parts = match found {
        Some(p) => vec![
            b.make(d[..p].to_vec()),
            // bytes hands back the separator object itself, bytearray a copy.
            match b {
                Recv::Bytes(_) => sep_value.clone(),
                Recv::Array(_) => b.make(sep.to_vec()),
            },
            b.make(d[p + sep.len()..].to_vec()),
        ],
        None if right => vec![empty(), empty(), b.unchanged()],
        None => vec![b.unchanged(), empty(), empty()],
    };
    Ok(Value::tuple(parts))
}

// CPython: Objects/bytesobject.c bytes_partition_impl
fn bytes_partition<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    partition_common::<K>(args, "partition", false)
}

// CPython: Objects/bytesobject.c bytes_rpartition_impl
fn bytes_rpartition<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    partition_common::<K>(args, "rpartition", true)
}

// ------------------------------------------------------ stripping, affixes

/// startswith/endswith: a bytes-like affix or a tuple of them, within
/// `start:end`.
// CPython: Objects/bytes_methods.c _Py_bytes_tailmatch
fn tailmatch<K: Kind>(
    interp: &mut dyn Interp,
    args: Args<'_>,
    name: &str,
    end_side: bool,
) -> PyResult<Value> {
    let b = this::<K>(&args, name)?;
    let a = pos_only::<K>(&args, name, 1, 3)?;
    let start = slice_bound(interp, a.get(1), 0)?;
    let end = slice_bound(interp, a.get(2), i64::MAX)?;
    let d = b.data();
    let len = d.len() as i64;
    let (start, end) = adjust_indices(start, end, len);
    let test = |affix: &[u8]| -> bool {
        if start > len || end - start < affix.len() as i64 {
            return false;
        }
        let window = &d[start as usize..end as usize];
        if end_side {
            window.ends_with(affix)
        } else {
            window.starts_with(affix)
        }
    };
    if let Value::Tuple(t) = &a[0] {
        for item in &t.items {
            let affix = bytes_like(item).ok_or_else(|| {
                type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    item.type_name()
                ))
            })?;
            if test(&affix) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match bytes_like(&a[0]) {
        Some(affix) => Ok(Value::Bool(test(&affix))),
        None => Err(type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            a[0].type_name()
        ))),
    }
}

// CPython: Objects/bytesobject.c bytes_startswith_impl
fn bytes_startswith<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    tailmatch::<K>(interp, args, "startswith", false)
}

// CPython: Objects/bytesobject.c bytes_endswith_impl
fn bytes_endswith<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    tailmatch::<K>(interp, args, "endswith", true)
}

fn strip_common<K: Kind>(args: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let b = this::<K>(&args, name)?;
    let a = pos_only::<K>(&args, name, 0, 1)?;
    let chars = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(need_bytes_like(v)?),
    };
    let strip = |c: u8| match &chars {
        Some(set) => set.contains(&c),
        None => is_space(c),
    };
    let d = b.data();
    let mut s = 0;
    let mut e = d.len();
    if left {
        while s < e && strip(d[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(d[e - 1]) {
            e -= 1;
        }
    }
    Ok(b.same_or_new(&d[s..e]))
}

// CPython: Objects/bytesobject.c bytes_strip_impl
fn bytes_strip<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    strip_common::<K>(args, "strip", true, true)
}

// CPython: Objects/bytesobject.c bytes_lstrip_impl
fn bytes_lstrip<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    strip_common::<K>(args, "lstrip", true, false)
}

// CPython: Objects/bytesobject.c bytes_rstrip_impl
fn bytes_rstrip<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    strip_common::<K>(args, "rstrip", false, true)
}

fn remove_affix<K: Kind>(args: Args<'_>, name: &str, suffix: bool) -> PyResult<Value> {
    let b = this::<K>(&args, name)?;
    let affix = need_bytes_like(one_arg(&args, &qual::<K>(name))?)?;
    let d = b.data();
    let kept = if suffix {
        d.strip_suffix(&affix[..])
    } else {
        d.strip_prefix(&affix[..])
    };
    Ok(match kept {
        Some(rest) if !affix.is_empty() => b.make(rest.to_vec()),
        _ => b.unchanged(),
    })
}

// CPython: Objects/bytesobject.c bytes_removeprefix_impl
fn bytes_removeprefix<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    remove_affix::<K>(args, "removeprefix", false)
}

// CPython: Objects/bytesobject.c bytes_removesuffix_impl
fn bytes_removesuffix<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    remove_affix::<K>(args, "removesuffix", true)
}

// --------------------------------------------------------------- padding

/// The fill byte of center/ljust/rjust: a bytes-like object of length 1.
fn fill_byte(v: Option<&Value>, name: &str) -> PyResult<u8> {
    let Some(v) = v else {
        return Ok(b' ');
    };
    match bytes_like(v).as_deref() {
        Some([c]) => Ok(*c),
        Some(other) => Err(type_error(format!(
            "{name}(): argument 2 must be a byte string of length 1, not a {} object of length {}",
            v.type_name(),
            other.len()
        ))),
        None => Err(type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            v.type_name()
        ))),
    }
}

#[derive(Clone, Copy)]
enum Justify {
    Left,
    Right,
    Center,
}

fn justify<K: Kind>(
    interp: &mut dyn Interp,
    args: Args<'_>,
    name: &str,
    how: Justify,
) -> PyResult<Value> {
    let b = this::<K>(&args, name)?;
    let a = pos_only::<K>(&args, name, 1, 2)?;
    let width = to_ssize(interp, &a[0])?;
    let fill = fill_byte(a.get(1), name)?;
    let d = b.data();
    let len = d.len() as i64;
    if width <= len {
        return Ok(b.unchanged());
    }
    let marg = width - len;
    let left = match how {
        Justify::Left => 0,
        Justify::Right => marg,
        // CPython: pad(self, left, marg - left, fill) in stringlib/transmogrify.h.
        Justify::Center => marg / 2 + (marg & width & 1),
    };
    let mut out = crate::seq::try_vec(width as usize)?;
    out.resize(left as usize, fill);
    out.extend_from_slice(&d);
    out.resize(width as usize, fill);
    Ok(b.make(out))
}

// CPython: Objects/bytesobject.c bytes_center_impl
fn bytes_center<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    justify::<K>(interp, args, "center", Justify::Center)
}

// CPython: Objects/bytesobject.c bytes_ljust_impl
fn bytes_ljust<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    justify::<K>(interp, args, "ljust", Justify::Left)
}

// CPython: Objects/bytesobject.c bytes_rjust_impl
fn bytes_rjust<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    justify::<K>(interp, args, "rjust", Justify::Right)
}

// CPython: Objects/bytesobject.c bytes_zfill_impl
fn bytes_zfill<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let b = this::<K>(&args, "zfill")?;
    let width = to_ssize(interp, one_arg(&args, &qual::<K>("zfill"))?)?;
    let d = b.data();
    let len = d.len() as i64;
    if width <= len {
        return Ok(b.unchanged());
    }
    let fill = (width - len) as usize;
    let mut out = crate::seq::try_vec(width as usize)?;
    out.resize(fill, b'0');
    out.extend_from_slice(&d);
    if matches!(out.get(fill), Some(b'+' | b'-')) {
        out[0] = out[fill];
        out[fill] = b'0';
    }
    Ok(b.make(out))
}

// CPython: Objects/bytesobject.c bytes_expandtabs_impl (stringlib)
fn bytes_expandtabs<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let b = this::<K>(&args, "expandtabs")?;
    let a = parse_args(&args, "expandtabs", &["tabsize"], 1)?;
    let tabsize = match &a[0] {
        Some(v) => to_cint(interp, v)?,
        None => 8,
    };
    let d = b.data();
    // First the length, so that a huge result is an error, not an abort.
    let (mut total, mut col): (i64, i64) = (0, 0);
    for &c in d.iter() {
        let n = match c {
            b'\t' if tabsize > 0 => tabsize - col % tabsize,
            b'\t' => 0,
            _ => 1,
        };
        col = if matches!(c, b'\n' | b'\r') {
            0
        } else {
            col + n
        };
        total = total
            .checked_add(n)
            .filter(|t| *t <= isize::MAX as i64)
            .ok_or_else(|| ExcKind::OverflowError.new_err("result too long"))?;
    }
    let mut out = crate::seq::try_vec(total as usize)?;
    col = 0;
    for &c in d.iter() {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(b.make(out))
}

// ------------------------------------------------- replace and translate

// CPython: Objects/bytesobject.c bytes_replace_impl (stringlib replace)
fn bytes_replace<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let b = this::<K>(&args, "replace")?;
    let a = pos_only::<K>(&args, "replace", 2, 3)?;
    let old = need_bytes_like(&a[0])?;
    let new = need_bytes_like(&a[1])?;
    let count = match a.get(2) {
        Some(v) => to_ssize(interp, v)?,
        None => -1,
    };
    let (d, old, new) = (&b.data(), &old[..], &new[..]);
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if limit == 0 || (old.is_empty() && new.is_empty()) {
        return Ok(b.unchanged());
    }
    // Size the result first: a huge one is a MemoryError, not an abort.
    let hits = if old.is_empty() {
        d.len() + 1
    } else {
        count_in(d, old)
    }
    .min(limit);
    let size = (new.len() as u128 * hits as u128 + d.len() as u128)
        .saturating_sub(old.len() as u128 * hits as u128);
    if size > isize::MAX as u128 {
        return Err(ExcKind::OverflowError.new_err("replace bytes is too long"));
    }
    let mut out = crate::seq::try_vec(size as usize)?;
    let mut n = 0;
    if old.is_empty() {
        // The replacement goes before each byte and at the end.
        for (i, &c) in d.iter().enumerate() {
            if n < limit {
                out.extend_from_slice(new);
                n += 1;
            } else {
                out.extend_from_slice(&d[i..]);
                return Ok(b.make(out));
            }
            out.push(c);
        }
        if n < limit {
            out.extend_from_slice(new);
        }
        return Ok(b.make(out));
    }
    let mut i = 0;
    while n < limit {
        match find_at(d, old, i, d.len()) {
            Some(p) => {
                out.extend_from_slice(&d[i..p]);
                out.extend_from_slice(new);
                i = p + old.len();
                n += 1;
            }
            None => break,
        }
    }
    if n == 0 {
        return Ok(b.unchanged());
    }
    out.extend_from_slice(&d[i..]);
    Ok(b.make(out))
}

// CPython: Objects/bytesobject.c bytes_translate_impl
fn bytes_translate<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let b = this::<K>(&args, "translate")?;
    let a = parse_args(&args, "translate", &["table", "delete"], 2)?;
    if rest(&args).is_empty() {
        return Err(type_error(
            "translate() takes at least 1 positional argument (0 given)",
        ));
    }
    let table = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = need_bytes_like(v)?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &a[1] {
        Some(v) => Some(need_bytes_like(v)?),
        None => None,
    };
    let delete: &[u8] = delete.as_deref().unwrap_or(&[]);
    let out: Vec<u8> = b
        .data()
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(b.same_or_new(&out))
}

// CPython: Objects/bytes_methods.c _Py_bytes_maketrans
fn bytes_maketrans<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            qual::<K>("maketrans")
        )));
    }
    let a = args.positional();
    if a.len() != 2 {
        return Err(type_error(format!(
            "maketrans expected 2 arguments, got {}",
            a.len()
        )));
    }
    let frm = need_bytes_like(&a[0])?;
    let to = need_bytes_like(&a[1])?;
    if frm.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&f, &t) in frm.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(new_bytes(table))
}

// ------------------------------------------------------------------ hex

/// Hex digits of `data` with `sep` every `per_sep` bytes (counted from the
/// right when positive, from the left when negative).
// CPython: Python/pystrhex.c _Py_strhex_impl
fn strhex(data: &[u8], sep: Option<char>, per_sep: i64) -> String {
    let hex = |c: u8| format!("{c:02x}");
    let group = per_sep.unsigned_abs() as usize;
    let (Some(sep), true) = (sep, group > 0 && group < data.len()) else {
        return data.iter().map(|&c| hex(c)).collect();
    };
    let mut out = String::with_capacity(data.len() * 3);
    let n = data.len();
    for (i, &c) in data.iter().enumerate() {
        let boundary = if per_sep > 0 {
            // Groups are complete at the right end.
            i > 0 && (n - i).is_multiple_of(group)
        } else {
            i > 0 && i.is_multiple_of(group)
        };
        if boundary {
            out.push(sep);
        }
        out.push_str(&hex(c));
    }
    out
}

// CPython: Objects/bytesobject.c bytes_hex_impl
fn bytes_hex<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let b = this::<K>(&args, "hex")?;
    let a = parse_args(&args, "hex", &["sep", "bytes_per_sep"], 2)?;
    let per_sep = match &a[1] {
        Some(v) => to_cint(interp, v)?,
        None => 1,
    };
    let sep = match &a[0] {
        None => None,
        Some(v) => {
            let n = ops::len(interp, v)?;
            if n != 1 {
                return Err(value_error("sep must be length 1."));
            }
            let c = match v {
                Value::Str(s) => s.as_str().chars().next().unwrap_or(' '),
                other => match bytes_like(other).as_deref() {
                    Some([c]) => *c as char,
                    _ => return Err(type_error("sep must be str or bytes.")),
                },
            };
            if !c.is_ascii() {
                return Err(value_error("sep must be ASCII."));
            }
            Some(c)
        }
    };
    let out = strhex(&b.data(), sep, per_sep);
    Ok(Value::string(out))
}

// ------------------------------------------------------------ formatting

/// The bytes `%b`/`%s` formats: bytes-like objects, or `__bytes__`.
// CPython: Objects/bytesobject.c format_obj
fn format_obj(interp: &mut dyn Interp, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.to_vec());
    }
    if let Some(r) = ops::call_dunder(interp, v, "__bytes__", &[])? {
        return match bytes_like(&r) {
            Some(b) => Ok(b.to_vec()),
            None => Err(type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                r.type_name()
            ))),
        };
    }
    Err(type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        v.type_name()
    )))
}

/// The float `%e`/`%f`/`%g` format: floats, ints, `__float__`, `__index__`.
fn format_float_arg(interp: &mut dyn Interp, v: &Value) -> PyResult<f64> {
    let err = || type_error(format!("float argument required, not {}", v.type_name()));
    match v {
        Value::Float(x) => Ok(*x),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            crate::float::to_f64(v).map_err(|_| err())
        }
        _ => {
            if let Some(r) = ops::call_dunder(interp, v, "__float__", &[])? {
                return match r {
                    Value::Float(x) => Ok(x),
                    _ => Err(err()),
                };
            }
            if v.py_type().lookup("__index__").is_some() {
                let i = ops::index(interp, v)?;
                return crate::float::to_f64(&i).map_err(|_| err());
            }
            Err(err())
        }
    }
}

/// Pad `body` to the width with spaces, left-justified with `-`.
fn pad_to(out: &mut Vec<u8>, body: &[u8], fl: &format::PercentFlags) {
    let width = fl.width.unwrap_or(0);
    let fill = width.saturating_sub(body.len());
    if !fl.left {
        out.extend(std::iter::repeat_n(b' ', fill));
    }
    out.extend_from_slice(body);
    if fl.left {
        out.extend(std::iter::repeat_n(b' ', fill));
    }
}

/// Whether `%` formatting treats a lone argument as a mapping for
/// `%(key)s` (anything subscriptable but a tuple or bytes).
fn is_mapping_arg(v: &Value) -> bool {
    if matches!(v, Value::Tuple(_) | Value::Bytes(_)) {
        return false;
    }
    if matches!(v, Value::Instance(i) if matches!(i.payload, Some(Value::Tuple(_) | Value::Bytes(_))))
    {
        return false;
    }
    matches!(
        v,
        Value::Dict(_) | Value::List(_) | Value::Str(_) | Value::Range(_)
    ) || v.py_type().lookup("__getitem__").is_some()
}

/// A run of ASCII digits at `*i` as a number, for widths and precisions.
fn read_number(fmt: &[u8], i: &mut usize, what: &str) -> PyResult<Option<usize>> {
    let start = *i;
    let mut n: usize = 0;
    while *i < fmt.len() && fmt[*i].is_ascii_digit() {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add((fmt[*i] - b'0') as usize))
            .ok_or_else(|| value_error(format!("{what} too big")))?;
        *i += 1;
    }
    Ok((*i > start).then_some(n))
}

/// `fmt % args` for bytes.
pub fn percent_format(interp: &mut dyn Interp, fmt: &[u8], args: &Value) -> PyResult<Value> {
    Ok(new_bytes(format_bytes(interp, fmt, args)?))
}

/// The bytes of `fmt % args`.
// CPython: Objects/bytesobject.c _PyBytes_FormatEx
fn format_bytes(interp: &mut dyn Interp, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let tuple_items = match args {
        Value::Tuple(t) => Some(t.items.clone()),
        Value::Instance(i) => match &i.payload {
            Some(Value::Tuple(t)) => Some(t.items.clone()),
            _ => None,
        },
        _ => None,
    };
    // CPython's arglen/argidx: a lone argument counts as "-1 long" and is
    // handed out once.
    let (mut arglen, mut argidx): (i64, i64) = match &tuple_items {
        Some(items) => (items.len() as i64, 0),
        None => (-1, -2),
    };
    let mapping = (tuple_items.is_none() && is_mapping_arg(args)).then(|| args.clone());
    let mut current = args.clone();
    let next_arg = |current: &Value, arglen: i64, argidx: &mut i64| -> PyResult<Value> {
        if *argidx < arglen {
            *argidx += 1;
            if arglen < 0 {
                return Ok(current.clone());
            }
            if let Some(items) = &tuple_items {
                if let Some(v) = items.get((*argidx - 1) as usize) {
                    return Ok(v.clone());
                }
            }
        }
        Err(type_error("not enough arguments for format string"))
    };
    let mut out: Vec<u8> = Vec::with_capacity(fmt.len() + 16);
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] != b'%' {
            let end = fmt[i..]
                .iter()
                .position(|&c| c == b'%')
                .map_or(fmt.len(), |p| p + i);
            out.extend_from_slice(&fmt[i..end]);
            i = end;
            continue;
        }
        i += 1;
        if fmt.get(i) == Some(&b'%') {
            out.push(b'%');
            i += 1;
            continue;
        }
        if fmt.get(i) == Some(&b'(') {
            let Some(m) = &mapping else {
                return Err(type_error("format requires a mapping"));
            };
            let mut depth = 1;
            i += 1;
            let start = i;
            while i < fmt.len() && depth > 0 {
                match fmt[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            let key = new_bytes(fmt[start..i - 1].to_vec());
            current = ops::getitem(interp, m, &key)?;
            (arglen, argidx) = (-1, -2);
        }
        let mut fl = format::PercentFlags::default();
        while let Some(&c) = fmt.get(i) {
            match c {
                b'-' => fl.left = true,
                b'+' => fl.plus = true,
                b' ' => fl.space = true,
                b'#' => fl.alt = true,
                b'0' => fl.zero = true,
                _ => break,
            }
            i += 1;
        }
        if fmt.get(i) == Some(&b'*') {
            let v = next_arg(&current, arglen, &mut argidx)?;
            let Value::Int(w) = v else {
                return Err(type_error("* wants int"));
            };
            if w < 0 {
                fl.left = true;
            }
            let w = w.unsigned_abs() as usize;
            format::check_width(Some(w))?;
            fl.width = Some(w);
            i += 1;
        } else if let Some(w) = read_number(fmt, &mut i, "width")? {
            format::check_width(Some(w))?;
            fl.width = Some(w);
        }
        if fmt.get(i) == Some(&b'.') {
            i += 1;
            if fmt.get(i) == Some(&b'*') {
                let v = next_arg(&current, arglen, &mut argidx)?;
                let Value::Int(p) = v else {
                    return Err(type_error("* wants int"));
                };
                fl.precision = Some(p.clamp(0, i32::MAX as i64) as usize);
                i += 1;
            } else {
                let p = read_number(fmt, &mut i, "precision")?.unwrap_or(0);
                if p > i32::MAX as usize {
                    return Err(value_error("precision too big"));
                }
                fl.precision = Some(p);
            }
        }
        if matches!(fmt.get(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(&conv) = fmt.get(i) else {
            return Err(value_error("incomplete format"));
        };
        i += 1;
        let arg = next_arg(&current, arglen, &mut argidx)?;
        match conv {
            b's' | b'b' | b'r' | b'a' => {
                let mut body = if matches!(conv, b's' | b'b') {
                    format_obj(interp, &arg)?
                } else {
                    crate::str_methods::ascii_of(interp, &arg)?.into_bytes()
                };
                if let Some(p) = fl.precision {
                    body.truncate(p);
                }
                pad_to(&mut out, &body, &fl);
            }
            b'd' | b'i' | b'u' | b'x' | b'X' | b'o' => {
                let decimal = matches!(conv, b'd' | b'i' | b'u');
                let n = match &arg {
                    Value::Float(f) if decimal => crate::float::float_to_int(*f)?,
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => arg.clone(),
                    _ => match ops::index(interp, &arg) {
                        Ok(v) => v,
                        Err(_) => {
                            let what = if decimal {
                                "a real number"
                            } else {
                                "an integer"
                            };
                            return Err(type_error(format!(
                                "%{} format: {what} is required, not {}",
                                conv as char,
                                arg.type_name()
                            )));
                        }
                    },
                };
                let big = crate::int::to_bigint(&n).unwrap_or_default();
                let s = format::percent_format_int_checked(&big, &fl, conv as char)
                    .map_err(PyErr::from)?;
                out.extend_from_slice(s.as_bytes());
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let x = format_float_arg(interp, &arg)?;
                let s = format::percent_format_float(x, &fl, conv as char);
                out.extend_from_slice(s.as_bytes());
            }
            b'c' => {
                let byte = match bytes_like(&arg).as_deref() {
                    Some([c]) => *c,
                    Some(other) => {
                        return Err(type_error(format!(
                            "%c requires an integer in range(256) or a single byte, not a {} object of length {}",
                            arg.type_name(),
                            other.len()
                        )))
                    }
                    None => {
                        let is_int = matches!(arg, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
                            || arg.py_type().lookup("__index__").is_some();
                        if !is_int {
                            return Err(type_error(format!(
                                "%c requires an integer in range(256) or a single byte, not {}",
                                arg.type_name()
                            )));
                        }
                        match ops::index(interp, &arg)? {
                            Value::Int(n) if (0..256).contains(&n) => n as u8,
                            _ => {
                                return Err(
                                    ExcKind::OverflowError.new_err("%c arg not in range(256)")
                                )
                            }
                        }
                    }
                };
                pad_to(&mut out, &[byte], &fl);
            }
            other => {
                return Err(value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other as char,
                    other,
                    i - 1
                )))
            }
        }
    }
    if argidx < arglen && mapping.is_none() {
        return Err(type_error(
            "not all arguments converted during bytes formatting",
        ));
    }
    Ok(out)
}

// CPython: Objects/bytesobject.c bytes_mod (bytearray_mod)
fn bytes_mod<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let b = this::<K>(&args, "__mod__")?;
    let v = &slot_args(&args, 1)?[0];
    // A copy: formatting runs Python code, which may resize a bytearray.
    let fmt = b.data().to_vec();
    Ok(b.make(format_bytes(interp, &fmt, v)?))
}

/// `other % self`: formats only when `other` is of the same type (the
/// slot is shared by both operands in CPython).
// CPython: Objects/bytesobject.c bytes_mod (reflected: `other % self`)
fn bytes_rmod<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    this::<K>(&args, "__rmod__")?;
    let v = &slot_args(&args, 1)?[0];
    let Some(fmt) = K::receiver(v) else {
        return Ok(Value::NotImplemented);
    };
    let fmt_bytes = fmt.data().to_vec();
    let arg = args.positional()[0].clone();
    Ok(fmt.make(format_bytes(interp, &fmt_bytes, &arg)?))
}

/// `bytes + x` for a non-bytes `x`: CPython's message.
// CPython: Objects/bytesobject.c bytes_concat
pub fn concat_error(other: &Value) -> PyErr {
    type_error(format!("can't concat {} to bytes", other.type_name()))
}

/// `a + b` for bytes `a` and a bytes-like `b` (`None` when `b` is not
/// bytes-like).
pub fn concat(a: &[u8], b: &Value) -> Option<PyResult<Value>> {
    let b = bytes_like(b)?;
    Some(concat_bytes(a, &b).map(new_bytes))
}

/// `a + b` as a vector, or MemoryError.
pub fn concat_bytes(a: &[u8], b: &[u8]) -> PyResult<Vec<u8>> {
    let mut v = crate::seq::try_vec(a.len().saturating_add(b.len()))?;
    v.extend_from_slice(a);
    v.extend_from_slice(b);
    Ok(v)
}

// ------------------------------------------- in, join, decode, fromhex

/// The bytes `item in b` looks for: an int names one byte, a bytes-like
/// object a run. An `__index__` that fails counts as absent (CPython
/// clears its error and tries the buffer).
// CPython: Objects/bytes_methods.c _Py_bytes_contains
pub fn contains_needle(interp: &mut dyn Interp, item: &Value) -> PyResult<Vec<u8>> {
    let is_index = matches!(item, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        || item.py_type().lookup("__index__").is_some();
    if is_index {
        match ops::index(interp, item) {
            Ok(Value::Int(i)) if (0..256).contains(&i) => return Ok(vec![i as u8]),
            Ok(_) => return Err(value_error("byte must be in range(0, 256)")),
            Err(_) => {}
        }
    }
    Ok(need_bytes_like(item)?.to_vec())
}

/// Whether `sub` occurs in `hay`.
pub fn contains_bytes(hay: &[u8], sub: &[u8]) -> bool {
    find_at(hay, sub, 0, hay.len()).is_some()
}

// CPython: Objects/bytesobject.c bytes_contains (bytearray_contains)
fn bytes_contains<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let b = this::<K>(&args, "__contains__")?;
    let item = &slot_args(&args, 1)?[0];
    // The receiver's buffer is held meanwhile, as CPython exports it.
    let d = b.data();
    let sub = contains_needle(interp, item)?;
    Ok(Value::Bool(contains_bytes(&d, &sub)))
}

/// `sep.join(iterable_of_bytes)`: bytes-like items only.
// CPython: Objects/stringlib/join.h stringlib_bytes_join
fn bytes_join<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let b = this::<K>(&args, "join")?;
    let it = one_arg(&args, &qual::<K>("join"))?;
    let items = match it {
        Value::List(_) | Value::Tuple(_) => iter::collect(interp, it)?,
        _ => {
            let iterator = ops::get_iter(interp, it).map_err(|e| {
                if e.matches(ExcKind::TypeError) {
                    type_error("can only join an iterable")
                } else {
                    e
                }
            })?;
            iter::collect(interp, &iterator)?
        }
    };
    let sep = b.data();
    let mut parts = Vec::with_capacity(items.len());
    let mut total: usize = 0;
    for (i, x) in items.iter().enumerate() {
        let Some(p) = bytes_like(x) else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                x.type_name()
            )));
        };
        let extra = if i > 0 { sep.len() } else { 0 };
        total = total
            .checked_add(p.len() + extra)
            .filter(|t| *t <= isize::MAX as usize)
            .ok_or_else(|| {
                ExcKind::OverflowError
                    .new_err("join() result is too long for a Python bytes object")
            })?;
        parts.push(p);
    }
    let mut out = crate::seq::try_vec(total)?;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(p);
    }
    Ok(b.make(out))
}

// CPython: Objects/bytesobject.c bytes_decode_impl (bytearray_decode_impl)
fn bytes_decode<K: Kind>(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let b = this::<K>(&args, "decode")?;
    let text = crate::container_methods::decode_with_args(&args, &b.data())?;
    Ok(Value::string(text))
}

/// The bytes a `fromhex()` argument spells: a str or a bytes-like object
/// of hex digit pairs, ASCII whitespace between pairs.
// CPython: Objects/bytesobject.c _PyBytes_FromHex
fn from_hex(v: &Value) -> PyResult<Vec<u8>> {
    let bad = |pos: usize| {
        value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    let text = match v {
        Value::Str(s) => {
            if let Some(pos) = s.as_str().chars().position(|c| !c.is_ascii()) {
                return Err(bad(pos));
            }
            BytesRef::Slice(s.as_str().as_bytes())
        }
        _ => bytes_like(v).ok_or_else(|| {
            type_error(format!(
                "fromhex() argument must be str or bytes-like, not {}",
                v.type_name()
            ))
        })?,
    };
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(text.len() / 2);
    let mut i = 0;
    while i < text.len() {
        if is_space(text[i]) {
            i += 1;
            continue;
        }
        let hi = digit(text[i]).ok_or_else(|| bad(i))?;
        let Some(&next) = text.get(i + 1) else {
            return Err(value_error(
                "fromhex() arg must contain an even number of hexadecimal digits",
            ));
        };
        let lo = digit(next).ok_or_else(|| bad(i + 1))?;
        out.push(hi * 16 + lo);
        i += 2;
    }
    Ok(out)
}

/// `cls.fromhex(string)`: a subclass is called with the result.
// CPython: Objects/bytesobject.c bytes_fromhex_impl (bytearray_fromhex_impl)
fn bytes_fromhex<K: Kind>(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = args.positional().first().cloned().unwrap_or(Value::None);
    let a = one_arg(&args, &qual::<K>("fromhex"))?;
    let made = K::make(from_hex(a)?);
    match &cls {
        Value::Type(t) if !Rc::ptr_eq(t, &K::type_object()) => ops::call0(interp, &cls, &[made]),
        _ => Ok(made),
    }
}

// ----------------------------------------------------------- registration

/// Register these methods on the bytes or the bytearray type (for bytes,
/// after the basic ones of container_methods.rs).
pub fn register<K: Kind>(t: &Rc<PyType>) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("upper", bytes_upper::<K>),
        ("lower", bytes_lower::<K>),
        ("swapcase", bytes_swapcase::<K>),
        ("title", bytes_title::<K>),
        ("capitalize", bytes_capitalize::<K>),
        ("isalnum", bytes_isalnum::<K>),
        ("isalpha", bytes_isalpha::<K>),
        ("isdigit", bytes_isdigit::<K>),
        ("islower", bytes_islower::<K>),
        ("isupper", bytes_isupper::<K>),
        ("isspace", bytes_isspace::<K>),
        ("istitle", bytes_istitle::<K>),
        ("isascii", bytes_isascii::<K>),
        ("find", bytes_find::<K>),
        ("rfind", bytes_rfind::<K>),
        ("index", bytes_index::<K>),
        ("rindex", bytes_rindex::<K>),
        ("count", bytes_count::<K>),
        ("split", bytes_split::<K>),
        ("rsplit", bytes_rsplit::<K>),
        ("splitlines", bytes_splitlines::<K>),
        ("partition", bytes_partition::<K>),
        ("rpartition", bytes_rpartition::<K>),
        ("strip", bytes_strip::<K>),
        ("lstrip", bytes_lstrip::<K>),
        ("rstrip", bytes_rstrip::<K>),
        ("startswith", bytes_startswith::<K>),
        ("endswith", bytes_endswith::<K>),
        ("removeprefix", bytes_removeprefix::<K>),
        ("removesuffix", bytes_removesuffix::<K>),
        ("center", bytes_center::<K>),
        ("ljust", bytes_ljust::<K>),
        ("rjust", bytes_rjust::<K>),
        ("zfill", bytes_zfill::<K>),
        ("expandtabs", bytes_expandtabs::<K>),
        ("replace", bytes_replace::<K>),
        ("translate", bytes_translate::<K>),
        ("hex", bytes_hex::<K>),
        ("join", bytes_join::<K>),
        ("decode", bytes_decode::<K>),
        ("__contains__", bytes_contains::<K>),
        ("__mod__", bytes_mod::<K>),
        ("__rmod__", bytes_rmod::<K>),
    ];
    for (name, f) in methods {
        t.add_method(name, *f);
    }
    t.add_static("maketrans", bytes_maketrans::<K>);
    t.add_classmethod("fromhex", bytes_fromhex::<K>);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_groups_from_either_end() {
        let d = [0x01, 0xab, 0xff, 0x00, 0x11];
        assert_eq!(strhex(&d, Some(':'), 2), "01:abff:0011");
        assert_eq!(strhex(&d, Some(':'), -2), "01ab:ff00:11");
        assert_eq!(strhex(&d, Some(':'), 5), "01abff0011");
        assert_eq!(strhex(&d, None, 1), "01abff0011");
    }

    #[test]
    fn splitting_matches_cpython() {
        let parts = split_ws(b" a  b\tc\n", 1, false);
        assert_eq!(parts, vec![b"a".to_vec(), b"b\tc\n".to_vec()]);
        let parts = split_ws(b" a  b\tc\n", 1, true);
        assert_eq!(parts, vec![b" a  b".to_vec(), b"c".to_vec()]);
        let parts = split_sep(b"a,b,,c", b",", 2, true);
        assert_eq!(parts, vec![b"a,b".to_vec(), b"".to_vec(), b"c".to_vec()]);
    }
}
