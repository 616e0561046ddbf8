//! `complex`: the built-in complex number type, a native object
//! (`Value::Object(Rc<PyComplex>)`) with its own type object.
//!
//! Holds the value type and its natives (constructor with CPython 3.14's
//! argument rules and string syntax, `real`/`imag`, `conjugate`, repr,
//! `__format__`, hash, comparison, arithmetic), and the pure arithmetic
//! core: C99 Annex G product and quotient with infinity recovery, 3.14's
//! mixed real/complex rules, `_Py_c_pow` with the small-integer-exponent
//! fast path. Operators reach these through the generic dunder dispatch of
//! ops.rs. CPython: Objects/complexobject.c (formatting:
//! Python/formatter_unicode.c format_complex_internal).

use std::any::Any;
use std::rc::Rc;

use crate::dict::PyDict;
use crate::exceptions::{type_error, zero_division_error, ExcKind, PyErr};
use crate::format::{self as fmt, DtoaFlags, FormatSpec};
use crate::function::{Args, NativeFunction};
use crate::interp::Interp;
use crate::numparse::{self, NumError};
use crate::ops;
use crate::types::{types, Layout, PyType};
use crate::value::{downcast_object, NativeObject, PyProperty, PyResult, Value};

/// `_PyHASH_IMAG`: the multiplier of the imaginary part's hash.
const HASH_IMAG: u64 = 1_000_003;

/// A complex value (CPython's `Py_complex`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct C {
    pub re: f64,
    pub im: f64,
}

const C_1: C = C { re: 1.0, im: 0.0 };

/// A `complex` object. Instances of Python subclasses record their class
/// and carry an instance dict.
pub struct PyComplex {
    pub value: C,
    class: Option<Rc<PyType>>,
    dict: Option<Rc<PyDict>>,
}

thread_local! {
    static COMPLEX_TYPE: Rc<PyType> = make_type();
}

