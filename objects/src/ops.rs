//! The abstract object protocol: calling, attributes, comparison, hashing,
//! arithmetic dispatch, subscripting, iteration, truth, repr and str.
//!
//! Built-in types are dispatched on the `Value` variant first (no dict
//! lookups on the hot paths); instances of Python classes go through their
//! dunder methods with CPython's reflected-operand rules. CPython:
//! Objects/abstract.c, Objects/object.c, Objects/typeobject.c (slot wrappers).

use std::rc::Rc;

use crate::code::{BinOp, CmpOp, UnaryOp};
use crate::exceptions::{exc_data, key_error, no_attribute, type_error, ExcKind, PyErr};
use crate::function::{Args, BoundMethod};
use crate::interp::Interp;
use crate::types::{types, Layout, PyType};
use crate::value::{PyInstance, PyResult, PyStr, Value};
use crate::{float, int, iter, seq, strings};

// ---------------------------------------------------------------- calling

/// Call any callable. CPython: Objects/call.c PyObject_Vectorcall.
pub fn call(interp: &mut dyn Interp, f: &Value, args: Args<'_>) -> PyResult<Value> {
    match f {
        Value::Function(func) => interp.call_function(func, args),
        Value::Native(n) => {
            // A built-in type's method called on an instance of a Python
            // subclass works on the built-in value the instance carries.
            if let (Some(t), Some(Value::Instance(inst))) = (&n.self_type, args.values.first()) {
                if let Some(p) = &inst.payload {
                    if t.builtin && !Rc::ptr_eq(t, &types().object_type) {
                        let mut v = args.values.to_vec();
                        v[0] = p.clone();
                        if let Some(kinds) = value_kinds(n) {
                            value_args(kinds, &mut v[1..]);
                        }
                        return (n.func)(interp, Args::with_kw(&v, args.kwnames));
                    }
                }
            }
            if let Some(kinds) = value_kinds(n) {
                if args.values.iter().any(|a| has_subclass_value(a, kinds)) {
                    let mut v = args.values.to_vec();
                    value_args(kinds, &mut v);
                    return (n.func)(interp, Args::with_kw(&v, args.kwnames));
                }
            }
            (n.func)(interp, args)
        }
        Value::Method(m) => call_bound(interp, &m.func, &m.self_value, args),
        Value::Type(t) => {
            // A metaclass's own `__call__` runs instead of type.__call__.
            if let Some(meta) = &*t.meta.borrow() {
                if let Some(c) = meta.lookup("__call__") {
                    if !matches!(c, Value::Native(_)) {
                        return call_bound(interp, &c, f, args);
                    }
                }
            }
            crate::object::type_call(interp, t, args)
        }
        _ => {
            let ty = f.py_type();
            match ty.lookup("__call__") {
                Some(c) if !matches!(f, Value::Type(_)) => call_bound(interp, &c, f, args),
                _ => Err(type_error(format!("'{}' object is not callable", ty.name))),
            }
        }
    }
}

/// Call `func` with `self_value` prepended to the arguments.
pub fn call_bound(
    interp: &mut dyn Interp,
    func: &Value,
    self_value: &Value,
    args: Args<'_>,
) -> PyResult<Value> {
    let mut v = Vec::with_capacity(args.values.len() + 1);
    v.push(self_value.clone());
    v.extend_from_slice(args.values);
    call(interp, func, Args::with_kw(&v, args.kwnames))
}

/// Call with positional arguments only.
pub fn call0(interp: &mut dyn Interp, f: &Value, args: &[Value]) -> PyResult<Value> {
    call(interp, f, Args::new(args))
}

/// Look `name` up on the type of `obj` and call it bound to `obj`; `None`
/// when the type has no such attribute. For dunder dispatch.
pub fn call_dunder(
    interp: &mut dyn Interp,
    obj: &Value,
    name: &str,
    args: &[Value],
) -> PyResult<Option<Value>> {
    let Some(f) = obj.py_type().lookup(name) else {
        return Ok(None);
    };
    // A dunder set to None is called like any other value (slots that
    // treat None as "absent", such as __iter__ and __hash__, check first).
    if f.is_none() {
        return Err(type_error("'NoneType' object is not callable"));
    }
    if matches!(f, Value::Function(_) | Value::Native(_)) {
        // What binding and then calling does, without the bound method.
        return call_bound(interp, &f, obj, Args::new(args)).map(Some);
    }
    let f = bind_descriptor(interp, &f, obj)?;
    call0(interp, &f, args).map(Some)
}

/// `obj.name(*args)`.
pub fn call_method(
    interp: &mut dyn Interp,
    obj: &Value,
    name: &str,
    args: &[Value],
) -> PyResult<Value> {
    let m = getattr(interp, obj, name)?;
    call0(interp, &m, args)
}

/// Bind a class attribute found on the type of `obj` for use on `obj`.
/// CPython: the `tp_descr_get` slot.
pub fn bind_descriptor(interp: &mut dyn Interp, descr: &Value, obj: &Value) -> PyResult<Value> {
    Ok(match descr {
        Value::Function(_) | Value::Native(_) => Value::Method(Rc::new(BoundMethod {
            self_value: obj.clone(),
            func: descr.clone(),
        })),
        Value::StaticMethod(f) => (**f).clone(),
        Value::ClassMethod(f) => Value::Method(Rc::new(BoundMethod {
            self_value: Value::Type(obj.py_type()),
            func: (**f).clone(),
        })),
        Value::Property(p) => {
            if p.fget.is_none() {
                return Err(crate::container_methods::property_missing(
                    interp, p, obj, "getter",
                ));
            }
            call0(interp, &p.fget, std::slice::from_ref(obj))?
        }
        Value::Instance(_) => match descr.py_type().lookup("__get__") {
            Some(get) => {
                let ty = Value::Type(obj.py_type());
                call_bound(interp, &get, descr, Args::new(&[obj.clone(), ty]))?
            }
            None => descr.clone(),
        },
        _ => descr.clone(),
    })
}

/// A data descriptor whose `__get__` takes precedence over the instance
/// dict (one with `__set__`/`__delete__` but no `__get__` does not).
/// CPython: PyObject_GenericGetAttr (tp_descr_get && PyDescr_IsData).
fn is_data_descriptor(v: &Value) -> bool {
    match v {
        Value::Property(_) => true,
        Value::Instance(_) => {
            let t = v.py_type();
            (t.lookup("__set__").is_some() || t.lookup("__delete__").is_some())
                && t.lookup("__get__").is_some()
        }
        _ => false,
    }
}

// ------------------------------------------------------------- attributes

/// Which subclass instances a native's arguments are read as values:
/// str and bytes methods take str/bytes subclasses as text, int and
/// float methods take int/float subclasses as numbers (CPython's
/// PyUnicode_Check, PyLong_Check... accept subclasses). Other kinds keep
/// their class, for the natives' own conversions and error messages.
#[derive(Clone, Copy)]
enum ValueKinds {
    Text,
    Number,
}

fn value_kinds(n: &crate::function::NativeFunction) -> Option<ValueKinds> {
    let t = n.self_type.as_ref()?;
    let ty = types();
    if Rc::ptr_eq(t, &ty.str_type) || Rc::ptr_eq(t, &ty.bytes_type) {
        Some(ValueKinds::Text)
    } else if Rc::ptr_eq(t, &ty.int_type) || Rc::ptr_eq(t, &ty.float_type) {
        Some(ValueKinds::Number)
    } else {
        None
    }
}

/// The value an instance of a subclass of a `kinds` type stands for.
fn subclass_value(v: &Value, kinds: ValueKinds) -> Option<Value> {
    let Value::Instance(i) = v else {
        return None;
    };
    match (kinds, i.payload.as_ref()?) {
        (ValueKinds::Text, p @ (Value::Str(_) | Value::Bytes(_))) => Some(p.clone()),
        (ValueKinds::Number, p @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_))) => {
            Some(p.clone())
        }
        _ => None,
    }
}

/// Such an instance, or a tuple holding one.
fn has_subclass_value(v: &Value, kinds: ValueKinds) -> bool {
    match v {
        Value::Tuple(t) => t.items.iter().any(|x| subclass_value(x, kinds).is_some()),
        _ => subclass_value(v, kinds).is_some(),
    }
}

/// Replace such instances among `args` (and inside tuple arguments, as
/// `startswith(("a", S("b")))` takes) by their values.
fn value_args(kinds: ValueKinds, args: &mut [Value]) {
    for a in args.iter_mut() {
        if let Some(p) = subclass_value(a, kinds) {
            *a = p;
            continue;
        }
        if !has_subclass_value(a, kinds) {
            continue;
        }
        if let Value::Tuple(t) = a {
            let mut items = t.items.clone();
            value_args(kinds, &mut items);
            *a = Value::tuple(items);
        }
    }
}

/// `callable(v)`. CPython: PyCallable_Check.
pub fn callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Native(_) | Value::Method(_) | Value::Type(_) => true,
        Value::StaticMethod(f) => callable(f),
        _ => v.py_type().lookup("__call__").is_some_and(|c| !c.is_none()),
    }
}

