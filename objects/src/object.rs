//! `object` and `type`: instance creation (`type.__call__`, `object.__new__`,
//! `object.__init__`), attribute access on classes, the special attributes
//! of built-in objects (`__class__`, `__name__`, `__dict__`, ...), and the
//! natives registered on `object` and `type`. CPython: Objects/typeobject.c
//! (type_call, object_new, object_init, type_getattro), Objects/funcobject.c
//! getsets.

use std::rc::Rc;

use crate::dict::PyDict;
use crate::exceptions::{exc_data, new_exception, no_attribute, type_error, ExcKind};
use crate::function::Args;
use crate::interp::Interp;
use crate::ops;
use crate::types::{types, Layout, PyType};
use crate::value::{PyInstance, PyResult, Value};

/// `cls(*args, **kwargs)`. CPython: type_call.
pub fn type_call(interp: &mut dyn Interp, cls: &Rc<PyType>, args: Args<'_>) -> PyResult<Value> {
    let t = types();
    if Rc::ptr_eq(cls, &t.type_type) {
        let pos = args.positional();
        if pos.len() == 1 && !args.has_kwargs() {
            return Ok(Value::Type(pos[0].py_type()));
        }
        if pos.len() != 3 {
            return Err(type_error("type() takes 1 or 3 arguments"));
        }
        return new_class_from_parts(interp, cls, pos, args.kwargs());
    }
    if cls.is_subtype(&t.type_type) {
        return metaclass_call(interp, cls, args);
    }
    let new = cls.lookup("__new__").unwrap_or(Value::None);
    let new_fn = match &new {
        Value::StaticMethod(f) => (**f).clone(),
        other => other.clone(),
    };
    let base = cls.builtin_base();
    let payload = crate::types::payload_base(&base);
    // A built-in type itself is made whole by its __new__.
    if payload && cls.builtin {
        return ops::call_bound(interp, &new_fn, &Value::Type(cls.clone()), args);
    }
    // A subclass of list/dict/set starts empty; __init__ fills it, as in
    // CPython (list.__new__ ignores its arguments).
    let base_new = base.dict.get_str("__new__");
    let obj = if payload
        && crate::types::filled_by_init(&base)
        && base_new.as_ref().is_some_and(|b| b.is(&new))
    {
        let empty = ops::call_bound(interp, &new_fn, &Value::Type(base.clone()), Args::new(&[]))?;
        Value::Instance(PyInstance::with_payload(cls.clone(), empty).into_tracked())
    } else {
        ops::call_bound(interp, &new_fn, &Value::Type(cls.clone()), args)?
    };
    if !obj.py_type().is_subtype(cls) {
        return Ok(obj);
    }
    if let Some(init) = cls.lookup("__init__") {
        if !matches!(init, Value::Native(ref n) if n.name == "__init__" && is_object_native(n)) {
            let r = ops::call_bound(interp, &init, &obj, args)?;
            if !r.is_none() {
                return Err(type_error(format!(
                    "__init__() should return None, not '{}'",
                    r.type_name()
                )));
            }
        } else if args_given(&args) && !overrides_new(cls) {
            return Err(type_error(format!("{}() takes no arguments", cls.name)));
        }
    }
    Ok(obj)
}

fn is_object_native(n: &crate::function::NativeFunction) -> bool {
    n.self_type
        .as_ref()
        .is_some_and(|t| Rc::ptr_eq(t, &types().object_type))
}

fn args_given(args: &Args<'_>) -> bool {
    !args.values.is_empty()
}

fn overrides_new(cls: &Rc<PyType>) -> bool {
    match cls.lookup("__new__") {
        Some(Value::StaticMethod(f)) => {
            !matches!(&*f, Value::Native(n) if n.name == "object.__new__")
        }
        Some(_) => true,
        None => false,
    }
}

/// Calling a metaclass `M(name, bases, ns, **kw)`: `M.__new__`, then
/// `M.__init__` when the result is an instance of M. CPython: type_call
/// with a metatype.
fn metaclass_call(interp: &mut dyn Interp, meta: &Rc<PyType>, args: Args<'_>) -> PyResult<Value> {
    let new = meta.lookup("__new__").unwrap_or(Value::None);
    let new_fn = match &new {
        Value::StaticMethod(f) => (**f).clone(),
        other => other.clone(),
    };
    let obj = ops::call_bound(interp, &new_fn, &Value::Type(meta.clone()), args)?;
    if !obj.py_type().is_subtype(meta) {
        return Ok(obj);
    }
    if let Some(init) = meta.lookup("__init__") {
        if !matches!(init, Value::Native(_)) {
            let r = ops::call_bound(interp, &init, &obj, args)?;
            if !r.is_none() {
                return Err(type_error(format!(
                    "__init__() should return None, not '{}'",
                    r.type_name()
                )));
            }
        }
    }
    Ok(obj)
}