impl NativeObject for PyComplex {
    fn py_type(&self) -> Rc<PyType> {
        match &self.class {
            Some(c) => c.clone(),
            None => complex_type(),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn instance_dict(&self) -> Option<&Rc<PyDict>> {
        self.dict.as_ref()
    }
}

/// The `complex` type object.
pub fn complex_type() -> Rc<PyType> {
    COMPLEX_TYPE.with(|t| t.clone())
}

/// A new exact `complex`. The compiler builds literals (`2j`) with it.
pub fn new(re: f64, im: f64) -> Value {
    from_c(C { re, im })
}

fn from_c(value: C) -> Value {
    Value::object(Rc::new(PyComplex {
        value,
        class: None,
        dict: None,
    }))
}

/// A complex of class `cls` (complex itself or a Python subclass).
fn make(cls: &Rc<PyType>, value: C) -> Value {
    if Rc::ptr_eq(cls, &complex_type()) {
        return from_c(value);
    }
    Value::object(Rc::new(PyComplex {
        value,
        class: Some(cls.clone()),
        dict: Some(Rc::new(PyDict::new())),
    }))
}

/// The value of a complex object (of any subclass).
pub fn value_of(v: &Value) -> Option<C> {
    downcast_object::<PyComplex>(v).map(|c| c.value)
}

fn is_exact(v: &Value) -> bool {
    downcast_object::<PyComplex>(v).is_some_and(|c| c.class.is_none())
}

type Native = fn(&mut dyn Interp, Args<'_>) -> PyResult<Value>;

const METHODS: &[(&str, Native)] = &[
    ("__repr__", complex_repr_native),
    ("__hash__", complex_hash),
    ("__bool__", complex_bool),
    ("__eq__", complex_eq),
    ("__ne__", complex_ne),
    ("__lt__", not_implemented),
    ("__le__", not_implemented),
    ("__gt__", not_implemented),
    ("__ge__", not_implemented),
    ("__add__", complex_add),
    ("__radd__", complex_radd),
    ("__sub__", complex_sub),
    ("__rsub__", complex_rsub),
    ("__mul__", complex_mul),
    ("__rmul__", complex_rmul),
    ("__truediv__", complex_div),
    ("__rtruediv__", complex_rdiv),
    ("__pow__", complex_pow_native),
    ("__rpow__", complex_rpow),
    ("__neg__", complex_neg),
    ("__pos__", complex_pos),
    ("__abs__", complex_abs_native),
    ("conjugate", complex_conjugate),
    ("__complex__", complex_complex),
    ("__getnewargs__", complex_getnewargs),
    ("__format__", complex_format),
];

fn make_type() -> Rc<PyType> {
    let t = PyType::new_builtin("complex", vec![types().object_type.clone()], Layout::Native);
    t.add_static("__new__", complex_new);
    t.add_classmethod("from_number", complex_from_number);
    for (name, f) in METHODS {
        t.add_method(name, *f);
    }
    for (name, get) in [("real", complex_real as Native), ("imag", complex_imag)] {
        let getter = NativeFunction::method(name, get, t.clone());
        let setter = NativeFunction::method(name, readonly, t.clone());
        let p = PyProperty::new(
            Value::Native(Rc::new(getter)),
            Value::Native(Rc::new(setter)),
            Value::None,
            Value::None,
        );
        t.dict.set_str(name, Value::Property(Rc::new(p)));
    }
    t
}

// ------------------------------------------------------------ arithmetic

// CPython: Objects/complexobject.c _Py_c_sum
fn c_sum(a: C, b: C) -> C {
    C {
        re: a.re + b.re,
        im: a.im + b.im,
    }
}

// CPython: Objects/complexobject.c _Py_c_diff
fn c_diff(a: C, b: C) -> C {
    C {
        re: a.re - b.re,
        im: a.im - b.im,
    }
}

/// `+1` or `-1` with the sign of `x` where `x` is infinite, else a zero
/// with its sign ("boxing" an infinity, C11 Annex G).
fn boxed(x: f64) -> f64 {
    (if x.is_infinite() { 1.0f64 } else { 0.0 }).copysign(x)
}

/// A NaN becomes a zero of the same sign.
fn nan_to_zero(x: f64) -> f64 {
    if x.is_nan() {
        0.0f64.copysign(x)
    } else {
        x
    }
}

/// The product, recovering infinities computed as nan+nanj.
// CPython: Objects/complexobject.c _Py_c_prod
pub fn c_prod(z: C, w: C) -> C {
    let (mut a, mut b, mut c, mut d) = (z.re, z.im, w.re, w.im);
    let (ac, bd, ad, bc) = (a * c, b * d, a * d, b * c);
    let r = C {
        re: ac - bd,
        im: ad + bc,
    };
    if !(r.re.is_nan() && r.im.is_nan()) {
        return r;
    }
    let mut recalc = false;
    if a.is_infinite() || b.is_infinite() {
        (a, b, c, d) = (boxed(a), boxed(b), nan_to_zero(c), nan_to_zero(d));
        recalc = true;
    }
    if c.is_infinite() || d.is_infinite() {
        (c, d, a, b) = (boxed(c), boxed(d), nan_to_zero(a), nan_to_zero(b));
        recalc = true;
    }
    if !recalc && [ac, bd, ad, bc].iter().any(|x| x.is_infinite()) {
        (a, b, c, d) = (
            nan_to_zero(a),
            nan_to_zero(b),
            nan_to_zero(c),
            nan_to_zero(d),
        );
        recalc = true;
    }
    if !recalc {
        return r;
    }
    C {
        re: f64::INFINITY * (a * c - b * d),
        im: f64::INFINITY * (a * d + b * c),
    }
}

/// Division failed: the divisor is zero (C's `errno = EDOM`).
#[derive(Debug, PartialEq)]
pub struct ZeroDivisor;

/// Smith's algorithm, recovering infinities and zeros computed as nan+nanj.
// CPython: Objects/complexobject.c _Py_c_quot
pub fn c_quot(a: C, b: C) -> Result<C, ZeroDivisor> {
    let abs_breal = b.re.abs();
    let abs_bimag = b.im.abs();
    let mut r = if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return Err(ZeroDivisor);
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        C {
            re: (a.re + a.im * ratio) / denom,
            im: (a.im - a.re * ratio) / denom,
        }
    } else if abs_bimag >= abs_breal {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        C {
            re: (a.re * ratio + a.im) / denom,
            im: (a.im * ratio - a.re) / denom,
        }
    } else {
        C {
            re: f64::NAN,
            im: f64::NAN,
        }
    };
    if r.re.is_nan() && r.im.is_nan() {
        let finite = |z: C| z.re.is_finite() && z.im.is_finite();
        if (a.re.is_infinite() || a.im.is_infinite()) && finite(b) {
            let (x, y) = (boxed(a.re), boxed(a.im));
            r.re = f64::INFINITY * (x * b.re + y * b.im);
            r.im = f64::INFINITY * (y * b.re - x * b.im);
        } else if (abs_breal.is_infinite() || abs_bimag.is_infinite()) && finite(a) {
            let (x, y) = (boxed(b.re), boxed(b.im));
            r.re = 0.0 * (a.re * x + a.im * y);
            r.im = 0.0 * (a.im * x - a.re * y);
        }
    }
    Ok(r)
}

/// A real divided by a complex.
// CPython: Objects/complexobject.c _Py_rc_quot
pub fn rc_quot(a: f64, b: C) -> Result<C, ZeroDivisor> {
    let abs_breal = b.re.abs();
    let abs_bimag = b.im.abs();
    let mut r = if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return Err(ZeroDivisor);
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        C {
            re: a / denom,
            im: (-a * ratio) / denom,
        }
    } else if abs_bimag >= abs_breal {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        C {
            re: (a * ratio) / denom,
            im: (-a) / denom,
        }
    } else {
        C {
            re: f64::NAN,
            im: f64::NAN,
        }
    };
    if r.re.is_nan()
        && r.im.is_nan()
        && a.is_finite()
        && (abs_breal.is_infinite() || abs_bimag.is_infinite())
    {
        let (x, y) = (boxed(b.re), boxed(b.im));
        r.re = 0.0 * (a * x);
        r.im = 0.0 * (-a * y);
    }
    Ok(r)
}

// CPython: Objects/complexobject.c _Py_cr_quot
fn cr_quot(a: C, b: f64) -> Result<C, ZeroDivisor> {
    if b == 0.0 {
        return Err(ZeroDivisor);
    }
    Ok(C {
        re: a.re / b,
        im: a.im / b,
    })
}

/// `a ** b` by polar form; `Err` for zero to a negative or complex power
/// (and for an infinite phase, where C's libm reports a domain error).
// CPython: Objects/complexobject.c _Py_c_pow
pub fn c_pow(a: C, b: C) -> Result<C, ZeroDivisor> {
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(C_1);
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(ZeroDivisor);
        }
        return Ok(C { re: 0.0, im: 0.0 });
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len *= (-at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    // C's cos/sin of an infinity set errno to EDOM, which complex_pow
    // reports as this same error.
    if phase.is_infinite() {
        return Err(ZeroDivisor);
    }
    Ok(C {
        re: len * phase.cos(),
        im: len * phase.sin(),
    })
}

/// `x ** n` for `n >= 0` by repeated squaring.
// CPython: Objects/complexobject.c c_powu
fn c_powu(x: C, n: u32) -> C {
    let mut r = C_1;
    let mut p = x;
    let mut mask = 1u32;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

// CPython: Objects/complexobject.c c_powi
fn c_powi(x: C, n: i32) -> Result<C, ZeroDivisor> {
    if n > 0 {
        Ok(c_powu(x, n.unsigned_abs()))
    } else {
        c_quot(C_1, c_powu(x, n.unsigned_abs()))
    }
}

/// `a ** b` with CPython's errors: small integral exponents take the
/// exact repeated-squaring path; an infinite part is an overflow.
// CPython: Objects/complexobject.c complex_pow
pub fn pow(a: C, b: C) -> PyResult<C> {
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        c_powi(a, b.re as i32)
    } else {
        c_pow(a, b)
    };
    let Ok(p) = r else {
        return Err(zero_division_error("zero to a negative or complex power"));
    };
    if p.re.is_infinite() || p.im.is_infinite() {
        return Err(ExcKind::OverflowError.new_err("complex exponentiation"));
    }
    Ok(p)
}

/// `x ** y` for floats whose result is complex (a negative base to a
/// fractional power): float.__pow__ hands these to complex.
// CPython: Objects/floatobject.c float_pow (the complex-result case)
pub fn real_pow(x: f64, y: f64) -> PyResult<Value> {
    let p = pow(C { re: x, im: 0.0 }, C { re: y, im: 0.0 })?;
    Ok(from_c(p))
}

/// `abs(z)`; `None` when a finite value overflows.
// CPython: Objects/complexobject.c _Py_c_abs
pub fn c_abs(z: C) -> Option<f64> {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() {
            return Some(z.re.abs());
        }
        if z.im.is_infinite() {
            return Some(z.im.abs());
        }
        return Some(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    r.is_finite().then_some(r)
}

// ------------------------------------------------------ repr and format

/// `repr(z)`: `2j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.
// CPython: Objects/complexobject.c complex_repr
pub fn repr(z: C) -> String {
    let plain = DtoaFlags::default();
    if z.re == 0.0 && z.re.is_sign_positive() {
        return format!("{}j", fmt::double_to_string(z.im, 'r', 0, plain));
    }
    let signed = DtoaFlags {
        sign: true,
        ..plain
    };
    format!(
        "({}{}j)",
        fmt::double_to_string(z.re, 'r', 0, plain),
        fmt::double_to_string(z.im, 'r', 0, signed)
    )
}

/// `format(z, spec)` for a non-empty spec.
// CPython: Python/formatter_unicode.c _PyComplex_FormatAdvancedWriter
pub fn format(z: C, spec: &str) -> Result<String, NumError> {
    let s = fmt::parse_format_spec(spec, "complex", None)?;
    match s.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => format_internal(z, &s),
        Some(t) => Err(fmt::unknown_presentation_type(t, "complex")),
    }
}

// CPython: Python/formatter_unicode.c format_complex_internal
fn format_internal(z: C, spec: &FormatSpec) -> Result<String, NumError> {
    if spec.precision.is_some_and(|p| p > fmt::MAX_FLOAT_PRECISION) {
        return Err(NumError::value("precision too big"));
    }
    if spec.fill == '0' {
        return Err(NumError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(NumError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    fmt::check_width(spec.width)?;
    let flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..Default::default()
    };
    let (mut ty, mut default_precision) = (spec.ty.unwrap_or('r'), 6);
    let (mut skip_re, mut add_parens) = (false, false);
    if spec.ty.is_none() {
        default_precision = 0;
        skip_re = z.re == 0.0 && z.re.is_sign_positive();
        add_parens = !skip_re;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut part = FormatSpec {
        width: None,
        align: Some('<'),
        fill: ' ',
        ..spec.clone()
    };
    let re = fmt::layout_float_buf(&fmt::double_to_string(z.re, ty, precision, flags), &part);
    if !skip_re {
        part.sign = Some('+');
    }
    let im = fmt::layout_float_buf(&fmt::double_to_string(z.im, ty, precision, flags), &part);
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&re);
    }
    body.push_str(&im);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    Ok(pad(body, spec))
}

/// Pad to the spec's width (right-aligned by default).
// CPython: Python/formatter_unicode.c calc_padding / fill_padding
fn pad(body: String, spec: &FormatSpec) -> String {
    let n = body.chars().count();
    let total = spec.width.unwrap_or(0).max(n);
    let lpad = match spec.align.unwrap_or('>') {
        '>' => total - n,
        '^' => (total - n) / 2,
        _ => 0,
    };
    let rpad = total - n - lpad;
    let fill = |k: usize| std::iter::repeat_n(spec.fill, k).collect::<String>();
    format!("{}{body}{}", fill(lpad), fill(rpad))
}

/// `hash(z)`: hash(real) + 1000003 * hash(imag), with NaN parts hashed by
/// the identity of `obj`.
// CPython: Objects/complexobject.c complex_hash
pub fn hash(z: C, obj: &Value) -> i64 {
    let hr = crate::float::hash_float(z.re, obj) as u64;
    let hi = crate::float::hash_float(z.im, obj) as u64;
    let h = hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

// ------------------------------------------------------- string parsing

fn starts_with_ci(s: &[u8], word: &[u8]) -> bool {
    s.len() >= word.len() && s[..word.len()].eq_ignore_ascii_case(word)
}

fn skip_digits(s: &[u8], mut i: usize) -> usize {
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// The float at the start of `s` and the bytes it takes, if one starts
/// there: optional sign, then `inf`/`infinity`/`nan` or a decimal number.
/// Overflow gives an infinity.
// CPython: Python/pystrtod.c PyOS_string_to_double (with an end pointer)
fn strtod_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let sign = matches!(s.first(), Some(b'+' | b'-')) as usize;
    let neg = s.first() == Some(&b'-');
    let rest = &s[sign..];
    let special = if starts_with_ci(rest, b"infinity") {
        Some((f64::INFINITY, 8))
    } else if starts_with_ci(rest, b"inf") {
        Some((f64::INFINITY, 3))
    } else if starts_with_ci(rest, b"nan") {
        Some((f64::NAN, 3))
    } else {
        None
    };
    if let Some((x, n)) = special {
        return Some((if neg { -x } else { x }, sign + n));
    }
    let int_end = skip_digits(s, sign);
    let mut end = int_end;
    let mut ndigits = int_end - sign;
    if s.get(end) == Some(&b'.') {
        let frac_end = skip_digits(s, end + 1);
        ndigits += frac_end - end - 1;
        end = frac_end;
    }
    if ndigits == 0 {
        return None;
    }
    if matches!(s.get(end), Some(b'e' | b'E')) {
        let mut j = end + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp_end = skip_digits(s, j);
        if exp_end > j {
            end = exp_end;
        }
    }
    let text = std::str::from_utf8(&s[..end]).ok()?;
    text.parse::<f64>().ok().map(|x| (x, end))
}

/// `+j`/`-j`/`j`: the imaginary unit with the sign at `s[0]`, if any.
fn bare_j(s: &[u8]) -> Option<(f64, usize)> {
    let (y, i) = match s.first() {
        Some(b'+') => (1.0, 1),
        Some(b'-') => (-1.0, 1),
        _ => (1.0, 0),
    };
    matches!(s.get(i), Some(b'j' | b'J')).then_some((y, i + 1))
}

/// The number part of a complex string: `<float>`, `<float>j`,
/// `<float><signed-float>j`, `<float><sign>j`, `<sign>j` or `j`; the
/// value and the bytes taken.
fn parse_number_part(s: &[u8]) -> Option<(C, usize)> {
    let is_j = |i: usize| matches!(s.get(i), Some(b'j' | b'J'));
    let Some((z, end)) = strtod_prefix(s) else {
        let (y, n) = bare_j(s)?;
        return Some((C { re: 0.0, im: y }, n));
    };
    if matches!(s.get(end), Some(b'+' | b'-')) {
        let (y, end2) = match strtod_prefix(&s[end..]) {
            Some((y, n)) => (y, end + n),
            None => (if s[end] == b'+' { 1.0 } else { -1.0 }, end + 1),
        };
        return is_j(end2).then_some((C { re: z, im: y }, end2 + 1));
    }
    if is_j(end) {
        return Some((C { re: 0.0, im: z }, end + 1));
    }
    Some((C { re: z, im: 0.0 }, end))
}

fn skip_space(s: &[u8], mut i: usize) -> usize {
    while i < s.len() && matches!(s[i], b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
        i += 1;
    }
    i
}

/// A complex from an ASCII string without underscores, optionally in
/// parentheses and surrounded by whitespace.
// CPython: Objects/complexobject.c complex_from_string_inner
fn parse_inner(s: &[u8]) -> Option<C> {
    let mut i = skip_space(s, 0);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i = skip_space(s, i + 1);
    }
    let (z, n) = parse_number_part(&s[i..])?;
    i = skip_space(s, i + n);
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i = skip_space(s, i + 1);
    }
    (i == s.len()).then_some(z)
}

/// Remove underscores, each of which must stand between two digits.
// CPython: Objects/abstract.c _Py_string_to_number_with_underscores
fn strip_underscores(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &c in s {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != b'_').then_some(out)
}

/// `complex(s)` for a string.
// CPython: Objects/complexobject.c complex_subtype_from_string
pub fn parse_str(s: &str) -> Result<C, NumError> {
    let ascii = numparse::transform_decimal_and_space(s);
    let mut b = ascii.as_bytes();
    let stripped;
    if b.contains(&b'_') {
        stripped = strip_underscores(b)
            .filter(|v| !v.contains(&0))
            .ok_or_else(|| {
                NumError::value(format!(
                    "could not convert string to complex: {}",
                    numparse::py_str_repr(s)
                ))
            })?;
        b = &stripped;
    }
    parse_inner(b).ok_or_else(|| NumError::value("complex() arg is a malformed string"))
}

// ------------------------------------------------------------ constructor

/// A type's name as `%T` prints it: `module.qualname`, with `builtins` and
/// `__main__` left out.
fn type_name_t(v: &Value) -> String {
    let t = v.py_type();
    let module = t.module.borrow().clone();
    let qual = t.qualname.borrow().clone();
    if module == "builtins" || module == "__main__" {
        qual
    } else {
        format!("{module}.{qual}")
    }
}

/// Whether `v`'s type converts to float (CPython: nb_float or nb_index).
fn is_real_number(v: &Value) -> bool {
    let t = v.py_type();
    t.lookup("__float__").is_some() || t.lookup("__index__").is_some()
}

fn str_arg(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Instance(i) => match &i.payload {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// `float(v)` as an f64, for a value known to be a real number.
fn to_float(interp: &mut dyn Interp, v: &Value) -> PyResult<f64> {
    match crate::num_methods::float_from_value(interp, v)? {
        Value::Float(x) => Ok(x),
        other => crate::float::to_f64(&other),
    }
}

/// `v.__complex__()`, which must return a complex.
// CPython: Objects/complexobject.c try_complex_special_method
fn try_complex_special(interp: &mut dyn Interp, v: &Value) -> PyResult<Option<C>> {
    let Some(r) = ops::call_dunder(interp, v, "__complex__", &[])? else {
        return Ok(None);
    };
    match value_of(&r) {
        Some(c) => Ok(Some(c)),
        None => Err(type_error(format!(
            "__complex__ returned non-complex (type {})",
            r.type_name()
        ))),
    }
}

fn new_cls(args: &Args<'_>) -> PyResult<Rc<PyType>> {
    let complex = complex_type();
    match args.positional().first() {
        Some(Value::Type(c)) if c.is_subtype(&complex) => Ok(c.clone()),
        Some(Value::Type(c)) => Err(type_error(format!(
            "complex.__new__({}): {} is not a subtype of complex",
            c.name, c.name
        ))),
        _ => Err(type_error("complex.__new__(X): X is not a type object")),
    }
}

/// `complex(real=0, imag=0)`.
// CPython: Objects/complexobject.c actual_complex_new
fn complex_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = new_cls(&args)?;
    let pos = &args.positional()[1..];
    if pos.len() > 1 || args.has_kwargs() {
        let p = crate::num_methods::parse_args(&args, "complex", &["real", "imag"], 2)?;
        return new_from_parts(interp, &cls, p[0].clone(), p[1].clone());
    }
    match pos.first() {
        Some(arg) => new_from_one(interp, &cls, arg),
        None => Ok(make(&cls, C { re: 0.0, im: 0.0 })),
    }
}

/// `complex(x)` with one positional argument.
// CPython: Objects/complexobject.c actual_complex_new (one argument)
fn new_from_one(interp: &mut dyn Interp, cls: &Rc<PyType>, arg: &Value) -> PyResult<Value> {
    if is_exact(arg) && Rc::ptr_eq(cls, &complex_type()) {
        return Ok(arg.clone());
    }
    if let Some(s) = str_arg(arg) {
        return Ok(make(cls, parse_str(&s)?));
    }
    if let Some(c) = try_complex_special(interp, arg)? {
        return Ok(make(cls, c));
    }
    if let Some(c) = value_of(arg) {
        return Ok(make(cls, c));
    }
    if is_real_number(arg) {
        let re = to_float(interp, arg)?;
        return Ok(make(cls, C { re, im: 0.0 }));
    }
    Err(type_error(format!(
        "complex() argument must be a string or a number, not {}",
        type_name_t(arg)
    )))
}

/// `complex(real, imag)` (or keyword arguments): `real + imag*1j`, where
/// either part may itself be complex.
// CPython: Objects/complexobject.c complex_new_impl
fn new_from_parts(
    interp: &mut dyn Interp,
    cls: &Rc<PyType>,
    r: Option<Value>,
    i: Option<Value>,
) -> PyResult<Value> {
    let r = r.unwrap_or(Value::Int(0));
    let special = try_complex_special(interp, &r)?;
    let r_complex = special.or_else(|| value_of(&r));
    if r_complex.is_none() && !is_real_number(&r) {
        return Err(type_error(format!(
            "complex() argument 'real' must be a real number, not {}",
            type_name_t(&r)
        )));
    }
    if let Some(i) = &i {
        if value_of(i).is_none() && !is_real_number(i) {
            return Err(type_error(format!(
                "complex() argument 'imag' must be a real number, not {}",
                type_name_t(i)
            )));
        }
    }
    let mut cr = match r_complex {
        Some(c) => c,
        None => C {
            re: to_float(interp, &r)?,
            im: 0.0,
        },
    };
    let mut ci_re = match &i {
        None => cr.im,
        Some(v) => match value_of(v) {
            Some(ci) => {
                cr.re -= ci.im;
                ci.re
            }
            None => to_float(interp, v)?,
        },
    };
    if r_complex.is_some() && i.is_some() {
        ci_re += cr.im;
    }
    Ok(make(
        cls,
        C {
            re: cr.re,
            im: ci_re,
        },
    ))
}

/// `complex.from_number(number)`: no strings.
// CPython: Objects/complexobject.c complex_from_number
fn complex_from_number(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("from_number", 2, 2)?;
    let Value::Type(cls) = &a[0] else {
        return Err(type_error("from_number() requires a type"));
    };
    let number = &a[1];
    let c = match try_complex_special(interp, number)? {
        Some(c) => c,
        None => match value_of(number) {
            Some(c) => c,
            None if is_real_number(number) => C {
                re: to_float(interp, number)?,
                im: 0.0,
            },
            None => {
                return Err(type_error(format!(
                    "must be real number, not {}",
                    number.type_name()
                )))
            }
        },
    };
    if Rc::ptr_eq(cls, &complex_type()) {
        return Ok(from_c(c));
    }
    ops::call0(interp, &a[0], &[from_c(c)])
}

// --------------------------------------------------------------- natives

/// The receiver's value (a complex, or an instance of a subclass).
fn this(args: &Args<'_>, name: &str) -> PyResult<C> {
    let first = args.positional().first();
    first.and_then(value_of).ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' requires a 'complex' object but received a '{}'",
            first.map(|v| v.type_name()).unwrap_or_default()
        ))
    })
}

