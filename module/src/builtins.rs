//! The `builtins` module: the built-in types by name, the built-in
//! exception classes, the constants, and the built-in functions that need
//! only the object model (print, len, min/max, sum, sorted, iter/next,
//! round, divmod, pow, getattr, isinstance, input, format, dir, ...), plus
//! the constructors of the built-in iterator types (enumerate, zip, map,
//! filter, reversed) and the buffered stdout every writer goes through.
//! Built-ins that need the interpreter itself (globals, locals, exec, eval,
//! __build_class__, __import__, zero-argument super) are added by the VM.
//! CPython: Python/bltinmodule.c, Objects/enumobject.c (enumerate,
//! reversed), Objects/listobject.c (the sort shared by `sorted`).

use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::rc::{Rc, Weak};

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use rspy_objects::code::{BinOp, CmpOp};
use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{stop_iteration, type_error, value_error, ExcKind, PyErr};
use rspy_objects::function::{Args, NativeFn, NativeFunction};
use rspy_objects::generator::{GenInput, GenStep};
use rspy_objects::interp::Interp;
use rspy_objects::iter::{IterKind, IterState, PyIterator};
use rspy_objects::numparse::{self, RoundResult};
use rspy_objects::types::types;
use rspy_objects::value::{PyResult, Value};
use rspy_objects::{int, ops, seq};

// ------------------------------------------------------------------ stdout

struct Stdout {
    buf: Vec<u8>,
    tty: bool,
}

thread_local! {
    static STDOUT: RefCell<Stdout> = RefCell::new(Stdout {
        buf: Vec::with_capacity(8192),
        tty: std::io::stdout().is_terminal(),
    });
    static BUILTINS: RefCell<Weak<PyDict>> = const { RefCell::new(Weak::new()) };
}

/// Write text to the process's stdout through a buffer (line-buffered when
/// stdout is a terminal, like CPython's TextIOWrapper).
pub fn write_stdout(s: &str) {
    STDOUT.with(|o| {
        let mut o = o.borrow_mut();
        o.buf.extend_from_slice(s.as_bytes());
        if o.buf.len() >= 8192 || (o.tty && s.contains('\n')) {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&o.buf);
            let _ = out.flush();
            o.buf.clear();
        }
    });
}

/// Flush the buffered stdout (before writing to stderr, at exit).
pub fn flush_stdout() {
    STDOUT.with(|o| {
        let mut o = o.borrow_mut();
        let mut out = std::io::stdout().lock();
        if !o.buf.is_empty() {
            let _ = out.write_all(&o.buf);
            o.buf.clear();
        }
        let _ = out.flush();
    });
}

// ------------------------------------------------------------ arg helpers

