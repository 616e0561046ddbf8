//! Number and string formatting with exact CPython 3.14 output.
//!
//! Holds:
//! * `repr(float)` ([`float_repr`]) and the float-to-string core ([`double_to_string`]),
//!   mirroring `Python/pystrtod.c` (`PyOS_double_to_string`, `format_float_short`);
//!   Rust's shortest / correctly rounded float printing stands in for `_Py_dg_dtoa`;
//! * the format-spec mini-language ([`parse_format_spec`], [`format_int`],
//!   [`format_float`], [`format_str`]), mirroring `Python/formatter_unicode.c`
//!   (including 3.14's fractional-part grouping, e.g. `format(x, '.6,f')`);
//! * printf-style `%` formatting of numbers ([`percent_format_int`],
//!   [`percent_format_float`]), mirroring `Objects/unicodeobject.c`
//!   (`formatlong`, `_PyUnicode_FormatLong`, `formatfloat`, `unicode_format_arg_output`).
//!
//! Errors are [`NumError`] (Python exception kind + CPython's exact message).
//! Locale-dependent type `'n'` is formatted as in the C locale (no grouping, '.').

use crate::numparse::{
    bigint_to_f64, get_int_max_str_digits, int_to_str_with_limit, py_decimal_value,
};
use crate::numparse::{ErrKind, NumError};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

// ---------------------------------------------------------------------------
// float -> string core
// ---------------------------------------------------------------------------

/// Flags for [`double_to_string`] (CPython's `Py_DTSF_*`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: always add a sign.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: add ".0" to integral results (repr / empty type).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: alternate form ('#').
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: coerce negative zero to positive ('z').
    pub no_neg_0: bool,
}

/// Emulates `_Py_dg_dtoa` for a finite, non-negative `a`.
/// mode 0: shortest round-trip digits; mode 2: `ndigits` significant digits;
/// mode 3: `ndigits` digits after the decimal point.
/// Returns (digits without trailing zeros, decpt) such that a ~= 0.DIGITS * 10**decpt.
/// A zero result is returned as ("0", 1).
fn dtoa(a: f64, mode: u8, ndigits: usize) -> (Vec<u8>, i64) {
    if a == 0.0 {
        return (b"0".to_vec(), 1);
    }
    // A double's exact decimal expansion has at most 1074 fractional and
    // 767 significant digits; further requested digits are zeros, which
    // are trimmed here anyway. Clamping keeps Rust's formatter (whose
    // precision is a u16) in range without changing the result.
    let ndigits = ndigits.min(if mode == 3 { 1100 } else { 800 });
    match mode {
        3 => {
            let s = format!("{:.*}", ndigits, a);
            let (ip, fp) = match s.find('.') {
                Some(p) => (&s[..p], &s[p + 1..]),
                None => (&s[..], ""),
            };
            let all: Vec<u8> = ip.bytes().chain(fp.bytes()).collect();
            let lead = all.iter().take_while(|&&c| c == b'0').count();
            if lead == all.len() {
                return (b"0".to_vec(), 1);
            }
            let decpt = ip.len() as i64 - lead as i64;
            let mut digits = all[lead..].to_vec();
            while digits.last() == Some(&b'0') {
                digits.pop();
            }
            (digits, decpt)
        }
        _ => {
            let s = if mode == 0 {
                format!("{:e}", a)
            } else {
                format!("{:.*e}", ndigits.max(1) - 1, a)
            };
            let (mant, exp) = match s.find('e') {
                Some(p) => (&s[..p], s[p + 1..].parse::<i64>().unwrap_or(0)),
                None => (&s[..], 0),
            };
            let mut digits: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
            let mut exp = exp;
            if mode == 0 && digits.len() >= 15 {
                // Rust breaks ties between two equally close shortest candidates upwards;
                // dtoa picks the even one. The correctly rounded (half-even) string of the
                // same length is the one dtoa returns whenever it round-trips.
                let alt = format!("{:.*e}", digits.len() - 1, a);
                match alt.find('e') {
                    Some(p) if alt != s && alt.parse::<f64>().ok() == Some(a) => {
                        digits = alt[..p].bytes().filter(|c| c.is_ascii_digit()).collect();
                        exp = alt[p + 1..].parse::<i64>().unwrap_or(exp);
                    }
                    _ => {}
                }
            }
            while digits.len() > 1 && digits.last() == Some(&b'0') {
                digits.pop();
            }
            (digits, exp + 1)
        }
    }
}

/// Python's `PyOS_double_to_string(val, format_code, precision, flags)` for
/// `format_code` in "eEfFgGr" (anything else is treated as 'r').
// CPython: Python/pystrtod.c PyOS_double_to_string / format_float_short
pub fn double_to_string(val: f64, format_code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = format_code.is_ascii_uppercase();
    let code = format_code.to_ascii_lowercase();
    let (mode, mut precision) = match code {
        'e' => (2u8, precision + 1),
        'f' => (3, precision),
        'g' => (2, precision.max(1)),
        _ => (0, 0),
    };
    let code = if matches!(code, 'e' | 'f' | 'g') {
        code
    } else {
        'r'
    };
    let mut out = String::new();
    let mut negative = val.is_sign_negative();
    if !val.is_finite() {
        if val.is_nan() {
            negative = false;
        }
        if negative {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = if val.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper {
            word.to_ascii_uppercase()
        } else {
            word.to_string()
        });
        return out;
    }
    if mode == 0 {
        precision = 0;
    }
    let (digits, mut decpt) = dtoa(val.abs(), mode, precision);
    if flags.no_neg_0 && negative && digits.iter().all(|&c| c == b'0') {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let p = precision as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = p;
        }
        'f' => vdigits_end = decpt + p,
        'g' => {
            if decpt <= -4 || decpt > (if flags.add_dot_0 { p - 1 } else { p }) {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = p;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let dstr =
        |r: std::ops::Range<usize>| -> &str { std::str::from_utf8(&digits[r]).unwrap_or("") };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(dstr(0..decpt as usize));
        out.push('.');
        out.push_str(dstr(decpt as usize..digits.len()));
    } else {
        out.push_str(dstr(0..digits.len()));
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    }
    out
}

/// Python `repr(float)` / `str(float)`.
// CPython: Objects/floatobject.c float_repr
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..Default::default()
        },
    )
}

// ---------------------------------------------------------------------------
// Format spec parsing
// ---------------------------------------------------------------------------

/// A parsed standard format specifier:
/// `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." [precision][frac_grouping]][type]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (' ' by default, '0' when the '0' flag is used without explicit fill).
    pub fill: char,
    /// Explicit alignment ('<', '>', '=', '^'); `None` = type default
    /// ('>' for numbers, or '=' when `zero_pad`; '<' for str).
    pub align: Option<char>,
    /// '+', '-' or ' '.
    pub sign: Option<char>,
    /// 'z' flag.
    pub no_neg_zero: bool,
    /// '#' flag.
    pub alternate: bool,
    /// '0' flag (only recorded when no explicit fill char was given).
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// ',' or '_' for the integer part.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// ',' or '_' for the fractional part (new in 3.14; floats only).
    pub frac_grouping: Option<char>,
    /// Presentation type; after [`parse_format_spec`] this is the `default_type` when omitted.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            frac_grouping: None,
            ty: None,
        }
    }
}

/// Render a presentation type char the way CPython's error messages do.
fn type_char_repr(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", cp)
    }
}

fn invalid_sep_type(sep: char, ty: char) -> NumError {
    NumError::value(format!(
        "Cannot specify '{}' with '{}'.",
        sep,
        type_char_repr(ty)
    ))
}

fn comma_and_underscore() -> NumError {
    NumError::value("Cannot specify both ',' and '_'.")
}

/// Error for an unsupported presentation type, e.g.
/// "Unknown format code 'd' for object of type 'float'". Maps to ValueError.
// CPython: Python/formatter_unicode.c unknown_presentation_type
pub fn unknown_presentation_type(ty: char, type_name: &str) -> NumError {
    NumError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        type_char_repr(ty),
        truncate_chars(type_name, 200)
    ))
}

fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Consume decimal digits (any Unicode Nd digit, like CPython) starting at `*pos`.
/// Returns (value, number of digits consumed).
// CPython: Python/formatter_unicode.c get_integer
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(usize, usize), NumError> {
    let mut acc: i64 = 0;
    let mut n = 0;
    while *pos < chars.len() {
        let Some(d) = py_decimal_value(chars[*pos]) else {
            break;
        };
        let d = d as i64;
        if acc > (i64::MAX - d) / 10 {
            return Err(NumError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((acc as usize, n))
}

/// Parse a standard format spec like CPython.
/// `type_name` is the object's type name (for error messages); `default_type` is the
/// presentation type used when none is given: `Some('d')` for int (and bool),
/// `None` for float, `Some('s')` for str. Err maps to ValueError.
///
/// Note: CPython's `__format__` returns `str(obj)` for an empty spec before parsing;
/// the callers of this module should do the same (matters for bool and subclasses).
// CPython: Python/formatter_unicode.c parse_internal_render_format_spec
pub fn parse_format_spec(
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
) -> Result<FormatSpec, NumError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0usize;
    let mut f = FormatSpec {
        ty: default_type,
        ..FormatSpec::default()
    };
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut fill_specified = false;
    if end >= 2 && is_align(chars[1]) {
        f.align = Some(chars[1]);
        f.fill = chars[0];
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], ' ' | '+' | '-') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_zero = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        f.zero_pad = true;
        pos += 1;
    }
    let (w, n) = get_integer(&chars, &mut pos)?;
    if n > 0 {
        f.width = Some(w);
    }
    if pos < end && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err(comma_and_underscore());
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
        return Err(comma_and_underscore());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (p, mut consumed) = get_integer(&chars, &mut pos)?;
        if consumed > 0 {
            f.precision = Some(p);
        }
        if pos < end && chars[pos] == ',' {
            f.frac_grouping = Some(',');
            pos += 1;
            consumed += 1;
        }
        if pos < end && chars[pos] == '_' {
            if f.frac_grouping.is_some() {
                return Err(comma_and_underscore());
            }
            f.frac_grouping = Some('_');
            pos += 1;
            consumed += 1;
        }
        if pos < end && chars[pos] == ',' && f.frac_grouping == Some('_') {
            return Err(comma_and_underscore());
        }
        if consumed == 0 {
            return Err(NumError::value("Format specifier missing precision"));
        }
    }
    if end - pos > 1 {
        return Err(NumError::value(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec,
            truncate_chars(type_name, 200)
        )));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    if let Some(sep) = f.grouping {
        match f.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(t) => return Err(invalid_sep_type(sep, t)),
        }
    }
    if let (Some('n'), Some(sep)) = (f.ty, f.frac_grouping) {
        return Err(invalid_sep_type(sep, 'n'));
    }
    Ok(f)
}

// ---------------------------------------------------------------------------
// Number layout (calc_number_widths / fill_number)
// ---------------------------------------------------------------------------

/// Insert separators into `digits` (ASCII), grouping by `group` from the right and
/// zero-padding to `min_width`; `sep == None` means no grouping (pad only).
// CPython: Python/formatter_unicode.c _PyUnicode_InsertThousandsGrouping
fn insert_grouping(digits: &str, min_width: i64, sep: Option<char>, group: i64) -> String {
    let d = digits.as_bytes();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width.max(0);
    let mut pieces: Vec<String> = Vec::new(); // right to left
    let take = |remaining: &mut i64, len: i64, pieces: &mut Vec<String>, use_sep: bool| {
        let n_zeros = (len - *remaining).max(0);
        let n_chars = (*remaining).min(len).max(0);
        let mut p = String::new();
        for _ in 0..n_zeros {
            p.push('0');
        }
        let endi = *remaining as usize;
        let starti = endi - n_chars as usize;
        p.push_str(std::str::from_utf8(&d[starti..endi]).unwrap_or(""));
        if let (true, Some(s)) = (use_sep, sep) {
            p.push(s);
        }
        pieces.push(p);
        *remaining -= n_chars;
    };
    match sep {
        Some(_) => {
            let mut use_sep = false;
            loop {
                let len = group.min(remaining.max(min_width).max(1));
                take(&mut remaining, len, &mut pieces, use_sep);
                use_sep = true;
                min_width -= len;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                min_width -= 1;
            }
        }
        None => {
            let len = remaining.max(min_width).max(1);
            take(&mut remaining, len, &mut pieces, false);
        }
    }
    pieces.reverse();
    pieces.concat()
}

/// Group fractional digits from the left in threes.
fn group_frac(frac: &str, sep: Option<char>) -> String {
    match sep {
        None => frac.to_string(),
        Some(s) => {
            let mut out = String::with_capacity(frac.len() * 4 / 3 + 1);
            for (i, c) in frac.chars().enumerate() {
                if i > 0 && i % 3 == 0 {
                    out.push(s);
                }
                out.push(c);
            }
            out
        }
    }
}

struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    frac: &'a str,
    remainder: &'a str,
}

const MAX_OUTPUT: usize = 1 << 40;

/// MemoryError for a width that cannot be allocated (an abort otherwise).
pub fn check_width(w: Option<usize>) -> Result<(), NumError> {
    let w = w.unwrap_or(0);
    let mut probe: Vec<u8> = Vec::new();
    if w > MAX_OUTPUT || probe.try_reserve_exact(w).is_err() {
        return Err(NumError::new(ErrKind::MemoryError, ""));
    }
    Ok(())
}