/// The receiver and exactly `n` more positional arguments.
fn this_with<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<(C, &'a [Value])> {
    let z = this(args, name)?;
    let a = args.exact(name, n + 1, n + 1)?;
    Ok((z, &a[1..]))
}

fn complex_real(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(this(&args, "real")?.re))
}

fn complex_imag(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(this(&args, "imag")?.im))
}

/// Setting `real` or `imag`. CPython: a read-only member descriptor.
fn readonly(_: &mut dyn Interp, _: Args<'_>) -> PyResult<Value> {
    Err(ExcKind::AttributeError.new_err("readonly attribute"))
}

// CPython: Objects/complexobject.c complex_repr
fn complex_repr_native(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (z, _) = this_with(&args, "__repr__", 0)?;
    Ok(Value::string(repr(z)))
}

// CPython: Objects/complexobject.c complex_hash
fn complex_hash(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (z, _) = this_with(&args, "__hash__", 0)?;
    Ok(Value::Int(hash(z, &args.values[0])))
}

// CPython: Objects/complexobject.c complex_bool
fn complex_bool(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (z, _) = this_with(&args, "__bool__", 0)?;
    Ok(Value::Bool(z.re != 0.0 || z.im != 0.0))
}

/// `z == w` for an int, float or complex `w`; `None` for anything else.
// CPython: Objects/complexobject.c complex_richcompare
fn equals(z: C, w: &Value) -> Option<bool> {
    match w {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Some(
            z.im == 0.0
                && crate::float::cmp_mixed(&Value::Float(z.re), w)
                    == Some(std::cmp::Ordering::Equal),
        ),
        Value::Float(x) => Some(z.re == *x && z.im == 0.0),
        Value::Instance(i) => equals(z, i.payload.as_ref()?),
        _ => value_of(w).map(|c| z.re == c.re && z.im == c.im),
    }
}

