//! `_collections`: the native `collections.deque` and its two iterators,
//! imported by lib/collections/__init__.py as CPython's Lib/collections
//! imports its C accelerator. CPython: Modules/_collectionsmodule.c.
//!
//! - `PyDeque` (deque_new, deque_init, dequeobject): a `VecDeque` of
//!   values, the maximum length, and CPython's `state` counter, bumped by
//!   every change that moves items (append/pop at either end, rotate,
//!   insert, delete, clear) but not by `reverse()` or item assignment, as
//!   CPython's. Iterators and the comparing methods (`count`, `index`,
//!   `remove`, `in`, `==`) raise "deque mutated during iteration" when it
//!   moved under them.
//! - `DequeIter` (dequeiterobject): `collections._deque_iterator` and
//!   `collections._deque_reverse_iterator`.
//!
//! No `RefCell` borrow is held while Python code runs (an `__eq__`, an
//! iterable's `__next__`, an `__index__`): items are copied out first and
//! the state is checked afterwards, so a callback that mutates the deque
//! gets CPython's error, never a Rust panic.
//!
//! Storage differs from CPython's linked list of 64-slot blocks; what the
//! blocks make observable (`__sizeof__`) follows a model of the left index
//! that moves as CPython's does, so the sizes agree. `len()`, truth tests
//! and iteration reach the deque through the `NativeObject` slots
//! (`sq_length`, `tp_iternext`) without dunder dispatch; `append` and
//! `popleft` are O(1) and allocate only when the `VecDeque` grows.
//!
//! Deliberate differences, visible only through the dunders themselves:
//! `d.__add__(x)`, `d.__mul__(x)` and `d.__imul__(x)` called directly
//! with an unsuitable `x` return NotImplemented instead of raising (the
//! operators `d + x`, `d * x`, `d *= x` raise CPython's messages, through
//! `binop_error`); `d.__getitem__(k)`/`__setitem__`/`__delitem__` word
//! their errors as `d[k]` does. The `maxlen` descriptor is a read-only
//! property, methods carry no docstrings, and an instance of a subclass
//! always has a `__dict__` (even under `__slots__`).

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use rspy_objects::code::{BinOp, CmpOp};
use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{
    index_error, overflow_error, runtime_error, type_error, value_error, ExcKind, PyErr,
};
use rspy_objects::function::{Args, NativeFn, NativeFunction};
use rspy_objects::interp::Interp;
use rspy_objects::num_methods::{
    check_pos_kw, descr_error, no_args, one_arg, parse_args, rest, slot_args,
};
use rspy_objects::ops;
use rspy_objects::seq::memory_error;
use rspy_objects::types::{types, Layout, PyType};
use rspy_objects::value::{downcast_object, NativeObject, PyModule, PyProperty, PyResult, Value};
use rspy_vm::Vm;

/// CPython's block length and the left index of an empty deque
/// (`CENTER + 1`), for the layout model behind `__sizeof__`.
const BLOCKLEN: usize = 64;
const EMPTY_LEFT: usize = (BLOCKLEN - 1) / 2 + 1;
/// `sizeof(dequeobject)` and `sizeof(block)` on 64-bit CPython 3.14.
const DEQUE_BASICSIZE: usize = 216;
const BLOCK_SIZE: usize = 528;

const TP_NAME: &str = "collections.deque";

// ------------------------------------------------------------ types

pub struct CollectionsTypes {
    pub deque: Rc<PyType>,
    pub iter: Rc<PyType>,
    pub reviter: Rc<PyType>,
}

thread_local! {
    static TYPES: Rc<CollectionsTypes> = Rc::new(make_types());
}

pub fn collections_types() -> Rc<CollectionsTypes> {
    TYPES.with(|t| t.clone())
}

// ------------------------------------------------------------ deque

/// A `collections.deque` (or an instance of a Python subclass, which
/// records its class and carries an instance dict).
pub struct PyDeque {
    cls: Rc<PyType>,
    dict: Option<Rc<PyDict>>,
    items: RefCell<VecDeque<Value>>,
    /// `None` for an unbounded deque (CPython: maxlen == -1).
    maxlen: Cell<Option<usize>>,
    /// Incremented whenever items move. CPython: dequeobject.state.
    state: Cell<u64>,
    /// Where CPython's first item would sit in its block (leftindex).
    left: Cell<usize>,
}

impl NativeObject for PyDeque {
    fn py_type(&self) -> Rc<PyType> {
        self.cls.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn instance_dict(&self) -> Option<&Rc<PyDict>> {
        self.dict.as_ref()
    }
    fn gc_traverse(&self, t: &mut rspy_objects::gc::Tracer) {
        if let Some(d) = &self.dict {
            t.dict(d);
        }
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(|v| t.value(v));
        }
    }
    fn gc_clear(&self) {
        let items = self
            .items
            .try_borrow_mut()
            .map(|mut v| std::mem::take(&mut *v));
        drop(items);
    }
    // CPython: Modules/_collectionsmodule.c deque_len
    fn sq_length(&self) -> Option<usize> {
        // A subclass may override __len__ or __bool__: dispatch for it.
        if !self.exact() {
            return None;
        }
        Some(self.items.borrow().len())
    }
    fn binop_error(&self, op: BinOp, other: &Value, reflected: bool) -> Option<PyErr> {
        match op {
            // CPython: Modules/_collectionsmodule.c deque_concat
            BinOp::Add if !reflected => Some(concat_error(other)),
            // CPython: Objects/abstract.c sequence_repeat (the other
            // operand's own repeat wins when it is a sequence too).
            BinOp::Mul if !reflected || !is_sequence(other) => Some(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other.type_name()
            ))),
            _ => None,
        }
    }
}

fn concat_error(other: &Value) -> PyErr {
    type_error(format!(
        "can only concatenate deque (not \"{}\") to deque",
        other.type_name()
    ))
}

fn is_sequence(v: &Value) -> bool {
    let seq = |v: &Value| {
        matches!(
            v,
            Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
        ) || rspy_objects::bytearray::is_bytearray(v)
    };
    match v {
        Value::Instance(i) => i.payload.as_ref().is_some_and(seq),
        _ => seq(v),
    }
}

