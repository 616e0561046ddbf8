//! The natives of the built-in `str` type (`str.__new__`, the methods, the
//! slot wrappers) and the `str.format` engine (`format_string`), which the
//! VM reuses. CPython: Objects/unicodeobject.c (unicode_* methods,
//! unicode_new), Objects/stringlib/unicode_format.h (str.format),
//! Objects/stringlib/split.h, Objects/stringlib/transmogrify.h.
//!
//! Indices are code-point indices, as Python counts them; the text is UTF-8,
//! so ASCII strings (flagged on `PyStr`) take byte-indexed fast paths and
//! other strings convert between char and byte offsets only where needed.

use std::collections::HashMap;
use std::rc::Rc;

use crate::dict::PyDict;
use crate::exceptions::{index_error, key_error, type_error, value_error, ExcKind, PyErr};
use crate::function::Args;
use crate::interp::Interp;
use crate::numparse::{py_decimal_value, py_isprintable, py_isspace, py_str_repr};
use crate::ops;
use crate::types::types;
use crate::value::{PyBytes, PyResult, PyStr, Value};

// ------------------------------------------------------------ registration

/// Register the natives of `str` on `types().str_type`.
pub fn register() {
    let t = &types().str_type;
    t.add_static("__new__", str_new);
    let methods: &[(&'static str, crate::function::NativeFn)] = &[
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("join", str_join),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isascii", str_isascii),
        ("isprintable", str_isprintable),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("splitlines", str_splitlines),
        ("expandtabs", str_expandtabs),
        ("encode", str_encode),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("format", str_format),
        ("format_map", str_format_map),
        ("translate", str_translate),
        ("__len__", str_len),
        ("__contains__", str_contains),
        ("__getitem__", str_getitem),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_mul),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__eq__", str_eq),
        ("__ne__", str_ne),
        ("__lt__", str_lt),
        ("__le__", str_le),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__hash__", str_hash),
        ("__iter__", str_iter),
        ("__repr__", str_repr),
        ("__str__", str_str),
        ("__format__", str_dunder_format),
    ];
    for (name, f) in methods {
        t.add_method(name, *f);
    }
    t.add_static("maketrans", str_maketrans);
}

// ------------------------------------------------------- argument helpers

/// `self` of a str method, with CPython's descriptor errors.
fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Rc<PyStr>> {
    let slot = name.starts_with("__") && name != "__format__";
    match args.values.first() {
        Some(Value::Str(s)) if !args.positional().is_empty() => Ok(s),
        None => Err(type_error(if slot {
            format!("descriptor '{name}' of 'str' object needs an argument")
        } else {
            format!("unbound method str.{name}() needs an argument")
        })),
        Some(other) => Err(type_error(if slot {
            format!(
                "descriptor '{name}' requires a 'str' object but received a '{}'",
                other.type_name()
            )
        } else {
            format!(
                "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
                other.type_name()
            )
        })),
    }
}

/// The positional arguments after `self`.
fn rest<'a>(args: &Args<'a>) -> &'a [Value] {
    let p = args.positional();
    if p.is_empty() {
        p
    } else {
        &p[1..]
    }
}

