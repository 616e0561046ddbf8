//! int arithmetic: an i64 fast path that overflows into `BigInt`.
//!
//! Floor division and modulo round toward negative infinity, `**` with a
//! negative exponent gives a float, shifts and bit operations follow two's
//! complement on unbounded ints. CPython: Objects/longobject.c.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::code::{BinOp, UnaryOp};
use crate::exceptions::{overflow_error, value_error, zero_division_error};
use crate::value::{PyResult, Value};

/// Any int-like value as a `BigInt` (bool counts as int).
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// An int-like value as i64 when it fits.
pub fn to_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(b) => b.to_i64(),
        _ => None,
    }
}

/// Python's numeric hash of a machine int. CPython: long_hash.
pub fn hash_i64(i: i64) -> i64 {
    const P: i128 = (1 << 61) - 1;
    let m = (i as i128).rem_euclid(P);
    let h = if i < 0 {
        -(((-(i as i128)) % P) as i64)
    } else {
        m as i64
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn floor_div_i64(a: i64, b: i64) -> i64 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn floor_mod_i64(a: i64, b: i64) -> i64 {
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// The fast path for two machine ints; `None` when the result needs the
/// general path (overflow, or an operation that does not stay in i64).
pub fn small_binop(a: i64, b: i64, op: BinOp) -> Option<PyResult<Value>> {
    let r = match op {
        BinOp::Add => a.checked_add(b)?,
        BinOp::Sub => a.checked_sub(b)?,
        BinOp::Mul => a.checked_mul(b)?,
        BinOp::FloorDiv => {
            if b == 0 {
                return Some(Err(zero_division_error("division by zero")));
            }
            if a == i64::MIN && b == -1 {
                return None;
            }
            floor_div_i64(a, b)
        }
        BinOp::Mod => {
            if b == 0 {
                return Some(Err(zero_division_error("division by zero")));
            }
            if b == -1 {
                0
            } else {
                floor_mod_i64(a, b)
            }
        }
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::LShift => {
            if b < 0 {
                return Some(Err(value_error("negative shift count")));
            }
            if b >= 63 || a.leading_zeros().min(a.leading_ones()) <= b as u32 + 1 {
                return None;
            }
            a << b
        }
        BinOp::RShift => {
            if b < 0 {
                return Some(Err(value_error("negative shift count")));
            }
            a >> b.min(63)
        }
        _ => return None,
    };
    Some(Ok(Value::Int(r)))
}

/// int op int for any sizes (bools included).
pub fn binop(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (to_bigint(a), to_bigint(b)) else {
        return Ok(Value::NotImplemented);
    };
    if let (Some(i), Some(j)) = (x.to_i64(), y.to_i64()) {
        if let Some(r) = small_binop(i, j, op) {
            return r;
        }
    }
    big_binop(&x, &y, op)
}

fn big_binop(x: &BigInt, y: &BigInt, op: BinOp) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => Value::from_bigint(x + y),
        BinOp::Sub => Value::from_bigint(x - y),
        BinOp::Mul => Value::from_bigint(x * y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(zero_division_error("division by zero"));
            }
            Value::from_bigint(x.div_floor(y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(zero_division_error("division by zero"));
            }
            Value::from_bigint(x.mod_floor(y))
        }
        BinOp::TrueDiv => Value::Float(
            crate::numparse::int_true_div(x, y).map_err(crate::exceptions::PyErr::from)?,
        ),
        BinOp::Pow => return pow(x, y),
        BinOp::And => Value::from_bigint(x & y),
        BinOp::Or => Value::from_bigint(x | y),
        BinOp::Xor => Value::from_bigint(x ^ y),
        BinOp::LShift => {
            let Some(n) = y.to_i64() else {
                if y.is_negative() {
                    return Err(value_error("negative shift count"));
                }
                if x.is_zero() {
                    return Ok(Value::Int(0));
                }
                return Err(overflow_error("too many digits in integer"));
            };
            if n < 0 {
                return Err(value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Value::Int(0));
            }
            if n > 1 << 32 {
                return Err(crate::exceptions::ExcKind::MemoryError.new_err(""));
            }
            Value::from_bigint(x << (n as usize))
        }
        BinOp::RShift => {
            let Some(n) = y.to_i64() else {
                if y.is_negative() {
                    return Err(value_error("negative shift count"));
                }
                return Ok(Value::Int(if x.is_negative() { -1 } else { 0 }));
            };
            if n < 0 {
                return Err(value_error("negative shift count"));
            }
            // BigInt's >> rounds toward negative infinity, like Python.
            Value::from_bigint(x >> (n.min(u32::MAX as i64) as usize))
        }
        BinOp::MatMul => return Ok(Value::NotImplemented),
    })
}