impl PyDeque {
    fn new(cls: Rc<PyType>, exact: bool) -> PyDeque {
        PyDeque {
            cls,
            dict: (!exact).then(|| Rc::new(PyDict::new())),
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(None),
            state: Cell::new(0),
            left: Cell::new(EMPTY_LEFT),
        }
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// A new empty exact `collections.deque` (asyncio.Queue's `_queue`).
    pub(crate) fn new_value() -> Value {
        Value::object(Rc::new(PyDeque::new(
            collections_types().deque.clone(),
            true,
        )))
    }

    /// For asyncio.Queue: the exact type's item count, `None` for an
    /// instance of a subclass (which may override `__len__`).
    pub(crate) fn exact_len(&self) -> Option<usize> {
        self.exact().then(|| self.len())
    }

    /// For asyncio.Queue: `append` on an exact deque (`false` for a
    /// subclass, whose method must be called).
    pub(crate) fn exact_append(&self, item: Value) -> Result<(), Value> {
        if !self.exact() {
            return Err(item);
        }
        self.append(item, self.maxlen.get());
        Ok(())
    }

    /// For asyncio.Queue: `popleft` on an exact deque (`None` for a
    /// subclass).
    pub(crate) fn exact_popleft(&self) -> Option<PyResult<Value>> {
        self.exact().then(|| self.popleft())
    }

    /// Not an instance of a Python subclass (which has an instance dict
    /// and may override any method).
    fn exact(&self) -> bool {
        self.dict.is_none()
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// The item at `i`, copied out so no borrow outlives the call.
    fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    /// The items as iterating `this` (this deque) produces them: a copy
    /// for an exact deque, `__iter__` for a subclass that may override it.
    fn items_via_iter(&self, interp: &mut dyn Interp, this: &Value) -> PyResult<Vec<Value>> {
        if self.exact() {
            return Ok(self.snapshot());
        }
        rspy_objects::iter::collect(interp, this)
    }

    /// `iter(this)`: the native iterator unless a subclass may override it.
    fn iter_of(&self, interp: &mut dyn Interp, this: &Value) -> PyResult<Value> {
        if self.exact() {
            return Ok(new_iter(this, false));
        }
        ops::get_iter(interp, this)
    }

    fn mutated(&self) -> PyErr {
        runtime_error("deque mutated during iteration")
    }

    // Layout model: the left index moves as CPython's blocks make it.

    /// After removing the leftmost item from a deque that had `len`.
    fn left_after_popleft(&self, len: usize) {
        let l = self.left.get() + 1;
        self.left.set(match l {
            BLOCKLEN if len > 1 => 0,
            BLOCKLEN => EMPTY_LEFT,
            l => l,
        });
    }

    /// After removing the rightmost item from a deque that had `len`:
    /// CPython re-centres a deque emptied from index 0 of its block.
    fn left_after_pop(&self, len: usize) {
        if len == 1 && self.left.get() == 0 {
            self.left.set(EMPTY_LEFT);
        }
    }

    fn left_after_appendleft(&self) {
        self.left.set((self.left.get() + BLOCKLEN - 1) % BLOCKLEN);
    }

    // CPython: Modules/_collectionsmodule.c deque_append_lock_held
    fn append(&self, item: Value, maxlen: Option<usize>) {
        let trimmed = {
            let mut items = self.items.borrow_mut();
            items.push_back(item);
            let n = items.len();
            match maxlen {
                Some(m) if n > m => {
                    self.left_after_popleft(n);
                    items.pop_front()
                }
                _ => None,
            }
        };
        self.bump();
        drop(trimmed);
    }

    // CPython: Modules/_collectionsmodule.c deque_appendleft_lock_held
    fn appendleft(&self, item: Value, maxlen: Option<usize>) {
        let trimmed = {
            let mut items = self.items.borrow_mut();
            items.push_front(item);
            self.left_after_appendleft();
            let n = items.len();
            match maxlen {
                Some(m) if n > m => {
                    self.left_after_pop(n);
                    items.pop_back()
                }
                _ => None,
            }
        };
        self.bump();
        drop(trimmed);
    }

    // CPython: Modules/_collectionsmodule.c deque_pop_impl
    fn pop(&self) -> PyResult<Value> {
        let mut items = self.items.borrow_mut();
        let n = items.len();
        let item = items.pop_back().ok_or_else(empty_error)?;
        self.left_after_pop(n);
        self.bump();
        Ok(item)
    }

    // CPython: Modules/_collectionsmodule.c deque_popleft_impl
    fn popleft(&self) -> PyResult<Value> {
        let mut items = self.items.borrow_mut();
        let n = items.len();
        let item = items.pop_front().ok_or_else(empty_error)?;
        self.left_after_popleft(n);
        self.bump();
        Ok(item)
    }

    // CPython: Modules/_collectionsmodule.c deque_clear
    fn clear(&self) {
        if self.len() == 0 {
            return;
        }
        let old = std::mem::take(&mut *self.items.borrow_mut());
        self.left.set(EMPTY_LEFT);
        self.bump();
        drop(old);
    }

    /// `extend`/`extendleft` over an iterable. CPython:
    /// Modules/_collectionsmodule.c deque_extend_impl, deque_extendleft_impl
    fn extend_from(
        &self,
        interp: &mut dyn Interp,
        this: &Value,
        iterable: &Value,
        left: bool,
    ) -> PyResult<()> {
        // Extending with itself extends with a copy.
        if iterable.is(this) {
            let items = self.snapshot();
            return self.extend_items(items.into_iter(), left);
        }
        // Lists, tuples and exact deques (a subclass may override
        // __iter__) run no Python code while being read.
        match iterable {
            Value::List(l) => return self.extend_items(l.items.borrow().iter().cloned(), left),
            Value::Tuple(t) => return self.extend_items(t.items.iter().cloned(), left),
            _ => {
                if let Some(d) = as_deque(iterable).filter(|d| d.exact()) {
                    return self.extend_items(d.items.borrow().iter().cloned(), left);
                }
            }
        }
        let it = ops::get_iter(interp, iterable)?;
        let maxlen = self.maxlen.get();
        if maxlen == Some(0) {
            // CPython: consume_iterator.
            while ops::next(interp, &it)?.is_some() {}
            return Ok(());
        }
        self.start_filling(left);
        while let Some(x) = ops::next(interp, &it)? {
            if left {
                self.appendleft(x, maxlen);
            } else {
                self.append(x, maxlen);
            }
        }
        Ok(())
    }

    /// Extend with items read without running Python code (the source is
    /// another object: it may stay borrowed meanwhile).
    fn extend_items(
        &self,
        items: impl ExactSizeIterator<Item = Value>,
        left: bool,
    ) -> PyResult<()> {
        let maxlen = self.maxlen.get();
        if maxlen == Some(0) {
            return Ok(());
        }
        self.start_filling(left);
        let n = items.len();
        if n == 0 {
            return Ok(());
        }
        if maxlen.is_some() {
            for x in items {
                if left {
                    self.appendleft(x, maxlen);
                } else {
                    self.append(x, maxlen);
                }
            }
            return Ok(());
        }
        // Unbounded: one reservation, one state change.
        let mut d = self.items.borrow_mut();
        d.try_reserve(n).map_err(|_| memory_error())?;
        if left {
            for x in items {
                d.push_front(x);
            }
            let shift = n % BLOCKLEN;
            self.left
                .set((self.left.get() + BLOCKLEN - shift) % BLOCKLEN);
        } else {
            d.extend(items);
        }
        self.bump();
        Ok(())
    }

    /// CPython's space-saving heuristic: an empty deque being extended
    /// starts filling from the end its block grows towards.
    fn start_filling(&self, left: bool) {
        if self.len() == 0 {
            self.left.set(if left { BLOCKLEN - 1 } else { 1 });
        }
    }

    /// `_deque_rotate(n)`'s bookkeeping: the state and the left index.
    /// Returns the rotation CPython performs (`n` reduced to at most half
    /// the length either way), or `None` when it does nothing (at most one
    /// item). CPython: Modules/_collectionsmodule.c _deque_rotate
    fn rotate_model(&self, n: i64) -> Option<i64> {
        let len = self.len();
        if len <= 1 {
            return None;
        }
        let (len_i, half) = (len as i64, (len >> 1) as i64);
        let mut n = n;
        if n > half || n < -half {
            n %= len_i;
            if n > half {
                n -= len_i;
            } else if n < -half {
                n += len_i;
            }
        }
        self.bump();
        let shift = n.rem_euclid(BLOCKLEN as i64) as usize;
        self.left
            .set((self.left.get() + BLOCKLEN - shift) % BLOCKLEN);
        Some(n)
    }

    // CPython: Modules/_collectionsmodule.c deque_rotate_impl
    fn rotate(&self, n: i64) {
        let Some(n) = self.rotate_model(n) else {
            return;
        };
        let mut items = self.items.borrow_mut();
        let k = (n.unsigned_abs() as usize).min(items.len());
        if n > 0 {
            items.rotate_right(k);
        } else {
            items.rotate_left(k);
        }
    }

    /// Remove item `i` (in range). CPython rotates it to the front, pops
    /// it and rotates back; the items move once here, the state and the
    /// layout model as CPython's. CPython: Modules/_collectionsmodule.c
    /// deque_del_item
    fn del_item(&self, i: usize) {
        self.rotate_model(-(i as i64));
        let len = self.len();
        let removed = self.items.borrow_mut().remove(i);
        if removed.is_some() {
            self.left_after_popleft(len);
            self.bump();
        }
        self.rotate_model(i as i64);
        drop(removed);
    }

    /// `d *= n`. CPython: Modules/_collectionsmodule.c
    /// deque_inplace_repeat_lock_held
    fn inplace_repeat(&self, n: i64) -> PyResult<()> {
        let size = self.len();
        if size == 0 || n == 1 {
            return Ok(());
        }
        if n <= 0 {
            self.clear();
            return Ok(());
        }
        let maxlen = self.maxlen.get();
        let mut n = n as u64;
        if size == 1 {
            if let Some(m) = maxlen {
                n = n.min(m as u64);
            }
            let Some(item) = self.get(0) else {
                return Ok(());
            };
            let extra = usize::try_from(n - 1).map_err(|_| memory_error())?;
            self.bump();
            let mut items = self.items.borrow_mut();
            items.try_reserve(extra).map_err(|_| memory_error())?;
            items.extend(std::iter::repeat_n(item, extra));
            return Ok(());
        }
        if size as u64 > (isize::MAX as u64) / n {
            return Err(memory_error());
        }
        let seq = self.snapshot();
        match maxlen {
            // Fewer repetitions when maxlen would drop the rest anyway.
            Some(m) if n * size as u64 > m as u64 => n = (m + size - 1) as u64 / size as u64,
            Some(_) => {}
            // MemoryError up front rather than after most of the work.
            None => {
                let extra = usize::try_from((n - 1) * size as u64).map_err(|_| memory_error())?;
                self.items
                    .borrow_mut()
                    .try_reserve(extra)
                    .map_err(|_| memory_error())?;
            }
        }
        for _ in 1..n {
            self.extend_items(seq.iter().cloned(), false)?;
        }
        Ok(())
    }

    /// CPython: Modules/_collectionsmodule.c deque_insert_impl
    fn insert(&self, index: i64, value: Value) -> PyResult<()> {
        let n = self.len();
        if self.maxlen.get() == Some(n) {
            return Err(index_error("deque already at its maximum size"));
        }
        let maxlen = self.maxlen.get();
        let n_i = n as i64;
        if index >= n_i {
            self.append(value, maxlen);
            return Ok(());
        }
        if index <= -n_i || index == 0 {
            self.appendleft(value, maxlen);
            return Ok(());
        }
        // CPython: rotate(-index), append (index < 0) or appendleft, then
        // rotate(index); an append keeps the left index.
        let pos = if index < 0 { index + n_i } else { index } as usize;
        self.rotate_model(-index);
        if index > 0 {
            self.left_after_appendleft();
        }
        self.items.borrow_mut().insert(pos, value);
        self.bump();
        self.rotate_model(index);
        Ok(())
    }

    /// CPython's `__sizeof__`: the object and the blocks its items span.
    /// CPython: Modules/_collectionsmodule.c deque___sizeof___impl
    fn sizeof(&self) -> usize {
        let blocks = (self.left.get() + self.len()).div_ceil(BLOCKLEN);
        DEQUE_BASICSIZE + blocks * BLOCK_SIZE
    }
}

fn empty_error() -> PyErr {
    index_error("pop from an empty deque")
}

/// The deque a method was called on, or CPython's descriptor error.
fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a PyDeque> {
    let first = args.positional().first();
    match first {
        Some(Value::Object(o)) => {
            if let Some(d) = o.as_any().downcast_ref::<PyDeque>() {
                return Ok(d);
            }
        }
        // CPython: Objects/descrobject.c descr_check's wording for a slot
        // wrapper and for a method-table entry.
        None if name.starts_with("__")
            && !matches!(
                name,
                "__copy__" | "__reduce__" | "__reversed__" | "__sizeof__"
            ) =>
        {
            return Err(type_error(format!(
                "descriptor '{name}' of '{TP_NAME}' object needs an argument"
            )))
        }
        None => {
            return Err(type_error(format!(
                "unbound method deque.{name}() needs an argument"
            )))
        }
        _ => {}
    }
    Err(descr_error(name, TP_NAME, first))
}

fn as_deque(v: &Value) -> Option<&PyDeque> {
    match v {
        Value::Object(o) => o.as_any().downcast_ref::<PyDeque>(),
        _ => None,
    }
}

/// A `Py_ssize_t` argument through `__index__`. CPython: the
/// `Py_ssize_t` converter of Argument Clinic.
fn ssize_arg(interp: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    match ops::index(interp, v)? {
        Value::Int(i) => Ok(i),
        _ => Err(overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// Whether `v` can be used as an index (CPython: _PyIndex_Check).
fn is_index(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
        Value::Instance(_) | Value::Object(_) => v.py_type().lookup("__index__").is_some(),
        _ => false,
    }
}

/// `PyNumber_AsSsize_t(v, exc)`: an index, with `exc` for one too big.
fn as_ssize(interp: &mut dyn Interp, v: &Value, exc: ExcKind) -> PyResult<i64> {
    match ops::index(interp, v)? {
        Value::Int(i) => Ok(i),
        _ => Err(exc.new_err("cannot fit 'int' into an index-sized integer")),
    }
}

/// A `start`/`stop` of `index()`: big values clamp, None is refused.
/// CPython: Python/ceval.c _PyEval_SliceIndexNotNone
fn slice_index(interp: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    if !is_index(v) {
        return Err(type_error(
            "slice indices must be integers or have an __index__ method",
        ));
    }
    Ok(match ops::index(interp, v)? {
        Value::Int(i) => i,
        Value::BigInt(b) => rspy_objects::seq::clamp_big(&b),
        _ => 0,
    })
}

/// The position `d[key]` refers to. CPython: Objects/abstract.c
/// PyObject_GetItem's sequence path (sq_item with a negative index
/// counted from the end).
fn item_index(interp: &mut dyn Interp, d: &PyDeque, key: &Value) -> PyResult<usize> {
    if !is_index(key) {
        return Err(type_error(format!(
            "sequence index must be integer, not '{}'",
            key.type_name()
        )));
    }
    let mut i = as_ssize(interp, key, ExcKind::IndexError)?;
    let len = d.len();
    if i < 0 {
        i += len as i64;
    }
    if i < 0 || i >= len as i64 {
        return Err(index_error("deque index out of range"));
    }
    Ok(i as usize)
}

/// A shallow copy: a new deque for an exact deque, `type(d)(d)` or
/// `type(d)(d, maxlen)` for an instance of a subclass.
/// CPython: Modules/_collectionsmodule.c deque_copy_impl
fn copy_of(interp: &mut dyn Interp, this: &Value, d: &PyDeque) -> PyResult<Value> {
    if d.exact() {
        let new = PyDeque::new(d.cls.clone(), true);
        new.maxlen.set(d.maxlen.get());
        // CPython 3.14 walks the blocks, appending from the left of a
        // fresh block when there is anything to copy.
        let items = d.items.borrow();
        if !items.is_empty() {
            new.extend_items(items.iter().cloned(), false)?;
        }
        drop(items);
        return Ok(Value::object(Rc::new(new)));
    }
    let cls = Value::Type(d.cls.clone());
    let result = match d.maxlen.get() {
        None => ops::call0(interp, &cls, std::slice::from_ref(this))?,
        Some(m) => ops::call0(interp, &cls, &[this.clone(), Value::Int(m as i64)])?,
    };
    if as_deque(&result).is_none() {
        return Err(type_error(format!(
            "{}() must return a deque, not {}",
            d.cls.tp_name(),
            result.type_name()
        )));
    }
    Ok(result)
}

// ------------------------------------------------------------ methods

/// `deque.__new__(cls, ...)`: an empty deque; `__init__` fills it.
// CPython: Modules/_collectionsmodule.c deque_new
fn deque_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let base = collections_types().deque.clone();
    let cls = match args.positional().first() {
        Some(Value::Type(c)) if c.is_subtype(&base) => c.clone(),
        Some(Value::Type(c)) => {
            return Err(type_error(format!(
                "{TP_NAME}.__new__({}): {} is not a subtype of {TP_NAME}",
                c.tp_name(),
                c.tp_name()
            )))
        }
        Some(other) => {
            return Err(type_error(format!(
                "{TP_NAME}.__new__(X): X is not a type object ({})",
                other.type_name()
            )))
        }
        None => {
            return Err(type_error(format!(
                "{TP_NAME}.__new__(): not enough arguments"
            )))
        }
    };
    let exact = Rc::ptr_eq(&cls, &base);
    Ok(Value::object(Rc::new(PyDeque::new(cls, exact))))
}

/// `deque(iterable=(), maxlen=None)`, also on an existing deque (which is
/// emptied first).
// CPython: Modules/_collectionsmodule.c deque_init_impl
fn deque_init(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "__init__")?;
    let a = parse_args(&args, "deque", &["iterable", "maxlen"], 2)?;
    let maxlen = match &a[1] {
        None | Some(Value::None) => None,
        Some(v) => {
            // PyLong_AsSsize_t: ints (and their subclasses) only.
            let v = match v {
                Value::Instance(i) => i.payload.clone().unwrap_or_else(|| v.clone()),
                other => other.clone(),
            };
            let m = match v {
                Value::Int(i) => i,
                Value::Bool(b) => b as i64,
                Value::BigInt(_) => {
                    return Err(overflow_error(
                        "Python int too large to convert to C ssize_t",
                    ))
                }
                _ => return Err(type_error("an integer is required")),
            };
            if m < 0 {
                return Err(value_error("maxlen must be non-negative"));
            }
            Some(m as usize)
        }
    };
    d.maxlen.set(maxlen);
    d.clear();
    if let Some(iterable) = &a[0] {
        d.extend_from(interp, &args.values[0], iterable, false)?;
    }
    Ok(Value::None)
}

// CPython: Modules/_collectionsmodule.c deque_append_impl
fn deque_append(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "append")?;
    let x = one_arg(&args, "deque.append")?;
    d.append(x.clone(), d.maxlen.get());
    Ok(Value::None)
}

// CPython: Modules/_collectionsmodule.c deque_appendleft_impl
fn deque_appendleft(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "appendleft")?;
    let x = one_arg(&args, "deque.appendleft")?;
    d.appendleft(x.clone(), d.maxlen.get());
    Ok(Value::None)
}