/// `type.__new__(mcls, name, bases, ns, **kw)`. CPython: type_new.
fn type_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Type(meta)) = args.values.first() else {
        return Err(type_error("type.__new__(X): X is not a type object"));
    };
    if !meta.is_subtype(&types().type_type) {
        return Err(type_error(format!(
            "type.__new__({}): {} is not a subtype of type",
            meta.name, meta.name
        )));
    }
    let pos = &args.positional()[1..];
    if pos.len() == 1 && Rc::ptr_eq(meta, &types().type_type) {
        return Ok(Value::Type(pos[0].py_type()));
    }
    if pos.len() != 3 {
        return Err(type_error("type.__new__() takes exactly 3 arguments"));
    }
    new_class_from_parts(interp, meta, pos, args.kwargs())
}

/// `type.__init__`: the class is already made.
fn type_init(_: &mut dyn Interp, _: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

/// `type(name, bases, dict, **kw)`.
fn new_class_from_parts<'a>(
    interp: &mut dyn Interp,
    meta: &Rc<PyType>,
    pos: &[Value],
    kwargs: impl Iterator<Item = (&'a Rc<crate::value::PyStr>, &'a Value)>,
) -> PyResult<Value> {
    let Value::Str(name) = &pos[0] else {
        return Err(type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            pos[0].type_name()
        )));
    };
    let Value::Tuple(bases) = &pos[1] else {
        return Err(type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            pos[1].type_name()
        )));
    };
    let Value::Dict(ns) = &pos[2] else {
        return Err(type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            pos[2].type_name()
        )));
    };
    let mut base_types = Vec::new();
    for b in &bases.items {
        match b {
            Value::Type(t) => base_types.push(t.clone()),
            // type(b) can never derive from type here. CPython:
            // _PyType_CalculateMetaclass.
            _ => return Err(type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            )),
        }
    }
    // A more derived metaclass among the bases takes over the call.
    // CPython: type_new's _PyType_CalculateMetaclass.
    let mut winner = meta.clone();
    for b in &base_types {
        let m = b.metaclass();
        if m.is_subtype(&winner) {
            winner = m;
        } else if !winner.is_subtype(&m) {
            return Err(type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
    }
    if !Rc::ptr_eq(&winner, meta) {
        let kw: Vec<(Rc<crate::value::PyStr>, Value)> =
            kwargs.map(|(k, v)| (k.clone(), v.clone())).collect();
        let mut values = pos.to_vec();
        values.extend(kw.iter().map(|(_, v)| v.clone()));
        let names: Vec<Rc<crate::value::PyStr>> = kw.iter().map(|(k, _)| k.clone()).collect();
        return ops::call(
            interp,
            &Value::Type(winner),
            Args {
                values: &values,
                kwnames: &names,
            },
        );
    }
    let dict = Rc::new(ns.copy());
    // CPython: type_new_set_module.
    if dict.get_str("__module__").is_none() {
        if let Some(name) = interp.caller_globals().and_then(|g| g.get_str("__name__")) {
            dict.set_str("__module__", name);
        }
    }
    let meta = if Rc::ptr_eq(meta, &types().type_type) {
        None
    } else {
        Some(meta.clone())
    };
    let kw: Vec<(Rc<crate::value::PyStr>, Value)> =
        kwargs.map(|(k, v)| (k.clone(), v.clone())).collect();
    let cls = create_class(interp, name.as_str(), base_types, dict, meta, &kw)?;
    Ok(Value::Type(cls))
}

/// Make a class object from an executed class body. Wraps `__new__` and
/// `__init_subclass__` like CPython, sets `__hash__ = None` when `__eq__`
/// is defined without `__hash__`, and calls `__set_name__` and the parent's
/// `__init_subclass__`. CPython: type_new_impl.
pub fn create_class(
    interp: &mut dyn Interp,
    name: &str,
    bases: Vec<Rc<PyType>>,
    dict: Rc<PyDict>,
    meta: Option<Rc<PyType>>,
    kwargs: &[(Rc<crate::value::PyStr>, Value)],
) -> PyResult<Rc<PyType>> {
    if let Some(Value::Function(_)) = dict.get_str("__new__") {
        if let Some(f) = dict.get_str("__new__") {
            dict.set_str("__new__", Value::StaticMethod(Rc::new(f)));
        }
    }
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f @ Value::Function(_)) = dict.get_str(special) {
            dict.set_str(special, Value::ClassMethod(Rc::new(f)));
        }
    }
    if dict.get_str("__eq__").is_some() && dict.get_str("__hash__").is_none() {
        dict.set_str("__hash__", Value::None);
    }
    let module = dict.get_str("__module__");
    let qualname = dict.get_str("__qualname__");
    // A lib/ class standing in for one of CPython's C types names itself
    // in messages as that type does ("collections.deque").
    let tp_name = dict.del_str("__rspy_tp_name__");
    let cls = PyType::new_class(name, bases, dict.clone(), meta)?;
    if let Some(Value::Str(n)) = tp_name {
        cls.set_tp_name(n.as_str());
    }
    if let Some(Value::Str(m)) = module {
        *cls.module.borrow_mut() = m.as_str().to_string();
    }
    if let Some(Value::Str(q)) = qualname {
        *cls.qualname.borrow_mut() = q.as_str().to_string();
        dict.del_str("__qualname__");
    }
    let cls_value = Value::Type(cls.clone());
    for (k, v) in dict.items() {
        if let (Value::Property(p), Value::Str(_)) = (&v, &k) {
            *p.name.borrow_mut() = k.clone();
            continue;
        }
        if let (Value::Instance(_), Value::Str(_)) = (&v, &k) {
            if let Some(set_name) = v.py_type().lookup("__set_name__") {
                let r = ops::call_bound(
                    interp,
                    &set_name,
                    &v,
                    Args::new(&[cls_value.clone(), k.clone()]),
                );
                if let Err(e) = r {
                    // CPython: type_new_set_names adds this note.
                    let note = format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        v.type_name(),
                        ops::repr(interp, &k)?,
                        name
                    );
                    let notes = match e.0.dict().get_str("__notes__") {
                        Some(n @ Value::List(_)) => n,
                        _ => {
                            let l = Value::list(vec![]);
                            e.0.dict().set_str("__notes__", l.clone());
                            l
                        }
                    };
                    if let Value::List(l) = &notes {
                        l.items.borrow_mut().push(Value::str(&note));
                    }
                    return Err(e);
                }
            }
        }
    }
    // super(cls, cls).__init_subclass__(**kwargs). CPython: type_new_init_subclass.
    let init_subclass = cls
        .mro_tail
        .iter()
        .find_map(|t| t.dict.get_str("__init_subclass__"));
    if let Some(Value::ClassMethod(f)) = init_subclass {
        let values: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
        let names: Vec<Rc<crate::value::PyStr>> = kwargs.iter().map(|(k, _)| k.clone()).collect();
        let a = Args {
            values: &values,
            kwnames: &names,
        };
        if matches!(&*f, Value::Native(_)) {
            if !kwargs.is_empty() {
                return Err(type_error(format!(
                    "{name}.__init_subclass__() takes no keyword arguments"
                )));
            }
        } else {
            ops::call_bound(interp, &f, &cls_value, a)?;
        }
    }
    Ok(cls)
}

