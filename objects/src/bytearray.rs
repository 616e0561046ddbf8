//! `bytearray`: the mutable byte sequence, a native object
//! (`Value::Object(Rc<PyByteArray>)`) holding a `RefCell<Vec<u8>>`, with
//! its own type object that Python classes may subclass.
//!
//! Here live the value type, construction (`__new__` makes an empty
//! object, `__init__` fills it, as in CPython), indexing and slice
//! assignment (extended slices included), the mutating methods (`append`,
//! `extend`, `insert`, `pop`, `remove`, `clear`, `reverse`, `resize`,
//! `+=`, `*=`), concatenation, repetition, comparison, repr and pickling
//! support. The methods bytearray shares with bytes (`find`, `split`,
//! `upper`, `hex`, `%`, ...) are registered from bytes_methods.rs.
//!
//! Every change of length goes through [`PyByteArray::change_len`], which
//! keeps CPython's allocation bookkeeping (`ob_alloc` and the logical start
//! `ob_start`) so that `__alloc__` answers as CPython does; the memory
//! itself is the `Vec`'s. A borrowed buffer (a bytes-like argument being
//! read) makes resizing a BufferError, like CPython's buffer exports.
//! CPython: Objects/bytearrayobject.c.

use std::any::Any;
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::rc::Rc;

use crate::bytes_methods::{bytes_like, pos_only, to_ssize, ByteArrayKind};
use crate::code::CmpOp;
use crate::dict::PyDict;
use crate::exceptions::{index_error, type_error, value_error, ExcKind, PyErr};
use crate::function::Args;
use crate::interp::Interp;
use crate::iter::{IterKind, IterState, PyIterator};
use crate::num_methods::{no_args, one_arg, parse_args, slot_args};
use crate::ops;
use crate::seq::{memory_error, slice_indices, SliceIndices};
use crate::types::{types, Layout, PyType};
use crate::value::{downcast_object, NativeObject, PyBytes, PyResult, Value};

/// `sizeof(PyByteArrayObject)` on 64-bit CPython, for `__sizeof__`.
const BASIC_SIZE: usize = 56;

/// A `bytearray`. Instances of Python subclasses record their class and
/// carry an instance dict.
pub struct PyByteArray {
    data: RefCell<Vec<u8>>,
    alloc: Cell<Alloc>,
    class: Option<Rc<PyType>>,
    dict: Option<Rc<PyDict>>,
}

thread_local! {
    static BYTEARRAY_TYPE: Rc<PyType> = make_type();
}

impl NativeObject for PyByteArray {
    fn py_type(&self) -> Rc<PyType> {
        match &self.class {
            Some(c) => c.clone(),
            None => bytearray_type(),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn instance_dict(&self) -> Option<&Rc<PyDict>> {
        self.dict.as_ref()
    }
}

/// The `bytearray` type object.
pub fn bytearray_type() -> Rc<PyType> {
    BYTEARRAY_TYPE.with(|t| t.clone())
}

/// A new exact bytearray holding `data`.
// CPython: Objects/bytearrayobject.c PyByteArray_FromStringAndSize
pub fn new(data: Vec<u8>) -> Value {
    Value::object(Rc::new(PyByteArray::from_vec(data)))
}

/// The bytearray behind `v` (of any subclass).
pub fn downcast(v: &Value) -> Option<Rc<PyByteArray>> {
    downcast_object::<PyByteArray>(v)
}

/// Whether `v` is a bytearray (of any subclass).
pub fn is_bytearray(v: &Value) -> bool {
    as_bytearray(v).is_some()
}

fn as_bytearray(v: &Value) -> Option<&PyByteArray> {
    match v {
        Value::Object(o) => o.as_any().downcast_ref::<PyByteArray>(),
        _ => None,
    }
}

/// The bytes of a bytearray, lent for reading (bytes_methods.rs's
/// `bytes_like` goes through here).
pub fn buffer(v: &Value) -> Option<Ref<'_, Vec<u8>>> {
    as_bytearray(v)?.data.try_borrow().ok()
}

/// Item `i` of a bytearray, for its iterator (which reads by index, so it
/// sees the changes made while iterating).
// CPython: Objects/bytearrayobject.c bytearrayiter_next
pub fn byte_at(v: &Value, i: usize) -> Option<Value> {
    let b = buffer(v)?;
    b.get(i).map(|&c| Value::Int(c as i64))
}

/// An exact bytearray (subclasses may override its methods).
fn exact(v: &Value) -> Option<&PyByteArray> {
    as_bytearray(v).filter(|b| b.class.is_none())
}

/// `b[i]` for an exact bytearray and an int `i`, without method dispatch;
/// `None` leaves it to the general path.
// CPython: Objects/bytearrayobject.c bytearray_subscript (the index case)
pub fn fast_getitem(obj: &Value, key: &Value) -> Option<PyResult<Value>> {
    let Value::Int(i) = key else {
        return None;
    };
    let d = exact(obj)?.data.try_borrow().ok()?;
    Some(match crate::seq::norm_index(*i, d.len()) {
        Some(i) => Ok(Value::Int(d[i] as i64)),
        None => Err(index_error("bytearray index out of range")),
    })
}

/// `b[i] = v` for an exact bytearray and ints, without method dispatch;
/// `None` leaves it to the general path.
// CPython: Objects/bytearrayobject.c bytearray_ass_subscript (the index case)
pub fn fast_setitem(obj: &Value, key: &Value, value: &Value) -> Option<PyResult<()>> {
    let (Value::Int(i), Value::Int(v)) = (key, value) else {
        return None;
    };
    let mut d = exact(obj)?.data.try_borrow_mut().ok()?;
    if !(0..256).contains(v) {
        return Some(Err(value_error("byte must be in range(0, 256)")));
    }
    Some(match crate::seq::norm_index(*i, d.len()) {
        Some(i) => {
            d[i] = *v as u8;
            Ok(())
        }
        None => Err(index_error("bytearray index out of range")),
    })
}

// ------------------------------------------------------------ allocation

/// CPython's allocation bookkeeping: `ob_alloc` and the logical start
/// `ob_start - ob_bytes`. Only `__alloc__` and `__sizeof__` read it.
#[derive(Clone, Copy, Default, Debug, PartialEq)]
struct Alloc {
    alloc: usize,
    offset: usize,
}

impl Alloc {
    /// The allocation of a new bytearray of `size` bytes.
    // CPython: Objects/bytearrayobject.c PyByteArray_FromStringAndSize
    fn for_size(size: usize) -> Alloc {
        Alloc {
            alloc: if size == 0 { 0 } else { size + 1 },
            offset: 0,
        }
    }