/// `getattr(obj, name)`. CPython: PyObject_GetAttr / PyObject_GenericGetAttr.
pub fn getattr(interp: &mut dyn Interp, obj: &Value, name: &str) -> PyResult<Value> {
    match obj {
        Value::Instance(inst) => instance_getattr(interp, obj, inst, name),
        Value::Type(t) => crate::object::type_getattr(interp, t, name),
        Value::Super(s) => crate::object::super_getattr(interp, obj, s, name),
        Value::Module(m) => {
            if let Some(v) = m.dict.get_str(name) {
                return Ok(v);
            }
            match name {
                "__dict__" => Ok(Value::Dict(m.dict.clone())),
                "__annotations__" => crate::object::namespace_annotations(interp, &m.dict),
                "__name__" => Ok(Value::str(&m.name)),
                _ => {
                    if let Some(ga) = m.dict.get_str("__getattr__") {
                        return call0(interp, &ga, &[Value::str(name)]);
                    }
                    Err(no_attribute(obj, name))
                }
            }
        }
        Value::Object(o) => native_object_getattr(interp, obj, o.instance_dict(), name),
        _ => {
            if let Some(v) = crate::object::special_getattr(interp, obj, name)? {
                return Ok(v);
            }
            match obj.py_type().lookup(name) {
                Some(d) => bind_descriptor(interp, &d, obj),
                None => Err(no_attribute(obj, name)),
            }
        }
    }
}

/// Attribute lookup on a Rust-implemented object: data descriptors, then
/// its instance dict (if it has one), then the type. CPython:
/// PyObject_GenericGetAttr.
fn native_object_getattr(
    interp: &mut dyn Interp,
    obj: &Value,
    dict: Option<&Rc<crate::dict::PyDict>>,
    name: &str,
) -> PyResult<Value> {
    let found = obj.py_type().lookup(name);
    if let Some(d) = &found {
        if is_data_descriptor(d) {
            return bind_descriptor(interp, d, obj);
        }
    }
    if let Some(v) = dict.and_then(|d| d.get_str(name)) {
        return Ok(v);
    }
    if name == "__dict__" {
        if let Some(d) = dict {
            return Ok(Value::Dict(d.clone()));
        }
    }
    if let Some(v) = crate::object::special_getattr(interp, obj, name)? {
        return Ok(v);
    }
    if let Some(d) = found {
        return bind_descriptor(interp, &d, obj);
    }
    if let Some(ga) = obj.py_type().lookup("__getattr__") {
        let ga = bind_descriptor(interp, &ga, obj)?;
        return call0(interp, &ga, &[Value::str(name)]);
    }
    Err(no_attribute(obj, name))
}

fn instance_getattr(
    interp: &mut dyn Interp,
    obj: &Value,
    inst: &Rc<PyInstance>,
    name: &str,
) -> PyResult<Value> {
    let cls = inst.class.borrow().clone();
    let r = if plain_getattribute(&cls) {
        generic_instance_getattr(interp, obj, inst, &cls, name)
    } else {
        match cls.lookup("__getattribute__") {
            Some(g) => call_bound(interp, &g, obj, Args::new(&[Value::str(name)])),
            None => generic_instance_getattr(interp, obj, inst, &cls, name),
        }
    };
    // CPython: slot_tp_getattr_hook, __getattr__ after an AttributeError.
    match r {
        Err(e) if e.matches(ExcKind::AttributeError) => match cls.lookup("__getattr__") {
            Some(ga) => call_bound(interp, &ga, obj, Args::new(&[Value::str(name)])),
            None => Err(e),
        },
        r => r,
    }
}

/// `object.__getattribute__` for instances. CPython: PyObject_GenericGetAttr.
fn generic_instance_getattr(
    interp: &mut dyn Interp,
    obj: &Value,
    inst: &Rc<PyInstance>,
    cls: &Rc<PyType>,
    name: &str,
) -> PyResult<Value> {
    let descr = cls.lookup(name);
    if let Some(d) = &descr {
        if is_data_descriptor(d) {
            return bind_descriptor(interp, d, obj);
        }
    }
    // Slots are data descriptors in CPython: they win over the dict.
    if !cls.slot_names.is_empty() && cls.slot_names.iter().any(|s| s == name) {
        return match inst.slots.get().and_then(|d| d.get_str(name)) {
            Some(v) => Ok(v),
            None => Err(no_attribute(obj, name)),
        };
    }
    if let Some(v) = inst.dict().get_str(name) {
        return Ok(v);
    }
    if let Some(d) = descr {
        return bind_descriptor(interp, &d, obj);
    }
    if let Some(v) = crate::object::special_getattr(interp, obj, name)? {
        return Ok(v);
    }
    Err(no_attribute(obj, name))
}

/// Whether instances of `cls` use object's `__getattribute__`.
fn plain_getattribute(cls: &PyType) -> bool {
    cls.plain_attribute_access() & crate::types::PLAIN_GETATTRIBUTE != 0
}

/// `obj.name` when `obj` is an instance using object's attribute lookup
/// and `name` is in its `__dict__` with no data descriptor or slot of that
/// name: read with the interned name's cached hash. `None` sends the read
/// the general way ([`getattr`]).
// CPython: Python/bytecodes.c LOAD_ATTR_INSTANCE_VALUE
pub fn instance_dict_attr(obj: &Value, name: &PyStr) -> Option<Value> {
    let Value::Instance(inst) = obj else {
        return None;
    };
    let cls = inst.class.borrow();
    if !cls.slot_names.is_empty() || inst.exc.is_some() || !plain_getattribute(&cls) {
        return None;
    }
    if cls
        .lookup(name.as_str())
        .is_some_and(|d| is_data_descriptor(&d))
    {
        return None;
    }
    inst.dict_cell.borrow().get_name(name)
}

/// `obj.name = value` when `obj` is an instance using object's
/// `__setattr__` and the store lands in its `__dict__` (no descriptor,
/// slot or special name in the way): keyed by the interned name. Gives
/// the value back when the general path ([`setattr`]) must run.
// CPython: Python/bytecodes.c STORE_ATTR_INSTANCE_VALUE
pub fn set_instance_dict_attr(obj: &Value, name: &Rc<PyStr>, value: Value) -> Result<(), Value> {
    let Value::Instance(inst) = obj else {
        return Err(value);
    };
    let cls = inst.class.borrow();
    let plain = cls.slot_names.is_empty()
        && inst.exc.is_none()
        && cls.has_dict
        && !name.as_str().starts_with("__")
        && !Rc::ptr_eq(&cls, &types().object_type)
        && cls.plain_attribute_access() & crate::types::PLAIN_SETATTR != 0
        && !matches!(
            cls.lookup(name.as_str()),
            Some(Value::Property(_) | Value::Instance(_))
        );
    if !plain {
        return Err(value);
    }
    inst.dict_cell.borrow().set_name(name.clone(), value);
    Ok(())
}

/// `getattr(obj, name, None)`-like: `Ok(None)` on AttributeError.
pub fn getattr_opt(interp: &mut dyn Interp, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match getattr(interp, obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `setattr(obj, name, value)`. CPython: PyObject_GenericSetAttr.
pub fn setattr(interp: &mut dyn Interp, obj: &Value, name: &str, value: Value) -> PyResult<()> {
    match obj {
        Value::Instance(inst) => {
            let cls = inst.class.borrow().clone();
            if cls.plain_attribute_access() & crate::types::PLAIN_SETATTR == 0 {
                if let Some(sa) = cls.lookup("__setattr__") {
                    call_bound(interp, &sa, obj, Args::new(&[Value::str(name), value]))?;
                    return Ok(());
                }
            }
            generic_setattr(interp, obj, inst, name, value)
        }
        Value::Type(t) => {
            // A metaclass's own __setattr__ runs for its classes.
            if let Some(meta) = &*t.meta.borrow() {
                if let Some(sa) = meta.lookup("__setattr__") {
                    if !matches!(sa, Value::Native(_)) {
                        call_bound(interp, &sa, obj, Args::new(&[Value::str(name), value]))?;
                        return Ok(());
                    }
                }
            }
            generic_type_setattr(t, name, value)
        }
        Value::Module(m) => {
            m.dict.set_str(name, value);
            Ok(())
        }
        Value::Function(f) => crate::object::function_setattr(f, name, value),
        Value::Object(o) => {
            // A Python subclass of a native type may define __setattr__.
            if let Some(sa) = obj.py_type().lookup("__setattr__") {
                if !matches!(sa, Value::Native(_)) {
                    call_bound(interp, &sa, obj, Args::new(&[Value::str(name), value]))?;
                    return Ok(());
                }
            }
            generic_object_setattr(interp, obj, o, name, value)
        }
        _ => {
            if name == "__class__" {
                return Err(match value {
                    Value::Type(_) => type_error(
                        "__class__ assignment only supported for mutable types or ModuleType subclasses",
                    ),
                    other => type_error(format!(
                        "__class__ must be set to a class, not '{}' object",
                        other.type_name()
                    )),
                });
            }
            if crate::object::special_getattr(interp, obj, name)?.is_some() {
                return Err(ExcKind::AttributeError.new_err(format!(
                    "attribute '{}' of '{}' objects is not writable",
                    name,
                    obj.type_name()
                )));
            }
            if obj.py_type().lookup(name).is_some() {
                Err(ExcKind::AttributeError.new_err(format!(
                    "'{}' object attribute '{}' is read-only",
                    obj.type_name(),
                    name
                )))
            } else {
                Err(ExcKind::AttributeError.new_err(format!(
                    "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
                    obj.type_name(),
                    name
                )))
            }
        }
    }
}

/// `object.__setattr__` for a Rust-implemented object: a property's
/// setter, else its instance dict. CPython: PyObject_GenericSetAttr.
pub fn generic_object_setattr(
    interp: &mut dyn Interp,
    obj: &Value,
    o: &crate::value::NativeRef,
    name: &str,
    value: Value,
) -> PyResult<()> {
    if let Some(Value::Property(p)) = obj.py_type().lookup(name) {
        if p.fset.is_none() {
            return Err(crate::container_methods::property_missing(
                interp, &p, obj, "setter",
            ));
        }
        call0(interp, &p.fset, &[obj.clone(), value])?;
        return Ok(());
    }
    if let Some(d) = o.instance_dict() {
        d.set_str(name, value);
        return Ok(());
    }
    Err(ExcKind::AttributeError.new_err(format!(
        "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
        obj.type_name(),
        name
    )))
}

/// `object.__delattr__` for a Rust-implemented object with an instance
/// dict (SimpleNamespace, Python subclasses of native types).
pub fn generic_object_delattr(
    obj: &Value,
    o: &crate::value::NativeRef,
    name: &str,
) -> PyResult<()> {
    match o.instance_dict().and_then(|d| d.del_str(name)) {
        Some(_) => Ok(()),
        None => Err(no_attribute(obj, name)),
    }
}

/// `type.__setattr__` without a metaclass hook. CPython: type_setattro.
pub fn generic_type_setattr(t: &Rc<PyType>, name: &str, value: Value) -> PyResult<()> {
    if t.builtin || crate::structseq::is_structseq_type(t) {
        return Err(type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            name,
            t.full_name()
        )));
    }
    crate::object::type_setattr(t, name, value)
}