/// `OSError(errno, strerror)` makes the subclass for that errno (Linux
/// numbers). CPython: Objects/exceptions.c OSError_new (errnomap).
fn oserror_subclass(cls: &Rc<PyType>, args: &[Value]) -> Rc<PyType> {
    if !Rc::ptr_eq(cls, ExcKind::OSError.get()) || !(2..=5).contains(&args.len()) {
        return cls.clone();
    }
    let Value::Int(errno) = args[0] else {
        return cls.clone();
    };
    let kind = match errno {
        11 | 114 | 115 => ExcKind::BlockingIOError,
        10 => ExcKind::ChildProcessError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        111 => ExcKind::ConnectionRefusedError,
        104 => ExcKind::ConnectionResetError,
        17 => ExcKind::FileExistsError,
        2 => ExcKind::FileNotFoundError,
        21 => ExcKind::IsADirectoryError,
        20 => ExcKind::NotADirectoryError,
        4 => ExcKind::InterruptedError,
        1 | 13 => ExcKind::PermissionError,
        3 => ExcKind::ProcessLookupError,
        110 => ExcKind::TimeoutError,
        _ => return cls.clone(),
    };
    kind.get().clone()
}

/// The error for instantiating a class whose `__abstractmethods__` is not
/// empty. CPython: Objects/typeobject.c object_new (Py_TPFLAGS_IS_ABSTRACT).
fn refuse_abstract(interp: &mut dyn Interp, cls: &PyType, abstracts: &Value) -> PyResult<()> {
    if !ops::truthy(interp, abstracts)? {
        return Ok(());
    }
    let mut names: Vec<String> = crate::iter::collect(interp, abstracts)?
        .iter()
        .map(|v| ops::str_of(interp, v))
        .collect::<PyResult<_>>()?;
    names.sort();
    Err(type_error(format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{} '{}'",
        cls.name,
        if names.len() > 1 { "s" } else { "" },
        names.join("', '")
    )))
}

/// `object.__new__(cls)`: a fresh instance (exceptions get their state).
pub fn object_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.values.first() else {
        return Err(type_error("object.__new__(X): X is not a type object"));
    };
    if cls.builtin && cls.layout == Layout::Builtin && !Rc::ptr_eq(cls, &types().object_type) {
        return Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            cls.name, cls.name
        )));
    }
    if cls.layout == Layout::Exception {
        let rest: Vec<Value> = args.positional()[1..].to_vec();
        let cls = oserror_subclass(cls, &rest);
        return Ok(Value::Instance(new_exception(&cls, Value::tuple(rest))));
    }
    if let Some(abstracts) = cls.dict.get_str("__abstractmethods__") {
        refuse_abstract(interp, cls, &abstracts)?;
    }
    let inst = PyInstance {
        slots: std::cell::OnceCell::new(),
        payload: None,
        class: std::cell::RefCell::new(cls.clone()),
        dict_cell: std::cell::RefCell::new(Rc::new(PyDict::new())),
        exc: None,
        finalized: std::cell::Cell::new(false),
    };
    Ok(Value::Instance(inst.into_tracked()))
}

