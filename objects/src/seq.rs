//! Sequence and set operations shared by the protocol layer: indexing and
//! slicing of list/tuple/bytes/range, lexicographic comparison, repetition,
//! tuple and frozenset hashing, set algebra. CPython: Objects/listobject.c,
//! Objects/tupleobject.c, Objects/rangeobject.c, Objects/setobject.c,
//! Objects/sliceobject.c.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::code::{BinOp, CmpOp};
use crate::dict::{PyDict, PySet};
use crate::exceptions::{index_error, type_error, value_error, ExcKind, PyErr};
use crate::interp::Interp;
use crate::ops;
use crate::value::{PyBytes, PyList, PyRange, PyResult, PySlice, PyTuple, Value};

/// A resolved slice: start, stop, step and the number of items.
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

fn slice_part(interp: &mut dyn Interp, v: &Value) -> PyResult<Option<i128>> {
    use num_traits::ToPrimitive;
    if v.is_none() {
        return Ok(None);
    }
    let bad = || type_error("slice indices must be integers or None or have an __index__ method");
    match ops::index(interp, v).map_err(|_| bad())? {
        Value::Int(i) => Ok(Some(i as i128)),
        Value::BigInt(b) => Ok(Some(b.to_i128().unwrap_or(if b.is_negative() {
            i128::MIN / 4
        } else {
            i128::MAX / 4
        }))),
        _ => Err(bad()),
    }
}

/// A slice resolved against a length of any size: start, stop, step, count.
/// CPython: PySlice_Unpack + PySlice_AdjustIndices.
pub fn slice_indices_wide(
    interp: &mut dyn Interp,
    s: &PySlice,
    len: i128,
) -> PyResult<(i128, i128, i128, i128)> {
    let step = slice_part(interp, &s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i128>, default: i128| -> i128 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < lower {
                        x = lower;
                    }
                } else if x > upper {
                    x = upper;
                }
                x
            }
        }
    };
    let start = clamp(
        slice_part(interp, &s.start)?,
        if step < 0 { upper } else { lower },
    );
    let stop = clamp(
        slice_part(interp, &s.stop)?,
        if step < 0 { lower } else { upper },
    );
    // Counted in u128: `step` may be i128::MIN and spans may exceed i128.
    let n: u128 = if step > 0 {
        if stop > start {
            (stop.wrapping_sub(start) as u128 - 1) / step.unsigned_abs() + 1
        } else {
            0
        }
    } else if start > stop {
        (start.wrapping_sub(stop) as u128 - 1) / step.unsigned_abs() + 1
    } else {
        0
    };
    Ok((start, stop, step, n.min(i128::MAX as u128) as i128))
}

/// Resolve a slice against a length. CPython: PySlice_GetIndicesEx.
pub fn slice_indices(interp: &mut dyn Interp, s: &PySlice, len: usize) -> PyResult<SliceIndices> {
    let (start, stop, step, n) = slice_indices_wide(interp, s, len as i128)?;
    Ok(SliceIndices {
        start: start as i64,
        stop: stop as i64,
        // Steps beyond a sequence's length all behave alike.
        step: step.clamp(-(i64::MAX as i128), i64::MAX as i128) as i64,
        len: n as usize,
    })
}

/// Normalize an index for a sequence of `len`; `None` when out of range.
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        None
    } else {
        Some(i as usize)
    }
}

/// An index argument as i64 (big values saturate and so fall out of range).
pub fn index_value(interp: &mut dyn Interp, key: &Value, what: &str) -> PyResult<i64> {
    match key {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
        Value::Instance(_) | Value::Object(_) if key.py_type().lookup("__index__").is_some() => {
            match ops::index(interp, key)? {
                Value::Int(i) => Ok(i),
                Value::BigInt(b) if b.is_negative() => Ok(i64::MIN),
                _ => Ok(i64::MAX),
            }
        }
        // CPython 3.14 words str's message differently.
        _ if what == "string" => Err(type_error(format!(
            "string indices must be integers, not '{}'",
            key.type_name()
        ))),
        _ => Err(type_error(format!(
            "{what} indices must be integers or slices, not {}",
            key.type_name()
        ))),
    }
}