/// `object.__setattr__`: data descriptors first, then the instance dict.
pub fn generic_setattr(
    interp: &mut dyn Interp,
    obj: &Value,
    inst: &Rc<PyInstance>,
    name: &str,
    value: Value,
) -> PyResult<()> {
    let cls = inst.class.borrow().clone();
    if let Some(d) = cls.lookup(name) {
        match &d {
            Value::Property(p) => {
                if p.fset.is_none() {
                    return Err(crate::container_methods::property_missing(
                        interp, p, obj, "setter",
                    ));
                }
                call0(interp, &p.fset, &[obj.clone(), value])?;
                return Ok(());
            }
            Value::Instance(_) => {
                let dt = d.py_type();
                if let Some(set) = dt.lookup("__set__") {
                    call_bound(interp, &set, &d, Args::new(&[obj.clone(), value]))?;
                    return Ok(());
                }
                // A data descriptor without __set__. CPython: slot_tp_descr_set.
                if dt.lookup("__delete__").is_some() {
                    return Err(ExcKind::AttributeError.new_err("__set__"));
                }
            }
            _ => {}
        }
    }
    if inst.exc.is_some() && crate::exceptions_methods::set_exc_attr(inst, name, &value)? {
        return Ok(());
    }
    if Rc::ptr_eq(&cls, &types().object_type) {
        return Err(ExcKind::AttributeError.new_err(format!(
            "'object' object has no attribute '{name}' and no __dict__ for setting new attributes"
        )));
    }
    if cls.slot_names.iter().any(|s| s == name) {
        inst.slot_values().set_str(name, value);
        return Ok(());
    }
    if !cls.has_dict && name != "__class__" {
        let msg = if cls.lookup(name).is_some() {
            format!("'{}' object attribute '{name}' is read-only", cls.name)
        } else {
            format!(
                "'{}' object has no attribute '{name}' and no __dict__ for setting new attributes",
                cls.name
            )
        };
        return Err(ExcKind::AttributeError.new_err(msg));
    }
    if name == "__class__" {
        return set_class(inst, &cls, value);
    }
    if name == "__dict__" && cls.has_dict {
        return set_instance_dict(inst, value);
    }
    inst.dict().set_str(name, value);
    Ok(())
}

/// `obj.__dict__ = d`. CPython: Objects/typeobject.c subtype_setdict.
fn set_instance_dict(inst: &PyInstance, value: Value) -> PyResult<()> {
    let d = match &value {
        Value::Dict(d) => d.clone(),
        Value::Instance(i) => match &i.payload {
            Some(Value::Dict(d)) => d.clone(),
            _ => return Err(dict_type_error(&value)),
        },
        _ => return Err(dict_type_error(&value)),
    };
    inst.set_dict(d);
    Ok(())
}

fn dict_type_error(v: &Value) -> PyErr {
    type_error(format!(
        "__dict__ must be set to a dictionary, not a '{}'",
        v.type_name()
    ))
}

/// `obj.__class__ = t`: only between Python classes whose instances have
/// the same layout. CPython: Objects/typeobject.c object_set_class and
/// compatible_for_assignment.
fn set_class(inst: &PyInstance, old: &Rc<PyType>, value: Value) -> PyResult<()> {
    let Value::Type(new) = value else {
        return Err(type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            value.type_name()
        )));
    };
    let plain = |t: &Rc<PyType>| !t.builtin && t.layout == Layout::Object;
    let same_kind = new.layout == old.layout && !new.builtin && !old.builtin;
    if (!plain(&new) || !plain(old)) && !same_kind {
        return Err(type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    let same_base = match (
        crate::types::solid_base(&new),
        crate::types::solid_base(old),
    ) {
        (Some(a), Some(b)) => Rc::ptr_eq(&a, &b),
        (None, None) => true,
        _ => false,
    };
    if new.slot_names != old.slot_names || new.has_dict != old.has_dict || !same_base {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name, old.name
        )));
    }
    *inst.class.borrow_mut() = new;
    Ok(())
}

/// `delattr(obj, name)`.
pub fn delattr(interp: &mut dyn Interp, obj: &Value, name: &str) -> PyResult<()> {
    if name == "__class__" && !matches!(obj, Value::Type(_)) {
        return Err(type_error("can't delete __class__ attribute"));
    }
    match obj {
        Value::Instance(inst) => {
            let cls = inst.class.borrow().clone();
            if let Some(da) = cls.lookup("__delattr__") {
                if !matches!(da, Value::Native(_)) {
                    call_bound(interp, &da, obj, Args::new(&[Value::str(name)]))?;
                    return Ok(());
                }
            }
            if let Some(Value::Property(p)) = cls.lookup(name) {
                if p.fdel.is_none() {
                    return Err(crate::container_methods::property_missing(
                        interp, &p, obj, "deleter",
                    ));
                }
                call0(interp, &p.fdel, std::slice::from_ref(obj))?;
                return Ok(());
            }
            if let Some(d @ Value::Instance(_)) = cls.lookup(name) {
                let dt = d.py_type();
                if let Some(del) = dt.lookup("__delete__") {
                    call_bound(interp, &del, &d, Args::new(std::slice::from_ref(obj)))?;
                    return Ok(());
                }
                // A data descriptor without __delete__. CPython: slot_tp_descr_set.
                if dt.lookup("__set__").is_some() {
                    return Err(ExcKind::AttributeError.new_err("__delete__"));
                }
            }
            if cls.slot_names.iter().any(|s| s == name) {
                return match inst.slots.get().and_then(|d| d.del_str(name)) {
                    Some(_) => Ok(()),
                    None => Err(no_attribute(obj, name)),
                };
            }
            match inst.dict().del_str(name) {
                Some(_) => Ok(()),
                None => Err(no_attribute(obj, name)),
            }
        }
        Value::Type(t)
            if t.meta
                .borrow()
                .as_ref()
                .and_then(|m| m.lookup("__delattr__"))
                .is_some_and(|d| !matches!(d, Value::Native(_))) =>
        {
            let meta = t.metaclass();
            match meta.lookup("__delattr__") {
                Some(da) => {
                    call_bound(interp, &da, obj, Args::new(&[Value::str(name)])).map(|_| ())
                }
                None => Err(no_attribute(obj, name)),
            }
        }
        Value::Type(t) if !t.builtin => match t.dict.del_str(name) {
            Some(_) => Ok(()),
            None => Err(no_attribute(obj, name)),
        },
        Value::Module(m) => match m.dict.del_str(name) {
            Some(_) => Ok(()),
            None => Err(no_attribute(obj, name)),
        },
        Value::Object(o) => {
            // A Python subclass of a native type may define __delattr__.
            if let Some(da) = obj.py_type().lookup("__delattr__") {
                if !matches!(da, Value::Native(_)) {
                    call_bound(interp, &da, obj, Args::new(&[Value::str(name)]))?;
                    return Ok(());
                }
            }
            // A property (a native type's read-only attribute among them).
            if let Some(Value::Property(p)) = obj.py_type().lookup(name) {
                if p.fdel.is_none() {
                    return Err(crate::container_methods::property_missing(
                        interp, &p, obj, "deleter",
                    ));
                }
                call0(interp, &p.fdel, std::slice::from_ref(obj))?;
                return Ok(());
            }
            generic_object_delattr(obj, o, name)
        }
        _ => Err(no_attribute(obj, name)),
    }
}

