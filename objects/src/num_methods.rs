//! Natives of `int`, `bool` and `float`: the constructors (`int()`,
//! `bool()`, `float()`), the named methods (`bit_length`, `to_bytes`,
//! `as_integer_ratio`, `hex`, ...) and the dunder methods, which delegate to
//! the arithmetic in int.rs / float.rs / numparse.rs. Also the small
//! argument-checking helpers shared with container_methods.rs.
//! CPython: Objects/longobject.c, Objects/boolobject.c, Objects/floatobject.c.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use crate::code::{BinOp, CmpOp, UnaryOp};
use crate::exceptions::{type_error, value_error, ExcKind, PyErr};
use crate::function::Args;
use crate::interp::Interp;
use crate::types::types;
use crate::value::{PyBytes, PyResult, Value};
use crate::{float, int, numparse, ops};

// ------------------------------------------------------- argument helpers

/// The positional arguments after `self` (or after the class for `__new__`).
pub fn rest<'a>(args: &Args<'a>) -> &'a [Value] {
    let p = args.positional();
    if p.is_empty() {
        p
    } else {
        &p[1..]
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Positional count check with Argument Clinic's wording ("pop expected at
/// most 2 arguments, got 3"); keyword arguments are refused.
// CPython: Python/getargs.c _PyArg_CheckPositional
pub(crate) fn check_pos<'a>(
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    check_pos_kw(args, name, min, max)
}

/// Like `check_pos`, leaving keyword arguments to the caller.
pub fn check_pos_kw<'a>(
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let r = rest(args);
    let n = r.len();
    if n < min {
        if min == max {
            return Err(type_error(format!(
                "{name} expected {min} argument{}, got {n}",
                plural(min)
            )));
        }
        return Err(type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        if min == max {
            return Err(type_error(format!(
                "{name} expected {max} argument{}, got {n}",
                plural(max)
            )));
        }
        return Err(type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(r)
}

/// METH_NOARGS: `list.copy() takes no arguments (1 given)`.
pub fn no_args(args: &Args<'_>, qual: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(type_error(format!("{qual}() takes no keyword arguments")));
    }
    let n = rest(args).len();
    if n != 0 {
        return Err(type_error(format!(
            "{qual}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

/// METH_O: `list.append() takes exactly one argument (0 given)`.
pub fn one_arg<'a>(args: &Args<'a>, qual: &str) -> PyResult<&'a Value> {
    if args.has_kwargs() {
        return Err(type_error(format!("{qual}() takes no keyword arguments")));
    }
    let r = rest(args);
    if r.len() != 1 {
        return Err(type_error(format!(
            "{qual}() takes exactly one argument ({} given)",
            r.len()
        )));
    }
    Ok(&r[0])
}

/// Slot wrappers (`__add__`, `__len__`, ...): `expected 1 argument, got 0`.
pub fn slot_args<'a>(args: &Args<'a>, n: usize) -> PyResult<&'a [Value]> {
    let r = rest(args);
    if r.len() != n || args.has_kwargs() {
        if args.has_kwargs() {
            return Err(type_error("wrapper takes no keyword arguments"));
        }
        return Err(type_error(format!(
            "expected {n} argument{}, got {}",
            plural(n),
            r.len()
        )));
    }
    Ok(r)
}

/// The error for a method called on the wrong kind of `self`.
pub fn descr_error(name: &str, ty: &str, got: Option<&Value>) -> PyErr {
    match got {
        None => type_error(format!("unbound method {ty}.{name}() needs an argument")),
        Some(v) if name.starts_with("__") => type_error(format!(
            "descriptor '{name}' requires a '{ty}' object but received a '{}'",
            v.type_name()
        )),
        Some(v) => type_error(format!(
            "descriptor '{name}' for '{ty}' objects doesn't apply to a '{}' object",
            v.type_name()
        )),
    }
}

/// Map positional (after self) and keyword arguments onto `names`.
/// `max_pos` limits how many may be positional.
pub fn parse_args(
    args: &Args<'_>,
    fname: &str,
    names: &[&str],
    max_pos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let r = rest(args);
    if r.len() > max_pos {
        return Err(type_error(if max_pos == names.len() {
            format!(
                "{fname}() takes at most {max_pos} argument{} ({} given)",
                plural(max_pos),
                r.len()
            )
        } else {
            format!(
                "{fname}() takes at most {max_pos} positional argument{} ({} given)",
                plural(max_pos),
                r.len()
            )
        }));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in r.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(type_error(format!(
                        "argument for {fname}() given by name ('{}') and position ({})",
                        k.as_str(),
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            None => {
                return Err(type_error(format!(
                    "{fname}() got an unexpected keyword argument '{}'",
                    k.as_str()
                )))
            }
        }
    }
    Ok(out)
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
    )
}

/// An int-like as a plain int (bools become 0/1).
fn as_int(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    }
}

fn int_self<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    match args.positional().first() {
        Some(v) if is_int(v) => Ok(v),
        other => Err(descr_error(name, "int", other)),
    }
}

fn float_self(args: &Args<'_>, name: &str) -> PyResult<f64> {
    match args.positional().first() {
        Some(Value::Float(f)) => Ok(*f),
        other => Err(descr_error(name, "float", other)),
    }
}

fn big_of(v: &Value) -> BigInt {
    int::to_bigint(v).unwrap_or_default()
}

// ------------------------------------------------------------ constructors

/// Text and bytes given to int()/float(): the text, and how to show it in
/// error messages when it came from bytes or a bytearray (as bytes).
fn text_arg(v: &Value) -> Option<(std::borrow::Cow<'_, str>, Option<String>)> {
    match v {
        Value::Str(s) => Some((std::borrow::Cow::Borrowed(s.as_str()), None)),
        Value::Bytes(_) | Value::Object(_) => {
            let b = crate::bytes_methods::bytes_like(v)?;
            let s: String = b.iter().map(|&c| c as char).collect();
            Some((
                std::borrow::Cow::Owned(s),
                Some(crate::repr::bytes_repr(&b)),
            ))
        }
        _ => None,
    }
}

/// Replace the `'text'` tail of a parse error with the bytes repr.
fn bytes_parse_error(e: numparse::NumError, shown: Option<String>) -> PyErr {
    let mut err = PyErr::from(e);
    if let Some(shown) = shown {
        if err.matches(ExcKind::ValueError) {
            if let Some(Value::Str(m)) = err.args().first() {
                if let Some(pos) = m.as_str().find(": ") {
                    err = value_error(format!("{}: {}", &m.as_str()[..pos], shown));
                }
            }
        }
    }
    err
}

fn check_new_cls(args: &Args<'_>, ty: &Rc<crate::types::PyType>) -> PyResult<()> {
    let tn = &ty.name;
    match args.positional().first() {
        Some(Value::Type(c)) => {
            if !c.is_subtype(ty) {
                return Err(type_error(format!(
                    "{tn}.__new__({}): {} is not a subtype of {tn}",
                    c.name, c.name
                )));
            }
            if !Rc::ptr_eq(c, ty) && c.builtin {
                return Err(type_error(format!(
                    "{tn}.__new__({}) is not safe, use {}.__new__()",
                    c.name, c.name
                )));
            }
            Ok(())
        }
        Some(other) => Err(type_error(format!(
            "{tn}.__new__(X): X is not a type object ({})",
            other.type_name()
        ))),
        None => Err(type_error(format!("{tn}.__new__(): not enough arguments"))),
    }
}

/// `int(x=0)`, `int(x, base=10)`.
// CPython: Objects/longobject.c long_new_impl
fn int_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let values = text_args(&args);
    let args = Args::with_kw(&values, args.kwnames);
    let v = int_new_value(interp, args)?;
    Ok(crate::object::new_for(&cls, v))
}