/// `f.__annotations__`: evaluated from the lazy `__annotate__` once.
fn function_annotations(
    interp: &mut dyn Interp,
    f: &crate::function::PyFunction,
) -> PyResult<Value> {
    let cache = f.attr_dict();
    if let Some(d) = cache.get_str("__annotations__") {
        return Ok(d);
    }
    let annotate = f.annotations.borrow().clone();
    let d = match annotate {
        Value::Dict(_) => annotate,
        other => lazy_annotations(interp, &other)?,
    };
    cache.set_str("__annotations__", d.clone());
    Ok(d)
}

/// Call an `__annotate__` for its VALUE format (`{}` for None).
pub fn lazy_annotations(interp: &mut dyn Interp, annotate: &Value) -> PyResult<Value> {
    if annotate.is_none() {
        return Ok(Value::Dict(Rc::new(PyDict::new())));
    }
    ops::call0(interp, annotate, &[Value::Int(1)])
}

/// `cls.__annotations__` / `module.__annotations__`: cached in the dict,
/// else computed from its `__annotate__`. CPython 3.14: type_get_annotations.
pub fn namespace_annotations(interp: &mut dyn Interp, dict: &PyDict) -> PyResult<Value> {
    if let Some(a) = dict.get_str("__annotations__") {
        return Ok(a);
    }
    let annotate = dict.get_str("__annotate__").unwrap_or(Value::None);
    let a = lazy_annotations(interp, &annotate)?;
    dict.set_str("__annotations__", a.clone());
    Ok(a)
}

/// What a built-in type's `__new__` returns for `cls`: the value itself,
/// or, for a Python subclass, an instance carrying it.
pub fn new_for(cls: &Value, value: Value) -> Value {
    match cls {
        Value::Type(t) if !t.builtin => {
            Value::Instance(PyInstance::with_payload(t.clone(), value).into_tracked())
        }
        _ => value,
    }
}

/// The built-in value of an instance of a subclass of a built-in type,
/// when `dunder` resolves (along the MRO) to a built-in type's method or
/// nowhere; `None` when a Python class defines it (that method runs).
/// CPython gets this from slot inheritance.
pub fn builtin_payload(v: &Value, dunder: &str) -> Option<Value> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let p = inst.payload.as_ref()?;
    match dunder_owner(&inst.class.borrow(), dunder) {
        Some(owner) if !owner.builtin => None,
        _ => Some(p.clone()),
    }
}

/// The class along `cls`'s MRO whose dict defines `name`.
pub fn dunder_owner(cls: &Rc<PyType>, name: &str) -> Option<Rc<PyType>> {
    if cls.dict.get_str(name).is_some() {
        return Some(cls.clone());
    }
    cls.mro_tail
        .iter()
        .find(|t| t.dict.get_str(name).is_some())
        .cloned()
}

/// Attribute lookup on a class object. CPython: type_getattro.
pub fn type_getattr(interp: &mut dyn Interp, t: &Rc<PyType>, name: &str) -> PyResult<Value> {
    let cls = Value::Type(t.clone());
    match name {
        "__name__" => return Ok(Value::str(&t.name)),
        "__qualname__" => return Ok(Value::str(&t.qualname.borrow())),
        "__module__" => {
            if let Some(m) = t.dict.get_str("__module__") {
                return Ok(m);
            }
            return Ok(Value::str(&t.module.borrow()));
        }
        "__dict__" => return Ok(crate::mappingproxy::new(Value::Dict(t.dict.clone()))),
        "__bases__" => {
            return Ok(Value::tuple(
                t.bases.iter().map(|b| Value::Type(b.clone())).collect(),
            ))
        }
        "__base__" => {
            return Ok(t
                .bases
                .first()
                .map(|b| Value::Type(b.clone()))
                .unwrap_or(Value::None))
        }
        "__mro__" => return Ok(Value::tuple(t.mro().into_iter().map(Value::Type).collect())),
        "__class__" => return Ok(Value::Type(t.metaclass())),
        "__doc__" => return Ok(t.dict.get_str("__doc__").unwrap_or(Value::None)),
        "__annotations__" if !t.builtin => return namespace_annotations(interp, &t.dict),
        _ => {}
    }
    if let Some(d) = t.lookup(name) {
        return Ok(match d {
            Value::ClassMethod(f) => Value::Method(Rc::new(crate::function::BoundMethod {
                self_value: cls,
                func: (*f).clone(),
            })),
            Value::StaticMethod(f) => (*f).clone(),
            Value::Instance(_) => match d.py_type().lookup("__get__") {
                Some(get) => ops::call_bound(interp, &get, &d, Args::new(&[Value::None, cls]))?,
                None => d,
            },
            other => other,
        });
    }
    let meta = t.metaclass();
    if let Some(d) = meta.lookup(name) {
        return ops::bind_descriptor(interp, &d, &cls);
    }
    Err(no_attribute(&cls, name))
}

