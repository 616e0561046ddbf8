//! `BaseExceptionGroup` and `ExceptionGroup`: construction rules,
//! `message`/`exceptions`, `str()`, and `derive`/`subgroup`/`split`.
//! The group's members are `args[1]`, as CPython keeps them.
//! CPython: Objects/exceptions.c (BaseExceptionGroup_new,
//! BaseExceptionGroup_str, exceptiongroup_split_recursive), and the
//! runtime side of `except*` (Python/ceval.c _PyEval_ExceptionGroupMatch,
//! Objects/exceptions.c _PyExc_PrepReraiseStar).

use std::collections::HashSet;
use std::rc::Rc;

use crate::exceptions::{exc_data, new_exception, type_error, ExcKind, PyErr};
use crate::function::Args;
use crate::interp::Interp;
use crate::ops;
use crate::types::PyType;
use crate::value::{PyInstance, PyResult, Value};

fn group_type() -> &'static Rc<PyType> {
    ExcKind::BaseExceptionGroup.get()
}

/// The members of an exception group, if `e` is one.
pub fn group_members(e: &PyErr) -> Option<Vec<Value>> {
    if !e.class().is_subtype(group_type()) {
        return None;
    }
    members_of(&e.0)
}

fn members_of(inst: &PyInstance) -> Option<Vec<Value>> {
    let d = exc_data(inst).borrow();
    let Value::Tuple(t) = &d.args else {
        return None;
    };
    match t.items.get(1)? {
        Value::Tuple(x) => Some(x.items.clone()),
        Value::List(x) => Some(x.items.borrow().clone()),
        _ => None,
    }
}