/// The arguments with instances of str/bytes subclasses replaced by their
/// text: int() and float() parse them as strings (CPython's
/// PyUnicode_Check/PyBytes_Check accept subclasses).
fn text_args(args: &Args<'_>) -> Vec<Value> {
    args.values
        .iter()
        .map(|v| match v {
            Value::Instance(i) => match &i.payload {
                Some(p @ (Value::Str(_) | Value::Bytes(_))) => p.clone(),
                _ => v.clone(),
            },
            _ => v.clone(),
        })
        .collect()
}

fn int_new_value(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    check_new_cls(&args, &types().int_type)?;
    let r = rest(&args);
    let mut base: Option<&Value> = None;
    for (k, v) in args.kwargs() {
        if k.as_str() == "base" {
            base = Some(v);
        } else {
            return Err(type_error(format!(
                "int() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    if r.len() > 2 || (r.len() == 2 && base.is_some()) {
        let n = r.len() + base.is_some() as usize;
        if r.len() == 2 {
            return Err(type_error(
                "argument for int() given by name ('base') and position (2)",
            ));
        }
        return Err(type_error(format!(
            "int expected at most 2 arguments, got {n}"
        )));
    }
    if r.len() == 2 {
        base = Some(&r[1]);
    }
    let Some(x) = r.first() else {
        if base.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = match ops::index(interp, b)? {
            Value::Int(i) => i,
            _ => -1,
        };
        let Some((text, shown)) = text_arg(x) else {
            return Err(type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        return numparse::parse_int(&text, b)
            .map(Value::from_bigint)
            .map_err(|e| bytes_parse_error(e, shown));
    }
    int_from_value(interp, x)
}

/// `int(x)` for one argument.
fn int_from_value(interp: &mut dyn Interp, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) | Value::BigInt(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => return float::float_to_int(*f),
        Value::Str(s) => {
            if let Ok(i) = s.as_str().parse::<i64>() {
                return Ok(Value::Int(i));
            }
            return numparse::parse_int(s.as_str(), 10)
                .map(Value::from_bigint)
                .map_err(PyErr::from);
        }
        Value::Bytes(_) | Value::Object(_) => {
            if let Some((text, shown)) = text_arg(x) {
                return numparse::parse_int(&text, 10)
                    .map(Value::from_bigint)
                    .map_err(|e| bytes_parse_error(e, shown));
            }
        }
        _ => {}
    }
    if let Some(r) = ops::call_dunder(interp, x, "__int__", &[])? {
        return match r {
            Value::Int(_) | Value::BigInt(_) => Ok(r),
            Value::Bool(b) => Ok(Value::Int(b as i64)),
            other => Err(type_error(format!(
                "__int__ returned non-int (type {})",
                other.type_name()
            ))),
        };
    }
    if x.py_type().lookup("__index__").is_some() {
        return ops::index(interp, x);
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        x.type_name()
    )))
}

/// `bool(x=False)`.
// CPython: Objects/boolobject.c bool_new
fn bool_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let r = check_pos(&args, "bool", 0, 1)?;
    match r.first() {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(ops::truthy(interp, v)?)),
    }
}

/// `float(x=0.0)`.
// CPython: Objects/floatobject.c float_new_impl
fn float_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let values = text_args(&args);
    let args = Args::with_kw(&values, args.kwnames);
    let v = float_new_value(interp, args)?;
    Ok(crate::object::new_for(&cls, v))
}