/// Attribute lookup through `super()`: the MRO of the object's type after
/// `this_class`. CPython: super_getattro.
pub fn super_getattr(
    interp: &mut dyn Interp,
    sup: &Value,
    s: &crate::value::PySuper,
    name: &str,
) -> PyResult<Value> {
    match name {
        "__class__" => return Ok(Value::Type(types().super_type.clone())),
        // CPython: Objects/typeobject.c super_members.
        "__thisclass__" => return Ok(Value::Type(s.this_class.clone())),
        "__self__" => return Ok(s.obj.clone()),
        "__self_class__" => return Ok(Value::Type(s.obj_type.clone())),
        _ => {}
    }
    let mro = s.obj_type.mro();
    let start = mro
        .iter()
        .position(|t| Rc::ptr_eq(t, &s.this_class))
        .map(|i| i + 1)
        .unwrap_or(mro.len());
    for t in &mro[start..] {
        if let Some(d) = t.dict.get_str(name) {
            return Ok(match d {
                // super(C, cls).f with cls a subclass of C gives the plain
                // function; a class that is an *instance* (a metaclass's
                // method receiving the class) binds like any instance.
                Value::Function(_) | Value::Native(_) if matches!(&s.obj, Value::Type(t) if Rc::ptr_eq(t, &s.obj_type)) => {
                    d
                }
                Value::Function(_) | Value::Native(_) => {
                    Value::Method(Rc::new(crate::function::BoundMethod {
                        self_value: s.obj.clone(),
                        func: d,
                    }))
                }
                Value::ClassMethod(f) => Value::Method(Rc::new(crate::function::BoundMethod {
                    self_value: Value::Type(s.obj_type.clone()),
                    func: (*f).clone(),
                })),
                Value::StaticMethod(f) => (*f).clone(),
                other => ops::bind_descriptor(interp, &other, &s.obj)?,
            });
        }
    }
    Err(no_attribute(sup, name))
}

/// Store a class attribute; `__module__` and `__qualname__` also update
/// what the class reports. CPython: type_set_module, type_set_qualname.
pub fn type_setattr(t: &Rc<PyType>, name: &str, value: Value) -> PyResult<()> {
    match (name, &value) {
        ("__qualname__", Value::Str(q)) => {
            *t.qualname.borrow_mut() = q.as_str().to_string();
            return Ok(());
        }
        ("__qualname__", other) => {
            return Err(type_error(format!(
                "can only assign string to {}.__qualname__, not '{}'",
                t.name,
                other.type_name()
            )))
        }
        ("__module__", Value::Str(m)) => *t.module.borrow_mut() = m.as_str().to_string(),
        _ => {}
    }
    t.dict.set_str(name, value);
    Ok(())
}

pub fn function_setattr(
    f: &Rc<crate::function::PyFunction>,
    name: &str,
    value: Value,
) -> PyResult<()> {
    match name {
        "__name__" => match &value {
            Value::Str(s) => *f.name.borrow_mut() = s.as_str().to_string(),
            _ => return Err(type_error("__name__ must be set to a string object")),
        },
        "__qualname__" => match &value {
            Value::Str(s) => *f.qualname.borrow_mut() = s.as_str().to_string(),
            _ => return Err(type_error("__qualname__ must be set to a string object")),
        },
        "__doc__" => *f.doc.borrow_mut() = value,
        "__module__" => *f.module.borrow_mut() = value,
        "__defaults__" => {
            *f.defaults.borrow_mut() = match value {
                Value::Tuple(t) => t.items.clone(),
                Value::None => vec![],
                _ => return Err(type_error("__defaults__ must be set to a tuple object")),
            }
        }
        _ => f.attr_dict().set_str(name, value),
    }
    Ok(())
}

/// The attributes some built-in exceptions always have, when `__init__`
/// did not store them (an exception the interpreter raised itself).
/// CPython: ImportError_init, SyntaxError_init (their member tables).
fn exception_field_default(inst: &PyInstance, args: &Value, name: &str) -> Option<Value> {
    let cls = inst.class.borrow().clone();
    let first_arg = || match args {
        Value::Tuple(t) if t.items.len() == 1 => t.items[0].clone(),
        _ => Value::None,
    };
    if cls.is_subtype(ExcKind::ImportError.get()) {
        return match name {
            "msg" => Some(first_arg()),
            "name" | "path" | "name_from" => Some(Value::None),
            _ => None,
        };
    }
    if cls.is_subtype(ExcKind::SyntaxError.get()) {
        return match name {
            "msg" => Some(match args {
                Value::Tuple(t) if !t.items.is_empty() => t.items[0].clone(),
                _ => Value::None,
            }),
            "filename"
            | "lineno"
            | "offset"
            | "text"
            | "end_lineno"
            | "end_offset"
            | "print_file_and_line" => Some(Value::None),
            _ => None,
        };
    }
    None
}

/// Whether `f.__isabstractmethod__` is true (absent counts as false).
/// CPython: _PyObject_IsAbstract.
fn is_abstract(interp: &mut dyn Interp, f: &Value) -> PyResult<bool> {
    if f.is_none() {
        return Ok(false);
    }
    match ops::getattr_opt(interp, f, "__isabstractmethod__")? {
        Some(v) => ops::truthy(interp, &v),
        None => Ok(false),
    }
}

