//! Natives of the container types: `list`, `tuple`, `dict`, `set`,
//! `frozenset`, `range`, `slice`, `bytes` (basic), the dict views, and the
//! descriptor types `property`, `classmethod` and `staticmethod`: their
//! constructors, named methods and dunders. The protocol work (indexing,
//! comparison, hashing, set algebra) is delegated to ops.rs / seq.rs /
//! dict.rs. CPython: Objects/listobject.c, Objects/tupleobject.c,
//! Objects/dictobject.c, Objects/setobject.c, Objects/rangeobject.c,
//! Objects/sliceobject.c, Objects/bytesobject.c, Objects/descrobject.c,
//! Objects/funcobject.c (classmethod, staticmethod).

use std::rc::Rc;

use crate::code::{BinOp, CmpOp};
use crate::dict::{PyDict, PySet};
use crate::exceptions::{index_error, key_error, type_error, value_error, ExcKind, PyErr};
use crate::function::{Args, BoundMethod, NativeFn};
use crate::interp::Interp;
use crate::iter::{self, DictPart, IterKind, IterState, PyIterator};
use crate::num_methods::{
    bytes_from_iterable, check_pos, check_pos_kw, descr_error, no_args, one_arg, parse_args, rest,
    slot_args, value_hash, value_repr,
};
use crate::types::{types, PyType};
use crate::value::{PyBytes, PyList, PyProperty, PyRange, PyResult, PySlice, PyTuple, Value};
use crate::{ops, seq};

type Natives = &'static [(&'static str, NativeFn)];

fn register_all(t: &Rc<PyType>, natives: Natives) {
    for (name, f) in natives {
        t.add_method(name, *f);
    }
}

// ---------------------------------------------------------- self helpers

fn self_list<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Rc<PyList>> {
    match args.positional().first() {
        Some(Value::List(l)) => Ok(l),
        other => Err(descr_error(name, "list", other)),
    }
}

fn self_tuple<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Rc<PyTuple>> {
    match args.positional().first() {
        Some(Value::Tuple(t)) => Ok(t),
        other => Err(descr_error(name, "tuple", other)),
    }
}

fn self_dict<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Rc<PyDict>> {
    match args.positional().first() {
        Some(Value::Dict(d)) => Ok(d),
        other => Err(descr_error(name, "dict", other)),
    }
}

/// `self` of a set method; frozensets are accepted unless `mutating`.
fn self_set<'a>(args: &Args<'a>, name: &str, mutating: bool) -> PyResult<&'a Rc<PySet>> {
    match args.positional().first() {
        Some(Value::Set(s)) => Ok(s),
        Some(Value::FrozenSet(s)) if !mutating => Ok(s),
        other => Err(descr_error(
            name,
            if mutating { "set" } else { "frozenset" },
            other,
        )),
    }
}

fn self_range<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Rc<PyRange>> {
    match args.positional().first() {
        Some(Value::Range(r)) => Ok(r),
        other => Err(descr_error(name, "range", other)),
    }
}

fn self_bytes<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Rc<PyBytes>> {
    match args.positional().first() {
        Some(Value::Bytes(b)) => Ok(b),
        other => Err(descr_error(name, "bytes", other)),
    }
}

fn self_value<'a>(args: &Args<'a>) -> &'a Value {
    &args.positional()[0]
}

/// A repeat count (`seq * n`) from any `__index__` value.
fn repeat_arg(interp: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    match ops::index(interp, v)? {
        Value::Int(i) => Ok(i),
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => Ok(0),
        _ => Err(ExcKind::OverflowError.new_err("cannot fit 'int' into an index-sized integer")),
    }
}

/// A start/stop argument of `index()`. CPython: _PyEval_SliceIndexNotNone.
fn slice_index_arg(interp: &mut dyn Interp, v: &Value, len: usize) -> PyResult<usize> {
    let i = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => match ops::index(interp, v) {
            Ok(Value::Int(i)) => i,
            Ok(Value::BigInt(b)) => seq::clamp_big(&b),
            _ => {
                return Err(type_error(
                    "slice indices must be integers or have an __index__ method",
                ))
            }
        },
    };
    let len = len as i64;
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
}

fn set_elem_error(e: PyErr, key: &Value) -> PyErr {
    ops::unhashable_context(e, key, "a set element")
}

// -------------------------------------------------------------------- list

// CPython: Objects/listobject.c list___init___impl (done at creation here)
fn list_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("list() takes no keyword arguments"));
    }
    let r = check_pos(&args, "list", 0, 1)?;
    if let Some(v) = empty_for_subclass(&args, || Value::list(Vec::new())) {
        return Ok(v);
    }
    match r.first() {
        None => Ok(Value::list(Vec::new())),
        Some(v) => {
            length_hint(interp, v)?;
            Ok(Value::list(iter::collect(interp, v)?))
        }
    }
}

/// `list.__new__(L, ...)` (likewise dict, set) for a Python subclass: an
/// empty instance of it, which `__init__` fills. CPython: list_new,
/// dict_new, set_new ignore their arguments for subclasses.
fn empty_for_subclass(args: &Args<'_>, empty: impl Fn() -> Value) -> Option<Value> {
    match args.values.first() {
        Some(cls @ Value::Type(t)) if !t.builtin => Some(crate::object::new_for(cls, empty())),
        _ => None,
    }
}

/// Ask a user object for its length the way list() does before
/// iterating: only to surface errors other than TypeError.
/// CPython: Objects/abstract.c PyObject_LengthHint.
fn length_hint(interp: &mut dyn Interp, v: &Value) -> PyResult<()> {
    if !matches!(v, Value::Instance(_) | Value::Object(_))
        || v.py_type().lookup("__len__").is_none()
    {
        return Ok(());
    }
    match ops::len(interp, v) {
        Err(e) if !e.matches(ExcKind::TypeError) => Err(e),
        _ => Ok(()),
    }
}

/// `list.__init__(iterable=())`: what fills a list subclass's value.
/// CPython: list___init___impl.
fn list_init(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = self_list(&args, "__init__")?;
    if args.has_kwargs() {
        return Err(type_error("list() takes no keyword arguments"));
    }
    let r = check_pos(&args, "list", 0, 1)?;
    let items = match r.first() {
        Some(v) => {
            length_hint(interp, v)?;
            iter::collect(interp, v)?
        }
        None => Vec::new(),
    };
    *l.items.borrow_mut() = items;
    Ok(Value::None)
}

/// `dict.__init__(mapping_or_iterable=(), **kwargs)`. CPython: dict_init.
fn dict_init(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = self_dict(&args, "__init__")?.clone();
    dict_update_common(interp, &d, &args, "dict")?;
    Ok(Value::None)
}

/// `set.__init__(iterable=())`. CPython: set_init.
fn set_init(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "__init__", true)?.clone();
    if args.has_kwargs() {
        return Err(type_error("set() takes no keyword arguments"));
    }
    let r = check_pos(&args, "set", 0, 1)?;
    s.clear();
    if let Some(it) = r.first() {
        set_extend(interp, &s, it)?;
    }
    Ok(Value::None)
}

// CPython: Objects/listobject.c list_append
fn list_append(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = self_list(&args, "append")?;
    let x = one_arg(&args, "list.append")?;
    l.items.borrow_mut().push(x.clone());
    Ok(Value::None)
}

