//! The `math` module: constants, the libm functions with CPython's error
//! mapping (a NaN from a non-NaN argument is a `ValueError`, an infinity
//! from a finite one an `OverflowError` or a `ValueError`), exact integer
//! functions over big ints (gcd, lcm, factorial, comb, perm, isqrt), the
//! accurate float reductions (fsum, hypot, dist, prod, sumprod), and the
//! special functions erf, erfc, gamma and lgamma.
//!
//! Float functions call the platform libm through Rust's `f64` methods,
//! as CPython calls it through C, so results agree bit for bit. Where Rust
//! computes a function by its own formulas, the reference libm's algorithm
//! is used instead: glibc's cbrt, and correctly rounded asinh, acosh and
//! atanh (what glibc 2.41+ provides). erf and erfc are correctly rounded
//! too (glibc 2.43 uses CORE-MATH's), computed here in double-double;
//! gamma and lgamma are CPython's own Lanczos approximations over libm's
//! exp, pow, log, sin and cos.
//! CPython: Modules/mathmodule.c, Modules/clinic/mathmodule.c.h.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use rspy_objects::code::BinOp;
use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{
    overflow_error, type_error, value_error, zero_division_error, PyErr,
};
use rspy_objects::float::float_to_int;
use rspy_objects::function::{Args, NativeFn, NativeFunction};
use rspy_objects::int::to_bigint;
use rspy_objects::interp::Interp;
use rspy_objects::numparse::bigint_to_f64;
use rspy_objects::ops;
use rspy_objects::repr::float_repr;
use rspy_objects::value::{PyModule, PyResult, Value};
use rspy_vm::Vm;

// ------------------------------------------------------------ arguments

fn native(name: &'static str, f: NativeFn) -> Value {
    let mut n = NativeFunction::function(name, f);
    n.module = Some("math");
    Value::Native(Rc::new(n))
}

fn no_kwargs(args: &Args<'_>, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(type_error(format!(
            "math.{name}() takes no keyword arguments"
        )));
    }
    Ok(())
}

/// The single argument of a METH_O function. CPython: "math.f() takes
/// exactly one argument (N given)".
fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    no_kwargs(args, name)?;
    let pos = args.positional();
    match pos {
        [x] => Ok(x),
        _ => Err(type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            pos.len()
        ))),
    }
}

/// Positional arguments of a FASTCALL function, counted with CPython's
/// wording. CPython: Python/getargs.c _PyArg_CheckPositional.
fn positional<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    no_kwargs(args, name)?;
    let pos = args.positional();
    let n = pos.len();
    if n >= min && n <= max {
        return Ok(pos);
    }
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    let msg = if min == max {
        format!("{name} expected {min} {}, got {n}", plural(min))
    } else if n < min {
        format!("{name} expected at least {min} {}, got {n}", plural(min))
    } else {
        format!("{name} expected at most {max} {}, got {n}", plural(max))
    };
    Err(type_error(msg))
}

/// Bind arguments like Argument Clinic: `names[..posonly]` are positional
/// only, `names[..max_pos]` may be given by position, the rest only by
/// keyword; the first `required` are required.
/// CPython: Python/getargs.c _PyArg_UnpackKeywords.
fn bind_clinic(
    args: &Args<'_>,
    fname: &str,
    names: &[&str],
    posonly: usize,
    max_pos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.positional();
    let total = args.values.len();
    if total > names.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} argument{} ({total} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" }
        )));
    }
    let min_pos = required.min(posonly);
    if pos.len() > max_pos || pos.len() < min_pos {
        let s = |k: usize| if k == 1 { "" } else { "s" };
        let msg = if pos.len() < min_pos && min_pos < max_pos {
            format!(
                "{fname}() takes at least {min_pos} positional argument{} ({} given)",
                s(min_pos),
                pos.len()
            )
        } else if required >= max_pos || pos.len() < min_pos {
            format!(
                "{fname}() takes exactly {max_pos} positional argument{} ({} given)",
                s(max_pos),
                pos.len()
            )
        } else {
            format!(
                "{fname}() takes at most {max_pos} positional argument{} ({} given)",
                s(max_pos),
                pos.len()
            )
        };
        return Err(type_error(msg));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if i < posonly => {
                return Err(type_error(format!(
                "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                k.as_str()
            )))
            }
            Some(i) if i < pos.len() => {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{}') and position ({})",
                    k.as_str(),
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(type_error(format!(
                    "{fname}() got an unexpected keyword argument '{}'",
                    k.as_str()
                )))
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
    Ok(out)
}

// ----------------------------------------------------------- conversions

/// `x` as a C double: floats and ints directly, else `__float__`, else
/// `__index__`. CPython: Objects/floatobject.c PyFloat_AsDouble.
pub fn as_double(interp: &mut dyn Interp, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(x) => Ok(*x),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => bigint_to_f64(b).map_err(PyErr::from),
        _ => {
            if let Some(r) = ops::call_dunder(interp, v, "__float__", &[])? {
                return match r {
                    Value::Float(x) => Ok(x),
                    other => Err(type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        v.type_name(),
                        other.type_name()
                    ))),
                };
            }
            if v.py_type().lookup("__index__").is_some() {
                let i = ops::index(interp, v)?;
                return rspy_objects::float::to_f64(&i);
            }
            Err(type_error(format!(
                "must be real number, not {}",
                v.type_name()
            )))
        }
    }
}

/// `operator.index(v)` as a `BigInt`. CPython: PyNumber_Index.
fn as_index(interp: &mut dyn Interp, v: &Value) -> PyResult<BigInt> {
    let i = ops::index(interp, v)?;
    Ok(to_bigint(&i).unwrap_or_default())
}

fn domain_error() -> PyErr {
    value_error("math domain error")
}

fn range_error() -> PyErr {
    overflow_error("math range error")
}

// ----------------------------------------------------- one-float functions

/// Apply a libm function with CPython's error mapping: NaN out of a
/// non-NaN is a domain error (with `err_msg` and the argument's repr when
/// given), an infinity out of a finite value a range error when the
/// function can overflow, else a domain error (a pole).
/// CPython: mathmodule.c math_1.
fn math_1(
    interp: &mut dyn Interp,
    args: &Args<'_>,
    name: &str,
    func: fn(f64) -> f64,
    can_overflow: bool,
    err_msg: Option<&str>,
) -> PyResult<Value> {
    let x = as_double(interp, one_arg(args, name)?)?;
    let r = func(x);
    let domain = if r.is_nan() && !x.is_nan() {
        true
    } else if r.is_infinite() && x.is_finite() {
        if can_overflow {
            return Err(range_error());
        }
        true
    } else {
        false
    };
    if domain {
        return Err(match err_msg {
            Some(m) => value_error(format!("{m}{}", float_repr(x))),
            None => domain_error(),
        });
    }
    Ok(Value::Float(r))
}

