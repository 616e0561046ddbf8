//! `types.SimpleNamespace`: an object whose attributes live in a plain
//! dict, shown as `namespace(a=1, b=2)`. Native, as in CPython, so Rust
//! code can make one (`sys.implementation`, `time.get_clock_info()`);
//! lib/types.py names the type the way CPython's Lib/types.py does,
//! `SimpleNamespace = type(sys.implementation)`. Python classes may
//! subclass it. CPython: Objects/namespaceobject.c.

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use crate::dict::PyDict;
use crate::exceptions::type_error;
use crate::function::Args;
use crate::interp::Interp;
use crate::ops;
use crate::types::{types, Layout, PyType};
use crate::value::{downcast_object, NativeObject, PyResult, Value};

/// A SimpleNamespace (or subclass) instance.
pub struct PyNamespace {
    cls: Rc<PyType>,
    dict: Rc<PyDict>,
}

impl NativeObject for PyNamespace {
    fn py_type(&self) -> Rc<PyType> {
        self.cls.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn instance_dict(&self) -> Option<&Rc<PyDict>> {
        Some(&self.dict)
    }
}

thread_local! {
    static NAMESPACE_TYPE: OnceCell<Rc<PyType>> = const { OnceCell::new() };
    /// Namespaces whose repr is in progress. CPython: Py_ReprEnter.
    static REPR_RUNNING: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// The `types.SimpleNamespace` type.
pub fn namespace_type() -> Rc<PyType> {
    NAMESPACE_TYPE.with(|c| c.get_or_init(make_type).clone())
}

fn make_type() -> Rc<PyType> {
    let t = PyType::new_builtin(
        "SimpleNamespace",
        vec![types().object_type.clone()],
        Layout::Native,
    );
    *t.module.borrow_mut() = "types".to_string();
    t.set_tp_name("types.SimpleNamespace");
    t.add_static("__new__", namespace_new);
    t.add_method("__init__", namespace_init);
    t.add_method("__repr__", namespace_repr);
    t.add_method("__eq__", namespace_eq);
    t.add_method("__ne__", namespace_ne);
    t.add_method("__reduce__", namespace_reduce);
    t.add_method("__replace__", namespace_replace);
    t.dict.set_str("__hash__", Value::None);
    t.dict
        .set_str("__doc__", Value::str("A simple attribute-based namespace."));
    t
}

/// A SimpleNamespace holding `items`, in order. CPython: _PyNamespace_New.
pub fn new_namespace<'a>(items: impl IntoIterator<Item = (&'a str, Value)>) -> Value {
    let dict = Rc::new(PyDict::new());
    for (k, v) in items {
        dict.set_str(k, v);
    }
    Value::object(Rc::new(PyNamespace {
        cls: namespace_type(),
        dict,
    }))
}

/// The attribute dict of a namespace, if `v` is one.
pub fn namespace_dict(v: &Value) -> Option<Rc<PyDict>> {
    downcast_object::<PyNamespace>(v).map(|ns| ns.dict.clone())
}

fn self_namespace(args: &Args<'_>, method: &str) -> PyResult<Rc<PyNamespace>> {
    let v = args.values.first();
    v.and_then(downcast_object::<PyNamespace>).ok_or_else(|| {
        type_error(format!(
            "descriptor '{method}' requires a 'types.SimpleNamespace' object but received a '{}'",
            v.map(|v| v.type_name()).unwrap_or_default()
        ))
    })
}

// CPython: Objects/namespaceobject.c namespace_new
fn namespace_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.values.first() else {
        return Err(type_error(
            "SimpleNamespace.__new__(X): X is not a type object",
        ));
    };
    if !cls.is_subtype(&namespace_type()) {
        return Err(type_error(format!(
            "SimpleNamespace.__new__({}): {} is not a subtype of SimpleNamespace",
            cls.name, cls.name
        )));
    }
    Ok(Value::object(Rc::new(PyNamespace {
        cls: cls.clone(),
        dict: Rc::new(PyDict::new()),
    })))
}

/// Copy `src` into the namespace dict; keys must be strings.
/// CPython: PyArg_ValidateKeywordArguments + PyDict_Update.
fn update_from(interp: &mut dyn Interp, dst: &PyDict, src: &PyDict) -> PyResult<()> {
    let items = src.items();
    if items.iter().any(|(k, _)| !matches!(k, Value::Str(_))) {
        return Err(type_error("keywords must be strings"));
    }
    for (k, v) in items {
        dst.set_item(interp, k, v)?;
    }
    Ok(())
}