// CPython: Objects/listobject.c list_extend
fn list_extend(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = self_list(&args, "extend")?;
    let x = one_arg(&args, "list.extend")?;
    let items = iter::collect(interp, x)?;
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

// CPython: Objects/listobject.c list_insert_impl
fn list_insert(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = self_list(&args, "insert")?;
    let r = check_pos(&args, "insert", 2, 2)?;
    let i = match ops::index(interp, &r[0])? {
        Value::Int(i) => i,
        Value::BigInt(b) => seq::clamp_big(&b),
        _ => 0,
    };
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(pos as usize, r[1].clone());
    Ok(Value::None)
}

// CPython: Objects/listobject.c list_pop_impl
fn list_pop(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = self_list(&args, "pop")?;
    let r = check_pos(&args, "pop", 0, 1)?;
    let i = match r.first() {
        None => -1,
        Some(v) => match ops::index(interp, v)? {
            Value::Int(i) => i,
            Value::BigInt(b) => seq::clamp_big(&b),
            _ => 0,
        },
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    if i == -1 {
        return Ok(items.pop().unwrap_or(Value::None));
    }
    match seq::norm_index(i, items.len()) {
        Some(i) => Ok(items.remove(i)),
        None => Err(index_error("pop index out of range")),
    }
}

/// The position of the first item equal to `x` in `l[start..stop]`, never
/// holding the borrow while comparing.
fn list_find(
    interp: &mut dyn Interp,
    l: &PyList,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = l.items.borrow().get(i).cloned() else {
            break;
        };
        if item.is(x) || ops::eq(interp, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

// CPython: Objects/listobject.c list_remove
fn list_remove(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = self_list(&args, "remove")?;
    let x = one_arg(&args, "list.remove")?;
    match list_find(interp, l, x, 0, usize::MAX)? {
        Some(i) => {
            let mut items = l.items.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

// CPython: Objects/listobject.c list_index_impl
fn list_index(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = self_list(&args, "index")?;
    let r = check_pos(&args, "index", 1, 3)?;
    let len = l.items.borrow().len();
    let start = match r.get(1) {
        Some(v) => slice_index_arg(interp, v, len)?,
        None => 0,
    };
    let stop = match r.get(2) {
        Some(v) => slice_index_arg(interp, v, len)?,
        None => usize::MAX,
    };
    match list_find(interp, l, &r[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("list.index(x): x not in list")),
    }
}

// CPython: Objects/listobject.c list_count
fn list_count(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = self_list(&args, "count")?;
    let x = one_arg(&args, "list.count")?;
    let mut n = 0;
    let mut i = 0;
    loop {
        let Some(item) = l.items.borrow().get(i).cloned() else {
            break;
        };
        if item.is(x) || ops::eq(interp, &item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

// CPython: Objects/listobject.c list_sort_impl
fn list_sort(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = self_list(&args, "sort")?;
    if !rest(&args).is_empty() {
        return Err(type_error("sort() takes no positional arguments"));
    }
    args.only_kwargs("sort", &["key", "reverse"])?;
    let key = args.kw("key").cloned().unwrap_or(Value::None);
    let reverse = match args.kw("reverse") {
        Some(v) => ops::truthy(interp, v)?,
        None => false,
    };
    // Like CPython, the list is empty while it is being sorted; anything
    // put into it meanwhile is discarded and reported.
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let result = sort_values(interp, &mut items, &key, reverse);
    let modified = !l.items.borrow().is_empty();
    let old = std::mem::replace(&mut *l.items.borrow_mut(), items);
    drop(old);
    result?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// Sort `items` stably comparing (keys of) items with `<` only: keys are
/// computed first, `reverse` keeps equal items in their original order, and
/// on an exception the items stay a permutation of the input. Lists of only
/// ints or only strs take a native sort (their comparisons run no code).
// CPython: Objects/listobject.c list_sort_impl
pub fn sort_values(
    interp: &mut dyn Interp,
    items: &mut Vec<Value>,
    key: &Value,
    reverse: bool,
) -> PyResult<()> {
    let mut keys: Option<Vec<Value>> = if key.is_none() {
        None
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for v in items.iter() {
            ks.push(ops::call0(interp, key, std::slice::from_ref(v))?);
        }
        Some(ks)
    };
    if items.len() < 2 {
        return Ok(());
    }
    // Reversing before and after an ascending stable sort keeps equal
    // items in their original order.
    if reverse {
        items.reverse();
        if let Some(k) = &mut keys {
            k.reverse();
        }
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    let result = {
        let ks: &[Value] = match &keys {
            Some(k) => k,
            None => items,
        };
        if let Some(ints) = all_ints(ks) {
            order.sort_by_key(|&i| ints[i]);
            Ok(())
        } else if ks.iter().all(|k| matches!(k, Value::Str(_))) {
            let s = |i: usize| ks[i].as_str().unwrap_or("");
            order.sort_by(|&a, &b| s(a).cmp(s(b)));
            Ok(())
        } else {
            let mut lt = |i: usize, j: usize| -> PyResult<bool> {
                ops::compare_bool(interp, &ks[i], &ks[j], CmpOp::Lt)
            };
            timsort_indices(&mut order, &mut lt)
        }
    };
    let mut slots: Vec<Option<Value>> = std::mem::take(items).into_iter().map(Some).collect();
    *items = order
        .iter()
        .map(|&i| slots[i].take().unwrap_or(Value::None))
        .collect();
    if reverse {
        items.reverse();
    }
    result
}

fn all_ints(ks: &[Value]) -> Option<Vec<i64>> {
    let mut out = Vec::with_capacity(ks.len());
    for k in ks {
        match k {
            Value::Int(i) => out.push(*i),
            _ => return None,
        }
    }
    Some(out)
}

/// CPython: Objects/listobject.c merge_compute_minrun
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Sort a permutation with a fallible strict `lt`, stably: natural runs
/// extended by binary insertion, then pairwise merges (no galloping).
// CPython: Objects/listobject.c list_sort_impl (timsort without galloping)
fn timsort_indices<F>(a: &mut [usize], lt: &mut F) -> PyResult<()>
where
    F: FnMut(usize, usize) -> PyResult<bool>,
{
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = compute_minrun(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let remaining = n - lo;
        let mut len = count_run(&mut a[lo..], lt)?;
        if len < minrun {
            let force = remaining.min(minrun);
            binary_sort(&mut a[lo..lo + force], len, lt)?;
            len = force;
        }
        runs.push((lo, len));
        lo += len;
    }
    while runs.len() > 1 {
        let mut next = Vec::with_capacity(runs.len().div_ceil(2));
        let mut i = 0;
        while i < runs.len() {
            if i + 1 < runs.len() {
                let (s, l1) = runs[i];
                let (_, l2) = runs[i + 1];
                merge_runs(&mut a[s..s + l1 + l2], l1, lt)?;
                next.push((s, l1 + l2));
                i += 2;
            } else {
                next.push(runs[i]);
                i += 1;
            }
        }
        runs = next;
    }
    Ok(())
}

/// Length of the run at the start of `a`, made ascending in place.
// CPython: Objects/listobject.c count_run
fn count_run<F>(a: &mut [usize], lt: &mut F) -> PyResult<usize>
where
    F: FnMut(usize, usize) -> PyResult<bool>,
{
    let nremaining = a.len();
    let mut n = 1;
    while n < nremaining {
        if lt(a[n], a[n - 1])? {
            break;
        }
        n += 1;
    }
    if n == nremaining {
        return Ok(n);
    }
    if n > 1 {
        if lt(a[0], a[n - 1])? {
            return Ok(n);
        }
        a[..n].reverse();
    }
    n += 1;
    let mut neq = 0;
    while n < nremaining {
        if lt(a[n], a[n - 1])? {
            if neq > 0 {
                let k = neq + 1;
                a[n - k..n].reverse();
                neq = 0;
            }
        } else if lt(a[n - 1], a[n])? {
            break;
        } else {
            neq += 1;
        }
        n += 1;
    }
    if neq > 0 {
        let k = neq + 1;
        a[n - k..n].reverse();
    }
    a[..n].reverse();
    while n < nremaining {
        if lt(a[n], a[n - 1])? {
            break;
        }
        n += 1;
    }
    Ok(n)
}

/// Binary insertion sort of `a`, whose first `ok` items are sorted.
// CPython: Objects/listobject.c binarysort
fn binary_sort<F>(a: &mut [usize], ok: usize, lt: &mut F) -> PyResult<()>
where
    F: FnMut(usize, usize) -> PyResult<bool>,
{
    let mut ok = ok.max(1);
    while ok < a.len() {
        let pivot = a[ok];
        let (mut l, mut r) = (0, ok);
        while l < r {
            let m = (l + r) >> 1;
            if lt(pivot, a[m])? {
                r = m;
            } else {
                l = m + 1;
            }
        }
        a.copy_within(l..ok, l + 1);
        a[l] = pivot;
        ok += 1;
    }
    Ok(())
}

/// Merge the sorted runs `a[..mid]` and `a[mid..]`, stably. `a` stays a
/// permutation if `lt` fails.
fn merge_runs<F>(a: &mut [usize], mid: usize, lt: &mut F) -> PyResult<()>
where
    F: FnMut(usize, usize) -> PyResult<bool>,
{
    let mut out = Vec::with_capacity(a.len());
    let (mut i, mut j) = (0, mid);
    while i < mid && j < a.len() {
        if lt(a[j], a[i])? {
            out.push(a[j]);
            j += 1;
        } else {
            out.push(a[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&a[i..mid]);
    out.extend_from_slice(&a[j..]);
    a.copy_from_slice(&out);
    Ok(())
}

// CPython: Objects/listobject.c list_reverse_impl
fn list_reverse(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = self_list(&args, "reverse")?;
    no_args(&args, "list.reverse")?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

// CPython: Objects/listobject.c list_copy_impl
fn list_copy(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = self_list(&args, "copy")?;
    no_args(&args, "list.copy")?;
    let items = l.items.borrow().clone();
    Ok(Value::list(items))
}

// CPython: Objects/listobject.c list_clear_impl
fn list_clear(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = self_list(&args, "clear")?;
    no_args(&args, "list.clear")?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    // Last item first, as CPython's list_clear releases them.
    for item in old.into_iter().rev() {
        drop(item);
    }
    Ok(Value::None)
}

/// `__len__` of any sized built-in.
fn value_len(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(v) = args.positional().first() else {
        return Err(type_error("descriptor '__len__' needs an argument"));
    };
    slot_args(&args, 0)?;
    Ok(Value::Int(ops::len(interp, v)? as i64))
}

/// `__getitem__` of list/tuple/dict/range/bytes.
fn value_getitem(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(v) = args.positional().first() else {
        return Err(type_error("descriptor '__getitem__' needs an argument"));
    };
    let q = format!("{}.__getitem__", v.type_name());
    let k = one_arg(&args, &q)?;
    ops::getitem(interp, v, k)
}

fn value_setitem(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(v) = args.positional().first() else {
        return Err(type_error("descriptor '__setitem__' needs an argument"));
    };
    let r = slot_args(&args, 2)?;
    ops::setitem(interp, v, &r[0], r[1].clone())?;
    Ok(Value::None)
}

fn value_delitem(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(v) = args.positional().first() else {
        return Err(type_error("descriptor '__delitem__' needs an argument"));
    };
    let r = slot_args(&args, 1)?;
    ops::delitem(interp, v, &r[0])?;
    Ok(Value::None)
}

fn value_contains(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(v) = args.positional().first() else {
        return Err(type_error("descriptor '__contains__' needs an argument"));
    };
    let r = slot_args(&args, 1)?;
    // ops::contains already words a set's unhashable-element error.
    ops::contains(interp, v, &r[0]).map(Value::Bool)
}

fn value_iter(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(v) = args.positional().first() else {
        return Err(type_error("descriptor '__iter__' needs an argument"));
    };
    slot_args(&args, 0)?;
    ops::get_iter(interp, v)
}

/// `it.__next__()` of a built-in iterator. CPython: each tp_iternext
/// (listiter_next, mapnext, zip_next, ...) through wrap_next.
fn iterator_next(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let it = match args.positional().first() {
        Some(v @ Value::Iterator(i)) if !i.is_view() => v,
        _ => return Err(type_error("descriptor '__next__' needs an iterator")),
    };
    slot_args(&args, 0)?;
    match iter::next(interp, it)? {
        Some(v) => Ok(v),
        None => {
            // CPython: a bare StopIteration, whose .value is None.
            let e = PyErr::new(ExcKind::StopIteration.get(), vec![]);
            e.0.dict().set_str("value", Value::None);
            Err(e)
        }
    }
}

/// `it.__iter__()` of a built-in iterator: the iterator itself.
// CPython: Objects/object.c PyObject_SelfIter
fn iterator_iter(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(v) = args.positional().first() else {
        return Err(type_error("descriptor '__iter__' needs an argument"));
    };
    slot_args(&args, 0)?;
    Ok(v.clone())
}

// CPython: Objects/listobject.c list___reversed___impl
fn list_reversed(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = self_list(&args, "__reversed__")?;
    no_args(&args, "list.__reversed__")?;
    let n = l.items.borrow().len();
    Ok(PyIterator::new(
        IterKind::Reversed,
        IterState::Reversed {
            seq: self_value(&args).clone(),
            pos: n,
        },
    ))
}

// CPython: Objects/listobject.c list_concat
fn list_add(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = self_list(&args, "__add__")?;
    let o = &slot_args(&args, 1)?[0];
    let Value::List(o) = o else {
        return Err(type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            o.type_name()
        )));
    };
    let mut v = l.items.borrow().clone();
    v.extend(o.items.borrow().iter().cloned());
    Ok(Value::list(v))
}

// CPython: Objects/listobject.c list_inplace_concat
fn list_iadd(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = self_list(&args, "__iadd__")?;
    let o = &slot_args(&args, 1)?[0];
    let items = iter::collect(interp, o)?;
    l.items.borrow_mut().extend(items);
    Ok(self_value(&args).clone())
}

/// `__mul__`/`__rmul__` of list, tuple and bytes.
// CPython: Objects/listobject.c list_repeat
fn seq_mul(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(v) = args.positional().first() else {
        return Err(type_error("descriptor '__mul__' needs an argument"));
    };
    let o = &slot_args(&args, 1)?[0];
    let n = repeat_arg(interp, o)?;
    seq::repeat(v, n)
}

// CPython: Objects/listobject.c list_inplace_repeat
fn list_imul(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = self_list(&args, "__imul__")?;
    let o = &slot_args(&args, 1)?[0];
    let n = repeat_arg(interp, o)?;
    if let Value::List(r) = seq::repeat(self_value(&args), n)? {
        let items = std::mem::take(&mut *r.items.borrow_mut());
        let old = std::mem::replace(&mut *l.items.borrow_mut(), items);
        drop(old);
    }
    Ok(self_value(&args).clone())
}

/// Rich comparison of two same-kind built-in values; NotImplemented when
/// `other` is of another kind.
// CPython: Objects/listobject.c list_richcompare (and tuple, dict, set)
fn same_kind_compare(interp: &mut dyn Interp, args: Args<'_>, op: CmpOp) -> PyResult<Value> {
    let Some(a) = args.positional().first() else {
        return Err(type_error(format!(
            "descriptor '{}' needs an argument",
            op.dunder()
        )));
    };
    // Subclass instances compare by their built-in values.
    let value = |v: &Value| match v {
        Value::Instance(i) => i.payload.clone().unwrap_or_else(|| v.clone()),
        _ => v.clone(),
    };
    let (a, b) = (&value(a), &value(&slot_args(&args, 1)?[0]));
    let same = matches!(
        (a, b),
        (Value::List(_), Value::List(_))
            | (Value::Tuple(_), Value::Tuple(_))
            | (Value::Dict(_), Value::Dict(_))
            | (Value::Range(_), Value::Range(_))
            | (Value::Bytes(_), Value::Bytes(_))
            | (
                Value::Set(_) | Value::FrozenSet(_),
                Value::Set(_) | Value::FrozenSet(_)
            )
    );
    if !same {
        return Ok(Value::NotImplemented);
    }
    if matches!(a, Value::Dict(_) | Value::Range(_)) && !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::Bool(ops::compare_bool(interp, a, b, op)?))
}

macro_rules! compare_natives {
    ($($fname:ident => $op:expr),* $(,)?) => {
        $(
            fn $fname(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
                same_kind_compare(interp, args, $op)
            }
        )*
    };
}

compare_natives! {
    seq_lt => CmpOp::Lt, seq_le => CmpOp::Le, seq_eq => CmpOp::Eq,
    seq_ne => CmpOp::Ne, seq_gt => CmpOp::Gt, seq_ge => CmpOp::Ge,
}

const COMPARISONS: Natives = &[
    ("__lt__", seq_lt),
    ("__le__", seq_le),
    ("__eq__", seq_eq),
    ("__ne__", seq_ne),
    ("__gt__", seq_gt),
    ("__ge__", seq_ge),
];

const LIST_METHODS: Natives = &[
    ("append", list_append),
    ("extend", list_extend),
    ("insert", list_insert),
    ("pop", list_pop),
    ("remove", list_remove),
    ("index", list_index),
    ("count", list_count),
    ("sort", list_sort),
    ("reverse", list_reverse),
    ("copy", list_copy),
    ("clear", list_clear),
    ("__len__", value_len),
    ("__getitem__", value_getitem),
    ("__setitem__", value_setitem),
    ("__delitem__", value_delitem),
    ("__contains__", value_contains),
    ("__iter__", value_iter),
    ("__reversed__", list_reversed),
    ("__add__", list_add),
    ("__iadd__", list_iadd),
    ("__mul__", seq_mul),
    ("__rmul__", seq_mul),
    ("__imul__", list_imul),
    ("__repr__", value_repr),
];

// ------------------------------------------------------------------- tuple

// CPython: Objects/tupleobject.c tuple_new_impl
fn tuple_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let v = tuple_new_value(interp, args)?;
    Ok(crate::object::new_for(&cls, v))
}

fn tuple_new_value(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("tuple() takes no keyword arguments"));
    }
    let r = check_pos(&args, "tuple", 0, 1)?;
    match r.first() {
        None => Ok(Value::tuple(Vec::new())),
        Some(v @ Value::Tuple(_)) => Ok(v.clone()),
        Some(v) => Ok(Value::tuple(iter::collect(interp, v)?)),
    }
}

// CPython: Objects/tupleobject.c tuple_index_impl
fn tuple_index(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let t = self_tuple(&args, "index")?;
    let r = check_pos(&args, "index", 1, 3)?;
    let len = t.items.len();
    let start = match r.get(1) {
        Some(v) => slice_index_arg(interp, v, len)?,
        None => 0,
    };
    let stop = match r.get(2) {
        Some(v) => slice_index_arg(interp, v, len)?,
        None => len,
    };
    for i in start..stop.min(len) {
        let item = &t.items[i];
        if item.is(&r[0]) || ops::eq(interp, item, &r[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

// CPython: Objects/tupleobject.c tuple_count
fn tuple_count(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let t = self_tuple(&args, "count")?;
    let x = one_arg(&args, "tuple.count")?;
    let mut n = 0;
    for item in &t.items {
        if item.is(x) || ops::eq(interp, item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

// CPython: Objects/tupleobject.c tuple_concat
fn tuple_add(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let t = self_tuple(&args, "__add__")?;
    let o = &slot_args(&args, 1)?[0];
    let Value::Tuple(o) = o else {
        return Err(type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            o.type_name()
        )));
    };
    let mut v = t.items.clone();
    v.extend(o.items.iter().cloned());
    Ok(Value::tuple(v))
}

const TUPLE_METHODS: Natives = &[
    ("index", tuple_index),
    ("count", tuple_count),
    ("__len__", value_len),
    ("__getitem__", value_getitem),
    ("__contains__", value_contains),
    ("__iter__", value_iter),
    ("__add__", tuple_add),
    ("__mul__", seq_mul),
    ("__rmul__", seq_mul),
    ("__hash__", value_hash),
    ("__repr__", value_repr),
];

// -------------------------------------------------------------------- dict

fn dict_err(e: PyErr, key: &Value) -> PyErr {
    ops::dict_key_error(e, key)
}

/// `d.update(arg, **kw)` shared by `dict()` and `dict.update`.
// CPython: Objects/dictobject.c dict_update_common
fn dict_update_common(
    interp: &mut dyn Interp,
    d: &Rc<PyDict>,
    args: &Args<'_>,
    name: &str,
) -> PyResult<()> {
    let r = check_pos_kw(args, name, 0, 1)?;
    if let Some(other) = r.first() {
        crate::dict_methods::update_from(interp, d, other)?;
    }
    for (k, v) in args.kwargs() {
        d.set_name(k.clone(), v.clone());
    }
    Ok(())
}

// CPython: Objects/dictobject.c dict_new / dict_init
fn dict_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if let Some(v) = empty_for_subclass(&args, || Value::Dict(Rc::new(PyDict::new()))) {
        return Ok(v);
    }
    let d = Rc::new(PyDict::new());
    dict_update_common(interp, &d, &args, "dict")?;
    Ok(Value::Dict(d))
}

// CPython: Objects/dictobject.c dict_get_impl
fn dict_get(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = self_dict(&args, "get")?;
    let r = check_pos(&args, "get", 1, 2)?;
    match d.get_item(interp, &r[0]).map_err(|e| dict_err(e, &r[0]))? {
        Some(v) => Ok(v),
        None => Ok(r.get(1).cloned().unwrap_or(Value::None)),
    }
}

// CPython: Objects/dictobject.c dict_setdefault_impl
fn dict_setdefault(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = self_dict(&args, "setdefault")?;
    let r = check_pos(&args, "setdefault", 1, 2)?;
    let key = &r[0];
    let hash = ops::hash(interp, key).map_err(|e| dict_err(e, key))?;
    if let Some(v) = d.get_hashed(interp, key, hash)? {
        return Ok(v);
    }
    let dflt = r.get(1).cloned().unwrap_or(Value::None);
    d.set_hashed(interp, key.clone(), hash, dflt.clone())?;
    Ok(dflt)
}

// CPython: Objects/dictobject.c dict_pop_impl
fn dict_pop(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = self_dict(&args, "pop")?;
    let r = check_pos(&args, "pop", 1, 2)?;
    if d.is_empty() {
        // CPython: an empty dict answers without hashing the key.
        return match r.get(1) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(key_error(r[0].clone())),
        };
    }
    match d.del_item(interp, &r[0]).map_err(|e| dict_err(e, &r[0]))? {
        Some(v) => Ok(v),
        None => match r.get(1) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(key_error(r[0].clone())),
        },
    }
}

// CPython: Objects/dictobject.c dict_popitem_impl
fn dict_popitem(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = self_dict(&args, "popitem")?;
    no_args(&args, "dict.popitem")?;
    match d.pop_last() {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn dict_view_of(args: Args<'_>, name: &str, qual: &str, part: DictPart) -> PyResult<Value> {
    let d = self_dict(&args, name)?;
    no_args(&args, qual)?;
    Ok(iter::dict_view(d, part))
}

// CPython: Objects/dictobject.c dict_keys
fn dict_keys(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    dict_view_of(args, "keys", "dict.keys", DictPart::Keys)
}

// CPython: Objects/dictobject.c dict_values
fn dict_values(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    dict_view_of(args, "values", "dict.values", DictPart::Values)
}

// CPython: Objects/dictobject.c dict_items
fn dict_items(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    dict_view_of(args, "items", "dict.items", DictPart::Items)
}

// CPython: Objects/dictobject.c dict_update
fn dict_update(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = self_dict(&args, "update")?;
    dict_update_common(interp, d, &args, "update")?;
    Ok(Value::None)
}

// CPython: Objects/dictobject.c dict_copy_impl
fn dict_copy(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = self_dict(&args, "copy")?;
    no_args(&args, "dict.copy")?;
    Ok(Value::Dict(Rc::new(d.copy())))
}

// CPython: Objects/dictobject.c dict_clear_impl
fn dict_clear(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = self_dict(&args, "clear")?;
    no_args(&args, "dict.clear")?;
    let old = std::mem::take(&mut *d.table_mut());
    drop(old);
    Ok(Value::None)
}

// CPython: Objects/dictobject.c dict_fromkeys_impl
fn dict_fromkeys(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let r = check_pos(&args, "fromkeys", 1, 2)?;
    let value = r.get(1).cloned().unwrap_or(Value::None);
    // A subclass gets an instance of itself, filled by item assignment.
    // CPython: Objects/dictobject.c _PyDict_FromKeys.
    if let Some(cls @ Value::Type(t)) = args.values.first() {
        if !Rc::ptr_eq(t, &types().dict_type) {
            let d = ops::call0(interp, cls, &[])?;
            let it = ops::get_iter(interp, &r[0])?;
            while let Some(k) = ops::next(interp, &it)? {
                ops::setitem(interp, &d, &k, value.clone())?;
            }
            return Ok(d);
        }
    }
    let d = Rc::new(PyDict::new());
    let it = ops::get_iter(interp, &r[0])?;
    while let Some(k) = ops::next(interp, &it)? {
        d.set_item(interp, k.clone(), value.clone())
            .map_err(|e| dict_err(e, &k))?;
    }
    Ok(Value::Dict(d))
}

// CPython: Objects/dictobject.c dict_subscript
fn dict_getitem(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = self_dict(&args, "__getitem__")?;
    let k = one_arg(&args, "dict.__getitem__")?;
    match d.get_item(interp, k).map_err(|e| dict_err(e, k))? {
        Some(v) => Ok(v),
        None => Err(key_error(k.clone())),
    }
}

// CPython: Objects/dictobject.c dict___reversed___impl
fn dict_reversed(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = self_dict(&args, "__reversed__")?;
    no_args(&args, "dict.__reversed__")?;
    let keys = d.keys();
    let n = keys.len();
    Ok(PyIterator::new(
        IterKind::Reversed,
        IterState::Reversed {
            seq: Value::list(keys),
            pos: n,
        },
    ))
}

// CPython: Objects/dictobject.c dict_or
fn dict_or(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = self_dict(&args, "__or__")?;
    let o = &slot_args(&args, 1)?[0];
    let Value::Dict(o) = o else {
        return Ok(Value::NotImplemented);
    };
    let n = Rc::new(d.copy());
    crate::dict_methods::update_from(interp, &n, &Value::Dict(o.clone()))?;
    Ok(Value::Dict(n))
}

fn dict_ror(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = self_dict(&args, "__ror__")?;
    let o = &slot_args(&args, 1)?[0];
    let Value::Dict(o) = o else {
        return Ok(Value::NotImplemented);
    };
    let n = Rc::new(o.copy());
    crate::dict_methods::update_from(interp, &n, self_value(&args))?;
    let _ = d;
    Ok(Value::Dict(n))
}

// CPython: Objects/dictobject.c dict_ior
fn dict_ior(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = self_dict(&args, "__ior__")?;
    let o = &slot_args(&args, 1)?[0];
    crate::dict_methods::update_from(interp, d, o)?;
    Ok(self_value(&args).clone())
}

const DICT_METHODS: Natives = &[
    ("get", dict_get),
    ("setdefault", dict_setdefault),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("update", dict_update),
    ("copy", dict_copy),
    ("clear", dict_clear),
    ("__getitem__", dict_getitem),
    ("__setitem__", value_setitem),
    ("__delitem__", value_delitem),
    ("__contains__", value_contains),
    ("__len__", value_len),
    ("__iter__", value_iter),
    ("__reversed__", dict_reversed),
    ("__or__", dict_or),
    ("__ror__", dict_ror),
    ("__ior__", dict_ior),
    ("__eq__", seq_eq),
    ("__ne__", seq_ne),
    ("__repr__", value_repr),
];

// --------------------------------------------------------------- dict views

fn view_parts(args: &Args<'_>, name: &str) -> PyResult<(Rc<PyDict>, DictPart)> {
    if let Some(Value::Iterator(it)) = args.positional().first() {
        if let IterState::DictView { dict, part } = &*it.state.borrow() {
            return Ok((dict.clone(), *part));
        }
    }
    Err(descr_error(name, "dict_keys", args.positional().first()))
}

// CPython: Objects/dictobject.c dictview_len
fn view_len(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = view_parts(&args, "__len__")?;
    slot_args(&args, 0)?;
    Ok(Value::Int(d.len() as i64))
}

fn view_iter(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (d, part) = view_parts(&args, "__iter__")?;
    slot_args(&args, 0)?;
    Ok(iter::dict_iter(&d, part))
}

/// Whether a view of `d` holds `x`.
// CPython: Objects/dictobject.c dictkeys_contains, dictitems_contains
fn view_has(interp: &mut dyn Interp, d: &Rc<PyDict>, part: DictPart, x: &Value) -> PyResult<bool> {
    match part {
        DictPart::Keys => d.contains(interp, x).map_err(|e| dict_err(e, x)),
        DictPart::Items => {
            let Value::Tuple(t) = x else {
                return Ok(false);
            };
            if t.items.len() != 2 {
                return Ok(false);
            }
            match d
                .get_item(interp, &t.items[0])
                .map_err(|e| dict_err(e, &t.items[0]))?
            {
                Some(v) => Ok(v.is(&t.items[1]) || ops::eq(interp, &v, &t.items[1])?),
                None => Ok(false),
            }
        }
        DictPart::Values => {
            for v in d.values() {
                if v.is(x) || ops::eq(interp, &v, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn view_contains(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (d, part) = view_parts(&args, "__contains__")?;
    let x = &slot_args(&args, 1)?[0];
    Ok(Value::Bool(view_has(interp, &d, part, x)?))
}

// CPython: Objects/dictobject.c dictviews_isdisjoint
fn view_isdisjoint(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (d, part) = view_parts(&args, "isdisjoint")?;
    let o = one_arg(&args, "isdisjoint")?;
    let it = ops::get_iter(interp, o)?;
    while let Some(x) = ops::next(interp, &it)? {
        if view_has(interp, &d, part, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn view_reversed(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (d, part) = view_parts(&args, "__reversed__")?;
    slot_args(&args, 0)?;
    let items: Vec<Value> = match part {
        DictPart::Keys => d.keys(),
        DictPart::Values => d.values(),
        DictPart::Items => d
            .items()
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    };
    let n = items.len();
    Ok(PyIterator::new(
        IterKind::Reversed,
        IterState::Reversed {
            seq: Value::list(items),
            pos: n,
        },
    ))
}

const VIEW_METHODS: Natives = &[
    ("__len__", view_len),
    ("__iter__", view_iter),
    ("__reversed__", view_reversed),
    ("__repr__", value_repr),
];

// ---------------------------------------------------------- set, frozenset

/// Add every item of `it` to `s`, with 3.14's unhashable-element message.
fn set_extend(interp: &mut dyn Interp, s: &PySet, it: &Value) -> PyResult<()> {
    match it {
        Value::Set(o) | Value::FrozenSet(o) => {
            let other = o.table.borrow().copy();
            crate::set_table::merge(&s.table, interp, &other)?;
        }
        Value::List(_) | Value::Tuple(_) => {
            for x in iter::collect(interp, it)? {
                s.add(interp, x.clone())
                    .map_err(|e| set_elem_error(e, &x))?;
            }
        }
        Value::Dict(d) => {
            for x in d.keys() {
                s.add(interp, x)?;
            }
        }
        _ => {
            let iter = ops::get_iter(interp, it)?;
            while let Some(x) = ops::next(interp, &iter)? {
                s.add(interp, x.clone())
                    .map_err(|e| set_elem_error(e, &x))?;
            }
        }
    }
    Ok(())
}

/// `other` as a set (sharing it when it already is one).
fn as_set(interp: &mut dyn Interp, other: &Value) -> PyResult<Rc<PySet>> {
    match other {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s.clone()),
        _ => {
            let s = PySet::new();
            set_extend(interp, &s, other)?;
            Ok(Rc::new(s))
        }
    }
}

/// A set value of the same kind as `like` (set or frozenset).
fn same_kind(like: &Value, s: PySet) -> Value {
    match like {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(s)),
        _ => Value::Set(Rc::new(s)),
    }
}

fn set_contains_elem(interp: &mut dyn Interp, s: &PySet, x: &Value) -> PyResult<bool> {
    let key = frozen_key(x);
    s.contains(interp, key.as_ref().unwrap_or(x))
        .map_err(|e| set_elem_error(e, x))
}

/// A set used as a key of a set lookup stands for the equal frozenset.
/// CPython: Objects/setobject.c set_contains_key / set_discard_key.
fn frozen_key(x: &Value) -> Option<Value> {
    match x {
        Value::Set(s) => Some(Value::FrozenSet(Rc::new(s.copy()))),
        _ => None,
    }
}

// CPython: Objects/setobject.c set_new / set_init
fn set_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("set() takes no keyword arguments"));
    }
    let r = check_pos(&args, "set", 0, 1)?;
    if let Some(v) = empty_for_subclass(&args, || Value::Set(Rc::new(PySet::new()))) {
        return Ok(v);
    }
    let s = PySet::new();
    if let Some(it) = r.first() {
        set_extend(interp, &s, it)?;
    }
    Ok(Value::Set(Rc::new(s)))
}

// CPython: Objects/setobject.c frozenset_new
fn frozenset_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let v = frozenset_new_value(interp, args)?;
    Ok(crate::object::new_for(&cls, v))
}

fn frozenset_new_value(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("frozenset() takes no keyword arguments"));
    }
    let r = check_pos(&args, "frozenset", 0, 1)?;
    let s = PySet::new();
    match r.first() {
        Some(v @ Value::FrozenSet(_)) => return Ok(v.clone()),
        Some(it) => set_extend(interp, &s, it)?,
        None => {}
    }
    Ok(Value::FrozenSet(Rc::new(s)))
}

// CPython: Objects/setobject.c set_add
fn set_add(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "add", true)?;
    let x = one_arg(&args, "set.add")?;
    s.add(interp, x.clone()).map_err(|e| set_elem_error(e, x))?;
    Ok(Value::None)
}

// CPython: Objects/setobject.c set_remove
fn set_remove(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "remove", true)?;
    let x = one_arg(&args, "set.remove")?;
    let key = frozen_key(x);
    let found = s
        .discard(interp, key.as_ref().unwrap_or(x))
        .map_err(|e| set_elem_error(e, x))?;
    if !found {
        return Err(key_error(x.clone()));
    }
    Ok(Value::None)
}

// CPython: Objects/setobject.c set_discard
fn set_discard(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "discard", true)?;
    let x = one_arg(&args, "set.discard")?;
    let key = frozen_key(x);
    s.discard(interp, key.as_ref().unwrap_or(x))
        .map_err(|e| set_elem_error(e, x))?;
    Ok(Value::None)
}

// CPython: Objects/setobject.c set_pop
fn set_pop(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "pop", true)?;
    no_args(&args, "set.pop")?;
    s.pop()
        .ok_or_else(|| key_error(Value::str("pop from an empty set")))
}

// CPython: Objects/setobject.c set_clear
fn set_clear(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "clear", true)?;
    no_args(&args, "set.clear")?;
    let old = std::mem::take(&mut *s.table.borrow_mut());
    drop(old);
    Ok(Value::None)
}

// CPython: Objects/setobject.c set_copy / frozenset_copy
fn set_copy(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "copy", false)?;
    let me = self_value(&args);
    no_args(&args, &format!("{}.copy", me.type_name()))?;
    if matches!(me, Value::FrozenSet(_)) {
        return Ok(me.clone());
    }
    Ok(Value::Set(Rc::new(s.copy())))
}

// CPython: Objects/setobject.c set_update
fn set_update(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "update", true)?;
    args.no_kwargs("set.update")?;
    for o in rest(&args) {
        set_extend(interp, s, o)?;
    }
    Ok(Value::None)
}

// CPython: Objects/setobject.c set_union
fn set_union(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "union", false)?;
    args.no_kwargs("union")?;
    let out = s.copy();
    for o in rest(&args) {
        set_extend(interp, &out, o)?;
    }
    Ok(same_kind(self_value(&args), out))
}

/// `a & other` for one other iterable.
// CPython: Objects/setobject.c set_intersection
fn intersect(interp: &mut dyn Interp, a: &PySet, other: &Value) -> PyResult<PySet> {
    let out = PySet::new();
    match other {
        Value::Set(b) | Value::FrozenSet(b) => {
            let (small, big) = if b.len() < a.len() {
                (&**b, a)
            } else {
                (a, &**b)
            };
            for x in small.items() {
                if big.contains(interp, &x)? {
                    out.add(interp, x)?;
                }
            }
        }
        _ => {
            // CPython: set_intersection hashes with PyObject_Hash, so the
            // plain "unhashable type" message is kept here.
            let it = ops::get_iter(interp, other)?;
            while let Some(x) = ops::next(interp, &it)? {
                if a.contains(interp, &x)? {
                    out.add(interp, x)?;
                }
            }
        }
    }
    Ok(out)
}

fn intersection_all(interp: &mut dyn Interp, s: &PySet, others: &[Value]) -> PyResult<PySet> {
    let mut cur = s.copy();
    for o in others {
        cur = intersect(interp, &cur, o)?;
    }
    Ok(cur)
}

fn difference_all(interp: &mut dyn Interp, s: &PySet, others: &[Value]) -> PyResult<PySet> {
    let cur = s.copy();
    for o in others {
        discard_all(interp, &cur, o)?;
    }
    Ok(cur)
}

fn discard_all(interp: &mut dyn Interp, s: &PySet, other: &Value) -> PyResult<()> {
    match other {
        Value::Set(b) | Value::FrozenSet(b) => {
            for x in b.items() {
                s.discard(interp, &x)?;
            }
        }
        _ => {
            let it = ops::get_iter(interp, other)?;
            while let Some(x) = ops::next(interp, &it)? {
                s.discard(interp, &x).map_err(|e| set_elem_error(e, &x))?;
            }
        }
    }
    Ok(())
}

/// Toggle each element of `other` in `s`, in place.
/// CPython: set_symmetric_difference_update.
fn toggle_all(interp: &mut dyn Interp, s: &PySet, other: &Value) -> PyResult<()> {
    let o = as_set(interp, other)?;
    for x in o.items() {
        if !s.discard(interp, &x)? {
            s.add(interp, x)?;
        }
    }
    Ok(())
}

/// CPython: set_symmetric_difference (a copy of `other`, then `s` folded in).
fn symmetric(interp: &mut dyn Interp, s: &PySet, other: &Value) -> PyResult<PySet> {
    let out = as_set(interp, other)?.copy();
    for x in s.items() {
        if !out.discard(interp, &x)? {
            out.add(interp, x)?;
        }
    }
    Ok(out)
}

fn replace_contents(s: &PySet, new: PySet) {
    let t = std::mem::take(&mut *new.table.borrow_mut());
    let old = std::mem::replace(&mut *s.table.borrow_mut(), t);
    drop(old);
}

// CPython: Objects/setobject.c set_intersection_multi
fn set_intersection(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "intersection", false)?;
    args.no_kwargs("intersection")?;
    let out = intersection_all(interp, s, rest(&args))?;
    Ok(same_kind(self_value(&args), out))
}

// CPython: Objects/setobject.c set_difference_multi
fn set_difference(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "difference", false)?;
    args.no_kwargs("difference")?;
    let out = difference_all(interp, s, rest(&args))?;
    Ok(same_kind(self_value(&args), out))
}

// CPython: Objects/setobject.c set_symmetric_difference
fn set_symmetric_difference(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "symmetric_difference", false)?;
    let q = format!("{}.symmetric_difference", self_value(&args).type_name());
    let o = one_arg(&args, &q)?;
    let out = symmetric(interp, s, o)?;
    Ok(same_kind(self_value(&args), out))
}

// CPython: Objects/setobject.c set_intersection_update_multi
fn set_intersection_update(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "intersection_update", true)?;
    args.no_kwargs("intersection_update")?;
    let out = intersection_all(interp, s, rest(&args))?;
    replace_contents(s, out);
    Ok(Value::None)
}

// CPython: Objects/setobject.c set_difference_update
fn set_difference_update(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "difference_update", true)?;
    args.no_kwargs("difference_update")?;
    for o in rest(&args) {
        discard_all(interp, s, o)?;
    }
    Ok(Value::None)
}

// CPython: Objects/setobject.c set_symmetric_difference_update
fn set_symmetric_difference_update(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "symmetric_difference_update", true)?;
    let o = one_arg(&args, "set.symmetric_difference_update")?;
    toggle_all(interp, s, o)?;
    Ok(Value::None)
}