// CPython: Modules/_collectionsmodule.c deque_pop_impl
fn deque_pop(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "pop")?;
    no_args(&args, "deque.pop")?;
    d.pop()
}

// CPython: Modules/_collectionsmodule.c deque_popleft_impl
fn deque_popleft(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "popleft")?;
    no_args(&args, "deque.popleft")?;
    d.popleft()
}

// CPython: Modules/_collectionsmodule.c deque_extend_impl
fn deque_extend(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "extend")?;
    let x = one_arg(&args, "deque.extend")?;
    d.extend_from(interp, &args.values[0], x, false)?;
    Ok(Value::None)
}

// CPython: Modules/_collectionsmodule.c deque_extendleft_impl
fn deque_extendleft(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "extendleft")?;
    let x = one_arg(&args, "deque.extendleft")?;
    d.extend_from(interp, &args.values[0], x, true)?;
    Ok(Value::None)
}

// CPython: Modules/_collectionsmodule.c deque_clearmethod_impl
fn deque_clearmethod(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "clear")?;
    no_args(&args, "deque.clear")?;
    d.clear();
    Ok(Value::None)
}

// CPython: Modules/_collectionsmodule.c deque_copy_impl
fn deque_copy(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "copy")?;
    no_args(&args, "deque.copy")?;
    copy_of(interp, &args.values[0], d)
}