pub fn list_getitem(interp: &mut dyn Interp, l: &PyList, key: &Value) -> PyResult<Value> {
    if let Value::Slice(s) = key {
        let items = l.items.borrow().clone();
        let si = slice_indices(interp, s, items.len())?;
        return Ok(Value::list(
            si.indices().map(|i| items[i].clone()).collect(),
        ));
    }
    let i = index_value(interp, key, "list")?;
    let items = l.items.borrow();
    match norm_index(i, items.len()) {
        Some(i) => Ok(items[i].clone()),
        None => Err(index_error("list index out of range")),
    }
}

pub fn tuple_getitem(interp: &mut dyn Interp, t: &PyTuple, key: &Value) -> PyResult<Value> {
    if let Value::Slice(s) = key {
        let si = slice_indices(interp, s, t.items.len())?;
        return Ok(Value::tuple(
            si.indices().map(|i| t.items[i].clone()).collect(),
        ));
    }
    let i = index_value(interp, key, "tuple")?;
    match norm_index(i, t.items.len()) {
        Some(i) => Ok(t.items[i].clone()),
        None => Err(index_error("tuple index out of range")),
    }
}

pub fn bytes_getitem(interp: &mut dyn Interp, b: &PyBytes, key: &Value) -> PyResult<Value> {
    if let Value::Slice(s) = key {
        let si = slice_indices(interp, s, b.data.len())?;
        let data = si.indices().map(|i| b.data[i]).collect();
        return Ok(Value::Bytes(Rc::new(PyBytes { data })));
    }
    let i = index_value(interp, key, "byte")?;
    match norm_index(i, b.data.len()) {
        Some(i) => Ok(Value::Int(b.data[i] as i64)),
        None => Err(index_error("index out of range")),
    }
}

pub fn range_getitem(interp: &mut dyn Interp, r: &PyRange, key: &Value) -> PyResult<Value> {
    use num_traits::ToPrimitive;
    let len = r.len();
    if let Value::Slice(s) = key {
        let (start, stop, step, _) = slice_indices_wide(interp, s, len)?;
        // CPython: Objects/rangeobject.c compute_slice.
        let too_big =
            || ExcKind::OverflowError.new_err("Python int too large to convert to C ssize_t");
        let start = start
            .checked_mul(r.step)
            .and_then(|x| x.checked_add(r.start))
            .ok_or_else(too_big)?;
        let stop = stop
            .checked_mul(r.step)
            .and_then(|x| x.checked_add(r.start))
            .ok_or_else(too_big)?;
        let step = r.step.checked_mul(step).ok_or_else(too_big)?;
        return Ok(Value::Range(Rc::new(PyRange { start, stop, step })));
    }
    let i: i128 = match key {
        Value::Int(i) => *i as i128,
        Value::Bool(b) => *b as i128,
        Value::BigInt(b) => b.to_i128().unwrap_or(i128::MAX),
        _ => match ops::index(interp, key) {
            Ok(Value::Int(i)) => i as i128,
            Ok(Value::BigInt(b)) => b.to_i128().unwrap_or(i128::MAX),
            _ => {
                return Err(type_error(format!(
                    "range indices must be integers or slices, not {}",
                    key.type_name()
                )))
            }
        },
    };
    // Positions are u128: a range may hold more than i128::MAX items.
    let len = r.len_exact();
    let pos = if i >= 0 {
        Some(i as u128).filter(|&p| p < len)
    } else {
        len.checked_sub(i.unsigned_abs())
    };
    match pos {
        Some(p) => Ok(Value::from_i128(r.get(p as i128))),
        None => Err(index_error("range object index out of range")),
    }
}

pub fn range_contains(interp: &mut dyn Interp, r: &PyRange, item: &Value) -> PyResult<bool> {
    use num_traits::ToPrimitive;
    let x = match item {
        Value::Int(i) => *i as i128,
        Value::Bool(b) => *b as i128,
        Value::BigInt(b) => match b.to_i128() {
            Some(x) => x,
            None => return Ok(false),
        },
        _ => {
            let n = r.len();
            let mut i = 0;
            while i < n {
                if ops::eq(interp, &Value::from_i128(r.get(i)), item)? {
                    return Ok(true);
                }
                i += 1;
            }
            return Ok(false);
        }
    };
    Ok(r.index_of(x).is_some())
}