fn complex_eq(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (z, a) = this_with(&args, "__eq__", 1)?;
    Ok(equals(z, &a[0]).map_or(Value::NotImplemented, Value::Bool))
}

fn complex_ne(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (z, a) = this_with(&args, "__ne__", 1)?;
    Ok(equals(z, &a[0]).map_or(Value::NotImplemented, |e| Value::Bool(!e)))
}

/// Complex numbers are not ordered.
fn not_implemented(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    this_with(&args, "__lt__", 1)?;
    Ok(Value::NotImplemented)
}

/// An arithmetic operand: a complex, or an int/float taken as a real.
enum Operand {
    Complex(C),
    Real(f64),
}

/// CPython: Objects/complexobject.c SET_REAL / to_complex.
fn operand(v: &Value) -> PyResult<Option<Operand>> {
    Ok(Some(match v {
        Value::Int(i) => Operand::Real(*i as f64),
        Value::Bool(b) => Operand::Real(*b as i64 as f64),
        Value::BigInt(b) => Operand::Real(numparse::bigint_to_f64(b)?),
        Value::Float(x) => Operand::Real(*x),
        Value::Instance(i) => match &i.payload {
            Some(p) => return operand(p),
            None => return Ok(None),
        },
        _ => match value_of(v) {
            Some(c) => Operand::Complex(c),
            None => return Ok(None),
        },
    }))
}