// CPython: Objects/setobject.c set_issubset
fn set_issubset(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "issubset", false)?;
    let q = format!("{}.issubset", self_value(&args).type_name());
    let o = one_arg(&args, &q)?;
    if !matches!(o, Value::Set(_) | Value::FrozenSet(_)) {
        // CPython: a non-set is intersected with `s` first.
        return Ok(Value::Bool(intersect(interp, s, o)?.len() == s.len()));
    }
    let o = as_set(interp, o)?;
    Ok(Value::Bool(seq::set_compare(interp, s, &o, CmpOp::Le)?))
}

// CPython: Objects/setobject.c set_issuperset
fn set_issuperset(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "issuperset", false)?;
    let q = format!("{}.issuperset", self_value(&args).type_name());
    let o = as_set(interp, one_arg(&args, &q)?)?;
    Ok(Value::Bool(seq::set_compare(interp, s, &o, CmpOp::Ge)?))
}

// CPython: Objects/setobject.c set_isdisjoint
fn set_isdisjoint(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_set(&args, "isdisjoint", false)?;
    let q = format!("{}.isdisjoint", self_value(&args).type_name());
    let o = one_arg(&args, &q)?;
    if let Value::Set(b) | Value::FrozenSet(b) = o {
        let (small, big) = if b.len() < s.len() {
            (&**b, &**s)
        } else {
            (&**s, &**b)
        };
        for x in small.items() {
            if big.contains(interp, &x)? {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = ops::get_iter(interp, o)?;
    while let Some(x) = ops::next(interp, &it)? {
        if set_contains_elem(interp, s, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// The set operators; NotImplemented unless both operands are sets.
// CPython: Objects/setobject.c set_or, set_and, set_sub, set_xor
fn set_operator(
    interp: &mut dyn Interp,
    args: Args<'_>,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let (name, rname, _) = op.dunders();
    let s = self_set(&args, if reflected { rname } else { name }, false)?;
    let o = &slot_args(&args, 1)?[0];
    let (Value::Set(b) | Value::FrozenSet(b)) = o else {
        return Ok(Value::NotImplemented);
    };
    let me = self_value(&args);
    let r = if reflected {
        seq::set_binop(interp, o, b, s, op)?
    } else {
        seq::set_binop(interp, me, s, b, op)?
    };
    Ok(r.unwrap_or(Value::NotImplemented))
}

/// `|=`, `&=`, `-=`, `^=` on a set: in place.
// CPython: Objects/setobject.c set_ior, set_iand, set_isub, set_ixor
fn set_inplace(interp: &mut dyn Interp, args: Args<'_>, op: BinOp) -> PyResult<Value> {
    let (_, _, iname) = op.dunders();
    let s = self_set(&args, iname, true)?;
    let o = &slot_args(&args, 1)?[0];
    if !matches!(o, Value::Set(_) | Value::FrozenSet(_)) {
        return Ok(Value::NotImplemented);
    }
    match op {
        BinOp::Or => set_extend(interp, s, o)?,
        BinOp::Sub => discard_all(interp, s, o)?,
        BinOp::And => {
            let out = intersect(interp, s, o)?;
            replace_contents(s, out);
        }
        _ => toggle_all(interp, s, o)?,
    }
    Ok(self_value(&args).clone())
}

macro_rules! set_op_natives {
    ($($fname:ident => ($op:expr, $refl:expr)),* $(,)?) => {
        $(
            fn $fname(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
                set_operator(interp, args, $op, $refl)
            }
        )*
    };
}

macro_rules! set_iop_natives {
    ($($fname:ident => $op:expr),* $(,)?) => {
        $(
            fn $fname(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
                set_inplace(interp, args, $op)
            }
        )*
    };
}

set_op_natives! {
    set_or => (BinOp::Or, false), set_ror => (BinOp::Or, true),
    set_and => (BinOp::And, false), set_rand => (BinOp::And, true),
    set_sub => (BinOp::Sub, false), set_rsub => (BinOp::Sub, true),
    set_xor => (BinOp::Xor, false), set_rxor => (BinOp::Xor, true),
}

set_iop_natives! {
    set_ior => BinOp::Or, set_iand => BinOp::And, set_isub => BinOp::Sub, set_ixor => BinOp::Xor,
}

const FROZENSET_METHODS: Natives = &[
    ("copy", set_copy),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
    ("__len__", value_len),
    ("__contains__", value_contains),
    ("__iter__", value_iter),
    ("__or__", set_or),
    ("__ror__", set_ror),
    ("__and__", set_and),
    ("__rand__", set_rand),
    ("__sub__", set_sub),
    ("__rsub__", set_rsub),
    ("__xor__", set_xor),
    ("__rxor__", set_rxor),
    ("__repr__", value_repr),
];

const SET_ONLY_METHODS: Natives = &[
    ("add", set_add),
    ("remove", set_remove),
    ("discard", set_discard),
    ("pop", set_pop),
    ("clear", set_clear),
    ("update", set_update),
    ("intersection_update", set_intersection_update),
    ("difference_update", set_difference_update),
    (
        "symmetric_difference_update",
        set_symmetric_difference_update,
    ),
    ("__ior__", set_ior),
    ("__iand__", set_iand),
    ("__isub__", set_isub),
    ("__ixor__", set_ixor),
];

// ------------------------------------------------------------------- range

/// A range argument as i128 (OverflowError beyond).
fn range_arg(interp: &mut dyn Interp, v: &Value) -> PyResult<i128> {
    use num_traits::ToPrimitive;
    match ops::index(interp, v)? {
        Value::Int(i) => Ok(i as i128),
        Value::BigInt(b) => b.to_i128().ok_or_else(range_too_long),
        _ => Err(range_too_long()),
    }
}

// CPython: Objects/rangeobject.c range_new / range_from_array
fn range_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("range() takes no keyword arguments"));
    }
    let r = check_pos(&args, "range", 1, 3)?;
    let (start, stop, step) = match r.len() {
        1 => (0, range_arg(interp, &r[0])?, 1),
        2 => (range_arg(interp, &r[0])?, range_arg(interp, &r[1])?, 1),
        _ => {
            let a = range_arg(interp, &r[0])?;
            let b = range_arg(interp, &r[1])?;
            let c = range_arg(interp, &r[2])?;
            if c == 0 {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            (a, b, c)
        }
    };
    Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
}

fn range_too_long() -> PyErr {
    ExcKind::OverflowError.new_err("Python int too large to convert to C ssize_t")
}

// CPython: Objects/rangeobject.c range_length
fn range_len(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let r = self_range(&args, "__len__")?;
    slot_args(&args, 0)?;
    let n = r.len();
    if n > i64::MAX as i128 {
        return Err(range_too_long());
    }
    Ok(Value::Int(n as i64))
}

/// An int-like value as i128, if it is one and fits.
fn int_as_i128(x: &Value) -> Option<i128> {
    use num_traits::ToPrimitive;
    match x {
        Value::Int(i) => Some(*i as i128),
        Value::Bool(b) => Some(*b as i128),
        Value::BigInt(b) => b.to_i128(),
        _ => None,
    }
}

// CPython: Objects/rangeobject.c range_index
fn range_index(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let r = self_range(&args, "index")?;
    let x = one_arg(&args, "range.index")?;
    match x {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            match int_as_i128(x).and_then(|i| r.index_of(i)) {
                Some(p) => Ok(Value::from_i128(p)),
                None => Err(value_error("range.index(x): x not in range")),
            }
        }
        _ => {
            let n = r.len();
            let mut i = 0;
            while i < n {
                if ops::eq(interp, &Value::from_i128(r.get(i)), x)? {
                    return Ok(Value::from_i128(i));
                }
                i += 1;
            }
            Err(value_error("sequence.index(x): x not in sequence"))
        }
    }
}

// CPython: Objects/rangeobject.c range_count
fn range_count(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let r = self_range(&args, "count")?;
    let x = one_arg(&args, "range.count")?;
    match x {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(Value::Int(
            int_as_i128(x).and_then(|i| r.index_of(i)).is_some() as i64,
        )),
        _ => {
            let n = r.len();
            let mut c = 0;
            let mut i = 0;
            while i < n {
                if ops::eq(interp, &Value::from_i128(r.get(i)), x)? {
                    c += 1;
                }
                i += 1;
            }
            Ok(Value::Int(c))
        }
    }
}

// CPython: Objects/rangeobject.c range_reverse
fn range_reversed(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let r = self_range(&args, "__reversed__")?;
    no_args(&args, "range.__reversed__")?;
    Ok(crate::iter::range_reversed(r))
}

// CPython: Objects/rangeobject.c range_hash
fn range_hash(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let r = self_range(&args, "__hash__")?;
    slot_args(&args, 0)?;
    let n = r.len();
    let len = Value::from_i128(n);
    let t = match n {
        0 => Value::tuple(vec![len, Value::None, Value::None]),
        1 => Value::tuple(vec![len, Value::from_i128(r.start), Value::None]),
        _ => Value::tuple(vec![
            len,
            Value::from_i128(r.start),
            Value::from_i128(r.step),
        ]),
    };
    Ok(Value::Int(ops::hash(interp, &t)?))
}

const RANGE_METHODS: Natives = &[
    ("index", range_index),
    ("count", range_count),
    ("__len__", range_len),
    ("__getitem__", value_getitem),
    ("__contains__", value_contains),
    ("__iter__", value_iter),
    ("__reversed__", range_reversed),
    ("__hash__", range_hash),
    ("__eq__", seq_eq),
    ("__ne__", seq_ne),
    ("__repr__", value_repr),
];

// ------------------------------------------------------------------- slice

// CPython: Objects/sliceobject.c slice_new_impl
fn slice_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("slice() takes no keyword arguments"));
    }
    let r = check_pos(&args, "slice", 1, 3)?;
    let (start, stop, step) = match r.len() {
        1 => (Value::None, r[0].clone(), Value::None),
        2 => (r[0].clone(), r[1].clone(), Value::None),
        _ => (r[0].clone(), r[1].clone(), r[2].clone()),
    };
    Ok(Value::Slice(Rc::new(PySlice { start, stop, step })))
}