/// METH_NOARGS: `str.upper() takes no arguments (1 given)`.
fn noargs(args: &Args<'_>, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(type_error(format!(
            "str.{name}() takes no keyword arguments"
        )));
    }
    let n = rest(args).len();
    if n != 0 {
        return Err(type_error(format!(
            "str.{name}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

/// METH_O: `str.join() takes exactly one argument (0 given)`.
fn onearg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    if args.has_kwargs() {
        return Err(type_error(format!(
            "str.{name}() takes no keyword arguments"
        )));
    }
    let r = rest(args);
    if r.len() != 1 {
        return Err(type_error(format!(
            "str.{name}() takes exactly one argument ({} given)",
            r.len()
        )));
    }
    Ok(&r[0])
}

/// Positional-only Argument Clinic parameters: `find expected at least 1 argument, got 0`.
fn posargs<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(type_error(format!(
            "str.{name}() takes no keyword arguments"
        )));
    }
    let r = rest(args);
    check_positional(name, r.len(), min, max)?;
    Ok(r)
}

// CPython: Python/getargs.c _PyArg_CheckPositional
fn check_positional(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        return Err(type_error(format!(
            "{name} expected {}{min} argument{}, got {n}",
            if min == max { "" } else { "at least " },
            if min == 1 { "" } else { "s" }
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name} expected {}{max} argument{}, got {n}",
            if min == max { "" } else { "at most " },
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// Slot wrappers (`__len__`, `__add__`, ...): `expected 1 argument, got 0`.
fn slot_args<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let r = rest(args);
    if r.len() != n {
        return Err(type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            r.len()
        )));
    }
    Ok(r)
}

/// Argument Clinic parameters that may be passed by keyword: the first
/// `nposonly` of `names` are positional-only, the first `required` are
/// required. Returns one slot per name.
// CPython: Python/getargs.c _PyArg_UnpackKeywords
fn parse_kw<'a>(
    args: &Args<'a>,
    fname: &str,
    names: &[&str],
    nposonly: usize,
    required: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let pos = rest(args);
    let nargs = pos.len();
    let nkw = args.kwnames.len();
    let max = names.len();
    if nargs + nkw > max {
        return Err(type_error(format!(
            "{fname}() takes at most {max} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            if max == 1 { "" } else { "s" },
            nargs + nkw
        )));
    }
    if nargs < required {
        return Err(type_error(format!(
            "{fname}() takes {} {required} positional argument{} ({nargs} given)",
            if required < max {
                "at least"
            } else {
                "exactly"
            },
            if required == 1 { "" } else { "s" }
        )));
    }
    let mut out: Vec<Option<&'a Value>> = vec![None; max];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v);
    }
    let mut used = 0;
    for (i, name) in names.iter().enumerate().skip(nposonly) {
        if let Some(v) = args.kw(name) {
            if i < nargs {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
            out[i] = Some(v);
            used += 1;
        } else if i >= nargs && i < required {
            return Err(type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    if used < nkw {
        for k in args.kwnames {
            let k = k.as_str();
            let known = names.iter().skip(nposonly).any(|n| *n == k);
            if !known {
                return Err(type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
    }
    Ok(out)
}

/// A `Py_ssize_t` argument (width, maxsplit, count).
fn to_ssize(interp: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    let too_big = || ExcKind::OverflowError.new_err("Python int too large to convert to C ssize_t");
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(too_big()),
        _ => match ops::index(interp, v)? {
            Value::Int(i) => Ok(i),
            _ => Err(too_big()),
        },
    }
}

/// A C `int` argument (expandtabs' tabsize).
fn to_cint(interp: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    let too_big = || ExcKind::OverflowError.new_err("Python int too large to convert to C int");
    let i = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => return Err(too_big()),
        _ => match ops::index(interp, v)? {
            Value::Int(i) => i,
            _ => return Err(too_big()),
        },
    };
    if i > i32::MAX as i64 || i < i32::MIN as i64 {
        return Err(too_big());
    }
    Ok(i)
}

/// A slice bound of find/count/startswith: None, an int, or `__index__`.
// CPython: Python/ceval.c _PyEval_SliceIndex
fn slice_bound(interp: &mut dyn Interp, v: Option<&Value>, default: i64) -> PyResult<i64> {
    let err = || type_error("slice indices must be integers or None or have an __index__ method");
    match v {
        None | Some(Value::None) => Ok(default),
        Some(Value::Int(i)) => Ok(*i),
        Some(Value::Bool(b)) => Ok(*b as i64),
        Some(Value::BigInt(b)) => Ok(crate::seq::clamp_big(b)),
        Some(v @ (Value::Instance(_) | Value::Object(_))) => {
            if v.py_type().lookup("__index__").is_none() {
                return Err(err());
            }
            match ops::index(interp, v)? {
                Value::Int(i) => Ok(i),
                Value::BigInt(b) => Ok(crate::seq::clamp_big(&b)),
                _ => Err(err()),
            }
        }
        Some(_) => Err(err()),
    }
}

/// CPython's ADJUST_INDICES: clamp `end`, wrap negatives (start is not
/// clamped to `len`).
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

/// Byte offset of code point `ci` (clamped to the end).
fn char_to_byte(s: &str, ascii: bool, ci: usize) -> usize {
    if ascii {
        return ci.min(s.len());
    }
    match s.char_indices().nth(ci) {
        Some((b, _)) => b,
        None => s.len(),
    }
}

/// Byte offsets of the code-point range `start..end` (both clamped).
fn byte_range(s: &str, ascii: bool, start: usize, end: usize) -> (usize, usize) {
    if ascii {
        let e = end.min(s.len());
        return (start.min(e), e);
    }
    let bs = char_to_byte(s, false, start);
    let be = if end <= start {
        bs
    } else {
        bs + char_to_byte(&s[bs..], false, end - start)
    };
    (bs, be)
}

fn char_count(s: &str, ascii: bool) -> usize {
    if ascii {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The argument as a `&str`, or `TypeError: {what} must be str, not int`.
fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(type_error(format!(
            "{what} must be str, not {}",
            other.type_name()
        ))),
    }
}

fn new_str(s: &str) -> Value {
    Value::str(s)
}

/// A str value for `part`, reusing `whole` when they are the same text.
fn same_or_new(whole: &Rc<PyStr>, part: &str) -> Value {
    if part.len() == whole.as_str().len() {
        Value::Str(whole.clone())
    } else {
        new_str(part)
    }
}

// ------------------------------------------------------------ str.__new__

// CPython: Objects/unicodeobject.c unicode_new_impl
fn str_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let v = str_new_value(interp, args)?;
    Ok(crate::object::new_for(&cls, v))
}

fn str_new_value(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    match args.values.first() {
        None => return Err(type_error("str.__new__(): not enough arguments")),
        Some(Value::Type(t)) => {
            if !t.is_subtype(&types().str_type) {
                return Err(type_error(format!(
                    "str.__new__({}): {} is not a subtype of str",
                    t.name, t.name
                )));
            }
        }
        Some(other) => {
            return Err(type_error(format!(
                "str.__new__(X): X is not a type object ({})",
                other.type_name()
            )))
        }
    }
    let n = rest(&args).len();
    if n > 3 {
        return Err(type_error(format!(
            "str expected at most 3 arguments, got {n}"
        )));
    }
    let a = parse_kw(&args, "str", &["object", "encoding", "errors"], 0, 0)?;
    if a[1].is_none() && a[2].is_none() {
        return match a[0] {
            None => Ok(new_str("")),
            Some(v) => ops::str_value(interp, v),
        };
    }
    let encoding = match a[1] {
        None => "utf-8",
        Some(Value::Str(s)) => s.as_str(),
        Some(o) => {
            return Err(type_error(format!(
                "str() argument 'encoding' must be str, not {}",
                o.type_name()
            )))
        }
    };
    let errors = match a[2] {
        None => "strict",
        Some(Value::Str(s)) => s.as_str(),
        Some(o) => {
            return Err(type_error(format!(
                "str() argument 'errors' must be str, not {}",
                o.type_name()
            )))
        }
    };
    match a[0] {
        None => Ok(new_str("")),
        Some(Value::Str(_)) => Err(type_error("decoding str is not supported")),
        Some(o) => match crate::bytes_methods::bytes_like(o) {
            Some(b) => decode_bytes(&b, encoding, errors).map(Value::string),
            None => Err(type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                o.type_name()
            ))),
        },
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16/UTF-32 (unit width 2 or 4); `None` = native order with a BOM.
    Wide(usize, Option<bool>),
}

/// Normalize an encoding name like CPython's codec lookup does, for the
/// codecs rspy implements. Other real codecs raise NotImplementedError;
/// unknown names raise LookupError.
fn lookup_codec(encoding: &str) -> PyResult<Codec> {
    let norm: String = encoding
        .trim()
        .chars()
        .map(|c| {
            if c == '_' || c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" | "us" => Codec::Ascii,
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" => Codec::Latin1,
        "utf-16" | "utf16" | "u16" => Codec::Wide(2, None),
        "utf-16-le" | "utf-16le" => Codec::Wide(2, Some(false)),
        "utf-16-be" | "utf-16be" => Codec::Wide(2, Some(true)),
        "utf-32" | "utf32" | "u32" => Codec::Wide(4, None),
        "utf-32-le" | "utf-32le" => Codec::Wide(4, Some(false)),
        "utf-32-be" | "utf-32be" => Codec::Wide(4, Some(true)),
        n if n.starts_with("utf")
            || n.starts_with("cp")
            || n.starts_with("iso")
            || n.starts_with("windows-")
            || n.starts_with("mac-")
            || n.starts_with("koi8")
            || n.starts_with("latin")
            || n.starts_with("euc")
            || n.starts_with("gb")
            || n.starts_with("shift")
            || n.starts_with("big5")
            || matches!(
                n,
                "idna"
                    | "punycode"
                    | "unicode-escape"
                    | "raw-unicode-escape"
                    | "charmap"
                    | "mbcs"
                    | "palmos"
                    | "hz"
                    | "johab"
                    | "ptcp154"
                    | "tis-620"
            ) =>
        {
            return Err(ExcKind::NotImplementedError
                .new_err(format!("the '{encoding}' codec is not supported by rspy")))
        }
        _ => return Err(ExcKind::LookupError.new_err(format!("unknown encoding: {encoding}"))),
    })
}

fn codec_name(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
        Codec::Wide(2, _) => "utf-16",
        Codec::Wide(..) => "utf-32",
    }
}

fn unknown_handler(errors: &str) -> PyErr {
    ExcKind::LookupError.new_err(format!("unknown error handler name '{errors}'"))
}

/// `bytes.decode(encoding, errors)` for the supported codecs.
// CPython: Objects/unicodeobject.c PyUnicode_Decode
pub fn decode_bytes(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup_codec(encoding)?;
    match codec {
        Codec::Wide(..) => Err(ExcKind::NotImplementedError.new_err(format!(
            "decoding with '{encoding}' is not supported by rspy"
        ))),
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            if data.is_ascii() {
                // SAFETY-free: ASCII is valid UTF-8.
                return Ok(String::from_utf8_lossy(data).into_owned());
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                match errors {
                    "strict" => {
                        return Err(ExcKind::UnicodeDecodeError.new_err(format!(
                            "'ascii' codec can't decode byte 0x{b:02x} in position {i}: ordinal not in range(128)"
                        )))
                    }
                    "ignore" => {}
                    "replace" => out.push('\u{FFFD}'),
                    "backslashreplace" => out.push_str(&format!("\\x{b:02x}")),
                    _ => return Err(unknown_handler(errors)),
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            if let Ok(s) = std::str::from_utf8(data) {
                return Ok(s.to_string());
            }
            let mut out = String::with_capacity(data.len());
            let mut pos = 0usize;
            for chunk in data.utf8_chunks() {
                out.push_str(chunk.valid());
                pos += chunk.valid().len();
                let bad = chunk.invalid();
                if bad.is_empty() {
                    continue;
                }
                match errors {
                    "strict" => {
                        let end_of_data = pos + bad.len() == data.len() && utf8_truncated(bad);
                        let reason = if end_of_data {
                            "unexpected end of data"
                        } else if matches!(bad[0], 0x80..=0xC1 | 0xF5..=0xFF) {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        let what = if bad.len() == 1 {
                            format!("byte 0x{:02x} in position {pos}", bad[0])
                        } else {
                            format!("bytes in position {}-{}", pos, pos + bad.len() - 1)
                        };
                        return Err(ExcKind::UnicodeDecodeError
                            .new_err(format!("'utf-8' codec can't decode {what}: {reason}")));
                    }
                    "ignore" => {}
                    "replace" => out.push('\u{FFFD}'),
                    "backslashreplace" => {
                        for b in bad {
                            out.push_str(&format!("\\x{b:02x}"));
                        }
                    }
                    _ => return Err(unknown_handler(errors)),
                }
                pos += bad.len();
            }
            Ok(out)
        }
    }
}

/// Whether `bad` (an invalid UTF-8 run at the end of the data) is a valid
/// but incomplete sequence prefix.
fn utf8_truncated(bad: &[u8]) -> bool {
    let need = match bad[0] {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return false,
    };
    bad.len() < need && bad[1..].iter().all(|&b| (0x80..=0xBF).contains(&b))
}

/// `'\xe9'`-style escape of a code point, as codec error messages show it.
fn char_escape(c: char) -> String {
    let cp = c as u32;
    if cp < 0x100 {
        format!("\\x{cp:02x}")
    } else if cp < 0x10000 {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

/// `str.encode(encoding, errors)` for the supported codecs.
// CPython: Objects/unicodeobject.c PyUnicode_AsEncodedString
pub fn encode_str(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(encoding)?;
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Wide(width, order) => return Ok(encode_wide(s, width, order)),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && chars[j] as u32 >= limit {
            j += 1;
        }
        match errors {
            "strict" => {
                let what = if j - i == 1 {
                    format!("character '{}' in position {i}", char_escape(c))
                } else {
                    format!("characters in position {}-{}", i, j - 1)
                };
                return Err(ExcKind::UnicodeEncodeError.new_err(format!(
                    "'{}' codec can't encode {what}: ordinal not in range({limit})",
                    codec_name(codec)
                )));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(char_escape(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = j;
    }
    Ok(out)
}

/// UTF-16 / UTF-32 in the given byte order (`None`: little-endian with a BOM).
// CPython: Objects/unicodeobject.c _PyUnicode_EncodeUTF16 / _PyUnicode_EncodeUTF32
fn encode_wide(s: &str, width: usize, big_endian: Option<bool>) -> Vec<u8> {
    let be = big_endian.unwrap_or(false);
    let mut out = Vec::with_capacity((s.len() + 1) * width);
    let mut unit = |u: u32| {
        if width == 2 {
            let b = if be {
                (u as u16).to_be_bytes()
            } else {
                (u as u16).to_le_bytes()
            };
            out.extend_from_slice(&b);
        } else {
            let b = if be { u.to_be_bytes() } else { u.to_le_bytes() };
            out.extend_from_slice(&b);
        }
    };
    if big_endian.is_none() {
        unit(0xFEFF);
    }
    for c in s.chars() {
        if width == 2 {
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                unit(*u as u32);
            }
        } else {
            unit(c as u32);
        }
    }
    out
}

// CPython: Objects/unicodeobject.c unicode_encode_impl
fn str_encode(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "encode")?;
    let a = parse_kw(&args, "encode", &["encoding", "errors"], 0, 0)?;
    let encoding = match a[0] {
        None => "utf-8",
        Some(v) => str_arg(v, "encode() argument 'encoding'")?.as_str(),
    };
    let errors = match a[1] {
        None => "strict",
        Some(v) => str_arg(v, "encode() argument 'errors'")?.as_str(),
    };
    let data = encode_str(s.as_str(), encoding, errors)?;
    Ok(Value::Bytes(Rc::new(PyBytes { data })))
}

// ----------------------------------------------------------- whitespace

/// Byte length of the Python whitespace character starting at `b[i]`, or 0.
/// Works on UTF-8 directly: every non-ASCII whitespace lead byte is C2, E1,
/// E2 or E3, none of which is a continuation byte.
#[inline]
fn ws_len(b: &[u8], i: usize) -> usize {
    let c = b[i];
    if c < 0x80 {
        return matches!(c, 0x09..=0x0D | 0x1C..=0x20) as usize;
    }
    let b1 = b.get(i + 1).copied().unwrap_or(0);
    let b2 = b.get(i + 2).copied().unwrap_or(0);
    match c {
        0xC2 if matches!(b1, 0x85 | 0xA0) => 2,
        0xE1 if b1 == 0x9A && b2 == 0x80 => 3,
        0xE2 if b1 == 0x80 && matches!(b2, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF) => 3,
        0xE2 if b1 == 0x81 && b2 == 0x9F => 3,
        0xE3 if b1 == 0x80 && b2 == 0x80 => 3,
        _ => 0,
    }
}

/// Start of the UTF-8 character that ends at byte `j` (exclusive).
#[inline]
fn prev_start(b: &[u8], j: usize) -> usize {
    let mut k = j - 1;
    while k > 0 && (b[k] & 0xC0) == 0x80 {
        k -= 1;
    }
    k
}

/// `s.split()` / `s.split(None, maxsplit)`: runs of whitespace separate,
/// leading and trailing whitespace yields no empty strings.
// CPython: Objects/stringlib/split.h split_whitespace
pub fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let b = s.as_bytes();
    let n = b.len();
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < n {
            let w = ws_len(b, i);
            if w == 0 {
                break;
            }
            i += w;
        }
        if i >= n {
            break;
        }
        if out.len() == max {
            out.push(&s[i..]);
            break;
        }
        let j = i;
        while i < n && ws_len(b, i) == 0 {
            i += 1;
        }
        out.push(&s[j..i]);
    }
    out
}

/// `s.rsplit(None, maxsplit)`.
// CPython: Objects/stringlib/split.h rsplit_whitespace
pub fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let b = s.as_bytes();
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    let mut j = b.len();
    loop {
        while j > 0 {
            let st = prev_start(b, j);
            if ws_len(b, st) == 0 {
                break;
            }
            j = st;
        }
        if j == 0 {
            break;
        }
        if out.len() == max {
            out.push(&s[..j]);
            break;
        }
        let end = j;
        while j > 0 {
            let st = prev_start(b, j);
            if ws_len(b, st) != 0 {
                break;
            }
            j = st;
        }
        out.push(&s[j..end]);
    }
    out.reverse();
    out
}

/// Strip Python whitespace from either end.
// CPython: Objects/unicodeobject.c do_strip
pub fn strip_whitespace(s: &str, left: bool, right: bool) -> &str {
    let b = s.as_bytes();
    let mut i = 0;
    let mut j = b.len();
    if left {
        while i < j {
            let w = ws_len(b, i);
            if w == 0 {
                break;
            }
            i += w;
        }
    }
    if right {
        while j > i {
            let st = prev_start(b, j);
            if ws_len(b, st) == 0 {
                break;
            }
            j = st;
        }
    }
    &s[i..j]
}

fn strip_chars<'a>(s: &'a str, chars: &str, left: bool, right: bool) -> &'a str {
    let mut r = s;
    if chars.len() == 1 {
        let c = chars.as_bytes()[0] as char;
        if left {
            r = r.trim_start_matches(c);
        }
        if right {
            r = r.trim_end_matches(c);
        }
        return r;
    }
    let pred = |c: char| chars.contains(c);
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    r
}

/// `s.split(sep, maxsplit)` with a non-empty separator.
pub fn split_sep<'a>(s: &'a str, sep: &str, maxsplit: i64) -> Vec<&'a str> {
    let single = (sep.len() == 1).then(|| sep.as_bytes()[0] as char);
    match (maxsplit < 0, single) {
        (true, Some(c)) => s.split(c).collect(),
        (true, None) => s.split(sep).collect(),
        (false, Some(c)) => s.splitn((maxsplit as usize).saturating_add(1), c).collect(),
        (false, None) => s
            .splitn((maxsplit as usize).saturating_add(1), sep)
            .collect(),
    }
}