impl Operand {
    fn complex(&self) -> C {
        match self {
            Operand::Complex(c) => *c,
            Operand::Real(x) => C { re: *x, im: 0.0 },
        }
    }
}

#[derive(Clone, Copy)]
enum Arith {
    Add,
    Sub,
    Mul,
    Div,
}

/// `a op b` with 3.14's mixed-mode rules: a real operand has no imaginary
/// part to take part (so `-0.0` imaginary parts survive `+ 1.0`).
// CPython: Objects/complexobject.c COMPLEX_BINOP, _Py_cr_*, _Py_rc_*
fn arith(op: Arith, a: &Operand, b: &Operand) -> Result<C, ZeroDivisor> {
    use Operand::{Complex as Cx, Real as Re};
    let c = |re, im| Ok(C { re, im });
    match (op, a, b) {
        (Arith::Add, Cx(x), Re(y)) => c(x.re + y, x.im),
        (Arith::Add, Re(x), Cx(y)) => c(x + y.re, y.im),
        (Arith::Sub, Cx(x), Re(y)) => c(x.re - y, x.im),
        (Arith::Sub, Re(x), Cx(y)) => c(x - y.re, -y.im),
        (Arith::Mul, Cx(x), Re(y)) => c(x.re * y, x.im * y),
        (Arith::Mul, Re(x), Cx(y)) => c(x * y.re, x * y.im),
        (Arith::Div, Cx(x), Re(y)) => cr_quot(*x, *y),
        (Arith::Div, Re(x), Cx(y)) => rc_quot(*x, *y),
        (Arith::Add, _, _) => Ok(c_sum(a.complex(), b.complex())),
        (Arith::Sub, _, _) => Ok(c_diff(a.complex(), b.complex())),
        (Arith::Mul, _, _) => Ok(c_prod(a.complex(), b.complex())),
        (Arith::Div, _, _) => c_quot(a.complex(), b.complex()),
    }
}