// CPython: Objects/sliceobject.c slice_indices
fn slice_indices(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = match args.positional().first() {
        Some(Value::Slice(s)) => s,
        other => return Err(descr_error("indices", "slice", other)),
    };
    let n = one_arg(&args, "slice.indices")?;
    let len = match ops::index(interp, n)? {
        Value::Int(i) => i,
        Value::BigInt(b) => seq::clamp_big(&b),
        _ => 0,
    };
    if len < 0 {
        return Err(value_error("length should not be negative"));
    }
    let si = seq::slice_indices(interp, s, len as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(si.start),
        Value::Int(si.stop),
        Value::Int(si.step),
    ]))
}

// ---------------------------------------------- property, class/staticmethod

fn self_property<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Rc<PyProperty>> {
    match args.positional().first() {
        Some(Value::Property(p)) => Ok(p),
        other => Err(descr_error(name, "property", other)),
    }
}

fn make_property(
    interp: &mut dyn Interp,
    fget: Value,
    fset: Value,
    fdel: Value,
    doc: Value,
) -> PyResult<Value> {
    let doc = if doc.is_none() && !fget.is_none() {
        ops::getattr_opt(interp, &fget, "__doc__")?.unwrap_or(Value::None)
    } else {
        doc
    };
    Ok(Value::Property(Rc::new(PyProperty::new(
        fget, fset, fdel, doc,
    ))))
}