/// Attributes every object of a kind has without a dict entry
/// (`__class__`, a function's `__name__`, an exception's `args`, ...).
pub fn special_getattr(
    interp: &mut dyn Interp,
    obj: &Value,
    name: &str,
) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(Value::Type(obj.py_type())));
    }
    Ok(match obj {
        Value::Instance(inst) => {
            if name == "__dict__" {
                if !inst.class.borrow().has_dict {
                    return Ok(None);
                }
                return Ok(Some(Value::Dict(inst.dict().clone())));
            }
            if inst.exc.is_some() {
                let mut d = exc_data(inst).borrow_mut();
                return Ok(match name {
                    "args" => Some(d.args.clone()),
                    "__cause__" => Some(d.cause.clone()),
                    "__context__" => Some(d.context.clone()),
                    "__suppress_context__" => Some(Value::Bool(d.suppress_context)),
                    "__traceback__" => Some(d.traceback_object()),
                    _ => exception_field_default(inst, &d.args, name),
                });
            }
            None
        }
        Value::Function(f) => match name {
            "__name__" => Some(Value::str(&f.name.borrow())),
            "__qualname__" => Some(Value::str(&f.qualname.borrow())),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__module__" => Some(f.module.borrow().clone()),
            "__defaults__" => {
                let d = f.defaults.borrow();
                Some(if d.is_empty() {
                    Value::None
                } else {
                    Value::tuple(d.clone())
                })
            }
            "__kwdefaults__" => Some(match &*f.kwdefaults.borrow() {
                Some(d) => Value::Dict(d.clone()),
                None => Value::None,
            }),
            "__code__" => Some(Value::Code(f.code.clone())),
            "__globals__" => Some(Value::Dict(f.globals.clone())),
            "__dict__" => Some(Value::Dict(f.attr_dict())),
            "__closure__" => Some(if f.closure.is_empty() {
                Value::None
            } else {
                Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
            }),
            "__annotations__" => Some(function_annotations(interp, f)?),
            "__annotate__" => Some(match &*f.annotations.borrow() {
                Value::Dict(_) => Value::None,
                other => other.clone(),
            }),
            _ => f.dict.borrow().as_ref().and_then(|d| d.get_str(name)),
        },
        Value::Method(m) => match name {
            "__self__" => Some(m.self_value.clone()),
            "__func__" => Some(m.func.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                return special_getattr(interp, &m.func, name)
            }
            // Anything the method type lacks comes from the function.
            // CPython: Objects/classobject.c method_getattro.
            _ if obj.py_type().lookup(name).is_none() => ops::getattr_opt(interp, &m.func, name)?,
            _ => None,
        },
        Value::Native(n) => match name {
            "__name__" => Some(Value::str(n.name)),
            "__qualname__" => Some(Value::string(match &n.self_type {
                Some(t) => format!("{}.{}", t.name, n.name),
                None => n.name.to_string(),
            })),
            "__doc__" => Some(Value::None),
            "__module__" => Some(match n.module {
                Some(m) => Value::str(m),
                None => Value::None,
            }),
            "__self__" => Some(Value::None),
            // Methods of built-in types are descriptors (method_descriptor).
            "__get__" if n.self_type.is_some() => {
                Some(Value::Method(Rc::new(crate::function::BoundMethod {
                    self_value: obj.clone(),
                    func: Value::Native(Rc::new(crate::function::NativeFunction::function(
                        "__get__",
                        function_get,
                    ))),
                })))
            }
            _ => None,
        },
        Value::Generator(g) => match name {
            "__name__" => Some(Value::Str(g.code.name.clone())),
            "__qualname__" => Some(Value::Str(g.code.qualname.clone())),
            "gi_running" | "cr_running" | "ag_running" => Some(Value::Bool(
                g.state.get() == crate::generator::GenState::Running,
            )),
            "gi_suspended" | "cr_suspended" => Some(Value::Bool(
                g.state.get() == crate::generator::GenState::Suspended,
            )),
            "gi_code" | "cr_code" | "ag_code" => Some(Value::Code(g.code.clone())),
            "gi_frame" | "cr_frame" | "ag_frame" => Some(g.frame_view()),
            "gi_yieldfrom" | "cr_await" | "ag_await" => Some(g.delegate()),
            "cr_origin" => Some(
                g.rare
                    .get()
                    .and_then(|r| r.origin.borrow().clone())
                    .unwrap_or(Value::None),
            ),
            _ => None,
        },
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match name {
            "real" | "numerator" => Some(match obj {
                Value::Bool(b) => Value::Int(*b as i64),
                other => other.clone(),
            }),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Value::Float(f) => match name {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        Value::Range(r) => match name {
            "start" => Some(Value::from_i128(r.start)),
            "stop" => Some(Value::from_i128(r.stop)),
            "step" => Some(Value::from_i128(r.step)),
            _ => None,
        },
        Value::Slice(s) => match name {
            "start" => Some(s.start.clone()),
            "stop" => Some(s.stop.clone()),
            "step" => Some(s.step.clone()),
            _ => None,
        },
        Value::Property(p) => match name {
            "fget" => Some(p.fget.clone()),
            "fset" => Some(p.fset.clone()),
            "fdel" => Some(p.fdel.clone()),
            "__doc__" => Some(p.doc.clone()),
            "__name__" => {
                let name = p.name.borrow().clone();
                if !name.is_none() {
                    Some(name)
                } else if !p.fget.is_none() {
                    ops::getattr_opt(interp, &p.fget, "__name__")?
                } else {
                    None
                }
            }
            "__isabstractmethod__" => {
                let mut abstract_ = false;
                for f in [&p.fget, &p.fset, &p.fdel] {
                    abstract_ = abstract_ || is_abstract(interp, f)?;
                }
                Some(Value::Bool(abstract_))
            }
            _ => None,
        },
        Value::ClassMethod(f) | Value::StaticMethod(f) => match name {
            "__func__" | "__wrapped__" => Some((**f).clone()),
            // CPython: cm_init/sm_init copy these from the function
            // (functools.update_wrapper style).
            "__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__" => {
                ops::getattr_opt(interp, f, name)?
            }
            "__isabstractmethod__" => Some(Value::Bool(is_abstract(interp, f)?)),
            _ => None,
        },
        Value::Cell(c) => match name {
            "cell_contents" => {
                let v = c.value.borrow().clone();
                if v.is_null() {
                    return Err(ExcKind::ValueError.new_err("Cell is empty"));
                }
                Some(v)
            }
            _ => None,
        },
        Value::Code(c) => match name {
            "co_name" => Some(Value::Str(c.name.clone())),
            "co_qualname" => Some(Value::Str(c.qualname.clone())),
            "co_filename" => Some(Value::str(&c.filename)),
            "co_firstlineno" => Some(Value::Int(c.firstlineno as i64)),
            "co_argcount" => Some(Value::Int(c.argcount as i64)),
            "co_posonlyargcount" => Some(Value::Int(c.posonlyargcount as i64)),
            "co_kwonlyargcount" => Some(Value::Int(c.kwonlyargcount as i64)),
            "co_flags" => Some(Value::Int(c.flags as i64)),
            "co_stacksize" => Some(Value::Int(i64::from(c.stacksize))),
            "co_varnames" => Some(Value::tuple(
                c.varnames.iter().map(|n| Value::Str(n.clone())).collect(),
            )),
            "co_freevars" => Some(Value::tuple(
                c.freevars.iter().map(|n| Value::Str(n.clone())).collect(),
            )),
            "co_cellvars" => Some(Value::tuple(
                c.cellvars.iter().map(|n| Value::Str(n.clone())).collect(),
            )),
            _ => None,
        },
        _ => None,
    })
}

// ------------------------------------------------------ natives of object

fn object_init(_: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_repr(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = args.values.first().cloned().unwrap_or(Value::None);
    Ok(Value::string(crate::repr::default_repr(&v)))
}

fn object_str(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = args.values.first().cloned().unwrap_or(Value::None);
    Ok(Value::string(ops::repr(interp, &v)?))
}

fn object_eq(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__eq__", 2, 2)?;
    Ok(if a[0].is(&a[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__ne__", 2, 2)?;
    let r = ops::richcompare(interp, &a[0], &a[1], crate::code::CmpOp::Eq)?;
    Ok(Value::Bool(!ops::truthy(interp, &r)?))
}

fn object_not_implemented(_: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn object_hash(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = args.values.first().cloned().unwrap_or(Value::None);
    Ok(Value::Int(ops::identity_hash(&v)))
}

fn object_setattr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__setattr__", 3, 3)?;
    let Value::Str(name) = &a[1] else {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            a[1].type_name()
        )));
    };
    match &a[0] {
        Value::Instance(inst) => {
            ops::generic_setattr(interp, &a[0], inst, name.as_str(), a[2].clone())?
        }
        Value::Type(t) => ops::generic_type_setattr(t, name.as_str(), a[2].clone())?,
        Value::Object(o) => {
            ops::generic_object_setattr(interp, &a[0], o, name.as_str(), a[2].clone())?
        }
        other => ops::setattr(interp, other, name.as_str(), a[2].clone())?,
    }
    Ok(Value::None)
}

fn object_getattribute(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__getattribute__", 2, 2)?;
    let Value::Str(name) = &a[1] else {
        return Err(type_error("attribute name must be string"));
    };
    let obj = &a[0];
    if let Value::Instance(inst) = obj {
        let cls = inst.class.borrow().clone();
        if let Some(d) = cls.lookup(name.as_str()) {
            if matches!(d, Value::Property(_)) {
                return ops::bind_descriptor(interp, &d, obj);
            }
        }
        if let Some(v) = inst.dict().get_str(name.as_str()) {
            return Ok(v);
        }
        if let Some(d) = cls.lookup(name.as_str()) {
            return ops::bind_descriptor(interp, &d, obj);
        }
        if let Some(v) = special_getattr(interp, obj, name.as_str())? {
            return Ok(v);
        }
        return Err(no_attribute(obj, name.as_str()));
    }
    ops::getattr(interp, obj, name.as_str())
}

fn object_delattr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__delattr__", 2, 2)?;
    let Value::Str(name) = &a[1] else {
        return Err(type_error("attribute name must be string"));
    };
    if let Value::Instance(inst) = &a[0] {
        if inst.dict().del_str(name.as_str()).is_none() {
            return Err(no_attribute(&a[0], name.as_str()));
        }
        return Ok(Value::None);
    }
    if let Value::Type(t) = &a[0] {
        if !t.builtin && t.dict.del_str(name.as_str()).is_some() {
            return Ok(Value::None);
        }
        return Err(no_attribute(&a[0], name.as_str()));
    }
    if let Value::Object(o) = &a[0] {
        ops::generic_object_delattr(&a[0], o, name.as_str())?;
        return Ok(Value::None);
    }
    ops::delattr(interp, &a[0], name.as_str())?;
    Ok(Value::None)
}

fn object_format(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__format__", 2, 2)?;
    let spec = a[1].as_str().unwrap_or("");
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            a[0].type_name()
        )));
    }
    Ok(Value::string(ops::str_of(interp, &a[0])?))
}