// CPython: Modules/_collectionsmodule.c deque___copy___impl
fn deque_dunder_copy(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "__copy__")?;
    no_args(&args, "deque.__copy__")?;
    copy_of(interp, &args.values[0], d)
}

// CPython: Modules/_collectionsmodule.c deque_count_impl
fn deque_count(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "count")?;
    let v = one_arg(&args, "deque.count")?;
    let start = d.state.get();
    let mut count = 0i64;
    for i in 0..d.len() {
        let Some(item) = d.get(i) else { break };
        if ops::eq(interp, &item, v)? {
            count += 1;
        }
        if d.state.get() != start {
            return Err(d.mutated());
        }
    }
    Ok(Value::Int(count))
}

// CPython: Modules/_collectionsmodule.c deque_contains_lock_held
fn deque_contains(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "__contains__")?;
    let v = &slot_args(&args, 1)?[0];
    let start = d.state.get();
    for i in 0..d.len() {
        let Some(item) = d.get(i) else { break };
        if ops::eq(interp, &item, v)? {
            return Ok(Value::Bool(true));
        }
        if d.state.get() != start {
            return Err(d.mutated());
        }
    }
    Ok(Value::Bool(false))
}

// CPython: Modules/_collectionsmodule.c deque_index_impl
fn deque_index(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "index")?;
    if args.has_kwargs() {
        return Err(type_error("deque.index() takes no keyword arguments"));
    }
    let a = check_pos_kw(&args, "index", 1, 3)?;
    let len = d.len() as i64;
    let mut start = match a.get(1) {
        Some(v) => slice_index(interp, v)?,
        None => 0,
    };
    let mut stop = match a.get(2) {
        Some(v) => slice_index(interp, v)?,
        None => len,
    };
    if start < 0 {
        start = (start.saturating_add(len)).max(0);
    }
    if stop < 0 {
        stop = (stop.saturating_add(len)).max(0);
    }
    stop = stop.min(len);
    start = start.min(stop);
    let state = d.state.get();
    for i in start..stop {
        let Some(item) = d.get(i as usize) else { break };
        if ops::eq(interp, &item, &a[0])? {
            return Ok(Value::Int(i));
        }
        if d.state.get() != state {
            return Err(d.mutated());
        }
    }
    Err(value_error("deque.index(x): x not in deque"))
}