/// For `obj.name(...)`: the unbound function and whether `obj` must be
/// passed as self, avoiding a bound-method allocation. CPython: LOAD_METHOD.
pub fn lookup_method(
    interp: &mut dyn Interp,
    obj: &Value,
    interned: &PyStr,
) -> PyResult<(Value, bool)> {
    let name = interned.as_str();
    match obj {
        Value::Instance(inst) => {
            let cls = inst.class.borrow().clone();
            if let Some(d) = cls.lookup(name) {
                if matches!(d, Value::Function(_) | Value::Native(_))
                    && inst.dict_cell.borrow().get_name(interned).is_none()
                    && plain_getattribute(&cls)
                {
                    return Ok((d, true));
                }
            }
            Ok((getattr(interp, obj, name)?, false))
        }
        Value::Type(_) | Value::Module(_) | Value::Super(_) => {
            Ok((getattr(interp, obj, name)?, false))
        }
        _ => match obj.py_type().lookup(name) {
            Some(d @ (Value::Function(_) | Value::Native(_))) => Ok((d, true)),
            _ => Ok((getattr(interp, obj, name)?, false)),
        },
    }
}

// ------------------------------------------------------------ truth, len

/// `bool(v)`. CPython: PyObject_IsTrue.
pub fn truthy(interp: &mut dyn Interp, v: &Value) -> PyResult<bool> {
    if let Some(p) = payload_for(v, &["__bool__", "__len__"]) {
        return truthy(interp, &p);
    }
    Ok(match v {
        Value::NotImplemented => {
            return Err(type_error(
                "NotImplemented should not be used in a boolean context",
            ))
        }
        Value::None | Value::Null => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::BigInt(_) => true,
        Value::Str(s) => !s.as_str().is_empty(),
        Value::Bytes(b) => !b.data.is_empty(),
        Value::Tuple(t) => !t.items.is_empty(),
        Value::List(l) => !l.items.borrow().is_empty(),
        Value::Dict(d) => !d.is_empty(),
        Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
        Value::Range(r) => !r.is_empty(),
        Value::Instance(_) | Value::Object(_) => {
            if let Value::Object(o) = v {
                if let Some(n) = o.sq_length() {
                    return Ok(n != 0);
                }
            }
            // CPython: Objects/typeobject.c slot_nb_bool.
            if let Some(Value::None) = v.py_type().lookup("__bool__") {
                return Err(type_error(format!(
                    "'{}' cannot be interpreted as a boolean",
                    v.type_name()
                )));
            }
            if let Some(r) = call_dunder(interp, v, "__bool__", &[])? {
                return match r {
                    Value::Bool(b) => Ok(b),
                    other => Err(type_error(format!(
                        "__bool__ should return bool, returned {}",
                        other.type_name()
                    ))),
                };
            }
            if let Some(r) = call_dunder(interp, v, "__len__", &[])? {
                return Ok(len_result(&r)? != 0);
            }
            true
        }
        _ => true,
    })
}

fn len_result(r: &Value) -> PyResult<usize> {
    match r {
        Value::Int(i) if *i >= 0 => Ok(*i as usize),
        Value::Bool(b) => Ok(*b as usize),
        Value::Int(_) => Err(ExcKind::ValueError.new_err("__len__() should return >= 0")),
        Value::BigInt(_) => {
            Err(ExcKind::OverflowError.new_err("cannot fit 'int' into an index-sized integer"))
        }
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// `len(v)`. CPython: PyObject_Size.
pub fn len(interp: &mut dyn Interp, v: &Value) -> PyResult<usize> {
    if let Value::Object(o) = v {
        if let Some(n) = o.sq_length() {
            return Ok(n);
        }
    }
    Ok(match v {
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.data.len(),
        Value::Tuple(t) => t.items.len(),
        Value::List(l) => l.items.borrow().len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) | Value::FrozenSet(s) => s.len(),
        Value::Range(r) => {
            let n = r.len();
            if n > i64::MAX as i128 {
                return Err(
                    ExcKind::OverflowError.new_err("Python int too large to convert to C ssize_t")
                );
            }
            n as usize
        }
        Value::Iterator(it) if it.is_view() => it.view_len(),
        _ => match call_dunder(interp, v, "__len__", &[])? {
            Some(r) => len_result(&r)?,
            None => {
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    v.type_name()
                )))
            }
        },
    })
}

// -------------------------------------------------------------- hashing

/// `hash(v)`. CPython: PyObject_Hash.
pub fn hash(interp: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    if let Some(p) = payload_for(v, &["__hash__", "__eq__"]) {
        return hash(interp, &p);
    }
    Ok(match v {
        Value::Str(s) => s.hash(),
        Value::Int(i) => int::hash_i64(*i),
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => crate::numparse::int_hash(b),
        Value::Float(f) => float::hash_float(*f, v),
        Value::None => 0xFCA86420,
        Value::Tuple(t) => {
            // Nested tuples recurse on the Rust stack.
            interp.enter_recursion(" while hashing a tuple")?;
            let mut hashes = Vec::with_capacity(t.items.len());
            for item in &t.items {
                match hash(interp, item) {
                    Ok(h) => hashes.push(h),
                    Err(e) => {
                        interp.leave_recursion();
                        return Err(e);
                    }
                }
            }
            interp.leave_recursion();
            seq::tuple_hash(&hashes)
        }
        Value::FrozenSet(s) => {
            let mut hashes = Vec::new();
            for item in s.items() {
                hashes.push(hash(interp, &item)?);
            }
            seq::frozenset_hash(&hashes)
        }
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
            return Err(unhashable(v))
        }
        Value::Bytes(b) => crate::value::hash_str(&String::from_utf8_lossy(&b.data)),
        Value::Instance(_) | Value::Object(_) => {
            let ty = v.py_type();
            match ty.lookup("__hash__") {
                Some(Value::None) => return Err(unhashable(v)),
                Some(f) if matches!(v, Value::Object(_)) && is_type_native(&f) => {
                    let f = bind_descriptor(interp, &f, v)?;
                    match call0(interp, &f, &[])? {
                        Value::Int(i) => i,
                        _ => return Err(type_error("__hash__ method should return an integer")),
                    }
                }
                Some(Value::Native(_)) | None => identity_hash(v),
                Some(f) => {
                    let f = bind_descriptor(interp, &f, v)?;
                    // CPython: slot_tp_hash keeps a result that fits in a
                    // Py_hash_t (-1 becomes -2) and hashes a bigger int.
                    match call0(interp, &f, &[])? {
                        Value::Int(-1) => -2,
                        Value::Int(i) => i,
                        Value::Bool(b) => b as i64,
                        Value::BigInt(b) => crate::numparse::int_hash(&b),
                        _ => return Err(type_error("__hash__ method should return an integer")),
                    }
                }
            }
        }
        Value::Type(t) => {
            if let Some(Value::None) = t.metaclass().lookup("__hash__") {
                return Err(unhashable(v));
            }
            identity_hash(v)
        }
        _ => identity_hash(v),
    })
}