/// `x ** y` for ints. CPython: long_pow.
pub fn pow(x: &BigInt, y: &BigInt) -> PyResult<Value> {
    if y.is_negative() {
        if x.is_zero() {
            return Err(zero_division_error("zero to a negative power"));
        }
        let fx =
            crate::numparse::bigint_to_f64(x).map_err(Into::<crate::exceptions::PyErr>::into)?;
        let fy =
            crate::numparse::bigint_to_f64(y).map_err(Into::<crate::exceptions::PyErr>::into)?;
        return Ok(Value::Float(fx.powf(fy)));
    }
    if x.is_one() || y.is_zero() {
        return Ok(Value::Int(1));
    }
    if x.is_zero() {
        return Ok(Value::Int(0));
    }
    if *x == BigInt::from(-1) {
        return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
    }
    let Some(e) = y.to_u32() else {
        return Err(crate::exceptions::ExcKind::MemoryError.new_err(""));
    };
    if let Some(b) = x.to_i64() {
        if let Some(r) = b.checked_pow(e) {
            return Ok(Value::Int(r));
        }
    }
    Ok(Value::from_bigint(num_traits::pow::Pow::pow(x, e)))
}

/// `pow(x, y, m)`. CPython: long_pow with a modulus.
pub fn pow_mod(x: &BigInt, y: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let mut base = x.clone();
    let mut exp = y.clone();
    if exp.is_negative() {
        let Some(inv) = mod_inverse(x, m) else {
            return Err(value_error("base is not invertible for the given modulus"));
        };
        base = inv;
        exp = -exp;
    }
    let mm = m.abs();
    let r = base.mod_floor(&mm).modpow(&exp, &mm);
    // Result takes the sign of the modulus, like %.
    let r = if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    };
    Ok(Value::from_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let e = a.mod_floor(&m).extended_gcd(&m);
    if !e.gcd.is_one() {
        return None;
    }
    Some(e.x.mod_floor(&m))
}

/// `-x`, `+x`, `~x` for ints and bools.
pub fn unary(v: &Value, op: UnaryOp) -> PyResult<Value> {
    if let Some(i) = to_i64(v) {
        match op {
            UnaryOp::Neg => {
                if let Some(r) = i.checked_neg() {
                    return Ok(Value::Int(r));
                }
            }
            UnaryOp::Pos => return Ok(Value::Int(i)),
            UnaryOp::Invert => return Ok(Value::Int(!i)),
            UnaryOp::Not => return Ok(Value::Bool(i == 0)),
        }
    }
    let b = to_bigint(v).unwrap_or_default();
    Ok(match op {
        UnaryOp::Neg => Value::from_bigint(-b),
        UnaryOp::Pos => Value::from_bigint(b),
        UnaryOp::Invert => Value::from_bigint(-b - BigInt::one()),
        UnaryOp::Not => Value::Bool(b.is_zero()),
    })
}

/// Shared `BigInt` value for a result, normalizing to `Int` when it fits.
pub fn big(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Rc::new(b)),
    }
}