/// CPython: Objects/typeobject.c object___init_subclass___impl (and its
/// "takes no keyword arguments" check).
fn object_init_subclass(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() {
        let name = match args.values.first() {
            Some(Value::Type(t)) => t.name.clone(),
            _ => "object".to_string(),
        };
        return Err(type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// `f.__call__(*args, **kwargs)` of functions and methods (so that
/// `'__call__' in type(f).__dict__`, which collections.abc.Callable checks).
/// CPython: the tp_call slot wrappers.
fn callable_call(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(f) = args.values.first() else {
        return Err(type_error("descriptor '__call__' needs an argument"));
    };
    ops::call(
        interp,
        f,
        Args {
            values: &args.values[1..],
            kwnames: args.kwnames,
        },
    )
}

/// CPython: Objects/typeobject.c object___subclasshook__.
fn object_subclasshook(_: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn object_dir(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__dir__", 1, 1)?;
    let mut names: Vec<String> = Vec::new();
    if let Value::Instance(inst) = &a[0] {
        for k in inst.dict().keys() {
            if let Value::Str(s) = k {
                names.push(s.as_str().to_string());
            }
        }
    }
    for t in a[0].py_type().mro() {
        for k in t.dict.keys() {
            if let Value::Str(s) = k {
                names.push(s.as_str().to_string());
            }
        }
    }
    names.sort();
    names.dedup();
    let _ = interp;
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn type_mro(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("mro", 1, 1)?;
    let Value::Type(t) = &a[0] else {
        return Err(type_error("descriptor 'mro' requires a 'type' object"));
    };
    Ok(Value::list(t.mro().into_iter().map(Value::Type).collect()))
}

/// CPython: Objects/typeobject.c type___subclasses___impl.
fn type_subclasses(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__subclasses__", 1, 1)?;
    let Value::Type(t) = &a[0] else {
        return Err(type_error(
            "descriptor '__subclasses__' requires a 'type' object",
        ));
    };
    let subs = t.subclasses.borrow();
    Ok(Value::list(
        subs.iter()
            .filter_map(|w| w.upgrade())
            .map(Value::Type)
            .collect(),
    ))
}

fn type_call_native(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Type(t)) = args.values.first() else {
        return Err(type_error("descriptor '__call__' requires a 'type' object"));
    };
    let t = t.clone();
    type_call(interp, &t, Args::with_kw(&args.values[1..], args.kwnames))
}

fn none_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.values.len() > 1 {
        return Err(type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}

fn type_repr(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    match args.values.first() {
        Some(Value::Type(t)) => Ok(Value::string(format!("<class '{}'>", t.full_name()))),
        _ => Err(type_error("descriptor '__repr__' requires a 'type' object")),
    }
}

/// `function.__get__(obj, type=None)`: unbound for None, else a bound
/// method. CPython: func_descr_get.
fn function_get(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__get__", 2, 3)?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    Ok(Value::Method(Rc::new(crate::function::BoundMethod {
        self_value: a[1].clone(),
        func: a[0].clone(),
    })))
}

/// Register the natives of `object` and `type`.
pub fn register() {
    let t = types();
    t.function_type.add_method("__get__", function_get);
    for ty in [
        &t.function_type,
        &t.builtin_function_type,
        &t.method_descriptor_type,
        &t.method_type,
    ] {
        ty.add_method("__call__", callable_call);
    }
    let o = &t.object_type;
    o.add_method("__init__", object_init);
    o.dict.set_str(
        "__new__",
        Value::StaticMethod(Rc::new(Value::Native(Rc::new(
            crate::function::NativeFunction::function("object.__new__", object_new),
        )))),
    );
    o.add_method("__repr__", object_repr);
    o.add_method("__str__", object_str);
    o.add_method("__eq__", object_eq);
    o.add_method("__ne__", object_ne);
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        o.add_method(name, object_not_implemented);
    }
    o.add_method("__hash__", object_hash);
    o.add_method("__setattr__", object_setattr);
    o.add_method("__getattribute__", object_getattribute);
    o.add_method("__delattr__", object_delattr);
    o.add_method("__format__", object_format);
    o.add_method("__dir__", object_dir);
    o.add_classmethod("__init_subclass__", object_init_subclass);
    o.add_classmethod("__subclasshook__", object_subclasshook);
    o.dict.set_str("__doc__", Value::str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
    t.none_type.add_static("__new__", none_new);
    let ty = &t.type_type;
    ty.add_static("__new__", type_new);
    ty.add_method("__init__", type_init);
    ty.add_method("__call__", type_call_native);
    ty.add_method("mro", type_mro);
    ty.add_method("__subclasses__", type_subclasses);
    ty.add_method("__repr__", type_repr);
}