/// CPython's `_PyArg_CheckPositional` wording: "f expected 2 arguments, got 1".
fn expect_count(fname: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    if n < min {
        if min == max {
            return Err(type_error(format!(
                "{fname} expected {min} {}, got {n}",
                plural(min)
            )));
        }
        return Err(type_error(format!(
            "{fname} expected at least {min} {}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        if min == max {
            return Err(type_error(format!(
                "{fname} expected {max} {}, got {n}",
                plural(max)
            )));
        }
        return Err(type_error(format!(
            "{fname} expected at most {max} {}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// Bind positional-or-keyword parameters like Argument Clinic does:
/// `names[..required]` are required. CPython: Python/getargs.c
/// _PyArg_UnpackKeywords.
fn bind_args(
    fname: &str,
    args: &Args<'_>,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.positional();
    let total = args.values.len();
    if total > names.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} argument{} ({total} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    // The first keyword that binds nothing: a duplicate of a positional
    // argument or an unknown name; reported after missing arguments.
    let mut unexpected = None;
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if i >= pos.len() => out[i] = Some(v.clone()),
            found => {
                if unexpected.is_none() {
                    unexpected = Some(match found {
                        Some(i) => format!(
                            "argument for {fname}() given by name ('{}') and position ({})",
                            k.as_str(),
                            i + 1
                        ),
                        None => format!(
                            "{fname}() got an unexpected keyword argument '{}'",
                            k.as_str()
                        ),
                    });
                }
            }
        }
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    if let Some(msg) = unexpected {
        return Err(type_error(msg));
    }
    Ok(out)
}

fn attr_name(v: &Value) -> PyResult<&str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

fn is_int_like(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

fn is_user(v: &Value) -> bool {
    matches!(v, Value::Instance(_) | Value::Object(_))
}

/// The builtins dict's `locals` (added by the VM), for `vars()`/`dir()`.
fn call_locals(interp: &mut dyn Interp) -> PyResult<Value> {
    let f = BUILTINS
        .with(|b| b.borrow().upgrade())
        .and_then(|d| d.get_str("locals"));
    match f {
        Some(f) => ops::call0(interp, &f, &[]),
        None => Err(ExcKind::NotImplementedError.new_err("locals() is not available")),
    }
}

// ------------------------------------------------------------------ print

// CPython: Python/bltinmodule.c builtin_print_impl
fn builtin_print(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.only_kwargs("print", &["sep", "end", "file", "flush"])?;
    let text_arg = |name: &str| -> PyResult<Option<String>> {
        match args.kw(name) {
            None | Some(Value::None) => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
            Some(other) => Err(type_error(format!(
                "{name} must be None or a string, not {}",
                other.type_name()
            ))),
        }
    };
    let sep = text_arg("sep")?.unwrap_or_else(|| " ".to_string());
    let end = text_arg("end")?.unwrap_or_else(|| "\n".to_string());
    let file = match args.kw("file") {
        Some(f) if !f.is_none() => f.clone(),
        _ => crate::sys::replaced_stdout(interp).unwrap_or(Value::None),
    };
    let flush = match args.kw("flush") {
        Some(v) => ops::truthy(interp, v)?,
        None => false,
    };
    let pos = args.positional();
    if file.is_none() {
        let mut s = String::new();
        for (i, a) in pos.iter().enumerate() {
            if i > 0 {
                s.push_str(&sep);
            }
            s.push_str(&ops::str_of(interp, a)?);
        }
        s.push_str(&end);
        write_stdout(&s);
        if flush {
            flush_stdout();
        }
        return Ok(Value::None);
    }
    let write = ops::getattr(interp, &file, "write")?;
    for (i, a) in pos.iter().enumerate() {
        if i > 0 {
            ops::call0(interp, &write, &[Value::str(&sep)])?;
        }
        let s = ops::str_value(interp, a)?;
        ops::call0(interp, &write, &[s])?;
    }
    ops::call0(interp, &write, &[Value::str(&end)])?;
    if flush {
        ops::call_method(interp, &file, "flush", &[])?;
    }
    Ok(Value::None)
}

// CPython: Python/bltinmodule.c builtin_input_impl
fn builtin_input(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("input")?;
    let pos = args.positional();
    expect_count("input", pos, 0, 1)?;
    if let Some(p) = pos.first() {
        let s = ops::str_of(interp, p)?;
        write_stdout(&s);
    }
    flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(ExcKind::EOFError.new_err("EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
            }
            Ok(Value::string(line))
        }
        Err(e) => Err(ExcKind::OSError.new_err(e.to_string())),
    }
}

// ------------------------------------------------------- simple functions

// CPython: Python/bltinmodule.c builtin_len
fn builtin_len(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("len", 1, 1)?;
    let n = ops::len(interp, &a[0])?;
    Ok(Value::Int(n as i64))
}

// CPython: Python/bltinmodule.c builtin_repr
fn builtin_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("repr", 1, 1)?;
    Ok(Value::string(ops::repr(interp, &a[0])?))
}

/// Escape non-ASCII characters of a repr as `\xhh`, `\uhhhh`, `\Uhhhhhhhh`.
// CPython: Objects/object.c PyObject_ASCII (backslashreplace)
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

// CPython: Python/bltinmodule.c builtin_ascii
fn builtin_ascii(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("ascii", 1, 1)?;
    let r = ops::repr(interp, &a[0])?;
    Ok(Value::string(ascii_escape(&r)))
}

// CPython: Objects/abstract.c PyNumber_Absolute
fn builtin_abs(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("abs", 1, 1)?;
    let v = &a[0];
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(b.abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ => {
            if is_user(v) {
                if let Some(r) = ops::call_dunder(interp, v, "__abs__", &[])? {
                    return Ok(r);
                }
            }
            Err(type_error(format!(
                "bad operand type for abs(): '{}'",
                v.type_name()
            )))
        }
    }
}

// CPython: Python/bltinmodule.c builtin_callable
fn builtin_callable(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("callable", 1, 1)?;
    Ok(Value::Bool(ops::callable(&a[0])))
}

// CPython: Python/bltinmodule.c builtin_hash
fn builtin_hash(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("hash", 1, 1)?;
    Ok(Value::Int(ops::hash(interp, &a[0])?))
}

// CPython: Python/bltinmodule.c builtin_id
fn builtin_id(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("id", 1, 1)?;
    Ok(Value::Int(a[0].id()))
}

// CPython: Python/bltinmodule.c builtin_ord
fn builtin_ord(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("ord", 1, 1)?;
    match &a[0] {
        Value::Str(s) => {
            let mut it = s.as_str().chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                ))),
            }
        }
        Value::Bytes(b) if b.data.len() == 1 => Ok(Value::Int(b.data[0] as i64)),
        Value::Bytes(b) => Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.data.len()
        ))),
        other => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
}

// CPython: Python/bltinmodule.c builtin_chr
fn builtin_chr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("chr", 1, 1)?;
    let i = ops::index(interp, &a[0])?;
    let n = int::to_i64(&i).unwrap_or(-1);
    if !(0..0x110000).contains(&n) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(ExcKind::NotImplementedError.new_err("lone surrogates are not supported")),
    }
}

/// `hex`/`oct`/`bin` text of an int: sign, prefix, digits.
// CPython: Objects/longobject.c long_format_binary
pub fn int_to_base(v: &BigInt, base: u32) -> String {
    let mag = v.magnitude();
    let (prefix, digits) = match base {
        16 => ("0x", format!("{mag:x}")),
        8 => ("0o", format!("{mag:o}")),
        _ => ("0b", format!("{mag:b}")),
    };
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

fn base_builtin(interp: &mut dyn Interp, args: Args<'_>, name: &str, base: u32) -> PyResult<Value> {
    let a = args.exact(name, 1, 1)?;
    let i = ops::index(interp, &a[0])?;
    let b = int::to_bigint(&i).unwrap_or_default();
    Ok(Value::string(int_to_base(&b, base)))
}

// CPython: Python/bltinmodule.c builtin_hex
fn builtin_hex(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    base_builtin(interp, args, "hex", 16)
}

// CPython: Python/bltinmodule.c builtin_oct
fn builtin_oct(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    base_builtin(interp, args, "oct", 8)
}

// CPython: Python/bltinmodule.c builtin_bin
fn builtin_bin(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    base_builtin(interp, args, "bin", 2)
}

// --------------------------------------------------------- round, divmod

/// `round(int, ndigits)` for a negative ndigits: round half to even at
/// `10**-ndigits`. CPython: Objects/longobject.c int___round___impl.
pub fn round_bigint(x: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return x.clone();
    }
    let e = ndigits.unsigned_abs();
    // 10**e exceeds |x| by far: the result is 0.
    if e > x.bits() / 3 + 2 {
        return BigInt::zero();
    }
    let p = num_traits::pow(BigInt::from(10), e as usize);
    let mut q = x / &p;
    let mut r = x % &p;
    if r.is_negative() {
        q -= 1;
        r += &p;
    }
    let twice: BigInt = &r * 2;
    let odd = !(&q % BigInt::from(2)).is_zero();
    if twice > p || (twice == p && odd) {
        q += 1;
    }
    q * p
}

