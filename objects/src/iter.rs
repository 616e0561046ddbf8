//! Built-in iterators (list_iterator, range_iterator, dict_keyiterator,
//! enumerate, zip, map, filter, reversed, ...) and dict views, plus the
//! `iter()`/`next()` protocol. CPython: Objects/iterobject.c,
//! Objects/enumobject.c, Python/bltinmodule.c (zip, map, filter),
//! Objects/dictobject.c (views).

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::{PyDict, PySet};
use crate::exceptions::{runtime_error, stop_iteration_value, type_error, value_error, ExcKind};
use crate::function::Args;
use crate::generator::{GenInput, GenStep};
use crate::interp::Interp;
use crate::ops;
use crate::types::{types, Layout, PyType};
use crate::value::{PyResult, Value};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

pub enum IterState {
    /// list, tuple, str: by position.
    Seq {
        seq: Value,
        pos: usize,
    },
    Range {
        next: i128,
        step: i128,
        remaining: i128,
    },
    Dict {
        dict: Rc<PyDict>,
        part: DictPart,
        pos: usize,
        len: usize,
        /// Items not yet produced (CPython's di->len).
        remaining: usize,
    },
    Set {
        set: Rc<PySet>,
        pos: usize,
        len: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// reversed() over a sequence, counting down.
    Reversed {
        seq: Value,
        pos: usize,
    },
    /// iter(callable, sentinel).
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Old-style iteration through `__getitem__`.
    GetItem {
        obj: Value,
        pos: i64,
    },
    /// A dict view (not an iterator itself).
    DictView {
        dict: Rc<PyDict>,
        part: DictPart,
    },
    Exhausted,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IterKind {
    ListIter,
    TupleIter,
    StrIter,
    StrUnicodeIter,
    BytesIter,
    ByteArrayIter,
    RangeIter,
    DictKeyIter,
    DictValueIter,
    DictItemIter,
    SetIter,
    Enumerate,
    Zip,
    Map,
    Filter,
    Reversed,
    CallableIter,
    SeqIter,
    DictKeys,
    DictValues,
    DictItems,
}

pub struct PyIterator {
    pub kind: IterKind,
    pub state: RefCell<IterState>,
}

/// Type objects of the built-in iterators.
pub struct IteratorTypes {
    by_kind: Vec<Rc<PyType>>,
}

const ITER_NAMES: &[(IterKind, &str)] = &[
    (IterKind::ListIter, "list_iterator"),
    (IterKind::TupleIter, "tuple_iterator"),
    (IterKind::StrIter, "str_ascii_iterator"),
    (IterKind::StrUnicodeIter, "str_iterator"),
    (IterKind::BytesIter, "bytes_iterator"),
    (IterKind::ByteArrayIter, "bytearray_iterator"),
    (IterKind::RangeIter, "range_iterator"),
    (IterKind::DictKeyIter, "dict_keyiterator"),
    (IterKind::DictValueIter, "dict_valueiterator"),
    (IterKind::DictItemIter, "dict_itemiterator"),
    (IterKind::SetIter, "set_iterator"),
    (IterKind::Enumerate, "enumerate"),
    (IterKind::Zip, "zip"),
    (IterKind::Map, "map"),
    (IterKind::Filter, "filter"),
    (IterKind::Reversed, "list_reverseiterator"),
    (IterKind::CallableIter, "callable_iterator"),
    (IterKind::SeqIter, "iterator"),
    (IterKind::DictKeys, "dict_keys"),
    (IterKind::DictValues, "dict_values"),
    (IterKind::DictItems, "dict_items"),
];

impl IteratorTypes {
    pub fn create(object_type: &Rc<PyType>) -> IteratorTypes {
        let by_kind = ITER_NAMES
            .iter()
            .map(|(_, name)| PyType::new_builtin(name, vec![object_type.clone()], Layout::Builtin))
            .collect();
        IteratorTypes { by_kind }
    }

    pub fn get(&self, kind: IterKind) -> &Rc<PyType> {
        let idx = ITER_NAMES.iter().position(|(k, _)| *k == kind).unwrap_or(0);
        &self.by_kind[idx]
    }
}

impl PyIterator {
    /// A new iterator object, already wrapped as a `Value`.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(kind: IterKind, state: IterState) -> Value {
        Value::Iterator(Rc::new(PyIterator {
            kind,
            state: RefCell::new(state),
        }))
    }

    pub fn py_type(&self) -> Rc<PyType> {
        types().iterator_types.get(self.kind).clone()
    }

    pub fn is_view(&self) -> bool {
        matches!(
            self.kind,
            IterKind::DictKeys | IterKind::DictValues | IterKind::DictItems
        )
    }

    /// keys and items views behave like sets; values views do not.
    pub fn is_set_like(&self) -> bool {
        matches!(self.kind, IterKind::DictKeys | IterKind::DictItems)
    }

    pub fn view_len(&self) -> usize {
        match &*self.state.borrow() {
            IterState::DictView { dict, .. } => dict.len(),
            _ => 0,
        }
    }
}

/// `reversed(range)`. CPython: range_reverse.
pub fn range_reversed(r: &crate::value::PyRange) -> Value {
    let n = r.len();
    let last = if n > 0 { r.get(n - 1) } else { r.start };
    PyIterator::new(
        IterKind::RangeIter,
        IterState::Range {
            next: last,
            step: -r.step,
            remaining: n,
        },
    )
}

pub fn dict_view(dict: &Rc<PyDict>, part: DictPart) -> Value {
    let kind = match part {
        DictPart::Keys => IterKind::DictKeys,
        DictPart::Values => IterKind::DictValues,
        DictPart::Items => IterKind::DictItems,
    };
    PyIterator::new(
        kind,
        IterState::DictView {
            dict: dict.clone(),
            part,
        },
    )
}

pub fn dict_iter(dict: &Rc<PyDict>, part: DictPart) -> Value {
    let kind = match part {
        DictPart::Keys => IterKind::DictKeyIter,
        DictPart::Values => IterKind::DictValueIter,
        DictPart::Items => IterKind::DictItemIter,
    };
    PyIterator::new(
        kind,
        IterState::Dict {
            dict: dict.clone(),
            part,
            pos: 0,
            len: dict.len(),
            remaining: dict.len(),
        },
    )
}

/// `iter(v)`. CPython: PyObject_GetIter.
pub fn get_iter(interp: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::List(_) => PyIterator::new(
            IterKind::ListIter,
            IterState::Seq {
                seq: v.clone(),
                pos: 0,
            },
        ),
        Value::Tuple(_) => PyIterator::new(
            IterKind::TupleIter,
            IterState::Seq {
                seq: v.clone(),
                pos: 0,
            },
        ),
        // CPython: unicode_iter picks str_ascii_iterator for ASCII strings.
        Value::Str(_) | Value::Bytes(_) => PyIterator::new(
            match v {
                Value::Str(s) if s.as_str().is_ascii() => IterKind::StrIter,
                Value::Str(_) => IterKind::StrUnicodeIter,
                _ => IterKind::BytesIter,
            },
            IterState::Seq {
                seq: v.clone(),
                pos: 0,
            },
        ),
        Value::Range(r) => PyIterator::new(
            IterKind::RangeIter,
            IterState::Range {
                next: r.start,
                step: r.step,
                remaining: r.len(),
            },
        ),
        Value::Dict(d) => dict_iter(d, DictPart::Keys),
        Value::Set(s) | Value::FrozenSet(s) => PyIterator::new(
            IterKind::SetIter,
            IterState::Set {
                set: s.clone(),
                pos: 0,
                len: s.len(),
            },
        ),
        Value::Iterator(it) => {
            if let IterState::DictView { dict, part } = &*it.state.borrow() {
                return Ok(dict_iter(dict, *part));
            }
            v.clone()
        }
        Value::Generator(g) if g.kind == crate::generator::GenKind::Generator => v.clone(),
        _ => {
            if let Some(Value::None) = v.py_type().lookup("__iter__") {
                return Err(type_error(format!(
                    "'{}' object is not iterable",
                    v.type_name()
                )));
            }
            if let Some(r) = ops::call_dunder(interp, v, "__iter__", &[])? {
                if !is_iterator(&r) {
                    return Err(type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        r.type_name()
                    )));
                }
                return Ok(r);
            }
            if v.py_type().lookup("__getitem__").is_some() && !matches!(v, Value::Type(_)) {
                return Ok(PyIterator::new(
                    IterKind::SeqIter,
                    IterState::GetItem {
                        obj: v.clone(),
                        pos: 0,
                    },
                ));
            }
            return Err(type_error(format!(
                "'{}' object is not iterable",
                v.type_name()
            )));
        }
    })
}