fn message_of(inst: &PyInstance) -> Value {
    let d = exc_data(inst).borrow();
    match &d.args {
        Value::Tuple(t) => t.items.first().cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn self_group(args: &Args<'_>) -> PyResult<Rc<PyInstance>> {
    match args.values.first() {
        Some(Value::Instance(i)) if i.class.borrow().is_subtype(group_type()) => Ok(i.clone()),
        _ => Err(type_error(
            "descriptor requires a 'BaseExceptionGroup' object",
        )),
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`: a plain
/// `BaseExceptionGroup` of `Exception`s becomes an `ExceptionGroup`.
fn group_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.values.first() else {
        return Err(type_error(
            "BaseExceptionGroup.__new__(X): X is not a type object",
        ));
    };
    let cls_name = cls.name.clone();
    args.no_kwargs(&cls_name)?;
    let pos = &args.positional()[1..];
    if pos.len() != 2 {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len()
        )));
    }
    if !matches!(pos[0], Value::Str(_)) {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            pos[0].type_name()
        )));
    }
    let items = match &pos[1] {
        Value::Tuple(t) => t.items.clone(),
        Value::List(l) => l.items.borrow().clone(),
        Value::Instance(_) | Value::Object(_)
            if pos[1].py_type().lookup("__getitem__").is_some() =>
        {
            crate::iter::collect(interp, &pos[1])?
        }
        _ => {
            return Err(type_error(
                "second argument (exceptions) must be a sequence",
            ))
        }
    };
    if items.is_empty() {
        return Err(ExcKind::ValueError
            .new_err("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exceptions = true;
    for (i, x) in items.iter().enumerate() {
        let Some(e) = PyErr::from_value(x) else {
            return Err(ExcKind::ValueError.new_err(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        };
        if !e.matches(ExcKind::Exception) {
            all_exceptions = false;
        }
    }
    let eg = ExcKind::ExceptionGroup.get();
    let cls = if Rc::ptr_eq(cls, group_type()) {
        if all_exceptions {
            eg.clone()
        } else {
            cls.clone()
        }
    } else if Rc::ptr_eq(cls, eg) {
        if !all_exceptions {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
        cls.clone()
    } else {
        if !all_exceptions && cls.is_subtype(ExcKind::Exception.get()) {
            return Err(type_error(format!(
                "Cannot nest BaseExceptions in '{cls_name}'"
            )));
        }
        cls.clone()
    };
    let inst = new_exception(&cls, Value::tuple(pos.to_vec()));
    Ok(Value::Instance(inst))
}

/// `BaseExceptionGroup.__init__`: the arguments were taken by `__new__`.
fn group_init(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let inst = self_group(&args)?;
    exc_data(&inst).borrow_mut().args = Value::tuple(args.positional()[1..].to_vec());
    Ok(Value::None)
}

/// `str(eg)`: "message (N sub-exceptions)"; `None` when `inst` is not a
/// group. CPython: BaseExceptionGroup_str.
pub fn group_str(interp: &mut dyn Interp, inst: &PyInstance) -> PyResult<Option<String>> {
    if !inst.class.borrow().is_subtype(group_type()) {
        return Ok(None);
    }
    let n = members_of(inst).map_or(0, |m| m.len());
    let msg = ops::str_of(interp, &message_of(inst))?;
    Ok(Some(format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    )))
}

fn group_message(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let inst = self_group(&args)?;
    Ok(message_of(&inst))
}

fn group_exceptions(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let inst = self_group(&args)?;
    Ok(Value::tuple(members_of(&inst).unwrap_or_default()))
}

/// `eg.derive(excs)`. CPython: BaseExceptionGroup_derive.
fn group_derive(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let inst = self_group(&args)?;
    let a = args.exact("derive", 2, 2)?;
    let ty = Value::Type(group_type().clone());
    ops::call0(interp, &ty, &[message_of(&inst), a[1].clone()])
}

/// What `split`/`subgroup` match on: a type, a tuple of types, or a
/// predicate. CPython: get_matcher_type.
enum Matcher {
    Types(Vec<Rc<PyType>>),
    Predicate(Value),
    /// Leaves with these identities (`except*` re-raise projection).
    Ids(HashSet<usize>),
}

fn matcher_of(v: &Value) -> PyResult<Matcher> {
    let bad = || {
        type_error("expected an exception type, a tuple of exception types, or a callable (other than a class)")
    };
    match v {
        Value::Type(t) if t.is_exception_type() => Ok(Matcher::Types(vec![t.clone()])),
        Value::Type(_) => Err(bad()),
        Value::Tuple(t) => {
            let mut out = Vec::new();
            for x in &t.items {
                match x {
                    Value::Type(t) if t.is_exception_type() => out.push(t.clone()),
                    _ => return Err(bad()),
                }
            }
            Ok(Matcher::Types(out))
        }
        _ if v.py_type().lookup("__call__").is_some()
            || matches!(v, Value::Function(_) | Value::Native(_) | Value::Method(_)) =>
        {
            Ok(Matcher::Predicate(v.clone()))
        }
        _ => Err(bad()),
    }
}

fn matches(interp: &mut dyn Interp, m: &Matcher, e: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(ts) => {
            let cls = e.py_type();
            Ok(ts.iter().any(|t| cls.is_subtype(t)))
        }
        Matcher::Predicate(f) => {
            let r = ops::call0(interp, f, std::slice::from_ref(e))?;
            ops::truthy(interp, &r)
        }
        Matcher::Ids(ids) => Ok(identity(e).is_some_and(|id| ids.contains(&id))),
    }
}

fn identity(e: &Value) -> Option<usize> {
    match e {
        Value::Instance(i) => Some(Rc::as_ptr(i) as usize),
        _ => None,
    }
}

fn as_group(e: &Value) -> Option<Rc<PyInstance>> {
    match e {
        Value::Instance(i) if i.class.borrow().is_subtype(group_type()) => Some(i.clone()),
        _ => None,
    }
}

/// `BaseExceptionGroup('', excs)`, which picks `ExceptionGroup` when every
/// member is an `Exception`; `excs` is a tuple or list, as the caller's
/// CPython counterpart passes. CPython: _PyExc_CreateExceptionGroup.
pub fn new_unnamed_group(interp: &mut dyn Interp, excs: Value) -> PyResult<Value> {
    let cls = Value::Type(group_type().clone());
    ops::call0(interp, &cls, &[Value::string(String::new()), excs])
}

/// The `(rest, match)` of one `except* match_type` clause against `exc`,
/// which is None once earlier clauses handled everything. A naked match
/// comes back as None; the caller wraps it in a group with its own
/// traceback. CPython: Python/ceval.c _PyEval_ExceptionGroupMatch.
pub fn except_star_split(
    interp: &mut dyn Interp,
    exc: &Value,
    match_type: &Value,
) -> PyResult<(Value, Option<Value>)> {
    if matches!(exc, Value::None) {
        return Ok((Value::None, Some(Value::None)));
    }
    if ops::isinstance(interp, exc, match_type)? {
        return Ok(match as_group(exc) {
            Some(_) => (Value::None, Some(exc.clone())),
            None => (Value::None, None),
        });
    }
    let Some(inst) = as_group(exc) else {
        return Ok((exc.clone(), Some(Value::None)));
    };
    let m = matcher_of(match_type)?;
    let (matched, rest) = split_recursive(interp, &Value::Instance(inst), &m, true)?;
    Ok((
        rest.unwrap_or(Value::None),
        Some(matched.unwrap_or(Value::None)),
    ))
}

fn collect_leaf_ids(e: &Value, ids: &mut HashSet<usize>) {
    match as_group(e) {
        Some(g) => {
            for x in members_of(&g).unwrap_or_default() {
                collect_leaf_ids(&x, ids);
            }
        }
        None => ids.extend(identity(e)),
    }
}

/// Whether `a` carries `b`'s traceback, cause, context and notes: a group
/// derived from `b` by `split`, so re-raised rather than newly raised.
/// CPython: is_same_exception_metadata.
fn same_metadata(a: &PyInstance, b: &PyInstance) -> bool {
    let notes = |i: &PyInstance| i.dict().get_str("__notes__");
    let same_notes = match (notes(a), notes(b)) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(&y),
        _ => false,
    };
    let (x, y) = (exc_data(a).borrow(), exc_data(b).borrow());
    let same_tb = x.traceback.len() == y.traceback.len()
        && x.traceback
            .iter()
            .zip(&y.traceback)
            .all(|(p, q)| Rc::ptr_eq(&p.code, &q.code) && p.line == q.line && p.pos == q.pos);
    same_notes && same_tb && x.cause.is(&y.cause) && x.context.is(&y.context)
}

/// The exception an `except*` statement raises at its end: re-raised parts
/// keep `orig`'s nesting, newly raised ones become siblings in a new group.
/// CPython: Objects/exceptions.c _PyExc_PrepReraiseStar.
pub fn prep_reraise_star(interp: &mut dyn Interp, orig: &Value, excs: &[Value]) -> PyResult<Value> {
    let excs: Vec<&Value> = excs.iter().filter(|e| !matches!(e, Value::None)).collect();
    let Some(first) = excs.first() else {
        return Ok(Value::None);
    };
    let Some(orig_group) = as_group(orig) else {
        // A naked exception was wrapped: only one clause could run.
        return Ok((*first).clone());
    };
    let mut raised = Vec::new();
    let mut reraised_ids = HashSet::new();
    for e in excs {
        let reraised = match e {
            Value::Instance(i) => same_metadata(i, &orig_group),
            _ => false,
        };
        if reraised {
            collect_leaf_ids(e, &mut reraised_ids);
        } else {
            raised.push(e.clone());
        }
    }
    let (reraised, _) = split_recursive(interp, orig, &Matcher::Ids(reraised_ids), false)?;
    if raised.is_empty() {
        return Ok(reraised.unwrap_or(Value::None));
    }
    raised.extend(reraised);
    if raised.len() == 1 {
        return Ok(raised.remove(0));
    }
    new_unnamed_group(interp, Value::list(raised))
}

/// A derived group carries the original's traceback, cause, context and
/// notes. CPython: exceptiongroup_subset.
fn subset(interp: &mut dyn Interp, orig: &Rc<PyInstance>, excs: Vec<Value>) -> PyResult<Value> {
    let orig_v = Value::Instance(orig.clone());
    let derived = ops::call_method(interp, &orig_v, "derive", &[Value::list(excs)])?;
    let Some(d) = PyErr::from_value(&derived) else {
        return Err(type_error(format!(
            "derive must return an instance of BaseExceptionGroup, not {}",
            derived.type_name()
        )));
    };
    {
        let src = exc_data(orig).borrow();
        let mut dst = d.data();
        dst.traceback = src.traceback.clone();
        dst.cause = src.cause.clone();
        dst.context = src.context.clone();
        dst.suppress_context = src.suppress_context;
    }
    if let Some(notes) = orig.dict().get_str("__notes__") {
        d.0.dict().set_str("__notes__", notes);
    }
    Ok(derived)
}

/// `(match, rest)` of one exception. CPython: exceptiongroup_split_recursive.
fn split_recursive(
    interp: &mut dyn Interp,
    e: &Value,
    m: &Matcher,
    want_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matches(interp, m, e)? {
        return Ok((Some(e.clone()), None));
    }
    let inst = match e {
        Value::Instance(i) if i.class.borrow().is_subtype(group_type()) => i.clone(),
        _ => return Ok((None, want_rest.then(|| e.clone()))),
    };
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for x in members_of(&inst).unwrap_or_default() {
        let (a, b) = split_recursive(interp, &x, m, want_rest)?;
        matched.extend(a);
        rest.extend(b);
    }
    let a = if matched.is_empty() {
        None
    } else {
        Some(subset(interp, &inst, matched)?)
    };
    let b = if want_rest && !rest.is_empty() {
        Some(subset(interp, &inst, rest)?)
    } else {
        None
    };
    Ok((a, b))
}

fn group_split(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let inst = self_group(&args)?;
    let a = args.exact("split", 2, 2)?;
    let m = matcher_of(&a[1])?;
    let (x, y) = split_recursive(interp, &Value::Instance(inst), &m, true)?;
    Ok(Value::tuple(vec![
        x.unwrap_or(Value::None),
        y.unwrap_or(Value::None),
    ]))
}

fn group_subgroup(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let inst = self_group(&args)?;
    let a = args.exact("subgroup", 2, 2)?;
    let m = matcher_of(&a[1])?;
    let (x, _) = split_recursive(interp, &Value::Instance(inst), &m, false)?;
    Ok(x.unwrap_or(Value::None))
}

/// Register the natives of `BaseExceptionGroup` (ExceptionGroup inherits).
pub fn register() {
    let t = group_type();
    t.add_static("__new__", group_new);
    t.add_method("__init__", group_init);
    t.add_method("derive", group_derive);
    t.add_method("split", group_split);
    t.add_method("subgroup", group_subgroup);
    t.add_classmethod("__class_getitem__", crate::generic_alias::class_getitem);
    for (name, f) in [
        ("message", group_message as crate::function::NativeFn),
        ("exceptions", group_exceptions),
    ] {
        let getter = Value::Native(Rc::new(crate::function::NativeFunction::function(name, f)));
        t.dict.set_str(
            name,
            Value::Property(Rc::new(crate::value::PyProperty::new(
                getter,
                Value::None,
                Value::None,
                Value::None,
            ))),
        );
    }
}
