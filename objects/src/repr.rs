//! `repr()`, `str()` and `format()` for every kind of value, with the
//! recursion guard CPython uses for self-containing containers (`[[...]]`).
//! CPython: Objects/object.c PyObject_Repr/PyObject_Str, each type's
//! tp_repr, Python/bltinmodule.c format.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exceptions::{exc_data, type_error};
use crate::interp::Interp;
use crate::numparse;
use crate::ops;
use crate::value::{PyInstance, PyResult, Value};

thread_local! {
    /// Containers whose repr is in progress. CPython: Py_ReprEnter.
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Run `f` unless `v` is already being repr'd (then return `None`).
/// CPython: Py_ReprEnter / Py_ReprLeave.
pub fn guarded(
    interp: &mut dyn Interp,
    v: &Value,
    f: impl FnOnce(&mut dyn Interp) -> PyResult<String>,
) -> PyResult<Option<String>> {
    let p = v.ptr().unwrap_or(0);
    if REPR_STACK.with(|s| s.borrow().contains(&p)) {
        return Ok(None);
    }
    REPR_STACK.with(|s| s.borrow_mut().push(p));
    interp.enter_recursion(" while getting the repr of an object")?;
    let r = f(interp);
    interp.leave_recursion();
    REPR_STACK.with(|s| s.borrow_mut().pop());
    r.map(Some)
}

fn join_reprs(interp: &mut dyn Interp, items: &[Value], sep: &str) -> PyResult<String> {
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(&repr(interp, x)?);
    }
    Ok(out)
}

/// Python's repr of an int-like or float.
pub fn float_repr(x: f64) -> String {
    crate::format::float_repr(x)
}

/// A set or frozenset subclass shows its class: `S({1})`, `S()`.
// CPython: Objects/setobject.c set_repr_lock_held
fn set_subclass_repr(interp: &mut dyn Interp, v: &Value, set: &Value) -> PyResult<String> {
    let name = v.type_name();
    let items = match set {
        Value::Set(s) | Value::FrozenSet(s) => s.items(),
        _ => Vec::new(),
    };
    if items.is_empty() {
        return Ok(format!("{name}()"));
    }
    let r = guarded(interp, v, |i| join_reprs(i, &items, ", "))?;
    Ok(match r {
        Some(s) => format!("{name}({{{s}}})"),
        None => format!("{name}(...)"),
    })
}