fn float_new_value(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    check_new_cls(&args, &types().float_type)?;
    let r = check_pos(&args, "float", 0, 1)?;
    let Some(x) = r.first() else {
        return Ok(Value::Float(0.0));
    };
    float_from_value(interp, x)
}

/// `float(x)` for one argument.
pub(crate) fn float_from_value(interp: &mut dyn Interp, x: &Value) -> PyResult<Value> {
    match x {
        Value::Float(_) => return Ok(x.clone()),
        Value::Int(i) => return Ok(Value::Float(*i as f64)),
        Value::Bool(b) => return Ok(Value::Float(*b as i64 as f64)),
        Value::BigInt(b) => return Ok(Value::Float(numparse::bigint_to_f64(b)?)),
        Value::Str(_) | Value::Bytes(_) | Value::Object(_) => {
            if let Some((text, mut shown)) = text_arg(x) {
                // CPython shows a bytearray as itself here.
                if let Some(r) = crate::bytearray::repr_of(x) {
                    shown = Some(r);
                }
                return numparse::parse_float(&text)
                    .map(|f| Value::Float(crate::float::distinct_nan(f)))
                    .map_err(|e| bytes_parse_error(e, shown));
            }
        }
        _ => {}
    }
    if let Some(r) = ops::call_dunder(interp, x, "__float__", &[])? {
        return match r {
            Value::Float(_) => Ok(r),
            other => Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                x.type_name(),
                other.type_name()
            ))),
        };
    }
    if x.py_type().lookup("__index__").is_some() {
        let i = ops::index(interp, x)?;
        return Ok(Value::Float(float::to_f64(&i)?));
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        x.type_name()
    )))
}

// ------------------------------------------------------------ int methods

// CPython: Objects/longobject.c int_bit_length_impl
fn int_bit_length(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = int_self(&args, "bit_length")?;
    no_args(&args, "int.bit_length")?;
    Ok(Value::Int(match v {
        Value::BigInt(b) => b.bits() as i64,
        other => {
            let i = int::to_i64(other).unwrap_or(0);
            64 - i.unsigned_abs().leading_zeros() as i64
        }
    }))
}

// CPython: Objects/longobject.c int_bit_count_impl
fn int_bit_count(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = int_self(&args, "bit_count")?;
    no_args(&args, "int.bit_count")?;
    Ok(Value::Int(match v {
        Value::BigInt(b) => b.magnitude().count_ones() as i64,
        other => int::to_i64(other).unwrap_or(0).unsigned_abs().count_ones() as i64,
    }))
}

fn byteorder_arg(v: Option<Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            other.type_name()
        ))),
    }
}

// CPython: Objects/longobject.c int_to_bytes_impl
fn int_to_bytes(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = big_of(int_self(&args, "to_bytes")?);
    let a = parse_args(&args, "to_bytes", &["length", "byteorder", "signed"], 2)?;
    let length = match &a[0] {
        None => 1,
        Some(l) => match ops::index(interp, l)? {
            Value::Int(i) if i < 0 => {
                return Err(value_error("length argument must be non-negative"))
            }
            Value::Int(i) => i as usize,
            _ => {
                return Err(
                    ExcKind::OverflowError.new_err("Python int too large to convert to C ssize_t")
                )
            }
        },
    };
    let little = byteorder_arg(a[1].clone(), "to_bytes")?;
    let signed = match &a[2] {
        None => false,
        Some(s) => ops::truthy(interp, s)?,
    };
    let too_big = || ExcKind::OverflowError.new_err("int too big to convert");
    let mut bytes = if v.is_zero() {
        vec![]
    } else if signed {
        v.to_signed_bytes_be()
    } else {
        if v.is_negative() {
            return Err(ExcKind::OverflowError.new_err("can't convert negative int to unsigned"));
        }
        v.to_bytes_be().1
    };
    if bytes.len() > length {
        return Err(too_big());
    }
    let fill = if signed && v.is_negative() { 0xff } else { 0 };
    let mut out = crate::seq::try_vec(length)?;
    out.resize(length - bytes.len(), fill);
    out.append(&mut bytes);
    if little {
        out.reverse();
    }
    Ok(Value::Bytes(Rc::new(PyBytes { data: out })))
}

