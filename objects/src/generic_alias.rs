//! `types.GenericAlias`: what `list[int]` and `asyncio.Queue[int]` return.
//! It records the origin and the arguments, prints as `list[int]`, calls
//! through to the origin, and stands for the origin as a base class.
//! Type variables (`__parameters__`) are not tracked. CPython:
//! Objects/genericaliasobject.c.

use std::any::Any;
use std::rc::Rc;

use crate::exceptions::{type_error, ExcKind};
use crate::function::{Args, NativeFunction};
use crate::interp::Interp;
use crate::ops;
use crate::types::{types, Layout, PyType};
use crate::value::{downcast_object, NativeObject, PyResult, Value};

pub struct GenericAlias {
    pub origin: Value,
    /// Always a tuple.
    pub args: Value,
}

thread_local! {
    static ALIAS_TYPE: Rc<PyType> = {
        let t = PyType::new_final("GenericAlias", vec![types().object_type.clone()], Layout::Builtin);
        *t.module.borrow_mut() = "types".to_string();
        t.set_tp_name("types.GenericAlias");
        t.add_static("__new__", alias_new);
        t.add_method("__repr__", alias_repr);
        t.add_method("__call__", alias_call);
        t.add_method("__eq__", alias_eq);
        t.add_method("__hash__", alias_hash);
        t.add_method("__getattr__", alias_getattr);
        t.add_method("__mro_entries__", alias_mro_entries);
        t.add_method("__instancecheck__", alias_instancecheck);
        t.add_method("__subclasscheck__", alias_instancecheck);
        t.add_method("__or__", crate::union::type_or);
        t.add_method("__ror__", crate::union::type_ror);
        t
    };
}

impl NativeObject for GenericAlias {
    fn py_type(&self) -> Rc<PyType> {
        ALIAS_TYPE.with(|t| t.clone())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `origin[item]`: a tuple item gives several arguments.
pub fn new(origin: Value, item: Value) -> Value {
    let args = match item {
        Value::Tuple(_) => item,
        other => Value::tuple(vec![other]),
    };
    Value::object(Rc::new(GenericAlias { origin, args }))
}

/// A native `__class_getitem__`: `cls[item]`.
pub fn class_getitem(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__class_getitem__", 2, 2)?;
    Ok(new(a[0].clone(), a[1].clone()))
}

/// `classmethod(GenericAlias)` in a class dict, as CPython's classes have.
pub fn class_getitem_method() -> Value {
    let f = NativeFunction::function("__class_getitem__", class_getitem);
    Value::ClassMethod(Rc::new(Value::Native(Rc::new(f))))
}

fn self_alias(args: &Args<'_>) -> PyResult<Rc<GenericAlias>> {
    args.values
        .first()
        .and_then(downcast_object)
        .ok_or_else(|| type_error("descriptor requires a 'types.GenericAlias' object"))
}

/// One argument as the alias prints it. CPython: ga_repr_item.
fn repr_item(interp: &mut dyn Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Ellipsis => Ok("...".into()),
        Value::Type(t) => Ok(t.full_name()),
        _ => ops::repr(interp, v),
    }
}

fn alias_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = self_alias(&args)?;
    let mut s = repr_item(interp, &a.origin)?;
    s.push('[');
    let items = match &a.args {
        Value::Tuple(t) => t.items.clone(),
        _ => vec![],
    };
    if items.is_empty() {
        s.push_str("()");
    }
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&repr_item(interp, x)?);
    }
    s.push(']');
    Ok(Value::string(s))
}

fn alias_call(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = self_alias(&args)?;
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let obj = ops::call(interp, &a.origin, rest)?;
    // CPython records the alias on the instance when it can.
    let _ = ops::setattr(interp, &obj, "__orig_class__", args.values[0].clone());
    Ok(obj)
}

fn alias_eq(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = self_alias(&args)?;
    let x = args.exact("__eq__", 2, 2)?;
    let Some(b) = downcast_object::<GenericAlias>(&x[1]) else {
        return Ok(Value::NotImplemented);
    };
    let same = a.origin.is(&b.origin) && ops::eq(interp, &a.args, &b.args)?;
    Ok(Value::Bool(same))
}

fn alias_hash(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = self_alias(&args)?;
    let h = ops::hash(interp, &a.origin)? ^ ops::hash(interp, &a.args)?;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

/// `__origin__`, `__args__`, `__parameters__`; other names come from the
/// origin. CPython: ga_getattro.
fn alias_getattr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = self_alias(&args)?;
    let x = args.exact("__getattr__", 2, 2)?;
    let name = x[1].as_str().unwrap_or("");
    match name {
        "__origin__" => Ok(a.origin.clone()),
        "__args__" => Ok(a.args.clone()),
        "__parameters__" => Ok(Value::tuple(vec![])),
        "__unpacked__" => Ok(Value::Bool(false)),
        _ if name.starts_with("__") && name.ends_with("__") => Err(ExcKind::AttributeError
            .new_err(format!(
                "'types.GenericAlias' object has no attribute '{name}'"
            ))),
        _ => ops::getattr(interp, &a.origin, name),
    }
}

fn alias_mro_entries(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = self_alias(&args)?;
    Ok(Value::tuple(vec![a.origin.clone()]))
}

fn alias_instancecheck(_: &mut dyn Interp, _: Args<'_>) -> PyResult<Value> {
    Err(type_error(
        "isinstance() argument 2 cannot be a parameterized generic",
    ))
}

/// `GenericAlias(origin, args)`.
fn alias_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("GenericAlias")?;
    let pos = &args.positional()[1..];
    if pos.len() != 2 {
        return Err(type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            pos.len()
        )));
    }
    Ok(new(pos[0].clone(), pos[1].clone()))
}

/// Give the built-in generic containers their `__class_getitem__`.
pub fn register() {
    let t = types();
    for ty in [
        &t.list_type,
        &t.dict_type,
        &t.tuple_type,
        &t.set_type,
        &t.frozenset_type,
        &t.type_type,
    ] {
        ty.dict.set_str("__class_getitem__", class_getitem_method());
    }
}