// CPython: Objects/namespaceobject.c namespace_init
fn namespace_init(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ns = self_namespace(&args, "__init__")?;
    let pos = args.positional().get(1..).unwrap_or_default();
    if pos.len() > 1 {
        return Err(type_error(format!(
            "{} expected at most 1 argument, got {}",
            ns.cls.name,
            pos.len()
        )));
    }
    if let Some(arg) = pos.first() {
        let d = match arg {
            Value::Dict(d) => d.clone(),
            other => {
                let dict_type = Value::Type(types().dict_type.clone());
                match ops::call0(interp, &dict_type, std::slice::from_ref(other))? {
                    Value::Dict(d) => d,
                    _ => return Err(type_error("dict() did not return a dict")),
                }
            }
        };
        update_from(interp, &ns.dict, &d)?;
    }
    for (k, v) in args.kwargs() {
        ns.dict.set_name(k.clone(), v.clone());
    }
    Ok(Value::None)
}

// CPython: Objects/namespaceobject.c namespace_repr
fn namespace_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ns = self_namespace(&args, "__repr__")?;
    let name = if Rc::ptr_eq(&ns.cls, &namespace_type()) {
        "namespace".to_string()
    } else {
        ns.cls.name.clone()
    };
    let key = Rc::as_ptr(&ns) as usize;
    if REPR_RUNNING.with(|r| r.borrow().contains(&key)) {
        return Ok(Value::string(format!("{name}(...)")));
    }
    REPR_RUNNING.with(|r| r.borrow_mut().push(key));
    let items = repr_items(interp, &ns.dict);
    REPR_RUNNING.with(|r| r.borrow_mut().retain(|k| *k != key));
    Ok(Value::string(format!("{name}({})", items?)))
}

/// `k=repr(v)` for each non-empty str key.
fn repr_items(interp: &mut dyn Interp, dict: &PyDict) -> PyResult<String> {
    let mut parts = Vec::new();
    for (k, v) in dict.items() {
        let Value::Str(k) = k else { continue };
        if k.as_str().is_empty() {
            continue;
        }
        parts.push(format!("{}={}", k.as_str(), ops::repr(interp, &v)?));
    }
    Ok(parts.join(", "))
}

/// Both operands' dicts when both are namespaces.
fn both_dicts(args: &Args<'_>) -> Option<(Rc<PyDict>, Rc<PyDict>)> {
    let a = downcast_object::<PyNamespace>(args.values.first()?)?;
    let b = downcast_object::<PyNamespace>(args.values.get(1)?)?;
    Some((a.dict.clone(), b.dict.clone()))
}

// CPython: Objects/namespaceobject.c namespace_richcompare
fn namespace_eq(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    self_namespace(&args, "__eq__")?;
    match both_dicts(&args) {
        Some((a, b)) => Ok(Value::Bool(crate::seq::dict_eq(interp, &a, &b)?)),
        None => Ok(Value::NotImplemented),
    }
}

// CPython: Objects/namespaceobject.c namespace_richcompare
fn namespace_ne(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    self_namespace(&args, "__ne__")?;
    match both_dicts(&args) {
        Some((a, b)) => Ok(Value::Bool(!crate::seq::dict_eq(interp, &a, &b)?)),
        None => Ok(Value::NotImplemented),
    }
}

// CPython: Objects/namespaceobject.c namespace_reduce
fn namespace_reduce(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ns = self_namespace(&args, "__reduce__")?;
    Ok(Value::tuple(vec![
        Value::Type(ns.cls.clone()),
        Value::tuple(vec![]),
        Value::Dict(ns.dict.clone()),
    ]))
}

// CPython: Objects/namespaceobject.c namespace_replace
fn namespace_replace(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ns = self_namespace(&args, "__replace__")?;
    if args.positional().len() > 1 {
        return Err(type_error("__replace__() takes no positional arguments"));
    }
    let result = ops::call0(interp, &Value::Type(ns.cls.clone()), &[])?;
    if let Some(d) = downcast_object::<PyNamespace>(&result) {
        update_from(interp, &d.dict, &ns.dict)?;
        for (k, v) in args.kwargs() {
            d.dict.set_name(k.clone(), v.clone());
        }
    }
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namespace_holds_items_in_order() {
        crate::init();
        let v = new_namespace([("name", Value::str("rspy")), ("x", Value::Int(1))]);
        let d = namespace_dict(&v).unwrap();
        assert_eq!(d.len(), 2);
        assert!(matches!(d.get_str("x"), Some(Value::Int(1))));
        assert!(Rc::ptr_eq(&v.py_type(), &namespace_type()));
        assert_eq!(v.py_type().full_name(), "types.SimpleNamespace");
        assert!(namespace_dict(&Value::Int(1)).is_none());
    }
}