    /// The length changes from `old` to `size`.
    // CPython: Objects/bytearrayobject.c bytearray_resize_lock_held
    fn resize(&mut self, old: usize, size: usize) -> PyResult<()> {
        if size == old {
            return Ok(());
        }
        let fits = size
            .checked_add(self.offset + 1)
            .is_some_and(|need| need <= self.alloc);
        let alloc = if fits {
            if size >= self.alloc / 2 {
                // Minor downsize: CPython keeps the block.
                return Ok(());
            }
            size + 1
        } else if (size as f64) <= self.alloc as f64 * 1.125 {
            size.saturating_add((size >> 3) + if size < 9 { 3 } else { 6 })
        } else {
            size.saturating_add(1)
        };
        if alloc > isize::MAX as usize {
            return Err(memory_error());
        }
        *self = Alloc { alloc, offset: 0 };
        Ok(())
    }
}

// --------------------------------------------------------------- editing

/// The error for resizing a bytearray whose buffer is lent out.
// CPython: Objects/bytearrayobject.c _canresize
fn exports_error() -> PyErr {
    ExcKind::BufferError.new_err("Existing exports of data: object cannot be re-sized")
}

impl PyByteArray {
    fn from_vec(data: Vec<u8>) -> PyByteArray {
        PyByteArray {
            alloc: Cell::new(Alloc::for_size(data.len())),
            data: RefCell::new(data),
            class: None,
            dict: None,
        }
    }

    /// The bytes, for reading.
    pub fn bytes(&self) -> Ref<'_, Vec<u8>> {
        self.data.borrow()
    }

    pub fn len(&self) -> usize {
        self.data.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The bytes, for writing in place.
    fn edit(&self) -> PyResult<RefMut<'_, Vec<u8>>> {
        self.data.try_borrow_mut().map_err(|_| exports_error())
    }

    /// Change the length to `new_len` through `edit`, after moving the
    /// logical start `advance` bytes forward (CPython's cheap deletion at
    /// the front), keeping the allocation bookkeeping.
    fn change_len(
        &self,
        new_len: usize,
        advance: usize,
        edit: impl FnOnce(&mut Vec<u8>),
    ) -> PyResult<()> {
        let mut d = self.edit()?;
        let mut a = self.alloc.get();
        a.offset += advance;
        a.resize(d.len(), new_len)?;
        let len = d.len();
        if new_len > len {
            d.try_reserve(new_len - len).map_err(|_| memory_error())?;
        }
        edit(&mut d);
        if d.capacity() > 2 * a.alloc.max(64) {
            d.shrink_to(a.alloc);
        }
        self.alloc.set(a);
        Ok(())
    }

    /// Resize to `n` bytes, new ones zero. CPython: PyByteArray_Resize.
    fn resize(&self, n: usize) -> PyResult<()> {
        self.change_len(n, 0, |d| d.resize(n, 0))
    }

    /// Replace bytes `lo..hi` by `bytes`.
    // CPython: Objects/bytearrayobject.c bytearray_setslice_linear
    fn splice(&self, lo: usize, hi: usize, bytes: &[u8]) -> PyResult<()> {
        let len = self.len();
        let (lo, hi) = (lo.min(len), hi.clamp(lo.min(len), len));
        let new_len = (len - (hi - lo))
            .checked_add(bytes.len())
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or_else(memory_error)?;
        if new_len == len {
            self.edit()?[lo..hi].copy_from_slice(bytes);
            return Ok(());
        }
        let advance = if lo == 0 && new_len < len {
            len - new_len
        } else {
            0
        };
        self.change_len(new_len, advance, |d| {
            d.splice(lo..hi, bytes.iter().copied());
        })
    }