/// A binary dunder; `reflected` when the complex is the right operand.
fn binary(args: &Args<'_>, name: &str, op: Arith, reflected: bool) -> PyResult<Value> {
    let (_, a) = this_with(args, name, 1)?;
    let (Some(x), Some(y)) = (operand(&args.values[0])?, operand(&a[0])?) else {
        return Ok(Value::NotImplemented);
    };
    let (l, r) = if reflected { (&y, &x) } else { (&x, &y) };
    match arith(op, l, r) {
        Ok(z) => Ok(from_c(z)),
        Err(ZeroDivisor) => Err(zero_division_error("division by zero")),
    }
}

fn complex_add(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    binary(&args, "__add__", Arith::Add, false)
}

fn complex_radd(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    binary(&args, "__radd__", Arith::Add, true)
}

fn complex_sub(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    binary(&args, "__sub__", Arith::Sub, false)
}

fn complex_rsub(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    binary(&args, "__rsub__", Arith::Sub, true)
}

fn complex_mul(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    binary(&args, "__mul__", Arith::Mul, false)
}

fn complex_rmul(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    binary(&args, "__rmul__", Arith::Mul, true)
}

fn complex_div(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    binary(&args, "__truediv__", Arith::Div, false)
}

fn complex_rdiv(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    binary(&args, "__rtruediv__", Arith::Div, true)
}

