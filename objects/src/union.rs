//! `int | str`: the union object, `typing.Union` in 3.14. `type.__or__`
//! and `GenericAlias.__or__` build it; it flattens nested unions, drops
//! duplicates, prints as `int | str | None` and answers `isinstance`.
//! CPython: Objects/unionobject.c.

use std::any::Any;
use std::rc::Rc;

use crate::exceptions::{type_error, ExcKind};
use crate::function::Args;
use crate::generic_alias::GenericAlias;
use crate::interp::Interp;
use crate::ops;
use crate::types::{types, Layout, PyType};
use crate::value::{downcast_object, NativeObject, PyResult, Value};

pub struct Union {
    /// A tuple of at least two distinct members.
    pub args: Value,
}

thread_local! {
    static UNION_TYPE: Rc<PyType> = {
        let t = PyType::new_final("Union", vec![types().object_type.clone()], Layout::Builtin);
        *t.module.borrow_mut() = "typing".to_string();
        t.set_tp_name("typing.Union");
        t.add_method("__repr__", union_repr);
        t.add_method("__eq__", union_eq);
        t.add_method("__hash__", union_hash);
        t.add_method("__or__", type_or);
        t.add_method("__ror__", type_ror);
        t.add_method("__getattr__", union_getattr);
        t.add_method("__instancecheck__", union_instancecheck);
        t.add_method("__subclasscheck__", union_subclasscheck);
        t
    };
}

impl NativeObject for Union {
    fn py_type(&self) -> Rc<PyType> {
        UNION_TYPE.with(|t| t.clone())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn self_union(args: &Args<'_>) -> PyResult<Rc<Union>> {
    args.values
        .first()
        .and_then(downcast_object)
        .ok_or_else(|| type_error("descriptor requires a 'typing.Union' object"))
}

fn members(u: &Union) -> Vec<Value> {
    match &u.args {
        Value::Tuple(t) => t.items.clone(),
        _ => Vec::new(),
    }
}

/// What may stand on either side of `|`. CPython: is_unionable.
fn is_unionable(v: &Value) -> bool {
    matches!(v, Value::None | Value::Type(_))
        || downcast_object::<GenericAlias>(v).is_some()
        || downcast_object::<Union>(v).is_some()
}

/// `a | b`, flattened and without duplicates; a single member is returned
/// as itself. CPython: _Py_union_type_or.
fn make_union(interp: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<Value> {
    let mut out: Vec<Value> = Vec::new();
    for side in [a, b] {
        let items = match downcast_object::<Union>(side) {
            Some(u) => members(&u),
            None => vec![side.clone()],
        };
        for x in items {
            let x = match x {
                Value::None => Value::Type(types().none_type.clone()),
                other => other,
            };
            let mut seen = false;
            for y in &out {
                if y.is(&x) || ops::eq(interp, y, &x)? {
                    seen = true;
                    break;
                }
            }
            if !seen {
                out.push(x);
            }
        }
    }
    if out.len() == 1 {
        return Ok(out.remove(0));
    }
    Ok(Value::object(Rc::new(Union {
        args: Value::tuple(out),
    })))
}

/// `type.__or__`, `GenericAlias.__or__`, `Union.__or__`.
pub fn type_or(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__or__", 2, 2)?;
    if !is_unionable(&a[0]) || !is_unionable(&a[1]) {
        return Ok(Value::NotImplemented);
    }
    make_union(interp, &a[0], &a[1])
}

/// `type.__ror__` and the others: `other | self`.
pub fn type_ror(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__ror__", 2, 2)?;
    if !is_unionable(&a[0]) || !is_unionable(&a[1]) {
        return Ok(Value::NotImplemented);
    }
    make_union(interp, &a[1], &a[0])
}

/// One member as the union prints it. CPython: _Py_typing_type_repr.
fn repr_member(interp: &mut dyn Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Type(t) if Rc::ptr_eq(t, &types().none_type) => Ok("None".into()),
        Value::Type(t) => Ok(t.full_name()),
        _ => ops::repr(interp, v),
    }
}

fn union_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let u = self_union(&args)?;
    let mut parts = Vec::new();
    for x in members(&u) {
        parts.push(repr_member(interp, &x)?);
    }
    Ok(Value::string(parts.join(" | ")))
}

/// Unions are equal when they have the same members in any order.
fn union_eq(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let u = self_union(&args)?;
    let x = args.exact("__eq__", 2, 2)?;
    let Some(v) = downcast_object::<Union>(&x[1]) else {
        return Ok(Value::NotImplemented);
    };
    let (a, b) = (members(&u), members(&v));
    if a.len() != b.len() {
        return Ok(Value::Bool(false));
    }
    for p in &a {
        let mut found = false;
        for q in &b {
            if ops::eq(interp, p, q)? {
                found = true;
                break;
            }
        }
        if !found {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Order-independent, as CPython hashes the frozenset of members.
fn union_hash(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let u = self_union(&args)?;
    let mut h: i64 = 0x2f_1a_5c;
    for x in members(&u) {
        h ^= ops::hash(interp, &x)?;
    }
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

/// `__args__`, `__origin__`, `__parameters__`. CPython: union_getattro.
fn union_getattr(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let u = self_union(&args)?;
    let x = args.exact("__getattr__", 2, 2)?;
    match x[1].as_str().unwrap_or("") {
        "__args__" => Ok(u.args.clone()),
        "__origin__" => Ok(Value::Type(UNION_TYPE.with(|t| t.clone()))),
        "__parameters__" => Ok(Value::tuple(vec![])),
        name => Err(ExcKind::AttributeError
            .new_err(format!("'typing.Union' object has no attribute '{name}'"))),
    }
}

fn check_members(interp: &mut dyn Interp, args: &Args<'_>, subclass: bool) -> PyResult<Value> {
    let u = self_union(args)?;
    let x = args.exact("__instancecheck__", 2, 2)?;
    for m in members(&u) {
        let hit = if subclass {
            ops::issubclass(interp, &x[1], &m)?
        } else {
            ops::isinstance(interp, &x[1], &m)?
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn union_instancecheck(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    check_members(interp, &args, false)
}

fn union_subclasscheck(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    check_members(interp, &args, true)
}

/// `type.__or__`/`__ror__`, so `int | None` builds a union.
pub fn register() {
    let t = &types().type_type;
    t.add_method("__or__", type_or);
    t.add_method("__ror__", type_ror);
}