    /// Append `b` while filling from an iterable: CPython grows without a
    /// resize while the block has room.
    // CPython: Objects/bytearrayobject.c bytearray___init___impl (append loop)
    fn push_init(&self, b: u8) -> PyResult<()> {
        let mut d = self.edit()?;
        let mut a = self.alloc.get();
        if d.len() + 1 >= a.alloc {
            a.resize(d.len(), d.len() + 1)?;
        }
        d.try_reserve(1).map_err(|_| memory_error())?;
        d.push(b);
        self.alloc.set(a);
        Ok(())
    }

    /// Append `bytes`. CPython: bytearray_iconcat.
    fn append_bytes(&self, bytes: &[u8]) -> PyResult<()> {
        let new_len = self
            .len()
            .checked_add(bytes.len())
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or_else(memory_error)?;
        self.change_len(new_len, 0, |d| d.extend_from_slice(bytes))
    }
}

// ------------------------------------------------------- slice assignment

/// Overwrite the items of an extended slice with `bytes`.
// CPython: Objects/bytearrayobject.c bytearray_ass_subscript (assign slice)
fn assign_extended(d: &mut [u8], si: &SliceIndices, bytes: &[u8]) -> PyResult<()> {
    if bytes.len() != si.len {
        return Err(value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            bytes.len(),
            si.len
        )));
    }
    for (i, &b) in si.indices().zip(bytes) {
        if let Some(slot) = d.get_mut(i) {
            *slot = b;
        }
    }
    Ok(())
}

/// Remove the items of an extended slice.
// CPython: Objects/bytearrayobject.c bytearray_ass_subscript (delete slice)
fn delete_extended(d: &mut Vec<u8>, si: &SliceIndices) {
    if si.len == 0 {
        return;
    }
    // The same positions counted upwards.
    let (first, step) = if si.step < 0 {
        (si.start + si.step * (si.len as i64 - 1), -si.step)
    } else {
        (si.start, si.step)
    };
    let (first, step, n) = (first as usize, step as usize, si.len);
    let mut i = 0;
    d.retain(|_| {
        let gone = i >= first && (i - first).is_multiple_of(step) && (i - first) / step < n;
        i += 1;
        !gone
    });
}

/// `self[si] = bytes` (`None`: `del self[si]`) for a resolved slice.
fn assign_slice(ba: &PyByteArray, si: &SliceIndices, bytes: Option<&[u8]>) -> PyResult<()> {
    let bytes = bytes.unwrap_or(&[]);
    // CPython: b[5:2] = ... inserts before 5.
    let stop = if (si.step < 0 && si.start < si.stop) || (si.step > 0 && si.start > si.stop) {
        si.start
    } else {
        si.stop
    };
    if si.step == 1 {
        return ba.splice(si.start.max(0) as usize, stop.max(0) as usize, bytes);
    }
    if !bytes.is_empty() {
        return assign_extended(&mut ba.edit()?, si, bytes);
    }
    if si.len == 0 {
        return Ok(());
    }
    let new_len = ba.len().saturating_sub(si.len);
    ba.change_len(new_len, 0, |d| delete_extended(d, si))
}

// -------------------------------------------------------------- arguments

/// `self` of a bytearray method.
fn this(args: &Args<'_>, name: &str) -> PyResult<Rc<PyByteArray>> {
    let first = args.positional().first();
    first
        .and_then(downcast)
        .ok_or_else(|| crate::num_methods::descr_error(name, "bytearray", first))
}

/// Whether `v` can be used as an index (CPython's `_PyIndex_Check`).
fn is_index(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        || (matches!(v, Value::Instance(_) | Value::Object(_))
            && v.py_type().lookup("__index__").is_some())
}

/// Whether `v` is a number (CPython's `PyNumber_Check`).
fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    ) || crate::complex::value_of(v).is_some()
        || ["__index__", "__int__", "__float__"]
            .iter()
            .any(|d| v.py_type().lookup(d).is_some())
}

/// An item given as an int in `range(256)`.
// CPython: Objects/bytearrayobject.c _getbytevalue
fn byte_value(interp: &mut dyn Interp, v: &Value) -> PyResult<u8> {
    match ops::index(interp, v)? {
        Value::Int(i) if (0..256).contains(&i) => Ok(i as u8),
        _ => Err(value_error("byte must be in range(0, 256)")),
    }
}

/// An index or count as a `Py_ssize_t`; too big is `too_big`'s error.
// CPython: Objects/abstract.c PyNumber_AsSsize_t
fn ssize(interp: &mut dyn Interp, v: &Value, too_big: ExcKind) -> PyResult<i64> {
    match ops::index(interp, v)? {
        Value::Int(i) => Ok(i),
        _ => Err(too_big.new_err(format!(
            "cannot fit '{}' into an index-sized integer",
            v.type_name()
        ))),
    }
}

/// A slice resolved against the length the bytearray has once the
/// slice's `__index__` methods have run (they may resize it).
// CPython: PySlice_Unpack, then PySlice_AdjustIndices with the new size
fn resolve_slice(
    interp: &mut dyn Interp,
    ba: &PyByteArray,
    s: &crate::value::PySlice,
) -> PyResult<SliceIndices> {
    let len = ba.len();
    let si = slice_indices(interp, s, len)?;
    if ba.len() == len {
        return Ok(si);
    }
    slice_indices(interp, s, ba.len())
}

