//! float arithmetic, mixed int/float comparison and the numeric hash of
//! floats. CPython: Objects/floatobject.c.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive, Zero};

use crate::code::BinOp;
use crate::exceptions::{zero_division_error, ExcKind, PyErr};
use crate::int::to_bigint;
use crate::numparse;
use crate::value::{PyResult, Value};

/// A numeric value as f64 (OverflowError for huge ints).
pub fn to_f64(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => numparse::bigint_to_f64(b).map_err(PyErr::from),
        _ => Err(crate::exceptions::type_error(format!(
            "must be real number, not {}",
            v.type_name()
        ))),
    }
}

/// float op (float|int), either side a float.
pub fn binop(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let x = to_f64(a)?;
    let y = to_f64(b)?;
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division_error("division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => numparse::float_floordiv(x, y).map_err(PyErr::from)?,
        BinOp::Mod => numparse::float_mod(x, y).map_err(PyErr::from)?,
        BinOp::Pow => match numparse::float_pow(x, y) {
            // A negative base to a fractional power: complex does it.
            Err(e) if e.kind == numparse::ErrKind::NotImplemented => {
                return crate::complex::real_pow(x, y)
            }
            r => r.map_err(PyErr::from)?,
        },
        _ => return Ok(Value::NotImplemented),
    }))
}

/// Compare a float with an int exactly (no rounding of big ints).
/// CPython: float_richcompare.
pub fn cmp_mixed(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), other) => cmp_float_int(*x, &to_bigint(other)?),
        (other, Value::Float(y)) => cmp_float_int(*y, &to_bigint(other)?).map(Ordering::reverse),
        _ => None,
    }
}

fn cmp_float_int(x: f64, i: &BigInt) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let Some(small) = i.to_i64() {
        if small.unsigned_abs() < (1u64 << 53) {
            return x.partial_cmp(&(small as f64));
        }
    }
    let t = x.trunc();
    let ti = BigInt::from_f64(t)?;
    match ti.cmp(i) {
        Ordering::Equal => {
            let frac = x - t;
            Some(if frac > 0.0 {
                Ordering::Greater
            } else if frac < 0.0 {
                Ordering::Less
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

/// Python's hash of a float (equal to the hash of an equal int). NaN hashes
/// by identity in CPython 3.10+; `v` supplies that identity.
pub fn hash_float(x: f64, v: &Value) -> i64 {
    let nan_hash = if x.is_nan() {
        crate::ops::identity_hash(v)
    } else {
        0
    };
    numparse::float_hash(x, nan_hash)
}

/// `float.is_integer()` and friends use this: the value as an exact int.
pub fn float_to_int(x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(ExcKind::ValueError.new_err("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(ExcKind::OverflowError.new_err("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(
        BigInt::from_f64(t).unwrap_or_else(BigInt::zero),
    ))
}

thread_local! {
    static NAN_SERIAL: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// Floats are immediates, so identity (`is`, the `x in [x]` shortcut)
/// compares bits. Each NaN CPython creates is a distinct object; giving each
/// `float('nan')` its own payload keeps `nan in [float('nan')]` False while
/// arithmetic and repr are unaffected.
pub fn distinct_nan(x: f64) -> f64 {
    if !x.is_nan() {
        return x;
    }
    let serial = NAN_SERIAL.with(|c| {
        let v = c.get();
        c.set(v.wrapping_add(1) & ((1 << 50) - 1));
        v
    });
    f64::from_bits(x.to_bits() & !((1u64 << 50) - 1) | (serial.max(1)))
}