fn ndigits_value(interp: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    let i = ops::index(interp, v)?;
    Ok(match &i {
        Value::BigInt(b) => seq::clamp_big(b),
        other => int::to_i64(other).unwrap_or(0),
    })
}

// CPython: Python/bltinmodule.c builtin_round_impl
fn builtin_round(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let p = bind_args("round", &args, &["number", "ndigits"], 1)?;
    let number = p[0].clone().unwrap_or(Value::None);
    let ndigits = p[1].clone().filter(|v| !v.is_none());
    match &number {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let x = int::to_bigint(&number).unwrap_or_default();
            match ndigits {
                None => Ok(Value::from_bigint(x)),
                Some(nd) => {
                    let n = ndigits_value(interp, &nd)?;
                    Ok(Value::from_bigint(round_bigint(&x, n)))
                }
            }
        }
        Value::Float(f) => {
            let n = match ndigits {
                None => None,
                Some(nd) => Some(ndigits_value(interp, &nd)?),
            };
            match numparse::round_float(*f, n).map_err(PyErr::from)? {
                RoundResult::Int(b) => Ok(Value::from_bigint(b)),
                RoundResult::Float(x) => Ok(Value::Float(x)),
            }
        }
        _ => {
            let Some(f) = number.py_type().lookup("__round__") else {
                return Err(type_error(format!(
                    "type {} doesn't define __round__ method",
                    number.type_name()
                )));
            };
            let f = ops::bind_descriptor(interp, &f, &number)?;
            match ndigits {
                None => ops::call0(interp, &f, &[]),
                Some(nd) => ops::call0(interp, &f, &[nd]),
            }
        }
    }
}