/// CPython: Python/pyhash.c _Py_HashPointer (address rotated by 4 bits).
pub fn identity_hash(v: &Value) -> i64 {
    let p = v.id() as u64;
    let h = p.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn unhashable(v: &Value) -> PyErr {
    type_error(format!("unhashable type: '{}'", v.type_name()))
}

// ----------------------------------------------------------- comparison

/// Equality decided without running Python code, when possible.
pub fn eq_fast(a: &Value, b: &Value) -> Option<bool> {
    eq_fast_nested(a, b, 0)
}

/// Tuples nested deeper than this are left to the full comparison, so
/// deep nesting costs linear time and bounded stack here.
const EQ_FAST_MAX_NESTING: usize = 4;

fn eq_fast_nested(a: &Value, b: &Value, nesting: usize) -> Option<bool> {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(Rc::ptr_eq(x, y) || x.as_str() == y.as_str()),
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        // CPython: method_richcompare (same `__self__`, same function).
        (Value::Method(x), Value::Method(y)) => {
            Some(x.self_value.is(&y.self_value) && x.func.is(&y.func))
        }
        (Value::Tuple(x), Value::Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            if nesting >= EQ_FAST_MAX_NESTING {
                return None;
            }
            for (p, q) in x.items.iter().zip(&y.items) {
                if p.is(q) {
                    continue;
                }
                if !eq_fast_nested(p, q, nesting + 1)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        (Value::Instance(_), _)
        | (_, Value::Instance(_))
        | (Value::Object(_), _)
        | (_, Value::Object(_)) => {
            // A native type's own `__eq__` (complex, GenericAlias) counts
            // as user code: only object's default compares identity.
            let user_eq = |v: &Value| match v.py_type().lookup("__eq__") {
                Some(f @ Value::Native(_)) => matches!(v, Value::Object(_)) && is_type_native(&f),
                Some(_) => matches!(v, Value::Instance(_) | Value::Object(_)),
                None => false,
            };
            if user_eq(a) || user_eq(b) {
                None
            } else if matches!(a, Value::Instance(_) | Value::Object(_))
                && matches!(b, Value::Instance(_) | Value::Object(_))
            {
                Some(a.is(b))
            } else {
                None
            }
        }
        _ => {
            if is_numeric(a) && is_numeric(b) {
                return Some(num_cmp(a, b).is_some_and(|o| o == std::cmp::Ordering::Equal));
            }
            match (a, b) {
                (Value::List(_), _)
                | (Value::Dict(_), _)
                | (Value::Set(_), _)
                | (Value::FrozenSet(_), _)
                | (Value::Tuple(_), _)
                | (Value::Slice(_), _)
                | (Value::Range(_), _)
                | (Value::Iterator(_), _) => None,
                _ => {
                    if std::mem::discriminant(a) != std::mem::discriminant(b) {
                        // Different built-in kinds never compare equal
                        // (numbers were handled above).
                        Some(false)
                    } else {
                        match (a, b) {
                            (Value::Bytes(x), Value::Bytes(y)) => Some(x.data == y.data),
                            _ => Some(a.is(b)),
                        }
                    }
                }
            }
        }
    }
}

fn is_numeric(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

fn num_cmp(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        _ => {
            if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
                float::cmp_mixed(a, b)
            } else {
                let x = int::to_bigint(a)?;
                let y = int::to_bigint(b)?;
                Some(x.cmp(&y))
            }
        }
    }
}

/// `a == b` as a bool. CPython: PyObject_RichCompareBool (identity first).
pub fn eq(interp: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if let Some((x, y)) = payload_pair(a, b, "__eq__") {
        return eq(interp, &x, &y);
    }
    if let Some(r) = eq_fast(a, b) {
        return Ok(r);
    }
    let r = richcompare(interp, a, b, CmpOp::Eq)?;
    truthy(interp, &r)
}

/// `a op b` as a bool.
pub fn compare_bool(interp: &mut dyn Interp, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    match op {
        CmpOp::Eq => eq(interp, a, b),
        CmpOp::Ne => Ok(!eq(interp, a, b)?),
        _ => {
            if let (Value::Int(x), Value::Int(y)) = (a, b) {
                return Ok(op.from_ordering(x.cmp(y)));
            }
            let r = richcompare(interp, a, b, op)?;
            truthy(interp, &r)
        }
    }
}

fn is_user(v: &Value) -> bool {
    matches!(v, Value::Instance(_) | Value::Object(_))
}

/// Whether binary operators look up dunders on `type(v)`: instances of
/// Python classes and native objects, and classes (their metaclass, e.g.
/// `type.__or__` for `int | None`).
fn has_operator_dunders(v: &Value) -> bool {
    is_user(v) || matches!(v, Value::Type(_))
}

/// `a op b`. CPython: Objects/object.c do_richcompare.
pub fn richcompare(interp: &mut dyn Interp, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    // Only containers and objects can nest; scalars skip the guard.
    let nests = |v: &Value| {
        matches!(
            v,
            Value::List(_)
                | Value::Tuple(_)
                | Value::Dict(_)
                | Value::Set(_)
                | Value::FrozenSet(_)
                | Value::Instance(_)
                | Value::Object(_)
        )
    };
    if !nests(a) && !nests(b) {
        return richcompare_unguarded(interp, a, b, op);
    }
    // CPython: Objects/object.c PyObject_RichCompare (_Py_EnterRecursiveCall)
    interp.enter_recursion(" in comparison")?;
    let r = richcompare_unguarded(interp, a, b, op);
    interp.leave_recursion();
    r
}

fn richcompare_unguarded(
    interp: &mut dyn Interp,
    a: &Value,
    b: &Value,
    op: CmpOp,
) -> PyResult<Value> {
    if let Some((x, y)) = payload_pair(a, b, op.dunder()) {
        if is_user(&x) || is_user(&y) || matches!(x, Value::Type(_)) {
            return richcompare(interp, &x, &y, op);
        }
        if let Some(r) = builtin_compare(interp, &x, &y, op)? {
            return Ok(Value::Bool(r));
        }
        return unordered(a, b, op);
    }
    if !is_user(a) && !is_user(b) && !matches!(a, Value::Type(_)) {
        if let Some(r) = builtin_compare(interp, a, b, op)? {
            return Ok(Value::Bool(r));
        }
    } else {
        let ta = a.py_type();
        let tb = b.py_type();
        let mut checked_reflected = false;
        if !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta) && is_user(b) {
            checked_reflected = true;
            if let Some(r) = call_dunder(interp, b, op.swapped().dunder(), std::slice::from_ref(a))?
            {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = user_compare_one(interp, a, b, op)? {
            return Ok(r);
        }
        if !checked_reflected {
            if let Some(r) = user_compare_one(interp, b, a, op.swapped())? {
                return Ok(r);
            }
        }
    }
    unordered(a, b, op)
}

/// No comparison method applied: identity for `==`/`!=`, else the
/// "not supported" error. CPython: do_richcompare's fallback.
fn unordered(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match op {
        CmpOp::Eq => Ok(Value::Bool(a.is(b))),
        CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.type_name(),
            b.type_name()
        ))),
    }
}

/// A native method of a type other than `object`: natives of `object` are
/// the defaults (identity hash and comparison), a native type's own
/// (TimerHandle.__lt__, GenericAlias.__hash__) are real methods.
fn is_type_native(f: &Value) -> bool {
    matches!(f, Value::Native(n)
        if n.self_type.as_ref().is_some_and(|t| !Rc::ptr_eq(t, &types().object_type)))
}

/// One side's comparison method; `None` for NotImplemented/absent.
fn user_compare_one(
    interp: &mut dyn Interp,
    a: &Value,
    b: &Value,
    op: CmpOp,
) -> PyResult<Option<Value>> {
    if is_user(a) || matches!(a, Value::Type(_)) {
        let ty = a.py_type();
        if let Some(f) = ty.lookup(op.dunder()) {
            if !matches!(f, Value::Native(_))
                || (is_type_native(&f) && matches!(a, Value::Object(_)))
            {
                let f = bind_descriptor(interp, &f, a)?;
                let r = call0(interp, &f, std::slice::from_ref(b))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
                return Ok(None);
            }
        }
        if op == CmpOp::Ne {
            // object.__ne__: invert __eq__ unless it is NotImplemented.
            if let Some(f) = ty.lookup("__eq__") {
                if !matches!(f, Value::Native(_)) {
                    let f = bind_descriptor(interp, &f, a)?;
                    let r = call0(interp, &f, std::slice::from_ref(b))?;
                    if matches!(r, Value::NotImplemented) {
                        return Ok(None);
                    }
                    return Ok(Some(Value::Bool(!truthy(interp, &r)?)));
                }
            }
        }
        return Ok(None);
    }
    // A built-in's comparison accepts instances of its subclasses.
    let b = match b {
        Value::Instance(i) => i.payload.clone().unwrap_or_else(|| b.clone()),
        _ => b.clone(),
    };
    Ok(builtin_compare(interp, a, &b, op)?.map(Value::Bool))
}

/// Comparison between built-in values; `None` for NotImplemented.
fn builtin_compare(
    interp: &mut dyn Interp,
    a: &Value,
    b: &Value,
    op: CmpOp,
) -> PyResult<Option<bool>> {
    if is_numeric(a) && is_numeric(b) {
        return Ok(Some(match num_cmp(a, b) {
            Some(o) => op.from_ordering(o),
            None => op == CmpOp::Ne, // NaN
        }));
    }
    Ok(match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(op.from_ordering(x.as_str().cmp(y.as_str()))),
        (Value::Bytes(x), Value::Bytes(y)) => Some(op.from_ordering(x.data.cmp(&y.data))),
        (Value::List(x), Value::List(y)) => {
            let xv = x.items.borrow().clone();
            let yv = y.items.borrow().clone();
            Some(seq::compare_sequences(interp, &xv, &yv, op)?)
        }
        (Value::Tuple(x), Value::Tuple(y)) => {
            Some(seq::compare_sequences(interp, &x.items, &y.items, op)?)
        }
        (Value::Dict(x), Value::Dict(y)) => match op {
            CmpOp::Eq => Some(seq::dict_eq(interp, x, y)?),
            CmpOp::Ne => Some(!seq::dict_eq(interp, x, y)?),
            _ => None,
        },
        (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => {
            Some(seq::set_compare(interp, x, y, op)?)
        }
        (Value::Slice(x), Value::Slice(y)) => {
            // CPython: slice_richcompare (as (start, stop, step) tuples).
            let a = [x.start.clone(), x.stop.clone(), x.step.clone()];
            let b = [y.start.clone(), y.stop.clone(), y.step.clone()];
            Some(seq::compare_sequences(interp, &a, &b, op)?)
        }
        (Value::Range(x), Value::Range(y)) => match op {
            CmpOp::Eq | CmpOp::Ne => {
                let same = (x.is_empty() && y.is_empty())
                    || (x.len() == y.len()
                        && x.start == y.start
                        && (x.len() == 1 || x.step == y.step));
                Some(same == (op == CmpOp::Eq))
            }
            _ => None,
        },
        (Value::Iterator(x), Value::Set(_) | Value::FrozenSet(_)) if x.is_set_like() => {
            let xs = iter::collect(interp, a)?;
            let x = Value::FrozenSet(Rc::new(seq::set_from(interp, xs)?));
            return builtin_compare(interp, &x, b, op);
        }
        (Value::Set(_) | Value::FrozenSet(_), Value::Iterator(y)) if y.is_set_like() => {
            let ys = iter::collect(interp, b)?;
            let y = Value::FrozenSet(Rc::new(seq::set_from(interp, ys)?));
            return builtin_compare(interp, a, &y, op);
        }
        (Value::Iterator(x), Value::Iterator(y)) if x.is_set_like() && y.is_set_like() => {
            match op {
                CmpOp::Eq | CmpOp::Ne => {
                    let xs = iter::collect(interp, a)?;
                    let ys = iter::collect(interp, b)?;
                    let x = Value::FrozenSet(Rc::new(seq::set_from(interp, xs)?));
                    let y = Value::FrozenSet(Rc::new(seq::set_from(interp, ys)?));
                    return builtin_compare(interp, &x, &y, op);
                }
                _ => None,
            }
        }
        _ => match op {
            CmpOp::Eq => {
                eq_fast(a, b).filter(|_| std::mem::discriminant(a) == std::mem::discriminant(b))
            }
            CmpOp::Ne => eq_fast(a, b)
                .filter(|_| std::mem::discriminant(a) == std::mem::discriminant(b))
                .map(|r| !r),
            _ => None,
        },
    })
}