// CPython: Objects/descrobject.c property_init_impl
fn property_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse_args(&args, "property", &["fget", "fset", "fdel", "doc"], 4)?;
    let get = |i: usize| a[i].clone().unwrap_or(Value::None);
    make_property(interp, get(0), get(1), get(2), get(3))
}

/// `getter`/`setter`/`deleter`: a copy with one function replaced.
// CPython: Objects/descrobject.c property_copy
fn property_with(
    interp: &mut dyn Interp,
    args: Args<'_>,
    which: usize,
    name: &str,
) -> PyResult<Value> {
    let p = self_property(&args, name)?;
    let f = one_arg(&args, &format!("property.{name}"))?.clone();
    let (mut fget, mut fset, mut fdel) = (p.fget.clone(), p.fset.clone(), p.fdel.clone());
    match which {
        0 => fget = f,
        1 => fset = f,
        _ => fdel = f,
    }
    // A doc taken from the old getter follows the new getter.
    let doc = if which == 0 {
        Value::None
    } else {
        p.doc.clone()
    };
    make_property(interp, fget, fset, fdel, doc)
}

// CPython: Objects/descrobject.c property_getter
fn property_getter(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    property_with(interp, args, 0, "getter")
}

// CPython: Objects/descrobject.c property_setter
fn property_setter(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    property_with(interp, args, 1, "setter")
}