pub fn list_setitem(
    interp: &mut dyn Interp,
    l: &PyList,
    key: &Value,
    value: Value,
) -> PyResult<()> {
    if let Value::Slice(s) = key {
        let new_items = match crate::iter::collect(interp, &value) {
            Ok(items) => items,
            Err(e) if e.matches(ExcKind::TypeError) => {
                return Err(type_error("must assign iterable to extended slice"))
            }
            Err(e) => return Err(e),
        };
        let len = l.items.borrow().len();
        let si = slice_indices(interp, s, len)?;
        let mut items = l.items.borrow_mut();
        if si.step == 1 {
            let start = si.start as usize;
            let stop = (si.stop.max(si.start)) as usize;
            items.splice(start..stop, new_items);
            return Ok(());
        }
        if new_items.len() != si.len {
            return Err(value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                si.len
            )));
        }
        let idx: Vec<usize> = si.indices().collect();
        for (i, v) in idx.into_iter().zip(new_items) {
            items[i] = v;
        }
        return Ok(());
    }
    let i = index_value(interp, key, "list")?;
    let mut items = l.items.borrow_mut();
    match norm_index(i, items.len()) {
        Some(i) => {
            items[i] = value;
            Ok(())
        }
        None => Err(index_error("list assignment index out of range")),
    }
}

pub fn list_delitem(interp: &mut dyn Interp, l: &PyList, key: &Value) -> PyResult<()> {
    if let Value::Slice(s) = key {
        let len = l.items.borrow().len();
        let si = slice_indices(interp, s, len)?;
        let mut remove: Vec<usize> = si.indices().collect();
        remove.sort_unstable();
        let mut items = l.items.borrow_mut();
        let mut k = 0;
        let mut idx = 0;
        items.retain(|_| {
            let keep = !(k < remove.len() && remove[k] == idx);
            if !keep {
                k += 1;
            }
            idx += 1;
            keep
        });
        return Ok(());
    }
    let i = index_value(interp, key, "list")?;
    let mut items = l.items.borrow_mut();
    match norm_index(i, items.len()) {
        Some(i) => {
            items.remove(i);
            Ok(())
        }
        None => Err(index_error("list assignment index out of range")),
    }
}

/// Lexicographic comparison of two sequences. CPython: list_richcompare.
pub fn compare_sequences(
    interp: &mut dyn Interp,
    a: &[Value],
    b: &[Value],
    op: CmpOp,
) -> PyResult<bool> {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && a.len() != b.len() {
        return Ok(op == CmpOp::Ne);
    }
    for (x, y) in a.iter().zip(b) {
        if !ops::eq(interp, x, y)? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => ops::compare_bool(interp, x, y, op),
            };
        }
    }
    Ok(op.from_ordering(a.len().cmp(&b.len())))
}