// CPython: Modules/_collectionsmodule.c deque_insert_impl
fn deque_insert(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "insert")?;
    if args.has_kwargs() {
        return Err(type_error("deque.insert() takes no keyword arguments"));
    }
    let a = check_pos_kw(&args, "insert", 2, 2)?;
    let index = ssize_arg(interp, &a[0])?;
    d.insert(index, a[1].clone())?;
    Ok(Value::None)
}

// CPython: Modules/_collectionsmodule.c deque_remove_impl
fn deque_remove(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "remove")?;
    let value = one_arg(&args, "deque.remove")?;
    let start = d.state.get();
    for i in 0..d.len() {
        let Some(item) = d.get(i) else { break };
        let found = ops::eq(interp, &item, value)?;
        if d.state.get() != start {
            return Err(index_error("deque mutated during iteration"));
        }
        if found {
            d.del_item(i);
            return Ok(Value::None);
        }
    }
    Err(value_error("deque.remove(x): x not in deque"))
}

// CPython: Modules/_collectionsmodule.c deque_reverse_impl
fn deque_reverse(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "reverse")?;
    no_args(&args, "deque.reverse")?;
    // CPython swaps items in place without touching the state.
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

// CPython: Modules/_collectionsmodule.c deque_rotate_impl
fn deque_rotate(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "rotate")?;
    if args.has_kwargs() {
        return Err(type_error("deque.rotate() takes no keyword arguments"));
    }
    let a = check_pos_kw(&args, "rotate", 0, 1)?;
    let n = match a.first() {
        Some(v) => ssize_arg(interp, v)?,
        None => 1,
    };
    d.rotate(n);
    Ok(Value::None)
}

// CPython: Modules/_collectionsmodule.c deque_len
fn deque_len(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "__len__")?;
    slot_args(&args, 0)?;
    Ok(Value::Int(d.len() as i64))
}

// CPython: Modules/_collectionsmodule.c deque_item_lock_held
fn deque_getitem(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "__getitem__")?;
    let key = &slot_args(&args, 1)?[0];
    let i = item_index(interp, d, key)?;
    d.get(i)
        .ok_or_else(|| index_error("deque index out of range"))
}