// CPython: Objects/abstract.c PyNumber_Divmod
fn builtin_divmod(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("divmod")?;
    let a = args.positional();
    expect_count("divmod", a, 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    if is_int_like(x) && is_int_like(y) {
        let q = ops::binary_op(interp, x, y, BinOp::FloorDiv)?;
        let r = ops::binary_op(interp, x, y, BinOp::Mod)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    let numeric = |v: &Value| is_int_like(v) || matches!(v, Value::Float(_));
    if numeric(x) && numeric(y) {
        let fx = rspy_objects::float::to_f64(x)?;
        let fy = rspy_objects::float::to_f64(y)?;
        let (q, r) = numparse::float_divmod(fx, fy).map_err(PyErr::from)?;
        return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
    }
    let (tx, ty) = (x.py_type(), y.py_type());
    let same = Rc::ptr_eq(&tx, &ty);
    let mut tried_reflected = false;
    if !same && is_user(y) && ty.is_subtype(&tx) && ty.lookup("__rdivmod__").is_some() {
        tried_reflected = true;
        if let Some(r) = ops::call_dunder(interp, y, "__rdivmod__", std::slice::from_ref(x))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    if is_user(x) {
        if let Some(r) = ops::call_dunder(interp, x, "__divmod__", std::slice::from_ref(y))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    if !same && !tried_reflected && is_user(y) {
        if let Some(r) = ops::call_dunder(interp, y, "__rdivmod__", std::slice::from_ref(x))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        x.type_name(),
        y.type_name()
    )))
}

// CPython: Python/bltinmodule.c builtin_pow_impl
fn builtin_pow(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let p = bind_args("pow", &args, &["base", "exp", "mod"], 2)?;
    let base = p[0].clone().unwrap_or(Value::None);
    let exp = p[1].clone().unwrap_or(Value::None);
    let modulus = p[2].clone().unwrap_or(Value::None);
    if modulus.is_none() {
        return ops::binary_op(interp, &base, &exp, BinOp::Pow);
    }
    if is_int_like(&base) && is_int_like(&exp) && is_int_like(&modulus) {
        let (b, e, m) = (
            int::to_bigint(&base).unwrap_or_default(),
            int::to_bigint(&exp).unwrap_or_default(),
            int::to_bigint(&modulus).unwrap_or_default(),
        );
        return int::pow_mod(&b, &e, &m);
    }
    if is_user(&base) {
        if let Some(r) =
            ops::call_dunder(interp, &base, "__pow__", &[exp.clone(), modulus.clone()])?
        {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    let numeric = |v: &Value| is_int_like(v) || matches!(v, Value::Float(_));
    if numeric(&base) && numeric(&exp) && numeric(&modulus) {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    Err(type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        base.type_name(),
        exp.type_name(),
        modulus.type_name()
    )))
}

// ------------------------------------------------------- min, max, sum

// CPython: Python/bltinmodule.c min_max
fn min_max(interp: &mut dyn Interp, args: Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    let pos = args.positional();
    if args.kwnames.len() > 2 {
        return Err(type_error(format!(
            "{name}() takes at most 2 keyword arguments ({} given)",
            args.kwnames.len()
        )));
    }
    args.only_kwargs(name, &["key", "default"])?;
    if pos.is_empty() {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    let key = args.kw("key").cloned().filter(|k| !k.is_none());
    let default = args.kw("default").cloned();
    if pos.len() > 1 && default.is_some() {
        return Err(type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let it = if pos.len() == 1 {
        ops::get_iter(interp, &pos[0])?
    } else {
        ops::get_iter(interp, &Value::tuple(pos.to_vec()))?
    };
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = ops::next(interp, &it)? {
        let k = match &key {
            Some(f) => ops::call0(interp, f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        best = match best {
            None => Some((item, k)),
            Some((bi, bk)) => {
                if ops::compare_bool(interp, &k, &bk, op)? {
                    Some((item, k))
                } else {
                    Some((bi, bk))
                }
            }
        };
    }
    match best {
        Some((v, _)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(value_error(format!("{name}() iterable argument is empty"))),
        },
    }
}

// CPython: Python/bltinmodule.c builtin_max
fn builtin_max(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    min_max(interp, args, "max", CmpOp::Gt)
}

// CPython: Python/bltinmodule.c builtin_min
fn builtin_min(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    min_max(interp, args, "min", CmpOp::Lt)
}

/// One step of Neumaier's compensated summation.
// CPython: Python/bltinmodule.c builtin_sum_impl (float path)
pub fn neumaier_add(sum: f64, comp: f64, x: f64) -> (f64, f64) {
    let t = sum + x;
    let c = if sum.abs() >= x.abs() {
        comp + ((sum - t) + x)
    } else {
        comp + ((x - t) + sum)
    };
    (t, c)
}

fn float_total(sum: f64, comp: f64) -> f64 {
    if comp != 0.0 && comp.is_finite() {
        sum + comp
    } else {
        sum
    }
}

// CPython: Python/bltinmodule.c builtin_sum_impl
fn builtin_sum(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.positional();
    if args.values.len() > 2 {
        return Err(type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.values.len()
        )));
    }
    args.only_kwargs("sum", &["start"])?;
    if pos.is_empty() {
        return Err(type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    if pos.len() == 2 && args.kw("start").is_some() {
        return Err(type_error(
            "argument for sum() given by name ('start') and position (2)",
        ));
    }
    let start = pos
        .get(1)
        .cloned()
        .or_else(|| args.kw("start").cloned())
        .unwrap_or(Value::Int(0));
    match &start {
        Value::Str(_) => {
            return Err(type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        Value::Bytes(_) => {
            return Err(type_error(
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ))
        }
        _ => {}
    }
    let it = ops::get_iter(interp, &pos[0])?;
    let mut result = start;
    // Machine-int fast path.
    if let Value::Int(mut acc) = result {
        loop {
            let Some(item) = ops::next(interp, &it)? else {
                return Ok(Value::Int(acc));
            };
            let b = match item {
                Value::Int(b) => Some(b),
                Value::Bool(b) => Some(b as i64),
                _ => None,
            };
            if let Some(s) = b.and_then(|b| acc.checked_add(b)) {
                acc = s;
                continue;
            }
            result = ops::binary_op(interp, &Value::Int(acc), &item, BinOp::Add)?;
            break;
        }
    }
    // Compensated float path.
    if let Value::Float(f) = result {
        let (mut sum, mut comp) = (f, 0.0);
        loop {
            let Some(item) = ops::next(interp, &it)? else {
                return Ok(Value::Float(float_total(sum, comp)));
            };
            let x = match item {
                Value::Float(x) => Some(x),
                Value::Int(i) => Some(i as f64),
                Value::Bool(b) => Some(b as i64 as f64),
                _ => None,
            };
            if let Some(x) = x {
                (sum, comp) = neumaier_add(sum, comp, x);
                continue;
            }
            let acc = Value::Float(float_total(sum, comp));
            result = ops::binary_op(interp, &acc, &item, BinOp::Add)?;
            break;
        }
    }
    while let Some(item) = ops::next(interp, &it)? {
        result = ops::binary_op(interp, &result, &item, BinOp::Add)?;
    }
    Ok(result)
}

// ------------------------------------------------------------- sorting

// CPython: Python/bltinmodule.c builtin_sorted
fn builtin_sorted(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.positional();
    expect_count("sorted", pos, 1, 1)?;
    args.only_kwargs("sort", &["key", "reverse"])?;
    let mut items = rspy_objects::iter::collect(interp, &pos[0])?;
    let key = args.kw("key").cloned().unwrap_or(Value::None);
    let reverse = match args.kw("reverse") {
        Some(v) => ops::truthy(interp, v)?,
        None => false,
    };
    rspy_objects::container_methods::sort_values(interp, &mut items, &key, reverse)?;
    Ok(Value::list(items))
}

// ------------------------------------------------------------ any, all

// CPython: Python/bltinmodule.c builtin_any
fn builtin_any(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("any", 1, 1)?;
    let it = ops::get_iter(interp, &a[0])?;
    while let Some(v) = ops::next(interp, &it)? {
        if ops::truthy(interp, &v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

// CPython: Python/bltinmodule.c builtin_all
fn builtin_all(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("all", 1, 1)?;
    let it = ops::get_iter(interp, &a[0])?;
    while let Some(v) = ops::next(interp, &it)? {
        if !ops::truthy(interp, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

// ------------------------------------------------------------ iter, next

// CPython: Python/bltinmodule.c builtin_iter
fn builtin_iter(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("iter")?;
    let a = args.positional();
    expect_count("iter", a, 1, 2)?;
    if a.len() == 1 {
        return ops::get_iter(interp, &a[0]);
    }
    if !ops::callable(&a[0]) {
        return Err(type_error("iter(v, w): v must be callable"));
    }
    Ok(PyIterator::new(
        IterKind::CallableIter,
        IterState::Callable {
            func: a[0].clone(),
            sentinel: a[1].clone(),
        },
    ))
}

// CPython: Python/bltinmodule.c builtin_next
/// `aiter(obj)`. CPython: builtin_aiter.
fn builtin_aiter(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("aiter", 1, 1)?;
    let Some(it) = ops::call_dunder(interp, &a[0], "__aiter__", &[])? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterable",
            a[0].type_name()
        )));
    };
    if it.py_type().lookup("__anext__").is_none() {
        return Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            it.type_name()
        )));
    }
    Ok(it)
}

/// `anext(it[, default])`. CPython: builtin_anext.
fn builtin_anext(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("anext", 1, 2)?;
    let Some(r) = ops::call_dunder(interp, &a[0], "__anext__", &[])? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            a[0].type_name()
        )));
    };
    let Some(default) = a.get(1) else {
        return Ok(r);
    };
    let vm = rspy_vm::vm::vm_of(interp);
    let inner = rspy_vm::builtins_vm::get_awaitable(vm, &r, 0)?;
    Ok(Value::object(Rc::new(AnextAwaitable {
        inner,
        default: default.clone(),
    })))
}

/// `anext(it, default)`: the `__anext__` awaitable, with StopAsyncIteration
/// turned into the default. CPython: Objects/iterobject.c anextawaitable.
struct AnextAwaitable {
    inner: Value,
    default: Value,
}

thread_local! {
    static ANEXT_TYPE: Rc<rspy_objects::types::PyType> = {
        let t = rspy_objects::types::PyType::new_builtin(
            "anext_awaitable",
            vec![rspy_objects::types::types().object_type.clone()],
            rspy_objects::types::Layout::Builtin,
        );
        rspy_objects::awaitable::register_methods(&t);
        t
    };
}

impl rspy_objects::value::NativeObject for AnextAwaitable {
    fn py_type(&self) -> Rc<rspy_objects::types::PyType> {
        ANEXT_TYPE.with(|t| t.clone())
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_awaitable(&self) -> Option<&dyn rspy_objects::awaitable::NativeAwaitable> {
        Some(self)
    }
}

impl AnextAwaitable {
    fn step(
        &self,
        interp: &mut dyn Interp,
        input: rspy_objects::generator::GenInput,
    ) -> PyResult<rspy_objects::generator::GenStep> {
        use rspy_objects::generator::GenStep;
        let r = rspy_objects::awaitable::delegate(interp, &self.inner, input);
        match r {
            Err(e) if e.matches(ExcKind::StopAsyncIteration) => {
                Ok(GenStep::Return(self.default.clone()))
            }
            other => other,
        }
    }
}

impl rspy_objects::awaitable::NativeAwaitable for AnextAwaitable {
    fn send(
        &self,
        _: &Value,
        interp: &mut dyn Interp,
        v: Value,
    ) -> PyResult<rspy_objects::generator::GenStep> {
        self.step(interp, rspy_objects::generator::GenInput::Send(v))
    }
    fn throw(
        &self,
        _: &Value,
        interp: &mut dyn Interp,
        e: rspy_objects::exceptions::PyErr,
    ) -> PyResult<rspy_objects::generator::GenStep> {
        self.step(interp, rspy_objects::generator::GenInput::Throw(e))
    }
}

fn builtin_next(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("next")?;
    let a = args.positional();
    expect_count("next", a, 1, 2)?;
    let it = &a[0];
    let default = a.get(1);
    let exhausted = |value: Value| match default {
        Some(d) => Ok(d.clone()),
        None => Err(if value.is_none() {
            // CPython: a bare StopIteration, whose .value is None.
            let e = PyErr::new(ExcKind::StopIteration.get(), vec![]);
            e.0.dict().set_str("value", Value::None);
            e
        } else {
            stop_iteration(value)
        }),
    };
    match it {
        Value::Generator(g) if g.kind_name() == "generator" => {
            match interp.resume_generator(g, GenInput::Send(Value::None))? {
                GenStep::Yield(v) => Ok(v),
                GenStep::Return(v) => exhausted(v),
            }
        }
        Value::Iterator(i) if !i.is_view() => match ops::next(interp, it)? {
            Some(v) => Ok(v),
            None => exhausted(Value::None),
        },
        Value::Generator(_) | Value::Iterator(_) => Err(not_an_iterator(it)),
        _ => {
            let Some(f) = it.py_type().lookup("__next__") else {
                return Err(not_an_iterator(it));
            };
            let f = ops::bind_descriptor(interp, &f, it)?;
            match ops::call0(interp, &f, &[]) {
                Ok(v) => Ok(v),
                Err(e) if default.is_some() && e.matches(ExcKind::StopIteration) => {
                    Ok(default.cloned().unwrap_or(Value::None))
                }
                Err(e) => Err(e),
            }
        }
    }
}

fn not_an_iterator(v: &Value) -> PyErr {
    type_error(format!("'{}' object is not an iterator", v.type_name()))
}

// ---------------------------------------------------------- attributes

// CPython: Python/bltinmodule.c builtin_getattr
fn builtin_getattr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("getattr")?;
    let a = args.positional();
    expect_count("getattr", a, 2, 3)?;
    let name = attr_name(&a[1])?;
    match a.get(2) {
        None => ops::getattr(interp, &a[0], name),
        Some(d) => match ops::getattr(interp, &a[0], name) {
            Ok(v) => Ok(v),
            Err(e) if e.matches(ExcKind::AttributeError) => Ok(d.clone()),
            Err(e) => Err(e),
        },
    }
}

// CPython: Python/bltinmodule.c builtin_setattr_impl
fn builtin_setattr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("setattr")?;
    let a = args.positional();
    expect_count("setattr", a, 3, 3)?;
    let name = attr_name(&a[1])?;
    ops::setattr(interp, &a[0], name, a[2].clone())?;
    Ok(Value::None)
}

// CPython: Python/bltinmodule.c builtin_hasattr_impl
fn builtin_hasattr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("hasattr")?;
    let a = args.positional();
    expect_count("hasattr", a, 2, 2)?;
    let name = attr_name(&a[1])?;
    Ok(Value::Bool(
        ops::getattr_opt(interp, &a[0], name)?.is_some(),
    ))
}

// CPython: Python/bltinmodule.c builtin_delattr_impl
fn builtin_delattr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("delattr")?;
    let a = args.positional();
    expect_count("delattr", a, 2, 2)?;
    let name = attr_name(&a[1])?;
    let obj = &a[0];
    let plain_builtin = !matches!(
        obj,
        Value::Instance(_)
            | Value::Type(_)
            | Value::Module(_)
            | Value::Function(_)
            | Value::Object(_)
    );
    if plain_builtin {
        // Built-in objects have no instance dict: CPython reports it as in setattr.
        let msg = if obj.py_type().lookup(name).is_some() {
            format!(
                "'{}' object attribute '{}' is read-only",
                obj.type_name(),
                name
            )
        } else {
            format!(
                "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
                obj.type_name(),
                name
            )
        };
        return Err(ExcKind::AttributeError.new_err(msg));
    }
    ops::delattr(interp, obj, name)?;
    Ok(Value::None)
}

// CPython: Python/bltinmodule.c builtin_isinstance_impl
fn builtin_isinstance(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("isinstance")?;
    let a = args.positional();
    expect_count("isinstance", a, 2, 2)?;
    Ok(Value::Bool(ops::isinstance(interp, &a[0], &a[1])?))
}

// CPython: Python/bltinmodule.c builtin_issubclass_impl
fn builtin_issubclass(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("issubclass")?;
    let a = args.positional();
    expect_count("issubclass", a, 2, 2)?;
    Ok(Value::Bool(ops::issubclass(interp, &a[0], &a[1])?))
}

// CPython: Python/bltinmodule.c builtin_format_impl
fn builtin_format(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("format")?;
    let a = args.positional();
    expect_count("format", a, 1, 2)?;
    let spec = match a.get(1) {
        None => "",
        Some(Value::Str(s)) => s.as_str(),
        Some(other) => {
            return Err(type_error(format!(
                "format() argument 2 must be str, not {}",
                other.type_name()
            )))
        }
    };
    Ok(Value::string(ops::format(interp, &a[0], spec)?))
}

// CPython: Python/bltinmodule.c builtin_vars
fn builtin_vars(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("vars")?;
    let a = args.positional();
    expect_count("vars", a, 0, 1)?;
    let Some(obj) = a.first() else {
        return call_locals(interp);
    };
    match ops::getattr(interp, obj, "__dict__") {
        Ok(d) => Ok(d),
        Err(e) if e.matches(ExcKind::AttributeError) => {
            Err(type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

fn str_keys(d: &PyDict, out: &mut Vec<String>) {
    for k in d.keys() {
        if let Value::Str(s) = k {
            out.push(s.as_str().to_string());
        }
    }
}

// CPython: Python/bltinmodule.c builtin_dir, Objects/object.c _dir_object
fn builtin_dir(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("dir")?;
    let a = args.positional();
    expect_count("dir", a, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    match a.first() {
        None => {
            let locals = call_locals(interp)?;
            let keys = rspy_objects::iter::collect(interp, &locals)?;
            let mut items = keys;
            rspy_objects::container_methods::sort_values(interp, &mut items, &Value::None, false)?;
            return Ok(Value::list(items));
        }
        Some(Value::Module(m)) => {
            if let Some(f) = m.dict.get_str("__dir__") {
                let r = ops::call0(interp, &f, &[])?;
                let mut items = rspy_objects::iter::collect(interp, &r)?;
                rspy_objects::container_methods::sort_values(
                    interp,
                    &mut items,
                    &Value::None,
                    false,
                )?;
                return Ok(Value::list(items));
            }
            str_keys(&m.dict, &mut names);
        }
        Some(Value::Type(t))
            if t.metaclass()
                .lookup("__dir__")
                .is_none_or(|f| matches!(f, Value::Native(_))) =>
        {
            for c in t.mro() {
                str_keys(&c.dict, &mut names);
            }
        }
        Some(obj) => {
            let Some(r) = ops::call_dunder(interp, obj, "__dir__", &[])? else {
                return Err(type_error("object does not provide __dir__"));
            };
            let mut items = rspy_objects::iter::collect(interp, &r)?;
            rspy_objects::container_methods::sort_values(interp, &mut items, &Value::None, false)?;
            return Ok(Value::list(items));
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn builtin_open(_: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Err(ExcKind::NotImplementedError.new_err("open() is not supported yet"))
}

fn builtin_memoryview(_: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Err(ExcKind::NotImplementedError.new_err("memoryview is not supported yet"))
}

// ------------------------------------------------ iterator constructors

// CPython: Objects/enumobject.c enum_new_impl
fn enumerate_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = &args.positional()[1..];
    let total = args.values.len() - 1;
    if total > 2 {
        return Err(type_error(format!(
            "enumerate() takes at most 2 arguments ({total} given)"
        )));
    }
    let mut iterable = pos.first().cloned();
    let mut start = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        match k.as_str() {
            "iterable" if iterable.is_none() => iterable = Some(v.clone()),
            "start" if start.is_none() => start = Some(v.clone()),
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for enumerate()"
                )))
            }
        }
    }
    let Some(iterable) = iterable else {
        return Err(type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    };
    let count = match start {
        Some(s) => ops::index(interp, &s)?,
        None => Value::Int(0),
    };
    let inner = ops::get_iter(interp, &iterable)?;
    Ok(PyIterator::new(
        IterKind::Enumerate,
        IterState::Enumerate { inner, count },
    ))
}

// CPython: Python/bltinmodule.c zip_new
fn zip_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.only_kwargs("zip", &["strict"])?;
    let strict = match args.kw("strict") {
        Some(v) => ops::truthy(interp, v)?,
        None => false,
    };
    let mut iters = Vec::new();
    for v in &args.positional()[1..] {
        iters.push(ops::get_iter(interp, v)?);
    }
    Ok(PyIterator::new(
        IterKind::Zip,
        IterState::Zip { iters, strict },
    ))
}

// CPython: Python/bltinmodule.c map_new_impl
fn map_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.only_kwargs("map", &["strict"])?;
    let pos = &args.positional()[1..];
    if pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    // `strict=True` is accepted; length mismatches are not yet reported.
    if let Some(v) = args.kw("strict") {
        ops::truthy(interp, v)?;
    }
    let mut iters = Vec::with_capacity(pos.len() - 1);
    for v in &pos[1..] {
        iters.push(ops::get_iter(interp, v)?);
    }
    Ok(PyIterator::new(
        IterKind::Map,
        IterState::Map {
            func: pos[0].clone(),
            iters,
        },
    ))
}

// CPython: Python/bltinmodule.c filter_new
fn filter_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("filter")?;
    let pos = &args.positional()[1..];
    expect_count("filter", pos, 2, 2)?;
    let inner = ops::get_iter(interp, &pos[1])?;
    Ok(PyIterator::new(
        IterKind::Filter,
        IterState::Filter {
            func: pos[0].clone(),
            inner,
        },
    ))
}

// CPython: Objects/enumobject.c reversed_new_impl
fn reversed_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("reversed")?;
    let pos = &args.positional()[1..];
    expect_count("reversed", pos, 1, 1)?;
    let seq = &pos[0];
    let rev = |seq: Value, len: usize| {
        PyIterator::new(IterKind::Reversed, IterState::Reversed { seq, pos: len })
    };
    match seq {
        Value::List(l) => {
            let n = l.items.borrow().len();
            return Ok(rev(seq.clone(), n));
        }
        Value::Tuple(t) => return Ok(rev(seq.clone(), t.items.len())),
        Value::Range(r) => return Ok(rspy_objects::iter::range_reversed(r)),
        Value::Str(s) => {
            let chars: Vec<Value> = s
                .as_str()
                .chars()
                .map(|c| Value::string(c.to_string()))
                .collect();
            let n = chars.len();
            return Ok(rev(Value::tuple(chars), n));
        }
        Value::Dict(d) => {
            let keys = d.keys();
            let n = keys.len();
            return Ok(rev(Value::tuple(keys), n));
        }
        Value::Iterator(i) if i.is_view() => {
            let items = rspy_objects::iter::collect(interp, seq)?;
            let n = items.len();
            return Ok(rev(Value::tuple(items), n));
        }
        _ => {}
    }
    let ty = seq.py_type();
    match ty.lookup("__reversed__") {
        Some(Value::None) => return Err(not_reversible(seq)),
        Some(_) => {
            if let Some(r) = ops::call_dunder(interp, seq, "__reversed__", &[])? {
                return Ok(r);
            }
        }
        None => {}
    }
    if ty.lookup("__getitem__").is_none() || matches!(seq, Value::Set(_) | Value::FrozenSet(_)) {
        return Err(not_reversible(seq));
    }
    let n = ops::len(interp, seq)?;
    Ok(rev(seq.clone(), n))
}

fn not_reversible(v: &Value) -> PyErr {
    type_error(format!("'{}' object is not reversible", v.type_name()))
}

// ------------------------------------------------------------ the module

fn native(name: &'static str, f: NativeFn) -> Value {
    let mut n = NativeFunction::function(name, f);
    n.module = Some("builtins");
    Value::Native(Rc::new(n))
}

/// A fresh dict for the `builtins` module.
pub fn builtins_dict() -> Rc<PyDict> {
    let d = Rc::new(PyDict::new());
    let t = types();
    let it = &t.iterator_types;
    it.get(IterKind::Enumerate)
        .add_static("__new__", enumerate_new);
    it.get(IterKind::Zip).add_static("__new__", zip_new);
    it.get(IterKind::Map).add_static("__new__", map_new);
    it.get(IterKind::Filter).add_static("__new__", filter_new);
    it.get(IterKind::Reversed)
        .add_static("__new__", reversed_new);
    let named_types = [
        ("object", &t.object_type),
        ("type", &t.type_type),
        ("int", &t.int_type),
        ("bool", &t.bool_type),
        ("float", &t.float_type),
        ("str", &t.str_type),
        ("bytes", &t.bytes_type),
        ("tuple", &t.tuple_type),
        ("list", &t.list_type),
        ("dict", &t.dict_type),
        ("set", &t.set_type),
        ("frozenset", &t.frozenset_type),
        ("range", &t.range_type),
        ("slice", &t.slice_type),
        ("property", &t.property_type),
        ("classmethod", &t.classmethod_type),
        ("staticmethod", &t.staticmethod_type),
        ("super", &t.super_type),
        ("enumerate", it.get(IterKind::Enumerate)),
        ("zip", it.get(IterKind::Zip)),
        ("map", it.get(IterKind::Map)),
        ("filter", it.get(IterKind::Filter)),
        ("reversed", it.get(IterKind::Reversed)),
    ];
    for (name, ty) in named_types {
        d.set_str(name, Value::Type(ty.clone()));
    }
    d.set_str(
        "complex",
        Value::Type(rspy_objects::complex::complex_type()),
    );
    d.set_str(
        "bytearray",
        Value::Type(rspy_objects::bytearray::bytearray_type()),
    );
    for kind in ExcKind::ALL {
        d.set_str(kind.name(), Value::Type(kind.get().clone()));
    }
    // CPython: Python/bltinmodule.c keeps the old names as aliases of OSError.
    for alias in ["IOError", "EnvironmentError"] {
        d.set_str(alias, Value::Type(ExcKind::OSError.get().clone()));
    }
    d.set_str("__name__", Value::str("builtins"));
    d.set_str("None", Value::None);
    d.set_str("True", Value::Bool(true));
    d.set_str("False", Value::Bool(false));
    d.set_str("Ellipsis", Value::Ellipsis);
    d.set_str("NotImplemented", Value::NotImplemented);
    d.set_str("__debug__", Value::Bool(true));
    let functions: &[(&'static str, NativeFn)] = &[
        ("print", builtin_print),
        ("input", builtin_input),
        ("len", builtin_len),
        ("repr", builtin_repr),
        ("ascii", builtin_ascii),
        ("abs", builtin_abs),
        ("min", builtin_min),
        ("max", builtin_max),
        ("sum", builtin_sum),
        ("sorted", builtin_sorted),
        ("any", builtin_any),
        ("all", builtin_all),
        ("iter", builtin_iter),
        ("next", builtin_next),
        ("aiter", builtin_aiter),
        ("anext", builtin_anext),
        ("hash", builtin_hash),
        ("id", builtin_id),
        ("ord", builtin_ord),
        ("chr", builtin_chr),
        ("hex", builtin_hex),
        ("oct", builtin_oct),
        ("bin", builtin_bin),
        ("round", builtin_round),
        ("divmod", builtin_divmod),
        ("pow", builtin_pow),
        ("callable", builtin_callable),
        ("getattr", builtin_getattr),
        ("setattr", builtin_setattr),
        ("hasattr", builtin_hasattr),
        ("delattr", builtin_delattr),
        ("isinstance", builtin_isinstance),
        ("issubclass", builtin_issubclass),
        ("format", builtin_format),
        ("vars", builtin_vars),
        ("dir", builtin_dir),
        ("open", builtin_open),
        ("memoryview", builtin_memoryview),
    ];
    for (name, f) in functions {
        d.set_str(name, native(name, *f));
    }
    BUILTINS.with(|b| *b.borrow_mut() = Rc::downgrade(&d));
    d
}

/// `import builtins`: the module over the built-in namespace itself, so
/// assigning `builtins.x` defines a built-in. CPython: Python/bltinmodule.c.
pub fn init(
    vm: &mut rspy_vm::Vm,
) -> rspy_objects::value::PyResult<Rc<rspy_objects::value::PyModule>> {
    let d = vm.builtins.clone();
    if d.get_str("__name__").is_none() {
        d.set_str("__name__", Value::str("builtins"));
    }
    Ok(Rc::new(rspy_objects::value::PyModule::new("builtins", d)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::ToPrimitive;

    #[test]
    fn ascii_escapes() {
        assert_eq!(ascii_escape("'h\u{e9}llo'"), "'h\\xe9llo'");
        assert_eq!(ascii_escape("\u{3bb}"), "\\u03bb");
        assert_eq!(ascii_escape("\u{1f600}"), "\\U0001f600");
        assert_eq!(ascii_escape("abc"), "abc");
    }

    #[test]
    fn bases() {
        assert_eq!(int_to_base(&BigInt::from(-255), 16), "-0xff");
        assert_eq!(int_to_base(&BigInt::from(8), 8), "0o10");
        assert_eq!(int_to_base(&BigInt::from(-5), 2), "-0b101");
        assert_eq!(int_to_base(&BigInt::from(0), 16), "0x0");
    }

    #[test]
    fn int_rounding() {
        let r = |x: i64, n: i64| round_bigint(&BigInt::from(x), n).to_i64().unwrap();
        assert_eq!(r(5, -1), 0);
        assert_eq!(r(15, -1), 20);
        assert_eq!(r(25, -1), 20);
        assert_eq!(r(-25, -1), -20);
        assert_eq!(r(12345, -2), 12300);
        assert_eq!(r(5, 2), 5);
        assert_eq!(r(123, -100), 0);
        assert_eq!(r(-6, -1), -10);
    }

    #[test]
    fn compensated_sum() {
        let (mut s, mut c) = (0.0, 0.0);
        for _ in 0..10 {
            (s, c) = neumaier_add(s, c, 0.1);
        }
        assert_eq!(float_total(s, c), 1.0);
        let (mut s, mut c) = (0.0, 0.0);
        for x in [1e100, 1.0, -1e100] {
            (s, c) = neumaier_add(s, c, x);
        }
        assert_eq!(float_total(s, c), 1.0);
    }
}