/// `s.rsplit(sep, maxsplit)` with a non-empty separator.
pub fn rsplit_sep<'a>(s: &'a str, sep: &str, maxsplit: i64) -> Vec<&'a str> {
    let mut v: Vec<&str> = if maxsplit < 0 {
        s.rsplit(sep).collect()
    } else {
        s.rsplitn((maxsplit as usize).saturating_add(1), sep)
            .collect()
    };
    v.reverse();
    v
}

/// Length of the line break starting at byte `i`, or 0.
#[inline]
fn linebreak_len(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'\n' | 0x0B | 0x0C | 0x1C..=0x1E => 1,
        b'\r' => {
            if b.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            }
        }
        0xC2 if b.get(i + 1) == Some(&0x85) => 2,
        0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => 3,
        _ => 0,
    }
}

/// `s.splitlines(keepends)`.
// CPython: Objects/stringlib/split.h splitlines
pub fn split_lines(s: &str, keepends: bool) -> Vec<&str> {
    let b = s.as_bytes();
    let n = b.len();
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < n {
        let l = linebreak_len(b, i);
        if l == 0 {
            i += 1;
            continue;
        }
        let end = i;
        i += l;
        out.push(if keepends {
            &s[start..i]
        } else {
            &s[start..end]
        });
        start = i;
    }
    if start < n {
        out.push(&s[start..]);
    }
    out
}

/// `s.expandtabs(tabsize)`: columns count code points and restart after
/// `\n` and `\r`; a tabsize <= 0 deletes tabs.
// CPython: Objects/unicodeobject.c unicode_expandtabs_impl
pub fn expand_tabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut col: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    out
}

// -------------------------------------------------------------- casing

/// Titlecase letters (general category Lt).
fn is_titlecase(c: char) -> bool {
    matches!(c as u32,
        0x01C5 | 0x01C8 | 0x01CB | 0x01F2
        | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF
        | 0x1FBC | 0x1FCC | 0x1FFC)
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Approximation of Unicode Case_Ignorable, for the final-sigma rule.
fn is_case_ignorable(c: char) -> bool {
    matches!(c as u32,
        0x27 | 0x2E | 0x3A | 0x5E | 0x60 | 0xA8 | 0xAD | 0xAF | 0xB4 | 0xB7 | 0xB8
        | 0x2B0..=0x36F | 0x374 | 0x375 | 0x37A | 0x384 | 0x385 | 0x387
        | 0x483..=0x489 | 0x2018 | 0x2019 | 0x2024 | 0x2027 | 0x200B..=0x200F
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
}

/// Whether the capital sigma at `chars[i]` ends a word (lowercases to ς).
// CPython: Objects/unicodeobject.c handle_capital_sigma
fn final_sigma(chars: &[char], i: usize) -> bool {
    let mut j = i;
    let mut before = None;
    while j > 0 {
        j -= 1;
        if !is_case_ignorable(chars[j]) {
            before = Some(chars[j]);
            break;
        }
    }
    if !before.is_some_and(is_cased) {
        return false;
    }
    for &c in &chars[i + 1..] {
        if !is_case_ignorable(c) {
            return !is_cased(c);
        }
    }
    true
}

/// Full lowercase of `chars[i]` with the final-sigma rule, appended to `out`.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3A3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3C2}'
        } else {
            '\u{3C3}'
        });
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Full titlecase mapping of one character.
// CPython: Objects/unicodectype.c _PyUnicode_ToTitleFull
fn push_title(out: &mut String, c: char) {
    let cp = c as u32;
    let single = match cp {
        0x01C4..=0x01C6 => Some(0x01C5),
        0x01C7..=0x01C9 => Some(0x01C8),
        0x01CA..=0x01CC => Some(0x01CB),
        0x01F1..=0x01F3 => Some(0x01F2),
        0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => Some(cp + 8),
        0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF => Some(cp),
        0x1FB3 => Some(0x1FBC),
        0x1FC3 => Some(0x1FCC),
        0x1FF3 => Some(0x1FFC),
        0x1FBC | 0x1FCC | 0x1FFC => Some(cp),
        _ => None,
    };
    if let Some(t) = single.and_then(char::from_u32) {
        out.push(t);
        return;
    }
    let mut up = c.to_uppercase();
    let Some(first) = up.next() else {
        return;
    };
    out.push(first);
    if first.is_uppercase() {
        // Ligatures and ß: "SS" -> "Ss", "FFI" -> "Ffi".
        for r in up {
            out.extend(r.to_lowercase());
        }
    } else {
        out.extend(up);
    }
}