pub fn repr(interp: &mut dyn Interp, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Null => "<NULL>".into(),
        Value::None => "None".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => {
            numparse::int_to_str_checked(b).map_err(crate::exceptions::PyErr::from)?
        }
        Value::Float(f) => float_repr(*f),
        Value::Str(s) => numparse::py_str_repr(s.as_str()),
        Value::Bytes(b) => bytes_repr(&b.data),
        Value::Tuple(t) => {
            if t.items.is_empty() {
                return Ok("()".into());
            }
            let items = t.items.clone();
            match guarded(interp, v, |i| join_reprs(i, &items, ", "))? {
                Some(s) if items.len() == 1 => format!("({s},)"),
                Some(s) => format!("({s})"),
                None => "(...)".into(),
            }
        }
        Value::List(l) => {
            let items = l.items.borrow().clone();
            match guarded(interp, v, |i| join_reprs(i, &items, ", "))? {
                Some(s) => format!("[{s}]"),
                None => "[...]".into(),
            }
        }
        Value::Dict(d) => {
            let items = d.items();
            let r = guarded(interp, v, |interp| {
                let mut out = String::new();
                for (i, (k, val)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&repr(interp, k)?);
                    out.push_str(": ");
                    out.push_str(&repr(interp, val)?);
                }
                Ok(out)
            })?;
            match r {
                Some(s) => format!("{{{s}}}"),
                None => "{...}".into(),
            }
        }
        Value::Set(s) => {
            let items = s.items();
            if items.is_empty() {
                return Ok("set()".into());
            }
            match guarded(interp, v, |i| join_reprs(i, &items, ", "))? {
                Some(s) => format!("{{{s}}}"),
                None => "set(...)".into(),
            }
        }
        Value::FrozenSet(s) => {
            let items = s.items();
            if items.is_empty() {
                return Ok("frozenset()".into());
            }
            match guarded(interp, v, |i| join_reprs(i, &items, ", "))? {
                Some(s) => format!("frozenset({{{s}}})"),
                None => "frozenset(...)".into(),
            }
        }
        Value::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Value::Slice(s) => format!(
            "slice({}, {}, {})",
            repr(interp, &s.start)?,
            repr(interp, &s.stop)?,
            repr(interp, &s.step)?
        ),
        Value::Type(t) => {
            if let Some(r) = user_repr(interp, v)? {
                return Ok(r);
            }
            format!("<class '{}'>", t.full_name())
        }
        Value::Function(f) => format!("<function {} at {:#x}>", f.qualname.borrow(), v.id()),
        Value::Native(n) => match &n.self_type {
            // CPython: Objects/descrobject.c descr_repr (the type's tp_name).
            Some(t) if is_slot_wrapper(&t.name, n.name) => {
                format!("<slot wrapper '{}' of '{}' objects>", n.name, t.tp_name())
            }
            Some(t) => format!("<method '{}' of '{}' objects>", n.name, t.tp_name()),
            None => format!("<built-in function {}>", n.name),
        },
        Value::Method(m) => match &m.func {
            Value::Native(n) => format!(
                "<built-in method {} of {} object at {:#x}>",
                n.name,
                m.self_value.type_name(),
                m.self_value.id()
            ),
            Value::Function(f) => format!(
                "<bound method {} of {}>",
                f.qualname.borrow(),
                repr(interp, &m.self_value)?
            ),
            other => format!("<bound method ? of {}>", repr(interp, other)?),
        },
        Value::Generator(g) => format!(
            "<{} object {} at {:#x}>",
            g.kind_name(),
            g.qualname(),
            v.id()
        ),
        // CPython: importlib._bootstrap._module_repr_from_spec.
        Value::Module(m) => match m.dict.get_str("__file__") {
            Some(Value::Str(f)) if f.as_str().starts_with("<frozen") => {
                format!("<module '{}' (frozen)>", m.name)
            }
            Some(Value::Str(f)) => format!("<module '{}' from '{}'>", m.name, f.as_str()),
            _ if m.dict.get_str("__spec__").is_some() => format!("<module '{}'>", m.name),
            _ => format!("<module '{}' (built-in)>", m.name),
        },
        Value::Cell(_) => format!("<cell at {:#x}>", v.id()),
        Value::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.name.as_str(),
            v.id(),
            c.filename,
            c.firstlineno
        ),
        // CPython: dictview_repr ("..." when the view is already being shown).
        Value::Iterator(it) if it.is_view() => {
            let name = it.py_type().name.clone();
            let r = guarded(interp, v, |interp| {
                let items = crate::iter::collect(interp, v)?;
                let list = Value::list(items);
                Ok(format!("{}({})", name, repr(interp, &list)?))
            })?;
            r.unwrap_or_else(|| "...".into())
        }
        Value::Instance(inst) => {
            if let Some(p) = crate::ops::payload_for(v, &["__repr__"]) {
                return match &p {
                    Value::Set(_) | Value::FrozenSet(_) => set_subclass_repr(interp, v, &p),
                    _ => repr(interp, &p),
                };
            }
            if let Some(r) = user_repr(interp, v)? {
                return Ok(r);
            }
            if inst.exc.is_some() {
                return exception_repr(interp, v);
            }
            default_repr(v)
        }
        _ => {
            if let Some(r) = user_repr(interp, v)? {
                return Ok(r);
            }
            default_repr(v)
        }
    })
}

/// `<__main__.Foo object at 0x...>`. CPython: object_repr.
pub fn default_repr(v: &Value) -> String {
    let t = v.py_type();
    format!("<{} object at {:#x}>", t.full_name(), v.id())
}