fn is_iterator(v: &Value) -> bool {
    match v {
        Value::Iterator(it) => !it.is_view(),
        Value::Generator(_) => true,
        _ => v.py_type().lookup("__next__").is_some(),
    }
}

/// The next item, or `None` when exhausted. CPython: PyIter_Next.
pub fn next(interp: &mut dyn Interp, it: &Value) -> PyResult<Option<Value>> {
    if let Value::Object(o) = it {
        if let Some(r) = o.tp_iternext(interp) {
            return r;
        }
    }
    match it {
        Value::Iterator(i) if !i.is_view() => iterator_next(interp, i),
        Value::Generator(g) => match interp.resume_generator(g, GenInput::Send(Value::None)) {
            Ok(GenStep::Yield(v)) => Ok(Some(v)),
            Ok(GenStep::Return(_)) => Ok(None),
            Err(e) => Err(e),
        },
        _ => match ops::call_dunder(interp, it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(type_error(format!(
                "'{}' object is not an iterator",
                it.type_name()
            ))),
            Err(e) if e.matches(ExcKind::StopIteration) => Ok(None),
            Err(e) => Err(e),
        },
    }
}

/// The next item of a range, list or tuple iterator without the general
/// dispatch (the eval loop's ForIter fast path); `None` when `it` is of
/// another kind and must go through [`next`].
#[inline]
pub fn next_simple(it: &PyIterator) -> Option<Option<Value>> {
    let mut st = it.state.borrow_mut();
    match &mut *st {
        IterState::Range {
            next,
            step,
            remaining,
        } => {
            if *remaining <= 0 {
                return Some(None);
            }
            let v = i64::try_from(*next).ok()?;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            Some(Some(Value::Int(v)))
        }
        IterState::Seq {
            seq: Value::List(l),
            pos,
        } => {
            let item = l.items.borrow().get(*pos).cloned();
            match item {
                Some(v) => {
                    *pos += 1;
                    Some(Some(v))
                }
                None => {
                    *st = IterState::Exhausted;
                    Some(None)
                }
            }
        }
        IterState::Seq {
            seq: Value::Tuple(t),
            pos,
        } => {
            let item = t.items.get(*pos).cloned();
            match item {
                Some(v) => {
                    *pos += 1;
                    Some(Some(v))
                }
                None => {
                    *st = IterState::Exhausted;
                    Some(None)
                }
            }
        }
        _ => None,
    }
}

