//! `types.MappingProxyType`: a read-only view of a mapping, which is what a
//! class's `__dict__` is. Reads go to the mapping; there is no way to
//! write through it. CPython: Objects/descrobject.c (mappingproxy).

use std::any::Any;
use std::rc::Rc;

use crate::exceptions::type_error;
use crate::function::Args;
use crate::interp::Interp;
use crate::ops;
use crate::types::{types, Layout, PyType};
use crate::value::{downcast_object, NativeObject, PyResult, Value};

pub struct MappingProxy {
    pub mapping: Value,
}

thread_local! {
    static PROXY_TYPE: Rc<PyType> = {
        let t = PyType::new_final("mappingproxy", vec![types().object_type.clone()], Layout::Builtin);
        t.add_static("__new__", proxy_new);
        t.add_method("__getitem__", proxy_getitem);
        t.add_method("__contains__", proxy_contains);
        t.add_method("__iter__", proxy_iter);
        t.add_method("__reversed__", proxy_reversed);
        t.add_method("__len__", proxy_len);
        t.add_method("__repr__", proxy_repr);
        t.add_method("__str__", proxy_str);
        t.add_method("__eq__", proxy_eq);
        t.add_method("__or__", proxy_or);
        t.add_method("__ror__", proxy_ror);
        t.add_method("get", proxy_get);
        t.add_method("keys", proxy_keys);
        t.add_method("values", proxy_values);
        t.add_method("items", proxy_items);
        t.add_method("copy", proxy_copy);
        t
    };
}

impl NativeObject for MappingProxy {
    fn py_type(&self) -> Rc<PyType> {
        PROXY_TYPE.with(|t| t.clone())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A read-only view of `mapping`.
pub fn new(mapping: Value) -> Value {
    Value::object(Rc::new(MappingProxy { mapping }))
}

/// The mapping behind a `mappingproxy` receiver.
fn target(args: &Args<'_>, name: &str) -> PyResult<Value> {
    match args
        .values
        .first()
        .and_then(downcast_object::<MappingProxy>)
    {
        Some(p) => Ok(p.mapping.clone()),
        None => Err(type_error(format!(
            "descriptor '{name}' requires a 'mappingproxy' object"
        ))),
    }
}

/// Call `name` on the mapping with the arguments after the receiver.
fn forward(interp: &mut dyn Interp, args: Args<'_>, name: &str) -> PyResult<Value> {
    let m = target(&args, name)?;
    ops::call_method(interp, &m, name, &args.positional()[1..])
}

/// `mappingproxy(mapping)`. CPython: mappingproxy_new_impl.
fn proxy_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.only_kwargs("mappingproxy", &["mapping"])?;
    let pos = args.check_count("mappingproxy", 1, 2)?;
    let Some(m) = pos.get(1).or_else(|| args.kw("mapping")) else {
        return Err(type_error(
            "mappingproxy() missing required argument 'mapping' (pos 1)",
        ));
    };
    let is_mapping = !matches!(m, Value::List(_) | Value::Tuple(_))
        && ops::getattr_opt(interp, m, "__getitem__")?.is_some()
        && ops::getattr_opt(interp, m, "keys")?.is_some();
    if !is_mapping {
        return Err(type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            m.type_name()
        )));
    }
    Ok(new(m.clone()))
}

fn proxy_getitem(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = target(&args, "__getitem__")?;
    let a = args.exact("__getitem__", 2, 2)?;
    ops::getitem(interp, &m, &a[1])
}

fn proxy_contains(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = target(&args, "__contains__")?;
    let a = args.exact("__contains__", 2, 2)?;
    Ok(Value::Bool(ops::contains(interp, &m, &a[1])?))
}

fn proxy_iter(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = target(&args, "__iter__")?;
    ops::get_iter(interp, &m)
}

fn proxy_reversed(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    forward(interp, args, "__reversed__")
}

fn proxy_len(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = target(&args, "__len__")?;
    Ok(Value::Int(ops::len(interp, &m)? as i64))
}

fn proxy_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = target(&args, "__repr__")?;
    Ok(Value::string(format!(
        "mappingproxy({})",
        ops::repr(interp, &m)?
    )))
}

fn proxy_str(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = target(&args, "__str__")?;
    Ok(Value::string(ops::str_of(interp, &m)?))
}

fn proxy_eq(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = target(&args, "__eq__")?;
    let a = args.exact("__eq__", 2, 2)?;
    ops::richcompare(interp, &m, &a[1], crate::code::CmpOp::Eq)
}

/// `proxy | other`: a new dict. CPython: mappingproxy_or.
fn proxy_or(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__or__", 2, 2)?;
    let m = target(&args, "__or__")?;
    let other = match downcast_object::<MappingProxy>(&a[1]) {
        Some(p) => p.mapping.clone(),
        None => a[1].clone(),
    };
    ops::binary_op(interp, &m, &other, crate::code::BinOp::Or)
}

fn proxy_ror(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__ror__", 2, 2)?;
    let m = target(&args, "__ror__")?;
    ops::binary_op(interp, &a[1], &m, crate::code::BinOp::Or)
}

fn proxy_get(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    forward(interp, args, "get")
}

fn proxy_keys(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    forward(interp, args, "keys")
}

fn proxy_values(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    forward(interp, args, "values")
}

fn proxy_items(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    forward(interp, args, "items")
}

fn proxy_copy(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    forward(interp, args, "copy")
}