// CPython: Objects/descrobject.c property_deleter
fn property_deleter(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    property_with(interp, args, 2, "deleter")
}

/// The property's name: the one `__set_name__` gave, else its getter's
/// `__name__`. CPython: Objects/descrobject.c property_name.
pub fn property_name(interp: &mut dyn Interp, p: &PyProperty) -> PyResult<Option<String>> {
    let name = p.name.borrow().clone();
    let name = if name.is_none() && !p.fget.is_none() {
        ops::getattr_opt(interp, &p.fget, "__name__")?.unwrap_or(Value::None)
    } else {
        name
    };
    if name.is_none() {
        return Ok(None);
    }
    ops::repr(interp, &name).map(Some)
}

/// "property 'x' of 'C' object has no setter" (`what` is getter, setter
/// or deleter). CPython: property_descr_get / property_descr_set.
pub fn property_missing(interp: &mut dyn Interp, p: &PyProperty, obj: &Value, what: &str) -> PyErr {
    let qualname = obj.py_type().qualname.borrow().clone();
    match property_name(interp, p) {
        Ok(Some(name)) => ExcKind::AttributeError.new_err(format!(
            "property {name} of '{qualname}' object has no {what}"
        )),
        Ok(None) => ExcKind::AttributeError
            .new_err(format!("property of '{qualname}' object has no {what}")),
        Err(e) => e,
    }
}