/// `s.title()`: words (runs of cased letters) start with titlecase, the
/// rest lowercase.
// CPython: Objects/unicodeobject.c do_title
pub fn title_case(s: &str) -> String {
    if s.is_ascii() {
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for &b in s.as_bytes() {
            let c = b as char;
            if prev_cased {
                out.push(c.to_ascii_lowercase());
            } else {
                out.push(c.to_ascii_uppercase());
            }
            prev_cased = c.is_ascii_alphabetic();
        }
        return out;
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()`: first character titlecased, the rest lowercased.
// CPython: Objects/unicodeobject.c do_capitalize
pub fn capitalize(s: &str) -> String {
    if s.is_ascii() {
        let mut out = s.to_ascii_lowercase();
        if let Some(f) = out.get_mut(0..1) {
            f.make_ascii_uppercase();
        }
        return out;
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

/// `s.swapcase()`.
// CPython: Objects/unicodeobject.c do_swapcase
pub fn swap_case(s: &str) -> String {
    if s.is_ascii() {
        return s
            .bytes()
            .map(|b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase() as char
                } else {
                    b.to_ascii_uppercase() as char
                }
            })
            .collect();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.casefold()`: full case folding (lowercase plus the special foldings).
// CPython: Objects/unicodeobject.c do_casefold
pub fn case_fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let special: Option<&str> = match c {
            'ß' | '\u{1E9E}' => Some("ss"),
            'ſ' => Some("s"),
            'ς' => Some("σ"),
            'µ' => Some("μ"),
            'ϐ' => Some("β"),
            'ϑ' => Some("θ"),
            'ϕ' => Some("φ"),
            'ϖ' => Some("π"),
            'ϰ' => Some("κ"),
            'ϱ' => Some("ρ"),
            'ϵ' => Some("ε"),
            'ẛ' => Some("ṡ"),
            'ŉ' => Some("ʼn"),
            'ǰ' => Some("ǰ"),
            'ﬀ' => Some("ff"),
            'ﬁ' => Some("fi"),
            'ﬂ' => Some("fl"),
            'ﬃ' => Some("ffi"),
            'ﬄ' => Some("ffl"),
            'ﬅ' | 'ﬆ' => Some("st"),
            _ => None,
        };
        match special {
            Some(s) => out.push_str(s),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

// ------------------------------------------------- character predicates

/// Unicode digits (Numeric_Type=Digit or Decimal): decimals plus
/// superscripts, circled digits and the like.
fn is_digit_char(c: char) -> bool {
    py_decimal_value(c).is_some()
        || matches!(c as u32,
            0xB2 | 0xB3 | 0xB9 | 0x1369..=0x1371 | 0x19DA | 0x2070 | 0x2074..=0x2079
            | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490
            | 0x24EA | 0x24F5..=0x24FD | 0x24FF | 0x2776..=0x277E | 0x2780..=0x2788
            | 0x278A..=0x2792 | 0x10A40..=0x10A43 | 0x1F100..=0x1F10A)
}

/// Numeric characters: Rust's Nd/Nl/No plus CJK ideographs with numeric values.
fn is_numeric_char(c: char) -> bool {
    c.is_numeric()
        || matches!(c as u32,
            0x3007 | 0x4E00 | 0x4E03 | 0x4E07 | 0x4E09 | 0x4E5D | 0x4E8C | 0x4E94 | 0x4E96
            | 0x4EBF | 0x4EC0 | 0x4EDF | 0x4EE8 | 0x4F0D | 0x4F70 | 0x5104 | 0x5146 | 0x5169
            | 0x516B | 0x516D | 0x5341 | 0x5343 | 0x5344 | 0x5345 | 0x534C | 0x53C1..=0x53C4
            | 0x56DB | 0x58F1 | 0x58F9 | 0x5E7A | 0x5EFE | 0x5EFF | 0x5F0C..=0x5F0E | 0x5F10
            | 0x62FE | 0x634C | 0x67D2 | 0x6F06 | 0x7396 | 0x767E | 0x8086 | 0x842C | 0x8CAE
            | 0x8CB3 | 0x8D30 | 0x9621 | 0x9646 | 0x964C | 0x9678 | 0x96F6 | 0xF96B | 0xF973
            | 0xF978 | 0xF9B2 | 0xF9D1 | 0xF9D3 | 0xF9FD | 0x20001 | 0x20064 | 0x200E2
            | 0x20121 | 0x2092A | 0x20983 | 0x2098C | 0x2099C | 0x20AEA | 0x20AFD | 0x20B19
            | 0x22390 | 0x22998 | 0x23B1B | 0x2626D | 0x2F890)
}

/// Combining marks (approximation of categories Mn/Mc/Me).
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x300..=0x36F | 0x483..=0x489 | 0x591..=0x5BD | 0x5BF | 0x5C1 | 0x5C2 | 0x5C4 | 0x5C5
        | 0x5C7 | 0x610..=0x61A | 0x64B..=0x65F | 0x670 | 0x6D6..=0x6DC | 0x6DF..=0x6E4
        | 0x6E7 | 0x6E8 | 0x6EA..=0x6ED | 0x900..=0x903 | 0x93A..=0x93C | 0x93E..=0x94F
        | 0x951..=0x957 | 0x962 | 0x963 | 0x981..=0x983 | 0x9BC | 0x9BE..=0x9CD | 0xE31
        | 0xE34..=0xE3A | 0xE47..=0xE4E | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
        | 0x302A..=0x302F | 0x3099 | 0x309A | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
}

/// Letters (categories L*): Alphabetic minus letter numbers and marks.
fn is_alpha_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic() && !c.is_numeric() && !is_mark(c)
}

fn is_alnum_char(c: char) -> bool {
    is_alpha_char(c) || is_numeric_char(c)
}

fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    c.is_alphabetic() && !is_mark(c)
}

fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    c.is_alphabetic()
        || py_decimal_value(c).is_some()
        || is_mark(c)
        || matches!(c as u32, 0xB7 | 0x387 | 0x1369..=0x1371 | 0x19DA | 0x203F | 0x2040 | 0x2054
            | 0xFE33 | 0xFE34 | 0xFE4D..=0xFE4F | 0xFF3F)
}

/// `s.isidentifier()`.
// CPython: Objects/unicodeobject.c _PyUnicode_ScanIdentifier
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_xid_start(c) => it.all(is_xid_continue),
        _ => false,
    }
}

// ---------------------------------------------------------------- methods

// CPython: Objects/unicodeobject.c unicode_split_impl
fn str_split(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    split_common(interp, args, "split", false)
}

// CPython: Objects/unicodeobject.c unicode_rsplit_impl
fn str_rsplit(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    split_common(interp, args, "rsplit", true)
}

fn split_common(
    interp: &mut dyn Interp,
    args: Args<'_>,
    name: &str,
    right: bool,
) -> PyResult<Value> {
    let s = this(&args, name)?;
    let a = parse_kw(&args, name, &["sep", "maxsplit"], 0, 0)?;
    let sep = match a[0] {
        None | Some(Value::None) => None,
        Some(Value::Str(sep)) => Some(sep),
        Some(other) => {
            return Err(type_error(format!(
                "must be str or None, not {}",
                other.type_name()
            )))
        }
    };
    let maxsplit = match a[1] {
        Some(v) => to_ssize(interp, v)?,
        None => -1,
    };
    let text = s.as_str();
    let parts = match sep {
        None if right => rsplit_whitespace(text, maxsplit),
        None => split_whitespace(text, maxsplit),
        Some(sep) => {
            if sep.as_str().is_empty() {
                return Err(value_error("empty separator"));
            }
            if right {
                rsplit_sep(text, sep.as_str(), maxsplit)
            } else {
                split_sep(text, sep.as_str(), maxsplit)
            }
        }
    };
    Ok(Value::list(
        parts.into_iter().map(|p| same_or_new(s, p)).collect(),
    ))
}

// CPython: Objects/unicodeobject.c unicode_splitlines_impl
fn str_splitlines(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "splitlines")?;
    let a = parse_kw(&args, "splitlines", &["keepends"], 0, 0)?;
    let keepends = match a[0] {
        Some(v) => ops::truthy(interp, v)?,
        None => false,
    };
    let parts = split_lines(s.as_str(), keepends);
    Ok(Value::list(
        parts.into_iter().map(|p| same_or_new(s, p)).collect(),
    ))
}

/// Concatenate str items with `sep`; `sequence item i: expected str instance`.
fn join_values(sep: &str, items: &[Value]) -> PyResult<Value> {
    if items.len() == 1 {
        if let Value::Str(_) = &items[0] {
            return Ok(items[0].clone());
        }
    }
    // Instances of str subclasses join as their str value.
    if items
        .iter()
        .any(|v| matches!(v, Value::Instance(i) if matches!(i.payload, Some(Value::Str(_)))))
    {
        let plain: Vec<Value> = items
            .iter()
            .map(|v| match v {
                Value::Instance(i) => match &i.payload {
                    Some(p @ Value::Str(_)) => p.clone(),
                    _ => v.clone(),
                },
                _ => v.clone(),
            })
            .collect();
        return join_values(sep, &plain);
    }
    let mut total = sep.len() * items.len().saturating_sub(1);
    for (i, v) in items.iter().enumerate() {
        match v {
            Value::Str(x) => total += x.as_str().len(),
            other => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    other.type_name()
                )))
            }
        }
    }
    let mut out = String::with_capacity(total);
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        if let Value::Str(x) = v {
            out.push_str(x.as_str());
        }
    }
    Ok(Value::string(out))
}

// CPython: Objects/unicodeobject.c PyUnicode_Join
fn str_join(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "join")?;
    let arg = onearg(&args, "join")?;
    let sep = s.as_str();
    match arg {
        // Building the result runs no Python code, so the borrow is safe.
        Value::List(l) => join_values(sep, &l.items.borrow()),
        Value::Tuple(t) => join_values(sep, &t.items),
        _ => {
            let it = match ops::get_iter(interp, arg) {
                Ok(it) => it,
                Err(e) if e.matches(ExcKind::TypeError) => {
                    return Err(type_error("can only join an iterable"))
                }
                Err(e) => return Err(e),
            };
            let mut items = Vec::new();
            while let Some(x) = ops::next(interp, &it)? {
                items.push(x);
            }
            join_values(sep, &items)
        }
    }
}

fn strip_common(args: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(&args, name)?;
    let pos = posargs(&args, name, 0, 1)?;
    let text = s.as_str();
    let r = match pos.first() {
        None | Some(Value::None) => strip_whitespace(text, left, right),
        Some(Value::Str(chars)) => strip_chars(text, chars.as_str(), left, right),
        Some(_) => return Err(type_error(format!("{name} arg must be None or str"))),
    };
    Ok(same_or_new(s, r))
}

// CPython: Objects/unicodeobject.c unicode_strip_impl
fn str_strip(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    strip_common(args, "strip", true, true)
}

// CPython: Objects/unicodeobject.c unicode_lstrip_impl
fn str_lstrip(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    strip_common(args, "lstrip", true, false)
}

// CPython: Objects/unicodeobject.c unicode_rstrip_impl
fn str_rstrip(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    strip_common(args, "rstrip", false, true)
}

// CPython: Objects/unicodeobject.c unicode_replace_impl
fn str_replace(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "replace")?;
    let a = parse_kw(&args, "replace", &["old", "new", "count"], 2, 2)?;
    let (Some(old), Some(new)) = (a[0], a[1]) else {
        return Err(type_error(
            "replace() takes at least 2 positional arguments",
        ));
    };
    let old = str_arg(old, "replace() argument 1")?.as_str();
    let new = str_arg(new, "replace() argument 2")?.as_str();
    let count = match a[2] {
        Some(v) => to_ssize(interp, v)?,
        None => -1,
    };
    let text = s.as_str();
    if count == 0 || (!old.is_empty() && !text.contains(old)) || (old == new && !old.is_empty()) {
        return Ok(Value::Str(s.clone()));
    }
    let out = if count < 0 {
        text.replace(old, new)
    } else {
        text.replacen(old, new, count as usize)
    };
    Ok(Value::string(out))
}