macro_rules! math1 {
    ($fname:ident, $name:literal, $func:expr, $overflow:expr, $msg:expr) => {
        // CPython: mathmodule.c FUNC1 / FUNC1D
        fn $fname(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
            math_1(interp, &args, $name, $func, $overflow, $msg)
        }
    };
}

const FINITE: Option<&str> = Some("expected a finite input, got ");
const UNIT_RANGE: Option<&str> = Some("expected a number in range from -1 up to 1, got ");

math1!(
    math_sqrt,
    "sqrt",
    f64::sqrt,
    false,
    Some("expected a nonnegative input, got ")
);
math1!(math_exp, "exp", f64::exp, true, None);
math1!(math_exp2, "exp2", f64::exp2, true, None);
math1!(math_expm1, "expm1", f64::exp_m1, true, None);
math1!(math_fabs, "fabs", f64::abs, false, None);
math1!(math_sin, "sin", f64::sin, false, FINITE);
math1!(math_cos, "cos", f64::cos, false, FINITE);
math1!(math_tan, "tan", f64::tan, false, FINITE);
math1!(math_asin, "asin", f64::asin, false, UNIT_RANGE);
math1!(math_acos, "acos", f64::acos, false, UNIT_RANGE);
math1!(math_atan, "atan", f64::atan, false, None);
math1!(math_sinh, "sinh", f64::sinh, true, None);
math1!(math_cosh, "cosh", f64::cosh, true, None);
math1!(math_tanh, "tanh", f64::tanh, false, None);
math1!(math_asinh, "asinh", asinh, false, None);
math1!(
    math_acosh,
    "acosh",
    acosh,
    false,
    Some("expected argument value not less than 1, got ")
);
math1!(
    math_atanh,
    "atanh",
    atanh,
    false,
    Some("expected a number between -1 and 1, got ")
);
math1!(math_cbrt, "cbrt", cbrt, false, None);
math1!(
    math_log1p,
    "log1p",
    f64::ln_1p,
    false,
    Some("expected argument value > -1, got ")
);

/// glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c): a polynomial guess
/// refined by one Halley step, then rescaled by 2**(e/3). Rust's own cbrt
/// rounds differently.
fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.259_921_049_894_873_2;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_5;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    let (xm, xe) = frexp(x.abs());
    if xe == 0 && (x == 0.0 || !x.is_finite()) {
        return x + x;
    }
    let u = 0.354_895_765_043_919_86
        + (1.508_191_937_815_849
            + (-2.114_994_941_673_713
                + (2.446_931_225_635_344_3
                    + (-1.834_692_774_836_130_8
                        + (0.784_932_344_976_639_2 - 0.145_263_899_385_486_37 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp(if x > 0.0 { ym } else { -ym }, (xe / 3) as i64)
}

// ---------------------------------------------- inverse hyperbolic functions
//
// The reference libm (glibc 2.41+, CORE-MATH) rounds asinh, acosh and
// atanh correctly. They are computed here in double-double arithmetic
// (about 104 bits) and rounded once, which gives the correctly rounded
// result except for inputs within 2**-100 of a rounding boundary.

/// An unevaluated sum `hi + lo` with `|lo| <= ulp(hi) / 2`.
#[derive(Clone, Copy)]
struct Dd {
    hi: f64,
    lo: f64,
}

/// ln 2 as a double-double.
const LN2_DD: Dd = Dd {
    hi: std::f64::consts::LN_2,
    lo: 2.319_046_813_846_299_6e-17,
};

/// 2**-28: below it asinh(x), atanh(x) round to x.
const TINY: f64 = 3.725_290_298_461_914e-9;
/// 2**28: above it acosh and asinh are ln(2x) -/+ 1/(4x**2).
const HUGE: f64 = 268_435_456.0;

fn two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    let bb = s - a;
    Dd {
        hi: s,
        lo: (a - (s - bb)) + (b - bb),
    }
}

fn quick_two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    Dd {
        hi: s,
        lo: b - (s - a),
    }
}

fn dd(x: f64) -> Dd {
    Dd { hi: x, lo: 0.0 }
}

fn dd_add(x: Dd, y: Dd) -> Dd {
    let s = two_sum(x.hi, y.hi);
    let t = two_sum(x.lo, y.lo);
    let u = quick_two_sum(s.hi, s.lo + t.hi);
    quick_two_sum(u.hi, u.lo + t.lo)
}

fn dd_neg(x: Dd) -> Dd {
    Dd {
        hi: -x.hi,
        lo: -x.lo,
    }
}

fn dd_mul(x: Dd, y: Dd) -> Dd {
    let (hi, lo) = dl_mul(x.hi, y.hi);
    quick_two_sum(hi, lo + (x.hi * y.lo + x.lo * y.hi))
}

fn dd_div(x: Dd, y: Dd) -> Dd {
    let q1 = x.hi / y.hi;
    let r = dd_add(x, dd_neg(dd_mul(dd(q1), y)));
    let q2 = r.hi / y.hi;
    let r = dd_add(r, dd_neg(dd_mul(dd(q2), y)));
    let q3 = r.hi / y.hi;
    dd_add(quick_two_sum(q1, q2), dd(q3))
}

fn dd_sqrt(a: Dd) -> Dd {
    if a.hi <= 0.0 {
        return dd(0.0);
    }
    let x = a.hi.sqrt();
    let (p, e) = dl_mul(x, x);
    let r = dd_add(a, dd_neg(Dd { hi: p, lo: e }));
    quick_two_sum(x, r.hi / (2.0 * x))
}

/// `x * 2**k` for a double-double (exact).
fn dd_scale(x: Dd, k: i32) -> Dd {
    Dd {
        hi: ldexp(x.hi, k as i64),
        lo: ldexp(x.lo, k as i64),
    }
}

/// 2 * atanh(u) for |u| <= 0.18, by its series: ln((1+u)/(1-u)).
fn dd_atanh_series2(u: Dd) -> Dd {
    let u2 = dd_mul(u, u);
    let mut term = u;
    let mut sum = u;
    let mut n = 3.0;
    loop {
        term = dd_mul(term, u2);
        let t = dd_div(term, dd(n));
        sum = dd_add(sum, t);
        if t.hi.abs() <= sum.hi.abs() * 1e-34 || n > 200.0 {
            break;
        }
        n += 2.0;
    }
    dd_scale(sum, 1)
}

/// ln(1 + t) for a double-double t > -1, keeping relative accuracy
/// for small t.
fn dd_log1p(t: Dd) -> Dd {
    if t.hi.abs() < 0.25 {
        // ln(1+t) = 2 atanh(t / (2 + t)).
        let u = dd_div(t, dd_add(dd(2.0), t));
        return dd_atanh_series2(u);
    }
    dd_ln(dd_add(dd(1.0), t))
}

/// ln(y) for a finite double-double y > 0: y = 2**k * m with m in
/// [1/sqrt(2), sqrt(2)), then ln m = 2 atanh((m-1)/(m+1)).
fn dd_ln(y: Dd) -> Dd {
    let (_, e) = frexp(y.hi);
    let mut k = e;
    let mut m = dd_scale(y, -e);
    if m.hi < std::f64::consts::FRAC_1_SQRT_2 {
        m = dd_scale(m, 1);
        k -= 1;
    }
    let u = dd_div(dd_add(m, dd(-1.0)), dd_add(m, dd(1.0)));
    let lm = dd_atanh_series2(u);
    let kf = k as f64;
    let (kh, kl) = dl_mul(kf, LN2_DD.hi);
    let kln2 = dd_add(Dd { hi: kh, lo: kl }, dd(kf * LN2_DD.lo));
    dd_add(kln2, lm)
}

/// ln(2a) + sign/(4a**2): asinh (sign 1) and acosh (sign -1) beyond 2**28.
fn ln_2x(a: f64, sign: f64) -> f64 {
    let r = dd_add(dd_ln(dd(a)), LN2_DD);
    let c = 0.5 / a;
    dd_add(r, dd(sign * c * c)).hi
}

/// Correctly rounded asinh (see above).
fn asinh(x: f64) -> f64 {
    let a = x.abs();
    if !x.is_finite() || a < TINY {
        return x;
    }
    let r = if a > HUGE {
        ln_2x(a, 1.0)
    } else {
        // asinh(a) = log1p(a + a**2 / (1 + sqrt(1 + a**2)))
        let (sh, sl) = dl_mul(a, a);
        let sq = Dd { hi: sh, lo: sl };
        let s = dd_sqrt(dd_add(dd(1.0), sq));
        let t = dd_add(dd(a), dd_div(sq, dd_add(dd(1.0), s)));
        dd_log1p(t).hi
    };
    r.copysign(x)
}

/// Correctly rounded acosh (see above).
fn acosh(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x < 1.0 {
        return f64::NAN;
    }
    if x.is_infinite() {
        return x;
    }
    if x > HUGE {
        return ln_2x(x, -1.0);
    }
    // acosh(x) = log1p(t + sqrt(t * (t + 2))) with t = x - 1 (exact).
    let t = two_sum(x, -1.0);
    let w = dd_add(t, dd_sqrt(dd_mul(t, dd_add(t, dd(2.0)))));
    dd_log1p(w).hi
}

/// Correctly rounded atanh (see above).
fn atanh(x: f64) -> f64 {
    let a = x.abs();
    if x.is_nan() || a < TINY {
        return x;
    }
    if a > 1.0 {
        return f64::NAN;
    }
    if a == 1.0 {
        return x / 0.0;
    }
    // atanh(a) = log1p(2a / (1 - a)) / 2
    let q = dd_div(dd(2.0 * a), two_sum(1.0, -a));
    (dd_log1p(q).hi * 0.5).copysign(x)
}

// CPython: mathmodule.c math_degrees_impl
fn math_degrees(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = as_double(interp, one_arg(&args, "degrees")?)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

// CPython: mathmodule.c math_radians_impl
fn math_radians(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = as_double(interp, one_arg(&args, "radians")?)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

// CPython: mathmodule.c math_isfinite_impl
fn math_isfinite(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = as_double(interp, one_arg(&args, "isfinite")?)?;
    Ok(Value::Bool(x.is_finite()))
}

// CPython: mathmodule.c math_isinf_impl
fn math_isinf(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = as_double(interp, one_arg(&args, "isinf")?)?;
    Ok(Value::Bool(x.is_infinite()))
}

// CPython: mathmodule.c math_isnan_impl
fn math_isnan(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = as_double(interp, one_arg(&args, "isnan")?)?;
    Ok(Value::Bool(x.is_nan()))
}

// ------------------------------------------------------------- logarithms

/// `(m, e)` with `b == m * 2**e` (m correctly rounded, 0.5 <= m < 1) for a
/// positive int too large for a float. CPython: _PyLong_Frexp.
fn big_frexp(b: &BigInt) -> (f64, i64) {
    let bits = b.bits() as i64;
    let shift = (bits - 64).max(0);
    let top = (b >> shift as usize).to_u64().unwrap_or(u64::MAX);
    let sticky = shift > 0 && b.trailing_zeros().unwrap_or(0) < shift as u64;
    // u64 -> f64 rounds to nearest even; the sticky bit breaks false ties.
    let f = (top | sticky as u64) as f64;
    let (m, e) = frexp(f);
    (m, e as i64 + shift)
}

/// log of an int (computed from its frexp when it is too big for a float)
/// or of a real number. CPython: mathmodule.c loghelper.
fn loghelper(interp: &mut dyn Interp, arg: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(b) = to_bigint(arg) {
        if !b.is_positive() {
            return Err(value_error("expected a positive input"));
        }
        return Ok(match bigint_to_f64(&b) {
            Ok(x) => func(x),
            Err(_) => {
                let (m, e) = big_frexp(&b);
                func(m) + func(2.0) * e as f64
            }
        });
    }
    let x = as_double(interp, arg)?;
    let r = func(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(value_error(format!(
            "expected a positive input, got {}",
            float_repr(x)
        )));
    }
    Ok(r)
}

// CPython: mathmodule.c math_log_impl
fn math_log(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = positional(&args, "log", 1, 2)?;
    let num = loghelper(interp, &a[0], f64::ln)?;
    let Some(base) = a.get(1) else {
        return Ok(Value::Float(num));
    };
    let den = loghelper(interp, base, f64::ln)?;
    if den == 0.0 {
        return Err(zero_division_error("division by zero"));
    }
    Ok(Value::Float(num / den))
}

// CPython: mathmodule.c math_log2
fn math_log2(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(&args, "log2")?;
    Ok(Value::Float(loghelper(interp, x, f64::log2)?))
}

// CPython: mathmodule.c math_log10
fn math_log10(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(&args, "log10")?;
    Ok(Value::Float(loghelper(interp, x, f64::log10)?))
}

// ----------------------------------------------------- two-float functions

/// Apply a two-argument function with CPython's error mapping.
/// CPython: mathmodule.c math_2.
fn math_2(
    interp: &mut dyn Interp,
    args: &Args<'_>,
    name: &str,
    func: fn(f64, f64) -> f64,
) -> PyResult<Value> {
    let a = positional(args, name, 2, 2)?;
    let x = as_double(interp, &a[0])?;
    let y = as_double(interp, &a[1])?;
    let r = func(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

/// atan2 with C99's special values on every platform. CPython: m_atan2.
fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

/// IEEE 754 remainder: `x - n*y` with `n` the nearest integer to `x/y`,
/// ties to even. CPython: m_remainder.
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        // Compare m with its complement c rather than with absy/2, which
        // may not be representable.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // absx is halfway between two multiples of absy: pick the even one.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

// CPython: mathmodule.c math_atan2_impl
fn math_atan2(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    math_2(interp, &args, "atan2", atan2)
}

// CPython: mathmodule.c math_copysign_impl
fn math_copysign(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    math_2(interp, &args, "copysign", f64::copysign)
}

// CPython: mathmodule.c math_remainder_impl
fn math_remainder(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    math_2(interp, &args, "remainder", remainder)
}

// CPython: mathmodule.c math_fmod_impl
fn math_fmod(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = positional(&args, "fmod", 2, 2)?;
    let x = as_double(interp, &a[0])?;
    let y = as_double(interp, &a[1])?;
    // fmod(x, +/-inf) is x for finite x.
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

// CPython: mathmodule.c math_pow_impl
fn math_pow(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = positional(&args, "pow", 2, 2)?;
    let x = as_double(interp, &a[0])?;
    let y = as_double(interp, &a[1])?;
    let r = if !x.is_finite() || !y.is_finite() {
        // IEEE special values, handled directly.
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            // (-ve)**(finite non-integer)
            return Err(domain_error());
        }
        if r.is_infinite() {
            // 0**negative is a pole; anything else overflowed.
            return Err(if x == 0.0 {
                domain_error()
            } else {
                range_error()
            });
        }
        r
    };
    Ok(Value::Float(r))
}

// ------------------------------------------------------ float structure

/// `(m, e)` with `x == m * 2**e`, `0.5 <= |m| < 1`; zero, inf and nan
/// give `(x, 0)`. CPython: math_frexp_impl.
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE {
        // Subnormal: scale into the normal range first (exact).
        (x * f64::from_bits(0x4350_0000_0000_0000), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022 + adjust)
}

/// `x * 2**e`, correctly rounded. CPython calls C's ldexp.
fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, me) = frexp(x);
    let ne = me as i64 + e;
    if ne > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if ne >= -1021 {
        // Normal result: exact.
        return (m * 2.0) * pow2((ne - 1) as i32);
    }
    if ne < -1075 {
        return 0.0f64.copysign(x);
    }
    // Subnormal result: one rounding, by a normal power of two.
    (m * pow2(-54)) * pow2((ne + 54) as i32)
}

/// `2**e` for a normal exponent (-1022..=1023).
fn pow2(e: i32) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

// CPython: mathmodule.c math_frexp_impl
fn math_frexp(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = as_double(interp, one_arg(&args, "frexp")?)?;
    let (m, e) = frexp(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

// CPython: mathmodule.c math_ldexp_impl
fn math_ldexp(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = positional(&args, "ldexp", 2, 2)?;
    let x = as_double(interp, &a[0])?;
    let Some(i) = to_bigint(&a[1]) else {
        return Err(type_error("Expected an int as second argument to ldexp."));
    };
    // Out-of-range exponents saturate.
    let e = i
        .to_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if e > i32::MAX as i64 {
        f64::INFINITY.copysign(x)
    } else if e < i32::MIN as i64 {
        0.0f64.copysign(x)
    } else {
        ldexp(x, e)
    };
    if r.is_infinite() && x.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

// CPython: mathmodule.c math_modf_impl
fn math_modf(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = as_double(interp, one_arg(&args, "modf")?)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

/// The float next to `x` toward `y`.
fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if y > x {
        x.next_up()
    } else {
        x.next_down()
    }
}

// CPython: mathmodule.c math_nextafter_impl
fn math_nextafter(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let p = bind_clinic(&args, "nextafter", &["x", "y", "steps"], 2, 2, 2)?;
    let x = as_double(interp, p[0].as_ref().unwrap_or(&Value::None))?;
    let y = as_double(interp, p[1].as_ref().unwrap_or(&Value::None))?;
    let steps = match &p[2] {
        None | Some(Value::None) => return Ok(Value::Float(nextafter(x, y))),
        Some(s) => as_index(interp, s)?,
    };
    if steps.is_negative() {
        return Err(value_error("steps must be a non-negative integer"));
    }
    let n = steps.to_u64().unwrap_or(u64::MAX);
    if n == 0 {
        return Ok(Value::Float(x));
    }
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    // Step through the floats as ordered integers.
    let (ux, uy) = (x.to_bits(), y.to_bits());
    if ux == uy {
        return Ok(Value::Float(x));
    }
    const SIGN: u64 = 1 << 63;
    let (ax, ay) = (ux & !SIGN, uy & !SIGN);
    let r = if (ux ^ uy) & SIGN != 0 {
        if ax + ay <= n {
            uy
        } else if ax < n {
            (uy & SIGN) | (n - ax)
        } else {
            ux - n
        }
    } else if ax > ay {
        if ax - ay >= n {
            ux - n
        } else {
            uy
        }
    } else if ay - ax >= n {
        ux + n
    } else {
        uy
    };
    Ok(Value::Float(f64::from_bits(r)))
}

// CPython: mathmodule.c math_ulp_impl
fn math_ulp(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = as_double(interp, one_arg(&args, "ulp")?)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let up = x.next_up();
    if up.is_infinite() {
        return Ok(Value::Float(x - x.next_down()));
    }
    Ok(Value::Float(up - x))
}

// CPython: mathmodule.c math_fma_impl
fn math_fma(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = positional(&args, "fma", 3, 3)?;
    let x = as_double(interp, &a[0])?;
    let y = as_double(interp, &a[1])?;
    let z = as_double(interp, &a[2])?;
    let r = x.mul_add(y, z);
    if r.is_finite() {
        return Ok(Value::Float(r));
    }
    if r.is_nan() {
        if !x.is_nan() && !y.is_nan() && !z.is_nan() {
            return Err(value_error("invalid operation in fma"));
        }
    } else if x.is_finite() && y.is_finite() && z.is_finite() {
        return Err(overflow_error("overflow in fma"));
    }
    Ok(Value::Float(r))
}

// ------------------------------------------------------- to-int functions

/// floor/ceil: ints unchanged, floats rounded, others by their dunder or
/// their float value. CPython: math_floor / math_ceil.
fn round_to_int(
    interp: &mut dyn Interp,
    args: &Args<'_>,
    name: &str,
    dunder: &str,
    round: fn(f64) -> f64,
) -> PyResult<Value> {
    let x = one_arg(args, name)?;
    match x {
        Value::Float(f) => float_to_int(round(*f)),
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => {
            if let Some(r) = ops::call_dunder(interp, x, dunder, &[])? {
                return Ok(r);
            }
            let f = as_double(interp, x)?;
            float_to_int(round(f))
        }
    }
}

// CPython: mathmodule.c math_floor
fn math_floor(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    round_to_int(interp, &args, "floor", "__floor__", f64::floor)
}

// CPython: mathmodule.c math_ceil
fn math_ceil(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    round_to_int(interp, &args, "ceil", "__ceil__", f64::ceil)
}

// CPython: mathmodule.c math_trunc
fn math_trunc(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(&args, "trunc")?;
    match x {
        Value::Float(f) => float_to_int(*f),
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => match ops::call_dunder(interp, x, "__trunc__", &[])? {
            Some(r) => Ok(r),
            None => Err(type_error(format!(
                "type {} doesn't define __trunc__ method",
                x.type_name()
            ))),
        },
    }
}

// ------------------------------------------------------ integer functions

fn gcd_big(a: &BigInt, b: &BigInt) -> BigInt {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        let (mut x, mut y) = (x.unsigned_abs(), y.unsigned_abs());
        while y != 0 {
            (x, y) = (y, x % y);
        }
        return BigInt::from(x);
    }
    let (mut x, mut y) = (a.abs(), b.abs());
    while !y.is_zero() {
        let r = &x % &y;
        x = y;
        y = r;
    }
    x
}

// CPython: mathmodule.c math_gcd
fn math_gcd(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    no_kwargs(&args, "gcd")?;
    let mut acc = BigInt::zero();
    for v in args.positional() {
        let x = as_index(interp, v)?;
        if !acc.is_one() {
            acc = gcd_big(&acc, &x);
        }
    }
    Ok(Value::from_bigint(acc.abs()))
}

// CPython: mathmodule.c math_lcm
fn math_lcm(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    no_kwargs(&args, "lcm")?;
    let mut acc = BigInt::one();
    for v in args.positional() {
        let x = as_index(interp, v)?;
        if acc.is_zero() {
            continue;
        }
        if x.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        let g = gcd_big(&acc, &x);
        acc = (&acc / g * x).abs();
    }
    Ok(Value::from_bigint(acc))
}

/// The product `lo * (lo+1) * ... * hi` by binary splitting (balanced
/// operand sizes keep big multiplications fast).
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    let count = hi - lo;
    if count < BigInt::from(16) {
        let mut r = lo.clone();
        let mut k = lo + 1;
        while &k <= hi {
            r *= &k;
            k += 1;
        }
        return r;
    }
    let mid: BigInt = lo + (count >> 1usize);
    range_product(lo, &mid) * range_product(&(mid + 1), hi)
}

// CPython: mathmodule.c math_factorial
fn math_factorial(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(&args, "factorial")?;
    factorial_of(interp, x)
}

fn factorial_of(interp: &mut dyn Interp, x: &Value) -> PyResult<Value> {
    let n = as_index(interp, x)?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    if n > BigInt::from(i64::MAX) {
        return Err(overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    }
    Ok(Value::from_bigint(range_product(&BigInt::one(), &n)))
}

fn non_negative(n: BigInt, what: &str) -> PyResult<BigInt> {
    if n.is_negative() {
        return Err(value_error(format!(
            "{what} must be a non-negative integer"
        )));
    }
    Ok(n)
}

// CPython: mathmodule.c math_perm_impl
fn math_perm(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = positional(&args, "perm", 1, 2)?;
    let k = match a.get(1) {
        None | Some(Value::None) => return factorial_of(interp, &a[0]),
        Some(k) => k,
    };
    let n = as_index(interp, &a[0])?;
    let k = as_index(interp, k)?;
    let n = non_negative(n, "n")?;
    let k = non_negative(k, "k")?;
    if n < k {
        return Ok(Value::Int(0));
    }
    if k > BigInt::from(i64::MAX) {
        return Err(overflow_error(format!("k must not exceed {}", i64::MAX)));
    }
    Ok(Value::from_bigint(range_product(&(&n - &k + 1), &n)))
}

// CPython: mathmodule.c math_comb_impl
fn math_comb(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = positional(&args, "comb", 2, 2)?;
    let n = as_index(interp, &a[0])?;
    let k = as_index(interp, &a[1])?;
    let n = non_negative(n, "n")?;
    let k = non_negative(k, "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let other = &n - &k;
    let k = if other < k { other } else { k };
    if k > BigInt::from(i64::MAX) {
        return Err(overflow_error(format!(
            "min(n - k, k) must not exceed {}",
            i64::MAX
        )));
    }
    let num = range_product(&(&n - &k + 1), &n);
    let den = range_product(&BigInt::one(), &k);
    Ok(Value::from_bigint(num / den))
}

// CPython: mathmodule.c math_isqrt
fn math_isqrt(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(&args, "isqrt")?;
    let n = as_index(interp, x)?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    if let Some(small) = n.to_u64() {
        // The float estimate is within one of the answer; fix it up exactly.
        let mut r = (small as f64).sqrt() as u64;
        while (r as u128) * (r as u128) > small as u128 {
            r -= 1;
        }
        while ((r + 1) as u128) * ((r + 1) as u128) <= small as u128 {
            r += 1;
        }
        return Ok(Value::Int(r as i64));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

// ----------------------------------------------------- float reductions

/// Full precision summation of floats by Shewchuk's exact partials.
/// CPython: mathmodule.c math_fsum.
fn math_fsum(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let seq = one_arg(&args, "fsum")?;
    let it = ops::get_iter(interp, seq)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = ops::next(interp, &it)? {
        let mut x = as_double(interp, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From an inf or nan summand, or an intermediate overflow.
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        // Sum from the top, stopping when the sum becomes inexact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even across several partials.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

/// `x * y` as an unevaluated sum `hi + lo`, exactly. CPython: dl_mul.
fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

/// `a + b` as `hi + lo` exactly, for `|a| >= |b|`. CPython: dl_fast_sum.
fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, (a - x) + b)
}

/// The Euclidean norm of non-negative finite values with `max` their
/// maximum, accurate to within one ulp. CPython: mathmodule.c vector_norm.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // ldexp(1.0, -max_e) would overflow: bring subnormals up first.
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -(max_e as i64));
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in vec.iter() {
        let x = x * scale;
        let (hi, lo) = dl_mul(x, x);
        let (s, slo) = dl_fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (s, slo) = dl_fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

// CPython: mathmodule.c math_hypot
fn math_hypot(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    no_kwargs(&args, "hypot")?;
    let pos = args.positional();
    let mut coords = Vec::with_capacity(pos.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for v in pos {
        let x = as_double(interp, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(vector_norm(&mut coords, max, found_nan)))
}

fn as_tuple_items(interp: &mut dyn Interp, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Tuple(t) => Ok(t.items.clone()),
        _ => rspy_objects::iter::collect(interp, v),
    }
}

// CPython: mathmodule.c math_dist_impl
fn math_dist(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = positional(&args, "dist", 2, 2)?;
    let p = as_tuple_items(interp, &a[0])?;
    let q = as_tuple_items(interp, &a[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (pv, qv) in p.iter().zip(&q) {
        let px = as_double(interp, pv)?;
        let qx = as_double(interp, qv)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(vector_norm(&mut diffs, max, found_nan)))
}

// CPython: mathmodule.c math_prod_impl
fn math_prod(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let p = bind_clinic(&args, "prod", &["iterable", "start"], 1, 1, 1)?;
    let iterable = p[0].clone().unwrap_or(Value::None);
    let mut result = p[1].clone().unwrap_or(Value::Int(1));
    let it = ops::get_iter(interp, &iterable)?;
    while let Some(item) = ops::next(interp, &it)? {
        result = match (&result, &item) {
            (Value::Int(a), Value::Int(b)) => match a.checked_mul(*b) {
                Some(r) => Value::Int(r),
                None => ops::binary_op(interp, &result, &item, BinOp::Mul)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a * b),
            _ => ops::binary_op(interp, &result, &item, BinOp::Mul)?,
        };
    }
    Ok(result)
}

// CPython: mathmodule.c math_isclose_impl
fn math_isclose(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let p = bind_clinic(&args, "isclose", &["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)?;
    let mut f = [0.0f64; 4];
    let defaults = [0.0, 0.0, 1e-09, 0.0];
    for (i, slot) in f.iter_mut().enumerate() {
        *slot = match &p[i] {
            Some(v) => as_double(interp, v)?,
            None => defaults[i],
        };
    }
    let [a, b, rel_tol, abs_tol] = f;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

// ------------------------------------------------ erf, erfc, gamma, lgamma

/// 2/sqrt(pi) as a double-double.
const TWO_OVER_SQRTPI: Dd = Dd {
    hi: f64::from_bits(0x3ff2_0dd7_5042_9b6d),
    lo: f64::from_bits(0x3c71_ae3a_914f_ed80),
};

/// exp(a) for a double-double `a` in [-1000, 0] as `(m, k)` with value
/// `m * 2**k`: a - k ln 2 is brought below 2**-10 and exp computed as
/// 1 + expm1, the expm1 part squared back up (1+e)**2 = 1 + (2e + e*e).
fn dd_exp_parts(a: Dd) -> (Dd, i64) {
    let k = (a.hi / std::f64::consts::LN_2).round();
    let (h1, l1) = dl_mul(k, LN2_DD.hi);
    let (h2, l2) = dl_mul(k, LN2_DD.lo);
    let kln2 = dd_add(Dd { hi: h1, lo: l1 }, Dd { hi: h2, lo: l2 });
    let r = dd_scale(dd_add(a, dd_neg(kln2)), -10);
    // expm1(r) by its Taylor series (|r| < 2**-10.5).
    let mut term = r;
    let mut e = r;
    for n in 2..=14 {
        term = dd_div(dd_mul(term, r), dd(n as f64));
        e = dd_add(e, term);
        if term.hi.abs() <= e.hi.abs() * 1e-36 {
            break;
        }
    }
    for _ in 0..10 {
        e = dd_add(dd_scale(e, 1), dd_mul(e, e));
    }
    (dd_add(dd(1.0), e), k as i64)
}

/// `(v.hi + v.lo) * 2**k` rounded once to nearest, also when the result
/// is subnormal (where scaling `hi` alone would round without `lo`).
fn dd_ldexp_round(v: Dd, k: i64) -> f64 {
    let r = ldexp(v.hi, k);
    if r.abs() >= f64::MIN_POSITIVE || !r.is_finite() {
        return r;
    }
    // The rounding of `hi` to the subnormal grid, corrected by what was
    // cut off plus `lo`, in unscaled units.
    let back = ldexp(r, -k);
    let resid = (v.hi - back) + v.lo;
    let half_ulp = ldexp(f64::from_bits(1), -k - 1);
    let ulp = f64::from_bits(1);
    if resid > half_ulp {
        r + ulp
    } else if resid < -half_ulp {
        r - ulp
    } else {
        r
    }
}

/// erf(x) for 0 <= x < 2 as a double-double, by the series with positive
/// terms erf(x) = 2/sqrt(pi) exp(-x*x) sum (2x*x)**n x / (1*3*...*(2n+1)).
fn erf_series_dd(x: f64) -> Dd {
    let (h, l) = dl_mul(x, x);
    let x2 = Dd { hi: h, lo: l };
    let two_x2 = dd_scale(x2, 1);
    let mut term = dd(x);
    let mut sum = dd(x);
    for n in 1..400 {
        term = dd_div(dd_mul(term, two_x2), dd((2 * n + 1) as f64));
        sum = dd_add(sum, term);
        if term.hi <= sum.hi * 1e-36 {
            break;
        }
    }
    let (e, k) = dd_exp_parts(dd_neg(x2));
    dd_scale(dd_mul(dd_mul(TWO_OVER_SQRTPI, e), sum), k as i32)
}

/// erfc(x) for x >= 0.75 as `(m, k)` with value `m * 2**k`, by Laplace's
/// continued fraction erfc(x) = 2x exp(-x*x)/sqrt(pi) /
/// (2x*x + 1 - 1*2/(2x*x + 5 - 3*4/(2x*x + 9 - ...))).
fn erfc_cf_parts(x: f64) -> (Dd, i64) {
    let (h, l) = dl_mul(x, x);
    let x2 = Dd { hi: h, lo: l };
    let two_x2 = dd_scale(x2, 1);
    let terms = ((600.0 / (x * x)) as usize + 16).min(1200);
    let mut f = dd(0.0);
    for k in (1..=terms).rev() {
        let num = ((2 * k - 1) * (2 * k)) as f64;
        let den = dd_add(dd_add(two_x2, dd((4 * k + 1) as f64)), dd_neg(f));
        f = dd_div(dd(num), den);
    }
    let den = dd_add(dd_add(two_x2, dd(1.0)), dd_neg(f));
    let (e, k) = dd_exp_parts(dd_neg(x2));
    let num = dd_mul(dd_mul(TWO_OVER_SQRTPI, dd(x)), e);
    (dd_div(num, den), k)
}

/// The error function, correctly rounded like glibc's (CORE-MATH) erf.
fn erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let a = x.abs();
    let r = if a < 2f64.powi(-900) {
        // erf(x) = 2x/sqrt(pi) (1 - x*x/3 + ...): the first term decides.
        dd_ldexp_round(dd_mul(TWO_OVER_SQRTPI, dd(a * 2f64.powi(1000))), -1000)
    } else if a < 2.0 {
        erf_series_dd(a).hi
    } else if a < 10.0 {
        let (m, k) = erfc_cf_parts(a);
        dd_add(dd(1.0), dd_neg(dd_scale(m, k as i32))).hi
    } else {
        1.0
    };
    r.copysign(x)
}

/// The complementary error function, correctly rounded like glibc's
/// (CORE-MATH) erfc.
fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x >= 0.75 {
        if x > 30.0 {
            return 0.0;
        }
        let (m, k) = erfc_cf_parts(x);
        return dd_ldexp_round(m, k);
    }
    if x <= -2.0 {
        if x < -10.0 {
            return 2.0;
        }
        let (m, k) = erfc_cf_parts(-x);
        return dd_add(dd(2.0), dd_neg(dd_scale(m, k as i32))).hi;
    }
    if x.abs() < 2f64.powi(-60) {
        return 1.0;
    }
    let e = erf_series_dd(x.abs());
    let e = if x < 0.0 { dd_neg(e) } else { e };
    dd_add(dd(1.0), dd_neg(e)).hi
}

/// C's errno after a gamma computation.
#[derive(Clone, Copy, PartialEq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

const PI_F: f64 = std::f64::consts::PI;
const LOGPI: f64 = 1.144_729_885_849_400_2;

/// sin(pi*x), accurate for all finite x. CPython: mathmodule.c m_sinpi.
fn m_sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI_F * y).sin(),
        1 => (PI_F * (y - 0.5)).cos(),
        // -sin(pi*(y-1.0)) would give -0.0 instead of 0.0 when y == 1.0.
        2 => (PI_F * (1.0 - y)).sin(),
        3 => -(PI_F * (y - 1.5)).cos(),
        _ => (PI_F * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

const LANCZOS_G: f64 = 6.02468004077673;
const LANCZOS_G_MINUS_HALF: f64 = 5.52468004077673;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.41076,
    42919803642.6491,
    35711959237.35567,
    17921034426.03721,
    6039542586.352028,
    1439720407.3117216,
    248874557.86205417,
    31426415.585400194,
    2876370.6289353725,
    186056.26539522348,
    8071.672002365816,
    210.82427775157936,
    2.5066282746310002,
];
/// The denominator x*(x+1)*...*(x+11) as a polynomial.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];
/// Gamma at 1, 2, ..., 23.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362_880.0,
    3_628_800.0,
    39_916_800.0,
    479_001_600.0,
    6_227_020_800.0,
    87_178_291_200.0,
    1_307_674_368_000.0,
    20_922_789_888_000.0,
    355_687_428_096_000.0,
    6_402_373_705_728_000.0,
    121_645_100_408_832_000.0,
    2_432_902_008_176_640_000.0,
    51_090_942_171_709_440_000.0,
    1_124_000_727_777_607_680_000.0,
];

/// Lanczos' sum L_g(x) for x > 0. CPython: mathmodule.c lanczos_sum.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// The gamma function by Lanczos' approximation, and the errno C would
/// set. CPython: mathmodule.c m_tgamma.
fn m_tgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::Ok);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return (GAMMA_INTEGRAL[x as usize - 1], Errno::Ok);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::Ok
            },
        );
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / m_sinpi(x), Errno::Ok);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error in y, for the correction below.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI_F / m_sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

/// ln|Gamma(x)| by Lanczos' formula, and the errno C would set.
/// CPython: mathmodule.c m_lgamma.
fn m_lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Errno::Ok);
        }
        return (f64::INFINITY, Errno::Ok);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::Ok);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), Errno::Ok);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = LOGPI - m_sinpi(absx).abs().ln() - absx.ln() - r;
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

/// math_1 for the gamma functions, whose C versions report a pole
/// (EDOM) apart from an overflow (ERANGE).
fn math_gamma_1(
    interp: &mut dyn Interp,
    args: &Args<'_>,
    name: &str,
    func: fn(f64) -> (f64, Errno),
) -> PyResult<Value> {
    let x = as_double(interp, one_arg(args, name)?)?;
    let (r, errno) = func(x);
    if errno == Errno::Dom || (r.is_nan() && !x.is_nan()) {
        return Err(value_error(format!(
            "expected a noninteger or positive integer, got {}",
            float_repr(x)
        )));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

// CPython: mathmodule.c math_gamma (FUNC1D with m_tgamma)
fn math_gamma(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    math_gamma_1(interp, &args, "gamma", m_tgamma)
}

// CPython: mathmodule.c math_lgamma (FUNC1D with m_lgamma)
fn math_lgamma(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    math_gamma_1(interp, &args, "lgamma", m_lgamma)
}

math1!(math_erf, "erf", erf, false, None);
math1!(math_erfc, "erfc", erfc, false, None);

// ---------------------------------------------------------------- sumprod

/// `a + b` as `hi + lo` exactly. CPython: mathmodule.c dl_sum.
fn dl_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, (a - (x - z)) + (b - z))
}

/// A triple-length accumulator. CPython: mathmodule.c TripleLength.
#[derive(Clone, Copy)]
struct TripleLength {
    hi: f64,
    lo: f64,
    tiny: f64,
}

/// `total + x*y`. CPython: mathmodule.c tl_fma.
fn tl_fma(x: f64, y: f64, total: TripleLength) -> TripleLength {
    let (pr_hi, pr_lo) = dl_mul(x, y);
    let (sm_hi, sm_lo) = dl_sum(total.hi, pr_hi);
    let (r1_hi, r1_lo) = dl_sum(total.lo, pr_lo);
    let (r2_hi, r2_lo) = dl_sum(r1_hi, sm_lo);
    TripleLength {
        hi: sm_hi,
        lo: r2_hi,
        tiny: total.tiny + r1_lo + r2_lo,
    }
}

/// CPython: mathmodule.c tl_to_d.
fn tl_to_d(total: TripleLength) -> f64 {
    let (hi, lo) = dl_sum(total.lo, total.hi);
    total.tiny + lo + hi
}

/// A float operand of sumprod's float path: exact floats, and exact ints
/// or bools beside a float (`None` when the int does not convert).
fn sumprod_float_pair(p: &Value, q: &Value) -> Option<(f64, f64)> {
    let int_like = |v: &Value| -> Option<Option<f64>> {
        match v {
            Value::Int(i) => Some(Some(*i as f64)),
            Value::Bool(b) => Some(Some(*b as i64 as f64)),
            Value::BigInt(b) => Some(bigint_to_f64(b).ok()),
            _ => None,
        }
    };
    match (p, q) {
        (Value::Float(a), Value::Float(b)) => Some((*a, *b)),
        (Value::Float(a), other) => int_like(other)?.map(|b| (*a, b)),
        (other, Value::Float(b)) => int_like(other)?.map(|a| (a, *b)),
        _ => None,
    }
}

// CPython: mathmodule.c math_sumprod_impl
fn math_sumprod(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = positional(&args, "sumprod", 2, 2)?;
    let p_it = ops::get_iter(interp, &a[0])?;
    let q_it = ops::get_iter(interp, &a[1])?;
    let mut total = Value::Int(0);
    let (mut int_path, mut int_total, mut int_in_use) = (true, 0i64, false);
    let (mut flt_path, mut flt_in_use) = (true, false);
    let zero = TripleLength {
        hi: 0.0,
        lo: 0.0,
        tiny: 0.0,
    };
    let mut flt_total = zero;
    loop {
        let p_i = ops::next(interp, &p_it)?;
        let q_i = ops::next(interp, &q_it)?;
        if p_i.is_some() != q_i.is_some() {
            return Err(value_error("Inputs are not the same length"));
        }
        let pair = p_i.zip(q_i);

        if int_path {
            if let Some((Value::Int(x), Value::Int(y))) = &pair {
                if let Some(t) = x
                    .checked_mul(*y)
                    .and_then(|prod| int_total.checked_add(prod))
                {
                    int_total = t;
                    int_in_use = true;
                    continue;
                }
            }
            // Finished, overflowed, or not a pair of ints.
            int_path = false;
            if int_in_use {
                total = ops::binary_op(interp, &total, &Value::Int(int_total), BinOp::Add)?;
                int_in_use = false;
            }
        }

        if flt_path {
            if let Some((x, y)) = pair.as_ref().and_then(|(p, q)| sumprod_float_pair(p, q)) {
                let new_total = tl_fma(x, y, flt_total);
                if new_total.hi.is_finite() {
                    flt_total = new_total;
                    flt_in_use = true;
                    continue;
                }
            }
            // Finished, overflowed, not floats, or a non-finite value.
            flt_path = false;
            if flt_in_use {
                let term = Value::Float(tl_to_d(flt_total));
                total = ops::binary_op(interp, &total, &term, BinOp::Add)?;
                flt_total = zero;
                flt_in_use = false;
            }
        }

        let Some((p, q)) = pair else {
            return Ok(total);
        };
        let term = ops::binary_op(interp, &p, &q, BinOp::Mul)?;
        total = ops::binary_op(interp, &total, &term, BinOp::Add)?;
    }
}

/// Build the `math` module.
pub fn init(_vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let d = Rc::new(PyDict::new());
    d.set_str("__name__", Value::str("math"));
    d.set_str("pi", Value::Float(std::f64::consts::PI));
    d.set_str("e", Value::Float(std::f64::consts::E));
    d.set_str("tau", Value::Float(std::f64::consts::TAU));
    d.set_str("inf", Value::Float(f64::INFINITY));
    d.set_str("nan", Value::Float(f64::NAN));
    let functions: &[(&'static str, NativeFn)] = &[
        ("acos", math_acos),
        ("acosh", math_acosh),
        ("asin", math_asin),
        ("asinh", math_asinh),
        ("atan", math_atan),
        ("atan2", math_atan2),
        ("atanh", math_atanh),
        ("cbrt", math_cbrt),
        ("ceil", math_ceil),
        ("comb", math_comb),
        ("copysign", math_copysign),
        ("cos", math_cos),
        ("cosh", math_cosh),
        ("degrees", math_degrees),
        ("dist", math_dist),
        ("exp", math_exp),
        ("exp2", math_exp2),
        ("erf", math_erf),
        ("erfc", math_erfc),
        ("expm1", math_expm1),
        ("fabs", math_fabs),
        ("factorial", math_factorial),
        ("floor", math_floor),
        ("fma", math_fma),
        ("fmod", math_fmod),
        ("frexp", math_frexp),
        ("fsum", math_fsum),
        ("gamma", math_gamma),
        ("gcd", math_gcd),
        ("hypot", math_hypot),
        ("isclose", math_isclose),
        ("isfinite", math_isfinite),
        ("isinf", math_isinf),
        ("isnan", math_isnan),
        ("isqrt", math_isqrt),
        ("lcm", math_lcm),
        ("ldexp", math_ldexp),
        ("lgamma", math_lgamma),
        ("log", math_log),
        ("log10", math_log10),
        ("log1p", math_log1p),
        ("log2", math_log2),
        ("modf", math_modf),
        ("nextafter", math_nextafter),
        ("perm", math_perm),
        ("pow", math_pow),
        ("prod", math_prod),
        ("radians", math_radians),
        ("remainder", math_remainder),
        ("sin", math_sin),
        ("sinh", math_sinh),
        ("sqrt", math_sqrt),
        ("sumprod", math_sumprod),
        ("tan", math_tan),
        ("tanh", math_tanh),
        ("trunc", math_trunc),
        ("ulp", math_ulp),
    ];
    for (name, f) in functions {
        d.set_str(name, native(name, *f));
    }
    Ok(Rc::new(PyModule::new("math".to_string(), d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_and_ldexp_round_trip() {
        for x in [1.0, -3.5, 1e-310, 5e-324, 1.7976931348623157e308, 0.1] {
            let (m, e) = frexp(x);
            assert!((0.5..1.0).contains(&m.abs()));
            assert_eq!(ldexp(m, e as i64), x);
        }
        assert_eq!(ldexp(1.0, -1075), 0.0);
        assert_eq!(ldexp(1.5, -1075), 5e-324);
        assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
    }

    #[test]
    fn big_frexp_rounds() {
        let b = BigInt::one() << 2000usize;
        assert_eq!(big_frexp(&b), (0.5, 2001));
        let b: BigInt = (BigInt::one() << 2000usize) - 1;
        assert_eq!(big_frexp(&b), (0.5, 2001));
    }

    #[test]
    fn remainder_ties_to_even() {
        assert_eq!(remainder(5.0, 2.0), 1.0);
        assert_eq!(remainder(7.0, 2.0), -1.0);
        assert_eq!(remainder(-5.0, 2.0), -1.0);
    }
}