/// `property.__set_name__(owner, name)`. CPython: property_set_name.
fn property_set_name(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let p = self_property(&args, "__set_name__")?;
    let r = check_pos(&args, "__set_name__", 2, 2)?;
    *p.name.borrow_mut() = r[1].clone();
    Ok(Value::None)
}

// CPython: Objects/descrobject.c property_descr_get
fn property_get(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let p = self_property(&args, "__get__")?;
    let r = check_pos(&args, "__get__", 1, 2)?;
    if r[0].is_none() {
        return Ok(self_value(&args).clone());
    }
    if p.fget.is_none() {
        return Err(property_missing(interp, p, &r[0], "getter"));
    }
    ops::call0(interp, &p.fget, &r[..1])
}

// CPython: Objects/descrobject.c property_descr_set
fn property_set(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let p = self_property(&args, "__set__")?;
    let r = slot_args(&args, 2)?;
    if p.fset.is_none() {
        return Err(property_missing(interp, p, &r[0], "setter"));
    }
    ops::call0(interp, &p.fset, r)?;
    Ok(Value::None)
}

fn property_delete(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let p = self_property(&args, "__delete__")?;
    let r = slot_args(&args, 1)?;
    if p.fdel.is_none() {
        return Err(property_missing(interp, p, &r[0], "deleter"));
    }
    ops::call0(interp, &p.fdel, r)?;
    Ok(Value::None)
}

/// `(iter, (seq,), position)`: what copy and pickle rebuild a sequence
/// iterator from. CPython: Objects/listobject.c listiter_reduce_general.
fn seq_iterator_reduce(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Iterator(it)) = args.values.first() else {
        return Err(type_error("descriptor '__reduce__' needs an iterator"));
    };
    let iter_fn = interp_builtin(interp, "iter")?;
    Ok(match &*it.state.borrow() {
        IterState::Seq { seq, pos } => Value::tuple(vec![
            iter_fn,
            Value::tuple(vec![seq.clone()]),
            Value::Int(*pos as i64),
        ]),
        // Exhausted: CPython reduces to iter(()) (an empty tuple).
        _ => Value::tuple(vec![iter_fn, Value::tuple(vec![Value::tuple(vec![])])]),
    })
}

/// `it.__setstate__(position)`. CPython: listiter_setstate.
fn seq_iterator_setstate(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__setstate__", 2, 2)?;
    let Value::Iterator(it) = &a[0] else {
        return Err(type_error("descriptor '__setstate__' needs an iterator"));
    };
    let n = ops::index(interp, &a[1])?;
    let Value::Int(n) = n else {
        return Err(ExcKind::OverflowError.new_err("Python int too large to convert to C ssize_t"));
    };
    if let IterState::Seq { pos, .. } = &mut *it.state.borrow_mut() {
        *pos = n.max(0) as usize;
    }
    Ok(Value::None)
}

/// The built-in function `name` (for reduce values such as `iter`).
fn interp_builtin(interp: &mut dyn Interp, name: &str) -> PyResult<Value> {
    let builtins = interp
        .caller_globals()
        .and_then(|g| g.get_str("__builtins__"));
    match builtins {
        Some(Value::Dict(d)) => d
            .get_str(name)
            .ok_or_else(|| ExcKind::NameError.new_err(format!("name '{name}' is not defined"))),
        _ => Err(ExcKind::NameError.new_err(format!("name '{name}' is not defined"))),
    }
}

/// `types.MethodType(function, instance)`. CPython: Objects/classobject.c
/// method_new_impl.
fn method_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("method")?;
    let a = check_pos(&args, "method", 2, 2)?;
    if !ops::callable(&a[0]) {
        return Err(type_error("first argument must be callable"));
    }
    if a[1].is_none() {
        return Err(type_error("instance must not be None"));
    }
    Ok(Value::Method(Rc::new(crate::function::BoundMethod {
        self_value: a[1].clone(),
        func: a[0].clone(),
    })))
}

/// `types.ModuleType(name, doc=None)`. CPython: Objects/moduleobject.c
/// module___init___impl.
fn module_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse_args(&args, "module", &["name", "doc"], 2)?;
    let name = match &a[0] {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            return Err(type_error(format!(
                "module.__init__() argument 'name' must be str, not {}",
                other.type_name()
            )))
        }
        None => {
            return Err(type_error(
                "module.__init__() missing required argument 'name' (pos 1)",
            ))
        }
    };
    let d = Rc::new(crate::dict::PyDict::new());
    d.set_str("__name__", Value::Str(name.clone()));
    d.set_str("__doc__", a[1].clone().unwrap_or(Value::None));
    for k in ["__package__", "__loader__", "__spec__"] {
        d.set_str(k, Value::None);
    }
    Ok(Value::Module(Rc::new(crate::value::PyModule::new(
        name.as_str(),
        d,
    ))))
}

// CPython: Objects/funcobject.c cm_init
fn classmethod_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let r = check_pos(&args, "classmethod", 1, 1)?;
    Ok(Value::ClassMethod(Rc::new(r[0].clone())))
}

// CPython: Objects/funcobject.c sm_init
fn staticmethod_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let r = check_pos(&args, "staticmethod", 1, 1)?;
    Ok(Value::StaticMethod(Rc::new(r[0].clone())))
}

// CPython: Objects/funcobject.c cm_descr_get
fn classmethod_get(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = match args.positional().first() {
        Some(Value::ClassMethod(f)) => f,
        other => return Err(descr_error("__get__", "classmethod", other)),
    };
    let r = check_pos(&args, "__get__", 1, 2)?;
    let cls = match r.get(1) {
        Some(c) if !c.is_none() => c.clone(),
        _ => Value::Type(r[0].py_type()),
    };
    Ok(Value::Method(Rc::new(BoundMethod {
        self_value: cls,
        func: (**f).clone(),
    })))
}

// CPython: Objects/funcobject.c sm_descr_get
fn staticmethod_get(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = match args.positional().first() {
        Some(Value::StaticMethod(f)) => f,
        other => return Err(descr_error("__get__", "staticmethod", other)),
    };
    check_pos(&args, "__get__", 1, 2)?;
    Ok((**f).clone())
}

// CPython: Objects/funcobject.c sm_call
fn staticmethod_call(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = match args.values.first() {
        Some(Value::StaticMethod(f)) => (**f).clone(),
        other => return Err(descr_error("__call__", "staticmethod", other)),
    };
    ops::call(interp, &f, Args::with_kw(&args.values[1..], args.kwnames))
}

// ------------------------------------------------------------------- bytes

/// Encodings known to `bytes(str, encoding)` and `bytes.decode`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Encoding {
    Utf8,
    Ascii,
    Latin1,
}

impl Encoding {
    fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
        }
    }
}

fn lookup_encoding(name: &str) -> PyResult<Encoding> {
    let n = name.to_ascii_lowercase().replace('_', "-");
    Ok(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Encoding::Utf8,
        "ascii" | "us-ascii" | "646" => Encoding::Ascii,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "latin" => {
            Encoding::Latin1
        }
        _ => return Err(ExcKind::LookupError.new_err(format!("unknown encoding: {name}"))),
    })
}

fn str_arg<'a>(v: &'a Value, fname: &str, what: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(type_error(format!(
            "{fname}() argument '{what}' must be str, not {}",
            other.type_name()
        ))),
    }
}

/// `str.encode` for the supported encodings. CPython: Objects/unicodeobject.c.
fn encode(s: &str, enc: Encoding, errors: &str) -> PyResult<Vec<u8>> {
    let limit = match enc {
        Encoding::Utf8 => return Ok(s.as_bytes().to_vec()),
        Encoding::Ascii => 128u32,
        Encoding::Latin1 => 256u32,
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            _ => {
                return Err(ExcKind::UnicodeEncodeError.new_err(format!(
                "'{}' codec can't encode character '{}' in position {}: ordinal not in range({})",
                enc.name(),
                escape_char(c),
                i,
                limit
            )))
            }
        }
    }
    Ok(out)
}

fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// `bytes.decode` for the supported encodings.
fn decode(data: &[u8], enc: Encoding, errors: &str) -> PyResult<String> {
    match enc {
        Encoding::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Encoding::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    out.push(b as char);
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    _ => {
                        return Err(ExcKind::UnicodeDecodeError.new_err(format!(
                            "'ascii' codec can't decode byte 0x{b:02x} in position {i}: ordinal not in range(128)"
                        )))
                    }
                }
            }
            Ok(out)
        }
        Encoding::Utf8 => match std::str::from_utf8(data) {
            Ok(s) => Ok(s.to_string()),
            Err(_) if errors == "replace" => Ok(String::from_utf8_lossy(data).into_owned()),
            Err(_) if errors == "ignore" => {
                let mut out = String::new();
                let mut rest = data;
                while !rest.is_empty() {
                    match std::str::from_utf8(rest) {
                        Ok(s) => {
                            out.push_str(s);
                            break;
                        }
                        Err(e) => {
                            let ok = e.valid_up_to();
                            out.push_str(std::str::from_utf8(&rest[..ok]).unwrap_or(""));
                            rest = &rest[ok + e.error_len().unwrap_or(rest.len() - ok)..];
                        }
                    }
                }
                Ok(out)
            }
            Err(e) => {
                let pos = e.valid_up_to();
                let b = data[pos];
                let msg = match e.error_len() {
                    None if data.len() - pos > 1 => format!(
                        "'utf-8' codec can't decode bytes in position {}-{}: unexpected end of data",
                        pos,
                        data.len() - 1
                    ),
                    None => format!(
                        "'utf-8' codec can't decode byte 0x{b:02x} in position {pos}: unexpected end of data"
                    ),
                    Some(_) => {
                        let reason = if (0x80..0xc2).contains(&b) || b >= 0xf5 {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        format!("'utf-8' codec can't decode byte 0x{b:02x} in position {pos}: {reason}")
                    }
                };
                Err(ExcKind::UnicodeDecodeError.new_err(msg))
            }
        },
    }
}