/// Common part of find/rfind/index/rindex: the code-point index of the match.
// CPython: Objects/unicodeobject.c any_find_slice
fn find_common(
    interp: &mut dyn Interp,
    args: Args<'_>,
    name: &str,
    reverse: bool,
) -> PyResult<Option<i64>> {
    let s = this(&args, name)?;
    let pos = posargs(&args, name, 1, 3)?;
    let sub = str_arg(&pos[0], &format!("{name}() argument 1"))?;
    let start = slice_bound(interp, pos.get(1), 0)?;
    let end = slice_bound(interp, pos.get(2), i64::MAX)?;
    Ok(find_in(s, sub, start, end, reverse))
}

fn find_in(s: &PyStr, sub: &PyStr, start: i64, end: i64, reverse: bool) -> Option<i64> {
    let text = s.as_str();
    let ascii = s.is_ascii();
    let len = s.char_len() as i64;
    let (start, end) = adjust_indices(start, end, len);
    let sublen = sub.char_len() as i64;
    if end - start < sublen {
        return None;
    }
    let (bs, be) = byte_range(text, ascii, start as usize, end as usize);
    let hay = &text[bs..be];
    let needle = sub.as_str();
    let found = if needle.len() == 1 {
        let c = needle.as_bytes()[0] as char;
        if reverse {
            hay.rfind(c)
        } else {
            hay.find(c)
        }
    } else if reverse {
        hay.rfind(needle)
    } else {
        hay.find(needle)
    };
    found.map(|b| start + char_count(&hay[..b], ascii) as i64)
}

// CPython: Objects/unicodeobject.c unicode_find_impl
fn str_find(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        find_common(interp, args, "find", false)?.unwrap_or(-1),
    ))
}

// CPython: Objects/unicodeobject.c unicode_rfind_impl
fn str_rfind(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        find_common(interp, args, "rfind", true)?.unwrap_or(-1),
    ))
}

// CPython: Objects/unicodeobject.c unicode_index_impl
fn str_index(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    match find_common(interp, args, "index", false)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(value_error("substring not found")),
    }
}

// CPython: Objects/unicodeobject.c unicode_rindex_impl
fn str_rindex(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    match find_common(interp, args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(value_error("substring not found")),
    }
}

// CPython: Objects/unicodeobject.c unicode_count_impl
fn str_count(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "count")?;
    let pos = posargs(&args, "count", 1, 3)?;
    let sub = str_arg(&pos[0], "count() argument 1")?;
    let start = slice_bound(interp, pos.get(1), 0)?;
    let end = slice_bound(interp, pos.get(2), i64::MAX)?;
    let text = s.as_str();
    let len = s.char_len() as i64;
    let (start, end) = adjust_indices(start, end, len);
    let sublen = sub.char_len() as i64;
    if end - start < sublen {
        return Ok(Value::Int(0));
    }
    if sublen == 0 {
        return Ok(Value::Int(end - start + 1));
    }
    let (bs, be) = byte_range(text, s.is_ascii(), start as usize, end as usize);
    let hay = &text[bs..be];
    let needle = sub.as_str();
    let n = if needle.len() == 1 {
        let c = needle.as_bytes()[0];
        hay.bytes().filter(|&b| b == c).count()
    } else {
        hay.matches(needle).count()
    };
    Ok(Value::Int(n as i64))
}

/// Whether `s[start:end]` starts (or ends) with `sub`.
// CPython: Objects/unicodeobject.c tailmatch
fn tailmatch(s: &PyStr, sub: &PyStr, start: i64, end: i64, at_end: bool) -> bool {
    let len = s.char_len() as i64;
    let (start, end) = adjust_indices(start, end, len);
    let sublen = sub.char_len() as i64;
    let end = end - sublen;
    if end < start {
        return false;
    }
    if sublen == 0 {
        return true;
    }
    let text = s.as_str();
    let (from, to) = if at_end {
        (end, end + sublen)
    } else {
        (start, start + sublen)
    };
    let (bs, be) = byte_range(text, s.is_ascii(), from as usize, to as usize);
    &text[bs..be] == sub.as_str()
}

fn starts_ends(
    interp: &mut dyn Interp,
    args: Args<'_>,
    name: &str,
    at_end: bool,
) -> PyResult<Value> {
    let s = this(&args, name)?;
    let pos = posargs(&args, name, 1, 3)?;
    let start = slice_bound(interp, pos.get(1), 0)?;
    let end = slice_bound(interp, pos.get(2), i64::MAX)?;
    match &pos[0] {
        Value::Str(sub) => Ok(Value::Bool(tailmatch(s, sub, start, end, at_end))),
        Value::Tuple(t) => {
            for item in &t.items {
                let Value::Str(sub) = item else {
                    return Err(type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        item.type_name()
                    )));
                };
                if tailmatch(s, sub, start, end, at_end) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            other.type_name()
        ))),
    }
}

// CPython: Objects/unicodeobject.c unicode_startswith_impl
fn str_startswith(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    starts_ends(interp, args, "startswith", false)
}

// CPython: Objects/unicodeobject.c unicode_endswith_impl
fn str_endswith(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    starts_ends(interp, args, "endswith", true)
}

fn case_method(args: Args<'_>, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let s = this(&args, name)?;
    noargs(&args, name)?;
    Ok(Value::string(f(s.as_str())))
}

// CPython: Objects/unicodeobject.c unicode_upper_impl
fn str_upper(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    case_method(args, "upper", |s| {
        if s.is_ascii() {
            s.to_ascii_uppercase()
        } else {
            s.to_uppercase()
        }
    })
}

// CPython: Objects/unicodeobject.c unicode_lower_impl
fn str_lower(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    case_method(args, "lower", |s| {
        if s.is_ascii() {
            s.to_ascii_lowercase()
        } else {
            s.to_lowercase()
        }
    })
}

// CPython: Objects/unicodeobject.c unicode_casefold_impl
fn str_casefold(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    case_method(args, "casefold", case_fold)
}

// CPython: Objects/unicodeobject.c unicode_title_impl
fn str_title(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    case_method(args, "title", title_case)
}

// CPython: Objects/unicodeobject.c unicode_capitalize_impl
fn str_capitalize(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    case_method(args, "capitalize", capitalize)
}

// CPython: Objects/unicodeobject.c unicode_swapcase_impl
fn str_swapcase(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    case_method(args, "swapcase", swap_case)
}

/// An `is...()` predicate: true when non-empty and every char satisfies it.
fn all_chars(
    args: Args<'_>,
    name: &str,
    ascii: fn(u8) -> bool,
    f: fn(char) -> bool,
) -> PyResult<Value> {
    let s = this(&args, name)?;
    noargs(&args, name)?;
    let text = s.as_str();
    if text.is_empty() {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(if s.is_ascii() {
        text.bytes().all(ascii)
    } else {
        text.chars().all(f)
    }))
}

// CPython: Objects/unicodeobject.c unicode_isdigit_impl
fn str_isdigit(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    all_chars(args, "isdigit", |b| b.is_ascii_digit(), is_digit_char)
}

// CPython: Objects/unicodeobject.c unicode_isdecimal_impl
fn str_isdecimal(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    all_chars(
        args,
        "isdecimal",
        |b| b.is_ascii_digit(),
        |c| py_decimal_value(c).is_some(),
    )
}

// CPython: Objects/unicodeobject.c unicode_isnumeric_impl
fn str_isnumeric(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    all_chars(args, "isnumeric", |b| b.is_ascii_digit(), is_numeric_char)
}

// CPython: Objects/unicodeobject.c unicode_isalpha_impl
fn str_isalpha(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    all_chars(args, "isalpha", |b| b.is_ascii_alphabetic(), is_alpha_char)
}

// CPython: Objects/unicodeobject.c unicode_isalnum_impl
fn str_isalnum(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    all_chars(
        args,
        "isalnum",
        |b| b.is_ascii_alphanumeric(),
        is_alnum_char,
    )
}

// CPython: Objects/unicodeobject.c unicode_isspace_impl
fn str_isspace(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    all_chars(
        args,
        "isspace",
        |b| matches!(b, 0x09..=0x0D | 0x1C..=0x20),
        py_isspace,
    )
}

// CPython: Objects/unicodeobject.c unicode_isupper_impl
fn str_isupper(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "isupper")?;
    noargs(&args, "isupper")?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        if c.is_uppercase() {
            cased = true;
        }
    }
    Ok(Value::Bool(cased))
}

// CPython: Objects/unicodeobject.c unicode_islower_impl
fn str_islower(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "islower")?;
    noargs(&args, "islower")?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        if c.is_lowercase() {
            cased = true;
        }
    }
    Ok(Value::Bool(cased))
}

/// `s.istitle()`.
// CPython: Objects/unicodeobject.c unicode_istitle_impl
pub fn is_title(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
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
}

fn str_istitle(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "istitle")?;
    noargs(&args, "istitle")?;
    Ok(Value::Bool(is_title(s.as_str())))
}

// CPython: Objects/unicodeobject.c unicode_isidentifier_impl
fn str_isidentifier(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "isidentifier")?;
    noargs(&args, "isidentifier")?;
    Ok(Value::Bool(is_identifier(s.as_str())))
}

// CPython: Objects/unicodeobject.c unicode_isascii_impl
fn str_isascii(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "isascii")?;
    noargs(&args, "isascii")?;
    Ok(Value::Bool(s.is_ascii()))
}

// CPython: Objects/unicodeobject.c unicode_isprintable_impl
fn str_isprintable(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "isprintable")?;
    noargs(&args, "isprintable")?;
    let text = s.as_str();
    Ok(Value::Bool(if s.is_ascii() {
        text.bytes().all(|b| (0x20..0x7F).contains(&b))
    } else {
        text.chars().all(py_isprintable)
    }))
}

#[derive(Clone, Copy)]
enum Justify {
    Left,
    Right,
    Center,
}