/// `__pow__(other, mod=None)` / `__rpow__`.
// CPython: Objects/complexobject.c complex_pow
fn power(args: &Args<'_>, name: &str, reflected: bool) -> PyResult<Value> {
    this(args, name)?;
    let a = args.exact(name, 2, 3)?;
    if a.get(2).is_some_and(|m| !m.is_none()) {
        return Err(ExcKind::ValueError.new_err("complex modulo"));
    }
    let (Some(x), Some(y)) = (operand(&a[0])?, operand(&a[1])?) else {
        return Ok(Value::NotImplemented);
    };
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    Ok(from_c(pow(l.complex(), r.complex())?))
}

fn complex_pow_native(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    power(&args, "__pow__", false)
}

fn complex_rpow(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    power(&args, "__rpow__", true)
}

// CPython: Objects/complexobject.c complex_neg
fn complex_neg(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (z, _) = this_with(&args, "__neg__", 0)?;
    Ok(new(-z.re, -z.im))
}

// CPython: Objects/complexobject.c complex_pos
fn complex_pos(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (z, _) = this_with(&args, "__pos__", 0)?;
    if is_exact(&args.values[0]) {
        return Ok(args.values[0].clone());
    }
    Ok(from_c(z))
}

// CPython: Objects/complexobject.c complex_abs
fn complex_abs_native(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (z, _) = this_with(&args, "__abs__", 0)?;
    match c_abs(z) {
        Some(r) => Ok(Value::Float(r)),
        None => Err(ExcKind::OverflowError.new_err("absolute value too large")),
    }
}

// CPython: Objects/complexobject.c complex_conjugate_impl
fn complex_conjugate(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (z, _) = this_with(&args, "conjugate", 0)?;
    Ok(new(z.re, -z.im))
}

// CPython: Objects/complexobject.c complex___complex___impl
fn complex_complex(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (z, _) = this_with(&args, "__complex__", 0)?;
    if is_exact(&args.values[0]) {
        return Ok(args.values[0].clone());
    }
    Ok(from_c(z))
}

// CPython: Objects/complexobject.c complex___getnewargs___impl
fn complex_getnewargs(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (z, _) = this_with(&args, "__getnewargs__", 0)?;
    Ok(Value::tuple(vec![Value::Float(z.re), Value::Float(z.im)]))
}