/// A repeat count (`b * n`): `None` when `n` is not an integer.
fn repeat_count(interp: &mut dyn Interp, v: &Value) -> Option<PyResult<usize>> {
    if !is_index(v) {
        return None;
    }
    Some(ssize(interp, v, ExcKind::OverflowError).map(|n| n.max(0) as usize))
}

/// `len * count` bytes, or MemoryError when that is too big.
fn repeated_len(len: usize, count: usize) -> PyResult<usize> {
    len.checked_mul(count)
        .filter(|n| *n <= isize::MAX as usize)
        .ok_or_else(memory_error)
}

/// The bytes `bytearray(v)` would hold (slice assignment converts its
/// value this way). CPython: PyByteArray_FromObject.
fn from_object(interp: &mut dyn Interp, v: &Value) -> PyResult<Vec<u8>> {
    let tmp = PyByteArray::from_vec(Vec::new());
    init_from(interp, &tmp, v)?;
    Ok(tmp.data.into_inner())
}

// ----------------------------------------------------------- construction

fn make_type() -> Rc<PyType> {
    let t = PyType::new_builtin(
        "bytearray",
        vec![types().object_type.clone()],
        Layout::Native,
    );
    t.add_static("__new__", bytearray_new);
    for (name, f) in METHODS {
        t.add_method(name, *f);
    }
    t.dict.set_str("__hash__", Value::None);
    crate::bytes_methods::register::<ByteArrayKind>(&t);
    t
}

type Native = fn(&mut dyn Interp, Args<'_>) -> PyResult<Value>;

const METHODS: &[(&str, Native)] = &[
    ("__init__", bytearray_init),
    ("__len__", bytearray_len),
    ("__getitem__", bytearray_getitem),
    ("__setitem__", bytearray_setitem),
    ("__delitem__", bytearray_delitem),
    ("__iter__", bytearray_iter),
    ("__add__", bytearray_add),
    ("__iadd__", bytearray_iadd),
    ("__mul__", bytearray_mul),
    ("__rmul__", bytearray_mul),
    ("__imul__", bytearray_imul),
    ("__eq__", bytearray_eq),
    ("__ne__", bytearray_ne),
    ("__lt__", bytearray_lt),
    ("__le__", bytearray_le),
    ("__gt__", bytearray_gt),
    ("__ge__", bytearray_ge),
    ("__repr__", bytearray_repr),
    ("__str__", bytearray_repr),
    ("__alloc__", bytearray_alloc),
    ("__sizeof__", bytearray_sizeof),
    ("__reduce__", bytearray_reduce),
    ("__reduce_ex__", bytearray_reduce_ex),
    ("append", bytearray_append),
    ("extend", bytearray_extend),
    ("insert", bytearray_insert),
    ("pop", bytearray_pop),
    ("remove", bytearray_remove),
    ("clear", bytearray_clear),
    ("copy", bytearray_copy),
    ("reverse", bytearray_reverse),
    ("resize", bytearray_resize),
];

/// `bytearray.__new__(cls, ...)`: an empty object; `__init__` fills it.
// CPython: Objects/typeobject.c PyType_GenericNew (bytearray's tp_new)
fn bytearray_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let base = bytearray_type();
    let cls = match args.positional().first() {
        Some(Value::Type(c)) if c.is_subtype(&base) => c.clone(),
        Some(Value::Type(c)) => {
            return Err(type_error(format!(
                "bytearray.__new__({}): {} is not a subtype of bytearray",
                c.name, c.name
            )))
        }
        _ => return Err(type_error("bytearray.__new__(X): X is not a type object")),
    };
    if Rc::ptr_eq(&cls, &base) {
        return Ok(new(Vec::new()));
    }
    Ok(Value::object(Rc::new(PyByteArray {
        class: Some(cls),
        dict: Some(Rc::new(PyDict::new())),
        ..PyByteArray::from_vec(Vec::new())
    })))
}

/// `bytearray(source=b'', encoding=..., errors=...)`, also on an existing
/// object (which is emptied first).
// CPython: Objects/bytearrayobject.c bytearray___init___impl
fn bytearray_init(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "__init__")?;
    let a = parse_args(&args, "bytearray", &["source", "encoding", "errors"], 3)?;
    for (v, what) in [(&a[1], "encoding"), (&a[2], "errors")] {
        if let Some(v) = v.as_ref().filter(|v| !matches!(v, Value::Str(_))) {
            return Err(type_error(format!(
                "bytearray() argument '{what}' must be str, not {}",
                v.type_name()
            )));
        }
    }
    if !ba.is_empty() {
        ba.resize(0)?;
    }
    let no_string = |enc: bool| {
        type_error(if enc {
            "encoding without a string argument"
        } else {
            "errors without a string argument"
        })
    };
    let Some(src) = &a[0] else {
        if a[1].is_some() || a[2].is_some() {
            return Err(no_string(a[1].is_some()));
        }
        return Ok(Value::None);
    };
    if let Value::Str(s) = src {
        let Some(enc) = &a[1] else {
            return Err(type_error("string argument without an encoding"));
        };
        let data = crate::container_methods::encode_with_args(
            "bytearray",
            s.as_str(),
            enc,
            a[2].as_ref(),
        )?;
        ba.append_bytes(&data)?;
        return Ok(Value::None);
    }
    if a[1].is_some() || a[2].is_some() {
        return Err(no_string(a[1].is_some()));
    }
    init_from(interp, &ba, src)?;
    Ok(Value::None)
}