/// `s` padded with `fill` to `width` code points (CPython's `pad`).
pub fn pad_str(
    s: &str,
    len: usize,
    width: usize,
    fill: char,
    how: u8,
) -> Result<String, std::collections::TryReserveError> {
    let marg = width.saturating_sub(len);
    let (l, r) = match how {
        b'<' => (0, marg),
        b'>' => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    let mut out = String::new();
    out.try_reserve(s.len() + marg * fill.len_utf8())?;
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(out)
}

// CPython: Objects/unicodeobject.c unicode_center_impl / ljust / rjust
fn justify(interp: &mut dyn Interp, args: Args<'_>, name: &str, how: Justify) -> PyResult<Value> {
    let s = this(&args, name)?;
    let pos = posargs(&args, name, 1, 2)?;
    let width = to_ssize(interp, &pos[0])?;
    let fill = match pos.get(1) {
        None => ' ',
        Some(Value::Str(f)) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => {
            return Err(type_error(
                "The fill character must be exactly one character long",
            ))
        }
        Some(o) => {
            return Err(type_error(format!(
                "The fill character must be a unicode character, not {}",
                o.type_name()
            )))
        }
    };
    let len = s.char_len();
    if width <= len as i64 {
        return Ok(Value::Str(s.clone()));
    }
    let width = width as usize;
    let how = match how {
        Justify::Left => b'<',
        Justify::Right => b'>',
        Justify::Center => b'^',
    };
    let out =
        pad_str(s.as_str(), len, width, fill, how).map_err(|_| ExcKind::MemoryError.new_err(""))?;
    Ok(Value::string(out))
}

fn str_center(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    justify(interp, args, "center", Justify::Center)
}

fn str_ljust(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    justify(interp, args, "ljust", Justify::Left)
}

fn str_rjust(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    justify(interp, args, "rjust", Justify::Right)
}

/// `s.zfill(width)` for `width` > the length (in code points) `len`.
pub fn zfill(
    s: &str,
    len: usize,
    width: usize,
) -> Result<String, std::collections::TryReserveError> {
    let fill = width.saturating_sub(len);
    let mut out = String::new();
    out.try_reserve(s.len() + fill)?;
    let (sign, body) = match s.as_bytes().first() {
        Some(b'+') | Some(b'-') => s.split_at(1),
        _ => ("", s),
    };
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(body);
    Ok(out)
}

// CPython: Objects/unicodeobject.c unicode_zfill_impl
fn str_zfill(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "zfill")?;
    let w = onearg(&args, "zfill")?;
    let width = to_ssize(interp, w)?;
    let len = s.char_len();
    if width <= len as i64 {
        return Ok(Value::Str(s.clone()));
    }
    let out =
        zfill(s.as_str(), len, width as usize).map_err(|_| ExcKind::MemoryError.new_err(""))?;
    Ok(Value::string(out))
}

fn partition_common(args: Args<'_>, name: &str, right: bool) -> PyResult<Value> {
    let s = this(&args, name)?;
    let sepv = onearg(&args, name)?;
    let sep = str_arg(sepv, "")
        .map_err(|_| type_error(format!("must be str, not {}", sepv.type_name())))?;
    if sep.as_str().is_empty() {
        return Err(value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if right {
        text.rfind(sep.as_str())
    } else {
        text.find(sep.as_str())
    };
    let empty = || new_str("");
    Ok(Value::tuple(match found {
        Some(i) => vec![
            new_str(&text[..i]),
            sepv.clone(),
            new_str(&text[i + sep.as_str().len()..]),
        ],
        None if right => vec![empty(), empty(), Value::Str(s.clone())],
        None => vec![Value::Str(s.clone()), empty(), empty()],
    }))
}

// CPython: Objects/unicodeobject.c unicode_partition
fn str_partition(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    partition_common(args, "partition", false)
}

// CPython: Objects/unicodeobject.c unicode_rpartition
fn str_rpartition(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    partition_common(args, "rpartition", true)
}

// CPython: Objects/unicodeobject.c unicode_expandtabs_impl
fn str_expandtabs(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "expandtabs")?;
    let a = parse_kw(&args, "expandtabs", &["tabsize"], 0, 0)?;
    let tabsize = match a[0] {
        Some(v) => to_cint(interp, v)?,
        None => 8,
    };
    if !s.as_str().contains('\t') {
        return Ok(Value::Str(s.clone()));
    }
    Ok(Value::string(expand_tabs(s.as_str(), tabsize)))
}

fn remove_affix(args: Args<'_>, name: &str, suffix: bool) -> PyResult<Value> {
    let s = this(&args, name)?;
    let a = onearg(&args, name)?;
    let affix = match a {
        Value::Str(x) => x.as_str(),
        other => {
            return Err(type_error(format!(
                "{name}() argument must be str, not {}",
                other.type_name()
            )))
        }
    };
    let text = s.as_str();
    let r = if suffix {
        text.strip_suffix(affix)
    } else {
        text.strip_prefix(affix)
    };
    match r {
        Some(r) if !affix.is_empty() => Ok(new_str(r)),
        _ => Ok(Value::Str(s.clone())),
    }
}

// CPython: Objects/unicodeobject.c unicode_removeprefix_impl
fn str_removeprefix(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    remove_affix(args, "removeprefix", false)
}

// CPython: Objects/unicodeobject.c unicode_removesuffix_impl
fn str_removesuffix(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    remove_affix(args, "removesuffix", true)
}

// CPython: Objects/unicodeobject.c do_string_format
fn str_format(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "format")?;
    let text = s.as_str();
    if !text.contains(['{', '}']) {
        return Ok(Value::Str(s.clone()));
    }
    let kw = if args.has_kwargs() {
        FormatKw::Names(args.kwnames, args.kwvalues())
    } else {
        FormatKw::None
    };
    Ok(Value::string(format_string(
        interp,
        text,
        rest(&args),
        &kw,
    )?))
}

// CPython: Objects/unicodeobject.c unicode_format_map
fn str_format_map(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "format_map")?;
    let m = onearg(&args, "format_map")?;
    Ok(Value::string(format_string(
        interp,
        s.as_str(),
        &[],
        &FormatKw::Mapping(m),
    )?))
}

// CPython: Objects/unicodeobject.c unicode_maketrans_impl
fn str_maketrans(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("maketrans() takes no keyword arguments"));
    }
    let pos = args.positional();
    check_positional("maketrans", pos.len(), 1, 3)?;
    let out = Rc::new(PyDict::new());
    if pos.len() == 1 {
        let Value::Dict(d) = &pos[0] else {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        for (k, v) in d.items() {
            let key = match &k {
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k.clone(),
                Value::Str(s) => {
                    if s.char_len() != 1 {
                        return Err(value_error(
                            "string keys in translatetable must be of length 1",
                        ));
                    }
                    Value::Int(s.as_str().chars().next().map_or(0, |c| c as i64))
                }
                _ => {
                    return Err(type_error(
                        "keys in translate table mustbe strings or integers",
                    ))
                }
            };
            out.set_item(interp, key, v)?;
        }
        return Ok(Value::Dict(out));
    }
    let Value::Str(x) = &pos[0] else {
        return Err(type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let y = str_arg(&pos[1], "maketrans() argument 2")?;
    if x.char_len() != y.char_len() {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
        out.set_item(interp, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = pos.get(2) {
        let z = str_arg(z, "maketrans() argument 3")?;
        for c in z.as_str().chars() {
            out.set_item(interp, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(out))
}

// CPython: Objects/unicodeobject.c unicode_translate / _PyUnicode_TranslateCharmap
fn str_translate(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "translate")?;
    let table = onearg(&args, "translate")?;
    let mut cache: HashMap<char, Option<Value>> = HashMap::new();
    let mut out = String::with_capacity(s.as_str().len());
    let mut changed = false;
    for c in s.as_str().chars() {
        let mapped = match cache.get(&c) {
            Some(m) => m.clone(),
            None => {
                let m = match ops::getitem(interp, table, &Value::Int(c as i64)) {
                    Ok(v) => Some(v),
                    Err(e) if e.matches(ExcKind::LookupError) => None,
                    Err(e) => return Err(e),
                };
                cache.insert(c, m.clone());
                m
            }
        };
        match mapped {
            None => out.push(c),
            Some(Value::None) => changed = true,
            Some(Value::Int(i)) => {
                let ch = u32::try_from(i)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| value_error("character mapping must be in range(0x110000)"))?;
                changed |= ch != c;
                out.push(ch);
            }
            Some(Value::Bool(b)) => {
                out.push(b as u8 as char);
                changed = true;
            }
            Some(Value::BigInt(_)) => {
                return Err(value_error("character mapping must be in range(0x110000)"))
            }
            Some(Value::Str(r)) => {
                changed = true;
                out.push_str(r.as_str());
            }
            Some(_) => {
                return Err(type_error(
                    "character mapping must return integer, None or str",
                ))
            }
        }
    }
    if !changed {
        return Ok(Value::Str(s.clone()));
    }
    Ok(Value::string(out))
}

// ------------------------------------------------------------ slot wrappers

fn str_len(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "__len__")?;
    slot_args(&args, "__len__", 0)?;
    Ok(Value::Int(s.char_len() as i64))
}

fn str_contains(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "__contains__")?;
    let a = slot_args(&args, "__contains__", 1)?;
    match &a[0] {
        Value::Str(sub) => Ok(Value::Bool(s.as_str().contains(sub.as_str()))),
        other => Err(type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            other.type_name()
        ))),
    }
}

fn str_getitem(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "__getitem__")?;
    let a = slot_args(&args, "__getitem__", 1)?;
    crate::strings::str_getitem(interp, s, &a[0])
}

// CPython: Objects/unicodeobject.c PyUnicode_Concat
fn str_add(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "__add__")?;
    let a = slot_args(&args, "__add__", 1)?;
    match &a[0] {
        Value::Str(o) => {
            if o.as_str().is_empty() {
                return Ok(Value::Str(s.clone()));
            }
            if s.as_str().is_empty() {
                return Ok(a[0].clone());
            }
            let mut out = String::with_capacity(s.as_str().len() + o.as_str().len());
            out.push_str(s.as_str());
            out.push_str(o.as_str());
            Ok(Value::string(out))
        }
        other => Err(type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            other.type_name()
        ))),
    }
}