fn new_bytes(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes { data }))
}

/// `s.encode(encoding, errors)` for the constructors `fname(s, encoding,
/// errors)` of bytes and bytearray.
// CPython: Objects/unicodeobject.c PyUnicode_AsEncodedString
pub(crate) fn encode_with_args(
    fname: &str,
    s: &str,
    encoding: &Value,
    errors: Option<&Value>,
) -> PyResult<Vec<u8>> {
    let enc = lookup_encoding(str_arg(encoding, fname, "encoding")?)?;
    let errors = match errors {
        Some(e) => str_arg(e, fname, "errors")?,
        None => "strict",
    };
    encode(s, enc, errors)
}

// CPython: Objects/bytesobject.c bytes_new_impl
fn bytes_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let v = bytes_new_value(interp, args)?;
    Ok(crate::object::new_for(&cls, v))
}

fn bytes_new_value(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse_args(&args, "bytes", &["source", "encoding", "errors"], 3)?;
    let Some(src) = &a[0] else {
        if a[1].is_some() || a[2].is_some() {
            return Err(type_error(if a[1].is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(new_bytes(Vec::new()));
    };
    if let Value::Str(s) = src {
        let Some(enc) = &a[1] else {
            return Err(type_error("string argument without an encoding"));
        };
        return Ok(new_bytes(encode_with_args(
            "bytes",
            s.as_str(),
            enc,
            a[2].as_ref(),
        )?));
    }
    if a[1].is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if a[2].is_some() {
        return Err(type_error("errors without a string argument"));
    }
    match src {
        Value::Bytes(_) => return Ok(src.clone()),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            return match crate::int::to_i64(src) {
                Some(n) if n < 0 => Err(value_error("negative count")),
                Some(n) if n <= (1 << 40) => {
                    let mut data = crate::seq::try_vec(n as usize)?;
                    data.resize(n as usize, 0);
                    Ok(new_bytes(data))
                }
                _ => {
                    Err(ExcKind::OverflowError
                        .new_err("cannot fit 'int' into an index-sized integer"))
                }
            };
        }
        _ => {}
    }
    if let Some(r) = ops::call_dunder(interp, src, "__bytes__", &[])? {
        return match r {
            Value::Bytes(_) => Ok(r),
            other => Err(type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                other.type_name()
            ))),
        };
    }
    if let Some(b) = crate::bytes_methods::bytes_like(src) {
        return Ok(new_bytes(b.to_vec()));
    }
    if src.py_type().lookup("__index__").is_some() {
        let n = ops::index(interp, src)?;
        return match crate::int::to_i64(&n) {
            Some(n) if n < 0 => Err(value_error("negative count")),
            Some(n) if n <= (1 << 40) => Ok(new_bytes(vec![0; n as usize])),
            _ => {
                Err(ExcKind::OverflowError.new_err("cannot fit 'int' into an index-sized integer"))
            }
        };
    }
    match ops::get_iter(interp, src) {
        Ok(_) => Ok(new_bytes(bytes_from_iterable(interp, src)?)),
        Err(e) if e.matches(ExcKind::TypeError) => Err(type_error(format!(
            "cannot convert '{}' object to bytes",
            src.type_name()
        ))),
        Err(e) => Err(e),
    }
}

/// `decode(encoding='utf-8', errors='strict')` of bytes and bytearray
/// (the method itself is in bytes_methods.rs).
// CPython: Objects/bytesobject.c bytes_decode_impl
pub(crate) fn decode_with_args(args: &Args<'_>, data: &[u8]) -> PyResult<String> {
    let a = parse_args(args, "decode", &["encoding", "errors"], 2)?;
    let enc = match &a[0] {
        Some(e) => lookup_encoding(str_arg(e, "decode", "encoding")?)?,
        None => Encoding::Utf8,
    };
    let errors = match &a[1] {
        Some(e) => str_arg(e, "decode", "errors")?,
        None => "strict",
    };
    decode(data, enc, errors)
}

// CPython: Objects/bytesobject.c bytes_concat
fn bytes_add(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let b = self_bytes(&args, "__add__")?;
    let o = &slot_args(&args, 1)?[0];
    match crate::bytes_methods::concat(&b.data, o) {
        Some(r) => r,
        None => Err(crate::bytes_methods::concat_error(o)),
    }
}

const BYTES_METHODS: Natives = &[
    ("__len__", value_len),
    ("__getitem__", value_getitem),
    ("__iter__", value_iter),
    ("__add__", bytes_add),
    ("__mul__", seq_mul),
    ("__rmul__", seq_mul),
    ("__hash__", value_hash),
    ("__repr__", value_repr),
];

// ------------------------------------------------------------ registration

pub fn register() {
    let t = types();

    let l = &t.list_type;
    l.add_static("__new__", list_new);
    l.add_method("__init__", list_init);
    register_all(l, LIST_METHODS);
    register_all(l, COMPARISONS);
    l.dict.set_str("__hash__", Value::None);

    let tu = &t.tuple_type;
    tu.add_static("__new__", tuple_new);
    register_all(tu, TUPLE_METHODS);
    register_all(tu, COMPARISONS);

    let d = &t.dict_type;
    d.add_static("__new__", dict_new);
    d.add_method("__init__", dict_init);
    register_all(d, DICT_METHODS);
    d.add_classmethod("fromkeys", dict_fromkeys);
    d.dict.set_str("__hash__", Value::None);

    for kind in [
        IterKind::DictKeys,
        IterKind::DictValues,
        IterKind::DictItems,
    ] {
        register_all(t.iterator_types.get(kind), VIEW_METHODS);
    }
    for kind in [
        IterKind::ListIter,
        IterKind::TupleIter,
        IterKind::StrIter,
        IterKind::StrUnicodeIter,
        IterKind::BytesIter,
        IterKind::ByteArrayIter,
        IterKind::RangeIter,
        IterKind::DictKeyIter,
        IterKind::DictValueIter,
        IterKind::DictItemIter,
        IterKind::SetIter,
        IterKind::Enumerate,
        IterKind::Zip,
        IterKind::Map,
        IterKind::Filter,
        IterKind::Reversed,
        IterKind::CallableIter,
        IterKind::SeqIter,
    ] {
        let ty = t.iterator_types.get(kind);
        ty.add_method("__iter__", iterator_iter);
        ty.add_method("__next__", iterator_next);
    }
    for kind in [
        IterKind::ListIter,
        IterKind::TupleIter,
        IterKind::SeqIter,
        IterKind::ByteArrayIter,
    ] {
        let ty = t.iterator_types.get(kind);
        ty.add_method("__reduce__", seq_iterator_reduce);
        ty.add_method("__setstate__", seq_iterator_setstate);
    }
    for kind in [IterKind::DictKeys, IterKind::DictItems] {
        t.iterator_types
            .get(kind)
            .add_method("isdisjoint", view_isdisjoint);
        t.iterator_types
            .get(kind)
            .add_method("__contains__", view_contains);
    }

    let s = &t.set_type;
    s.add_static("__new__", set_new);
    s.add_method("__init__", set_init);
    register_all(s, FROZENSET_METHODS);
    register_all(s, SET_ONLY_METHODS);
    register_all(s, COMPARISONS);
    s.dict.set_str("__hash__", Value::None);

    let fs = &t.frozenset_type;
    fs.add_static("__new__", frozenset_new);
    register_all(fs, FROZENSET_METHODS);
    register_all(fs, COMPARISONS);
    fs.add_method("__hash__", value_hash);

    let r = &t.range_type;
    r.add_static("__new__", range_new);
    register_all(r, RANGE_METHODS);

    let sl = &t.slice_type;
    sl.add_static("__new__", slice_new);
    sl.add_method("indices", slice_indices);
    sl.add_method("__repr__", value_repr);
    sl.dict.set_str("__hash__", Value::None);

    let p = &t.property_type;
    p.add_static("__new__", property_new);
    p.add_method("getter", property_getter);
    p.add_method("__set_name__", property_set_name);
    p.add_method("setter", property_setter);
    p.add_method("deleter", property_deleter);
    p.add_method("__get__", property_get);
    p.add_method("__set__", property_set);
    p.add_method("__delete__", property_delete);

    let cm = &t.classmethod_type;
    cm.add_static("__new__", classmethod_new);
    cm.add_method("__get__", classmethod_get);
    let sm = &t.staticmethod_type;
    sm.add_static("__new__", staticmethod_new);
    sm.add_method("__get__", staticmethod_get);
    sm.add_method("__call__", staticmethod_call);
    t.method_type.add_static("__new__", method_new);
    t.module_type.add_static("__new__", module_new);

    let b = &t.bytes_type;
    b.add_static("__new__", bytes_new);
    register_all(b, BYTES_METHODS);
    register_all(b, COMPARISONS);
    crate::bytes_methods::register::<crate::bytes_methods::BytesKind>(b);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sort_with(keys: &[i32]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..keys.len()).collect();
        let mut lt = |i: usize, j: usize| -> PyResult<bool> { Ok(keys[i] < keys[j]) };
        timsort_indices(&mut order, &mut lt).unwrap();
        order
    }

    #[test]
    fn timsort_is_stable_and_sorted() {
        let keys: Vec<i32> = (0..500).map(|i| i * 7919 % 37).collect();
        let order = sort_with(&keys);
        for w in order.windows(2) {
            assert!(keys[w[0]] < keys[w[1]] || (keys[w[0]] == keys[w[1]] && w[0] < w[1]));
        }
        assert_eq!(sort_with(&[3, 1, 2]), vec![1, 2, 0]);
        assert_eq!(sort_with(&[5, 4, 3, 2, 1]), vec![4, 3, 2, 1, 0]);
    }

    #[test]
    fn codecs() {
        assert_eq!(lookup_encoding("UTF_8").unwrap(), Encoding::Utf8);
        assert_eq!(encode("é", Encoding::Latin1, "strict").unwrap(), vec![0xe9]);
        assert_eq!(
            decode(&[0x61, 0xe9], Encoding::Latin1, "strict").unwrap(),
            "aé"
        );
        assert_eq!(decode(b"ab", Encoding::Utf8, "strict").unwrap(), "ab");
    }
}