/// Fill an empty bytearray from a count, a bytes-like object or an
/// iterable of ints.
// CPython: Objects/bytearrayobject.c bytearray___init___impl
fn init_from(interp: &mut dyn Interp, ba: &PyByteArray, src: &Value) -> PyResult<()> {
    if is_index(src) {
        match ssize(interp, src, ExcKind::OverflowError) {
            Ok(n) if n < 0 => return Err(value_error("negative count")),
            Ok(n) => return ba.resize(n as usize),
            // CPython falls through to the buffer and iterable forms.
            Err(e) if e.matches(ExcKind::TypeError) => {}
            Err(e) => return Err(e),
        }
    }
    if let Some(b) = bytes_like(src) {
        let data = b.to_vec();
        drop(b);
        return ba.append_bytes(&data);
    }
    let items = match src {
        Value::List(l) => Some(l.items.borrow().clone()),
        Value::Tuple(t) => Some(t.items.clone()),
        _ => None,
    };
    if let Some(items) = items {
        if fill_from_ints(interp, ba, &items)? {
            return Ok(());
        }
    }
    let it = ops::get_iter(interp, src).map_err(|e| {
        if e.matches(ExcKind::TypeError) {
            type_error(format!(
                "cannot convert '{}' object to bytearray",
                src.type_name()
            ))
        } else {
            e
        }
    })?;
    while let Some(item) = ops::next(interp, &it)? {
        let b = byte_value(interp, &item)?;
        ba.push_init(b)?;
    }
    Ok(())
}

/// The fast path for a list or tuple: one resize, then the bytes in order
/// (a bad one leaves those before it, as in CPython). `false` (and empty
/// again) at the first item that is not an int: the caller iterates.
fn fill_from_ints(interp: &mut dyn Interp, ba: &PyByteArray, items: &[Value]) -> PyResult<bool> {
    ba.resize(items.len())?;
    for (i, v) in items.iter().enumerate() {
        if !matches!(v, Value::Int(_) | Value::BigInt(_)) {
            ba.resize(0)?;
            return Ok(false);
        }
        let b = byte_value(interp, v)?;
        if let Some(slot) = ba.edit()?.get_mut(i) {
            *slot = b;
        }
    }
    Ok(true)
}

// ---------------------------------------------------------- sequence ops

fn bytearray_len(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "__len__")?;
    slot_args(&args, 0)?;
    Ok(Value::Int(ba.len() as i64))
}

// CPython: Objects/bytearrayobject.c bytearray_subscript
fn bytearray_getitem(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "__getitem__")?;
    let key = &slot_args(&args, 1)?[0];
    if is_index(key) {
        let i = ssize(interp, key, ExcKind::IndexError)?;
        let d = ba.bytes();
        return match crate::seq::norm_index(i, d.len()) {
            Some(i) => Ok(Value::Int(d[i] as i64)),
            None => Err(index_error("bytearray index out of range")),
        };
    }
    let Value::Slice(s) = key else {
        return Err(type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            key.type_name()
        )));
    };
    let si = resolve_slice(interp, &ba, s)?;
    let d = ba.bytes();
    let out = match d
        .get(si.start.max(0) as usize..)
        .and_then(|r| r.get(..si.len))
    {
        Some(run) if si.step == 1 => run.to_vec(),
        _ => si.indices().filter_map(|i| d.get(i).copied()).collect(),
    };
    Ok(new(out))
}

fn bytearray_setitem(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "__setitem__")?;
    let a = slot_args(&args, 2)?;
    ass_subscript(interp, &ba, &a[0], Some(&a[1]))?;
    Ok(Value::None)
}

fn bytearray_delitem(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "__delitem__")?;
    let a = slot_args(&args, 1)?;
    ass_subscript(interp, &ba, &a[0], None)?;
    Ok(Value::None)
}

/// `self[key] = value`, or `del self[key]` when `value` is `None`.
// CPython: Objects/bytearrayobject.c bytearray_ass_subscript_lock_held
fn ass_subscript(
    interp: &mut dyn Interp,
    ba: &PyByteArray,
    key: &Value,
    value: Option<&Value>,
) -> PyResult<()> {
    if is_index(key) {
        let i = ssize(interp, key, ExcKind::IndexError)?;
        // Converted before the range check: its __index__ may resize us.
        let byte = value.map(|v| byte_value(interp, v)).transpose()?;
        let Some(i) = crate::seq::norm_index(i, ba.len()) else {
            return Err(index_error("bytearray index out of range"));
        };
        return match byte {
            Some(b) => {
                ba.edit()?[i] = b;
                Ok(())
            }
            None => ba.splice(i, i + 1, &[]),
        };
    }
    let Value::Slice(s) = key else {
        return Err(type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            key.type_name()
        )));
    };
    let mut si = resolve_slice(interp, ba, s)?;
    let bytes = match value {
        None => None,
        Some(v) => match buffer(v) {
            Some(b) => Some(b.clone()),
            None => {
                if is_number(v) || matches!(v, Value::Str(_)) {
                    return Err(type_error(
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                    ));
                }
                let b = from_object(interp, v)?;
                // CPython starts over with the converted value.
                si = resolve_slice(interp, ba, s)?;
                Some(b)
            }
        },
    };
    assign_slice(ba, &si, bytes.as_deref())
}