// CPython: Objects/unicodeobject.c unicode_repeat
fn str_mul(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "__mul__")?;
    let a = slot_args(&args, "__mul__", 1)?;
    let n = match ops::index(interp, &a[0])? {
        Value::Int(n) => n,
        _ => {
            return Err(
                ExcKind::OverflowError.new_err("cannot fit 'int' into an index-sized integer")
            )
        }
    };
    if n == 1 {
        return Ok(Value::Str(s.clone()));
    }
    crate::seq::repeat(&Value::Str(s.clone()), n)
}

// CPython: Objects/unicodeobject.c unicode_mod
fn str_mod(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "__mod__")?;
    let a = slot_args(&args, "__mod__", 1)?;
    crate::strings::percent_format(interp, s.as_str(), &a[0])
}

fn str_rmod(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "__rmod__")?;
    let a = slot_args(&args, "__rmod__", 1)?;
    match &a[0] {
        Value::Str(fmt) => {
            crate::strings::percent_format(interp, fmt.as_str(), &Value::Str(s.clone()))
        }
        _ => Ok(Value::NotImplemented),
    }
}

fn compare(args: Args<'_>, name: &str, f: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    let s = this(&args, name)?;
    let a = slot_args(&args, name, 1)?;
    match &a[0] {
        Value::Str(o) => Ok(Value::Bool(f(s.as_str().cmp(o.as_str())))),
        _ => Ok(Value::NotImplemented),
    }
}

// CPython: Objects/unicodeobject.c PyUnicode_RichCompare
fn str_eq(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    compare(args, "__eq__", |o| o.is_eq())
}

fn str_ne(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    compare(args, "__ne__", |o| o.is_ne())
}

fn str_lt(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    compare(args, "__lt__", |o| o.is_lt())
}

fn str_le(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    compare(args, "__le__", |o| o.is_le())
}

fn str_gt(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    compare(args, "__gt__", |o| o.is_gt())
}

fn str_ge(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    compare(args, "__ge__", |o| o.is_ge())
}

fn str_hash(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "__hash__")?;
    slot_args(&args, "__hash__", 0)?;
    Ok(Value::Int(s.hash()))
}

fn str_iter(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "__iter__")?;
    slot_args(&args, "__iter__", 0)?;
    ops::get_iter(interp, &Value::Str(s.clone()))
}

// CPython: Objects/unicodeobject.c unicode_repr
fn str_repr(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "__repr__")?;
    slot_args(&args, "__repr__", 0)?;
    Ok(Value::string(py_str_repr(s.as_str())))
}

fn str_str(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "__str__")?;
    slot_args(&args, "__str__", 0)?;
    Ok(Value::Str(s.clone()))
}

// CPython: Objects/unicodeobject.c unicode___format___impl
fn str_dunder_format(_interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "__format__")?;
    let spec = onearg(&args, "__format__")?;
    let Value::Str(spec) = spec else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            spec.type_name()
        )));
    };
    if spec.as_str().is_empty() {
        return Ok(Value::Str(s.clone()));
    }
    let p =
        crate::format::parse_format_spec(spec.as_str(), "str", Some('s')).map_err(PyErr::from)?;
    Ok(Value::string(
        crate::format::format_str(s.as_str(), &p).map_err(PyErr::from)?,
    ))
}

// ---------------------------------------------------------- str.format