// CPython: Objects/complexobject.c complex___format___impl
fn complex_format(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (z, a) = this_with(&args, "__format__", 1)?;
    let Value::Str(spec) = &a[0] else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            a[0].type_name()
        )));
    };
    if spec.as_str().is_empty() {
        return ops::str_value(interp, &args.values[0]);
    }
    format(z, spec.as_str())
        .map(Value::string)
        .map_err(PyErr::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(re: f64, im: f64) -> C {
        C { re, im }
    }

    fn bits(z: C) -> (u64, u64) {
        (z.re.to_bits(), z.im.to_bits())
    }

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(repr(c(1.0, 2.0)), "(1+2j)");
        assert_eq!(repr(c(0.0, 2.0)), "2j");
        assert_eq!(repr(c(0.0, -0.0)), "-0j");
        assert_eq!(repr(c(-0.0, -0.0)), "(-0-0j)");
        assert_eq!(repr(c(-0.0, 0.0)), "(-0+0j)");
        assert_eq!(repr(c(1e300, 1e-300)), "(1e+300+1e-300j)");
        assert_eq!(repr(c(f64::NAN, f64::INFINITY)), "(nan+infj)");
        assert_eq!(repr(c(1e16, 1e-5)), "(1e+16+1e-05j)");
        assert_eq!(repr(c(-1.5, -2.5)), "(-1.5-2.5j)");
        assert_eq!(
            repr(c(1.2345678901234568e17, 0.0)),
            "(1.2345678901234568e+17+0j)"
        );
        assert_eq!(repr(c(0.1, 0.2)), "(0.1+0.2j)");
    }

    #[test]
    fn format_matches_cpython() {
        let f = |z: C, s: &str| format(z, s).unwrap_or_else(|e| e.msg);
        assert_eq!(f(c(1.5, 2.0), ".2f"), "1.50+2.00j");
        assert_eq!(f(c(1.0, 2.0), ">20"), "              (1+2j)");
        assert_eq!(f(c(1.0, 2.0), "*^20"), "*******(1+2j)*******");
        assert_eq!(f(c(0.0, 2.0), "g"), "0+2j");
        assert_eq!(f(c(0.0, 2.0), "+"), "+2j");
        assert_eq!(
            f(c(1e20, 1.0), "_.2f"),
            "100_000_000_000_000_000_000.00+1.00j"
        );
        assert_eq!(f(c(1.5, -0.001), ",.6,f"), "1.500,000-0.001,000j");
        assert_eq!(f(c(1.5, -0.001), "z.1f"), "1.5+0.0j");
        assert_eq!(f(c(f64::NAN, 1.0), "F"), "NAN+1.000000j");
        assert_eq!(
            f(c(1.0, 2.0), "010"),
            "Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            f(c(1.0, 2.0), "=10"),
            "'=' alignment flag is not allowed in complex format specifier"
        );
        assert_eq!(
            f(c(1.0, 2.0), "%"),
            "Unknown format code '%' for object of type 'complex'"
        );
    }

    #[test]
    fn pow_small_integer_path() {
        // (1+2j)**2 == (-3+4j) exactly; (1+2j)**-3 as CPython prints it.
        assert_eq!(
            bits(pow(c(1.0, 2.0), c(2.0, 0.0)).unwrap()),
            bits(c(-3.0, 4.0))
        );
        let r = pow(c(1.0, 2.0), c(-3.0, 0.0)).unwrap();
        assert_eq!(repr(r), "(-0.08800000000000001+0.016j)");
        assert_eq!(repr(pow(c(2.0, 0.0), c(-1.0, 0.0)).unwrap()), "(0.5+0j)");
        assert_eq!(repr(pow(c(-2.0, 0.0), c(-1.0, 0.0)).unwrap()), "(-0.5-0j)");
        assert_eq!(repr(pow(c(0.0, 0.0), c(0.0, 0.0)).unwrap()), "(1+0j)");
    }

    #[test]
    fn pow_polar_path() {
        assert_eq!(
            repr(pow(c(2.0, 0.0), c(0.0, 1.0)).unwrap()),
            "(0.7692389013639721+0.6389612763136348j)"
        );
        assert_eq!(
            repr(pow(c(1.0, 1.0), c(1.0, 1.0)).unwrap()),
            "(0.2739572538301211+0.5837007587586147j)"
        );
        assert_eq!(
            repr(pow(c(1.0, 2.0), c(0.5, 0.0)).unwrap()),
            "(1.272019649514069+0.7861513777574233j)"
        );
        assert_eq!(
            repr(pow(c(0.0, 1.0), c(101.0, 0.0)).unwrap()),
            "(4.408109496293883e-15+1j)"
        );
        assert_eq!(
            repr(pow(c(-8.0, 0.0), c(1.0 / 3.0, 0.0)).unwrap()),
            "(1.0000000000000002+1.7320508075688772j)"
        );
    }

    #[test]
    fn pow_errors() {
        let msg = |r: PyResult<C>| {
            r.err()
                .map(|e| e.args()[0].as_str().unwrap_or("").to_string())
        };
        assert_eq!(
            msg(pow(c(0.0, 0.0), c(-1.0, 0.0))).as_deref(),
            Some("zero to a negative or complex power")
        );
        assert_eq!(
            msg(pow(c(0.0, 0.0), c(0.0, 1.0))).as_deref(),
            Some("zero to a negative or complex power")
        );
        assert_eq!(
            msg(pow(c(1e300, 1.0), c(5.0, 0.0))).as_deref(),
            Some("complex exponentiation")
        );
        assert_eq!(
            msg(pow(c(f64::INFINITY, 0.0), c(2.5, 0.0))).as_deref(),
            Some("complex exponentiation")
        );
    }

    #[test]
    fn division_recovers_infinities() {
        let inf = f64::INFINITY;
        assert_eq!(
            repr(c_quot(c(inf, f64::NAN), c(1.0, 1.0)).unwrap()),
            "(inf-infj)"
        );
        assert_eq!(repr(c_quot(c(1.0, 1.0), c(inf, f64::NAN)).unwrap()), "0j");
        assert_eq!(repr(rc_quot(1.0, c(inf, f64::NAN)).unwrap()), "-0j");
        assert_eq!(repr(rc_quot(1.0, c(inf, 1.0)).unwrap()), "-0j");
        assert_eq!(repr(c_prod(c(inf, f64::NAN), c(1.0, 1.0))), "(inf+infj)");
        assert_eq!(c_quot(c(1.0, 0.0), c(0.0, 0.0)), Err(ZeroDivisor));
    }

    #[test]
    fn parses_strings() {
        let p = |s: &str| parse_str(s).map(repr).unwrap_or_else(|e| e.msg);
        assert_eq!(p("1+2j"), "(1+2j)");
        assert_eq!(p(" (1-2.5e3j) "), "(1-2500j)");
        assert_eq!(p("inf"), "(inf+0j)");
        assert_eq!(p("nanj"), "nanj");
        assert_eq!(p("-j"), "-1j");
        assert_eq!(p("1-J"), "(1-1j)");
        assert_eq!(p("infinityj"), "infj");
        assert_eq!(p("5.j"), "5j");
        assert_eq!(p(".5j"), "0.5j");
        assert_eq!(p("1_000+2_0j"), "(1000+20j)");
        assert_eq!(p("1__0j"), "could not convert string to complex: '1__0j'");
        for bad in [
            "1e", "1e+j", ".j", "1 + 2j", "(1+2j", "()", "", "0x1j", "1j+1", "-",
        ] {
            assert_eq!(p(bad), "complex() arg is a malformed string", "{bad:?}");
        }
    }

    #[test]
    fn hash_matches_cpython() {
        let v = Value::None;
        assert_eq!(hash(c(0.0, 1.0), &v), 1000003);
        assert_eq!(hash(c(1.5, -2.25), &v), -576460752305423493);
        assert_eq!(hash(c(-1.0, 0.0), &v), -2);
        assert_eq!(hash(c(1e300, 1e300), &v), 7229033979992872944);
    }
}