// CPython: Objects/bytearrayobject.c bytearray_iter
fn bytearray_iter(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    this(&args, "__iter__")?;
    slot_args(&args, 0)?;
    Ok(PyIterator::new(
        IterKind::ByteArrayIter,
        IterState::Seq {
            seq: args.positional()[0].clone(),
            pos: 0,
        },
    ))
}

/// `self + other`, always an exact bytearray.
// CPython: Objects/bytearrayobject.c PyByteArray_Concat
fn bytearray_add(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "__add__")?;
    let other = &slot_args(&args, 1)?[0];
    let Some(o) = bytes_like(other) else {
        return Ok(Value::NotImplemented);
    };
    let out = crate::bytes_methods::concat_bytes(&ba.bytes(), &o)?;
    Ok(new(out))
}

/// The message of `bytearray + x` for a non-bytes-like `x`.
pub fn concat_error(a: &Value, b: &Value) -> PyErr {
    type_error(format!(
        "can't concat {} to {}",
        b.type_name(),
        a.type_name()
    ))
}

// CPython: Objects/bytearrayobject.c bytearray_iconcat
fn bytearray_iadd(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "__iadd__")?;
    let other = &slot_args(&args, 1)?[0];
    let Some(o) = bytes_like(other) else {
        return Err(concat_error(&args.positional()[0], other));
    };
    // `b += b` holds its own buffer while resizing: a BufferError, as in
    // CPython.
    ba.append_bytes(&o)?;
    drop(o);
    Ok(args.positional()[0].clone())
}

/// `self * n` and `n * self`: a new exact bytearray.
// CPython: Objects/bytearrayobject.c bytearray_repeat
fn bytearray_mul(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "__mul__")?;
    let Some(count) = repeat_count(interp, &slot_args(&args, 1)?[0]) else {
        return Ok(Value::NotImplemented);
    };
    let count = count?;
    let d = ba.bytes();
    let size = repeated_len(d.len(), count)?;
    let mut out = crate::seq::try_vec(size)?;
    for _ in 0..if d.is_empty() { 0 } else { count } {
        out.extend_from_slice(&d);
    }
    Ok(new(out))
}

/// The message of `bytearray * x` for a non-integer `x`.
pub fn repeat_error(b: &Value) -> PyErr {
    type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        b.type_name()
    ))
}

// CPython: Objects/bytearrayobject.c bytearray_irepeat
fn bytearray_imul(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "__imul__")?;
    let other = &slot_args(&args, 1)?[0];
    let Some(count) = repeat_count(interp, other) else {
        return Err(repeat_error(other));
    };
    let count = count?;
    if count != 1 {
        let size = repeated_len(ba.len(), count)?;
        ba.change_len(size, 0, |d| {
            let unit = std::mem::take(d);
            for _ in 0..if unit.is_empty() { 0 } else { count } {
                d.extend_from_slice(&unit);
            }
        })?;
    }
    Ok(args.positional()[0].clone())
}

/// Comparison with any bytes-like object; NotImplemented otherwise.
// CPython: Objects/bytearrayobject.c bytearray_richcompare
fn compare(args: Args<'_>, op: CmpOp) -> PyResult<Value> {
    let ba = this(&args, op.dunder())?;
    let other = &slot_args(&args, 1)?[0];
    let Some(o) = bytes_like(other) else {
        return Ok(Value::NotImplemented);
    };
    let ord = ba.bytes()[..].cmp(&o[..]);
    Ok(Value::Bool(op.from_ordering(ord)))
}

fn bytearray_eq(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    compare(args, CmpOp::Eq)
}

fn bytearray_ne(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    compare(args, CmpOp::Ne)
}

fn bytearray_lt(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    compare(args, CmpOp::Lt)
}

fn bytearray_le(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    compare(args, CmpOp::Le)
}

fn bytearray_gt(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    compare(args, CmpOp::Gt)
}

fn bytearray_ge(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    compare(args, CmpOp::Ge)
}

/// `bytearray(b'...')`, named after the object's class (`None` for a
/// non-bytearray). Unlike bytes, a single quote is always escaped.
// CPython: Objects/bytearrayobject.c bytearray_repr_lock_held
pub fn repr_of(v: &Value) -> Option<String> {
    let mut lit = crate::repr::bytes_repr(&buffer(v)?);
    if lit.starts_with("b\"") {
        // Double quotes are chosen only when no '"' occurs: every other
        // '"' is a delimiter and every "'" comes from the data.
        lit = lit.replace('\'', "\\'");
    }
    Some(format!("{}({lit})", v.type_name()))
}

