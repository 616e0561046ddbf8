//! The runtime half of structural pattern matching (`match`): which
//! subjects sequence and mapping patterns accept, key lookup, and class
//! patterns with `__match_args__`. CPython: Python/ceval.c (MATCH_CLASS,
//! MATCH_KEYS, match_class_attr) and the Py_TPFLAGS_SEQUENCE/MAPPING flags.

use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{type_error, ExcKind};
use rspy_objects::ops;
use rspy_objects::types::types;
use rspy_objects::value::{PyResult, Value};

use crate::vm::Vm;

/// The built-in value behind `v` (itself, or a built-in subclass's value).
fn base_value(v: &Value) -> &Value {
    match v {
        Value::Instance(i) => i.payload.as_ref().unwrap_or(v),
        _ => v,
    }
}

/// Sequence patterns match list, tuple, range and their subclasses (not
/// str, bytes or dict). CPython: Py_TPFLAGS_SEQUENCE.
pub fn is_sequence(v: &Value) -> bool {
    matches!(
        base_value(v),
        Value::List(_) | Value::Tuple(_) | Value::Range(_)
    )
}

/// Mapping patterns match dict and its subclasses. CPython:
/// Py_TPFLAGS_MAPPING.
pub fn is_mapping(v: &Value) -> bool {
    matches!(base_value(v), Value::Dict(_))
}

/// The values of `keys` in `subject`, or None when one is missing.
/// CPython: match_keys (it calls `subject.get`).
pub fn match_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let Value::Tuple(keys) = keys else {
        return Ok(Value::None);
    };
    let seen = PyDict::new();
    let missing = Value::object(std::rc::Rc::new(Marker));
    let mut values = Vec::with_capacity(keys.items.len());
    for k in &keys.items {
        if seen.contains(vm, k)? {
            let r = ops::repr(vm, k)?;
            return Err(
                ExcKind::ValueError.new_err(format!("mapping pattern checks duplicate key ({r})"))
            );
        }
        seen.set_item(vm, k.clone(), Value::None)?;
        let v = ops::call_method(vm, subject, "get", &[k.clone(), missing.clone()])?;
        if v.is(&missing) {
            return Ok(Value::None);
        }
        values.push(v);
    }
    Ok(Value::tuple(values))
}

/// A private "missing" marker for `get`.
struct Marker;

impl rspy_objects::value::NativeObject for Marker {
    fn py_type(&self) -> std::rc::Rc<rspy_objects::types::PyType> {
        types().object_type.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `**rest`: a new dict of the subject's items without `keys`.
pub fn dict_without_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let rest = std::rc::Rc::new(PyDict::new());
    if let Value::Dict(d) = base_value(subject) {
        for (k, v) in d.items() {
            rest.set_item(vm, k, v)?;
        }
    }
    if let Value::Tuple(t) = keys {
        for k in &t.items {
            rest.del_item(vm, k)?;
        }
    }
    Ok(Value::Dict(rest))
}

/// The attributes a class pattern matches, or None when the subject is
/// not an instance or lacks one. CPython: match_class.
pub fn match_class(
    vm: &mut Vm,
    subject: &Value,
    cls: &Value,
    npos: usize,
    names: &Value,
) -> PyResult<Value> {
    let Value::Type(t) = cls else {
        return Err(type_error("called match pattern must be a class"));
    };
    if !ops::isinstance(vm, subject, cls)? {
        return Ok(Value::None);
    }
    let mut attrs: Vec<Value> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if npos > 0 {
        let match_args = ops::getattr_opt(vm, cls, "__match_args__")?;
        let self_match = match_args.is_none() && self_matching(t);
        if self_match {
            if npos > 1 {
                return Err(type_error(format!(
                    "{}() accepts 1 positional sub-pattern ({npos} given)",
                    t.name
                )));
            }
            attrs.push(subject.clone());
        } else {
            let args = match match_args {
                Some(Value::Tuple(a)) => a.items.clone(),
                None => vec![],
                Some(other) => {
                    return Err(type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        t.name,
                        other.type_name()
                    )))
                }
            };
            if npos > args.len() {
                let s = if args.len() == 1 { "" } else { "s" };
                return Err(type_error(format!(
                    "{}() accepts {} positional sub-pattern{s} ({npos} given)",
                    t.name,
                    args.len()
                )));
            }
            for name in &args[..npos] {
                let Some(n) = name.as_str() else {
                    return Err(type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        name.type_name()
                    )));
                };
                seen.push(n.to_string());
                match ops::getattr_opt(vm, subject, n)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
    }
    if let Value::Tuple(kw) = names {
        for name in &kw.items {
            let n = name.as_str().unwrap_or("");
            if seen.iter().any(|s| s == n) {
                return Err(type_error(format!(
                    "{}() got multiple sub-patterns for attribute '{n}'",
                    t.name
                )));
            }
            seen.push(n.to_string());
            match ops::getattr_opt(vm, subject, n)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
    }
    Ok(Value::tuple(attrs))
}

/// Built-in types whose single positional sub-pattern matches the whole
/// subject. CPython: MATCH_SELF types.
fn self_matching(t: &std::rc::Rc<rspy_objects::types::PyType>) -> bool {
    let ty = types();
    let base = t.builtin_base();
    [
        &ty.bool_type,
        &ty.bytes_type,
        &ty.dict_type,
        &ty.float_type,
        &ty.frozenset_type,
        &ty.int_type,
        &ty.list_type,
        &ty.set_type,
        &ty.str_type,
        &ty.tuple_type,
        &rspy_objects::bytearray::bytearray_type(),
    ]
    .iter()
    .any(|b| std::rc::Rc::ptr_eq(b, &base))
}