/// Where `str.format` finds named fields.
pub enum FormatKw<'a> {
    /// No keyword arguments: every named field is a KeyError.
    None,
    /// A call's keyword arguments: names and values in parallel.
    Names(&'a [Rc<PyStr>], &'a [Value]),
    /// Owned name/value pairs.
    Pairs(&'a [(String, Value)]),
    /// `format_map(mapping)`: looked up with `mapping[name]`; positional
    /// fields are an error.
    Mapping(&'a Value),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

/// Automatic field numbering state, shared with nested format specs.
struct AutoNumber {
    state: AutoState,
    next: usize,
}

/// One `{field!conv:spec}` as byte ranges into the format string.
struct Field {
    name: (usize, usize),
    conversion: Option<char>,
    spec: (usize, usize),
    spec_needs_expanding: bool,
}

/// `fmt.format(*args, **kwargs)` (or `fmt.format_map(m)` with
/// `FormatKw::Mapping`). Each value is rendered through `ops::format`.
// CPython: Objects/stringlib/unicode_format.h do_string_format
pub fn format_string(
    interp: &mut dyn Interp,
    fmt: &str,
    args: &[Value],
    kwargs: &FormatKw<'_>,
) -> PyResult<String> {
    let mut auto = AutoNumber {
        state: AutoState::Init,
        next: 0,
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    build_string(interp, fmt, args, kwargs, 2, &mut auto, &mut out)?;
    Ok(out)
}

// CPython: Objects/stringlib/unicode_format.h build_string / do_markup / MarkupIterator_next
fn build_string(
    interp: &mut dyn Interp,
    input: &str,
    args: &[Value],
    kw: &FormatKw<'_>,
    depth: i32,
    auto: &mut AutoNumber,
    out: &mut String,
) -> PyResult<()> {
    if depth <= 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let b = input.as_bytes();
    let n = b.len();
    let mut pos = 0;
    while pos < n {
        let start = pos;
        let (c, mut markup) = match b[pos..].iter().position(|&x| x == b'{' || x == b'}') {
            Some(k) => {
                pos += k + 1;
                (b[pos - 1], true)
            }
            None => {
                pos = n;
                (0, false)
            }
        };
        let at_end = pos >= n;
        let mut len = pos - start;
        if markup && c == b'}' && (at_end || b[pos] != b'}') {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if markup && at_end && c == b'{' {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if markup && !at_end {
            if b[pos] == c {
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        out.push_str(&input[start..start + len]);
        if !markup {
            continue;
        }
        let field = parse_field(input, &mut pos)?;
        output_markup(interp, input, &field, args, kw, depth, auto, out)?;
    }
    Ok(())
}

// CPython: Objects/stringlib/unicode_format.h parse_field
fn parse_field(input: &str, pos: &mut usize) -> PyResult<Field> {
    let b = input.as_bytes();
    let n = b.len();
    let name_start = *pos;
    let mut c = 0u8;
    while *pos < n {
        c = b[*pos];
        *pos += 1;
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while *pos < n && b[*pos] != b']' {
                    *pos += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    let mut field = Field {
        name: (name_start, (*pos).saturating_sub(1).max(name_start)),
        conversion: None,
        spec: (0, 0),
        spec_needs_expanding: false,
    };
    if c == b'!' || c == b':' {
        if c == b'!' {
            let Some(conv) = input[*pos..].chars().next() else {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ));
            };
            field.conversion = Some(conv);
            *pos += conv.len_utf8();
            if *pos < n {
                let c2 = b[*pos];
                *pos += 1;
                if c2 == b'}' {
                    return Ok(field);
                }
                if c2 != b':' {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < n {
            let c = b[*pos];
            *pos += 1;
            match c {
                b'{' => {
                    field.spec_needs_expanding = true;
                    count += 1;
                }
                b'}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = (spec_start, *pos - 1);
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(value_error("unmatched '{' in format spec"));
    }
    if c != b'}' {
        return Err(value_error("expected '}' before end of string"));
    }
    Ok(field)
}

/// The decimal value of a field-name part, `None` when it is empty or not
/// all digits.
// CPython: Objects/stringlib/unicode_format.h get_integer
fn field_integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = py_decimal_value(c) else {
            return Ok(None);
        };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

fn lookup_kw(interp: &mut dyn Interp, kw: &FormatKw<'_>, name: &str) -> PyResult<Value> {
    match kw {
        FormatKw::None => Err(key_error(new_str(name))),
        FormatKw::Names(names, values) => names
            .iter()
            .position(|k| k.as_str() == name)
            .and_then(|i| values.get(i).cloned())
            .ok_or_else(|| key_error(new_str(name))),
        FormatKw::Pairs(pairs) => pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| key_error(new_str(name))),
        FormatKw::Mapping(m) => ops::getitem(interp, m, &new_str(name)),
    }
}

// CPython: Objects/stringlib/unicode_format.h get_field_object / field_name_split
fn get_field_object(
    interp: &mut dyn Interp,
    name: &str,
    args: &[Value],
    kw: &FormatKw<'_>,
    auto: &mut AutoNumber,
) -> PyResult<Value> {
    let nb = name.as_bytes();
    let split = nb
        .iter()
        .position(|&x| x == b'.' || x == b'[')
        .unwrap_or(nb.len());
    let first = &name[..split];
    let first_idx = field_integer(first)?;
    let empty = first.is_empty();
    let numeric = empty || first_idx.is_some();
    if numeric {
        if auto.state == AutoState::Init {
            auto.state = if empty {
                AutoState::Auto
            } else {
                AutoState::Manual
            };
        }
        if auto.state == AutoState::Manual && empty {
            return Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if auto.state != AutoState::Manual && !empty {
            return Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
    }
    let idx = if empty {
        let k = auto.next;
        auto.next += 1;
        Some(k)
    } else {
        first_idx
    };
    let mut obj = match idx {
        None => lookup_kw(interp, kw, first)?,
        Some(k) => {
            if let FormatKw::Mapping(_) = kw {
                return Err(value_error("Format string contains positional fields"));
            }
            match args.get(k) {
                Some(v) => v.clone(),
                None => {
                    return Err(index_error(format!(
                        "Replacement index {k} out of range for positional args tuple"
                    )))
                }
            }
        }
    };
    let mut p = split;
    let n = nb.len();
    while p < n {
        let c = nb[p];
        p += 1;
        match c {
            b'.' => {
                let s = p;
                while p < n && nb[p] != b'.' && nb[p] != b'[' {
                    p += 1;
                }
                let attr = &name[s..p];
                if attr.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                obj = ops::getattr(interp, &obj, attr)?;
            }
            b'[' => {
                let s = p;
                while p < n && nb[p] != b']' {
                    p += 1;
                }
                if p >= n {
                    return Err(value_error("Missing ']' in format string"));
                }
                let key = &name[s..p];
                p += 1;
                let k = field_integer(key)?;
                if key.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                let keyv = match k {
                    Some(i) => Value::Int(i as i64),
                    None => new_str(key),
                };
                obj = ops::getitem(interp, &obj, &keyv)?;
            }
            _ => {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        }
    }
    Ok(obj)
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
pub fn ascii_of(interp: &mut dyn Interp, v: &Value) -> PyResult<String> {
    let r = ops::repr(interp, v)?;
    if r.is_ascii() {
        return Ok(r);
    }
    let mut out = String::with_capacity(r.len() + 8);
    for c in r.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&char_escape(c));
        }
    }
    Ok(out)
}

// CPython: Objects/stringlib/unicode_format.h output_markup / render_field
#[allow(clippy::too_many_arguments)]
fn output_markup(
    interp: &mut dyn Interp,
    input: &str,
    field: &Field,
    args: &[Value],
    kw: &FormatKw<'_>,
    depth: i32,
    auto: &mut AutoNumber,
    out: &mut String,
) -> PyResult<()> {
    let name = &input[field.name.0..field.name.1];
    let mut obj = get_field_object(interp, name, args, kw, auto)?;
    if let Some(conv) = field.conversion {
        let s = match conv {
            'r' => ops::repr(interp, &obj)?,
            's' => ops::str_of(interp, &obj)?,
            'a' => ascii_of(interp, &obj)?,
            c => {
                let cp = c as u32;
                return Err(value_error(if cp > 32 && cp < 127 {
                    format!("Unknown conversion specifier {c}")
                } else {
                    format!("Unknown conversion specifier \\x{cp:x}")
                }));
            }
        };
        obj = Value::string(s);
    }
    let raw_spec = &input[field.spec.0..field.spec.1];
    let expanded;
    let spec = if field.spec_needs_expanding {
        let mut s = String::new();
        build_string(interp, raw_spec, args, kw, depth - 1, auto, &mut s)?;
        expanded = s;
        expanded.as_str()
    } else {
        raw_spec
    };
    if spec.is_empty() {
        match &obj {
            Value::Str(s) => {
                out.push_str(s.as_str());
                return Ok(());
            }
            Value::Int(i) => {
                use std::fmt::Write;
                let _ = write!(out, "{i}");
                return Ok(());
            }
            _ => {}
        }
    }
    out.push_str(&ops::format(interp, &obj, spec)?);
    Ok(())
}

// ------------------------------------------------------------------ tests

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_split() {
        assert_eq!(split_whitespace("  a b\t\nc  ", -1), vec!["a", "b", "c"]);
        assert_eq!(split_whitespace("  a b  ", 1), vec!["a", "b  "]);
        assert_eq!(split_whitespace("a  b c", 1), vec!["a", "b c"]);
        assert_eq!(split_whitespace("a ", 1), vec!["a"]);
        assert_eq!(split_whitespace("", -1), Vec::<&str>::new());
        assert_eq!(split_whitespace("   ", -1), Vec::<&str>::new());
        assert_eq!(split_whitespace("a b", 0), vec!["a b"]);
        assert_eq!(
            split_whitespace("é\u{3000}ü\u{85}x\u{2028}", -1),
            vec!["é", "ü", "x"]
        );
        assert_eq!(split_whitespace("a\x1cb", -1), vec!["a", "b"]);
    }

    #[test]
    fn whitespace_rsplit() {
        assert_eq!(rsplit_whitespace("  a b  ", 1), vec!["  a", "b"]);
        assert_eq!(rsplit_whitespace("a b c", -1), vec!["a", "b", "c"]);
        assert_eq!(rsplit_whitespace("é\u{a0}ü ", 1), vec!["é", "ü"]);
        assert_eq!(rsplit_whitespace("", 1), Vec::<&str>::new());
    }

    #[test]
    fn sep_split() {
        assert_eq!(split_sep("a,b,,c", ",", -1), vec!["a", "b", "", "c"]);
        assert_eq!(split_sep("a,b,c", ",", 1), vec!["a", "b,c"]);
        assert_eq!(rsplit_sep("a,b,c", ",", 1), vec!["a,b", "c"]);
        assert_eq!(rsplit_sep("aaa", "aa", -1), vec!["a", ""]);
        assert_eq!(split_sep("aaa", "aa", -1), vec!["", "a"]);
    }

    #[test]
    fn stripping() {
        assert_eq!(strip_whitespace("  x y \u{3000}", true, true), "x y");
        assert_eq!(strip_whitespace("  x ", true, false), "x ");
        assert_eq!(strip_whitespace("  x ", false, true), "  x");
        assert_eq!(strip_whitespace("\u{85}", true, true), "");
        assert_eq!(strip_chars("xxaxx", "x", true, true), "a");
        assert_eq!(strip_chars("abcba", "ab", true, false), "cba");
    }

    #[test]
    fn lines() {
        assert_eq!(
            split_lines("a\nb\r\nc\rd\x0be\x1cf\u{85}g\u{2028}h", false),
            vec!["a", "b", "c", "d", "e", "f", "g", "h"]
        );
        assert_eq!(split_lines("a\nb\r\n", true), vec!["a\n", "b\r\n"]);
        assert_eq!(split_lines("", false), Vec::<&str>::new());
    }

    #[test]
    fn tabs() {
        assert_eq!(expand_tabs("ab\tc\r\td", 4), "ab  c\r    d");
        assert_eq!(expand_tabs("a\tb", -1), "ab");
        assert_eq!(expand_tabs("\t", 8), "        ");
        assert_eq!(expand_tabs("é\tx", 4), "é   x");
    }

    #[test]
    fn casing() {
        assert_eq!(title_case("hello world"), "Hello World");
        assert_eq!(title_case("they're bill's"), "They'Re Bill'S");
        assert_eq!(title_case("a1b"), "A1B");
        assert_eq!(title_case("ß"), "Ss");
        assert_eq!(title_case("aΣ"), "Aς");
        assert_eq!(title_case("ŉ"), "ʼN");
        assert_eq!(title_case("ﬀ"), "Ff");
        assert_eq!(title_case("ᾳ"), "ᾼ");
        assert_eq!(capitalize("ǆa"), "ǅa");
        assert_eq!(capitalize("hELLO"), "Hello");
        assert_eq!(capitalize(""), "");
        assert_eq!(swap_case("Hello"), "hELLO");
        assert_eq!(swap_case("ΑΣ"), "ας");
        assert_eq!(case_fold("ßΣµ"), "ssσμ");
        assert!(is_title("Ab Cd"));
        assert!(!is_title("AB"));
        assert!(is_title("ǅ"));
        assert!(!is_title(""));
    }

    #[test]
    fn padding() {
        assert_eq!(
            pad_str("abc", 3, 6, '*', b'^').ok().as_deref(),
            Some("*abc**")
        );
        assert_eq!(
            pad_str("abc", 3, 7, '*', b'^').ok().as_deref(),
            Some("**abc**")
        );
        assert_eq!(
            pad_str("ab", 2, 5, '*', b'^').ok().as_deref(),
            Some("**ab*")
        );
        assert_eq!(pad_str("a", 1, 4, ' ', b'^').ok().as_deref(), Some(" a  "));
        assert_eq!(pad_str("a", 1, 3, '-', b'<').ok().as_deref(), Some("a--"));
        assert_eq!(zfill("-42", 3, 6).ok().as_deref(), Some("-00042"));
        assert_eq!(zfill("+", 1, 3).ok().as_deref(), Some("+00"));
        assert_eq!(zfill("", 0, 3).ok().as_deref(), Some("000"));
    }

    #[test]
    fn identifiers() {
        assert!(is_identifier("_a1"));
        assert!(is_identifier("é"));
        assert!(is_identifier("a·b"));
        assert!(!is_identifier("1a"));
        assert!(!is_identifier(""));
        assert!(!is_identifier("x²"));
    }

    #[test]
    fn indices() {
        assert_eq!(adjust_indices(0, i64::MAX, 3), (0, 3));
        assert_eq!(adjust_indices(-100, 100, 3), (0, 3));
        assert_eq!(adjust_indices(4, -1, 3), (4, 2));
        assert_eq!(byte_range("aé€b", false, 1, 3), (1, 6));
        assert_eq!(byte_range("abc", true, 5, 9), (3, 3));
    }

    #[test]
    fn codecs() {
        assert_eq!(
            encode_str("aé", "latin-1", "strict").ok(),
            Some(vec![b'a', 0xe9])
        );
        assert_eq!(
            encode_str("aé", "ascii", "replace").ok(),
            Some(b"a?".to_vec())
        );
        assert_eq!(
            encode_str("aé", "ascii", "xmlcharrefreplace").ok(),
            Some(b"a&#233;".to_vec())
        );
        assert_eq!(
            decode_bytes(b"a\xffb", "utf-8", "replace").ok().as_deref(),
            Some("a\u{fffd}b")
        );
        assert_eq!(
            decode_bytes(b"a\xffb", "UTF_8", "ignore").ok().as_deref(),
            Some("ab")
        );
        assert_eq!(
            decode_bytes(b"\xe9", "latin1", "strict").ok().as_deref(),
            Some("é")
        );
        assert_eq!(
            encode_str("a", "utf-16", "strict").ok(),
            Some(vec![0xff, 0xfe, b'a', 0])
        );
        assert_eq!(
            encode_str("a", "utf-32-be", "strict").ok(),
            Some(vec![0, 0, 0, b'a'])
        );
        assert!(utf8_truncated(b"\xe2\x82"));
        assert!(!utf8_truncated(b"\xe2\x28"));
    }

    #[test]
    fn field_integers() {
        assert_eq!(field_integer("12").ok(), Some(Some(12)));
        assert_eq!(field_integer("").ok(), Some(None));
        assert_eq!(field_integer("-1").ok(), Some(None));
        assert!(field_integer("99999999999999999999999").is_err());
    }
}