/// `repr()`, and `str()` too.
// CPython: Objects/bytearrayobject.c bytearray_repr (bytearray_str)
fn bytearray_repr(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    this(&args, "__repr__")?;
    slot_args(&args, 0)?;
    let r = repr_of(&args.positional()[0]).unwrap_or_default();
    Ok(Value::string(r))
}

// ---------------------------------------------------------------- methods

// CPython: Objects/bytearrayobject.c bytearray_alloc
fn bytearray_alloc(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "__alloc__")?;
    no_args(&args, "bytearray.__alloc__")?;
    Ok(Value::Int(ba.alloc.get().alloc as i64))
}

// CPython: Objects/bytearrayobject.c bytearray_sizeof_impl
fn bytearray_sizeof(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "__sizeof__")?;
    no_args(&args, "bytearray.__sizeof__")?;
    Ok(Value::Int((BASIC_SIZE + ba.alloc.get().alloc) as i64))
}

/// `(type, args, state)` for pickling and copying: bytes for protocol 3
/// and later, a latin-1 str before.
// CPython: Objects/bytearrayobject.c _common_reduce
fn reduce(v: &Value, ba: &PyByteArray, proto: i64) -> Value {
    let state = match &ba.dict {
        Some(d) if !d.is_empty() => Value::Dict(d.clone()),
        _ => Value::None,
    };
    let cls = Value::Type(v.py_type());
    let d = ba.bytes();
    let args = if d.is_empty() {
        vec![]
    } else if proto < 3 {
        let text: String = d.iter().map(|&c| c as char).collect();
        vec![Value::string(text), Value::str("latin-1")]
    } else {
        vec![Value::Bytes(Rc::new(PyBytes { data: d.clone() }))]
    };
    Value::tuple(vec![cls, Value::tuple(args), state])
}

// CPython: Objects/bytearrayobject.c bytearray_reduce_impl
fn bytearray_reduce(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "__reduce__")?;
    no_args(&args, "bytearray.__reduce__")?;
    Ok(reduce(&args.positional()[0], &ba, 2))
}

// CPython: Objects/bytearrayobject.c bytearray_reduce_ex_impl
fn bytearray_reduce_ex(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "__reduce_ex__")?;
    let a = pos_only::<ByteArrayKind>(&args, "__reduce_ex__", 0, 1)?;
    let proto = match a.first() {
        Some(v) => crate::bytes_methods::to_cint(interp, v)?,
        None => 0,
    };
    Ok(reduce(&args.positional()[0], &ba, proto))
}

// CPython: Objects/bytearrayobject.c bytearray_append_impl
fn bytearray_append(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "append")?;
    let b = byte_value(interp, one_arg(&args, "bytearray.append")?)?;
    ba.append_bytes(&[b])?;
    Ok(Value::None)
}

/// `extend(iterable_of_ints)`: a bytes-like object is copied whole.
// CPython: Objects/bytearrayobject.c bytearray_extend_impl
fn bytearray_extend(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "extend")?;
    let src = one_arg(&args, "bytearray.extend")?;
    let data = match bytes_like(src) {
        Some(b) => b.to_vec(),
        None => ints_of(interp, src)?,
    };
    ba.append_bytes(&data)?;
    Ok(Value::None)
}

/// The bytes of an iterable of ints, for `extend`.
fn ints_of(interp: &mut dyn Interp, src: &Value) -> PyResult<Vec<u8>> {
    let it = ops::get_iter(interp, src).map_err(|e| {
        if e.matches(ExcKind::TypeError) {
            type_error(format!("can't extend bytearray with {}", src.type_name()))
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    while let Some(item) = ops::next(interp, &it)? {
        let b = byte_value(interp, &item).map_err(|e| {
            if e.matches(ExcKind::TypeError) && matches!(src, Value::Str(_)) {
                type_error("expected iterable of integers; got: 'str'")
            } else {
                e
            }
        })?;
        out.try_reserve(1).map_err(|_| memory_error())?;
        out.push(b);
    }
    Ok(out)
}

// CPython: Objects/bytearrayobject.c bytearray_insert_impl
fn bytearray_insert(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "insert")?;
    let a = pos_only::<ByteArrayKind>(&args, "insert", 2, 2)?;
    let index = to_ssize(interp, &a[0])?;
    let b = byte_value(interp, &a[1])?;
    let n = ba.len();
    let at = if index < 0 {
        (index + n as i64).max(0) as usize
    } else {
        (index as usize).min(n)
    };
    ba.change_len(n + 1, 0, |d| d.insert(at, b))?;
    Ok(Value::None)
}

// CPython: Objects/bytearrayobject.c bytearray_pop_impl
fn bytearray_pop(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "pop")?;
    let a = pos_only::<ByteArrayKind>(&args, "pop", 0, 1)?;
    let index = match a.first() {
        Some(v) => to_ssize(interp, v)?,
        None => -1,
    };
    let n = ba.len();
    if n == 0 {
        return Err(index_error("pop from empty bytearray"));
    }
    let Some(i) = crate::seq::norm_index(index, n) else {
        return Err(index_error("pop index out of range"));
    };
    let b = ba.bytes()[i];
    ba.change_len(n - 1, 0, |d| {
        d.remove(i);
    })?;
    Ok(Value::Int(b as i64))
}

// CPython: Objects/bytearrayobject.c bytearray_remove_impl
fn bytearray_remove(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "remove")?;
    let b = byte_value(interp, one_arg(&args, "bytearray.remove")?)?;
    let found = ba.bytes().iter().position(|&c| c == b);
    let Some(i) = found else {
        return Err(value_error("value not found in bytearray"));
    };
    ba.change_len(ba.len() - 1, 0, |d| {
        d.remove(i);
    })?;
    Ok(Value::None)
}

