//! str indexing and printf-style `%` formatting. CPython:
//! Objects/unicodeobject.c (unicode_subscript, PyUnicode_Format).

use std::rc::Rc;

use crate::exceptions::{index_error, type_error, value_error, ExcKind, PyErr};
use crate::format::{percent_format_float, percent_format_int, PercentFlags};
use crate::interp::Interp;
use crate::ops;
use crate::seq::{index_value, norm_index, slice_indices};
use crate::value::{PyResult, PyStr, Value};

/// `s[key]` for an index or a slice.
pub fn str_getitem(interp: &mut dyn Interp, s: &Rc<PyStr>, key: &Value) -> PyResult<Value> {
    let text = s.as_str();
    if let Value::Slice(sl) = key {
        let len = s.char_len();
        let si = slice_indices(interp, sl, len)?;
        if s.is_ascii() {
            if si.step == 1 {
                let start = si.start as usize;
                return Ok(Value::str(&text[start..start + si.len]));
            }
            let bytes = text.as_bytes();
            let out: String = si.indices().map(|i| bytes[i] as char).collect();
            return Ok(Value::string(out));
        }
        let chars: Vec<char> = text.chars().collect();
        let out: String = si.indices().map(|i| chars[i]).collect();
        return Ok(Value::string(out));
    }
    let i = index_value(interp, key, "string")?;
    let len = s.char_len();
    let Some(i) = norm_index(i, len) else {
        return Err(index_error("string index out of range"));
    };
    if s.is_ascii() {
        return Ok(Value::str(&text[i..i + 1]));
    }
    match text.chars().nth(i) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(index_error("string index out of range")),
    }
}

/// `fmt % args`. CPython: PyUnicode_Format.
pub fn percent_format(interp: &mut dyn Interp, fmt: &str, args: &Value) -> PyResult<Value> {
    let (items, mapping): (Vec<Value>, Option<Value>) = match args {
        Value::Tuple(t) => (t.items.clone(), None),
        Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
        Value::Instance(_) if args.py_type().lookup("__getitem__").is_some() => {
            (vec![args.clone()], Some(args.clone()))
        }
        other => (vec![other.clone()], None),
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut argi = 0usize;
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let mut used_mapping = false;
    let next_arg = |argi: &mut usize| -> PyResult<Value> {
        let v = items
            .get(*argi)
            .cloned()
            .ok_or_else(|| type_error("not enough arguments for format string"))?;
        *argi += 1;
        Ok(v)
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(value_error("incomplete format"));
        }
        let mut key_value: Option<Value> = None;
        if chars[i] == '(' {
            let Some(m) = &mapping else {
                return Err(type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                if chars[i] == '(' {
                    depth += 1;
                } else if chars[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            key_value = Some(ops::getitem(interp, m, &Value::string(key))?);
            used_mapping = true;
        }
        let mut fl = PercentFlags::default();
        while i < chars.len() {
            match chars[i] {
                '-' => fl.left = true,
                '+' => fl.plus = true,
                ' ' => fl.space = true,
                '#' => fl.alt = true,
                '0' => fl.zero = true,
                _ => break,
            }
            i += 1;
        }
        if i < chars.len() && chars[i] == '*' {
            let w = next_arg(&mut argi)?;
            let Value::Int(w) = w else {
                return Err(type_error("* wants int"));
            };
            if w < 0 {
                fl.left = true;
            }
            let w = w.unsigned_abs() as usize;
            crate::format::check_width(Some(w))?;
            fl.width = Some(w);
            i += 1;
        } else {
            let mut w = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                w.push(chars[i]);
                i += 1;
            }
            if !w.is_empty() {
                let w: usize = w.parse().map_err(|_| value_error("width too big"))?;
                // A width beyond memory is a MemoryError, as CPython's is.
                crate::format::check_width(Some(w))?;
                fl.width = Some(w);
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = next_arg(&mut argi)?;
                let Value::Int(p) = p else {
                    return Err(type_error("* wants int"));
                };
                if p > i32::MAX as i64 {
                    return Err(
                        ExcKind::OverflowError.new_err("Python int too large to convert to C int")
                    );
                }
                fl.precision = Some(p.max(0) as usize);
                i += 1;
            } else {
                let mut p = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
                let p: usize = if p.is_empty() {
                    0
                } else {
                    p.parse().map_err(|_| value_error("precision too big"))?
                };
                if p > i32::MAX as usize {
                    return Err(value_error("precision too big"));
                }
                fl.precision = Some(p);
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = match key_value.take() {
            Some(v) => v,
            None => next_arg(&mut argi)?,
        };
        let piece = match conv {
            's' | 'r' | 'a' => {
                let mut s = match conv {
                    's' => ops::str_of(interp, &arg)?,
                    'r' => ops::repr(interp, &arg)?,
                    _ => crate::str_methods::ascii_of(interp, &arg)?,
                };
                if let Some(p) = fl.precision {
                    s = s.chars().take(p).collect();
                }
                pad(s, &fl, false)
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = match &arg {
                    Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
                        crate::float::float_to_int(*f)?
                    }
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => arg.clone(),
                    _ => match ops::index(interp, &arg) {
                        Ok(v) => v,
                        Err(_) => {
                            let what = if matches!(conv, 'd' | 'i' | 'u') {
                                "a real number"
                            } else {
                                "an integer"
                            };
                            return Err(type_error(format!(
                                "%{conv} format: {what} is required, not {}",
                                arg.type_name()
                            )));
                        }
                    },
                };
                let b = crate::int::to_bigint(&n).unwrap_or_default();
                percent_format_int(&b, &fl, conv)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match &arg {
                    Value::Float(f) => *f,
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                        crate::float::to_f64(&arg)?
                    }
                    _ => {
                        return Err(type_error(format!(
                            "must be real number, not {}",
                            arg.type_name()
                        )))
                    }
                };
                percent_format_float(x, &fl, conv)
            }
            'c' => {
                let ch = match &arg {
                    Value::Int(n) => char::from_u32(*n as u32)
                        .filter(|_| (0..0x110000).contains(n))
                        .ok_or_else(|| {
                            ExcKind::OverflowError.new_err("%c arg not in range(0x110000)")
                        })?,
                    Value::Str(s) if s.char_len() == 1 => s.as_str().chars().next().unwrap_or(' '),
                    _ => {
                        return Err(type_error(format!(
                            "%c requires an int or a unicode character, not {}",
                            arg.type_name()
                        )))
                    }
                };
                pad(ch.to_string(), &fl, false)
            }
            other => {
                return Err(value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other,
                    other as u32,
                    i - 1
                )))
            }
        };
        out.push_str(&piece);
    }
    if argi < items.len() && !used_mapping && mapping.is_none() {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(Value::string(out))
}

fn pad(s: String, fl: &PercentFlags, _numeric: bool) -> String {
    let len = s.chars().count();
    match fl.width {
        Some(w) if w > len => {
            let fill = " ".repeat(w - len);
            if fl.left {
                s + &fill
            } else {
                fill + &s
            }
        }
        _ => s,
    }
}

/// Convert an error from number formatting.
pub fn num_err(e: crate::numparse::NumError) -> PyErr {
    e.into()
}
