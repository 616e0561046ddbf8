//! TEMPORARY minimal numeric helpers; replaced by the full numparse module.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::exceptions::{ExcKind, PyErr};

#[derive(Debug, Clone)]
pub struct NumError {
    pub kind: ExcKind,
    pub msg: String,
}

impl From<NumError> for PyErr {
    fn from(e: NumError) -> PyErr {
        e.kind.new_err(e.msg)
    }
}

fn err(kind: ExcKind, msg: &str) -> NumError {
    NumError { kind, msg: msg.to_string() }
}

pub fn int_hash(v: &BigInt) -> i64 {
    let p = BigInt::from((1i64 << 61) - 1);
    let m = (v.magnitude() % p.magnitude()).to_i64().unwrap_or(0);
    let h = if v.sign() == num_bigint::Sign::Minus { -m } else { m };
    if h == -1 { -2 } else { h }
}

pub fn bigint_to_f64(v: &BigInt) -> Result<f64, NumError> {
    let f = v.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(err(ExcKind::OverflowError, "int too large to convert to float"));
    }
    Ok(f)
}

pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(err(ExcKind::ZeroDivisionError, "division by zero"));
    }
    Ok(bigint_to_f64(a)? / bigint_to_f64(b)?)
}

pub fn float_floordiv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(err(ExcKind::ZeroDivisionError, "division by zero"));
    }
    Ok(float_divmod(a, b)?.0)
}

pub fn float_mod(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(err(ExcKind::ZeroDivisionError, "division by zero"));
    }
    Ok(float_divmod(a, b)?.1)
}

pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
    if b == 0.0 {
        return Err(err(ExcKind::ZeroDivisionError, "division by zero"));
    }
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    Ok((floordiv, m))
}

pub fn float_pow(a: f64, b: f64) -> Result<f64, NumError> {
    if a == 0.0 && b < 0.0 {
        return Err(err(ExcKind::ZeroDivisionError, "zero to a negative power"));
    }
    Ok(a.powf(b))
}

pub fn float_hash(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { 314159 } else { -314159 });
    }
    if x.fract() == 0.0 && x.abs() < 9.0e18 {
        return Some(crate::int::hash_i64(x as i64));
    }
    Some((x.to_bits() >> 3) as i64 & ((1 << 61) - 1))
}

pub fn float_repr(x: f64) -> String {
    if x.is_nan() { return "nan".into(); }
    if x.is_infinite() { return if x > 0.0 { "inf".into() } else { "-inf".into() }; }
    let s = format!("{x:?}");
    s
}

pub fn py_str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => { out.push('\\'); out.push(c); }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

pub fn int_to_str_checked(v: &BigInt) -> Result<String, NumError> { Ok(v.to_string()) }