// ------------------------------------------------------------ arithmetic

/// `a op b`. CPython: Objects/abstract.c binary_op1.
pub fn binary_op(interp: &mut dyn Interp, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let (fwd, rev, _) = op.dunders();
    let pa = payload_for(a, &[fwd, rev]);
    // `str % x` formats x itself (its __str__/__repr__ may be overridden).
    let formats = op == BinOp::Mod && matches!(a, Value::Str(_) | Value::Bytes(_));
    let pb = if formats {
        None
    } else {
        payload_for(b, &[fwd, rev])
    };
    let a_overrides = pa.is_none() && matches!(a, Value::Instance(i) if i.payload.is_some());
    let b_overrides = pb.is_none() && matches!(b, Value::Instance(i) if i.payload.is_some());
    if (pa.is_some() || pb.is_some()) && !a_overrides && !b_overrides {
        let x = pa.unwrap_or_else(|| a.clone());
        let y = pb.unwrap_or_else(|| b.clone());
        if has_operator_dunders(&x) || has_operator_dunders(&y) {
            return binary_op(interp, &x, &y, op);
        }
        // Built-in values behind subclass instances; errors name the
        // subclasses, as CPython's do.
        if let Some(v) = builtin_binop(interp, &x, &y, op)? {
            return Ok(v);
        }
        let seq = |v: &Value| {
            matches!(
                v,
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
            )
        };
        return Err(match op {
            // list.__add__ and friends raise their own messages.
            BinOp::Add | BinOp::Mul if seq(&x) => binop_type_error(&x, b, op),
            BinOp::Mul if seq(&y) => binop_type_error(a, &y, op),
            _ => binop_type_error(a, b, op),
        });
    }
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(v) = int::small_binop(*x, *y, op) {
            return v;
        }
    }
    let (name, rname, _) = op.dunders();
    if !has_operator_dunders(a) && !has_operator_dunders(b) {
        if let Some(v) = builtin_binop(interp, a, b, op)? {
            return Ok(v);
        }
        return Err(binop_type_error(a, b, op));
    }
    let ta = a.py_type();
    let tb = b.py_type();
    let same = Rc::ptr_eq(&ta, &tb);
    let mut tried_reflected = false;
    if !same && has_operator_dunders(b) && tb.is_subtype(&ta) && overrides(&ta, &tb, rname) {
        tried_reflected = true;
        if let Some(r) = call_dunder(interp, b, rname, std::slice::from_ref(a))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    let r = if has_operator_dunders(a) {
        call_dunder(interp, a, name, std::slice::from_ref(b))?
    } else {
        builtin_binop(interp, a, b, op)?
    };
    if let Some(r) = r {
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if !same && !tried_reflected {
        let r = if has_operator_dunders(b) {
            call_dunder(interp, b, rname, std::slice::from_ref(a))?
        } else {
            builtin_binop(interp, a, b, op)?
        };
        if let Some(r) = r {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    Err(binop_type_error(a, b, op))
}

/// Whether subclass `sub` has its own `name`, different from `base`'s.
/// CPython: Objects/typeobject.c method_is_overloaded.
fn overrides(base: &Rc<PyType>, sub: &Rc<PyType>, name: &str) -> bool {
    match (sub.lookup(name), base.lookup(name)) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(x), Some(y)) => !x.is(&y),
    }
}

fn binop_type_error(a: &Value, b: &Value, op: BinOp) -> PyErr {
    if let Some(e) = match (a, b) {
        (Value::Object(o), _) => o.binop_error(op, b, false),
        _ => None,
    }
    .or_else(|| match b {
        Value::Object(o) => o.binop_error(op, a, true),
        _ => None,
    }) {
        return e;
    }
    match (op, a) {
        (BinOp::Add, Value::Str(_)) => type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            b.type_name()
        )),
        (BinOp::Add, Value::List(_)) => type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            b.type_name()
        )),
        (BinOp::Add, Value::Bytes(_)) => crate::bytes_methods::concat_error(b),
        (BinOp::Add, _) if crate::bytearray::is_bytearray(a) => {
            crate::bytearray::concat_error(a, b)
        }
        (BinOp::Mul, _) if crate::bytearray::is_bytearray(a) => crate::bytearray::repeat_error(b),
        (BinOp::Add, Value::Tuple(_)) => type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            b.type_name()
        )),
        (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)) => {
            type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                b.type_name()
            ))
        }
        _ => match (op, b) {
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)) => {
                type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    a.type_name()
                ))
            }
            _ => type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            )),
        },
    }
}

/// Arithmetic between built-in values; `None` for NotImplemented.
fn builtin_binop(
    interp: &mut dyn Interp,
    a: &Value,
    b: &Value,
    op: BinOp,
) -> PyResult<Option<Value>> {
    if is_numeric(a) && is_numeric(b) {
        let r = if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
            float::binop(a, b, op)?
        } else if let (Value::Bool(x), Value::Bool(y), BinOp::And | BinOp::Or | BinOp::Xor) =
            (a, b, op)
        {
            // bool's own &, |, ^ keep the result a bool. CPython: bool_and.
            Value::Bool(match op {
                BinOp::And => x & y,
                BinOp::Or => x | y,
                _ => x ^ y,
            })
        } else {
            int::binop(a, b, op)?
        };
        return Ok(if matches!(r, Value::NotImplemented) {
            None
        } else {
            Some(r)
        });
    }
    match (a, b, op) {
        (Value::Str(x), Value::Str(y), BinOp::Add) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Ok(Some(Value::string(s)))
        }
        (Value::Str(x), _, BinOp::Mod) => strings::percent_format(interp, x.as_str(), b).map(Some),
        (Value::List(x), Value::List(y), BinOp::Add) => {
            let mut v = x.items.borrow().clone();
            v.extend(y.items.borrow().iter().cloned());
            Ok(Some(Value::list(v)))
        }
        (Value::Tuple(x), Value::Tuple(y), BinOp::Add) => {
            let mut v = x.items.clone();
            v.extend(y.items.iter().cloned());
            Ok(Some(Value::tuple(v)))
        }
        (Value::Bytes(x), _, BinOp::Mod) => {
            crate::bytes_methods::percent_format(interp, &x.data, b).map(Some)
        }
        (Value::Bytes(x), _, BinOp::Add) => crate::bytes_methods::concat(&x.data, b).transpose(),
        (Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), _, BinOp::Mul) => {
            match repeat_count(interp, b) {
                Some(n) => seq::repeat(a, n?).map(Some),
                None => Ok(None),
            }
        }
        (_, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), BinOp::Mul) => {
            match repeat_count(interp, a) {
                Some(n) => seq::repeat(b, n?).map(Some),
                None => Ok(None),
            }
        }
        (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y), _) => {
            seq::set_binop(interp, a, x, y, op)
        }
        (Value::Dict(x), Value::Dict(y), BinOp::Or) => {
            let n = x.copy();
            for (k, v) in y.items() {
                n.set_item(interp, k, v)?;
            }
            Ok(Some(Value::Dict(Rc::new(n))))
        }
        (Value::Iterator(x), _, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor)
            if x.is_set_like() =>
        {
            let xs = iter::collect(interp, a)?;
            let ys = iter::collect(interp, b)?;
            let sx = Rc::new(seq::set_from(interp, xs)?);
            let sy = Rc::new(seq::set_from(interp, ys)?);
            seq::set_binop(interp, &Value::Set(sx.clone()), &sx, &sy, op)
        }
        _ => Ok(None),
    }
}