// CPython: Modules/_collectionsmodule.c deque_ass_item_lock_held
fn deque_setitem(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "__setitem__")?;
    if args.has_kwargs() {
        return Err(type_error(
            "wrapper __setitem__() takes no keyword arguments",
        ));
    }
    // CPython: Objects/typeobject.c wrap_sq_setitem's own count check.
    let a = check_pos_kw(&args, "__setitem__", 2, 2)?;
    let i = item_index(interp, d, &a[0])?;
    let old = d
        .items
        .borrow_mut()
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, a[1].clone()));
    drop(old);
    Ok(Value::None)
}

// CPython: Modules/_collectionsmodule.c deque_del_item
fn deque_delitem(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "__delitem__")?;
    let key = &slot_args(&args, 1)?[0];
    let i = item_index(interp, d, key)?;
    d.del_item(i);
    Ok(Value::None)
}

// CPython: Modules/_collectionsmodule.c deque_iter
fn deque_iter(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    this(&args, "__iter__")?;
    slot_args(&args, 0)?;
    Ok(new_iter(&args.values[0], false))
}

// CPython: Modules/_collectionsmodule.c deque___reversed___impl
fn deque_reversed(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    this(&args, "__reversed__")?;
    no_args(&args, "deque.__reversed__")?;
    Ok(new_iter(&args.values[0], true))
}

/// `d + other`; NotImplemented for a non-deque (the operator then raises
/// CPython's "can only concatenate deque" through `binop_error`).
// CPython: Modules/_collectionsmodule.c deque_concat_lock_held
fn deque_add(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "__add__")?;
    let other = &slot_args(&args, 1)?[0];
    if as_deque(other).is_none() {
        return Ok(Value::NotImplemented);
    }
    let new = copy_of(interp, &args.values[0], d)?;
    if let Some(nd) = as_deque(&new) {
        nd.extend_from(interp, &new, other, false)?;
    }
    Ok(new)
}

// CPython: Modules/_collectionsmodule.c deque_inplace_concat
fn deque_iadd(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "__iadd__")?;
    let other = &slot_args(&args, 1)?[0];
    d.extend_from(interp, &args.values[0], other, false)?;
    Ok(args.values[0].clone())
}

/// `d * n` and `n * d`; NotImplemented when `n` is not an integer.
// CPython: Modules/_collectionsmodule.c deque_repeat
fn deque_mul(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "__mul__")?;
    let n = &slot_args(&args, 1)?[0];
    if !is_index(n) {
        return Ok(Value::NotImplemented);
    }
    let n = as_ssize(interp, n, ExcKind::OverflowError)?;
    let new = copy_of(interp, &args.values[0], d)?;
    if let Some(nd) = as_deque(&new) {
        nd.inplace_repeat(n)?;
    }
    Ok(new)
}

// CPython: Modules/_collectionsmodule.c deque_inplace_repeat
fn deque_imul(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "__imul__")?;
    let n = &slot_args(&args, 1)?[0];
    if !is_index(n) {
        return Ok(Value::NotImplemented);
    }
    let n = as_ssize(interp, n, ExcKind::OverflowError)?;
    d.inplace_repeat(n)?;
    Ok(args.values[0].clone())
}

/// One side of a comparison: CPython walks both deques with iterators,
/// so a comparison that mutates either raises, and a subclass's own
/// `__iter__` is used.
enum Walk<'a> {
    Native(&'a DequeIter),
    Generic(Value),
}

impl<'a> Walk<'a> {
    fn of(it: &'a Value) -> Walk<'a> {
        match it {
            Value::Object(o) => match o.as_any().downcast_ref::<DequeIter>() {
                Some(d) => Walk::Native(d),
                None => Walk::Generic(it.clone()),
            },
            _ => Walk::Generic(it.clone()),
        }
    }

    fn next(&self, interp: &mut dyn Interp) -> PyResult<Option<Value>> {
        match self {
            Walk::Native(it) => it.next_item(),
            Walk::Generic(it) => ops::next(interp, it),
        }
    }
}

// CPython: Modules/_collectionsmodule.c deque_richcompare
fn richcompare(interp: &mut dyn Interp, args: &Args<'_>, op: CmpOp, name: &str) -> PyResult<Value> {
    let v = this(args, name)?;
    let wv = &slot_args(args, 1)?[0];
    let Some(w) = as_deque(wv) else {
        return Ok(Value::NotImplemented);
    };
    let vv = &args.values[0];
    let (vs, ws) = (v.len(), w.len());
    let same = vv.is(wv);
    match op {
        CmpOp::Eq if same => return Ok(Value::Bool(true)),
        CmpOp::Eq if vs != ws => return Ok(Value::Bool(false)),
        CmpOp::Ne if same => return Ok(Value::Bool(false)),
        CmpOp::Ne if vs != ws => return Ok(Value::Bool(true)),
        _ => {}
    }
    let it1 = v.iter_of(interp, vv)?;
    let it2 = w.iter_of(interp, wv)?;
    let (w1, w2) = (Walk::of(&it1), Walk::of(&it2));
    let (x, y) = loop {
        let x = w1.next(interp)?;
        let y = w2.next(interp)?;
        let (Some(xi), Some(yi)) = (&x, &y) else {
            break (x, y);
        };
        if !ops::eq(interp, xi, yi)? {
            return Ok(Value::Bool(ops::compare_bool(interp, xi, yi, op)?));
        }
    };
    Ok(Value::Bool(match op {
        CmpOp::Lt => y.is_some(),
        CmpOp::Le => x.is_none(),
        CmpOp::Eq => x.is_none() && y.is_none(),
        CmpOp::Ne => x.is_some() || y.is_some(),
        CmpOp::Gt => x.is_some(),
        _ => y.is_none(),
    }))
}

fn deque_eq(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    richcompare(interp, &args, CmpOp::Eq, "__eq__")
}

fn deque_ne(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    richcompare(interp, &args, CmpOp::Ne, "__ne__")
}

fn deque_lt(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    richcompare(interp, &args, CmpOp::Lt, "__lt__")
}

fn deque_le(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    richcompare(interp, &args, CmpOp::Le, "__le__")
}

fn deque_gt(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    richcompare(interp, &args, CmpOp::Gt, "__gt__")
}

fn deque_ge(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    richcompare(interp, &args, CmpOp::Ge, "__ge__")
}

/// `deque([1, 2])`, `deque([1], maxlen=3)`, `[...]` inside itself; a
/// subclass shows its own name.
// CPython: Modules/_collectionsmodule.c deque_repr
fn deque_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "__repr__")?;
    slot_args(&args, 0)?;
    let this_v = &args.values[0];
    let Some(list) = rspy_objects::repr::guarded(interp, this_v, |i| {
        // CPython: PySequence_List(deque), through a subclass's __iter__.
        let items = d.items_via_iter(i, this_v)?;
        ops::repr(i, &Value::list(items))
    })?
    else {
        return Ok(Value::str("[...]"));
    };
    let name = &d.cls.name;
    Ok(Value::string(match d.maxlen.get() {
        Some(m) => format!("{name}({list}, maxlen={m})"),
        None => format!("{name}({list})"),
    }))
}

