//! `Value`: the one handle every Python object is reached through.
//!
//! CPython passes `PyObject *` everywhere; rspy passes a small enum whose
//! immediate variants (None, bool, small int, float) need no allocation and
//! whose other variants hold an `Rc` to the object's payload. Cloning a
//! `Value` is a copy or a reference-count increment. Maps to
//! Include/object.h (`PyObject`, `Py_TYPE`).

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::dict::{PyDict, PySet};
use crate::exceptions::PyErr;
use crate::function::{BoundMethod, NativeFunction, PyFunction};
use crate::generator::PyGenerator;
use crate::iter::PyIterator;
use crate::types::{types, PyType};

/// The result of any operation that may raise a Python exception.
pub type PyResult<T = Value> = Result<T, PyErr>;

/// A Python object handle.
#[derive(Clone)]
pub enum Value {
    /// Not a Python object: an unbound local, an empty stack slot, or the
    /// "no self" marker of `LoadMethod`. Never visible to Python code.
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    Bytes(Rc<PyBytes>),
    Tuple(Rc<PyTuple>),
    List(Rc<PyList>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Type(Rc<PyType>),
    Instance(Rc<PyInstance>),
    Function(Rc<PyFunction>),
    Native(Rc<NativeFunction>),
    Method(Rc<BoundMethod>),
    Generator(Rc<PyGenerator>),
    Module(Rc<PyModule>),
    Cell(Rc<PyCell>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Iterator(Rc<PyIterator>),
    Property(Rc<PyProperty>),
    ClassMethod(Rc<Value>),
    StaticMethod(Rc<Value>),
    Super(Rc<PySuper>),
    Code(Rc<crate::code::Code>),
    /// Objects of types defined outside this crate (asyncio primitives,
    /// futures, the event loop): they carry their own type object.
    Object(NativeRef),
}

/// How a `Value` holds a native object: a thin pointer to the object's
/// `Rc<dyn NativeObject>`. A fat `Rc<dyn ..>` in the enum would make every
/// `Value` three words, passed through memory instead of two registers,
/// and every copy of one slower. Identity is the object's: handles made
/// separately from one object are the same object to `is` and `id()`.
#[derive(Clone)]
pub struct NativeRef(Rc<Rc<dyn NativeObject>>);

impl NativeRef {
    pub fn new(obj: Rc<dyn NativeObject>) -> NativeRef {
        NativeRef(Rc::new(obj))
    }

    /// The object's own reference-counted handle.
    pub fn rc(&self) -> &Rc<dyn NativeObject> {
        &self.0
    }

    /// How many `Value`s share this handle (the cycle collector's count).
    pub fn handle_count(&self) -> usize {
        Rc::strong_count(&self.0)
    }

    /// The handle's own address (not the object's; see `addr`).
    pub fn handle_addr(&self) -> usize {
        Rc::as_ptr(&self.0) as usize
    }

    /// The object's address (identity, `id()`).
    pub fn addr(&self) -> usize {
        Rc::as_ptr(&*self.0) as *const u8 as usize
    }
}

impl std::ops::Deref for NativeRef {
    type Target = dyn NativeObject;
    fn deref(&self) -> &(dyn NativeObject + 'static) {
        &**self.0
    }
}

/// The Rust object behind `v`, if `v` is a native object of type `T`.
pub fn downcast_object<T: NativeObject>(v: &Value) -> Option<Rc<T>> {
    let Value::Object(o) = v else {
        return None;
    };
    let any: Rc<dyn Any> = o.rc().clone();
    any.downcast::<T>().ok()
}

/// A type implemented in Rust outside the core object model.
pub trait NativeObject: Any {
    fn py_type(&self) -> Rc<PyType>;
    fn as_any(&self) -> &dyn Any;
    /// The await protocol, for objects `await` can delegate to.
    fn as_awaitable(&self) -> Option<&dyn crate::awaitable::NativeAwaitable> {
        None
    }
    /// `async with` without awaitable objects, for managers that offer it.
    fn async_context(&self) -> Option<&dyn crate::awaitable::NativeAsyncContext> {
        None
    }
    /// Attributes set from Python, for types that accept them (instances
    /// of Python subclasses of a native type, futures' private fields).
    fn instance_dict(&self) -> Option<&Rc<PyDict>> {
        None
    }
    /// The length, for `len()` and truth tests without dunder dispatch
    /// (CPython's `sq_length` slot). `None` leaves them to `__len__` /
    /// `__bool__`: the default, and what an instance of a Python subclass
    /// that may override them should answer.
    fn sq_length(&self) -> Option<usize> {
        None
    }
    /// The next item of a native iterator, for `next()` and `for` without
    /// dunder dispatch or a StopIteration object (CPython's `tp_iternext`):
    /// `Some(Ok(None))` when exhausted, `None` to go through `__next__`.
    fn tp_iternext(
        &self,
        _interp: &mut dyn crate::interp::Interp,
    ) -> Option<PyResult<Option<Value>>> {
        None
    }
    /// The TypeError of `self op other` (`other op self` when `reflected`)
    /// when neither operand's method applied, for types whose CPython
    /// message is not "unsupported operand type(s)" (a sequence's
    /// `sq_concat`/`sq_repeat` fallback). `None` keeps the generic message.
    fn binop_error(
        &self,
        _op: crate::code::BinOp,
        _other: &Value,
        _reflected: bool,
    ) -> Option<PyErr> {
        None
    }
    /// Visit every object this one holds a strong reference to, once per
    /// reference, for the cycle collector (CPython: tp_traverse). The
    /// default visits nothing: such an object is never found in a cycle.
    fn gc_traverse(&self, _tracer: &mut crate::gc::Tracer) {}
    /// Drop the references `gc_traverse` visits, to break a garbage cycle
    /// (CPython: tp_clear).
    fn gc_clear(&self) {}
    /// What must run before this unreachable object is cleared (a report
    /// the object makes when it dies), marking it done.
    fn gc_finalizer(&self, _me: &Rc<dyn NativeObject>) -> Option<crate::finalize::Finalizer> {
        None
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => write!(f, "<NULL>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            other => write!(f, "<{} object>", other.type_name()),
        }
    }
}

impl Value {
    /// A native object as a value.
    pub fn object<T: NativeObject>(obj: Rc<T>) -> Value {
        Value::Object(NativeRef::new(obj))
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
    }

    /// An int from an i128, as a small int when it fits.
    pub fn from_i128(x: i128) -> Value {
        match i64::try_from(x) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(Rc::new(BigInt::from(x))),
        }
    }

    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The object's type. CPython: `Py_TYPE(op)`.
    pub fn py_type(&self) -> Rc<PyType> {
        let t = types();
        match self {
            Value::Null | Value::None => t.none_type.clone(),
            Value::NotImplemented => t.not_implemented_type.clone(),
            Value::Ellipsis => t.ellipsis_type.clone(),
            Value::Bool(_) => t.bool_type.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int_type.clone(),
            Value::Float(_) => t.float_type.clone(),
            Value::Str(_) => t.str_type.clone(),
            Value::Bytes(_) => t.bytes_type.clone(),
            Value::Tuple(_) => t.tuple_type.clone(),
            Value::List(_) => t.list_type.clone(),
            Value::Dict(_) => t.dict_type.clone(),
            Value::Set(_) => t.set_type.clone(),
            Value::FrozenSet(_) => t.frozenset_type.clone(),
            Value::Type(ty) => ty.metaclass(),
            Value::Instance(i) => i.class.borrow().clone(),
            Value::Function(_) => t.function_type.clone(),
            Value::Native(n) => {
                if n.self_type.is_some() {
                    t.method_descriptor_type.clone()
                } else {
                    t.builtin_function_type.clone()
                }
            }
            Value::Method(m) => {
                if matches!(m.func, Value::Native(_)) {
                    t.builtin_function_type.clone()
                } else {
                    t.method_type.clone()
                }
            }
            Value::Generator(g) => g.py_type(),
            Value::Module(_) => t.module_type.clone(),
            Value::Cell(_) => t.cell_type.clone(),
            Value::Range(_) => t.range_type.clone(),
            Value::Slice(_) => t.slice_type.clone(),
            Value::Iterator(it) => it.py_type(),
            Value::Property(_) => t.property_type.clone(),
            Value::ClassMethod(_) => t.classmethod_type.clone(),
            Value::StaticMethod(_) => t.staticmethod_type.clone(),
            Value::Super(_) => t.super_type.clone(),
            Value::Code(_) => t.code_type.clone(),
            Value::Object(o) => o.py_type(),
        }
    }

    /// `type(x).__name__`, used in most error messages.
    /// The type's name as error messages give it. CPython: tp_name.
    pub fn type_name(&self) -> String {
        self.py_type().tp_name()
    }

    /// Identity, as `is` sees it. CPython: pointer comparison.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None)
            | (Value::Null, Value::Null)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints are cached in CPython; all i64 ints compare by value here.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Address of the heap payload, for identity and `id()`.
    pub fn ptr(&self) -> Option<usize> {
        Some(match self {
            Value::BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Set(r) | Value::FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Type(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Native(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Method(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Iterator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Property(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::ClassMethod(r) | Value::StaticMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Super(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Object(r) => r.addr(),
            _ => return None,
        })
    }

    /// A stable number for `id()`: the payload address, or a value-derived
    /// number for immediates.
    pub fn id(&self) -> i64 {
        match self.ptr() {
            Some(p) => p as i64,
            None => match self {
                Value::None => 0x1000,
                Value::Bool(b) => 0x1010 + *b as i64,
                Value::NotImplemented => 0x1020,
                Value::Ellipsis => 0x1030,
                Value::Int(i) => 0x7000_0000_0000 ^ i.wrapping_mul(16),
                Value::Float(x) => 0x6000_0000_0000 ^ (x.to_bits() as i64 >> 4),
                _ => 0,
            },
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    pub fn is_exception_instance(&self) -> bool {
        matches!(self, Value::Instance(i) if i.exc.is_some())
    }
}

/// An immutable str. The hash is computed once; `ascii` makes indexing O(1)
/// for the common case. CPython: Objects/unicodeobject.c.
pub struct PyStr {
    s: Box<str>,
    hash: Cell<i64>,
    ascii: bool,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr {
            ascii: s.is_ascii(),
            s: s.into(),
            hash: Cell::new(-1),
        }
    }

    pub fn from_string(s: String) -> PyStr {
        PyStr {
            ascii: s.is_ascii(),
            s: s.into_boxed_str(),
            hash: Cell::new(-1),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// Length in code points, as `len()` counts.
    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.s.len()
        } else {
            self.s.chars().count()
        }
    }

    /// CPython randomizes str hashes per process; any good hash will do as
    /// long as it is stable within a run and never -1.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(h);
        h
    }
}

/// bytes. CPython: Objects/bytesobject.c.
pub struct PyBytes {
    pub data: Vec<u8>,
}

/// tuple. CPython: Objects/tupleobject.c.
pub struct PyTuple {
    pub items: Vec<Value>,
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple { items }
    }
}

/// list. CPython: Objects/listobject.c.
pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: RefCell::new(items),
        }
    }
}

/// An instance of a class defined in Python (or of `object`, or of a
/// built-in exception type). Exceptions carry their state in `exc`.
pub struct PyInstance {
    pub class: RefCell<Rc<PyType>>,
    /// The instance `__dict__` (replaceable: `obj.__dict__ = d`); read it
    /// with `dict()`.
    pub dict_cell: RefCell<Rc<PyDict>>,
    pub exc: Option<RefCell<crate::exceptions::ExcData>>,
    /// Values of `__slots__` attributes, made on first use.
    pub slots: std::cell::OnceCell<Rc<PyDict>>,
    /// For an instance of a Python subclass of a built-in type (`class
    /// L(list)`): the built-in value it is. CPython keeps it in the object
    /// itself.
    pub payload: Option<Value>,
    /// `__del__` has run (or is queued) for this object: never again.
    /// CPython: the finalized bit of PEP 442.
    pub finalized: Cell<bool>,
}

/// An instance whose class defines `__del__` is revived into a new handle
/// holding its state, and `__del__` is queued to run on it at the next
/// safe point (Drop cannot run Python code). CPython: slot_tp_finalize,
/// called from subtype_dealloc.
impl Drop for PyInstance {
    fn drop(&mut self) {
        if self.finalized.get() || !crate::finalize::accepting() {
            return;
        }
        let cls = self.class.get_mut().clone();
        if !cls.has_del() {
            return;
        }
        let revived = PyInstance {
            class: RefCell::new(cls),
            dict_cell: RefCell::new(std::mem::take(self.dict_cell.get_mut())),
            exc: self.exc.take(),
            slots: std::mem::take(&mut self.slots),
            payload: self.payload.take(),
            finalized: Cell::new(true),
        };
        crate::finalize::defer(crate::finalize::Finalizer::Del(Value::Instance(
            revived.into_tracked(),
        )));
    }
}

impl PyInstance {
    /// The instance on the heap, known to the cycle collector.
    pub fn into_tracked(self) -> Rc<PyInstance> {
        let rc = Rc::new(self);
        crate::gc::track_instance(&rc);
        rc
    }

    /// An instance of `cls` (a subclass of a built-in type) that is `value`.
    pub fn with_payload(cls: Rc<PyType>, value: Value) -> PyInstance {
        PyInstance {
            class: RefCell::new(cls),
            dict_cell: RefCell::new(Rc::new(PyDict::new())),
            exc: None,
            slots: std::cell::OnceCell::new(),
            payload: Some(value),
            finalized: Cell::new(false),
        }
    }

    /// The instance `__dict__`.
    pub fn dict(&self) -> Rc<PyDict> {
        self.dict_cell.borrow().clone()
    }

    /// `obj.__dict__ = d`.
    pub fn set_dict(&self, d: Rc<PyDict>) {
        *self.dict_cell.borrow_mut() = d;
    }

    /// The storage of slot attributes.
    pub fn slot_values(&self) -> &Rc<PyDict> {
        self.slots.get_or_init(|| Rc::new(PyDict::new()))
    }
}

/// A module object. CPython: Objects/moduleobject.c.
pub struct PyModule {
    pub name: String,
    pub dict: Rc<PyDict>,
    /// Its code is still running (an import in progress): attribute errors
    /// then suggest a circular import. CPython: `__spec__._initializing`.
    pub initializing: Cell<bool>,
}

impl PyModule {
    pub fn new(name: impl Into<String>, dict: Rc<PyDict>) -> PyModule {
        PyModule {
            name: name.into(),
            dict,
            initializing: Cell::new(false),
        }
    }
}

/// A closure cell. CPython: Objects/cellobject.c.
pub struct PyCell {
    pub value: RefCell<Value>,
}

impl PyCell {
    pub fn new(v: Value) -> PyCell {
        PyCell {
            value: RefCell::new(v),
        }
    }
}

/// range. CPython keeps arbitrary ints; rspy keeps i128, enough for any
/// range whose length fits in memory arithmetic (OverflowError beyond).
/// CPython: Objects/rangeobject.c.
pub struct PyRange {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl PyRange {
    /// The number of items. CPython: compute_range_length.
    /// Lengths beyond i128 saturate (only indexing needs more; it uses
    /// `len_exact`).
    pub fn len(&self) -> i128 {
        self.len_exact().min(i128::MAX as u128) as i128
    }

    /// The exact number of items.
    pub fn len_exact(&self) -> u128 {
        let (lo, hi, step) = (self.start, self.stop, self.step);
        // Differences of two i128s always fit a u128.
        if step > 0 && lo < hi {
            (hi.wrapping_sub(lo) as u128 - 1) / step.unsigned_abs() + 1
        } else if step < 0 && lo > hi {
            (lo.wrapping_sub(hi) as u128 - 1) / step.unsigned_abs() + 1
        } else {
            0
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Item `i` (no bounds check).
    /// Item `i` (no bounds check); `i` may be a wrapped u128 position.
    pub fn get(&self, i: i128) -> i128 {
        // In range for valid `i`; wrapping keeps the intermediate product exact mod 2^128.
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }

    /// The position of `x` in the range, if present.
    pub fn index_of(&self, x: i128) -> Option<i128> {
        let inside = if self.step > 0 {
            x >= self.start && x < self.stop
        } else {
            x <= self.start && x > self.stop
        };
        if !inside {
            return None;
        }
        let distance = if self.step > 0 {
            x.wrapping_sub(self.start) as u128
        } else {
            self.start.wrapping_sub(x) as u128
        };
        let step = self.step.unsigned_abs();
        (distance % step == 0).then(|| (distance / step).min(i128::MAX as u128) as i128)
    }
}

/// slice. CPython: Objects/sliceobject.c.
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// property. CPython: Objects/descrobject.c.
pub struct PyProperty {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The attribute name `__set_name__` gave it (None until then).
    pub name: RefCell<Value>,
}

impl PyProperty {
    pub fn new(fget: Value, fset: Value, fdel: Value, doc: Value) -> PyProperty {
        PyProperty {
            fget,
            fset,
            fdel,
            doc,
            name: RefCell::new(Value::None),
        }
    }
}

/// super(). CPython: Objects/typeobject.c super_getattro.
pub struct PySuper {
    pub this_class: Rc<PyType>,
    pub obj: Value,
    pub obj_type: Rc<PyType>,
}

/// The hash of a str's contents (never -1). Stable within a process.
pub fn hash_str(s: &str) -> i64 {
    let mut x: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        x ^= b as u64;
        x = x.wrapping_mul(0x0100_0000_01b3);
    }
    x ^= x >> 29;
    let h = (x >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }

    #[test]
    fn range_positions_and_lengths() {
        let r = PyRange {
            start: 0,
            stop: 10,
            step: 2,
        };
        assert_eq!(r.index_of(4), Some(2));
        assert_eq!(r.index_of(5), None);
        assert_eq!(r.len(), 5);
        let r = PyRange {
            start: 10,
            stop: 0,
            step: -3,
        };
        assert_eq!(r.index_of(4), Some(2));
        assert_eq!(r.index_of(0), None);
        assert_eq!(r.len(), 4);
        let r = PyRange {
            start: i64::MIN as i128,
            stop: i64::MAX as i128,
            step: 1,
        };
        assert_eq!(r.len(), u64::MAX as i128);
    }
}