// CPython: Objects/bytearrayobject.c bytearray_clear_impl
fn bytearray_clear(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "clear")?;
    no_args(&args, "bytearray.clear")?;
    ba.resize(0)?;
    Ok(Value::None)
}

// CPython: Objects/bytearrayobject.c bytearray_copy_impl
fn bytearray_copy(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "copy")?;
    no_args(&args, "bytearray.copy")?;
    let data = ba.bytes().clone();
    Ok(new(data))
}

// CPython: Objects/bytearrayobject.c bytearray_reverse_impl
fn bytearray_reverse(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "reverse")?;
    no_args(&args, "bytearray.reverse")?;
    ba.edit()?.reverse();
    Ok(Value::None)
}

// CPython: Objects/bytearrayobject.c bytearray_resize_impl
fn bytearray_resize(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ba = this(&args, "resize")?;
    let a = pos_only::<ByteArrayKind>(&args, "resize", 1, 1)?;
    let size = to_ssize(interp, &a[0])?;
    if size < 0 {
        return Err(value_error(format!(
            "Can only resize to positive sizes, got {size}"
        )));
    }
    ba.resize(size as usize)?;
    Ok(Value::None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn si(start: i64, stop: i64, step: i64, len: usize) -> SliceIndices {
        SliceIndices {
            start,
            stop,
            step,
            len,
        }
    }

    fn ba(data: &[u8]) -> PyByteArray {
        PyByteArray::from_vec(data.to_vec())
    }

    #[test]
    fn linear_slice_assignment_grows_shrinks_and_inserts() {
        let b = ba(b"abcdef");
        assign_slice(&b, &si(1, 3, 1, 2), Some(b"XYZW")).unwrap();
        assert_eq!(&b.bytes()[..], b"aXYZWdef");
        assign_slice(&b, &si(1, 5, 1, 4), Some(b"")).unwrap();
        assert_eq!(&b.bytes()[..], b"adef");
        // b[3:1] = ... inserts before 3.
        assign_slice(&b, &si(3, 1, 1, 0), Some(b"--")).unwrap();
        assert_eq!(&b.bytes()[..], b"ade--f");
        assign_slice(&b, &si(0, 6, 1, 6), None).unwrap();
        assert!(b.is_empty());
    }

    #[test]
    fn extended_slice_assignment_and_size_mismatch() {
        let b = ba(b"abcdef");
        assign_slice(&b, &si(0, 6, 2, 3), Some(b"XYZ")).unwrap();
        assert_eq!(&b.bytes()[..], b"XbYdZf");
        // b[::-1] = ... writes from the end.
        assign_slice(&b, &si(5, -1, -1, 6), Some(b"123456")).unwrap();
        assert_eq!(&b.bytes()[..], b"654321");
        let e = assign_slice(&b, &si(0, 6, 2, 3), Some(b"xy")).unwrap_err();
        assert!(e.matches(ExcKind::ValueError));
        assert_eq!(&b.bytes()[..], b"654321");
    }

    #[test]
    fn extended_slice_deletion() {
        let b = ba(b"abcdefg");
        // An empty value deletes an extended slice, as in CPython.
        assign_slice(&b, &si(0, 7, 2, 4), Some(b"")).unwrap();
        assert_eq!(&b.bytes()[..], b"bdf");
        let b = ba(b"abcdefg");
        // del b[::-3]: positions 6, 3, 0.
        assign_slice(&b, &si(6, -1, -3, 3), None).unwrap();
        assert_eq!(&b.bytes()[..], b"bcef");
    }

    #[test]
    fn allocation_follows_cpython() {
        let b = ba(b"");
        let mut seen = Vec::new();
        for _ in 0..20 {
            b.append_bytes(b"x").unwrap();
            seen.push(b.alloc.get().alloc);
        }
        assert_eq!(
            seen,
            [2, 5, 5, 5, 8, 8, 8, 12, 12, 12, 12, 19, 19, 19, 19, 19, 19, 19, 27, 27]
        );
        assert_eq!(Alloc::for_size(3).alloc, 4);
        assert_eq!(Alloc::for_size(0).alloc, 0);
    }

    #[test]
    fn lent_buffer_blocks_resizing() {
        let b = ba(b"abc");
        let lent = b.bytes();
        assert!(b.append_bytes(b"d").is_err());
        drop(lent);
        b.append_bytes(b"d").unwrap();
        assert_eq!(&b.bytes()[..], b"abcd");
    }
}