/// Bytes from a bytes object or an iterable of ints.
pub(crate) fn bytes_from_iterable(interp: &mut dyn Interp, v: &Value) -> PyResult<Vec<u8>> {
    if let Value::Bytes(b) = v {
        return Ok(b.data.clone());
    }
    let items = crate::iter::collect(interp, v)?;
    let mut out = Vec::with_capacity(items.len());
    for x in &items {
        match ops::index(interp, x)? {
            Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
            _ => return Err(value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

// CPython: Objects/longobject.c int_from_bytes_impl
fn int_from_bytes(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse_args(&args, "from_bytes", &["bytes", "byteorder", "signed"], 2)?;
    let Some(src) = &a[0] else {
        return Err(type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let mut data = bytes_from_iterable(interp, src)?;
    let little = byteorder_arg(a[1].clone(), "from_bytes")?;
    let signed = match &a[2] {
        None => false,
        Some(s) => ops::truthy(interp, s)?,
    };
    if little {
        data.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_be(&data)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &data)
    };
    Ok(Value::from_bigint(v))
}

/// `int.conjugate`, `__int__`, `__index__`, `__trunc__`, `__floor__`,
/// `__ceil__`, `__pos__`: the value as a plain int.
// CPython: Objects/longobject.c long_long
fn int_identity(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = int_self(&args, "__int__")?;
    slot_args(&args, 0)?;
    Ok(as_int(v))
}

// CPython: Objects/longobject.c int_as_integer_ratio_impl
fn int_as_integer_ratio(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = int_self(&args, "as_integer_ratio")?;
    no_args(&args, "int.as_integer_ratio")?;
    Ok(Value::tuple(vec![as_int(v), Value::Int(1)]))
}

// CPython: Objects/longobject.c int_is_integer_impl
fn int_is_integer(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    int_self(&args, "is_integer")?;
    no_args(&args, "int.is_integer")?;
    Ok(Value::Bool(true))
}

// CPython: Objects/longobject.c long_float
fn int_float(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = int_self(&args, "__float__")?;
    slot_args(&args, 0)?;
    Ok(Value::Float(float::to_f64(v)?))
}

// CPython: Objects/longobject.c long_abs
fn int_abs(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = int_self(&args, "__abs__")?;
    slot_args(&args, 0)?;
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        other => as_int(other),
    })
}

fn int_neg(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = int_self(&args, "__neg__")?;
    slot_args(&args, 0)?;
    int::unary(v, UnaryOp::Neg)
}

fn int_invert(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = int_self(&args, "__invert__")?;
    slot_args(&args, 0)?;
    int::unary(v, UnaryOp::Invert)
}

fn int_bool(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = int_self(&args, "__bool__")?;
    slot_args(&args, 0)?;
    Ok(Value::Bool(match v {
        Value::Int(i) => *i != 0,
        Value::Bool(b) => *b,
        _ => true,
    }))
}

/// `__hash__` of any built-in value (ints, floats, tuples, ...).
pub(crate) fn value_hash(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(v) = args.positional().first() else {
        return Err(type_error("descriptor '__hash__' needs an argument"));
    };
    slot_args(&args, 0)?;
    Ok(Value::Int(ops::hash(interp, v)?))
}

/// `__repr__` of any built-in value.
pub(crate) fn value_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(v) = args.positional().first() else {
        return Err(type_error("descriptor '__repr__' needs an argument"));
    };
    slot_args(&args, 0)?;
    Ok(Value::string(ops::repr(interp, v)?))
}

/// `int.__repr__`: a bool given explicitly prints as its number.
// CPython: Objects/longobject.c long_to_decimal_string
fn int_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if let Some(Value::Bool(b)) = args.positional().first() {
        slot_args(&args, 0)?;
        return Ok(Value::string(i64::from(*b).to_string()));
    }
    value_repr(interp, args)
}

/// `__format__(spec)` of ints, bools and floats.
// CPython: Objects/longobject.c int___format___impl
fn num_format(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(v) = args.positional().first() else {
        return Err(type_error("descriptor '__format__' needs an argument"));
    };
    let r = check_pos(&args, "__format__", 1, 1)?;
    let Value::Str(spec) = &r[0] else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            r[0].type_name()
        )));
    };
    Ok(Value::string(ops::format(interp, v, spec.as_str())?))
}

/// `round(int, ndigits)`: negative ndigits round half to even.
// CPython: Objects/longobject.c int___round___impl / _PyLong_Round
fn int_round(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = int_self(&args, "__round__")?;
    let r = check_pos(&args, "__round__", 0, 1)?;
    let nd = match r.first() {
        None | Some(Value::None) => return Ok(as_int(v)),
        Some(n) => ops::index(interp, n)?,
    };
    let nd = match nd {
        Value::Int(i) => i,
        Value::BigInt(b) if b.is_negative() => return Ok(Value::Int(0)),
        _ => return Ok(as_int(v)),
    };
    if nd >= 0 {
        return Ok(as_int(v));
    }
    let x = big_of(v);
    let digits = nd.unsigned_abs();
    // |x| < 10**digits whenever digits exceeds its decimal length: result 0.
    if digits > (x.bits() as u64) / 3 + 2 {
        return Ok(Value::Int(0));
    }
    Ok(Value::from_bigint(round_half_even(&x, digits as usize)))
}

/// `x` rounded to a multiple of 10**digits, ties to even.
fn round_half_even(x: &BigInt, digits: usize) -> BigInt {
    let p = num_traits::pow(BigInt::from(10), digits);
    let (mut q, r) = x.div_mod_floor(&p);
    let twice: BigInt = r * 2;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1;
    }
    q * p
}

/// The int binary dunders; NotImplemented for non-int operands.
// CPython: Objects/longobject.c long_add, long_sub, ... (binary slots)
fn int_binary(args: Args<'_>, op: BinOp, reflected: bool, name: &str) -> PyResult<Value> {
    let a = int_self(&args, name)?;
    let b = &slot_args(&args, 1)?[0];
    if !is_int(b) {
        return Ok(Value::NotImplemented);
    }
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let (x, y) = if reflected { (*y, *x) } else { (*x, *y) };
        if let Some(r) = int::small_binop(x, y, op) {
            return r;
        }
    }
    if reflected {
        int::binop(b, a, op)
    } else {
        int::binop(a, b, op)
    }
}