/// `(type(d), () or ((), maxlen), state, iter(d))`.
// CPython: Modules/_collectionsmodule.c deque___reduce___impl
fn deque_reduce(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "__reduce__")?;
    no_args(&args, "deque.__reduce__")?;
    let this_v = &args.values[0];
    // CPython: _PyObject_GetState (object.__getstate__ unless overridden).
    let state = match d.cls.lookup("__getstate__") {
        Some(f) if !matches!(f, Value::Native(_)) => {
            ops::call_method(interp, this_v, "__getstate__", &[])?
        }
        _ => match &d.dict {
            Some(dict) if !dict.is_empty() => Value::Dict(dict.clone()),
            _ => Value::None,
        },
    };
    let ctor_args = match d.maxlen.get() {
        None => Value::tuple(vec![]),
        Some(m) => Value::tuple(vec![Value::tuple(vec![]), Value::Int(m as i64)]),
    };
    let it = d.iter_of(interp, this_v)?;
    Ok(Value::tuple(vec![
        Value::Type(d.cls.clone()),
        ctor_args,
        state,
        it,
    ]))
}

// CPython: Modules/_collectionsmodule.c deque___sizeof___impl
fn deque_sizeof(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "__sizeof__")?;
    no_args(&args, "deque.__sizeof__")?;
    Ok(Value::Int(d.sizeof() as i64))
}

// CPython: Modules/_collectionsmodule.c deque_get_maxlen
fn deque_maxlen(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "maxlen")?;
    Ok(d.maxlen.get().map_or(Value::None, |m| Value::Int(m as i64)))
}

/// Setting or deleting `maxlen` (a getset descriptor without a setter).
fn deque_maxlen_readonly(_: &mut dyn Interp, _: Args<'_>) -> PyResult<Value> {
    Err(ExcKind::AttributeError.new_err(format!(
        "attribute 'maxlen' of '{TP_NAME}' objects is not writable"
    )))
}

// ------------------------------------------------------------ iterators

/// A forward or reverse iterator over a deque. CPython:
/// Modules/_collectionsmodule.c dequeiterobject.
pub struct DequeIter {
    deque: Rc<PyDeque>,
    reverse: bool,
    /// The next position (forward iterators).
    index: Cell<usize>,
    /// The deque's state when the iterator was made.
    state: u64,
    /// Items left to produce.
    counter: Cell<usize>,
}

impl NativeObject for DequeIter {
    fn py_type(&self) -> Rc<PyType> {
        let t = collections_types();
        if self.reverse {
            t.reviter.clone()
        } else {
            t.iter.clone()
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn tp_iternext(&self, _: &mut dyn Interp) -> Option<PyResult<Option<Value>>> {
        Some(self.next_item())
    }
}

impl DequeIter {
    /// CPython: Modules/_collectionsmodule.c dequeiter_next_lock_held,
    /// dequereviter_next_lock_held (which checks the count first).
    fn next_item(&self) -> PyResult<Option<Value>> {
        if self.reverse && self.counter.get() == 0 {
            return Ok(None);
        }
        if self.deque.state.get() != self.state {
            self.counter.set(0);
            return Err(self.deque.mutated());
        }
        let left = self.counter.get();
        if left == 0 {
            return Ok(None);
        }
        let pos = if self.reverse {
            left - 1
        } else {
            self.index.get()
        };
        let Some(item) = self.deque.get(pos) else {
            self.counter.set(0);
            return Ok(None);
        };
        self.index.set(pos + 1);
        self.counter.set(left - 1);
        Ok(Some(item))
    }
}

fn new_iter(deque: &Value, reverse: bool) -> Value {
    match downcast_object::<PyDeque>(deque) {
        Some(d) => Value::object(Rc::new(DequeIter {
            state: d.state.get(),
            counter: Cell::new(d.len()),
            deque: d,
            reverse,
            index: Cell::new(0),
        })),
        None => Value::None,
    }
}

fn this_iter<'a>(args: &Args<'a>, name: &str, reverse: bool) -> PyResult<&'a DequeIter> {
    let first = args.positional().first();
    if let Some(Value::Object(o)) = first {
        if let Some(it) = o.as_any().downcast_ref::<DequeIter>() {
            if it.reverse == reverse {
                return Ok(it);
            }
        }
    }
    Err(descr_error(
        name,
        &format!("collections.{}", iter_name(reverse)),
        first,
    ))
}

fn iter_name(reverse: bool) -> &'static str {
    if reverse {
        "_deque_reverse_iterator"
    } else {
        "_deque_iterator"
    }
}

fn iter_next(reverse: bool, args: &Args<'_>) -> PyResult<Value> {
    let it = this_iter(args, "__next__", reverse)?;
    slot_args(args, 0)?;
    match it.next_item()? {
        Some(v) => Ok(v),
        None => Err(PyErr::new(ExcKind::StopIteration.get(), vec![])),
    }
}

fn iter_self(reverse: bool, args: &Args<'_>) -> PyResult<Value> {
    this_iter(args, "__iter__", reverse)?;
    slot_args(args, 0)?;
    Ok(args.values[0].clone())
}

// CPython: Modules/_collectionsmodule.c dequeiter_len
fn iter_length_hint(reverse: bool, args: &Args<'_>) -> PyResult<Value> {
    let it = this_iter(args, "__length_hint__", reverse)?;
    no_args(args, &format!("{}.__length_hint__", iter_name(reverse)))?;
    Ok(Value::Int(it.counter.get() as i64))
}

// CPython: Modules/_collectionsmodule.c dequeiter_reduce
fn iter_reduce(reverse: bool, args: &Args<'_>) -> PyResult<Value> {
    let it = this_iter(args, "__reduce__", reverse)?;
    no_args(args, &format!("{}.__reduce__", iter_name(reverse)))?;
    let done = it.deque.len() as i64 - it.counter.get() as i64;
    Ok(Value::tuple(vec![
        Value::Type(args.values[0].py_type()),
        Value::tuple(vec![Value::object(it.deque.clone()), Value::Int(done)]),
    ]))
}