/// The repeat count of `seq * n`: ints and bools (negative counts as 0).
/// A sequence repeat count: an int, or an object with `__index__`.
/// CPython: Objects/abstract.c sequence_repeat.
fn repeat_count(interp: &mut dyn Interp, v: &Value) -> Option<PyResult<i64>> {
    let overflow =
        || ExcKind::OverflowError.new_err("cannot fit 'int' into an index-sized integer");
    match v {
        Value::Int(i) => Some(Ok(*i)),
        Value::Bool(b) => Some(Ok(*b as i64)),
        Value::BigInt(_) => Some(Err(overflow())),
        Value::Instance(_) | Value::Object(_) if v.py_type().lookup("__index__").is_some() => {
            Some(match index(interp, v) {
                Ok(Value::Int(i)) => Ok(i),
                Ok(_) => Err(overflow()),
                Err(e) => Err(e),
            })
        }
        _ => None,
    }
}

/// `a op= b`. CPython: Objects/abstract.c binary_iop1.
pub fn inplace_op(interp: &mut dyn Interp, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    // `l += x` on a list subclass extends the value and keeps the object.
    let (_, _, iname) = op.dunders();
    if let Some(p) = payload_for(a, &[iname]) {
        if matches!(p, Value::List(_) | Value::Dict(_) | Value::Set(_)) {
            inplace_op(interp, &p, b, op)?;
            return Ok(a.clone());
        }
        if payload_for(a, &[op.dunders().0]).is_some() {
            return inplace_op(interp, &p, b, op);
        }
    }
    match (a, op) {
        (Value::List(l), BinOp::Add) => {
            let items = iter::collect(interp, b)?;
            l.items.borrow_mut().extend(items);
            return Ok(a.clone());
        }
        (Value::List(l), BinOp::Mul) => {
            if let Some(n) = repeat_count(interp, b) {
                let n = n?;
                let cur = l.items.borrow().clone();
                *l.items.borrow_mut() = seq::repeat_items(&cur, n)?;
                return Ok(a.clone());
            }
        }
        (Value::Set(s), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
            if let Value::Set(o) | Value::FrozenSet(o) = b {
                // In place, as CPython's set_ior/set_iand/set_isub/set_ixor.
                let dunder = op.dunders().2;
                return call_method(interp, a, dunder, &[Value::Set(o.clone())]).map(|_| a.clone());
            }
            let _ = s;
        }
        (Value::Dict(d), BinOp::Or) => {
            crate::dict_methods::update_from(interp, d, b)?;
            return Ok(a.clone());
        }
        (Value::Instance(_) | Value::Object(_), _) => {
            let (_, _, iname) = op.dunders();
            if let Some(r) = call_dunder(interp, a, iname, std::slice::from_ref(b))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        _ => {}
    }
    binary_op(interp, a, b, op).map_err(|e| {
        if e.matches(ExcKind::TypeError) && e.args().len() == 1 {
            let msg = e.args()[0].as_str().unwrap_or("").to_string();
            if msg.starts_with("unsupported operand type(s) for ") {
                let sym = op.symbol();
                return type_error(msg.replacen(
                    &format!("for {sym}:"),
                    &format!("for {}=:", sym.split(' ').next().unwrap_or(sym)),
                    1,
                ));
            }
        }
        e
    })
}

/// `-v`, `+v`, `~v`, `not v`.
pub fn unary_op(interp: &mut dyn Interp, v: &Value, op: UnaryOp) -> PyResult<Value> {
    if op == UnaryOp::Not {
        return Ok(Value::Bool(!truthy(interp, v)?));
    }
    let dunder = match op {
        UnaryOp::Neg => "__neg__",
        UnaryOp::Pos => "__pos__",
        _ => "__invert__",
    };
    if let Some(p) = payload_for(v, &[dunder]) {
        return unary_op(interp, &p, op);
    }
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => return int::unary(v, op),
        Value::Float(f) => match op {
            UnaryOp::Neg => return Ok(Value::Float(-f)),
            UnaryOp::Pos => return Ok(Value::Float(*f)),
            _ => {}
        },
        Value::Instance(_) | Value::Object(_) => {
            let name = match op {
                UnaryOp::Neg => "__neg__",
                UnaryOp::Pos => "__pos__",
                _ => "__invert__",
            };
            if let Some(r) = call_dunder(interp, v, name, &[])? {
                return Ok(r);
            }
        }
        _ => {}
    }
    let sym = match op {
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        _ => "~",
    };
    Err(type_error(format!(
        "bad operand type for unary {sym}: '{}'",
        v.type_name()
    )))
}

// ---------------------------------------------------------- subscripting

/// `obj[key]`. CPython: PyObject_GetItem.
pub fn getitem(interp: &mut dyn Interp, obj: &Value, key: &Value) -> PyResult<Value> {
    if let Some(p) = payload_for(obj, &["__getitem__"]) {
        // dict subclasses: a missing key goes to __missing__. CPython:
        // dict_subscript.
        if let (Value::Dict(d), Value::Instance(inst)) = (&p, obj) {
            if let Some(v) = d
                .get_item(interp, key)
                .map_err(|e| dict_key_error(e, key))?
            {
                return Ok(v);
            }
            let missing = inst.class.borrow().lookup("__missing__");
            if let Some(m) = missing {
                return call_bound(interp, &m, obj, Args::new(std::slice::from_ref(key)));
            }
            return Err(key_error(key.clone()));
        }
        return getitem(interp, &p, key);
    }
    match obj {
        Value::List(l) => seq::list_getitem(interp, l, key),
        Value::Tuple(t) => seq::tuple_getitem(interp, t, key),
        Value::Str(s) => strings::str_getitem(interp, s, key),
        Value::Bytes(b) => seq::bytes_getitem(interp, b, key),
        Value::Range(r) => seq::range_getitem(interp, r, key),
        Value::Dict(d) => match d
            .get_item(interp, key)
            .map_err(|e| dict_key_error(e, key))?
        {
            Some(v) => Ok(v),
            None => Err(key_error(key.clone())),
        },
        Value::Type(t) => {
            // A metaclass's __getitem__ wins over __class_getitem__.
            if let Some(meta) = &*t.meta.borrow() {
                if let Some(g) = meta.lookup("__getitem__") {
                    let g = bind_descriptor(interp, &g, obj)?;
                    return call0(interp, &g, std::slice::from_ref(key));
                }
            }
            if let Some(f) = t.lookup("__class_getitem__") {
                let f = match f {
                    Value::ClassMethod(inner) => (*inner).clone(),
                    other => other,
                };
                return call_bound(interp, &f, obj, Args::new(std::slice::from_ref(key)));
            }
            Err(type_error(format!(
                "type '{}' is not subscriptable",
                t.name
            )))
        }
        _ => {
            if let Some(r) = crate::bytearray::fast_getitem(obj, key) {
                return r;
            }
            match call_dunder(interp, obj, "__getitem__", std::slice::from_ref(key))? {
                Some(v) => Ok(v),
                None => Err(type_error(format!(
                    "'{}' object is not subscriptable",
                    obj.type_name()
                ))),
            }
        }
    }
}

/// Rewrite `unhashable type` for dict keys as CPython 3.14 words it.
pub fn dict_key_error(e: PyErr, key: &Value) -> PyErr {
    unhashable_context(e, key, "a dict key")
}

/// A TypeError (exactly, not a subclass) from hashing a key becomes
/// "cannot use 'T' as a dict key (message)", without chaining.
/// CPython: Objects/dictobject.c dict_unhashable_type, setobject.c
/// set_unhashable_type.
pub fn unhashable_context(e: PyErr, key: &Value, what: &str) -> PyErr {
    if !Rc::ptr_eq(&e.class(), ExcKind::TypeError.get()) {
        return e;
    }
    let args = e.args();
    let message = match args.as_slice() {
        [] => String::new(),
        [Value::Str(s)] => s.as_str().to_string(),
        _ => return e,
    };
    type_error(format!(
        "cannot use '{}' as {} ({})",
        key.type_name(),
        what,
        message
    ))
}

/// `obj[key] = value`.
pub fn setitem(interp: &mut dyn Interp, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    match obj {
        Value::List(l) => seq::list_setitem(interp, l, key, value),
        Value::Dict(d) => d
            .set_item(interp, key.clone(), value)
            .map_err(|e| dict_key_error(e, key)),
        Value::Instance(_) | Value::Object(_) => {
            if let Some(r) = crate::bytearray::fast_setitem(obj, key, &value) {
                return r;
            }
            match call_dunder(interp, obj, "__setitem__", &[key.clone(), value])? {
                Some(_) => Ok(()),
                None => Err(type_error(format!(
                    "'{}' object does not support item assignment",
                    obj.type_name()
                ))),
            }
        }
        _ => Err(type_error(format!(
            "'{}' object does not support item assignment",
            obj.type_name()
        ))),
    }
}

/// `del obj[key]`.
pub fn delitem(interp: &mut dyn Interp, obj: &Value, key: &Value) -> PyResult<()> {
    match obj {
        Value::List(l) => seq::list_delitem(interp, l, key),
        Value::Dict(d) => match d
            .del_item(interp, key)
            .map_err(|e| dict_key_error(e, key))?
        {
            Some(_) => Ok(()),
            None => Err(key_error(key.clone())),
        },
        Value::Instance(_) | Value::Object(_) => {
            match call_dunder(interp, obj, "__delitem__", std::slice::from_ref(key))? {
                Some(_) => Ok(()),
                None => Err(type_error(format!(
                    "'{}' object doesn't support item deletion",
                    obj.type_name()
                ))),
            }
        }
        _ => Err(type_error(format!(
            "'{}' object doesn't support item deletion",
            obj.type_name()
        ))),
    }
}