/// `bool & bool` stays a bool; anything else is int arithmetic.
// CPython: Objects/boolobject.c bool_and, bool_or, bool_xor
fn bool_binary(args: Args<'_>, op: BinOp, reflected: bool, name: &str) -> PyResult<Value> {
    if let (Some(Value::Bool(a)), Some(Value::Bool(b))) =
        (args.positional().first(), rest(&args).first())
    {
        slot_args(&args, 1)?;
        return Ok(Value::Bool(match op {
            BinOp::And => a & b,
            BinOp::Or => a | b,
            _ => a ^ b,
        }));
    }
    int_binary(args, op, reflected, name)
}

fn int_pow_impl(args: Args<'_>, reflected: bool) -> PyResult<Value> {
    let name = if reflected { "__rpow__" } else { "__pow__" };
    let a = int_self(&args, name)?;
    let r = rest(&args);
    if r.is_empty() || r.len() > 2 || args.has_kwargs() {
        return Err(type_error(format!(
            "expected 1 or 2 arguments, got {}",
            r.len()
        )));
    }
    let b = &r[0];
    if !is_int(b) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    match r.get(1) {
        None | Some(Value::None) => int::binop(x, y, BinOp::Pow),
        Some(m) if is_int(m) => int::pow_mod(&big_of(x), &big_of(y), &big_of(m)),
        Some(_) => Ok(Value::NotImplemented),
    }
}

// CPython: Objects/longobject.c long_pow
fn int_pow(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    int_pow_impl(args, false)
}

fn int_rpow(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    int_pow_impl(args, true)
}

fn int_divmod_impl(args: Args<'_>, reflected: bool) -> PyResult<Value> {
    let name = if reflected {
        "__rdivmod__"
    } else {
        "__divmod__"
    };
    let a = int_self(&args, name)?;
    let b = &slot_args(&args, 1)?[0];
    if !is_int(b) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let q = int::binop(x, y, BinOp::FloorDiv)?;
    let m = int::binop(x, y, BinOp::Mod)?;
    Ok(Value::tuple(vec![q, m]))
}

// CPython: Objects/longobject.c long_divmod
fn int_divmod(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    int_divmod_impl(args, false)
}

fn int_rdivmod(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    int_divmod_impl(args, true)
}