pub fn dict_eq(interp: &mut dyn Interp, a: &PyDict, b: &PyDict) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (k, v) in a.items() {
        match b.get_item(interp, &k)? {
            Some(bv) => {
                if !ops::eq(interp, &v, &bv)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn is_subset(interp: &mut dyn Interp, a: &PySet, b: &PySet) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for x in a.items() {
        if !b.contains(interp, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn set_compare(interp: &mut dyn Interp, a: &PySet, b: &PySet, op: CmpOp) -> PyResult<bool> {
    Ok(match op {
        CmpOp::Eq => a.len() == b.len() && is_subset(interp, a, b)?,
        CmpOp::Ne => !(a.len() == b.len() && is_subset(interp, a, b)?),
        CmpOp::Le => is_subset(interp, a, b)?,
        CmpOp::Lt => a.len() < b.len() && is_subset(interp, a, b)?,
        CmpOp::Ge => is_subset(interp, b, a)?,
        CmpOp::Gt => a.len() > b.len() && is_subset(interp, b, a)?,
    })
}

/// A new set holding `items`.
pub fn set_from(interp: &mut dyn Interp, items: Vec<Value>) -> PyResult<PySet> {
    let s = PySet::new();
    for x in items {
        s.add(interp, x.clone())
            .map_err(|e| ops::unhashable_context(e, &x, "a set element"))?;
    }
    Ok(s)
}

/// `|`, `&`, `-`, `^` on sets; the result has the type of the left operand.
/// `|`, `&`, `-`, `^` on sets, with CPython's algorithms so results
/// iterate in CPython's order; the result has the type of the left
/// operand. CPython: set_or, set_intersection, set_difference,
/// set_symmetric_difference.
pub fn set_binop(
    interp: &mut dyn Interp,
    left: &Value,
    a: &PySet,
    b: &PySet,
    op: BinOp,
) -> PyResult<Option<Value>> {
    use crate::set_table;
    let out = match op {
        BinOp::Or => {
            let out = a.copy();
            let other = b.table.borrow().copy();
            set_table::merge(&out.table, interp, &other)?;
            out
        }
        BinOp::And => {
            let (small, big) = if b.len() > a.len() { (a, b) } else { (b, a) };
            let out = PySet::new();
            for (key, hash) in set_table::entries(&small.table) {
                if set_table::contains(&big.table, interp, &key, hash)? {
                    set_table::add(&out.table, interp, key, hash)?;
                }
            }
            out
        }
        BinOp::Sub => {
            if (a.len() >> 2) > b.len() {
                let out = a.copy();
                for (key, hash) in set_table::entries(&b.table) {
                    set_table::discard(&out.table, interp, &key, hash)?;
                }
                out
            } else {
                let out = PySet::new();
                for (key, hash) in set_table::entries(&a.table) {
                    if !set_table::contains(&b.table, interp, &key, hash)? {
                        set_table::add(&out.table, interp, key, hash)?;
                    }
                }
                out
            }
        }
        BinOp::Xor => {
            let out = b.copy();
            for (key, hash) in set_table::entries(&a.table) {
                if !set_table::discard(&out.table, interp, &key, hash)? {
                    set_table::add(&out.table, interp, key, hash)?;
                }
            }
            out
        }
        _ => return Ok(None),
    };
    Ok(Some(match left {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(out)),
        _ => Value::Set(Rc::new(out)),
    }))
}

/// The MemoryError of an allocation that cannot be satisfied.
pub fn memory_error() -> crate::exceptions::PyErr {
    PyErr::new(ExcKind::MemoryError.get(), vec![])
}

/// A vector with room for `n` items, or MemoryError (never an abort).
pub fn try_vec<T>(n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(v)
}

/// `items * n` as a vector. CPython: list_repeat / tuple_repeat.
pub fn repeat_items(items: &[Value], n: i64) -> PyResult<Vec<Value>> {
    let n = n.max(0) as usize;
    if items.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    let total = items
        .len()
        .checked_mul(n)
        .filter(|&t| t <= isize::MAX as usize)
        .ok_or_else(memory_error)?;
    let mut out = try_vec(total)?;
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    Ok(out)
}

/// `seq * n`. CPython: unicode_repeat, bytes_repeat, list_repeat, tuple_repeat.
pub fn repeat(v: &Value, n: i64) -> PyResult<Value> {
    let count = n.max(0) as usize;
    let total = |len: usize| len.checked_mul(count).filter(|&t| t <= isize::MAX as usize);
    Ok(match v {
        Value::Str(s) => {
            let text = s.as_str();
            let Some(size) = total(text.len()) else {
                return Err(ExcKind::OverflowError.new_err("repeated string is too long"));
            };
            let mut out = String::new();
            out.try_reserve_exact(size).map_err(|_| memory_error())?;
            for _ in 0..count {
                out.push_str(text);
            }
            Value::string(out)
        }
        Value::Bytes(b) => {
            let Some(size) = total(b.data.len()) else {
                return Err(ExcKind::OverflowError.new_err("repeated bytes are too long"));
            };
            let mut data = try_vec(size)?;
            for _ in 0..count {
                data.extend_from_slice(&b.data);
            }
            Value::Bytes(Rc::new(PyBytes { data }))
        }
        Value::List(l) => {
            let items = l.items.borrow().clone();
            Value::list(repeat_items(&items, n)?)
        }
        Value::Tuple(t) => Value::tuple(repeat_items(&t.items, n)?),
        _ => return Err(type_error("can't multiply")),
    })
}

/// CPython's tuple hash (xxHash-based). CPython: tuplehash.
pub fn tuple_hash(hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// CPython's frozenset hash. CPython: frozenset_hash.
pub fn frozenset_hash(hashes: &[i64]) -> i64 {
    let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    let mut hash: u64 = 0;
    for &h in hashes {
        hash ^= shuffle(h as u64);
    }
    hash ^= (hashes.len() as u64)
        .wrapping_add(1)
        .wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

/// Clamp a big int to an i64 for counts (saturating).
pub fn clamp_big(b: &BigInt) -> i64 {
    b.to_i64()
        .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX })
}