/// A `__repr__` defined in Python (or by a module type), if any.
fn user_repr(interp: &mut dyn Interp, v: &Value) -> PyResult<Option<String>> {
    let ty = v.py_type();
    let Some(f) = ty.lookup("__repr__") else {
        return Ok(None);
    };
    // Built-in types' reprs are produced by `repr` itself; Python-level
    // methods and natives of module types (asyncio's, struct sequences)
    // are called.
    if let Value::Native(n) = &f {
        let builtin_owner = n.self_type.as_ref().is_none_or(|t| t.builtin);
        if builtin_owner && !matches!(v, Value::Object(_)) {
            return Ok(None);
        }
    }
    let f = ops::bind_descriptor(interp, &f, v)?;
    interp.enter_recursion(" while getting the repr of an object")?;
    let r = ops::call0(interp, &f, &[]);
    interp.leave_recursion();
    match r? {
        Value::Str(s) => Ok(Some(s.as_str().to_string())),
        other => Err(type_error(format!(
            "__repr__ returned non-string (type {})",
            other.type_name()
        ))),
    }
}

/// `repr(exc)`: the class's `__name__` (CPython's tp_name, not the
/// qualified name) and the args. CPython: BaseException_repr.
pub fn exception_repr(interp: &mut dyn Interp, v: &Value) -> PyResult<String> {
    let Value::Instance(inst) = v else {
        return Ok(default_repr(v));
    };
    let args = exc_data(inst).borrow().args.clone();
    let name = inst.class.borrow().name.clone();
    let items = match &args {
        Value::Tuple(t) => t.items.clone(),
        _ => vec![],
    };
    if items.len() == 1 {
        return Ok(format!("{}({})", name, repr(interp, &items[0])?));
    }
    Ok(format!("{}({})", name, join_reprs(interp, &items, ", ")?))
}