/// `item in container`. CPython: PySequence_Contains.
pub fn contains(interp: &mut dyn Interp, container: &Value, item: &Value) -> PyResult<bool> {
    match container {
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
            Value::Instance(i) if matches!(i.payload, Some(Value::Str(_))) => {
                let Some(Value::Str(sub)) = &i.payload else {
                    return Ok(false);
                };
                Ok(s.as_str().contains(sub.as_str()))
            }
            _ => Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                item.type_name()
            ))),
        },
        Value::Dict(d) => d
            .contains(interp, item)
            .map_err(|e| dict_key_error(e, item)),
        Value::Set(s) | Value::FrozenSet(s) => match s.contains(interp, item) {
            Ok(r) => Ok(r),
            Err(e) if !matches!(item, Value::Set(_)) => {
                Err(unhashable_context(e, item, "a set element"))
            }
            Err(e) if matches!(item, Value::Set(_)) && e.matches(ExcKind::TypeError) => {
                let items = iter::collect(interp, item)?;
                let fs = Value::FrozenSet(Rc::new(seq::set_from(interp, items)?));
                s.contains(interp, &fs)
            }
            Err(e) => Err(e),
        },
        Value::List(l) => {
            let n = l.items.borrow().len();
            for i in 0..n {
                let Some(x) = l.items.borrow().get(i).cloned() else {
                    break;
                };
                if eq(interp, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Tuple(t) => {
            for x in &t.items {
                if eq(interp, x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Range(r) => seq::range_contains(interp, r, item),
        Value::Bytes(b) => {
            let sub = crate::bytes_methods::contains_needle(interp, item)?;
            Ok(crate::bytes_methods::contains_bytes(&b.data, &sub))
        }
        _ => {
            if let Some(Value::None) = container.py_type().lookup("__contains__") {
                return Err(type_error(format!(
                    "'{}' object is not a container",
                    container.type_name()
                )));
            }
            if let Some(r) = call_dunder(
                interp,
                container,
                "__contains__",
                std::slice::from_ref(item),
            )? {
                return truthy(interp, &r);
            }
            let it = match get_iter(interp, container) {
                Ok(it) => it,
                Err(e) if e.matches(ExcKind::TypeError) => {
                    return Err(type_error(format!(
                        "argument of type '{}' is not a container or iterable",
                        container.type_name()
                    )))
                }
                Err(e) => return Err(e),
            };
            while let Some(x) = next(interp, &it)? {
                if eq(interp, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

// ------------------------------------------------------------- iteration

/// `iter(v)`. CPython: PyObject_GetIter.
pub fn get_iter(interp: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    iter::get_iter(interp, v)
}

/// `next(it)`, with exhaustion as `None`. CPython: PyIter_Next.
pub fn next(interp: &mut dyn Interp, it: &Value) -> PyResult<Option<Value>> {
    iter::next(interp, it)
}

// ----------------------------------------------------------- repr, str

/// `repr(v)`. CPython: PyObject_Repr.
pub fn repr(interp: &mut dyn Interp, v: &Value) -> PyResult<String> {
    crate::repr::repr(interp, v)
}

/// `str(v)`. CPython: PyObject_Str.
pub fn str_of(interp: &mut dyn Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        _ => crate::repr::str_of(interp, v),
    }
}

/// `str(v)` as a `Value`, sharing the object when `v` already is a str.
pub fn str_value(interp: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    match v {
        Value::Str(_) => Ok(v.clone()),
        _ => Ok(Value::string(str_of(interp, v)?)),
    }
}

// ------------------------------------------------------- type predicates

/// `isinstance(v, cls)` for a single class. CPython: PyObject_IsInstance.
pub fn isinstance(interp: &mut dyn Interp, v: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Type(t) => {
            let vt = v.py_type();
            // An exact match never asks the hook; a subclass does.
            if Rc::ptr_eq(&vt, t) {
                return Ok(true);
            }
            if let Some(f) = t.metaclass().lookup("__instancecheck__") {
                if !matches!(f, Value::Native(_)) {
                    let r = call_bound(interp, &f, cls, Args::new(std::slice::from_ref(v)))?;
                    return truthy(interp, &r);
                }
            }
            if vt.is_subtype(t) {
                return Ok(true);
            }
            // A class that overrides __class__ is asked what it claims to be.
            // CPython: Objects/abstract.c object_isinstance.
            if vt.lookup("__class__").is_some() {
                if let Some(Value::Type(c)) = getattr_opt(interp, v, "__class__")? {
                    return Ok(!Rc::ptr_eq(&c, &vt) && c.is_subtype(t));
                }
            }
            Ok(false)
        }
        Value::Tuple(t) => {
            for c in &t.items {
                if isinstance(interp, v, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        // An object whose type defines __instancecheck__ (GenericAlias
        // refuses). CPython: object_recursive_isinstance.
        Value::Object(_) | Value::Instance(_)
            if cls.py_type().lookup("__instancecheck__").is_some() =>
        {
            match call_dunder(interp, cls, "__instancecheck__", std::slice::from_ref(v))? {
                Some(r) => truthy(interp, &r),
                None => Ok(false),
            }
        }
        _ => Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

/// `issubclass(a, cls)`, asking a metaclass's `__subclasscheck__`.
/// CPython: Objects/abstract.c PyObject_IsSubclass.
pub fn issubclass(interp: &mut dyn Interp, a: &Value, cls: &Value) -> PyResult<bool> {
    if let Value::Type(t) = cls {
        if let Some(f) = t.metaclass().lookup("__subclasscheck__") {
            if !matches!(f, Value::Native(_)) {
                let r = call_bound(interp, &f, cls, Args::new(std::slice::from_ref(a)))?;
                return truthy(interp, &r);
            }
        }
    }
    let Value::Type(at) = a else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    match cls {
        Value::Type(t) => Ok(at.is_subtype(t)),
        Value::Tuple(t) => {
            for c in &t.items {
                if issubclass(interp, a, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        // CPython: object_issubclass (calls __subclasscheck__ of any object).
        Value::Object(_) | Value::Instance(_)
            if cls.py_type().lookup("__subclasscheck__").is_some() =>
        {
            match call_dunder(interp, cls, "__subclasscheck__", std::slice::from_ref(a))? {
                Some(r) => truthy(interp, &r),
                None => Ok(false),
            }
        }
        _ => Err(type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}

/// Whether an instance's class derives from a built-in exception.
pub fn is_exception_class(t: &Rc<PyType>) -> bool {
    t.layout == Layout::Exception
}

/// `v.__index__()` as an i64-or-big int value, for indices and counts.
pub fn index(interp: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    if let Some(p) = payload_for(v, &["__index__"]) {
        return index(interp, &p);
    }
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => match call_dunder(interp, v, "__index__", &[])? {
            Some(r @ (Value::Int(_) | Value::BigInt(_))) => Ok(r),
            Some(r) => Err(type_error(format!(
                "__index__ returned non-int (type {})",
                r.type_name()
            ))),
            None => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ))),
        },
    }
}

/// `format(v, spec)`. CPython: PyObject_Format.
pub fn format(interp: &mut dyn Interp, v: &Value, spec: &str) -> PyResult<String> {
    // A built-in's own __format__ on a subclass instance: an empty spec
    // means str(self) (which the subclass may override), any other formats
    // the value. CPython: long__format__, float___format__, unicode___format__.
    if let Some(p) = payload_for(v, &["__format__"]) {
        if spec.is_empty() {
            return str_of(interp, v);
        }
        return crate::repr::format(interp, &p, spec);
    }
    crate::repr::format(interp, v, spec)
}

/// The built-in value behind an instance of a subclass of a built-in type
/// when no Python class along its MRO defines any of `dunders`.
pub fn payload_for(v: &Value, dunders: &[&str]) -> Option<Value> {
    if !matches!(v, Value::Instance(i) if i.payload.is_some()) {
        return None;
    }
    let mut p = None;
    for d in dunders {
        p = Some(crate::object::builtin_payload(v, d)?);
    }
    p
}

/// Both operands with their payloads where they have no override, when
/// at least one of them has one.
fn payload_pair(a: &Value, b: &Value, dunder: &str) -> Option<(Value, Value)> {
    let pa = payload_for(a, &[dunder]);
    let pb = payload_for(b, &[dunder]);
    if pa.is_none() && pb.is_none() {
        return None;
    }
    // A side with its own override keeps the Python dispatch.
    if (pa.is_none() && is_user(a)) || (pb.is_none() && is_user(b)) {
        return None;
    }
    Some((
        pa.unwrap_or_else(|| a.clone()),
        pb.unwrap_or_else(|| b.clone()),
    ))
}

/// The traceback entries of an exception (innermost first).
pub fn exc_traceback(inst: &PyInstance) -> Vec<crate::exceptions::TbEntry> {
    exc_data(inst).borrow().traceback.clone()
}

pub fn name_str(s: &str) -> Rc<PyStr> {
    Rc::new(PyStr::new(s))
}

pub fn types_ref() -> &'static crate::types::Types {
    types()
}