/// `_deque_iterator(deque, index=0)`: an iterator that has already
/// produced `index` items (for unpickling).
// CPython: Modules/_collectionsmodule.c dequeiter_new, dequereviter_new
fn iter_new(interp: &mut dyn Interp, reverse: bool, args: &Args<'_>) -> PyResult<Value> {
    let a = rest(args);
    if a.is_empty() {
        return Err(type_error("function takes at least 1 argument (0 given)"));
    }
    if a.len() > 2 {
        return Err(type_error(format!(
            "function takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    if as_deque(&a[0]).is_none() {
        return Err(type_error(format!(
            "argument 1 must be {TP_NAME}, not {}",
            a[0].type_name()
        )));
    }
    let index = match a.get(1) {
        Some(v) => ssize_arg(interp, v)?,
        None => 0,
    };
    let it = new_iter(&a[0], reverse);
    if let Some(i) = downcast_object::<DequeIter>(&it) {
        for _ in 0..index.max(0) {
            if i.next_item()?.is_none() {
                break;
            }
        }
    }
    Ok(it)
}

fn fwd_next(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    iter_next(false, &args)
}
fn rev_next(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    iter_next(true, &args)
}
fn fwd_iter(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    iter_self(false, &args)
}
fn rev_iter(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    iter_self(true, &args)
}
fn fwd_length_hint(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    iter_length_hint(false, &args)
}
fn rev_length_hint(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    iter_length_hint(true, &args)
}
fn fwd_reduce(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    iter_reduce(false, &args)
}
fn rev_reduce(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    iter_reduce(true, &args)
}
fn fwd_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    iter_new(interp, false, &args)
}
fn rev_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    iter_new(interp, true, &args)
}

// ------------------------------------------------------------ registration

const DEQUE_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", deque_init),
    ("append", deque_append),
    ("appendleft", deque_appendleft),
    ("pop", deque_pop),
    ("popleft", deque_popleft),
    ("extend", deque_extend),
    ("extendleft", deque_extendleft),
    ("clear", deque_clearmethod),
    ("copy", deque_copy),
    ("__copy__", deque_dunder_copy),
    ("count", deque_count),
    ("index", deque_index),
    ("insert", deque_insert),
    ("remove", deque_remove),
    ("reverse", deque_reverse),
    ("rotate", deque_rotate),
    ("__len__", deque_len),
    ("__getitem__", deque_getitem),
    ("__setitem__", deque_setitem),
    ("__delitem__", deque_delitem),
    ("__contains__", deque_contains),
    ("__iter__", deque_iter),
    ("__reversed__", deque_reversed),
    ("__add__", deque_add),
    ("__iadd__", deque_iadd),
    ("__mul__", deque_mul),
    ("__rmul__", deque_mul),
    ("__imul__", deque_imul),
    ("__eq__", deque_eq),
    ("__ne__", deque_ne),
    ("__lt__", deque_lt),
    ("__le__", deque_le),
    ("__gt__", deque_gt),
    ("__ge__", deque_ge),
    ("__repr__", deque_repr),
    ("__reduce__", deque_reduce),
    ("__sizeof__", deque_sizeof),
];

/// The iterators' methods: name, forward version, reverse version.
const ITER_METHODS: &[(&str, NativeFn, NativeFn)] = &[
    ("__next__", fwd_next, rev_next),
    ("__iter__", fwd_iter, rev_iter),
    ("__length_hint__", fwd_length_hint, rev_length_hint),
    ("__reduce__", fwd_reduce, rev_reduce),
];

fn collections_type(name: &str, layout: Layout, final_type: bool) -> Rc<PyType> {
    let bases = vec![types().object_type.clone()];
    let t = if final_type {
        PyType::new_final(name, bases, layout)
    } else {
        PyType::new_builtin(name, bases, layout)
    };
    *t.module.borrow_mut() = "collections".to_string();
    t.set_tp_name(&format!("collections.{name}"));
    // A C type of a module other than builtins has `__module__` in its dict.
    t.dict.set_str("__module__", Value::str("collections"));
    t.dict.set_str("__doc__", Value::None);
    t
}

fn make_types() -> CollectionsTypes {
    let deque = collections_type("deque", Layout::Native, false);
    deque.add_static("__new__", deque_new);
    for (name, f) in DEQUE_METHODS {
        deque.add_method(name, *f);
    }
    let native =
        |name: &'static str, f: NativeFn| Value::Native(Rc::new(NativeFunction::function(name, f)));
    deque.dict.set_str(
        "maxlen",
        Value::Property(Rc::new(PyProperty::new(
            native("maxlen", deque_maxlen),
            native("maxlen", deque_maxlen_readonly),
            native("maxlen", deque_maxlen_readonly),
            Value::str("maximum size of a deque or None if unbounded"),
        ))),
    );
    deque.dict.set_str("__hash__", Value::None);
    deque.dict.set_str(
        "__class_getitem__",
        rspy_objects::generic_alias::class_getitem_method(),
    );
    deque.dict.set_str(
        "__doc__",
        Value::str("A list-like sequence optimized for data accesses near its endpoints."),
    );

    let iter = collections_type("_deque_iterator", Layout::Builtin, true);
    let reviter = collections_type("_deque_reverse_iterator", Layout::Builtin, true);
    iter.add_static("__new__", fwd_new);
    reviter.add_static("__new__", rev_new);
    for (name, fwd, rev) in ITER_METHODS {
        iter.add_method(name, *fwd);
        reviter.add_method(name, *rev);
    }
    CollectionsTypes {
        deque,
        iter,
        reviter,
    }
}

/// `import _collections`.
pub fn init(_: &mut Vm) -> PyResult<Rc<PyModule>> {
    let t = collections_types();
    let d = Rc::new(PyDict::new());
    d.set_str("__name__", Value::str("_collections"));
    d.set_str("deque", Value::Type(t.deque.clone()));
    d.set_str("_deque_iterator", Value::Type(t.iter.clone()));
    d.set_str("_deque_reverse_iterator", Value::Type(t.reviter.clone()));
    Ok(Rc::new(PyModule::new("_collections".to_string(), d)))
}