/// int comparisons: only against ints.
// CPython: Objects/longobject.c long_richcompare
fn int_compare(args: Args<'_>, op: CmpOp) -> PyResult<Value> {
    let a = int_self(&args, op.dunder())?;
    let b = &slot_args(&args, 1)?[0];
    if !is_int(b) {
        return Ok(Value::NotImplemented);
    }
    let ord = match (int::to_i64(a), int::to_i64(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => big_of(a).cmp(&big_of(b)),
    };
    Ok(Value::Bool(op.from_ordering(ord)))
}

// ---------------------------------------------------------- float methods

// CPython: Objects/floatobject.c float_is_integer_impl
fn float_is_integer(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = float_self(&args, "is_integer")?;
    no_args(&args, "float.is_integer")?;
    Ok(Value::Bool(x.is_finite() && x.trunc() == x))
}

// CPython: Objects/floatobject.c float_as_integer_ratio_impl
fn float_as_integer_ratio(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = float_self(&args, "as_integer_ratio")?;
    no_args(&args, "float.as_integer_ratio")?;
    if x.is_infinite() {
        return Err(ExcKind::OverflowError.new_err("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    let (num, den) = float_ratio(x);
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

/// The exact value of a finite float as a reduced fraction.
fn float_ratio(x: f64) -> (BigInt, BigInt) {
    if x == 0.0 {
        return (BigInt::zero(), BigInt::one());
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let tz = m.trailing_zeros() as i64;
    m >>= tz;
    e += tz;
    let mut num = BigInt::from(m);
    if x < 0.0 {
        num = -num;
    }
    if e >= 0 {
        (num << (e as usize), BigInt::one())
    } else {
        (num, BigInt::one() << ((-e) as usize))
    }
}

// CPython: Objects/floatobject.c float_hex_impl
fn float_hex(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = float_self(&args, "hex")?;
    no_args(&args, "float.hex")?;
    Ok(Value::string(float_to_hex(x)))
}

fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    let es = if exp >= 0 {
        format!("+{exp}")
    } else {
        exp.to_string()
    };
    format!("{sign}0x{lead}.{frac:013x}p{es}")
}

// CPython: Objects/floatobject.c float_fromhex
fn float_fromhex(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let r = check_pos(&args, "fromhex", 1, 1)?;
    let Value::Str(s) = &r[0] else {
        return Err(type_error(format!(
            "fromhex() argument must be str, not {}",
            r[0].type_name()
        )));
    };
    Ok(Value::Float(parse_hex_float(s.as_str())?))
}

fn parse_hex_float(s: &str) -> PyResult<f64> {
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let sign = |v: f64| if neg { -v } else { v };
    if lower == "inf" || lower == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(sign(f64::NAN));
    }
    let mut b = lower.as_str();
    if let Some(rest) = b.strip_prefix("0x") {
        b = rest;
    }
    let (mant, exp) = match b.find('p') {
        Some(i) => (&b[..i], Some(&b[i + 1..])),
        None => (b, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let mut m = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        m = m * 16 + d;
    }
    let mut e: i64 = match exp {
        None => 0,
        Some(x) => {
            let digits = x.strip_prefix(['+', '-']).unwrap_or(x);
            if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return Err(invalid());
            }
            x.parse::<i64>().unwrap_or(if x.starts_with('-') {
                i64::MIN / 4
            } else {
                i64::MAX / 4
            })
        }
    };
    e = e.saturating_sub(4 * frac_part.len() as i64);
    if m.is_zero() {
        return Ok(sign(0.0));
    }
    let top = m.bits() as i64 + e;
    if top > 1024 {
        return Err(
            ExcKind::OverflowError.new_err("hexadecimal value too large to represent as a float")
        );
    }
    if top < -1076 {
        return Ok(sign(0.0));
    }
    let v = if e >= 0 {
        numparse::bigint_to_f64(&(m << (e as usize)))
    } else {
        numparse::int_true_div(&m, &(BigInt::one() << ((-e) as usize)))
    };
    match v {
        Ok(v) if v.is_finite() => Ok(sign(v)),
        _ => {
            Err(ExcKind::OverflowError
                .new_err("hexadecimal value too large to represent as a float"))
        }
    }
}

// CPython: Objects/floatobject.c float_conjugate_impl / float_float
fn float_identity(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = float_self(&args, "__float__")?;
    slot_args(&args, 0)?;
    Ok(Value::Float(x))
}

// CPython: Objects/floatobject.c float___trunc___impl
fn float_trunc(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = float_self(&args, "__trunc__")?;
    slot_args(&args, 0)?;
    float::float_to_int(x)
}

// CPython: Objects/floatobject.c float___floor___impl
fn float_floor(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = float_self(&args, "__floor__")?;
    slot_args(&args, 0)?;
    float::float_to_int(x.floor())
}

// CPython: Objects/floatobject.c float___ceil___impl
fn float_ceil(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = float_self(&args, "__ceil__")?;
    slot_args(&args, 0)?;
    float::float_to_int(x.ceil())
}

// CPython: Objects/floatobject.c float___round___impl
fn float_round(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = float_self(&args, "__round__")?;
    let r = check_pos(&args, "__round__", 0, 1)?;
    let nd = match r.first() {
        None | Some(Value::None) => None,
        Some(n) => Some(match ops::index(interp, n)? {
            Value::Int(i) => i,
            Value::BigInt(b) => crate::seq::clamp_big(&b),
            _ => 0,
        }),
    };
    Ok(match numparse::round_float(x, nd)? {
        numparse::RoundResult::Int(b) => Value::from_bigint(b),
        numparse::RoundResult::Float(f) => Value::Float(f),
    })
}

fn float_unary(args: Args<'_>, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = float_self(&args, name)?;
    slot_args(&args, 0)?;
    Ok(Value::Float(f(x)))
}

// CPython: Objects/floatobject.c float_abs
fn float_abs(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    float_unary(args, "__abs__", f64::abs)
}

// CPython: Objects/floatobject.c float_neg
fn float_neg(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    float_unary(args, "__neg__", |x| -x)
}

fn float_pos(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    float_unary(args, "__pos__", |x| x)
}

// CPython: Objects/floatobject.c float_bool
fn float_bool(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = float_self(&args, "__bool__")?;
    slot_args(&args, 0)?;
    Ok(Value::Bool(x != 0.0))
}

/// The float binary dunders; NotImplemented for non-numbers.
// CPython: Objects/floatobject.c float_add, float_sub, ... (binary slots)
fn float_binary(args: Args<'_>, op: BinOp, reflected: bool, name: &str) -> PyResult<Value> {
    let x = float_self(&args, name)?;
    let b = &slot_args(&args, 1)?[0];
    if !is_number(b) {
        return Ok(Value::NotImplemented);
    }
    let a = Value::Float(x);
    if reflected {
        float::binop(b, &a, op)
    } else {
        float::binop(&a, b, op)
    }
}

fn float_pow_impl(args: Args<'_>, reflected: bool) -> PyResult<Value> {
    let name = if reflected { "__rpow__" } else { "__pow__" };
    let x = float_self(&args, name)?;
    let r = rest(&args);
    if r.is_empty() || r.len() > 2 || args.has_kwargs() {
        return Err(type_error(format!(
            "expected 1 or 2 arguments, got {}",
            r.len()
        )));
    }
    if !matches!(r.get(1), None | Some(Value::None)) {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    let b = &r[0];
    if !is_number(b) {
        return Ok(Value::NotImplemented);
    }
    let a = Value::Float(x);
    if reflected {
        float::binop(b, &a, BinOp::Pow)
    } else {
        float::binop(&a, b, BinOp::Pow)
    }
}

// CPython: Objects/floatobject.c float_pow
fn float_pow(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    float_pow_impl(args, false)
}

fn float_rpow(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    float_pow_impl(args, true)
}

fn float_divmod_impl(args: Args<'_>, reflected: bool) -> PyResult<Value> {
    let name = if reflected {
        "__rdivmod__"
    } else {
        "__divmod__"
    };
    let x = float_self(&args, name)?;
    let b = &slot_args(&args, 1)?[0];
    if !is_number(b) {
        return Ok(Value::NotImplemented);
    }
    let y = float::to_f64(b)?;
    let (p, q) = if reflected { (y, x) } else { (x, y) };
    let (d, m) = numparse::float_divmod(p, q)?;
    Ok(Value::tuple(vec![Value::Float(d), Value::Float(m)]))
}

// CPython: Objects/floatobject.c float_divmod
fn float_divmod(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    float_divmod_impl(args, false)
}

fn float_rdivmod(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    float_divmod_impl(args, true)
}

/// float comparisons against floats and ints (exact, NaN unordered).
// CPython: Objects/floatobject.c float_richcompare
fn float_compare(args: Args<'_>, op: CmpOp) -> PyResult<Value> {
    let x = float_self(&args, op.dunder())?;
    let b = &slot_args(&args, 1)?[0];
    if !is_number(b) {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::Bool(match float::cmp_mixed(&Value::Float(x), b) {
        Some(o) => op.from_ordering(o),
        None => op == CmpOp::Ne,
    }))
}

// ------------------------------------------------------------ registration

macro_rules! binary_natives {
    ($imp:ident: $($fname:ident => ($op:expr, $refl:expr, $name:literal)),* $(,)?) => {
        $(
            fn $fname(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
                $imp(args, $op, $refl, $name)
            }
        )*
    };
}

macro_rules! compare_natives {
    ($imp:ident: $($fname:ident => $op:expr),* $(,)?) => {
        $(
            fn $fname(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
                $imp(args, $op)
            }
        )*
    };
}

binary_natives! { int_binary:
    int_add => (BinOp::Add, false, "__add__"),
    int_radd => (BinOp::Add, true, "__radd__"),
    int_sub => (BinOp::Sub, false, "__sub__"),
    int_rsub => (BinOp::Sub, true, "__rsub__"),
    int_mul => (BinOp::Mul, false, "__mul__"),
    int_rmul => (BinOp::Mul, true, "__rmul__"),
    int_truediv => (BinOp::TrueDiv, false, "__truediv__"),
    int_rtruediv => (BinOp::TrueDiv, true, "__rtruediv__"),
    int_floordiv => (BinOp::FloorDiv, false, "__floordiv__"),
    int_rfloordiv => (BinOp::FloorDiv, true, "__rfloordiv__"),
    int_mod => (BinOp::Mod, false, "__mod__"),
    int_rmod => (BinOp::Mod, true, "__rmod__"),
    int_lshift => (BinOp::LShift, false, "__lshift__"),
    int_rlshift => (BinOp::LShift, true, "__rlshift__"),
    int_rshift => (BinOp::RShift, false, "__rshift__"),
    int_rrshift => (BinOp::RShift, true, "__rrshift__"),
    int_and => (BinOp::And, false, "__and__"),
    int_rand => (BinOp::And, true, "__rand__"),
    int_or => (BinOp::Or, false, "__or__"),
    int_ror => (BinOp::Or, true, "__ror__"),
    int_xor => (BinOp::Xor, false, "__xor__"),
    int_rxor => (BinOp::Xor, true, "__rxor__"),
}

binary_natives! { bool_binary:
    bool_and => (BinOp::And, false, "__and__"),
    bool_rand => (BinOp::And, true, "__rand__"),
    bool_or => (BinOp::Or, false, "__or__"),
    bool_ror => (BinOp::Or, true, "__ror__"),
    bool_xor => (BinOp::Xor, false, "__xor__"),
    bool_rxor => (BinOp::Xor, true, "__rxor__"),
}

binary_natives! { float_binary:
    float_add => (BinOp::Add, false, "__add__"),
    float_radd => (BinOp::Add, true, "__radd__"),
    float_sub => (BinOp::Sub, false, "__sub__"),
    float_rsub => (BinOp::Sub, true, "__rsub__"),
    float_mul => (BinOp::Mul, false, "__mul__"),
    float_rmul => (BinOp::Mul, true, "__rmul__"),
    float_truediv => (BinOp::TrueDiv, false, "__truediv__"),
    float_rtruediv => (BinOp::TrueDiv, true, "__rtruediv__"),
    float_floordiv => (BinOp::FloorDiv, false, "__floordiv__"),
    float_rfloordiv => (BinOp::FloorDiv, true, "__rfloordiv__"),
    float_mod => (BinOp::Mod, false, "__mod__"),
    float_rmod => (BinOp::Mod, true, "__rmod__"),
}

compare_natives! { int_compare:
    int_lt => CmpOp::Lt, int_le => CmpOp::Le, int_eq => CmpOp::Eq,
    int_ne => CmpOp::Ne, int_gt => CmpOp::Gt, int_ge => CmpOp::Ge,
}

compare_natives! { float_compare:
    float_lt => CmpOp::Lt, float_le => CmpOp::Le, float_eq => CmpOp::Eq,
    float_ne => CmpOp::Ne, float_gt => CmpOp::Gt, float_ge => CmpOp::Ge,
}

type Natives = &'static [(&'static str, crate::function::NativeFn)];

const INT_METHODS: Natives = &[
    ("bit_length", int_bit_length),
    ("bit_count", int_bit_count),
    ("to_bytes", int_to_bytes),
    ("conjugate", int_identity),
    ("as_integer_ratio", int_as_integer_ratio),
    ("is_integer", int_is_integer),
    ("__index__", int_identity),
    ("__int__", int_identity),
    ("__trunc__", int_identity),
    ("__floor__", int_identity),
    ("__ceil__", int_identity),
    ("__pos__", int_identity),
    ("__float__", int_float),
    ("__abs__", int_abs),
    ("__round__", int_round),
    ("__neg__", int_neg),
    ("__invert__", int_invert),
    ("__bool__", int_bool),
    ("__hash__", value_hash),
    ("__repr__", int_repr),
    ("__format__", num_format),
    ("__add__", int_add),
    ("__radd__", int_radd),
    ("__sub__", int_sub),
    ("__rsub__", int_rsub),
    ("__mul__", int_mul),
    ("__rmul__", int_rmul),
    ("__truediv__", int_truediv),
    ("__rtruediv__", int_rtruediv),
    ("__floordiv__", int_floordiv),
    ("__rfloordiv__", int_rfloordiv),
    ("__mod__", int_mod),
    ("__rmod__", int_rmod),
    ("__divmod__", int_divmod),
    ("__rdivmod__", int_rdivmod),
    ("__pow__", int_pow),
    ("__rpow__", int_rpow),
    ("__lshift__", int_lshift),
    ("__rlshift__", int_rlshift),
    ("__rshift__", int_rshift),
    ("__rrshift__", int_rrshift),
    ("__and__", int_and),
    ("__rand__", int_rand),
    ("__or__", int_or),
    ("__ror__", int_ror),
    ("__xor__", int_xor),
    ("__rxor__", int_rxor),
    ("__lt__", int_lt),
    ("__le__", int_le),
    ("__eq__", int_eq),
    ("__ne__", int_ne),
    ("__gt__", int_gt),
    ("__ge__", int_ge),
];

const BOOL_METHODS: Natives = &[
    ("__and__", bool_and),
    ("__rand__", bool_rand),
    ("__or__", bool_or),
    ("__ror__", bool_ror),
    ("__xor__", bool_xor),
    ("__rxor__", bool_rxor),
    ("__repr__", value_repr),
];

const FLOAT_METHODS: Natives = &[
    ("is_integer", float_is_integer),
    ("as_integer_ratio", float_as_integer_ratio),
    ("hex", float_hex),
    ("conjugate", float_identity),
    ("__float__", float_identity),
    ("__round__", float_round),
    ("__trunc__", float_trunc),
    ("__int__", float_trunc),
    ("__floor__", float_floor),
    ("__ceil__", float_ceil),
    ("__abs__", float_abs),
    ("__neg__", float_neg),
    ("__pos__", float_pos),
    ("__bool__", float_bool),
    ("__hash__", value_hash),
    ("__repr__", value_repr),
    ("__format__", num_format),
    ("__add__", float_add),
    ("__radd__", float_radd),
    ("__sub__", float_sub),
    ("__rsub__", float_rsub),
    ("__mul__", float_mul),
    ("__rmul__", float_rmul),
    ("__truediv__", float_truediv),
    ("__rtruediv__", float_rtruediv),
    ("__floordiv__", float_floordiv),
    ("__rfloordiv__", float_rfloordiv),
    ("__mod__", float_mod),
    ("__rmod__", float_rmod),
    ("__divmod__", float_divmod),
    ("__rdivmod__", float_rdivmod),
    ("__pow__", float_pow),
    ("__rpow__", float_rpow),
    ("__lt__", float_lt),
    ("__le__", float_le),
    ("__eq__", float_eq),
    ("__ne__", float_ne),
    ("__gt__", float_gt),
    ("__ge__", float_ge),
];

pub fn register() {
    let t = types();
    t.int_type.add_static("__new__", int_new);
    for (name, f) in INT_METHODS {
        t.int_type.add_method(name, *f);
    }
    t.int_type.add_classmethod("from_bytes", int_from_bytes);
    t.bool_type.add_static("__new__", bool_new);
    for (name, f) in BOOL_METHODS {
        t.bool_type.add_method(name, *f);
    }
    t.float_type.add_static("__new__", float_new);
    for (name, f) in FLOAT_METHODS {
        t.float_type.add_method(name, *f);
    }
    t.float_type.add_classmethod("fromhex", float_fromhex);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trip() {
        for x in [1.5, -0.0, 5e-324, 0.1, 1e300, -2.5e-310] {
            assert_eq!(
                parse_hex_float(&float_to_hex(x)).unwrap().to_bits(),
                x.to_bits()
            );
        }
        assert_eq!(float_to_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_to_hex(5e-324), "0x0.0000000000001p-1022");
    }

    #[test]
    fn ratio() {
        let (n, d) = float_ratio(0.1);
        assert_eq!(n, BigInt::from(3602879701896397u64));
        assert_eq!(d, BigInt::from(36028797018963968u64));
        assert_eq!(float_ratio(-8.0), (BigInt::from(-8), BigInt::one()));
    }

    #[test]
    fn round_ties_even() {
        assert_eq!(round_half_even(&BigInt::from(25), 1), BigInt::from(20));
        assert_eq!(round_half_even(&BigInt::from(-25), 1), BigInt::from(-20));
        assert_eq!(round_half_even(&BigInt::from(15), 1), BigInt::from(20));
        assert_eq!(round_half_even(&BigInt::from(-26), 1), BigInt::from(-30));
    }
}