/// Lay out sign, prefix, grouped digits, decimal point, fraction and remainder with padding.
// CPython: Python/formatter_unicode.c calc_number_widths / fill_number
fn layout_number(
    p: &NumberParts,
    spec: &FormatSpec,
    align: char,
    group_sep: Option<char>,
    group: i64,
) -> String {
    let sign = match spec.sign {
        Some('+') => Some(if p.negative { '-' } else { '+' }),
        Some(' ') => Some(if p.negative { '-' } else { ' ' }),
        _ => {
            if p.negative {
                Some('-')
            } else {
                None
            }
        }
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = p.prefix.chars().count() as i64;
    let grouped_frac = group_frac(p.frac, spec.frac_grouping);
    let n_frac = grouped_frac.chars().count() as i64;
    let n_decimal = p.has_decimal as i64;
    let n_rem = p.remainder.chars().count() as i64;
    let width = spec.width.map(|w| w as i64).unwrap_or(-1);
    let non_digit = n_sign + n_prefix + n_decimal + n_frac + n_rem;
    let min_width = if spec.fill == '0' && align == '=' {
        width - non_digit
    } else {
        0
    };
    let grouped = if p.digits.is_empty() {
        String::new()
    } else {
        insert_grouping(p.digits, min_width, group_sep, group)
    };
    let n_grouped = grouped.chars().count() as i64;
    let n_padding = width - (non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::with_capacity((non_digit + n_grouped + n_padding.max(0)) as usize);
    let fill = |out: &mut String, n: i64| {
        for _ in 0..n {
            out.push(spec.fill);
        }
    };
    fill(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(p.prefix);
    fill(&mut out, spad);
    out.push_str(&grouped);
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(&grouped_frac);
    out.push_str(p.remainder);
    fill(&mut out, rpad);
    out
}

// ---------------------------------------------------------------------------
// int / float / str __format__
// ---------------------------------------------------------------------------

/// `format(int, spec)` for a parsed spec (parse it with `default_type = Some('d')`).
/// Handles d/n/b/o/x/X/c and the float types e/E/f/F/g/G/% (via `float(v)`).
/// Err: ValueError for bad specs / digit limit, OverflowError for 'c' out of range
/// or an int too large for float types. `ErrKind::NotImplemented` if 'c' would produce
/// a lone surrogate (not representable in a Rust `String`).
// CPython: Python/formatter_unicode.c _PyLong_FormatAdvancedWriter / format_long_internal
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, NumError> {
    format_int_named(v, spec, "int")
}

/// [`format_int`] with the object's type name for "Unknown format code" errors
/// (e.g. "bool" or a subclass name).
pub fn format_int_named(
    v: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, NumError> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = bigint_to_f64(v)?;
            return format_float(x, spec);
        }
        _ => return Err(unknown_presentation_type(ty, type_name)),
    }
    check_width(spec.width)?;
    if spec.precision.is_some() {
        return Err(NumError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let align = spec.align.unwrap_or(if spec.zero_pad { '=' } else { '>' });
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(NumError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(NumError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let Some(cl) = v.to_i64() else {
            return Err(NumError::overflow(
                "Python int too large to convert to C long",
            ));
        };
        let cp = match u32::try_from(cl) {
            Ok(c) if c <= 0x10FFFF => c,
            _ => return Err(NumError::overflow("%c arg not in range(0x110000)")),
        };
        let Some(ch) = char::from_u32(cp) else {
            return Err(NumError::new(
                ErrKind::NotImplemented,
                "lone surrogate code point",
            ));
        };
        let s = ch.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            frac: "",
            remainder: &s,
        };
        return Ok(layout_number(&parts, spec, align, None, 3));
    }
    let (digits, prefix) = match ty {
        'b' => (v.magnitude().to_str_radix(2), "0b"),
        'o' => (v.magnitude().to_str_radix(8), "0o"),
        'x' => (v.magnitude().to_str_radix(16), "0x"),
        'X' => (v.magnitude().to_str_radix(16).to_ascii_uppercase(), "0X"),
        _ => {
            let s = int_to_str_with_limit(v, get_int_max_str_digits())?;
            (s.trim_start_matches('-').to_string(), "")
        }
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let (sep, group) = match (ty, spec.grouping) {
        ('n', _) | (_, None) => (None, 3),
        ('b' | 'o' | 'x' | 'X', Some(s)) => (Some(s), 4),
        (_, Some(s)) => (Some(s), 3),
    };
    let parts = NumberParts {
        negative: v.sign() == Sign::Minus,
        prefix,
        digits: &digits,
        has_decimal: false,
        frac: "",
        remainder: "",
    };
    Ok(layout_number(&parts, spec, align, sep, group))
}

/// Convenience wrapper: [`format_int`] for a machine integer.
pub fn format_i64(v: i64, spec: &FormatSpec) -> Result<String, NumError> {
    format_int(&BigInt::from(v), spec)
}

/// `format(float, spec)` for a parsed spec (parse it with `default_type = None`).
/// Err maps to ValueError ("Unknown format code ...", "precision too big").
// CPython: Python/formatter_unicode.c _PyFloat_FormatAdvancedWriter / format_float_internal
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, NumError> {
    format_float_named(x, spec, "float")
}

/// Largest float precision formatted. CPython 3.14 rejects precisions
/// somewhat below INT_MAX (measured: 2147482500 formats, 2147482647 is
/// "precision too big"); the exact bound inside that gap is not known.
pub(crate) const MAX_FLOAT_PRECISION: usize = 2_147_482_600;

/// [`format_float`] with the object's type name for "Unknown format code" errors.
pub fn format_float_named(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    let mut ty = match spec.ty {
        None => 'r',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) => t,
        Some(t) => return Err(unknown_presentation_type(t, type_name)),
    };
    check_width(spec.width)?;
    if spec.precision.is_some_and(|p| p > MAX_FLOAT_PRECISION) {
        return Err(NumError::value("precision too big"));
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..Default::default()
    };
    let mut default_precision = 6;
    if ty == 'r' {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
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
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let is_n = spec.ty == Some('n');
    if spec.sign != Some('+')
        && spec.sign != Some(' ')
        && spec.width.is_none()
        && !is_n
        && spec.grouping.is_none()
        && spec.frac_grouping.is_none()
    {
        return Ok(buf);
    }
    Ok(layout_float_buf(&buf, spec))
}

/// Lay out a float already converted by [`double_to_string`] with the
/// sign, grouping and padding of `spec` (complex formatting lays out its
/// two parts with this too).
// CPython: Python/formatter_unicode.c parse_number / calc_number_widths / fill_number
pub(crate) fn layout_float_buf(buf: &str, spec: &FormatSpec) -> String {
    let is_n = spec.ty == Some('n');
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf),
    };
    // parse_number: leading digits, optional '.', fraction digits, remainder
    let b = body.as_bytes();
    let nd = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let has_decimal = b.get(nd) == Some(&b'.');
    let fstart = nd + has_decimal as usize;
    let nf = b[fstart..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: &body[..nd],
        has_decimal,
        frac: &body[fstart..fstart + nf],
        remainder: &body[fstart + nf..],
    };
    let align = spec.align.unwrap_or(if spec.zero_pad { '=' } else { '>' });
    let sep = if is_n { None } else { spec.grouping };
    let mut spec2;
    let spec = if is_n && spec.frac_grouping.is_some() {
        spec2 = spec.clone();
        spec2.frac_grouping = None;
        &spec2
    } else {
        spec
    };
    layout_number(&parts, spec, align, sep, 3)
}

/// `format(str, spec)` for a parsed spec (parse it with `default_type = Some('s')`).
/// Err maps to ValueError.
// CPython: Python/formatter_unicode.c _PyUnicode_FormatAdvancedWriter / format_string_internal
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, NumError> {
    match spec.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_presentation_type(t, "str")),
    }
    check_width(spec.width)?;
    match spec.sign {
        Some(' ') => {
            return Err(NumError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(NumError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(NumError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(NumError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let len = s.chars().count();
    let (text, len) = match spec.precision {
        Some(p) if p < len => (truncate_chars(s, p), p),
        _ => (s, len),
    };
    let width = spec.width.unwrap_or(0);
    if width <= len {
        return Ok(text.to_string());
    }
    let pad = width - len;
    let (l, r) = match spec.align.unwrap_or('<') {
        '>' => (pad, 0),
        '^' => (pad / 2, pad - pad / 2),
        _ => (0, pad),
    };
    let mut out = String::with_capacity(text.len() + pad * spec.fill.len_utf8());
    out.extend(std::iter::repeat_n(spec.fill, l));
    out.push_str(text);
    out.extend(std::iter::repeat_n(spec.fill, r));
    Ok(out)
}

// ---------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------

/// Flags and width/precision of one `%` conversion.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// '-'
    pub left: bool,
    /// '+'
    pub plus: bool,
    /// ' '
    pub space: bool,
    /// '#'
    pub alt: bool,
    /// '0'
    pub zero: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
}

/// Apply sign / prefix / width / fill to a formatted numeric body (without sign).
// CPython: Objects/unicodeobject.c unicode_format_arg_output
fn percent_pad(negative: bool, prefix: &str, body: &str, f: &PercentFlags) -> String {
    let sign = if negative {
        "-"
    } else if f.plus {
        "+"
    } else if f.space {
        " "
    } else {
        ""
    };
    let len = sign.len() + prefix.len() + body.chars().count();
    let width = f.width.unwrap_or(0).min(MAX_OUTPUT);
    let pad = width.saturating_sub(len);
    let mut out = String::with_capacity(len + pad);
    if f.left {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', pad));
    } else if f.zero {
        out.push_str(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', pad));
        out.push_str(body);
    } else {
        out.extend(std::iter::repeat_n(' ', pad));
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    out
}

/// `'%<flags>d' % v` etc. for conv in d/i/u/x/X/o (other chars are treated as 'd').
/// Precision is the minimum number of digits. No digit limit is applied here; use
/// [`percent_format_int_checked`] for `%d` on huge ints.
// CPython: Objects/unicodeobject.c formatlong / _PyUnicode_FormatLong
pub fn percent_format_int(v: &BigInt, flags: &PercentFlags, conv: char) -> String {
    let (mut digits, prefix) = match conv {
        'x' => (v.magnitude().to_str_radix(16), "0x"),
        'X' => (v.magnitude().to_str_radix(16).to_ascii_uppercase(), "0X"),
        'o' => (v.magnitude().to_str_radix(8), "0o"),
        _ => (v.magnitude().to_string(), ""),
    };
    if let Some(p) = flags.precision {
        let p = p.min(MAX_OUTPUT);
        if p > digits.len() {
            digits = "0".repeat(p - digits.len()) + &digits;
        }
    }
    let prefix = if flags.alt { prefix } else { "" };
    percent_pad(v.is_negative(), prefix, &digits, flags)
}

/// [`percent_format_int`] enforcing the int/str digit limit for decimal conversions.
/// Err maps to ValueError.
pub fn percent_format_int_checked(
    v: &BigInt,
    flags: &PercentFlags,
    conv: char,
) -> Result<String, NumError> {
    if !matches!(conv, 'x' | 'X' | 'o') && v.to_i64().is_none() {
        int_to_str_with_limit(v, get_int_max_str_digits())?;
    }
    Ok(percent_format_int(v, flags, conv))
}

/// `'%<flags>f' % x` etc. for conv in e/E/f/F/g/G (other chars are treated as 'g').
/// Default precision 6.
// CPython: Objects/unicodeobject.c formatfloat
pub fn percent_format_float(x: f64, flags: &PercentFlags, conv: char) -> String {
    let conv = if matches!(conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
        conv
    } else {
        'g'
    };
    let prec = flags.precision.unwrap_or(6).min(MAX_OUTPUT);
    let s = double_to_string(
        x,
        conv,
        prec,
        DtoaFlags {
            alt: flags.alt,
            ..Default::default()
        },
    );
    match s.strip_prefix('-') {
        Some(body) => percent_pad(true, "", body, flags),
        None => percent_pad(false, "", &s, flags),
    }
}

/// Exponent-notation string of `x` with `precision` digits after the point (`'%.{p}e'`).
pub fn float_to_exp_str(x: f64, precision: usize, upper: bool) -> String {
    double_to_string(
        x,
        if upper { 'E' } else { 'e' },
        precision,
        DtoaFlags::default(),
    )
}

/// Fixed-point string of `x` with `precision` digits after the point (`'%.{p}f'`).
pub fn float_to_fixed_str(x: f64, precision: usize) -> String {
    double_to_string(x, 'f', precision, DtoaFlags::default())
}

/// Convenience: `format(x, spec_str)` for a float in one call.
pub fn format_float_spec(x: f64, spec: &str) -> Result<String, NumError> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    format_float(x, &parse_format_spec(spec, "float", None)?)
}

/// Convenience: `format(v, spec_str)` for an int in one call.
pub fn format_int_spec(v: &BigInt, spec: &str) -> Result<String, NumError> {
    if spec.is_empty() {
        return int_to_str_with_limit(v, get_int_max_str_digits());
    }
    format_int(v, &parse_format_spec(spec, "int", Some('d'))?)
}

/// Convenience: `format(s, spec_str)` for a str in one call.
pub fn format_str_spec(s: &str, spec: &str) -> Result<String, NumError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    format_str(s, &parse_format_spec(spec, "str", Some('s'))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pf(s: &str) -> f64 {
        s.parse::<f64>().expect("test float literal")
    }

    fn pi(s: &str) -> BigInt {
        s.parse::<BigInt>().expect("test int literal")
    }

    fn show(r: Result<String, NumError>) -> String {
        match r {
            Ok(s) => s,
            Err(e) => format!("!{:?}: {}", e.kind, e.msg),
        }
    }

    fn report(fails: Vec<String>, total: usize) {
        if !fails.is_empty() {
            let shown: Vec<&String> = fails.iter().take(40).collect();
            panic!("{} of {} cases failed:\n{:#?}", fails.len(), total, shown);
        }
    }

    /// Parse a printf-style "%[flags][width][.prec]conv<tail>" used by the vectors.
    fn parse_percent(fmt: &str) -> (PercentFlags, char, String) {
        let mut f = PercentFlags::default();
        let mut it = fmt[1..].chars().peekable();
        while let Some(&c) = it.peek() {
            match c {
                '-' => f.left = true,
                '+' => f.plus = true,
                ' ' => f.space = true,
                '#' => f.alt = true,
                '0' => f.zero = true,
                _ => break,
            }
            it.next();
        }
        let mut w = String::new();
        while let Some(&c) = it.peek() {
            if !c.is_ascii_digit() {
                break;
            }
            w.push(c);
            it.next();
        }
        if !w.is_empty() {
            f.width = w.parse().ok();
        }
        if it.peek() == Some(&'.') {
            it.next();
            let mut p = String::new();
            while let Some(&c) = it.peek() {
                if !c.is_ascii_digit() {
                    break;
                }
                p.push(c);
                it.next();
            }
            f.precision = Some(p.parse().unwrap_or(0));
        }
        let conv = it.next().expect("conversion char");
        (f, conv, it.collect())
    }

    #[test]
    fn float_repr_vectors() {
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("0.0", "0.0"),
            ("-0.0", "-0.0"),
            ("0.5", "0.5"),
            ("1.5", "1.5"),
            ("-2.5", "-2.5"),
            ("1000000000000000.0", "1000000000000000.0"),
            ("9999999999999998.0", "9999999999999998.0"),
            ("123456789012345.0", "123456789012345.0"),
            ("1e+22", "1e+22"),
            ("0.1", "0.1"),
            ("0.30000000000000004", "0.30000000000000004"),
            ("0.3333333333333333", "0.3333333333333333"),
            ("99.5", "99.5"),
            ("1234567.891", "1234567.891"),
            ("1e-07", "1e-07"),
            ("999999.5", "999999.5"),
            ("3.14159", "3.14159"),
            ("6.02214076e+23", "6.02214076e+23"),
            ("99169.375", "99169.375"),
            ("-2.5387231820424085e+24", "-2.5387231820424085e+24"),
            ("1.2415697615168585e-20", "1.2415697615168585e-20"),
            ("-626.38191", "-626.38191"),
            ("-101067.875", "-101067.875"),
            ("4707810.046094565", "4707810.046094565"),
            ("56065.625", "56065.625"),
            ("-993.09078", "-993.09078"),
            ("-42685004920.51299", "-42685004920.51299"),
            ("7.691189858038818e-22", "7.691189858038818e-22"),
            ("-1.6614186731846744e+152", "-1.6614186731846744e+152"),
            ("4.743843794152025e+17", "4.743843794152025e+17"),
            ("93157.5", "93157.5"),
            ("3.7397035033181846e-26", "3.7397035033181846e-26"),
            ("-3.1606624786584337e-07", "-3.1606624786584337e-07"),
            ("-901361553953737.9", "-901361553953737.9"),
            ("8.104644700856244e-233", "8.104644700856244e-233"),
            ("5.491624169433838e+93", "5.491624169433838e+93"),
            ("-6.943443525783314e-108", "-6.943443525783314e-108"),
            ("113.0", "113.0"),
            ("5.780202677294167e-197", "5.780202677294167e-197"),
            ("7.03427205817114e+192", "7.03427205817114e+192"),
            ("-6.714137047285728e+252", "-6.714137047285728e+252"),
            ("-6.361248456944856e+27", "-6.361248456944856e+27"),
            ("-6.480787933651337e-20", "-6.480787933651337e-20"),
            ("-1.6493507735484791e-24", "-1.6493507735484791e-24"),
            ("-2.4462941333113226e-08", "-2.4462941333113226e-08"),
            ("-7.870495342264318e-221", "-7.870495342264318e-221"),
            ("-1.7239120105766284e-270", "-1.7239120105766284e-270"),
            ("-38417.0", "-38417.0"),
            ("-74.92782393357315", "-74.92782393357315"),
            ("-4.433232309677068e-288", "-4.433232309677068e-288"),
            ("-7.848672177003587e+17", "-7.848672177003587e+17"),
            ("-1.0575571389321733e+161", "-1.0575571389321733e+161"),
            ("-2.6262936887455957e-12", "-2.6262936887455957e-12"),
            ("7.048185107514365e-141", "7.048185107514365e-141"),
            ("6.3780458066223734e-77", "6.3780458066223734e-77"),
            ("3588.875", "3588.875"),
            ("1.650135242295896e-51", "1.650135242295896e-51"),
            ("65157.125", "65157.125"),
            ("-223443447.41875365", "-223443447.41875365"),
            ("5.683212707188403e-29", "5.683212707188403e-29"),
            ("8.564647336858285e-270", "8.564647336858285e-270"),
            ("-317.95", "-317.95"),
            ("-61729.5", "-61729.5"),
            ("9.554541817492563e-13", "9.554541817492563e-13"),
            ("-1.177679339671358e-247", "-1.177679339671358e-247"),
            ("922.655052097682", "922.655052097682"),
            ("-3.4928353744623974e+17", "-3.4928353744623974e+17"),
            ("-2.5649728383785472e-30", "-2.5649728383785472e-30"),
            ("4.9274329007733266e+231", "4.9274329007733266e+231"),
            ("-92111.375", "-92111.375"),
            ("1.1956379889832531e-267", "1.1956379889832531e-267"),
            ("3.003843839815901e+270", "3.003843839815901e+270"),
            ("-9.962737086968845e+188", "-9.962737086968845e+188"),
            ("-9.007012368674242e+42", "-9.007012368674242e+42"),
            ("-2.6826396859049356e-255", "-2.6826396859049356e-255"),
            ("117182.625", "117182.625"),
            ("4.48048585028753e+253", "4.48048585028753e+253"),
            ("-853.574711", "-853.574711"),
            ("5.1691957984528225e-18", "5.1691957984528225e-18"),
            ("7.613029081697537e-31", "7.613029081697537e-31"),
            ("0.004683816982661613", "0.004683816982661613"),
            ("67.4187495022349", "67.4187495022349"),
            ("-8.741884340858645e-293", "-8.741884340858645e-293"),
            ("-157.0", "-157.0"),
            ("841.33", "841.33"),
            ("-2.736918939056266e-288", "-2.736918939056266e-288"),
            ("-447.435423", "-447.435423"),
            ("110571.125", "110571.125"),
            ("2.6238566937475015e+19", "2.6238566937475015e+19"),
            ("-943.752", "-943.752"),
            ("20.0", "20.0"),
            ("-6.939984225477053e+211", "-6.939984225477053e+211"),
            ("-83407.625", "-83407.625"),
            ("1.2784573628634885e+80", "1.2784573628634885e+80"),
            ("66876.875", "66876.875"),
            ("-8.146032097733273e-07", "-8.146032097733273e-07"),
            ("1.1236260540809888e-299", "1.1236260540809888e-299"),
            ("-689.0", "-689.0"),
            ("6.831288140852798e-14", "6.831288140852798e-14"),
            ("-9.706981825878787e-152", "-9.706981825878787e-152"),
            ("-140.19", "-140.19"),
            ("-3.0620207382287524e-06", "-3.0620207382287524e-06"),
            ("2.1410047661369536e+17", "2.1410047661369536e+17"),
            ("-46704.375", "-46704.375"),
            ("-67.46", "-67.46"),
            ("6.406565772940278e+273", "6.406565772940278e+273"),
            ("65466228.08313636", "65466228.08313636"),
            ("1.5489362636501953e+86", "1.5489362636501953e+86"),
            ("-85693.875", "-85693.875"),
            ("-5.9918399663151206e-18", "-5.9918399663151206e-18"),
            ("48401608381258.58", "48401608381258.58"),
            ("304858841.5721942", "304858841.5721942"),
            ("-3.065795255453565e-06", "-3.065795255453565e-06"),
            ("-2.813398497955842e-199", "-2.813398497955842e-199"),
            ("2.834325181771178e-16", "2.834325181771178e-16"),
            ("-1.289758494120577e-80", "-1.289758494120577e-80"),
            ("-3.50319661440384e-308", "-3.50319661440384e-308"),
            ("7.348296568170143e-66", "7.348296568170143e-66"),
            ("-578.02", "-578.02"),
            ("-112636.75", "-112636.75"),
            ("5.111968886783708e-21", "5.111968886783708e-21"),
            ("-910.737264", "-910.737264"),
            ("-1.339985664678239e-95", "-1.339985664678239e-95"),
            ("-47788.75", "-47788.75"),
            ("82.91529312143027", "82.91529312143027"),
            ("10439.095153781764", "10439.095153781764"),
            ("87273977.56648192", "87273977.56648192"),
            ("2.001451142558239e+28", "2.001451142558239e+28"),
            ("-420.0", "-420.0"),
            ("-2.4656534044690994e+26", "-2.4656534044690994e+26"),
            ("-7.215303475986223", "-7.215303475986223"),
            ("5.935527847379012e-05", "5.935527847379012e-05"),
            ("2.1561124936907616e-159", "2.1561124936907616e-159"),
            ("-428.7830124445502", "-428.7830124445502"),
            ("6.117087143683882e+16", "6.117087143683882e+16"),
            ("-5.6919456721349555e+66", "-5.6919456721349555e+66"),
            ("-4.733272461072086e-08", "-4.733272461072086e-08"),
            ("60980.625", "60980.625"),
            ("-627.0", "-627.0"),
            ("-4.916926651479214e+307", "-4.916926651479214e+307"),
            ("83268.375", "83268.375"),
            ("72469.18798178992", "72469.18798178992"),
            ("656.0", "656.0"),
            ("-1.5585628351434788e+243", "-1.5585628351434788e+243"),
            ("-883.0", "-883.0"),
            ("-2.7566977619065845e-204", "-2.7566977619065845e-204"),
            ("8.243634828007598e-194", "8.243634828007598e-194"),
            ("-2.8089005275067117e+278", "-2.8089005275067117e+278"),
            ("-17306.375", "-17306.375"),
            ("-285.7", "-285.7"),
            ("2.6623513841385115e+281", "2.6623513841385115e+281"),
            ("2.168331484987003e-27", "2.168331484987003e-27"),
            ("971.606", "971.606"),
            ("-7.054076772680038e-21", "-7.054076772680038e-21"),
            ("7.9846546216242835e-19", "7.9846546216242835e-19"),
            ("-1.5838374938952195e-10", "-1.5838374938952195e-10"),
            ("949.0", "949.0"),
            ("-7.17083735315493e-253", "-7.17083735315493e-253"),
            ("-9.451316746853901e-11", "-9.451316746853901e-11"),
            ("-16662.5", "-16662.5"),
            ("-228959133.6175989", "-228959133.6175989"),
            ("-8.405055973011813e+19", "-8.405055973011813e+19"),
            ("-2.3659635948272107e-23", "-2.3659635948272107e-23"),
            ("-307.0303", "-307.0303"),
            ("5.949541599321309e+226", "5.949541599321309e+226"),
            ("9165040023759858.0", "9165040023759858.0"),
            ("-1.2851935895441602e-05", "-1.2851935895441602e-05"),
            ("-99525.125", "-99525.125"),
            ("421.95392", "421.95392"),
            ("-1.2331017645554275e-103", "-1.2331017645554275e-103"),
            ("7.044982258618318e-31", "7.044982258618318e-31"),
            ("986.53611", "986.53611"),
            ("-7.005176241192762e+112", "-7.005176241192762e+112"),
            ("512.07385", "512.07385"),
            ("119401.5", "119401.5"),
            ("-8.0298232795962e-23", "-8.0298232795962e-23"),
            ("78137.25", "78137.25"),
            ("-343.151", "-343.151"),
            ("-301.886", "-301.886"),
            ("1.6262195870105824e+240", "1.6262195870105824e+240"),
            ("-7.545737445315345e-134", "-7.545737445315345e-134"),
            ("-52930.625", "-52930.625"),
            ("4.1812531304723356e-16", "4.1812531304723356e-16"),
            ("-8.45064354677713e-193", "-8.45064354677713e-193"),
            ("-0.04152471356287808", "-0.04152471356287808"),
            ("5.694422845931002e-195", "5.694422845931002e-195"),
            ("-7327611.085705814", "-7327611.085705814"),
            ("102519.625", "102519.625"),
            ("-396.2", "-396.2"),
            ("8.396897501772412e-05", "8.396897501772412e-05"),
            ("-76838.625", "-76838.625"),
            ("2.8172772395884427e-31", "2.8172772395884427e-31"),
            ("5.54661132040817e+219", "5.54661132040817e+219"),
            ("-251.9", "-251.9"),
            ("104703.5", "104703.5"),
            ("-93.8953", "-93.8953"),
            ("3.5020999772077664e+23", "3.5020999772077664e+23"),
            ("-664.0", "-664.0"),
            ("-82146.125", "-82146.125"),
            ("-577.43729", "-577.43729"),
            ("-241.71", "-241.71"),
            ("-7.994290842554569e-31", "-7.994290842554569e-31"),
            ("-54951.5", "-54951.5"),
            ("0.0025277759144198943", "0.0025277759144198943"),
            ("4.4260165860602374e+17", "4.4260165860602374e+17"),
            ("2.383157782485834e-28", "2.383157782485834e-28"),
            ("5.208953484105301e+25", "5.208953484105301e+25"),
            ("16126.875", "16126.875"),
            ("9.473921040328414e+22", "9.473921040328414e+22"),
            ("-400.341", "-400.341"),
            ("-112152.0", "-112152.0"),
            ("212.65989", "212.65989"),
            ("617.0", "617.0"),
            ("43.2829", "43.2829"),
            ("-212.802", "-212.802"),
            ("105118.75", "105118.75"),
            ("-105661.125", "-105661.125"),
            ("-3.3723752194280244e+120", "-3.3723752194280244e+120"),
            ("2.0219827960928326e-122", "2.0219827960928326e-122"),
            ("1.8381616804315163e-80", "1.8381616804315163e-80"),
            ("-5.971343529452997e+21", "-5.971343529452997e+21"),
            ("9.619438146121809e-26", "9.619438146121809e-26"),
            ("58075.125", "58075.125"),
            ("-9.205207761954171e+25", "-9.205207761954171e+25"),
            ("-80714.75", "-80714.75"),
            ("-7.653970515764219e-19", "-7.653970515764219e-19"),
            ("7.715867555490811e-133", "7.715867555490811e-133"),
            ("81600.625", "81600.625"),
            ("-9.817729930658722e-143", "-9.817729930658722e-143"),
            ("-9456284717165.416", "-9456284717165.416"),
            ("947.0", "947.0"),
            ("-1.3980133920034337e-181", "-1.3980133920034337e-181"),
            ("-5.581919969491313e-25", "-5.581919969491313e-25"),
            ("16224.875", "16224.875"),
            ("6.137856407821313e-217", "6.137856407821313e-217"),
            ("-119428.75", "-119428.75"),
            ("9.607584605940641e-28", "9.607584605940641e-28"),
            ("69075.875", "69075.875"),
            ("31899.875", "31899.875"),
            ("88879.0", "88879.0"),
            ("-408.7", "-408.7"),
            ("-5.740839617867172e-252", "-5.740839617867172e-252"),
            ("-314991781037185.6", "-314991781037185.6"),
            ("-6.623940682302021e+243", "-6.623940682302021e+243"),
            ("-4.1940380126689963e+285", "-4.1940380126689963e+285"),
            ("-8.377838027345201e+240", "-8.377838027345201e+240"),
            ("-1.5074784320415513e+22", "-1.5074784320415513e+22"),
            ("3.3469042603864626e-25", "3.3469042603864626e-25"),
            ("-864.5", "-864.5"),
            ("-7.768427953105283e+20", "-7.768427953105283e+20"),
            ("-21887.375", "-21887.375"),
            ("-108549.0", "-108549.0"),
            ("-14249.75", "-14249.75"),
            ("-71.04427914099134", "-71.04427914099134"),
            ("414.18", "414.18"),
            ("-4.7404244908018237e-299", "-4.7404244908018237e-299"),
            ("2.603117240152248e-255", "2.603117240152248e-255"),
            ("-4.8249787245896274e+42", "-4.8249787245896274e+42"),
            ("9.128901059298978e-18", "9.128901059298978e-18"),
            ("8.961595554010345e-256", "8.961595554010345e-256"),
            ("867461335406494.9", "867461335406494.9"),
            ("-85795.0", "-85795.0"),
            ("4.646539248525663e-19", "4.646539248525663e-19"),
            ("12033.25", "12033.25"),
            ("1.4224374414438454e-213", "1.4224374414438454e-213"),
            ("4.0912720401555225e-250", "4.0912720401555225e-250"),
            ("-3.5256565117358333e-28", "-3.5256565117358333e-28"),
            ("73116.75", "73116.75"),
            ("-1.8359891724073158e+195", "-1.8359891724073158e+195"),
            ("0.0031232540334636383", "0.0031232540334636383"),
            ("640463633.9747518", "640463633.9747518"),
            ("588031.9886790002", "588031.9886790002"),
            ("-0.001535563608038217", "-0.001535563608038217"),
            ("-7.033298354419487e-06", "-7.033298354419487e-06"),
            ("-2139.625", "-2139.625"),
            ("-4.127816801878627e-22", "-4.127816801878627e-22"),
            ("-9.371714197416816e-20", "-9.371714197416816e-20"),
            ("-7.237715051904964e-08", "-7.237715051904964e-08"),
            ("-1.2047470827653683e-255", "-1.2047470827653683e-255"),
            ("-177.1", "-177.1"),
            ("-1.2785138163381857e+127", "-1.2785138163381857e+127"),
            ("833.76293", "833.76293"),
            ("9.533948411764776e-24", "9.533948411764776e-24"),
            ("126.571", "126.571"),
            ("-45433.5", "-45433.5"),
            ("3.3797297027514727e-71", "3.3797297027514727e-71"),
            ("3.3437084898063723e-302", "3.3437084898063723e-302"),
            ("-993.7", "-993.7"),
            ("-14580.375", "-14580.375"),
            ("828.3201", "828.3201"),
            ("-1.8294716868476482e+85", "-1.8294716868476482e+85"),
            ("-2.3158890831433964e-175", "-2.3158890831433964e-175"),
            ("-107156.875", "-107156.875"),
            ("9.641263389323504e-20", "9.641263389323504e-20"),
            ("-2.350074987978325e+58", "-2.350074987978325e+58"),
            ("-41217.75", "-41217.75"),
            ("-6.747358699241754e-17", "-6.747358699241754e-17"),
            ("817.6", "817.6"),
            ("-6.998146126756614e-21", "-6.998146126756614e-21"),
            ("97134.5", "97134.5"),
            ("1.3072763832778227e-98", "1.3072763832778227e-98"),
            ("-1.0750475327384953e+125", "-1.0750475327384953e+125"),
            ("-4.136438411212687e+77", "-4.136438411212687e+77"),
            ("-1.9745899115381682e-24", "-1.9745899115381682e-24"),
            ("1.4695904409225307e+138", "1.4695904409225307e+138"),
            ("-76636.375", "-76636.375"),
            ("-992.9997", "-992.9997"),
            ("-67303.75", "-67303.75"),
            ("-5.715394824012932e-28", "-5.715394824012932e-28"),
            ("1893461641.5655725", "1893461641.5655725"),
            ("-86.28773352600842", "-86.28773352600842"),
            ("-1.1039083357798268e-78", "-1.1039083357798268e-78"),
            ("162313750249163.4", "162313750249163.4"),
            ("7.820461578228821e-14", "7.820461578228821e-14"),
            ("5.815676815259956e+291", "5.815676815259956e+291"),
            ("-4.268394552184481e-234", "-4.268394552184481e-234"),
            ("1.1246679129792824e+30", "1.1246679129792824e+30"),
            ("-2.7919821131455623e+19", "-2.7919821131455623e+19"),
            ("4.589991653365747e-261", "4.589991653365747e-261"),
            ("8.375457362088594e+16", "8.375457362088594e+16"),
        ];
        let mut fails = vec![];
        for &(x, want) in cases {
            let got = float_repr(pf(x));
            if got != want {
                fails.push(format!("repr({}) = {:?}, want {:?}", x, got, want));
            }
        }
        report(fails, cases.len());
    }

    #[test]
    fn format_float_vectors() {
        #[rustfmt::skip]
        let cases: &[(&str, &str, &str)] = &[
            ("0.0", "020,.3f", "0,000,000,000,000.000"),
            ("0.0", ".3n", "0"),
            ("-0.0", ".2%", "-0.00%"),
            ("-0.0", "_.3f", "-0.000"),
            ("-0.0", "+", "-0.0"),
            ("-0.0", "+010.3e", "-0.000e+00"),
            ("1.0", "#.0%", "100.%"),
            ("1.0", ".,f", "1.000,000"),
            ("1.0", "-", "1.0"),
            ("1.0", "0<8", "1.000000"),
            ("1.0", "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
            ("-1.0", "", "-1.0"),
            ("-1.0", "E", "-1.000000E+00"),
            ("-1.0", "F", "-1.000000"),
            ("-1.0", ".3g", "-1"),
            ("-1.0", ".2%", "-100.00%"),
            ("-1.0", "<10", "-1.0      "),
            ("-1.0", ",g", "-1"),
            ("0.5", "e", "5.000000e-01"),
            ("0.5", "E", "5.000000E-01"),
            ("0.5", "z.1f", "0.5"),
            ("1.5", ".3", "1.5"),
            ("1.5", ".3e", "1.500e+00"),
            ("1.5", ".10g", "1.5"),
            ("1.5", "*>15,.2f", "***********1.50"),
            ("1.5", ".,", "1.5"),
            ("2.5", ".2%", "250.00%"),
            ("2.5", " ", " 2.5"),
            ("2.5", "=+12.2f", "+       2.50"),
            ("2.5", "-", "2.5"),
            ("2.5", "#.4g", "2.500"),
            ("2.5", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
            ("-2.5", ",", "-2.5"),
            ("-2.5", "x<12g", "-2.5xxxxxxxx"),
            ("-2.5", ".50e", "-2.50000000000000000000000000000000000000000000000000e+00"),
            ("-2.5", ".,", "-2.5"),
            ("0.125", "", "0.125"),
            ("0.125", ",.2f", "0.12"),
            ("0.125", "z.0f", "0"),
            ("0.125", ".2,g", "0.12"),
            ("0.125", ",n", "!ValueError: Cannot specify ',' with 'n'."),
            ("0.375", ".12", "0.375"),
            ("0.375", "e", "3.750000e-01"),
            ("0.375", "#.0f", "0."),
            ("0.375", ",g", "0.375"),
            ("2.675", ".3e", "2.675e+00"),
            ("2.675", ".0f", "3"),
            ("2.675", ".10g", "2.675"),
            ("2.675", "+.3e", "+2.675e+00"),
            ("2.675", "^12.3f", "   2.675    "),
            ("2.675", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
            ("1e+16", "", "1e+16"),
            ("1e+16", ".10e", "1.0000000000e+16"),
            ("1e+16", ".2f", "10000000000000000.00"),
            ("1e+16", "_.3f", "10_000_000_000_000_000.000"),
            ("1e+16", " ", " 1e+16"),
            ("1e+16", ".,", "1e+16"),
            ("1000000000000000.0", ".2f", "1000000000000000.00"),
            ("1000000000000000.0", ".0g", "1e+15"),
            ("1000000000000000.0", "#.0%", "100000000000000000.%"),
            ("1000000000000000.0", "z.1f", "1000000000000000.0"),
            ("1000000000000000.0", "_%", "100_000_000_000_000_000.000000%"),
            ("1000000000000000.0", ".2n", "1e+15"),
            ("9999999999999998.0", "E", "1.000000E+16"),
            ("9999999999999998.0", ".1g", "1e+16"),
            ("9999999999999998.0", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
            ("1e+17", "F", "100000000000000000.000000"),
            ("1e+17", ",", "1e+17"),
            ("1e+17", "015,.10_f", "100,000,000,000,000,000.000_000_000_0"),
            ("0.0001", ".12", "0.0001"),
            ("0.0001", "#.0%", "0.%"),
            ("0.0001", "<10", "0.0001    "),
            ("0.0001", "^12.3f", "   0.000    "),
            ("0.0001", "020,.3f", "0,000,000,000,000.000"),
            ("0.0001", "z+.3%", "!ValueError: Invalid format specifier 'z+.3%' for object of type 'float'"),
            ("1e-05", ".3", "1e-05"),
            ("1e-05", ".2f", "0.00"),
            ("1e-05", "#.0f", "0."),
            ("1e-05", ",", "1e-05"),
            ("1e-05", "+", "+1e-05"),
            ("1e-05", "010.2f", "0000000.00"),
            ("1e-05", "*>15,.2f", "***********0.00"),
            ("1e-05", ",.3_f", "0.000"),
            ("1e-05", " 08.2f", " 0000.00"),
            ("1e-05", "0<8", "1e-05000"),
            ("1e-05", "", "1e-05"),
            ("1e-05", "e", "1.000000e-05"),
            ("1e-05", ".0e", "1e-05"),
            ("1e-05", ".0f", "0"),
            ("1e-05", ".1g", "1e-05"),
            ("1e-05", "0=12,.1f", "00,000,000.0"),
            ("1e-05", ",.3_f", "0.000"),
            ("2.5e-05", ".,f", "0.000,025"),
            ("123456789012345.0", ".1", "1e+14"),
            ("123456789012345.0", ".17", "123456789012345.0"),
            ("123456789012345.0", "_n", "!ValueError: Cannot specify '_' with 'n'."),
            ("1234567890123456.0", "", "1234567890123456.0"),
            ("1234567890123456.0", ".3", "1.23e+15"),
            ("1234567890123456.0", ".0g", "1e+15"),
            ("1234567890123456.0", "_.3f", "1_234_567_890_123_456.000"),
            ("1234567890123456.0", "<10", "1234567890123456.0"),
            ("1234567890123456.0", ".50e", "1.23456789012345600000000000000000000000000000000000e+15"),
            ("1234567890123456.0", "_n", "!ValueError: Cannot specify '_' with 'n'."),
            ("1.2345678901234568e+16", "", "1.2345678901234568e+16"),
            ("1.2345678901234568e+16", "*>15,.2f", "12,345,678,901,234,568.00"),
            ("1.2345678901234568e+16", "s", "!ValueError: Unknown format code 's' for object of type 'float'"),
            ("1.7976931348623157e+308", ".17", "1.7976931348623157e+308"),
            ("1.7976931348623157e+308", "g", "1.79769e+308"),
            ("1.7976931348623157e+308", ".1g", "2e+308"),
            ("1.7976931348623157e+308", ".3g", "1.8e+308"),
            ("1.7976931348623157e+308", "._e", "1.797_693e+308"),
            ("1.7976931348623157e+308", "+010.3e", "+1.798e+308"),
            ("1.7976931348623157e+308", ".,", "1.797,693,134,862,315,7e+308"),
            ("5e-324", ".20f", "0.00000000000000000000"),
            ("5e-324", ".,f", "0.000,000"),
            ("5e-324", "z+.3%", "!ValueError: Invalid format specifier 'z+.3%' for object of type 'float'"),
            ("2.2250738585072014e-308", ".3", "2.23e-308"),
            ("2.2250738585072014e-308", ".1g", "2e-308"),
            ("2.2250738585072014e-308", "%", "0.000000%"),
            ("2.2250738585072014e-308", ",.2f", "0.00"),
            ("2.2250738585072014e-308", "+.3e", "+2.225e-308"),
            ("2.2250738585072014e-308", "<10", "2.2250738585072014e-308"),
            ("1e+22", "#.0e", "1.e+22"),
            ("1e+22", ",", "1e+22"),
            ("1e+22", " 08.2f", " 10000000000000000000000.00"),
            ("1e+22", "025_", "0_000_000_000_000_001e+22"),
            ("1e+22", "z+.3%", "!ValueError: Invalid format specifier 'z+.3%' for object of type 'float'"),
            ("1e+22", "^8.1e", "1.0e+22 "),
            ("1e+23", "%", "9999999999999998758486016.000000%"),
            ("1e+23", "._e", "1.000_000e+23"),
            ("1e+23", "_n", "!ValueError: Cannot specify '_' with 'n'."),
            ("0.1", "", "0.1"),
            ("0.1", ".17", "0.10000000000000001"),
            ("0.1", ".0g", "0.1"),
            ("0.1", "#.0f", "0."),
            ("0.1", "^12.3f", "   0.100    "),
            ("0.1", "015,.10_f", "0.100_000_000_0"),
            ("0.1", "#.4g", "0.1000"),
            ("0.1", "#10.0f", "        0."),
            ("0.1", "=8", "     0.1"),
            ("0.2", "z", "0.2"),
            ("0.2", "._e", "2.000_000e-01"),
            ("0.2", "0<8", "0.200000"),
            ("0.2", ",n", "!ValueError: Cannot specify ',' with 'n'."),
            ("0.2", "=8", "     0.2"),
            ("0.30000000000000004", ".3", "0.3"),
            ("0.30000000000000004", ".2f", "0.30"),
            ("0.30000000000000004", ".3g", "0.3"),
            ("0.30000000000000004", "#", "0.30000000000000004"),
            ("0.30000000000000004", "015,.10_f", "0.300_000_000_0"),
            ("0.3333333333333333", ".1", "0.3"),
            ("0.3333333333333333", "E", "3.333333E-01"),
            ("0.3333333333333333", ",", "0.3333333333333333"),
            ("0.3333333333333333", "#10.0f", "        0."),
            ("0.3333333333333333", "s", "!ValueError: Unknown format code 's' for object of type 'float'"),
            ("0.6666666666666666", ".20f", "0.66666666666666662966"),
            ("0.6666666666666666", ".1g", "0.7"),
            ("0.6666666666666666", "#.0e", "7.e-01"),
            ("0.6666666666666666", "015,.10_f", "0.666_666_666_7"),
            ("9.995", ".3", "9.99"),
            ("9.995", ".12", "9.995"),
            ("9.995", ".20f", "9.99499999999999921840"),
            ("9.995", ".2%", "999.50%"),
            ("9.995", "0=12,.1f", "00,000,010.0"),
            ("9.995", ",.3_f", "9.995"),
            ("9.995", ",n", "!ValueError: Cannot specify ',' with 'n'."),
            ("9.9999", "#.0%", "1000.%"),
            ("9.9999", "0=12,.1f", "00,000,010.0"),
            ("9.9999", ".3n", "10"),
            ("9.9999", "#.4g", "10.00"),
            ("9.9999", "0<8", "9.999900"),
            ("9.9999", "s", "!ValueError: Unknown format code 's' for object of type 'float'"),
            ("99.5", "0=12,.1f", "00,000,099.5"),
            ("99.5", ".,f", "99.500,000"),
            ("99.5", "x<12g", "99.5xxxxxxxx"),
            ("0.05", ".0e", "5e-02"),
            ("0.05", "#.3g", "0.0500"),
            ("0.05", "n", "0.05"),
            ("0.05", " 08.2f", " 0000.05"),
            ("0.05", "_%", "5.000000%"),
            ("0.045", "#g", "0.0450000"),
            ("1e+300", ".50e", "1.00000000000000005250476025520442024870446858110816e+300"),
            ("1e+300", "025_", "0_000_000_000_000_001e+300"),
            ("1e+300", "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
            ("1e+300", "^8.1e", "1.0e+300"),
            ("1.5e+300", "#.0e", "2.e+300"),
            ("1.5e+300", "z", "1.5e+300"),
            ("-1e-300", ".1", "-1e-300"),
            ("-1e-300", "F", "-0.000000"),
            ("-1e-300", "G", "-1E-300"),
            ("-1e-300", "#.3g", "-1.00e-300"),
            ("-1e-300", "*>15,.2f", "**********-0.00"),
            ("-1e-300", "020,.3f", "-000,000,000,000.000"),
            ("-1e-300", ".,f", "-0.000,000"),
            ("-1e-300", "015,.10_f", "-0.000_000_000_0"),
            ("-1e-300", " 08.2f", "-0000.00"),
            ("123.456", "", "123.456"),
            ("123.456", ".17", "123.456"),
            ("123.456", ".2f", "123.46"),
            ("123.456", "#.0f", "123."),
            ("123.456", "%", "12345.600000%"),
            ("1234567.891", ".0", "1e+06"),
            ("1234567.891", ".3", "1.23e+06"),
            ("1234567.891", ".10g", "1234567.891"),
            ("1234567.891", "z.1f", "1234567.9"),
            ("1234567.891", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
            ("1234567.891", "c", "!ValueError: Unknown format code 'c' for object of type 'float'"),
            ("inf", ".1", "inf"),
            ("inf", "e", "inf"),
            ("inf", ".0g", "inf"),
            ("inf", ",", "inf"),
            ("inf", "<10", "inf       "),
            ("inf", "015,.10_f", "000000000000inf"),
            ("-inf", "%", "-inf%"),
            ("-inf", ".25g", "-inf"),
            ("-inf", "s", "!ValueError: Unknown format code 's' for object of type 'float'"),
            ("-inf", "^8.1e", "  -inf  "),
            ("nan", ".10e", "nan"),
            ("nan", "f", "nan"),
            ("100.0", ".1", "1e+02"),
            ("100.0", ".17", "100.0"),
            ("100.0", ",", "100.0"),
            ("100.0", "010.2f", "0000100.00"),
            ("100.0", "=+12.2f", "+     100.00"),
            ("100.0", ",.3_f", "100.000"),
            ("100.0", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
            ("1e-07", ".1", "1e-07"),
            ("1e-07", "F", "0.000000"),
            ("1e-07", "+.3e", "+1.000e-07"),
            ("1e-07", "<10", "1e-07     "),
            ("1e-07", "0<8", "1e-07000"),
            ("1e-07", ".,", "1e-07"),
            ("0.000123456", "_%", "0.012346%"),
            ("0.000123456", ".2,g", "0.000,12"),
            ("0.000123456", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
            ("999999.5", ".10e", "9.9999950000e+05"),
            ("999999.5", "G", "1E+06"),
            ("999999.5", ",", "999,999.5"),
            ("999999.5", "z.0f", "1000000"),
            ("999999.5", "010.2f", "0999999.50"),
            ("999999.5", "^12.3f", " 999999.500 "),
            ("999999.5", "s", "!ValueError: Unknown format code 's' for object of type 'float'"),
            ("9.5", ".0g", "1e+01"),
            ("9.5", ",", "9.5"),
            ("9.5", "n", "9.5"),
            ("9.5", " 08.2f", " 0009.50"),
            ("9.5", "_n", "!ValueError: Cannot specify '_' with 'n'."),
            ("0.95", ".0g", "0.9"),
            ("0.95", ".10g", "0.95"),
            ("0.95", "#g", "0.950000"),
            ("0.95", "^12.3f", "   0.950    "),
            ("0.95", "0=12,.1f", "00,000,000.9"),
            ("0.95", "._e", "9.500_000e-01"),
            ("1e+100", "#", "1.e+100"),
            ("1e+100", ".2%", "999999999999999977049513265245336628446842719924150006129995974731993452180789911303261294481511546880.00%"),
            ("1e+100", "z", "1e+100"),
            ("1e+100", "-", "1e+100"),
            ("1e+100", ".25g", "1.000000000000000015902891e+100"),
            ("1e+100", "0<8", "1e+10000"),
            ("3.14159", ".1g", "3"),
            ("3.14159", ".3g", "3.14"),
            ("3.14159", "#.3", "3.14"),
            ("3.14159", ",.2f", "3.14"),
            ("3.14159", "025_", "000_000_000_000_003.14159"),
            ("-3.14159", ".1", "-3e+00"),
            ("-3.14159", "f", "-3.141590"),
            ("-3.14159", "#", "-3.14159"),
            ("-3.14159", "#10.0f", "       -3."),
            ("-3.14159", ",g", "-3.14159"),
            ("-3.14159", ".,", "-3.141,59"),
            ("1e-310", "<10", "1e-310    "),
            ("1e-310", ".3n", "1e-310"),
            ("1e-310", "x<12g", "1e-310xxxxxx"),
            ("6.02214076e+23", ".0", "6e+23"),
            ("6.02214076e+23", "f", "602214075999999987023872.000000"),
            ("6.02214076e+23", "020,.3f", "602,214,075,999,999,987,023,872.000"),
            ("6.02214076e+23", "n", "6.02214e+23"),
            ("6.02214076e+23", ".,f", "602214075999999987023872.000,000"),
            ("6.02214076e+23", "0^9", "6.02214076e+23"),
            ("6.02214076e+23", ".2n", "6e+23"),
            ("6.02214076e+23", ",n", "!ValueError: Cannot specify ',' with 'n'."),
            ("6.02214076e+23", "=8", "6.02214076e+23"),
            ("-0.09782459694932383", "#.3", "-0.0978"),
            ("-0.09782459694932383", ".2%", "-9.78%"),
            ("-0.09782459694932383", ",", "-0.09782459694932383"),
            ("14372.5", ".3e", "1.437e+04"),
            ("14372.5", ".0f", "14372"),
            ("14372.5", ".1g", "1e+04"),
            ("14372.5", "010.2f", "0014372.50"),
            ("14372.5", "#10.0f", "    14372."),
            ("14372.5", ",g", "14,372.5"),
            ("1.2791406938671013e+237", ".1g", "1e+237"),
            ("1.2791406938671013e+237", ".10g", "1.279140694e+237"),
            ("1.2791406938671013e+237", "#.4g", "1.279e+237"),
            ("1.2791406938671013e+237", "^8.1e", "1.3e+237"),
            ("4.159057323545972e-06", ".0e", "4e-06"),
            ("4.159057323545972e-06", ".10e", "4.1590573235e-06"),
            ("4.159057323545972e-06", ".0g", "4e-06"),
            ("4.159057323545972e-06", "+.3e", "+4.159e-06"),
            ("4.159057323545972e-06", "z.0f", "0"),
            ("4.159057323545972e-06", ".30f", "0.000004159057323545972030954913"),
            ("4.159057323545972e-06", "#10.0f", "        0."),
            ("5.618508328531317e+28", ".3g", "5.62e+28"),
            ("5.618508328531317e+28", ",.2f", "56,185,083,285,313,173,670,896,599,040.00"),
            ("0.7218457713976292", ".1", "0.7"),
            ("0.7218457713976292", "z", "0.7218457713976292"),
            ("0.7218457713976292", "0^9", "0.7218457713976292"),
            ("0.7218457713976292", "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
            ("6215.375", ".0f", "6215"),
            ("6215.375", "=+12.2f", "+    6215.38"),
            ("6215.375", "#10.0f", "     6215."),
            ("6215.375", "0<8", "6215.375"),
            ("6215.375", ".2n", "6.2e+03"),
            ("-105586.625", ",", "-105,586.625"),
            ("-105586.625", "z+.3%", "!ValueError: Invalid format specifier 'z+.3%' for object of type 'float'"),
            ("-105586.625", ".2n", "-1.1e+05"),
            ("-105586.625", "^8.1e", "-1.1e+05"),
            ("-9.962895401155513e-31", ",.3_f", "-0.000"),
            ("-7452592294.059677", "f", "-7452592294.059677"),
            ("-7452592294.059677", "#.3", "-7.45e+09"),
            ("-7452592294.059677", "0=12,.1f", "-7,452,592,294.1"),
            ("-7452592294.059677", "015,.10_f", "-7,452,592,294.059_677_124_0"),
            ("-7452592294.059677", "#.4g", "-7.453e+09"),
            ("-7452592294.059677", ",g", "-7.45259e+09"),
            ("-7452592294.059677", ".2n", "-7.5e+09"),
            ("194.29", "E", "1.942900E+02"),
            ("194.29", ".20f", "194.28999999999999204192"),
            ("194.29", "+", "+194.29"),
            ("194.29", "#10.0f", "      194."),
            ("194.29", "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
            ("356.620848", ".0", "4e+02"),
            ("356.620848", " ", " 356.620848"),
            ("356.620848", " 08.2f", " 0356.62"),
            ("-7.31131692038826e+24", ".0f", "-7311316920388260141727744"),
            ("-7.31131692038826e+24", ".3g", "-7.31e+24"),
            ("-7.31131692038826e+24", ",", "-7.31131692038826e+24"),
            ("-7.31131692038826e+24", "_.3f", "-7_311_316_920_388_260_141_727_744.000"),
            ("-7.31131692038826e+24", "z", "-7.31131692038826e+24"),
            ("-7.31131692038826e+24", "+010.3e", "-7.311e+24"),
            ("-7.31131692038826e+24", "_%", "-731_131_692_038_826_039_942_578_176.000000%"),
            ("-49411.0", "-", "-49411.0"),
            ("-49411.0", "025_", "-00_000_000_000_049_411.0"),
            ("-107712.25", ".10g", "-107712.25"),
            ("-107712.25", ",.2f", "-107,712.25"),
            ("-107712.25", "+010.3e", "-1.077e+05"),
            ("-107712.25", ".25g", "-107712.25"),
            ("-0.02045585118343718", ".0e", "-2e-02"),
            ("-0.02045585118343718", "#.3", "-0.0205"),
            ("-0.02045585118343718", "_.3f", "-0.020"),
            ("-0.02045585118343718", "*>15,.2f", "**********-0.02"),
            ("-0.02045585118343718", ".50e", "-2.04558511834371792303954862290993332862854003906250e-02"),
            ("22671.25", ".3e", "2.267e+04"),
            ("22671.25", ".3g", "2.27e+04"),
            ("22671.25", "_.3f", "22_671.250"),
            ("22671.25", "=+12.2f", "+   22671.25"),
            ("22671.25", "^8.1e", "2.3e+04 "),
            ("-9.227494390202537e-22", "^12.3f", "   -0.000   "),
            ("-9.227494390202537e-22", "._e", "-9.227_494e-22"),
            ("-9.227494390202537e-22", ".2,g", "-9.2e-22"),
            ("-3.225127831601031e+142", "s", "!ValueError: Unknown format code 's' for object of type 'float'"),
            ("4.2460920098264405e+27", "G", "4.24609E+27"),
            ("4.2460920098264405e+27", "#", "4.2460920098264405e+27"),
            ("4.2460920098264405e+27", "%", "424609200982644017056205242368.000000%"),
            ("4.2460920098264405e+27", "z.0f", "4246092009826440522405773312"),
            ("4.2460920098264405e+27", "010.2f", "4246092009826440522405773312.00"),
            ("4.2460920098264405e+27", "._e", "4.246_092e+27"),
            ("4.2460920098264405e+27", "015,.10_f", "4,246,092,009,826,440,522,405,773,312.000_000_000_0"),
            ("4.2460920098264405e+27", " 08.2f", " 4246092009826440522405773312.00"),
            ("7.809445901389597e+222", ".10e", "7.8094459014e+222"),
            ("7.809445901389597e+222", "#g", "7.80945e+222"),
            ("7.809445901389597e+222", "#.3g", "7.81e+222"),
            ("7.809445901389597e+222", "-", "7.809445901389597e+222"),
            ("9.585408880646186", ".0e", "1e+01"),
            ("9.585408880646186", ".2f", "9.59"),
            ("9.585408880646186", "#.3g", "9.59"),
            ("9.585408880646186", "0=12,.1f", "00,000,009.6"),
            ("9.585408880646186", "#.4g", "9.585"),
            ("9.585408880646186", "z+.3%", "!ValueError: Invalid format specifier 'z+.3%' for object of type 'float'"),
            ("9.585408880646186", "_n", "!ValueError: Cannot specify '_' with 'n'."),
            ("0.00011928139276939676", "f", "0.000119"),
            ("0.00011928139276939676", "#.4g", "0.0001193"),
            ("0.00011928139276939676", ".,", "0.000,119,281,392,769,396,76"),
            ("0.00011928139276939676", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
            ("-0.0020623275940970793", ".2f", "-0.00"),
            ("-0.0020623275940970793", "#.4g", "-0.002062"),
            ("-0.0020623275940970793", "c", "!ValueError: Unknown format code 'c' for object of type 'float'"),
            ("-0.0020623275940970793", "_n", "!ValueError: Cannot specify '_' with 'n'."),
            ("70170.125", "F", "70170.125000"),
            ("70170.125", "#g", "70170.1"),
            ("70170.125", "+.3e", "+7.017e+04"),
            ("70170.125", "._e", "7.017_012e+04"),
            ("70170.125", "x<12g", "70170.1xxxxx"),
            ("70170.125", "#10.0f", "    70170."),
            ("70170.125", ",n", "!ValueError: Cannot specify ',' with 'n'."),
            ("70170.125", "_n", "!ValueError: Cannot specify '_' with 'n'."),
            ("773.5", "", "773.5"),
            ("773.5", ",", "773.5"),
            ("773.5", ",.3_f", "773.500"),
            ("773.5", "_%", "77_350.000000%"),
            ("-6.509353550688932e-212", "n", "-6.50935e-212"),
            ("-6.509353550688932e-212", "015,.10_f", "-0.000_000_000_0"),
            ("-6.509353550688932e-212", "+010.3e", "-6.509e-212"),
            ("81779.625", ".0g", "8e+04"),
            ("81779.625", "+.3e", "+8.178e+04"),
            ("81779.625", "+010.3e", "+8.178e+04"),
            ("81779.625", "-", "81779.625"),
            ("81779.625", "#.4g", "8.178e+04"),
            ("6.376409362343191e-25", "#.0%", "0.%"),
            ("6.376409362343191e-25", "+", "+6.376409362343191e-25"),
            ("6.376409362343191e-25", "*>15,.2f", "***********0.00"),
            ("6.376409362343191e-25", ".25g", "6.376409362343191431877446e-25"),
            ("6.376409362343191e-25", ",g", "6.37641e-25"),
            ("6.376409362343191e-25", ",n", "!ValueError: Cannot specify ',' with 'n'."),
            ("-1.0895122471037923e-31", "f", "-0.000000"),
            ("-1.0895122471037923e-31", "010", "-1.0895122471037923e-31"),
            ("-1.0895122471037923e-31", "010.2f", "-000000.00"),
            ("-1.0895122471037923e-31", "^12.3f", "   -0.000   "),
            ("-1.0895122471037923e-31", ",g", "-1.08951e-31"),
            ("-1.0895122471037923e-31", "_%", "-0.000000%"),
            ("-1.0895122471037923e-31", "z+.3%", "!ValueError: Invalid format specifier 'z+.3%' for object of type 'float'"),
            ("-963.506514", ".1", "-1e+03"),
            ("-963.506514", "0=12,.1f", "-0,000,963.5"),
            ("-963.506514", ",g", "-963.507"),
            ("-391107416.87652385", "f", "-391107416.876524"),
            ("-391107416.87652385", "#.0e", "-4.e+08"),
            ("-391107416.87652385", "%", "-39110741687.652382%"),
            ("-391107416.87652385", "+010.3e", "-3.911e+08"),
            ("-391107416.87652385", "#10.0f", "-391107417."),
            ("-391107416.87652385", "0^9", "-391107416.87652385"),
            ("1.1930844490797586e-151", " ", " 1.1930844490797586e-151"),
            ("1.1930844490797586e-151", "010.2f", "0000000.00"),
            ("1.1930844490797586e-151", ".25g", "1.193084449079758645833471e-151"),
            ("1.1930844490797586e-151", "0<8", "1.1930844490797586e-151"),
            ("1.1930844490797586e-151", ".2,g", "1.2e-151"),
            ("-45776.375", ".50e", "-4.57763750000000000000000000000000000000000000000000e+04"),
            ("-45776.375", ",n", "!ValueError: Cannot specify ',' with 'n'."),
            ("-4.281873978483443e-22", "e", "-4.281874e-22"),
            ("-4.281873978483443e-22", "#.0e", "-4.e-22"),
            ("-4.281873978483443e-22", "_.3f", "-0.000"),
            ("-4.281873978483443e-22", "010.2f", "-000000.00"),
            ("-4.281873978483443e-22", "-", "-4.281873978483443e-22"),
            ("-4.281873978483443e-22", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
            ("-2.7599716903391004e+139", "e", "-2.759972e+139"),
            ("-2.7599716903391004e+139", "+", "-2.7599716903391004e+139"),
            ("-2.7599716903391004e+139", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
            ("9.295967498229647e+296", ".25g", "9.295967498229646764145504e+296"),
            ("9.295967498229647e+296", "#.4g", "9.296e+296"),
            ("9.295967498229647e+296", "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
            ("-1.0534497790463106e+165", ".0g", "-1e+165"),
            ("-1.0534497790463106e+165", ".3g", "-1.05e+165"),
            ("-1.0534497790463106e+165", "-", "-1.0534497790463106e+165"),
            ("-1.0534497790463106e+165", ",n", "!ValueError: Cannot specify ',' with 'n'."),
            ("3.755608869055372e-17", ".1g", "4e-17"),
            ("3.755608869055372e-17", "G", "3.75561E-17"),
            ("3.755608869055372e-17", ",", "3.755608869055372e-17"),
            ("3.755608869055372e-17", ",.3_f", "0.000"),
            ("3.755608869055372e-17", "#.4g", "3.756e-17"),
            ("5.989161537020983e-171", ".0", "6e-171"),
            ("5.989161537020983e-171", ".17", "5.9891615370209827e-171"),
            ("558378682468033.44", "f", "558378682468033.437500"),
            ("558378682468033.44", "F", "558378682468033.437500"),
            ("558378682468033.44", ".3g", "5.58e+14"),
            ("558378682468033.44", "#.0f", "558378682468033."),
            ("558378682468033.44", "#.0e", "6.e+14"),
            ("558378682468033.44", "+", "+558378682468033.44"),
            ("558378682468033.44", "z", "558378682468033.44"),
            ("558378682468033.44", ".,f", "558378682468033.437,500"),
            ("558378682468033.44", ".50e", "5.58378682468033437500000000000000000000000000000000e+14"),
            ("558378682468033.44", ",n", "!ValueError: Cannot specify ',' with 'n'."),
            ("-941.3141480107803", ".3", "-9.41e+02"),
            ("-941.3141480107803", "#g", "-941.314"),
            ("-941.3141480107803", "0=12,.1f", "-0,000,941.3"),
            ("-941.3141480107803", ".3n", "-941"),
            ("-66512.75", "z", "-66512.75"),
            ("-66512.75", ".30f", "-66512.750000000000000000000000000000"),
            ("-66512.75", ".2n", "-6.7e+04"),
            ("-3.86729683393451e-46", ".3e", "-3.867e-46"),
            ("-3.86729683393451e-46", ".2%", "-0.00%"),
            ("-3.86729683393451e-46", "#.0%", "-0.%"),
            ("-3.86729683393451e-46", "^12.3f", "   -0.000   "),
            ("-3.86729683393451e-46", ".3n", "-3.87e-46"),
            ("-3.86729683393451e-46", ".25g", "-3.86729683393450978460794e-46"),
            ("4.2371956295838806e-20", "#g", "4.23720e-20"),
            ("4.2371956295838806e-20", "#.3g", "4.24e-20"),
            ("4.2371956295838806e-20", "#.0f", "0."),
            ("4.2371956295838806e-20", "z", "4.2371956295838806e-20"),
            ("4.2371956295838806e-20", ",g", "4.2372e-20"),
            ("4.2371956295838806e-20", "025_", "0_004.2371956295838806e-20"),
            ("4.2371956295838806e-20", "=8", "4.2371956295838806e-20"),
            ("8.144177623172744e+24", ".0", "8e+24"),
            ("8.144177623172744e+24", ".2f", "8144177623172743631470592.00"),
            ("8.144177623172744e+24", "n", "8.14418e+24"),
            ("8.144177623172744e+24", "#.4g", "8.144e+24"),
            ("6.330912123142141e-19", ".0", "6e-19"),
            ("6.330912123142141e-19", ".20f", "0.00000000000000000063"),
            ("6.330912123142141e-19", "010", "6.330912123142141e-19"),
            ("6.330912123142141e-19", "#10.0f", "        0."),
            ("2.8802239750470317e-09", "", "2.8802239750470317e-09"),
            ("2.8802239750470317e-09", "E", "2.880224E-09"),
            ("2.8802239750470317e-09", " ", " 2.8802239750470317e-09"),
            ("2.8802239750470317e-09", "010.2f", "0000000.00"),
            ("2.8802239750470317e-09", "-", "2.8802239750470317e-09"),
            ("2.8802239750470317e-09", ".25g", "2.880223975047031661789582e-09"),
            ("2.8802239750470317e-09", "0<8", "2.8802239750470317e-09"),
            ("2.8802239750470317e-09", ".,", "2.880,223,975,047,031,7e-09"),
            ("2.88752416044256e+303", "+.3e", "+2.888e+303"),
            ("2.88752416044256e+303", "#.4g", "2.888e+303"),
            ("2.88752416044256e+303", ".2,g", "2.9e+303"),
            ("-7.368319234650411e+34", ".0g", "-7e+34"),
            ("-7.368319234650411e+34", ".1g", "-7e+34"),
            ("-7.368319234650411e+34", "#g", "-7.36832e+34"),
            ("-7.368319234650411e+34", ",", "-7.368319234650411e+34"),
            ("-7.368319234650411e+34", "=+12.2f", "-73683192346504110677937512660336640.00"),
            ("-7.368319234650411e+34", "020,.3f", "-73,683,192,346,504,110,677,937,512,660,336,640.000"),
            ("-7.368319234650411e+34", "0<8", "-7.368319234650411e+34"),
            ("-7.368319234650411e+34", "025_", "-0_007.368319234650411e+34"),
            ("-7.368319234650411e+34", "_n", "!ValueError: Cannot specify '_' with 'n'."),
            ("735.52", "#.3g", "736."),
            ("735.52", ".2%", "73552.00%"),
            ("735.52", "z.0f", "736"),
            ("735.52", " 08.2f", " 0735.52"),
            ("60388.75", "#.0%", "6038875.%"),
            ("60388.75", "n", "60388.8"),
            ("60388.75", "-", "60388.75"),
            ("60388.75", ".25g", "60388.75"),
            ("-6.153164432088832e-10", ".1", "-6e-10"),
            ("-6.153164432088832e-10", ".12", "-6.15316443209e-10"),
            ("-6.153164432088832e-10", ".0e", "-6e-10"),
            ("-6.153164432088832e-10", ".1g", "-6e-10"),
            ("-6.153164432088832e-10", "^12.3f", "   -0.000   "),
            ("-6.153164432088832e-10", "015,.10_f", "-0.000_000_000_6"),
            ("-6.153164432088832e-10", "-", "-6.153164432088832e-10"),
            ("-6.153164432088832e-10", ",n", "!ValueError: Cannot specify ',' with 'n'."),
            ("25500.5", ".12", "25500.5"),
            ("25500.5", "#g", "25500.5"),
            ("25500.5", "#.3g", "2.55e+04"),
            ("25500.5", "#.3", "2.55e+04"),
            ("25500.5", "_.3f", "25_500.500"),
            ("25500.5", "*>15,.2f", "******25,500.50"),
            ("25500.5", "x<12g", "25500.5xxxxx"),
            ("25500.5", "#.4g", "2.550e+04"),
            ("25500.5", "=8", " 25500.5"),
            ("5.697904463219055e+21", "g", "5.6979e+21"),
            ("5.697904463219055e+21", "z.0f", "5697904463219054870528"),
            ("5.697904463219055e+21", "<10", "5.697904463219055e+21"),
            ("109.7", ".12", "109.7"),
            ("109.7", ".10e", "1.0970000000e+02"),
            ("109.7", ",g", "109.7"),
            ("109.7", "_n", "!ValueError: Cannot specify '_' with 'n'."),
            ("5.852944447075804e+116", ".0", "6e+116"),
            ("5.852944447075804e+116", ".12", "5.85294444708e+116"),
            ("5.852944447075804e+116", "0<8", "5.852944447075804e+116"),
            ("5.852944447075804e+116", "0^9", "5.852944447075804e+116"),
            ("5.852944447075804e+116", ".2n", "5.9e+116"),
            ("3.4591114991828694e+27", ".10e", "3.4591114992e+27"),
            ("3.4591114991828694e+27", ".0g", "3e+27"),
            ("3.4591114991828694e+27", "%", "345911149918286928445219799040.000000%"),
            ("3.4591114991828694e+27", "020,.3f", "3,459,111,499,182,869,394,403,360,768.000"),
            ("3.4591114991828694e+27", "-", "3.4591114991828694e+27"),
            ("3.4591114991828694e+27", ".2,g", "3.5e+27"),
            ("-1.1825988556788424e+269", "_n", "!ValueError: Cannot specify '_' with 'n'."),
            ("8.280134093087011e+25", ".1", "8e+25"),
            ("8.280134093087011e+25", "#.0%", "8280134093087011340080381952.%"),
            ("8.280134093087011e+25", ",.3_f", "82,801,340,930,870,108,590,440,448.000"),
            ("8.280134093087011e+25", ".2n", "8.3e+25"),
            ("-4.0667708881244273e-11", "f", "-0.000000"),
            ("81416.375", "#.3g", "8.14e+04"),
            ("81416.375", "#.0e", "8.e+04"),
            ("81416.375", "_.3f", "81_416.375"),
            ("81416.375", " ", " 81416.375"),
            ("84852.25", "#", "84852.25"),
            ("84852.25", "=+12.2f", "+   84852.25"),
            ("84852.25", "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
            ("4.715319988331299e+25", ",", "4.715319988331299e+25"),
            ("4.715319988331299e+25", "n", "4.71532e+25"),
            ("4.715319988331299e+25", "_n", "!ValueError: Cannot specify '_' with 'n'."),
            ("-3.2226881463341494e+26", "f", "-322268814633414940006809600.000000"),
            ("-3.2226881463341494e+26", ".0g", "-3e+26"),
            ("-3.2226881463341494e+26", "_.3f", "-322_268_814_633_414_940_006_809_600.000"),
            ("-3.2226881463341494e+26", "z.0f", "-322268814633414940006809600"),
            ("-3.2226881463341494e+26", ".3n", "-3.22e+26"),
            ("678.3027", "e", "6.783027e+02"),
            ("678.3027", "E", "6.783027E+02"),
            ("678.3027", ".0f", "678"),
            ("678.3027", "010", "00678.3027"),
            ("678.3027", "n", "678.303"),
            ("678.3027", ".3n", "678"),
            ("678.3027", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
            ("678.3027", "_n", "!ValueError: Cannot specify '_' with 'n'."),
            ("-4682.75", ".3e", "-4.683e+03"),
            ("-4682.75", "n", "-4682.75"),
            ("-7935.0", "+.3e", "-7.935e+03"),
            ("-7935.0", "x<12g", "-7935xxxxxxx"),
            ("-7935.0", " 08.2f", "-7935.00"),
            ("-7935.0", ",g", "-7,935"),
            ("-57444.125", "#g", "-57444.1"),
            ("-57444.125", ",", "-57,444.125"),
            ("-57444.125", "_.3f", "-57_444.125"),
            ("-57444.125", "z.1f", "-57444.1"),
            ("-57444.125", "^8.1e", "-5.7e+04"),
            ("105163.75", ".0g", "1e+05"),
            ("105163.75", ",", "105,163.75"),
            ("105163.75", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
            ("-609.40747", ",.2f", "-609.41"),
            ("-609.40747", "+010.3e", "-6.094e+02"),
            ("-609.40747", "c", "!ValueError: Unknown format code 'c' for object of type 'float'"),
            ("-4.284322117271788e+22", ".10e", "-4.2843221173e+22"),
            ("-4.284322117271788e+22", ".2%", "-4284322117271788349030400.00%"),
            ("-4.284322117271788e+22", ",.2f", "-42,843,221,172,717,883,490,304.00"),
            ("-4.284322117271788e+22", "=+12.2f", "-42843221172717883490304.00"),
            ("-4.284322117271788e+22", ".30f", "-42843221172717883490304.000000000000000000000000000000"),
            ("-5.313227339973597e-10", ".0", "-5e-10"),
            ("-5.313227339973597e-10", "#.3", "-5.31e-10"),
            ("-5.313227339973597e-10", ".2%", "-0.00%"),
            ("-5.313227339973597e-10", ",", "-5.313227339973597e-10"),
            ("-5.313227339973597e-10", "0=12,.1f", "-0,000,000.0"),
            ("-5.313227339973597e-10", "._e", "-5.313_227e-10"),
            ("-5.313227339973597e-10", ".2,g", "-5.3e-10"),
            ("-62734.875", ".1", "-6e+04"),
            ("-62734.875", "#.3g", "-6.27e+04"),
            ("-62734.875", "^12.3f", " -62734.875 "),
            ("-62734.875", ",g", "-62,734.9"),
            ("1.777949565875008e+234", ".1g", "2e+234"),
            ("1.777949565875008e+234", ".10g", "1.777949566e+234"),
            ("1.777949565875008e+234", "G", "1.77795E+234"),
            ("1.777949565875008e+234", "#.3g", "1.78e+234"),
            ("1.777949565875008e+234", "+.3e", "+1.778e+234"),
            ("1.777949565875008e+234", "0<8", "1.777949565875008e+234"),
            ("57248.375", " ", " 57248.375"),
            ("57248.375", ".25g", "57248.375"),
            ("57248.375", "#10.0f", "    57248."),
            ("57248.375", "0^9", "57248.375"),
            ("57248.375", "=8", "57248.375"),
            ("221647626954.9328", "G", "2.21648E+11"),
            ("221647626954.9328", "#.3g", "2.22e+11"),
            ("221647626954.9328", "z.1f", "221647626954.9"),
            ("221647626954.9328", "^12.3f", "221647626954.933"),
            ("221647626954.9328", "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
            ("221647626954.9328", ",n", "!ValueError: Cannot specify ',' with 'n'."),
            ("74770.25", "", "74770.25"),
            ("74770.25", ".0g", "7e+04"),
            ("74770.25", ",", "74,770.25"),
            ("74770.25", "#.4g", "7.477e+04"),
            ("74770.25", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
            ("74770.25", ".2n", "7.5e+04"),
            ("74770.25", "^8.1e", "7.5e+04 "),
            ("6.64901476551922e+249", ".0e", "7e+249"),
            ("6.64901476551922e+249", "._e", "6.649_015e+249"),
            ("6.64901476551922e+249", "x<12g", "6.64901e+249"),
            ("6.64901476551922e+249", "0^9", "6.64901476551922e+249"),
            ("1.7976931348623157e+308", "#10.0f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368."),
            ("1.777949565875008e+234", "*>15,.2f", "1,777,949,565,875,008,131,520,937,481,991,859,930,089,145,488,572,379,642,191,276,400,601,501,848,045,197,584,639,592,341,629,206,708,907,696,420,338,895,944,895,669,203,225,227,814,636,725,152,135,861,136,910,110,315,787,046,813,649,688,517,059,624,886,469,373,056,938,210,330,068,099,656,556,438,300,418,637,824.00"),
            ("6.64901476551922e+249", "_.3f", "6_649_014_765_519_219_743_489_066_261_276_429_775_677_013_241_643_572_552_787_140_577_302_761_281_360_688_547_085_889_699_320_317_475_445_284_197_961_010_511_102_520_264_788_375_726_675_505_239_260_876_767_120_932_404_790_534_611_207_792_856_321_294_793_830_393_008_284_764_381_464_796_305_041_904_177_607_971_078_445_599_448_629_248.000"),
            ("5.852944447075804e+116", ".30f", "585294444707580383998453785008445018572943338614563662753470845794268390125747888499128361159195893769710367810781184.000000000000000000000000000000"),
        ];
        let mut fails = vec![];
        for &(x, spec, want) in cases {
            let got = show(format_float_spec(pf(x), spec));
            if got != want {
                fails.push(format!(
                    "format({}, {:?}) = {:?}, want {:?}",
                    x, spec, got, want
                ));
            }
        }
        report(fails, cases.len());
    }

    #[test]
    fn format_int_vectors() {
        #[rustfmt::skip]
        let cases: &[(&str, &str, &str)] = &[
            ("0", "#b", "0b0"),
            ("0", "c", "\u{0}"),
            ("0", "010", "0000000000"),
            ("0", "#_o", "0o0"),
            ("0", "e", "0.000000e+00"),
            ("0", "f", "0.000000"),
            ("0", ".3f", "0.000"),
            ("0", ".1%", "0.0%"),
            ("0", "g", "0"),
            ("0", ".2", "!ValueError: Precision not allowed in integer format specifier"),
            ("0", ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            ("0", ">+10,", "        +0"),
            ("1", "d", "1"),
            ("1", "o", "1"),
            ("1", " ", " 1"),
            ("1", "_d", "1"),
            ("1", "010,", "00,000,001"),
            ("1", "x<#10X", "0X1xxxxxxx"),
            ("1", "*^#12o", "****0o1*****"),
            ("1", ".3g", "1"),
            ("1", "F", "1.000000"),
            ("1", ">+10,", "        +1"),
            ("1", "0>10,", "0000000001"),
            ("1", "020,d", "0,000,000,000,000,001"),
            ("1", ".2,", "!ValueError: Precision not allowed in integer format specifier"),
            ("-1", "", "-1"),
            ("-1", "b", "-1"),
            ("-1", "#x", "-0x1"),
            ("-1", "c", "!OverflowError: %c arg not in range(0x110000)"),
            ("-1", "10", "        -1"),
            ("-1", "+", "-1"),
            ("-1", " ", "-1"),
            ("-1", " d", "-1"),
            ("-1", "_d", "-1"),
            ("-1", ".3g", "-1"),
            ("-1", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            ("-1", "=+#012_x", "-0x0000_0001"),
            ("-1", ">+10,", "        -1"),
            ("-1", ".,f", "-1.000,000"),
            ("-1", ".2,", "!ValueError: Precision not allowed in integer format specifier"),
            ("-1", "05c", "!OverflowError: %c arg not in range(0x110000)"),
            ("7", "n", "7"),
            ("7", "#b", "0b111"),
            ("7", "#o", "0o7"),
            ("7", "e", "7.000000e+00"),
            ("7", ".2e", "7.00e+00"),
            ("7", "g", "7"),
            ("7", "_.1e", "7.0e+00"),
            ("7", "n#", "!ValueError: Invalid format specifier 'n#' for object of type 'int'"),
            ("7", "^5c", "  \u{7}  "),
            ("-7", "d", "-7"),
            ("-7", "x", "-7"),
            ("-7", "#b", "-0b111"),
            ("-7", "c", "!OverflowError: %c arg not in range(0x110000)"),
            ("-7", "+", "-7"),
            ("-7", "-", "-7"),
            ("-7", "_d", "-7"),
            ("-7", "_b", "-111"),
            ("-7", "#_b", "-0b111"),
            ("-7", "020_X", "-0000_0000_0000_0007"),
            ("-7", "#020_x", "-0x00_0000_0000_0007"),
            ("-7", "F", "-7.000000"),
            ("-7", "#g", "-7.00000"),
            ("-7", "-#010b", "-0b0000111"),
            ("-7", "10.,", "        -7"),
            ("-7", ".2,", "!ValueError: Precision not allowed in integer format specifier"),
            ("-7", "n#", "!ValueError: Invalid format specifier 'n#' for object of type 'int'"),
            ("42", "b", "101010"),
            ("42", "x", "2a"),
            ("42", "10", "        42"),
            ("42", "=10", "        42"),
            ("42", " ", " 42"),
            ("42", ",d", "42"),
            ("42", "020_X", "0_0000_0000_0000_002A"),
            ("42", ".2e", "4.20e+01"),
            ("42", "%", "4200.000000%"),
            ("42", ".3g", "42"),
            ("42", "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            ("42", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            ("42", ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            ("42", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            ("42", "_c", "!ValueError: Cannot specify '_' with 'c'."),
            ("42", "=+#012_x", "+0x0000_002a"),
            ("42", "020,d", "0,000,000,000,000,042"),
            ("42", ".2,", "!ValueError: Precision not allowed in integer format specifier"),
            ("42", "n#", "!ValueError: Invalid format specifier 'n#' for object of type 'int'"),
            ("255", "c", "\u{ff}"),
            ("255", "10", "       255"),
            ("255", "_b", "1111_1111"),
            ("255", "e", "2.550000e+02"),
            ("255", ".2e", "2.55e+02"),
            ("255", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            ("255", ",x", "!ValueError: Cannot specify ',' with 'x'."),
            ("255", "n#", "!ValueError: Invalid format specifier 'n#' for object of type 'int'"),
            ("-255", "#X", "-0XFF"),
            ("-255", "#020_x", "-0x00_0000_0000_00ff"),
            ("-255", "010,", "-0,000,255"),
            ("-255", "E", "-2.550000E+02"),
            ("-255", "#g", "-255.000"),
            ("-255", ",x", "!ValueError: Cannot specify ',' with 'x'."),
            ("1000", "d", "1000"),
            ("1000", "b", "1111101000"),
            ("1000", "o", "1750"),
            ("1000", "X", "3E8"),
            ("1000", "<10", "1000      "),
            ("1000", ",d", "1,000"),
            ("1000", ".2e", "1.00e+03"),
            ("1000", ".1%", "100000.0%"),
            ("-1000", "<10", "-1000     "),
            ("-1000", "^10", "  -1000   "),
            ("-1000", "-", "-1000"),
            ("-1000", "#_b", "-0b11_1110_1000"),
            ("-1000", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            ("-1000", ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            ("-1000", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            ("-1000", "z.2f", "-1000.00"),
            ("-1000", ".,f", "-1000.000,000"),
            ("-1000", ".2,", "!ValueError: Precision not allowed in integer format specifier"),
            ("65", "d", "65"),
            ("65", "b", "1000001"),
            ("65", "x", "41"),
            ("65", "#X", "0X41"),
            ("65", "<10", "65        "),
            ("65", "^10", "    65    "),
            ("65", "+d", "+65"),
            ("65", ",", "65"),
            ("65", "g", "65"),
            ("65", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            ("65", "=+#012_x", "+0x0000_0041"),
            ("65", "n#", "!ValueError: Invalid format specifier 'n#' for object of type 'int'"),
            ("97", " ", " 97"),
            ("97", "_b", "110_0001"),
            ("97", "#_o", "0o141"),
            ("97", "#020_x", "0x000_0000_0000_0061"),
            ("97", "f", "97.000000"),
            ("97", "G", "97"),
            ("97", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            ("97", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            ("97", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            ("97", ".,d", "97"),
            ("1114111", " ", " 1114111"),
            ("1114111", "#020_x", "0x000_0000_0010_ffff"),
            ("1114111", "f", "1114111.000000"),
            ("1114111", "_.1e", "1.1e+06"),
            ("1114111", "z.2f", "1114111.00"),
            ("1114111", "n#", "!ValueError: Invalid format specifier 'n#' for object of type 'int'"),
            ("1114111", "05c", "0000\u{10ffff}"),
            ("1114112", "", "1114112"),
            ("1114112", "^10", " 1114112  "),
            ("1114112", "-", "1114112"),
            ("1114112", "0=10,", "01,114,112"),
            ("1114112", "f", "1114112.000000"),
            ("1114112", ".1%", "111411200.0%"),
            ("1114112", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            ("1114112", ",.2f", "1,114,112.00"),
            ("1234567", "#b", "0b100101101011010000111"),
            ("1234567", "+", "+1234567"),
            ("1234567", "010,", "01,234,567"),
            ("1234567", "*^#12o", "*0o4553207**"),
            ("1234567", ",x", "!ValueError: Cannot specify ',' with 'x'."),
            ("1234567", "020,d", "0,000,000,001,234,567"),
            ("1234567", "n#", "!ValueError: Invalid format specifier 'n#' for object of type 'int'"),
            ("-1234567", "X", "-12D687"),
            ("-1234567", "+d", "-1234567"),
            ("-1234567", " d", "-1234567"),
            ("-1234567", "#020_x", "-0x00_0000_0012_d687"),
            ("-1234567", "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            ("-1234567", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            ("-1234567", ">+10,", "-1,234,567"),
            ("-1234567", "0>10,", "-1,234,567"),
            ("-1234567", "020,d", "-000,000,001,234,567"),
            ("-1234567", ",.2f", "-1,234,567.00"),
            ("2147483648", "#x", "0x80000000"),
            ("2147483648", "=10", "2147483648"),
            ("2147483648", "-", "2147483648"),
            ("2147483648", ",d", "2,147,483,648"),
            ("2147483648", ".2", "!ValueError: Precision not allowed in integer format specifier"),
            ("2147483648", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            ("2147483648", ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            ("2147483648", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            ("2147483648", "-#010b", "0b10000000000000000000000000000000"),
            ("2147483648", "020,d", "0,000,002,147,483,648"),
            ("9007199254740993", "#o", "0o400000000000000001"),
            ("9007199254740993", "#x", "0x20000000000001"),
            ("9007199254740993", "=10", "9007199254740993"),
            ("9007199254740993", "-", "9007199254740993"),
            ("9007199254740993", "_d", "9_007_199_254_740_993"),
            ("9007199254740993", "x<#10X", "0X20000000000001"),
            ("9007199254740993", ".2", "!ValueError: Precision not allowed in integer format specifier"),
            ("9007199254740993", "020,d", "9,007,199,254,740,993"),
            ("9007199254740993", "_.1e", "9.0e+15"),
            ("9007199254740993", ".,", "9007199254740993"),
            ("-9223372036854775808", "n", "-9223372036854775808"),
            ("-9223372036854775808", "X", "-8000000000000000"),
            ("-9223372036854775808", "c", "!OverflowError: %c arg not in range(0x110000)"),
            ("-9223372036854775808", "=10", "-9223372036854775808"),
            ("-9223372036854775808", "+d", "-9223372036854775808"),
            ("-9223372036854775808", ",", "-9,223,372,036,854,775,808"),
            ("-9223372036854775808", ".3g", "-9.22e+18"),
            ("-9223372036854775808", "E", "-9.223372E+18"),
            ("-9223372036854775808", ",x", "!ValueError: Cannot specify ',' with 'x'."),
            ("-9223372036854775808", ".,f", "-9223372036854775808.000,000"),
            ("-9223372036854775808", ".,d", "-9223372036854775808"),
            ("-9223372036854775808", ".,", "-9223372036854775808"),
            ("-9223372036854775808", "n#", "!ValueError: Invalid format specifier 'n#' for object of type 'int'"),
            ("18446744073709551616", "", "18446744073709551616"),
            ("18446744073709551616", "b", "10000000000000000000000000000000000000000000000000000000000000000"),
            ("18446744073709551616", " d", " 18446744073709551616"),
            ("18446744073709551616", "_d", "18_446_744_073_709_551_616"),
            ("18446744073709551616", "020_X", "1_0000_0000_0000_0000"),
            ("18446744073709551616", "f", "18446744073709551616.000000"),
            ("18446744073709551616", "%", "1844674407370955161600.000000%"),
            ("18446744073709551616", ".1%", "1844674407370955161600.0%"),
            ("18446744073709551616", "E", "1.844674E+19"),
            ("18446744073709551616", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            ("18446744073709551616", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            ("18446744073709551616", ">+10,", "+18,446,744,073,709,551,616"),
            ("100000000000000000000", "d", "100000000000000000000"),
            ("100000000000000000000", "n", "100000000000000000000"),
            ("100000000000000000000", "#o", "0o12657072742654304000000"),
            ("100000000000000000000", "#x", "0x56bc75e2d63100000"),
            ("100000000000000000000", "#_b", "0b101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000"),
            ("100000000000000000000", ".3f", "100000000000000000000.000"),
            ("100000000000000000000", "%", "10000000000000000000000.000000%"),
            ("100000000000000000000", ".3g", "1e+20"),
            ("100000000000000000000", "_.1e", "1.0e+20"),
            ("100000000000000000000", ".,d", "100000000000000000000"),
            ("-10000000000000000000000000", "#x", "-0x84595161401484a000000"),
            ("-10000000000000000000000000", "c", "!OverflowError: Python int too large to convert to C long"),
            ("-10000000000000000000000000", "<10", "-10000000000000000000000000"),
            ("-10000000000000000000000000", "010", "-10000000000000000000000000"),
            ("-10000000000000000000000000", "_x", "-8_4595_1614_0148_4a00_0000"),
            ("-10000000000000000000000000", "#_x", "-0x8_4595_1614_0148_4a00_0000"),
            ("-10000000000000000000000000", "010,", "-10,000,000,000,000,000,000,000,000"),
            ("-10000000000000000000000000", "#g", "-1.00000e+25"),
            ("-10000000000000000000000000", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            ("-10000000000000000000000000", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            ("-10000000000000000000000000", ".,d", "-10000000000000000000000000"),
            ("515377520732011331036461129765621272702107522001", ",", "515,377,520,732,011,331,036,461,129,765,621,272,702,107,522,001"),
            ("515377520732011331036461129765621272702107522001", ",d", "515,377,520,732,011,331,036,461,129,765,621,272,702,107,522,001"),
            ("515377520732011331036461129765621272702107522001", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            ("515377520732011331036461129765621272702107522001", ".,d", "515377520732011331036461129765621272702107522001"),
            ("-40536215597144386832065866109016673800875222251012083746192454448001", "G", "-4.05362E+67"),
            ("-40536215597144386832065866109016673800875222251012083746192454448001", ",x", "!ValueError: Cannot specify ',' with 'x'."),
            ("123456789012345678901234567890", "", "123456789012345678901234567890"),
            ("123456789012345678901234567890", "x", "18ee90ff6c373e0ee4e3f0ad2"),
            ("123456789012345678901234567890", "c", "!OverflowError: Python int too large to convert to C long"),
            ("123456789012345678901234567890", "+", "+123456789012345678901234567890"),
            ("123456789012345678901234567890", "020_X", "1_8EE9_0FF6_C373_E0EE_4E3F_0AD2"),
            ("123456789012345678901234567890", "*^#12o", "0o143564417755415637016711617605322"),
            ("123456789012345678901234567890", "f", "123456789012345677877719597056.000000"),
            ("123456789012345678901234567890", ".1%", "12345678901234566802609541218304.0%"),
            ("123456789012345678901234567890", ".3g", "1.23e+29"),
            ("123456789012345678901234567890", ".2", "!ValueError: Precision not allowed in integer format specifier"),
            ("123456789012345678901234567890", "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            ("123456789012345678901234567890", ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            ("123456789012345678901234567890", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            ("123456789012345678901234567890", "n#", "!ValueError: Invalid format specifier 'n#' for object of type 'int'"),
            ("9", "#o", "0o11"),
            ("9", "10", "         9"),
            ("9", " d", " 9"),
            ("9", "_d", "9"),
            ("9", "_b", "1001"),
            ("9", "#_x", "0x9"),
            ("9", "#020_x", "0x000_0000_0000_0009"),
            ("9", "x<#10X", "0X9xxxxxxx"),
            ("9", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            ("9", ",x", "!ValueError: Cannot specify ',' with 'x'."),
            ("9", ">+10,", "        +9"),
            ("9", "05c", "0000\u{9}"),
            ("9", "^5c", "  \u{9}  "),
            ("10", "x", "a"),
            ("10", "X", "A"),
            ("10", "c", "\u{a}"),
            ("10", " d", " 10"),
            ("10", "#_b", "0b1010"),
            ("10", "020_X", "0_0000_0000_0000_000A"),
            ("10", "x<#10X", "0XAxxxxxxx"),
            ("10", "f", "10.000000"),
            ("10", "=+#012_x", "+0x0000_000a"),
            ("10", ">+10,", "       +10"),
            ("10", "^5c", "  \u{a}  "),
            ("100", " ", " 100"),
            ("100", "+d", "+100"),
            ("100", ",d", "100"),
            ("100", "_b", "110_0100"),
            ("100", "G", "100"),
            ("100", "020,d", "0,000,000,000,000,100"),
            ("100", "n#", "!ValueError: Invalid format specifier 'n#' for object of type 'int'"),
            ("999", "b", "1111100111"),
            ("999", " d", " 999"),
            ("999", "_", "999"),
            ("999", "*^#12o", "***0o1747***"),
            ("999", ".3f", "999.000"),
            ("999", ">+10,", "      +999"),
            ("999", ".2,", "!ValueError: Precision not allowed in integer format specifier"),
            ("999", "05c", "0000\u{3e7}"),
            ("1000000", "d", "1000000"),
            ("1000000", "x", "f4240"),
            ("1000000", "#X", "0XF4240"),
            ("1000000", "#_b", "0b1111_0100_0010_0100_0000"),
            ("1000000", "g", "1e+06"),
            ("1000000", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            ("1000000", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            ("1000000", "020,d", "0,000,000,001,000,000"),
            ("1000000", "10.,", "   1000000"),
            ("-33828238631309899825000586933", "_x", "-6d4e_102a_c56e_3774_ed59_9eb5"),
            ("-33828238631309899825000586933", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            ("-33828238631309899825000586933", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            ("-474498460128704629233923795742", "", "-474498460128704629233923795742"),
            ("-474498460128704629233923795742", "#x", "-0x5fd2fed49a0df08f68de22b1e"),
            ("-474498460128704629233923795742", "<10", "-474498460128704629233923795742"),
            ("-474498460128704629233923795742", ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            ("-474498460128704629233923795742", ".2,", "!ValueError: Precision not allowed in integer format specifier"),
            ("168363631286741442203975543", "b", "1000101101000100011000101011110110001100111011100010100001111001010011110111111101110111"),
            ("168363631286741442203975543", ",", "168,363,631,286,741,442,203,975,543"),
            ("168363631286741442203975543", "0=10,", "168,363,631,286,741,442,203,975,543"),
            ("168363631286741442203975543", "#g", "1.68364e+26"),
            ("168363631286741442203975543", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            ("168363631286741442203975543", ".,", "168363631286741442203975543"),
            ("168363631286741442203975543", "10.,", "168363631286741442203975543"),
            ("168363631286741442203975543", "05c", "!OverflowError: Python int too large to convert to C long"),
            ("2900849519640536256408007", "b", "1001100110010001110101111000011000100100011001110010010101100110001110100111000111"),
            ("2900849519640536256408007", "o", "1146216570304431622546164707"),
            ("2900849519640536256408007", "c", "!OverflowError: Python int too large to convert to C long"),
            ("2900849519640536256408007", "*^#12o", "0o1146216570304431622546164707"),
            ("2900849519640536256408007", "+#x", "+0x266475e18919c9598e9c7"),
            ("2900849519640536256408007", "e", "2.900850e+24"),
            ("2900849519640536256408007", "g", "2.90085e+24"),
            ("2900849519640536256408007", "G", "2.90085E+24"),
            ("2900849519640536256408007", "#g", "2.90085e+24"),
            ("2900849519640536256408007", ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            ("2900849519640536256408007", "-#010b", "0b1001100110010001110101111000011000100100011001110010010101100110001110100111000111"),
            ("2900849519640536256408007", "020,d", "2,900,849,519,640,536,256,408,007"),
            ("2900849519640536256408007", ".,d", "2900849519640536256408007"),
            ("2900849519640536256408007", ".2,", "!ValueError: Precision not allowed in integer format specifier"),
            ("-367165067278615780880778872", "10", "-367165067278615780880778872"),
            ("-367165067278615780880778872", "+", "-367165067278615780880778872"),
            ("-367165067278615780880778872", "-", "-367165067278615780880778872"),
            ("-367165067278615780880778872", "#_o", "-0o22_7666_1642_7042_3434_5263_4070_3170"),
            ("-367165067278615780880778872", "*^#12o", "-0o227666164270423434526340703170"),
            ("-367165067278615780880778872", "e", "-3.671651e+26"),
            ("-367165067278615780880778872", "G", "-3.67165E+26"),
            ("-367165067278615780880778872", "#g", "-3.67165e+26"),
            ("-367165067278615780880778872", ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            ("-367165067278615780880778872", "_c", "!ValueError: Cannot specify '_' with 'c'."),
            ("-43424484399626291899", "<10", "-43424484399626291899"),
            ("-43424484399626291899", ",d", "-43,424,484,399,626,291,899"),
            ("-43424484399626291899", "_", "-43_424_484_399_626_291_899"),
            ("-43424484399626291899", "_b", "-10_0101_1010_1010_0010_1100_0010_0111_1101_0001_1010_0011_0111_1000_1010_1011_1011"),
            ("-43424484399626291899", "*^#12o", "-0o4552426047643215705273"),
            ("-43424484399626291899", "g", "-4.34245e+19"),
            ("-43424484399626291899", ",x", "!ValueError: Cannot specify ',' with 'x'."),
            ("-43424484399626291899", "-#010b", "-0b100101101010100010110000100111110100011010001101111000101010111011"),
            ("-43424484399626291899", ">+10,", "-43,424,484,399,626,291,899"),
            ("-43424484399626291899", "0>10,", "-43,424,484,399,626,291,899"),
            ("-43424484399626291899", ".,f", "-43424484399626289152.000,000"),
            ("452741762269675210", "=10", "452741762269675210"),
            ("452741762269675210", "#020_x", "0x648_763b_eb11_7eca"),
            ("452741762269675210", "e", "4.527418e+17"),
            ("452741762269675210", ".2e", "4.53e+17"),
            ("452741762269675210", "=+#012_x", "+0x648_763b_eb11_7eca"),
            ("452741762269675210", "020,d", "452,741,762,269,675,210"),
            ("452741762269675210", ",.2f", "452,741,762,269,675,200.00"),
            ("-12561343399310635746903164500", "", "-12561343399310635746903164500"),
            ("-12561343399310635746903164500", "#x", "-0x28967fee24b94748c2ef8654"),
            ("-12561343399310635746903164500", "10", "-12561343399310635746903164500"),
            ("-12561343399310635746903164500", "=10", "-12561343399310635746903164500"),
            ("-12561343399310635746903164500", "010", "-12561343399310635746903164500"),
            ("-12561343399310635746903164500", "-", "-12561343399310635746903164500"),
            ("-12561343399310635746903164500", ",", "-12,561,343,399,310,635,746,903,164,500"),
            ("-12561343399310635746903164500", "_", "-12_561_343_399_310_635_746_903_164_500"),
            ("-12561343399310635746903164500", "_x", "-2896_7fee_24b9_4748_c2ef_8654"),
            ("-12561343399310635746903164500", "#_o", "-0o1211_3177_7342_2271_2164_4302_7370_3124"),
            ("-12561343399310635746903164500", "020_X", "-2896_7FEE_24B9_4748_C2EF_8654"),
            ("-12561343399310635746903164500", "e", "-1.256134e+28"),
            ("-12561343399310635746903164500", "%", "-1256134339931063618206294867968.000000%"),
            ("-12561343399310635746903164500", "F", "-12561343399310636533906669568.000000"),
            ("-12561343399310635746903164500", ",x", "!ValueError: Cannot specify ',' with 'x'."),
            ("58739507856140968739856974", "#o", "0o30226446147664130056424361116"),
            ("58739507856140968739856974", "#X", "0X30969319F685817451E24E"),
            ("58739507856140968739856974", "<10", "58739507856140968739856974"),
            ("58739507856140968739856974", "+d", "+58739507856140968739856974"),
            ("58739507856140968739856974", ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            ("58739507856140968739856974", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            ("58739507856140968739856974", "0>10,", "58,739,507,856,140,968,739,856,974"),
            ("58739507856140968739856974", "_.1e", "5.9e+25"),
            ("58739507856140968739856974", ".,d", "58739507856140968739856974"),
            ("58739507856140968739856974", "^5c", "!OverflowError: Python int too large to convert to C long"),
            ("-7727874267770076915366", "", "-7727874267770076915366"),
            ("-7727874267770076915366", "d", "-7727874267770076915366"),
            ("-7727874267770076915366", "n", "-7727874267770076915366"),
            ("-7727874267770076915366", "#b", "-0b1101000101110110111001100100111101000000100010101010111011110011010100110"),
            ("-7727874267770076915366", "#X", "-0X1A2EDCC9E81155DE6A6"),
            ("-7727874267770076915366", "c", "!OverflowError: Python int too large to convert to C long"),
            ("-7727874267770076915366", "<10", "-7727874267770076915366"),
            ("-7727874267770076915366", "#_x", "-0x1a2_edcc_9e81_155d_e6a6"),
            ("-7727874267770076915366", "+#x", "-0x1a2edcc9e81155de6a6"),
            ("-7727874267770076915366", "e", "-7.727874e+21"),
            ("-7727874267770076915366", ".2", "!ValueError: Precision not allowed in integer format specifier"),
            ("-7727874267770076915366", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            ("-7727874267770076915366", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            ("-7727874267770076915366", "z.2f", "-7727874267770077052928.00"),
            ("-7727874267770076915366", ".,d", "-7727874267770076915366"),
            ("-7727874267770076915366", "^5c", "!OverflowError: Python int too large to convert to C long"),
            ("444912156762", "#x", "0x6796d4c05a"),
            ("444912156762", "<10", "444912156762"),
            ("444912156762", ",d", "444,912,156,762"),
            ("444912156762", "e", "4.449122e+11"),
            ("444912156762", "E", "4.449122E+11"),
            ("444912156762", "F", "444912156762.000000"),
            ("444912156762", "^5c", "!OverflowError: %c arg not in range(0x110000)"),
            ("686973321452222801116", "<10", "686973321452222801116"),
            ("686973321452222801116", "-", "686973321452222801116"),
            ("686973321452222801116", " d", " 686973321452222801116"),
            ("686973321452222801116", "#_x", "0x25_3dab_841e_c1f9_e4dc"),
            ("686973321452222801116", "#_b", "0b10_0101_0011_1101_1010_1011_1000_0100_0001_1110_1100_0001_1111_1001_1110_0100_1101_1100"),
            ("686973321452222801116", "020_X", "25_3DAB_841E_C1F9_E4DC"),
            ("686973321452222801116", "0=10,", "686,973,321,452,222,801,116"),
            ("686973321452222801116", "g", "6.86973e+20"),
            ("686973321452222801116", ".3g", "6.87e+20"),
            ("686973321452222801116", "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            ("686973321452222801116", ",x", "!ValueError: Cannot specify ',' with 'x'."),
            ("686973321452222801116", ">+10,", "+686,973,321,452,222,801,116"),
            ("686973321452222801116", ".,f", "686973321452222808064.000,000"),
            ("686973321452222801116", "10.,", "686973321452222801116"),
            ("686973321452222801116", ".2,", "!ValueError: Precision not allowed in integer format specifier"),
            ("6154988361869488195749", "o", "1233246372611404622504245"),
            ("6154988361869488195749", "#b", "0b1010011011010100110011111010110001001100000100110010010101000100010100101"),
            ("6154988361869488195749", "#_x", "0x14d_a99f_5898_264a_88a5"),
            ("6154988361869488195749", "F", "6154988361869488553984.000000"),
            ("6154988361869488195749", "_c", "!ValueError: Cannot specify '_' with 'c'."),
            ("6154988361869488195749", "=+#012_x", "+0x14d_a99f_5898_264a_88a5"),
            ("6154988361869488195749", "z.2f", "6154988361869488553984.00"),
            ("49711474761349278886936735203", "#o", "0o50120136175276073465455273066743"),
            ("49711474761349278886936735203", "^10", "49711474761349278886936735203"),
            ("49711474761349278886936735203", "020_X", "A0A0_5E3E_AF87_7359_6AEC_6DE3"),
            ("49711474761349278886936735203", "*^#12o", "0o50120136175276073465455273066743"),
            ("49711474761349278886936735203", "G", "4.97115E+28"),
            ("49711474761349278886936735203", ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            ("49711474761349278886936735203", ",x", "!ValueError: Cannot specify ',' with 'x'."),
            ("49711474761349278886936735203", ">+10,", "+49,711,474,761,349,278,886,936,735,203"),
            ("49711474761349278886936735203", "0>10,", "49,711,474,761,349,278,886,936,735,203"),
            ("49711474761349278886936735203", "10.,", "49711474761349278886936735203"),
            ("49711474761349278886936735203", ".2,", "!ValueError: Precision not allowed in integer format specifier"),
            ("1157515324486757807", "#X", "0X1010520E0A1AADAF"),
            ("1157515324486757807", "c", "!OverflowError: %c arg not in range(0x110000)"),
            ("1157515324486757807", "=10", "1157515324486757807"),
            ("1157515324486757807", "_b", "1_0000_0001_0000_0101_0010_0000_1110_0000_1010_0001_1010_1010_1101_1010_1111"),
            ("1157515324486757807", "010,", "1,157,515,324,486,757,807"),
            ("1157515324486757807", "%", "115751532448675790848.000000%"),
            ("1157515324486757807", "F", "1157515324486757888.000000"),
            ("1157515324486757807", "_c", "!ValueError: Cannot specify '_' with 'c'."),
            ("1157515324486757807", "10.,", "1157515324486757807"),
            ("-7435850088472993972236", "b", "-1100100110001100100100110010100101010010011011001110000011100000000001100"),
            ("-7435850088472993972236", "x", "-193192652a4d9c1c00c"),
            ("-7435850088472993972236", "c", "!OverflowError: Python int too large to convert to C long"),
            ("-7435850088472993972236", "+", "-7435850088472993972236"),
            ("-7435850088472993972236", ".2e", "-7.44e+21"),
            ("-7435850088472993972236", "F", "-7435850088472993857536.000000"),
            ("-7435850088472993972236", "_.1e", "-7.4e+21"),
            ("-7435850088472993972236", "05c", "!OverflowError: Python int too large to convert to C long"),
            ("-7161515498407637906268283", "x", "-5ec82887822754a8aa07b"),
            ("-7161515498407637906268283", "#b", "-0b10111101100100000101000100001111000001000100111010101001010100010101010000001111011"),
            ("-7161515498407637906268283", "#x", "-0x5ec82887822754a8aa07b"),
            ("-7161515498407637906268283", " d", "-7161515498407637906268283"),
            ("-7161515498407637906268283", "_", "-7_161_515_498_407_637_906_268_283"),
            ("-7161515498407637906268283", "_x", "-5_ec82_8878_2275_4a8a_a07b"),
            ("-7161515498407637906268283", "010,", "-7,161,515,498,407,637,906,268,283"),
            ("-7161515498407637906268283", "G", "-7.16152E+24"),
            ("-7161515498407637906268283", "#g", "-7.16152e+24"),
            ("-7161515498407637906268283", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            ("-7161515498407637906268283", ".,d", "-7161515498407637906268283"),
            ("-98635911182076935951212", "o", "-24706100767012234361051554"),
            ("-98635911182076935951212", "^10", "-98635911182076935951212"),
            ("-98635911182076935951212", "=10", "-98635911182076935951212"),
            ("-98635911182076935951212", "#020_x", "-0x14e3_103e_e0a4_e3c4_536c"),
            ("-98635911182076935951212", "+#x", "-0x14e3103ee0a4e3c4536c"),
            ("-98635911182076935951212", "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            ("-98635911182076935951212", ",.2f", "-98,635,911,182,076,939,862,016.00"),
            ("-98635911182076935951212", "z.2f", "-98635911182076939862016.00"),
            ("-98635911182076935951212", "n#", "!ValueError: Invalid format specifier 'n#' for object of type 'int'"),
            ("535754", "x", "82cca"),
            ("535754", "#b", "0b10000010110011001010"),
            ("535754", "#o", "0o2026312"),
            ("535754", "#x", "0x82cca"),
            ("535754", "10", "    535754"),
            ("535754", "-", "535754"),
            ("535754", " ", " 535754"),
            ("535754", "_d", "535_754"),
            ("535754", "_x", "8_2cca"),
            ("535754", "#_o", "0o202_6312"),
            ("535754", "f", "535754.000000"),
            ("535754", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            ("535754", "0>10,", "000535,754"),
            ("-8182657674927769917", "<10", "-8182657674927769917"),
            ("-8182657674927769917", "_", "-8_182_657_674_927_769_917"),
            ("-8182657674927769917", ".3f", "-8182657674927769600.000"),
            ("-8182657674927769917", ",.2f", "-8,182,657,674,927,769,600.00"),
            ("-8182657674927769917", "^5c", "!OverflowError: %c arg not in range(0x110000)"),
            ("-40536215597144386832065866109016673800875222251012083746192454448001", "_d", "-40_536_215_597_144_386_832_065_866_109_016_673_800_875_222_251_012_083_746_192_454_448_001"),
            ("123456789012345678901234567890", "b", "1100011101110100100001111111101101100001101110011111000001110111001001110001111110000101011010010"),
            ("-40536215597144386832065866109016673800875222251012083746192454448001", "^5c", "!OverflowError: Python int too large to convert to C long"),
            ("-367165067278615780880778872", "#b", "-0b10010111110110110001110100010111000100010011100011100101010110011100000111000011001111000"),
        ];
        let mut fails = vec![];
        for &(v, spec, want) in cases {
            let got = show(format_int_spec(&pi(v), spec));
            if got != want {
                fails.push(format!(
                    "format({}, {:?}) = {:?}, want {:?}",
                    v, spec, got, want
                ));
            }
        }
        report(fails, cases.len());
    }

    #[test]
    fn format_str_vectors() {
        #[rustfmt::skip]
        let cases: &[(&str, &str, &str)] = &[
            ("", "", ""),
            ("", "<10", "          "),
            ("", ">10", "          "),
            ("", "^10", "          "),
            ("", "*^11", "***********"),
            ("", ".,", ""),
            ("", "+", "!ValueError: Sign not allowed in string format specifier"),
            ("", "-", "!ValueError: Sign not allowed in string format specifier"),
            ("", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
            ("", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"),
            ("", "010", "0000000000"),
            ("", "05", "00000"),
            ("", "x>5", "xxxxx"),
            ("", "_", "!ValueError: Cannot specify '_' with 's'."),
            ("", ".2s", ""),
            ("", "^3.1s", "   "),
            ("", ".,s", ""),
            ("", "5s", "     "),
            ("", " ^5", "     "),
            ("a", "", "a"),
            ("a", "s", "a"),
            ("a", "10", "a         "),
            ("a", ">10", "         a"),
            ("a", "*^11", "*****a*****"),
            ("a", ".2", "a"),
            ("a", "10.2", "a         "),
            ("a", ".,", "a"),
            ("a", "=10", "!ValueError: '=' alignment not allowed in string format specifier"),
            ("a", "+", "!ValueError: Sign not allowed in string format specifier"),
            ("a", "-", "!ValueError: Sign not allowed in string format specifier"),
            ("a", "010", "a000000000"),
            ("a", "05", "a0000"),
            ("a", "x>5", "xxxxa"),
            ("a", ",", "!ValueError: Cannot specify ',' with 's'."),
            ("a", "_", "!ValueError: Cannot specify '_' with 's'."),
            ("a", "^3.1s", " a "),
            ("a", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'str'"),
            ("a", "5s", "a    "),
            ("abc", "", "abc"),
            ("abc", "10", "abc       "),
            ("abc", "<10", "abc       "),
            ("abc", "^10", "   abc    "),
            ("abc", ".2", "ab"),
            ("abc", "10.2", "ab        "),
            ("abc", ".0", ""),
            ("abc", ".,", "abc"),
            ("abc", " ", "!ValueError: Space not allowed in string format specifier"),
            ("abc", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"),
            ("abc", "05", "abc00"),
            ("abc", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
            ("abc", ".2s", "ab"),
            ("abc", "\u{e9}<6", "abc\u{e9}\u{e9}\u{e9}"),
            ("abc", ".,s", "abc"),
            ("abc", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'str'"),
            ("abc", "5s", "abc  "),
            ("h\u{e9}llo", ">10", "     h\u{e9}llo"),
            ("h\u{e9}llo", "^10", "  h\u{e9}llo   "),
            ("h\u{e9}llo", "*^11", "***h\u{e9}llo***"),
            ("h\u{e9}llo", "10.2", "h\u{e9}        "),
            ("h\u{e9}llo", ".,", "h\u{e9}llo"),
            ("h\u{e9}llo", "=10", "!ValueError: '=' alignment not allowed in string format specifier"),
            ("h\u{e9}llo", " ", "!ValueError: Space not allowed in string format specifier"),
            ("h\u{e9}llo", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
            ("h\u{e9}llo", "010", "h\u{e9}llo00000"),
            ("h\u{e9}llo", "x>5", "h\u{e9}llo"),
            ("h\u{e9}llo", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
            ("h\u{e9}llo", ",", "!ValueError: Cannot specify ',' with 's'."),
            ("h\u{e9}llo", ".,s", "h\u{e9}llo"),
            ("h\u{e9}llo", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'str'"),
            ("h\u{e9}llo", "5s", "h\u{e9}llo"),
            ("h\u{e9}llo", " ^5", "h\u{e9}llo"),
            ("\u{65e5}\u{672c}\u{8a9e}", "", "\u{65e5}\u{672c}\u{8a9e}"),
            ("\u{65e5}\u{672c}\u{8a9e}", "s", "\u{65e5}\u{672c}\u{8a9e}"),
            ("\u{65e5}\u{672c}\u{8a9e}", "10", "\u{65e5}\u{672c}\u{8a9e}       "),
            ("\u{65e5}\u{672c}\u{8a9e}", "<10", "\u{65e5}\u{672c}\u{8a9e}       "),
            ("\u{65e5}\u{672c}\u{8a9e}", ".2", "\u{65e5}\u{672c}"),
            ("\u{65e5}\u{672c}\u{8a9e}", "10.2", "\u{65e5}\u{672c}        "),
            ("\u{65e5}\u{672c}\u{8a9e}", ".0", ""),
            ("\u{65e5}\u{672c}\u{8a9e}", ".,", "\u{65e5}\u{672c}\u{8a9e}"),
            ("\u{65e5}\u{672c}\u{8a9e}", "=10", "!ValueError: '=' alignment not allowed in string format specifier"),
            ("\u{65e5}\u{672c}\u{8a9e}", "-", "!ValueError: Sign not allowed in string format specifier"),
            ("\u{65e5}\u{672c}\u{8a9e}", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
            ("\u{65e5}\u{672c}\u{8a9e}", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"),
            ("\u{65e5}\u{672c}\u{8a9e}", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
            ("\u{65e5}\u{672c}\u{8a9e}", ",", "!ValueError: Cannot specify ',' with 's'."),
            ("\u{65e5}\u{672c}\u{8a9e}", "_", "!ValueError: Cannot specify '_' with 's'."),
            ("\u{65e5}\u{672c}\u{8a9e}", ".2s", "\u{65e5}\u{672c}"),
            ("\u{65e5}\u{672c}\u{8a9e}", "^3.1s", " \u{65e5} "),
            ("\u{65e5}\u{672c}\u{8a9e}", ".,s", "\u{65e5}\u{672c}\u{8a9e}"),
            ("\u{65e5}\u{672c}\u{8a9e}", "5s", "\u{65e5}\u{672c}\u{8a9e}  "),
            ("\u{65e5}\u{672c}\u{8a9e}", " ^5", " \u{65e5}\u{672c}\u{8a9e} "),
            ("xxxxxxxxxxxx", "", "xxxxxxxxxxxx"),
            ("xxxxxxxxxxxx", "s", "xxxxxxxxxxxx"),
            ("xxxxxxxxxxxx", "10", "xxxxxxxxxxxx"),
            ("xxxxxxxxxxxx", "<10", "xxxxxxxxxxxx"),
            ("xxxxxxxxxxxx", ">10", "xxxxxxxxxxxx"),
            ("xxxxxxxxxxxx", ".2", "xx"),
            ("xxxxxxxxxxxx", "10.2", "xx        "),
            ("xxxxxxxxxxxx", ".0", ""),
            ("xxxxxxxxxxxx", ".,", "xxxxxxxxxxxx"),
            ("xxxxxxxxxxxx", "=10", "!ValueError: '=' alignment not allowed in string format specifier"),
            ("xxxxxxxxxxxx", " ", "!ValueError: Space not allowed in string format specifier"),
            ("xxxxxxxxxxxx", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
            ("xxxxxxxxxxxx", "x>5", "xxxxxxxxxxxx"),
            ("xxxxxxxxxxxx", "_", "!ValueError: Cannot specify '_' with 's'."),
            ("xxxxxxxxxxxx", ".2s", "xx"),
            ("xxxxxxxxxxxx", ".,s", "xxxxxxxxxxxx"),
            ("xxxxxxxxxxxx", "5s", "xxxxxxxxxxxx"),
            ("xxxxxxxxxxxx", " ^5", "xxxxxxxxxxxx"),
            ("ab\u{9}c", "", "ab\u{9}c"),
            ("ab\u{9}c", "10", "ab\u{9}c      "),
            ("ab\u{9}c", "<10", "ab\u{9}c      "),
            ("ab\u{9}c", ">10", "      ab\u{9}c"),
            ("ab\u{9}c", "^10", "   ab\u{9}c   "),
            ("ab\u{9}c", "*^11", "***ab\u{9}c****"),
            ("ab\u{9}c", ".2", "ab"),
            ("ab\u{9}c", "10.2", "ab        "),
            ("ab\u{9}c", ".,", "ab\u{9}c"),
            ("ab\u{9}c", "=10", "!ValueError: '=' alignment not allowed in string format specifier"),
            ("ab\u{9}c", "+", "!ValueError: Sign not allowed in string format specifier"),
            ("ab\u{9}c", "-", "!ValueError: Sign not allowed in string format specifier"),
            ("ab\u{9}c", " ", "!ValueError: Space not allowed in string format specifier"),
            ("ab\u{9}c", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
            ("ab\u{9}c", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"),
            ("ab\u{9}c", "010", "ab\u{9}c000000"),
            ("ab\u{9}c", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
            ("ab\u{9}c", ",", "!ValueError: Cannot specify ',' with 's'."),
            ("ab\u{9}c", "_", "!ValueError: Cannot specify '_' with 's'."),
            ("ab\u{9}c", ".2s", "ab"),
            ("ab\u{9}c", " ^5", "ab\u{9}c "),
        ];
        let mut fails = vec![];
        for &(v, spec, want) in cases {
            let got = show(format_str_spec(v, spec));
            if got != want {
                fails.push(format!(
                    "format({:?}, {:?}) = {:?}, want {:?}",
                    v, spec, got, want
                ));
            }
        }
        report(fails, cases.len());
    }

    #[test]
    fn percent_float_vectors() {
        #[rustfmt::skip]
        let cases: &[(&str, &str, &str)] = &[
            ("0.0", "%+f", "+0.000000"),
            ("0.0", "%+.3e", "+0.000e+00"),
            ("0.0", "%.17g", "0"),
            ("0.0", "%-+08.1f|", "+0.0    |"),
            ("-0.0", "%g", "-0"),
            ("-0.0", "%.0f", "-0"),
            ("-0.0", "%#.0f", "-0."),
            ("-0.0", "%#.0e", "-0.e+00"),
            ("-0.0", "%.10g", "-0"),
            ("1.0", "%.0f", "1"),
            ("1.0", "%+.3e", "+1.000e+00"),
            ("-1.0", "%-10.2f|", "-1.00     |"),
            ("-1.0", "%.0g", "-1"),
            ("0.5", "%f", "0.500000"),
            ("0.5", "%e", "5.000000e-01"),
            ("0.5", "%+.3e", "+5.000e-01"),
            ("0.5", "%.10g", "0.5"),
            ("0.5", "%08e", "5.000000e-01"),
            ("1.5", "%.0g", "2"),
            ("2.5", "%010.2f", "0000002.50"),
            ("-2.5", "%G", "-2.5"),
            ("-2.5", "%.0f", "-2"),
            ("-2.5", "%+.3e", "-2.500e+00"),
            ("-2.5", "%.0g", "-2"),
            ("0.125", "%+.3e", "+1.250e-01"),
            ("0.125", "%.17g", "0.125"),
            ("0.125", "%.0g", "0.1"),
            ("0.375", "%5.1f", "  0.4"),
            ("1e+16", "%e", "1.000000e+16"),
            ("1e+16", "%E", "1.000000E+16"),
            ("1e+16", "%G", "1E+16"),
            ("1e+16", "%F", "10000000000000000.000000"),
            ("1e+16", "%+.3e", "+1.000e+16"),
            ("1e+16", "%.10g", "1e+16"),
            ("1e+16", "% 010.3f", " 10000000000000000.000"),
            ("9999999999999998.0", "%G", "1E+16"),
            ("9999999999999998.0", "%010.2f", "9999999999999998.00"),
            ("1e+17", "%f", "100000000000000000.000000"),
            ("1e+17", "%-10.2f|", "100000000000000000.00|"),
            ("1e+17", "%010.2f", "100000000000000000.00"),
            ("1e+17", "%+f", "+100000000000000000.000000"),
            ("1e+17", "%#.0g", "1.e+17"),
            ("1e+17", "%5.1f", "100000000000000000.0"),
            ("1e+17", "% 010.3f", " 100000000000000000.000"),
            ("0.0001", "%E", "1.000000E-04"),
            ("0.0001", "%F", "0.000100"),
            ("0.0001", "%#.0f", "0."),
            ("0.0001", "%#g", "0.000100000"),
            ("0.0001", "%.10g", "0.0001"),
            ("1e-05", "%G", "1E-05"),
            ("1e-05", "%.30f", "0.000010000000000000000818030539"),
            ("1e-05", "%-+08.1f|", "+0.0    |"),
            ("1e-05", "%E", "1.000000E-05"),
            ("1e-05", "%#.0f", "0."),
            ("1e-05", "%+.3e", "+1.000e-05"),
            ("1e-05", "%.10g", "1e-05"),
            ("1e-05", "%.0g", "1e-05"),
            ("2.5e-05", "%f", "0.000025"),
            ("2.5e-05", "%#g", "2.50000e-05"),
            ("2.5e-05", "%.0g", "3e-05"),
            ("123456789012345.0", "%.0e", "1e+14"),
            ("123456789012345.0", "%010.2f", "123456789012345.00"),
            ("123456789012345.0", "% f", " 123456789012345.000000"),
            ("1234567890123456.0", "%.0f", "1234567890123456"),
            ("1234567890123456.0", "%-+08.1f|", "+1234567890123456.0|"),
            ("1.2345678901234568e+16", "%10.2f", "12345678901234568.00"),
            ("1.2345678901234568e+16", "%08e", "1.234568e+16"),
            ("1.2345678901234568e+16", "%5.1f", "12345678901234568.0"),
            ("1.7976931348623157e+308", "%E", "1.797693E+308"),
            ("5e-324", "%f", "0.000000"),
            ("5e-324", "%E", "4.940656E-324"),
            ("5e-324", "%#.0e", "5.e-324"),
            ("2.2250738585072014e-308", "%-+08.1f|", "+0.0    |"),
            ("2.2250738585072014e-308", "%#.0g", "2.e-308"),
            ("2.2250738585072014e-308", "% 010.3f", " 00000.000"),
            ("1e+22", "%g", "1e+22"),
            ("1e+22", "%F", "10000000000000000000000.000000"),
            ("1e+22", "%.3g", "1e+22"),
            ("1e+22", "%+.3e", "+1.000e+22"),
            ("1e+22", "%#.0g", "1.e+22"),
            ("1e+23", "%.0e", "1e+23"),
            ("1e+23", "%#.0f", "99999999999999991611392."),
            ("0.1", "%E", "1.000000E-01"),
            ("0.1", "%-10.2f|", "0.10      |"),
            ("0.1", "%+.3e", "+1.000e-01"),
            ("0.2", "%E", "2.000000E-01"),
            ("0.2", "%#g", "0.200000"),
            ("0.2", "% f", " 0.200000"),
            ("0.2", "%+.3e", "+2.000e-01"),
            ("0.2", "%.30f", "0.200000000000000011102230246252"),
            ("0.2", "% 010.3f", " 00000.200"),
            ("0.30000000000000004", "%G", "0.3"),
            ("0.30000000000000004", "%#g", "0.300000"),
            ("0.30000000000000004", "%.17g", "0.30000000000000004"),
            ("0.3333333333333333", "%E", "3.333333E-01"),
            ("0.3333333333333333", "%#g", "0.333333"),
            ("9.995", "%f", "9.995000"),
            ("9.995", "% f", " 9.995000"),
            ("9.995", "%+.3e", "+9.995e+00"),
            ("9.995", "%.10g", "9.995"),
            ("9.995", "%5.1f", " 10.0"),
            ("9.9999", "%f", "9.999900"),
            ("99.5", "%.3g", "99.5"),
            ("99.5", "%+f", "+99.500000"),
            ("0.05", "%+.3e", "+5.000e-02"),
            ("0.05", "%.17g", "0.050000000000000003"),
            ("0.05", "%#.0g", "0.05"),
            ("1e+300", "%#.0e", "1.e+300"),
            ("1.5e+300", "%g", "1.5e+300"),
            ("1.5e+300", "%.3g", "1.5e+300"),
            ("-1e-300", "%g", "-1e-300"),
            ("123.456", "%+f", "+123.456000"),
            ("1234567.891", "%E", "1.234568E+06"),
            ("inf", "%e", "inf"),
            ("inf", "%010.2f", "0000000inf"),
            ("inf", "%+f", "+inf"),
            ("inf", "%5.1f", "  inf"),
            ("-inf", "%e", "-inf"),
            ("-inf", "%010.2f", "-000000inf"),
            ("nan", "%.0e", "nan"),
            ("nan", "%010.2f", "0000000nan"),
            ("nan", "%+f", "+nan"),
            ("nan", "%.10g", "nan"),
            ("nan", "%5.1f", "  nan"),
            ("100.0", "%f", "100.000000"),
            ("100.0", "%E", "1.000000E+02"),
            ("100.0", "%#.0e", "1.e+02"),
            ("100.0", "%.17g", "100"),
            ("1e-07", "%g", "1e-07"),
            ("1e-07", "%10.2f", "      0.00"),
            ("1e-07", "%.30f", "0.000000099999999999999995474811"),
            ("1e-07", "%5.1f", "  0.0"),
            ("999999.5", "%f", "999999.500000"),
            ("999999.5", "%G", "1E+06"),
            ("999999.5", "%010.2f", "0999999.50"),
            ("9.5", "%#.0e", "1.e+01"),
            ("9.5", "%.3g", "9.5"),
            ("9.5", "%.30f", "9.500000000000000000000000000000"),
            ("0.95", "%E", "9.500000E-01"),
            ("0.95", "%08e", "9.500000e-01"),
            ("3.14159", "%f", "3.141590"),
            ("3.14159", "%010.2f", "0000003.14"),
            ("-3.14159", "%F", "-3.141590"),
            ("1e-310", "%5.1f", "  0.0"),
            ("6.02214076e+23", "%.0e", "6e+23"),
            ("6.02214076e+23", "%#.0g", "6.e+23"),
            ("88919.25", "% f", " 88919.250000"),
            ("88919.25", "%+.3e", "+8.892e+04"),
            ("88919.25", "%-+08.1f|", "+88919.2|"),
            ("88919.25", "% 010.3f", " 88919.250"),
            ("9.315733970636448e-305", "%.0g", "9e-305"),
            ("1.3019475633892608e-09", "%G", "1.30195E-09"),
            ("1.3019475633892608e-09", "%+.3e", "+1.302e-09"),
            ("1.3019475633892608e-09", "%.0g", "1e-09"),
            ("-7.905770252896224e+90", "%e", "-7.905770e+90"),
            ("-7.905770252896224e+90", "%G", "-7.90577E+90"),
            ("48886888211398.305", "%10.2f", "48886888211398.30"),
            ("728.3", "%g", "728.3"),
            ("-3.019415915764736e-07", "%G", "-3.01942E-07"),
            ("-3.019415915764736e-07", "%-+08.1f|", "-0.0    |"),
            ("-7.488323028482747e-16", "%G", "-7.48832E-16"),
            ("8.325675095235367e-09", "%E", "8.325675E-09"),
            ("8.325675095235367e-09", "%10.2f", "      0.00"),
            ("8.325675095235367e-09", "%+f", "+0.000000"),
            ("8.325675095235367e-09", "%5.1f", "  0.0"),
            ("1.405780577858866e-72", "%E", "1.405781E-72"),
            ("1.405780577858866e-72", "% f", " 0.000000"),
            ("7581.4329955148005", "%E", "7.581433E+03"),
            ("7581.4329955148005", "%-10.2f|", "7581.43   |"),
            ("7581.4329955148005", "%+.3e", "+7.581e+03"),
            ("7581.4329955148005", "%08e", "7.581433e+03"),
            ("-99.5", "%F", "-99.500000"),
            ("-99.5", "%.3g", "-99.5"),
            ("-99.5", "%10.2f", "    -99.50"),
            ("-99.5", "%-10.2f|", "-99.50    |"),
            ("-53252.75", "%g", "-53252.8"),
            ("-53252.75", "%-10.2f|", "-53252.75 |"),
            ("-53252.75", "%.30f", "-53252.750000000000000000000000000000"),
            ("2.9837233105324936e-239", "%010.2f", "0000000.00"),
            ("59090.5", "%#.0e", "6.e+04"),
            ("59090.5", "%10.2f", "  59090.50"),
            ("59090.5", "%08e", "5.909050e+04"),
            ("-1.1553170364080621e+238", "%.17g", "-1.1553170364080621e+238"),
            ("3.1361518095605787e+66", "%.0f", "3136151809560578737783001396845688243075332653763780605717795307520"),
            ("3.1361518095605787e+66", "%#.0f", "3136151809560578737783001396845688243075332653763780605717795307520."),
            ("3.1361518095605787e+66", "%-10.2f|", "3136151809560578737783001396845688243075332653763780605717795307520.00|"),
            ("3.1361518095605787e+66", "%08e", "3.136152e+66"),
            ("3.1361518095605787e+66", "%5.1f", "3136151809560578737783001396845688243075332653763780605717795307520.0"),
            ("4.003659696491113e+25", "%#g", "4.00366e+25"),
            ("4.003659696491113e+25", "%-10.2f|", "40036596964911131563917312.00|"),
            ("-8.31502933008295e+28", "%#.0e", "-8.e+28"),
            ("-8.31502933008295e+28", "%+.3e", "-8.315e+28"),
            ("27874.625", "%g", "27874.6"),
            ("27874.625", "%F", "27874.625000"),
            ("27874.625", "%.0e", "3e+04"),
            ("27874.625", "%#.0f", "27875."),
            ("27874.625", "%08e", "2.787462e+04"),
            ("-1.1010179905029037e-188", "%e", "-1.101018e-188"),
            ("-1.1010179905029037e-188", "%G", "-1.10102E-188"),
            ("-5.452089998312697e-18", "% f", "-0.000000"),
            ("-5.452089998312697e-18", "%5.1f", " -0.0"),
            ("-487.81", "%G", "-487.81"),
            ("7240.875", "%g", "7240.88"),
            ("7240.875", "%.0f", "7241"),
            ("7240.875", "%-+08.1f|", "+7240.9 |"),
            ("-599.65", "%08e", "-5.996500e+02"),
            ("-599.65", "%5.1f", "-599.6"),
            ("3.154764492639458e-112", "%.0e", "3e-112"),
            ("3.154764492639458e-112", "%#.0f", "0."),
            ("3.154764492639458e-112", "% 010.3f", " 00000.000"),
            ("515942.79141131014", "%f", "515942.791411"),
            ("515942.79141131014", "%#g", "515943."),
            ("-3.3929002362679684e-20", "%e", "-3.392900e-20"),
            ("-3.3929002362679684e-20", "%10.2f", "     -0.00"),
            ("-3.3929002362679684e-20", "%-10.2f|", "-0.00     |"),
            ("-3.3929002362679684e-20", "%.0g", "-3e-20"),
            ("-7.756880286119132e-220", "%G", "-7.75688E-220"),
            ("-7.756880286119132e-220", "%.0e", "-8e-220"),
            ("-7.756880286119132e-220", "%#.0f", "-0."),
            ("-7.756880286119132e-220", "%+f", "-0.000000"),
            ("-7.756880286119132e-220", "%.0g", "-8e-220"),
            ("19933.125", "%f", "19933.125000"),
            ("19933.125", "%E", "1.993312E+04"),
            ("19933.125", "%10.2f", "  19933.12"),
            ("19933.125", "%.10g", "19933.125"),
            ("19933.125", "%.0g", "2e+04"),
            ("84816.125", "%-10.2f|", "84816.12  |"),
            ("84816.125", "% f", " 84816.125000"),
            ("84816.125", "%.17g", "84816.125"),
            ("84816.125", "%5.1f", "84816.1"),
            ("53100.875", "%e", "5.310088e+04"),
            ("53100.875", "%E", "5.310088E+04"),
            ("53100.875", "%010.2f", "0053100.88"),
            ("53100.875", "%#.0g", "5.e+04"),
            ("-0.005286728808169177", "%g", "-0.00528673"),
            ("-0.005286728808169177", "%G", "-0.00528673"),
            ("-0.005286728808169177", "%#g", "-0.00528673"),
            ("-0.005286728808169177", "%010.2f", "-000000.01"),
            ("-0.005286728808169177", "%.0g", "-0.005"),
            ("-166.92001", "%e", "-1.669200e+02"),
            ("-166.92001", "%#.0f", "-167."),
            ("-166.92001", "%#.0g", "-2.e+02"),
            ("768.990716", "%5.1f", "769.0"),
            ("768.990716", "% 010.3f", " 00768.991"),
            ("-4.887161999014119e+194", "%g", "-4.88716e+194"),
            ("-4.887161999014119e+194", "%.0e", "-5e+194"),
            ("-13045.875", "%#g", "-13045.9"),
            ("-13045.875", "%10.2f", " -13045.88"),
            ("-13045.875", "% f", "-13045.875000"),
            ("-13045.875", "%08e", "-1.304588e+04"),
            ("-13045.875", "%.0g", "-1e+04"),
            ("-13045.875", "%5.1f", "-13045.9"),
            ("1.5659178397590322e+22", "%-10.2f|", "15659178397590322413568.00|"),
            ("1.5659178397590322e+22", "%+.3e", "+1.566e+22"),
            ("-446.31", "%e", "-4.463100e+02"),
            ("-446.31", "%-10.2f|", "-446.31   |"),
            ("-446.31", "%#.0g", "-4.e+02"),
            ("0.007407911615254264", "%#.0f", "0."),
            ("0.007407911615254264", "% f", " 0.007408"),
            ("0.007407911615254264", "%.0g", "0.007"),
            ("-7.905770252896224e+90", "%+f", "-7905770252896223650080744855190421976738961172363921456973613448286601657986782457145327616.000000"),
            ("1.7976931348623157e+308", "%f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000"),
            ("1e+300", "%#.0f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160."),
            ("1.7976931348623157e+308", "%F", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000"),
        ];
        let mut fails = vec![];
        for &(x, fmt, want) in cases {
            let (f, conv, tail) = parse_percent(fmt);
            let got = percent_format_float(pf(x), &f, conv) + &tail;
            if got != want {
                fails.push(format!("{:?} % {} = {:?}, want {:?}", fmt, x, got, want));
            }
        }
        report(fails, cases.len());
    }

    #[test]
    fn percent_int_vectors() {
        #[rustfmt::skip]
        let cases: &[(&str, &str, &str)] = &[
            ("0", "%010.3d", "0000000000"),
            ("0", "%.0d", "0"),
            ("0", "%#.5x", "0x00000"),
            ("1", "%X", "1"),
            ("1", "%#010x", "0x00000001"),
            ("1", "%#-8o|", "0o1     |"),
            ("-1", "%#x", "-0x1"),
            ("-1", "%.0d", "-1"),
            ("-1", "%-010d|", "-1        |"),
            ("7", "%#o", "0o7"),
            ("7", "%+d", "+7"),
            ("7", "%+#o", "+0o7"),
            ("7", "% #X", " 0X7"),
            ("-7", "%5d", "   -7"),
            ("-7", "%-5d|", "-7   |"),
            ("-7", "%05d", "-0007"),
            ("-7", "%#010x", "-0x0000007"),
            ("-7", "%-010d|", "-7        |"),
            ("-7", "%#-8o|", "-0o7    |"),
            ("42", "%o", "52"),
            ("42", "%#X", "0X2A"),
            ("42", "% d", " 42"),
            ("42", "%.3d", "042"),
            ("42", "%010.3d", "0000000042"),
            ("42", "%-#10x|", "0x2a      |"),
            ("42", "%#.5x", "0x0002a"),
            ("42", "%08.5o", "00000052"),
            ("255", "%x", "ff"),
            ("255", "%-+6d|", "+255  |"),
            ("-255", "%#x", "-0xff"),
            ("-255", "%#o", "-0o377"),
            ("-255", "%010.3d", "-000000255"),
            ("-255", "%-+6d|", "-255  |"),
            ("1000", "%X", "3E8"),
            ("1000", "%.3d", "1000"),
            ("1000", "%-+6d|", "+1000 |"),
            ("1000", "%#-8o|", "0o1750  |"),
            ("-1000", "%i", "-1000"),
            ("-1000", "%+#o", "-0o1750"),
            ("65", "% d", " 65"),
            ("65", "%#010x", "0x00000041"),
            ("65", "%08.5o", "00000101"),
            ("97", "%u", "97"),
            ("97", "%x", "61"),
            ("97", "%#o", "0o141"),
            ("97", "%-#10x|", "0x61      |"),
            ("97", "%-010d|", "97        |"),
            ("1114111", "%X", "10FFFF"),
            ("1114111", "%#x", "0x10ffff"),
            ("1114112", "%X", "110000"),
            ("1114112", "%-5d|", "1114112|"),
            ("1114112", "%05d", "1114112"),
            ("1114112", "%.0d", "1114112"),
            ("1234567", "%-+6d|", "+1234567|"),
            ("1234567", "%#-8o|", "0o4553207|"),
            ("-1234567", "%x", "-12d687"),
            ("-1234567", "%05d", "-1234567"),
            ("2147483648", "%i", "2147483648"),
            ("2147483648", "%o", "20000000000"),
            ("2147483648", "% d", " 2147483648"),
            ("9007199254740993", "%#o", "0o400000000000000001"),
            ("9007199254740993", "%+d", "+9007199254740993"),
            ("9007199254740993", "%010.3d", "9007199254740993"),
            ("9007199254740993", "%+x", "+20000000000001"),
            ("9007199254740993", "%08.5o", "400000000000000001"),
            ("9007199254740993", "%#-8o|", "0o400000000000000001|"),
            ("-9223372036854775808", "%-5d|", "-9223372036854775808|"),
            ("-9223372036854775808", "%+d", "-9223372036854775808"),
            ("-9223372036854775808", "%+#o", "-0o1000000000000000000000"),
            ("-9223372036854775808", "%#-8o|", "-0o1000000000000000000000|"),
            ("18446744073709551616", "%o", "2000000000000000000000"),
            ("18446744073709551616", "%#X", "0X10000000000000000"),
            ("18446744073709551616", "%.0x", "10000000000000000"),
            ("100000000000000000000", "%#X", "0X56BC75E2D63100000"),
            ("100000000000000000000", "%010.3d", "100000000000000000000"),
            ("100000000000000000000", "%.0d", "100000000000000000000"),
            ("100000000000000000000", "%+#o", "+0o12657072742654304000000"),
            ("100000000000000000000", "%08.5o", "12657072742654304000000"),
            ("100000000000000000000", "%#-8o|", "0o12657072742654304000000|"),
            ("515377520732011331036461129765621272702107522001", "%i", "515377520732011331036461129765621272702107522001"),
            ("515377520732011331036461129765621272702107522001", "%05d", "515377520732011331036461129765621272702107522001"),
            ("515377520732011331036461129765621272702107522001", "% d", " 515377520732011331036461129765621272702107522001"),
            ("515377520732011331036461129765621272702107522001", "%08.5o", "55106247451471566412626640767353532243725271716011721"),
            ("123456789012345678901234567890", "%o", "143564417755415637016711617605322"),
            ("123456789012345678901234567890", "%#010x", "0x18ee90ff6c373e0ee4e3f0ad2"),
            ("123456789012345678901234567890", "%-#10x|", "0x18ee90ff6c373e0ee4e3f0ad2|"),
            ("123456789012345678901234567890", "%#.5x", "0x18ee90ff6c373e0ee4e3f0ad2"),
            ("123456789012345678901234567890", "%+#o", "+0o143564417755415637016711617605322"),
            ("9", "% d", " 9"),
            ("10", "%x", "a"),
            ("10", "%#X", "0XA"),
            ("10", "%.3d", "010"),
            ("10", "%.0x", "a"),
            ("10", "%-+6d|", "+10   |"),
            ("999", "% d", " 999"),
            ("999", "%#.5x", "0x003e7"),
            ("1000000", "%i", "1000000"),
            ("1000000", "%010.3d", "0001000000"),
            ("1000000", "%#010x", "0x000f4240"),
            ("1000000", "%-#10x|", "0xf4240   |"),
            ("1000000", "%.0x", "f4240"),
            ("1000000", "%-+6d|", "+1000000|"),
            ("-33828238631309899825000586933", "%#X", "-0X6D4E102AC56E3774ED599EB5"),
            ("-33828238631309899825000586933", "%05d", "-33828238631309899825000586933"),
            ("-33828238631309899825000586933", "%010.3d", "-33828238631309899825000586933"),
            ("-33828238631309899825000586933", "%.0d", "-33828238631309899825000586933"),
            ("-33828238631309899825000586933", "% #X", "-0X6D4E102AC56E3774ED599EB5"),
            ("-33828238631309899825000586933", "%-+6d|", "-33828238631309899825000586933|"),
            ("-474498460128704629233923795742", "%X", "-5FD2FED49A0DF08F68DE22B1E"),
            ("-474498460128704629233923795742", "%+#o", "-0o577227755223203370217321570425436"),
            ("168363631286741442203975543", "%o", "105504305366147342417123677567"),
            ("168363631286741442203975543", "%5d", "168363631286741442203975543"),
            ("168363631286741442203975543", "%+x", "+8b4462bd8cee28794f7f77"),
            ("168363631286741442203975543", "%-#10x|", "0x8b4462bd8cee28794f7f77|"),
            ("168363631286741442203975543", "%#-8o|", "0o105504305366147342417123677567|"),
            ("2900849519640536256408007", "%i", "2900849519640536256408007"),
            ("2900849519640536256408007", "%u", "2900849519640536256408007"),
            ("2900849519640536256408007", "%#o", "0o1146216570304431622546164707"),
            ("2900849519640536256408007", "%-5d|", "2900849519640536256408007|"),
            ("2900849519640536256408007", "%#.5x", "0x266475e18919c9598e9c7"),
            ("-367165067278615780880778872", "%o", "-227666164270423434526340703170"),
            ("-367165067278615780880778872", "%-5d|", "-367165067278615780880778872|"),
            ("-367165067278615780880778872", "%+d", "-367165067278615780880778872"),
            ("-367165067278615780880778872", "%#010x", "-0x12fb63a2e2271cab3838678"),
            ("-367165067278615780880778872", "%.0d", "-367165067278615780880778872"),
            ("-367165067278615780880778872", "%+#o", "-0o227666164270423434526340703170"),
            ("-367165067278615780880778872", "%#-8o|", "-0o227666164270423434526340703170|"),
            ("-43424484399626291899", "%i", "-43424484399626291899"),
            ("-43424484399626291899", "%-5d|", "-43424484399626291899|"),
            ("-43424484399626291899", "%#-8o|", "-0o4552426047643215705273|"),
            ("452741762269675210", "%o", "31103543575304277312"),
            ("452741762269675210", "%5d", "452741762269675210"),
            ("452741762269675210", "%05d", "452741762269675210"),
            ("452741762269675210", "%#010x", "0x648763beb117eca"),
            ("452741762269675210", "%.0x", "648763beb117eca"),
            ("452741762269675210", "%-+6d|", "+452741762269675210|"),
            ("452741762269675210", "%#-8o|", "0o31103543575304277312|"),
            ("-12561343399310635746903164500", "%o", "-12113177734222712164430273703124"),
            ("-12561343399310635746903164500", "%.3d", "-12561343399310635746903164500"),
            ("58739507856140968739856974", "%5d", "58739507856140968739856974"),
            ("58739507856140968739856974", "%010.3d", "58739507856140968739856974"),
            ("58739507856140968739856974", "% #X", " 0X30969319F685817451E24E"),
            ("-7727874267770076915366", "%d", "-7727874267770076915366"),
            ("-7727874267770076915366", "%.0d", "-7727874267770076915366"),
            ("-7727874267770076915366", "%#.5x", "-0x1a2edcc9e81155de6a6"),
            ("-7727874267770076915366", "%-+6d|", "-7727874267770076915366|"),
            ("-7727874267770076915366", "%-010d|", "-7727874267770076915366|"),
            ("-7727874267770076915366", "%#-8o|", "-0o1505667144750042527363246|"),
            ("444912156762", "%d", "444912156762"),
            ("444912156762", "%#X", "0X6796D4C05A"),
            ("444912156762", "%#o", "0o6362665140132"),
            ("444912156762", "%-5d|", "444912156762|"),
            ("444912156762", "%+d", "+444912156762"),
            ("444912156762", "%010.3d", "444912156762"),
            ("444912156762", "%#.5x", "0x6796d4c05a"),
            ("444912156762", "% #X", " 0X6796D4C05A"),
            ("686973321452222801116", "%i", "686973321452222801116"),
            ("686973321452222801116", "%5d", "686973321452222801116"),
            ("686973321452222801116", "%05d", "686973321452222801116"),
            ("686973321452222801116", "%-+6d|", "+686973321452222801116|"),
            ("686973321452222801116", "%#-8o|", "0o112366534101730176362334|"),
            ("6154988361869488195749", "%x", "14da99f5898264a88a5"),
            ("6154988361869488195749", "%o", "1233246372611404622504245"),
            ("6154988361869488195749", "%#.5x", "0x14da99f5898264a88a5"),
            ("6154988361869488195749", "%-+6d|", "+6154988361869488195749|"),
            ("6154988361869488195749", "%#-8o|", "0o1233246372611404622504245|"),
            ("49711474761349278886936735203", "%d", "49711474761349278886936735203"),
            ("49711474761349278886936735203", "%#o", "0o50120136175276073465455273066743"),
            ("49711474761349278886936735203", "%+x", "+a0a05e3eaf8773596aec6de3"),
            ("49711474761349278886936735203", "%.0x", "a0a05e3eaf8773596aec6de3"),
            ("49711474761349278886936735203", "% #X", " 0XA0A05E3EAF8773596AEC6DE3"),
            ("1157515324486757807", "%i", "1157515324486757807"),
            ("1157515324486757807", "%05d", "1157515324486757807"),
            ("1157515324486757807", "%010.3d", "1157515324486757807"),
            ("1157515324486757807", "%+#o", "+0o100202440701206526657"),
            ("1157515324486757807", "%#-8o|", "0o100202440701206526657|"),
            ("-7435850088472993972236", "%u", "-7435850088472993972236"),
            ("-7161515498407637906268283", "%i", "-7161515498407637906268283"),
            ("-7161515498407637906268283", "%x", "-5ec82887822754a8aa07b"),
            ("-7161515498407637906268283", "%X", "-5EC82887822754A8AA07B"),
            ("-7161515498407637906268283", "%#x", "-0x5ec82887822754a8aa07b"),
            ("-7161515498407637906268283", "%+x", "-5ec82887822754a8aa07b"),
            ("-7161515498407637906268283", "%+#o", "-0o2754405041701047251242520173"),
            ("-7161515498407637906268283", "% #X", "-0X5EC82887822754A8AA07B"),
            ("-7161515498407637906268283", "%#-8o|", "-0o2754405041701047251242520173|"),
            ("-98635911182076935951212", "%u", "-98635911182076935951212"),
            ("-98635911182076935951212", "%05d", "-98635911182076935951212"),
            ("-98635911182076935951212", "%-+6d|", "-98635911182076935951212|"),
            ("-98635911182076935951212", "%08.5o", "-24706100767012234361051554"),
            ("-98635911182076935951212", "%-010d|", "-98635911182076935951212|"),
            ("535754", "%#x", "0x82cca"),
            ("535754", "%#o", "0o2026312"),
            ("535754", "%+x", "+82cca"),
            ("535754", "%+#o", "+0o2026312"),
            ("-8182657674927769917", "%i", "-8182657674927769917"),
            ("-8182657674927769917", "%o", "-706165074650054304475"),
            ("-8182657674927769917", "%-5d|", "-8182657674927769917|"),
            ("-8182657674927769917", "%+d", "-8182657674927769917"),
            ("-8182657674927769917", "%.3d", "-8182657674927769917"),
            ("-8182657674927769917", "%-+6d|", "-8182657674927769917|"),
            ("-40536215597144386832065866109016673800875222251012083746192454448001", "%u", "-40536215597144386832065866109016673800875222251012083746192454448001"),
            ("-40536215597144386832065866109016673800875222251012083746192454448001", "% #X", "-0X180EA14E592BC647D081EE78BA6D7C3465FC3BB29EFF2FD359A19F381"),
            ("-40536215597144386832065866109016673800875222251012083746192454448001", "%05d", "-40536215597144386832065866109016673800875222251012083746192454448001"),
            ("-40536215597144386832065866109016673800875222251012083746192454448001", "%x", "-180ea14e592bc647d081ee78ba6d7c3465fc3bb29eff2fd359a19f381"),
        ];
        let mut fails = vec![];
        for &(v, fmt, want) in cases {
            let (f, conv, tail) = parse_percent(fmt);
            let got = percent_format_int(&pi(v), &f, conv) + &tail;
            if got != want {
                fails.push(format!("{:?} % {} = {:?}, want {:?}", fmt, v, got, want));
            }
        }
        report(fails, cases.len());
    }

    #[test]
    fn spec_error_vectors() {
        #[rustfmt::skip]
        let cases: &[(&str, &str, &str, &str)] = &[
            ("int", "1", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            ("float", "1.5", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
            ("str", "s", ",", "!ValueError: Cannot specify ',' with 's'."),
            ("int", "1", ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            ("int", "1", "99999999999999999999", "!ValueError: Too many decimal digits in format string"),
            ("int", "1", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"),
            ("int", "1", "=10s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            ("str", "s", "=10", "!ValueError: '=' alignment not allowed in string format specifier"),
            ("str", "s", "+", "!ValueError: Sign not allowed in string format specifier"),
            ("str", "s", " ", "!ValueError: Space not allowed in string format specifier"),
            ("str", "s", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
            ("str", "s", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"),
            ("str", "s", "010", "s000000000"),
            ("int", "1", "c,", "!ValueError: Invalid format specifier 'c,' for object of type 'int'"),
            ("int", "1", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            ("int", "1", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            ("int", "300000000", "c", "!OverflowError: %c arg not in range(0x110000)"),
            ("int", "-1", "c", "!OverflowError: %c arg not in range(0x110000)"),
            ("int", "1", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            ("int", "1", "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            ("int", "1", "z,d", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            ("int", "1", ",_", "!ValueError: Cannot specify both ',' and '_'."),
            ("int", "1", "_,", "!ValueError: Cannot specify both ',' and '_'."),
            ("int", "1", ",,", "!ValueError: Cannot specify ',' with ','."),
            ("int", "1", "__", "!ValueError: Cannot specify '_' with '_'."),
            ("float", "1.5", ",_", "!ValueError: Cannot specify both ',' and '_'."),
            ("int", "1", ",n", "!ValueError: Cannot specify ',' with 'n'."),
            ("int", "1", "_n", "!ValueError: Cannot specify '_' with 'n'."),
            ("float", "1.5", ",n", "!ValueError: Cannot specify ',' with 'n'."),
            ("int", "1", "_b", "1"),
            ("int", "1", ",b", "!ValueError: Cannot specify ',' with 'b'."),
            ("int", "1", ",x", "!ValueError: Cannot specify ',' with 'x'."),
            ("int", "1", ",o", "!ValueError: Cannot specify ',' with 'o'."),
            ("int", "1", ",c", "!ValueError: Cannot specify ',' with 'c'."),
            ("int", "1", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            ("float", "1.5", "s", "!ValueError: Unknown format code 's' for object of type 'float'"),
            ("float", "1.5", "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
            ("str", "s", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
            ("str", "s", ".2,", "s"),
            ("str", "s", ".2_", "s"),
            ("int", "1", ".", "!ValueError: Format specifier missing precision"),
            ("int", "1", ".x", "!ValueError: Format specifier missing precision"),
            ("int", "1", "10.,", "         1"),
            ("float", "1.5", ".,f", "1.500,000"),
            ("float", "1.5", "._f", "1.500_000"),
            ("float", "1.5", ".2,f", "1.50"),
            ("float", "1.5", ".2_f", "1.50"),
            ("float", "1.5", ".,", "1.5"),
            ("int", "1", "\u{a}", "!ValueError: Unknown format code '\\xa' for object of type 'int'"),
            ("int", "1", "\u{fb00}", "!ValueError: Unknown format code '\\xfb00' for object of type 'int'"),
            ("int", "1", "x\u{a}", "!ValueError: Invalid format specifier 'x\u{a}' for object of type 'int'"),
            ("float", "1.5", "z", "1.5"),
            ("str", "s", ".2", "s"),
            ("str", "abc", ".1s", "a"),
            ("int", "1", "ll", "!ValueError: Invalid format specifier 'll' for object of type 'int'"),
            ("int", "1", "<<<", "!ValueError: Unknown format code '<' for object of type 'int'"),
            ("float", "1.5", "#", "1.5"),
            ("int", "1", "0=", "1"),
            ("str", "x", "0", "x"),
            ("str", "x", "05", "x0000"),
            ("str", "x", "5", "x    "),
            ("int", "1", "c.2", "!ValueError: Invalid format specifier 'c.2' for object of type 'int'"),
            ("int", "1", "+.3c", "!ValueError: Precision not allowed in integer format specifier"),
            ("float", "1.5", ",.2_", "1.5"),
            ("float", "1.5", "10,.2_f", "      1.50"),
            ("float", "1.5", ".2_,f", "!ValueError: Cannot specify both ',' and '_'."),
            ("int", "1", "111111111111111111111111111111", "!ValueError: Too many decimal digits in format string"),
            ("int", "1", ".111111111111111111111111111111", "!ValueError: Too many decimal digits in format string"),
            ("float", "1.5", ".111111111111111111111111111111f", "!ValueError: Too many decimal digits in format string"),
            ("float", "1.5", ".2147483648", "!ValueError: precision too big"),
            ("int", "1", "%", "100.000000%"),
            ("int", "1", "N", "!ValueError: Unknown format code 'N' for object of type 'int'"),
            ("int", "1", "c#", "!ValueError: Invalid format specifier 'c#' for object of type 'int'"),
            ("int", "1", "#x#", "!ValueError: Invalid format specifier '#x#' for object of type 'int'"),
            ("int", "1", "=c", "\u{1}"),
            ("int", "1", "0c", "\u{1}"),
            ("int", "1", "5c", "    \u{1}"),
            ("int", "1114112", "c", "!OverflowError: %c arg not in range(0x110000)"),
            ("int", "1", ".,", "1"),
            ("int", "1", ".2,", "!ValueError: Precision not allowed in integer format specifier"),
            ("int", "1", "._", "1"),
            ("int", "1", ".,d", "1"),
            ("int", "1", ".,x", "1"),
            ("int", "1", "._x", "1"),
            ("int", "1", ".,f", "1.000,000"),
            ("float", "1.5", ".,e", "1.500,000e+00"),
            ("float", "1.5", ".,%", "150.000,000%"),
            ("float", "1.5", ".,n", "!ValueError: Cannot specify ',' with 'n'."),
            ("float", "1.5", "._g", "1.5"),
            ("float", "1.5", ".3,g", "1.5"),
            ("float", "1234.5678", ".,", "1234.567,8"),
            ("float", "1234.5678", "._", "1234.567_8"),
            ("str", "s", ".,", "s"),
            ("str", "s", "._s", "s"),
            ("str", "s", ".,s", "s"),
            ("float", "1.5", ".,_f", "!ValueError: Cannot specify both ',' and '_'."),
            ("float", "1.5", "._,f", "!ValueError: Cannot specify both ',' and '_'."),
            ("float", "1.5", ".,,f", "!ValueError: Invalid format specifier '.,,f' for object of type 'float'"),
            ("float", "1.5", ".__f", "!ValueError: Invalid format specifier '.__f' for object of type 'float'"),
            ("float", "1234567.123456789", ",.10_f", "1,234,567.123_456_788_9"),
            ("float", "1234567.123456789", "_.10,f", "1_234_567.123,456,788,9"),
            ("float", "1234567.123456789", ".10,e", "1.234,567,123,5e+06"),
            ("float", "1234567.123456789", ".10,g", "1234567.123"),
            ("float", "1234567.123456789", "020,.10_f", "1,234,567.123_456_788_9"),
            ("float", "1234567.123456789", "030,.10_f", "0,000,001,234,567.123_456_788_9"),
            ("float", "1.5", ".,x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
            ("int", "1", "._c", "\u{1}"),
            ("int", "1", ".,c", "\u{1}"),
            ("int", "12345", ".,n", "!ValueError: Cannot specify ',' with 'n'."),
            ("float", "1e+20", ".,", "1e+20"),
            ("float", "1e+20", ".3,", "1e+20"),
            ("float", "0.000123456789", ".,", "0.000,123,456,789"),
            ("float", "0.3333333333333333", ".,", "0.333,333,333,333,333,3"),
            ("float", "0.3333333333333333", ".,%", "33.333,333%"),
            ("float", "0.3333333333333333", ".13,%", "33.333,333,333,333,3%"),
            ("float", "0.3333333333333333", "#.,g", "0.333,333"),
            ("float", "inf", ".,f", "inf"),
            ("float", "1.5", ".,F", "1.500,000"),
            ("float", "1.5", ".,E", "1.500,000E+00"),
            ("float", "1.5", ".2,E", "1.50E+00"),
            ("int", "1", "\u{fb00}<5", "1\u{fb00}\u{fb00}\u{fb00}\u{fb00}"),
            ("float", "1.5", "\u{665}.\u{662}f", " 1.50"),
            ("str", "x", "\u{665}", "x    "),
            ("int", "12", "\u{665}\u{665}", "                                                     12"),
            ("int", "1", "\u{0}", "!ValueError: Unknown format code '\\x0' for object of type 'int'"),
            ("int", "1", "\u{7f}", "!ValueError: Unknown format code '\u{7f}' for object of type 'int'"),
            ("int", "1", " ", " 1"),
            ("int", "1", "  ", "!ValueError: Unknown format code '\\x20' for object of type 'int'"),
            ("float", "1.5", "\u{80}", "!ValueError: Unknown format code '\\x80' for object of type 'float'"),
            ("int", "1", "\u{1f600}", "!ValueError: Unknown format code '\\x1f600' for object of type 'int'"),
            ("str", "abc", "\u{1f600}^7", "\u{1f600}\u{1f600}abc\u{1f600}\u{1f600}"),
            ("float", "-0.0", "z", "0.0"),
            ("float", "0.0", "z", "0.0"),
            ("int", "1", "-", "1"),
            ("float", "1.5", "=<5", "1.5=="),
            ("float", "1.5", "0=+8.1f", "+00001.5"),
        ];
        let mut fails = vec![];
        for &(tn, v, spec, want) in cases {
            let got = match tn {
                "int" => show(format_int_spec(&pi(v), spec)),
                "float" => show(format_float_spec(pf(v), spec)),
                _ => show(format_str_spec(v, spec)),
            };
            if got != want {
                fails.push(format!(
                    "format({}:{:?}, {:?}) = {:?}, want {:?}",
                    tn, v, spec, got, want
                ));
            }
        }
        report(fails, cases.len());
    }
}