pub fn bytes_repr(data: &[u8]) -> String {
    let q = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(q);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b as char == q => {
                out.push('\\');
                out.push(q);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(q);
    out
}

/// `str(v)` for non-str values.
pub fn str_of(interp: &mut dyn Interp, v: &Value) -> PyResult<String> {
    if let Value::Instance(inst) = v {
        if let Some(p) = &inst.payload {
            // str() of a built-in subclass: str's own __str__ gives the
            // value; object.__str__ means repr(), which may be overridden.
            let owner = crate::object::dunder_owner(&inst.class.borrow(), "__str__");
            match owner {
                Some(o) if !o.builtin => {}
                Some(o) if Rc::ptr_eq(&o, &crate::types::types().object_type) => {
                    return repr(interp, v);
                }
                _ => return crate::ops::str_of(interp, p),
            }
        }
    }
    match v {
        Value::Instance(inst) => {
            let ty = v.py_type();
            if let Some(f) = ty.lookup("__str__") {
                if !matches!(f, Value::Native(_)) {
                    let f = ops::bind_descriptor(interp, &f, v)?;
                    return match ops::call0(interp, &f, &[])? {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(type_error(format!(
                            "__str__ returned non-string (type {})",
                            other.type_name()
                        ))),
                    };
                }
            }
            if inst.exc.is_some() {
                return exception_str(interp, v);
            }
            repr(interp, v)
        }
        Value::Object(_) => {
            if let Some(Value::Str(s)) = ops::call_dunder(interp, v, "__str__", &[])? {
                return Ok(s.as_str().to_string());
            }
            repr(interp, v)
        }
        _ => repr(interp, v),
    }
}

/// `str(exc)`: the single argument, or the args tuple. KeyError shows the
/// key's repr. CPython: BaseException_str, KeyError_str.
pub fn exception_str(interp: &mut dyn Interp, v: &Value) -> PyResult<String> {
    let Value::Instance(inst) = v else {
        return repr(interp, v);
    };
    let args = exc_data(inst).borrow().args.clone();
    let items = match &args {
        Value::Tuple(t) => t.items.clone(),
        _ => vec![],
    };
    let cls = inst.class.borrow().clone();
    if let Some(s) = crate::exception_group::group_str(interp, inst)? {
        return Ok(s);
    }
    if cls.is_subtype(crate::exceptions::ExcKind::OSError.get()) {
        if let Some(s) = oserror_str(interp, inst)? {
            return Ok(s);
        }
    }
    if cls.is_subtype(crate::exceptions::ExcKind::SyntaxError.get()) {
        return syntax_error_str(interp, inst, &items);
    }
    if cls.is_subtype(crate::exceptions::ExcKind::UnicodeError.get()) {
        if let Some(s) = unicode_error_str(inst) {
            return Ok(s);
        }
    }
    match items.len() {
        0 => Ok(String::new()),
        1 => {
            if cls.is_subtype(crate::exceptions::ExcKind::KeyError.get()) {
                repr(interp, &items[0])
            } else {
                ops::str_of(interp, &items[0])
            }
        }
        _ => repr(interp, &args),
    }
}

/// "'utf-8' codec can't decode byte 0xff in position 0: reason" and its
/// encode/translate forms, from the fields `__init__` stored.
/// CPython: UnicodeDecodeError_str, UnicodeEncodeError_str,
/// UnicodeTranslateError_str.
fn unicode_error_str(inst: &crate::value::PyInstance) -> Option<String> {
    let get = |k: &str| inst.dict().get_str(k);
    let int = |k: &str| match get(k) {
        Some(Value::Int(i)) => Some(i),
        Some(Value::Bool(b)) => Some(b as i64),
        _ => None,
    };
    let (start, end) = (int("start")?, int("end")?);
    let reason = match get("reason")? {
        Value::Str(r) => r.as_str().to_string(),
        _ => return None,
    };
    let codec = match get("encoding") {
        Some(Value::Str(e)) => Some(format!("'{}' codec", e.as_str())),
        _ => None,
    };
    match get("object")? {
        Value::Bytes(b) => {
            let codec = codec?;
            match b.data.get(start as usize) {
                Some(byte) if start >= 0 && end == start + 1 => Some(format!(
                    "{codec} can't decode byte 0x{byte:02x} in position {start}: {reason}"
                )),
                _ => Some(format!(
                    "{codec} can't decode bytes in position {start}-{}: {reason}",
                    end - 1
                )),
            }
        }
        Value::Str(s) => {
            let verb = match &codec {
                Some(c) => format!("{c} can't encode"),
                None => "can't translate".to_string(),
            };
            let ch = (start >= 0)
                .then(|| s.as_str().chars().nth(start as usize))
                .flatten();
            match ch {
                Some(c) if end == start + 1 => {
                    let n = c as u32;
                    let esc = if n <= 0xff {
                        format!("\\x{n:02x}")
                    } else if n <= 0xffff {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    Some(format!(
                        "{verb} character '{esc}' in position {start}: {reason}"
                    ))
                }
                _ => Some(format!(
                    "{verb} characters in position {start}-{}: {reason}",
                    end - 1
                )),
            }
        }
        _ => None,
    }
}

/// `msg (file, line N)`, with the file's base name.
/// CPython: Objects/exceptions.c SyntaxError_str.
fn syntax_error_str(
    interp: &mut dyn Interp,
    inst: &crate::value::PyInstance,
    args: &[Value],
) -> PyResult<String> {
    let msg = inst
        .dict()
        .get_str("msg")
        .or_else(|| args.first().cloned())
        .unwrap_or(Value::None);
    let msg = ops::str_of(interp, &msg)?;
    let filename = match inst.dict().get_str("filename") {
        Some(Value::Str(f)) => Some(f.as_str().rsplit('/').next().unwrap_or("").to_string()),
        _ => None,
    };
    let lineno = match inst.dict().get_str("lineno") {
        Some(Value::Int(n)) => Some(n),
        _ => None,
    };
    Ok(match (filename, lineno) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    })
}

/// Whether CPython exposes `type.name` as a slot wrapper (a dunder filled
/// from a type slot) rather than a method-table entry.
// CPython: Objects/typeobject.c slotdefs vs each type's tp_methods
fn is_slot_wrapper(type_name: &str, name: &str) -> bool {
    const METHODS: &[&str] = &[
        "__ceil__",
        "__class_getitem__",
        "__copy__",
        "__deepcopy__",
        "__dir__",
        "__floor__",
        "__format__",
        "__getformat__",
        "__getnewargs__",
        "__getstate__",
        "__init_subclass__",
        "__instancecheck__",
        "__length_hint__",
        "__prepare__",
        "__reduce__",
        "__reduce_ex__",
        "__replace__",
        "__reversed__",
        "__round__",
        "__sizeof__",
        "__subclasscheck__",
        "__subclasses__",
        "__subclasshook__",
        "__trunc__",
    ];
    let coexist = matches!(
        (type_name, name),
        ("list", "__getitem__")
            | ("dict", "__contains__" | "__getitem__")
            | ("set" | "frozenset", "__contains__")
    );
    name.len() > 4
        && name.starts_with("__")
        && name.ends_with("__")
        && !METHODS.contains(&name)
        && !coexist
}

/// `[Errno N] strerror[: 'filename'[ -> 'filename2']]`, or `None` to fall
/// back to BaseException's str. CPython: Objects/exceptions.c OSError_str
fn oserror_str(interp: &mut dyn Interp, inst: &PyInstance) -> PyResult<Option<String>> {
    let field = |name: &str| inst.dict().get_str(name).unwrap_or(Value::None);
    let (errno, strerror) = (field("errno"), field("strerror"));
    let (filename, filename2) = (field("filename"), field("filename2"));
    let head = format!(
        "[Errno {}] {}",
        ops::str_of(interp, &errno)?,
        ops::str_of(interp, &strerror)?
    );
    if !filename.is_none() {
        let mut s = format!("{head}: {}", repr(interp, &filename)?);
        if !filename2.is_none() {
            s.push_str(&format!(" -> {}", repr(interp, &filename2)?));
        }
        return Ok(Some(s));
    }
    if !errno.is_none() || !strerror.is_none() {
        return Ok(Some(head));
    }
    Ok(None)
}

/// `format(v, spec)`. CPython: PyObject_Format and each `__format__`.
pub fn format(interp: &mut dyn Interp, v: &Value, spec: &str) -> PyResult<String> {
    use crate::format as fmt;
    let err = crate::exceptions::PyErr::from;
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            if spec.is_empty() {
                return ops::str_of(interp, v);
            }
            let s =
                fmt::parse_format_spec(spec, v.py_type().name.as_str(), Some('d')).map_err(err)?;
            let b = crate::int::to_bigint(v).unwrap_or_default();
            fmt::format_int_named(&b, &s, v.py_type().name.as_str()).map_err(err)
        }
        Value::Float(f) => {
            if spec.is_empty() {
                return Ok(float_repr(*f));
            }
            let s = fmt::parse_format_spec(spec, "float", None).map_err(err)?;
            fmt::format_float(*f, &s).map_err(err)
        }
        Value::Str(s) => {
            if spec.is_empty() {
                return Ok(s.as_str().to_string());
            }
            let p = fmt::parse_format_spec(spec, "str", Some('s')).map_err(err)?;
            fmt::format_str(s.as_str(), &p).map_err(err)
        }
        _ => {
            let ty = v.py_type();
            if let Some(f) = ty.lookup("__format__") {
                // Python-level methods, and a native type's own (complex).
                let own_native = matches!(v, Value::Object(_))
                    && matches!(&f, Value::Native(n) if n.self_type.as_ref()
                        .is_some_and(|t| !Rc::ptr_eq(t, &crate::types::types().object_type)));
                if !matches!(f, Value::Native(_)) || own_native {
                    let f = ops::bind_descriptor(interp, &f, v)?;
                    return match ops::call0(interp, &f, &[Value::str(spec)])? {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(type_error(format!(
                            "__format__ must return a str, not {}",
                            other.type_name()
                        ))),
                    };
                }
            }
            if !spec.is_empty() {
                return Err(type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    ty.name
                )));
            }
            ops::str_of(interp, v)
        }
    }
}

/// Shared empty-string value helper for natives.
pub fn rc_str(s: String) -> Value {
    Value::Str(Rc::new(crate::value::PyStr::from_string(s)))
}