fn iterator_next(interp: &mut dyn Interp, it: &PyIterator) -> PyResult<Option<Value>> {
    // Fast variants are advanced under the borrow; variants that call
    // Python code copy what they need out first.
    let mut st = it.state.borrow_mut();
    match &mut *st {
        IterState::Seq { seq, pos } => {
            let item = match seq {
                Value::List(l) => l.items.borrow().get(*pos).cloned(),
                Value::Tuple(t) => t.items.get(*pos).cloned(),
                Value::Str(s) => {
                    if s.is_ascii() {
                        s.as_str().get(*pos..*pos + 1).map(Value::str)
                    } else {
                        // `pos` counts bytes for non-ASCII strings.
                        let rest = &s.as_str()[*pos..];
                        rest.chars().next().map(|c| {
                            *pos += c.len_utf8() - 1;
                            Value::string(c.to_string())
                        })
                    }
                }
                Value::Bytes(b) => b.data.get(*pos).map(|x| Value::Int(*x as i64)),
                other => crate::bytearray::byte_at(other, *pos),
            };
            match item {
                Some(v) => {
                    *pos += 1;
                    Ok(Some(v))
                }
                None => {
                    *st = IterState::Exhausted;
                    Ok(None)
                }
            }
        }
        IterState::Range {
            next,
            step,
            remaining,
        } => {
            if *remaining <= 0 {
                return Ok(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            Ok(Some(Value::from_i128(v)))
        }
        IterState::Dict {
            dict,
            part,
            pos,
            len,
            remaining,
        } => {
            if dict.len() != *len {
                *len = usize::MAX;
                return Err(runtime_error("dictionary changed size during iteration"));
            }
            let t = dict.table.borrow();
            while *pos < t.slots_len() {
                let e = t.slot(*pos).cloned();
                *pos += 1;
                if let Some(e) = e {
                    if e.key.is_null() {
                        continue;
                    }
                    // CPython: dictiter_iternextkey, a key found past the
                    // expected count means the keys were replaced.
                    if *remaining == 0 {
                        *len = usize::MAX;
                        return Err(runtime_error("dictionary keys changed during iteration"));
                    }
                    *remaining -= 1;
                    return Ok(Some(match part {
                        DictPart::Keys => e.key,
                        DictPart::Values => e.value,
                        DictPart::Items => Value::tuple(vec![e.key, e.value]),
                    }));
                }
            }
            Ok(None)
        }
        IterState::Set { set, pos, len } => {
            if set.len() != *len {
                *len = usize::MAX;
                return Err(runtime_error("Set changed size during iteration"));
            }
            let t = set.table.borrow();
            while *pos < t.slots_len() {
                let e = t.slot(*pos).map(|e| e.key.clone());
                *pos += 1;
                match e {
                    Some(k) if !k.is_null() => return Ok(Some(k)),
                    _ => continue,
                }
            }
            Ok(None)
        }
        IterState::Reversed { seq, pos } => {
            if *pos == 0 {
                return Ok(None);
            }
            *pos -= 1;
            let item = match seq {
                Value::List(l) => l.items.borrow().get(*pos).cloned(),
                Value::Tuple(t) => t.items.get(*pos).cloned(),
                _ => None,
            };
            match item {
                Some(v) => Ok(Some(v)),
                None => {
                    let seq = seq.clone();
                    let p = *pos as i64;
                    drop(st);
                    ops::getitem(interp, &seq, &Value::Int(p)).map(Some)
                }
            }
        }
        IterState::Exhausted | IterState::DictView { .. } => Ok(None),
        IterState::Enumerate { inner, count } => {
            let inner = inner.clone();
            let c = count.clone();
            drop(st);
            let Some(v) = next(interp, &inner)? else {
                return Ok(None);
            };
            let n = ops::binary_op(interp, &c, &Value::Int(1), crate::code::BinOp::Add)?;
            if let IterState::Enumerate { count, .. } = &mut *it.state.borrow_mut() {
                *count = n;
            }
            Ok(Some(Value::tuple(vec![c, v])))
        }
        IterState::Zip { iters, strict } => {
            let iters = iters.clone();
            let strict = *strict;
            drop(st);
            zip_next(interp, &iters, strict)
        }
        IterState::Map { func, iters } => {
            let (func, iters) = (func.clone(), iters.clone());
            drop(st);
            let mut args = Vec::with_capacity(iters.len());
            for i in &iters {
                match next(interp, i)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            ops::call(interp, &func, Args::new(&args)).map(Some)
        }
        IterState::Filter { func, inner } => {
            let (func, inner) = (func.clone(), inner.clone());
            drop(st);
            while let Some(v) = next(interp, &inner)? {
                let keep = if func.is_none() {
                    ops::truthy(interp, &v)?
                } else {
                    let r = ops::call0(interp, &func, std::slice::from_ref(&v))?;
                    ops::truthy(interp, &r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
        IterState::Callable { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            drop(st);
            let v = ops::call0(interp, &func, &[])?;
            if ops::eq(interp, &v, &sentinel)? {
                *it.state.borrow_mut() = IterState::Exhausted;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::GetItem { obj, pos } => {
            let (obj, p) = (obj.clone(), *pos);
            drop(st);
            match ops::getitem(interp, &obj, &Value::Int(p)) {
                Ok(v) => {
                    if let IterState::GetItem { pos, .. } = &mut *it.state.borrow_mut() {
                        *pos += 1;
                    }
                    Ok(Some(v))
                }
                Err(e) if e.matches(ExcKind::IndexError) || e.matches(ExcKind::StopIteration) => {
                    *it.state.borrow_mut() = IterState::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
    }
}

fn zip_next(interp: &mut dyn Interp, iters: &[Value], strict: bool) -> PyResult<Option<Value>> {
    let mut items = Vec::with_capacity(iters.len());
    for (i, it) in iters.iter().enumerate() {
        match next(interp, it)? {
            Some(v) => items.push(v),
            None => {
                if strict {
                    if i > 0 {
                        let plural = if i == 1 { " " } else { "s 1-" };
                        return Err(value_error(format!(
                            "zip() argument {} is shorter than argument{}{}",
                            i + 1,
                            plural,
                            i
                        )));
                    }
                    for (j, rest) in iters.iter().enumerate().skip(1) {
                        if next(interp, rest)?.is_some() {
                            let plural = if j == 1 { " " } else { "s 1-" };
                            return Err(value_error(format!(
                                "zip() argument {} is longer than argument{}{}",
                                j + 1,
                                plural,
                                j
                            )));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    if iters.is_empty() {
        return Ok(None);
    }
    Ok(Some(Value::tuple(items)))
}

/// Drain any iterable into a Vec.
pub fn collect(interp: &mut dyn Interp, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => return Ok(l.items.borrow().clone()),
        Value::Tuple(t) => return Ok(t.items.clone()),
        // Sized up front like CPython's length hint: too long is an error,
        // not an endless loop.
        Value::Range(r) => {
            let n = r.len();
            if n > isize::MAX as i128 {
                return Err(crate::exceptions::overflow_error(
                    "Python int too large to convert to C ssize_t",
                ));
            }
            let mut out = crate::seq::try_vec(n as usize)?;
            out.extend((0..n).map(|i| Value::from_i128(r.get(i))));
            return Ok(out);
        }
        _ => {}
    }
    let it = get_iter(interp, v)?;
    let mut out = Vec::new();
    while let Some(x) = next(interp, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// The value a generator returned, from the `StopIteration` that carries it.
pub fn stop_value(e: &crate::exceptions::PyErr) -> Value {
    stop_iteration_value(e)
}
