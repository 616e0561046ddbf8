//! asyncio's synchronization primitives as native types.
//! CPython: Lib/asyncio/locks.py, ported type by type:
//!
//! - `Lock` (locks.py Lock): `locked` flag and a FIFO `WaiterQueue` of
//!   futures. `release()` only completes the first waiter's future; the
//!   waiter sets `locked` itself when its task runs, its future queued
//!   until then so a newcomer cannot barge. A woken waiter cancelled before
//!   it runs passes the wake-up on.
//! - `Event` (locks.py Event): flag plus queue; `set()` completes every
//!   pending waiter.
//! - `Condition` (locks.py Condition): a queue over an underlying lock
//!   (native `Lock`, or any object with acquire/release/locked); `wait()`
//!   re-acquires the lock even when cancelled and passes one notification
//!   on when it fails.
//! - `Semaphore`, `BoundedSemaphore` (locks.py): value plus queue; no
//!   newcomer passes a live waiter; a waiter cancelled after being woken
//!   returns its unit.
//! - `Barrier` (locks.py Barrier): the same state machine
//!   (filling/draining/resetting/broken) over a private native Condition.
//!
//! Each `await x.acquire()` / `wait()` is a native awaitable whose states
//! follow the await points of CPython's coroutine, so the interleavings
//! printed by programs are CPython's. The uncontended path allocates no
//! future and runs no Python frame.
//!
//! Deliberate differences, none observable in behaviour: CPython scans its
//! deques (`all(w.cancelled() ...)`, `deque.remove`, "first waiter not
//! done"); here `WaiterQueue` keeps counts and a cursor, so every operation
//! is O(1) amortised. `_waiters` is exposed as a list snapshot, not a deque.
//! The methods are built-in methods, not Python functions, so function
//! introspection (`__defaults__`, `__code__`) is absent; `acquire()` and
//! `wait()` return coroutine-like awaitables that warn when never awaited,
//! as CPython's coroutines do.

use std::any::Any;
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use rspy_objects::awaitable::{delegate, NativeAsyncContext, NativeAwaitable};
use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{runtime_error, type_error, value_error, ExcKind, PyErr};
use rspy_objects::function::Args;
use rspy_objects::generator::{GenInput, GenStep};
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::types::PyType;
use rspy_objects::value::{downcast_object, NativeObject, PyResult, PyStr, Value};

use super::events::{running_loop, EventLoop};
use super::futures::PyFuture;
use super::{asyncio_types, is_cancelled_error, Traverse};
use rspy_objects::gc::Tracer;

// ------------------------------------------------------------ WaiterQueue

/// A FIFO of waiter futures. Removal is O(1) (the slot is emptied and
/// trimmed from the front later); counts replace CPython's scans.
#[derive(Default)]
pub struct WaiterQueue {
    slots: RefCell<VecDeque<Option<Rc<PyFuture>>>>,
    /// Sequence number of `slots[0]`.
    head: Cell<u64>,
    /// Futures in the queue (CPython: `len(self._waiters)`).
    present: Cell<usize>,
    /// Of those, how many are cancelled (updated by the future itself).
    cancelled: Rc<Cell<usize>>,
    /// Every present future before this sequence number is done.
    cursor: Cell<u64>,
}

impl WaiterQueue {
    /// Append a waiter; returns its sequence number for `remove`.
    pub fn push(&self, fut: Rc<PyFuture>) -> u64 {
        fut.cancel_counter.set(Some(Rc::downgrade(&self.cancelled)));
        let mut slots = self.slots.borrow_mut();
        let seq = self.head.get() + slots.len() as u64;
        slots.push_back(Some(fut));
        self.present.set(self.present.get() + 1);
        seq
    }

    /// Take a waiter out (CPython: `self._waiters.remove(fut)`).
    pub fn remove(&self, seq: u64) {
        let mut slots = self.slots.borrow_mut();
        let Some(idx) = seq.checked_sub(self.head.get()) else {
            return;
        };
        let Some(slot) = slots.get_mut(idx as usize) else {
            return;
        };
        if let Some(f) = slot.take() {
            self.present.set(self.present.get() - 1);
            if f.state.get() == super::futures::FutState::Cancelled {
                self.cancelled.set(self.cancelled.get().saturating_sub(1));
            }
            f.cancel_counter.set(None);
        }
        while matches!(slots.front(), Some(None)) {
            slots.pop_front();
            self.head.set(self.head.get() + 1);
        }
        if self.cursor.get() < self.head.get() {
            self.cursor.set(self.head.get());
        }
    }

    pub fn len(&self) -> usize {
        self.present.get()
    }

    pub fn is_empty(&self) -> bool {
        self.present.get() == 0
    }

    /// Every waiter is cancelled (true when there is none).
    pub fn all_cancelled(&self) -> bool {
        self.present.get() == self.cancelled.get()
    }

    /// The first waiter, done or not (CPython: `next(iter(waiters))`).
    pub fn first(&self) -> Option<Rc<PyFuture>> {
        self.slots.borrow().front().and_then(|s| s.clone())
    }

    /// The first waiter that is not done (CPython's loops over the deque
    /// skipping done futures), found from a cursor that only moves on.
    pub fn next_undone(&self) -> Option<Rc<PyFuture>> {
        let slots = self.slots.borrow();
        let head = self.head.get();
        let mut seq = self.cursor.get().max(head);
        while let Some(slot) = slots.get((seq - head) as usize) {
            if let Some(f) = slot {
                if !f.done() {
                    self.cursor.set(seq);
                    return Some(f.clone());
                }
            }
            seq += 1;
        }
        self.cursor.set(seq);
        None
    }

    /// Take the first waiter out, done or not (CPython:
    /// `waiters.popleft()`).
    pub fn pop_front(&self) -> Option<Rc<PyFuture>> {
        let f = self.first()?;
        self.remove(self.head.get());
        Some(f)
    }

    /// The waiters, for `_waiters`.
    pub fn snapshot(&self) -> Vec<Value> {
        self.slots
            .borrow()
            .iter()
            .flatten()
            .map(|f| Value::object(f.clone()))
            .collect()
    }
}

// ------------------------------------------------------------ loop binding

/// The loop a primitive is bound to at its first wait. CPython:
/// mixins._LoopBoundMixin.
#[derive(Default)]
pub struct LoopBinding(RefCell<Option<Rc<EventLoop>>>);

impl LoopBinding {
    /// CPython: _LoopBoundMixin._get_loop.
    /// `this` makes the primitive's value for the error message only.
    pub(super) fn get(
        &self,
        interp: &mut dyn Interp,
        this: impl FnOnce() -> Value,
    ) -> PyResult<Rc<EventLoop>> {
        let running = running_loop();
        let bound = {
            let mut b = self.0.borrow_mut();
            if b.is_none() {
                b.clone_from(&running);
            }
            b.clone()
        };
        let same = match (&running, &bound) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        if !same {
            let r = ops::repr(interp, &this())?;
            return Err(runtime_error(format!(
                "{r} is bound to a different event loop"
            )));
        }
        running.ok_or_else(|| {
            ExcKind::AttributeError.new_err("'NoneType' object has no attribute 'create_future'")
        })
    }

    pub(super) fn value(&self) -> Value {
        self.0.borrow().as_ref().map_or(Value::None, |l| l.value())
    }
}

/// A new waiter future on `lp`, queued in `q`, blocking its task.
pub(super) fn new_waiter(lp: Rc<EventLoop>, q: &WaiterQueue) -> (Rc<PyFuture>, u64) {
    let fut = Rc::new(PyFuture::new(
        asyncio_types().future.clone(),
        Some(lp),
        None,
    ));
    let seq = q.push(fut.clone());
    (fut, seq)
}

pub(super) fn yield_future(fut: &Rc<PyFuture>) -> PyResult<GenStep> {
    fut.blocking.set(true);
    Ok(GenStep::Yield(Value::object(fut.clone())))
}

fn set_true(interp: &mut dyn Interp, fut: &Rc<PyFuture>, v: bool) -> PyResult<()> {
    fut.set_result(interp, Value::Bool(v))
}

/// `<module.Class object at 0x... [extra]>`. CPython: each primitive's
/// __repr__ over object.__repr__.
fn primitive_repr(this: &Value, extra: &str) -> Value {
    let cls = this.py_type();
    Value::string(format!(
        "<{} object at {:#x} [{extra}]>",
        cls.full_name(),
        this.id()
    ))
}

macro_rules! native_object {
    ($t:ty $(, $extra:item)*) => {
        impl NativeObject for $t {
            fn py_type(&self) -> Rc<PyType> {
                self.cls.clone()
            }
            fn as_any(&self) -> &dyn Any {
                self
            }
            fn instance_dict(&self) -> Option<&Rc<PyDict>> {
                Some(self.dict.get_or_init(|| Rc::new(PyDict::new())))
            }
            fn gc_traverse(&self, t: &mut Tracer) {
                if let Some(d) = self.dict.get() {
                    t.dict(d);
                }
                Traverse::traverse(self, t)
            }
            fn gc_clear(&self) {
                Traverse::clear(self)
            }
            $($extra)*
        }
    };
}

/// Whether `async with` may skip the awaits on this primitive: an exact
/// native type (a subclass may override `acquire`/`release`) without
/// instance attributes (which could shadow them, as in CPython).
fn plain_async_context(
    cls: &Rc<PyType>,
    exact: &[&Rc<PyType>],
    dict: &OnceCell<Rc<PyDict>>,
) -> bool {
    exact.iter().any(|t| Rc::ptr_eq(cls, t)) && dict.get().is_none_or(|d| d.is_empty())
}

/// Bind a native method's arguments the way a Python `def` would, with
/// CPython's messages: `params` are the names after `self`, the first
/// `required` of them without defaults. CPython: ceval's argument errors.
pub(super) fn bind<'a>(
    args: &Args<'a>,
    qualname: &str,
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.positional();
    let given = pos.len().saturating_sub(1);
    if given > params.len() {
        let max = params.len() + 1;
        let takes = if required == params.len() {
            format!(
                "{max} positional argument{}",
                if max == 1 { "" } else { "s" }
            )
        } else {
            format!("from {} to {max} positional arguments", required + 1)
        };
        return Err(type_error(format!(
            "{qualname}() takes {takes} but {} were given",
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = (0..params.len()).map(|i| pos.get(i + 1).cloned()).collect();
    for (k, v) in args.kwargs() {
        let Some(i) = params.iter().position(|p| *p == k.as_str()) else {
            return Err(type_error(format!(
                "{qualname}() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        };
        if out[i].is_some() {
            return Err(type_error(format!(
                "{qualname}() got multiple values for argument '{}'",
                k.as_str()
            )));
        }
        out[i] = Some(v.clone());
    }
    let missing: Vec<&str> = params[..required]
        .iter()
        .zip(&out)
        .filter(|(_, v)| v.is_none())
        .map(|(p, _)| *p)
        .collect();
    if let Some(first) = missing.first() {
        if missing.len() == 1 {
            return Err(type_error(format!(
                "{qualname}() missing 1 required positional argument: '{first}'"
            )));
        }
        let names: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        return Err(type_error(format!(
            "{qualname}() missing {} required positional arguments: {}",
            missing.len(),
            names.join(" and ")
        )));
    }
    Ok(out)
}

// ------------------------------------------------------------ Lock

pub struct PyLock {
    cls: Rc<PyType>,
    dict: OnceCell<Rc<PyDict>>,
    locked: Cell<bool>,
    waiters: WaiterQueue,
    binding: LoopBinding,
}

native_object!(
    PyLock,
    fn async_context(&self) -> Option<&dyn NativeAsyncContext> {
        let t = &asyncio_types().locks;
        plain_async_context(&self.cls, &[&t.lock], &self.dict).then_some(self)
    }
);

// CPython: locks.py _ContextManagerMixin over Lock.acquire's fast path.
impl NativeAsyncContext for PyLock {
    fn enter_now(&self, _: &mut dyn Interp) -> Option<PyResult<Value>> {
        if self.locked.get() || !self.waiters.all_cancelled() {
            return None;
        }
        self.locked.set(true);
        Some(Ok(Value::None))
    }

    fn exit_now(&self, interp: &mut dyn Interp) -> Option<PyResult<Value>> {
        self.async_context()?;
        Some(self.release(interp).map(|()| Value::None))
    }
}

impl PyLock {
    fn new(cls: Rc<PyType>) -> PyLock {
        PyLock {
            cls,
            dict: OnceCell::new(),
            locked: Cell::new(false),
            waiters: WaiterQueue::default(),
            binding: LoopBinding::default(),
        }
    }

    /// CPython: Lock._wake_up_first.
    fn wake_up_first(&self, interp: &mut dyn Interp) -> PyResult<()> {
        match self.waiters.first() {
            Some(f) if !f.done() => set_true(interp, &f, true),
            _ => Ok(()),
        }
    }

    /// CPython: Lock.release.
    fn release(&self, interp: &mut dyn Interp) -> PyResult<()> {
        if !self.locked.get() {
            return Err(runtime_error("Lock is not acquired."));
        }
        self.locked.set(false);
        self.wake_up_first(interp)
    }
}

#[derive(Clone, Default)]
enum WaitState {
    Init,
    Waiting(Rc<PyFuture>, u64),
    #[default]
    Done,
}

/// `lock.acquire()`. CPython: Lock.acquire.
pub struct LockAcquire {
    lock: Rc<PyLock>,
    state: RefCell<WaitState>,
}

coroutine_object!(LockAcquire);

impl Drop for LockAcquire {
    fn drop(&mut self) {
        if matches!(*self.state.get_mut(), WaitState::Init) {
            super::warn_never_awaited("Lock.acquire");
        }
    }
}

impl LockAcquire {
    /// The `except CancelledError` arm: pass the wake-up on.
    fn fail(&self, interp: &mut dyn Interp, e: PyErr) -> PyResult<GenStep> {
        *self.state.borrow_mut() = WaitState::Done;
        if is_cancelled_error(&e) && !self.lock.locked.get() {
            self.lock.wake_up_first(interp)?;
        }
        Err(e)
    }
}

impl NativeAwaitable for LockAcquire {
    fn waits_on(&self) -> Option<Value> {
        Some(Value::object(self.lock.clone()))
    }

    fn is_coroutine(&self) -> bool {
        true
    }

    fn qualname(&self) -> &'static str {
        "Lock.acquire"
    }

    fn send(&self, _: &Value, interp: &mut dyn Interp, _: Value) -> PyResult<GenStep> {
        let state = self.state.borrow().clone();
        let lock = &self.lock;
        match state {
            WaitState::Init => {
                if !lock.locked.get() && lock.waiters.all_cancelled() {
                    lock.locked.set(true);
                    *self.state.borrow_mut() = WaitState::Done;
                    return Ok(GenStep::Return(Value::Bool(true)));
                }
                *self.state.borrow_mut() = WaitState::Done;
                let lp = lock.binding.get(interp, || Value::object(lock.clone()))?;
                let (fut, seq) = new_waiter(lp, &lock.waiters);
                *self.state.borrow_mut() = WaitState::Waiting(fut.clone(), seq);
                yield_future(&fut)
            }
            WaitState::Waiting(fut, seq) => {
                lock.waiters.remove(seq);
                if let Err(e) = fut.get_result() {
                    return self.fail(interp, e);
                }
                lock.locked.set(true);
                *self.state.borrow_mut() = WaitState::Done;
                Ok(GenStep::Return(Value::Bool(true)))
            }
            WaitState::Done => Err(runtime_error("cannot reuse already awaited coroutine")),
        }
    }

    fn throw(&self, _: &Value, interp: &mut dyn Interp, exc: PyErr) -> PyResult<GenStep> {
        let state = self.state.replace(WaitState::Done);
        match state {
            WaitState::Waiting(_, seq) => {
                self.lock.waiters.remove(seq);
                self.fail(interp, exc)
            }
            _ => Err(exc),
        }
    }

    fn close(&self, _: &Value, _: &mut dyn Interp) -> PyResult<()> {
        if let WaitState::Waiting(_, seq) = self.state.replace(WaitState::Done) {
            self.lock.waiters.remove(seq);
        }
        Ok(())
    }
}

fn self_lock(args: &Args<'_>) -> PyResult<Rc<PyLock>> {
    args.values
        .first()
        .and_then(downcast_object)
        .ok_or_else(|| type_error("descriptor requires an 'asyncio.locks.Lock' object"))
}

fn lock_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = class_arg(&args)?;
    Ok(Value::object(Rc::new(PyLock::new(cls))))
}

pub(super) fn class_arg(args: &Args<'_>) -> PyResult<Rc<PyType>> {
    match args.values.first() {
        Some(Value::Type(t)) => Ok(t.clone()),
        _ => Err(type_error("__new__(X): X is not a type object")),
    }
}

fn lock_init(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    self_lock(&args)?;
    bind(&args, "Lock.__init__", &[], 0)?;
    Ok(Value::None)
}

fn lock_acquire(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lock = self_lock(&args)?;
    bind(&args, "Lock.acquire", &[], 0)?;
    Ok(acquire_awaitable(lock))
}

fn acquire_awaitable(lock: Rc<PyLock>) -> Value {
    Value::object(Rc::new(LockAcquire {
        lock,
        state: RefCell::new(WaitState::Init),
    }))
}

fn lock_release(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lock = self_lock(&args)?;
    bind(&args, "Lock.release", &[], 0)?;
    lock.release(interp)?;
    Ok(Value::None)
}

fn lock_locked(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lock = self_lock(&args)?;
    bind(&args, "Lock.locked", &[], 0)?;
    Ok(Value::Bool(lock.locked.get()))
}

fn lock_repr(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lock = self_lock(&args)?;
    let mut extra = if lock.locked.get() {
        "locked"
    } else {
        "unlocked"
    }
    .to_string();
    if !lock.waiters.is_empty() {
        extra.push_str(&format!(", waiters:{}", lock.waiters.len()));
    }
    Ok(primitive_repr(&args.values[0], &extra))
}

fn lock_waiters(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lock = self_lock(&args)?;
    Ok(
        if lock.waiters.is_empty() && lock.waiters.first().is_none() {
            Value::None
        } else {
            Value::list(lock.waiters.snapshot())
        },
    )
}

fn lock_locked_attr(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(self_lock(&args)?.locked.get()))
}

// ------------------------------------------------- async with (the mixin)

/// An awaitable that finishes at its first step with a value computed
/// then: what `async def __aexit__` amounts to when it does not wait.
pub struct Immediate {
    run: RefCell<Option<ImmediateFn>>,
    name: &'static str,
}

type ImmediateFn = Box<dyn FnOnce(&mut dyn Interp) -> PyResult<Value>>;

coroutine_object!(Immediate);

impl NativeAwaitable for Immediate {
    fn is_coroutine(&self) -> bool {
        true
    }
    fn qualname(&self) -> &'static str {
        self.name
    }
    fn send(&self, _: &Value, interp: &mut dyn Interp, _: Value) -> PyResult<GenStep> {
        match self.run.borrow_mut().take() {
            Some(f) => f(interp).map(GenStep::Return),
            None => Err(runtime_error("cannot reuse already awaited coroutine")),
        }
    }
    fn throw(&self, _: &Value, _: &mut dyn Interp, exc: PyErr) -> PyResult<GenStep> {
        self.run.borrow_mut().take();
        Err(exc)
    }
    fn close(&self, _: &Value, _: &mut dyn Interp) -> PyResult<()> {
        self.run.borrow_mut().take();
        Ok(())
    }
}

fn immediate(name: &'static str, f: ImmediateFn) -> Value {
    Value::object(Rc::new(Immediate {
        run: RefCell::new(Some(f)),
        name,
    }))
}

/// Awaits an inner awaitable and then returns a fixed value:
/// `await self.acquire(); return None` (CPython's
/// _ContextManagerMixin.__aenter__), or `return await self.wait()`.
pub struct Then {
    inner: RefCell<Option<Value>>,
    /// `None` returns the inner result.
    value: Option<Value>,
    name: &'static str,
}

coroutine_object!(Then);

impl Then {
    fn step(&self, interp: &mut dyn Interp, input: GenInput) -> PyResult<GenStep> {
        let Some(inner) = self.inner.borrow().clone() else {
            return Err(runtime_error("cannot reuse already awaited coroutine"));
        };
        let awaitable = awaitable_of(interp, &inner)?;
        *self.inner.borrow_mut() = Some(awaitable.clone());
        match delegate(interp, &awaitable, input) {
            Ok(GenStep::Return(v)) => {
                self.inner.borrow_mut().take();
                Ok(GenStep::Return(self.value.clone().unwrap_or(v)))
            }
            Ok(y) => Ok(y),
            Err(e) => {
                self.inner.borrow_mut().take();
                Err(e)
            }
        }
    }
}

impl NativeAwaitable for Then {
    fn waits_on(&self) -> Option<Value> {
        let inner = self.inner.borrow().clone()?;
        rspy_objects::awaitable::as_native_awaitable(&inner)
            .and_then(|a| a.waits_on())
            .or(Some(inner))
    }

    fn is_coroutine(&self) -> bool {
        true
    }
    fn qualname(&self) -> &'static str {
        self.name
    }
    fn send(&self, _: &Value, interp: &mut dyn Interp, v: Value) -> PyResult<GenStep> {
        self.step(interp, GenInput::Send(v))
    }
    fn throw(&self, _: &Value, interp: &mut dyn Interp, exc: PyErr) -> PyResult<GenStep> {
        self.step(interp, GenInput::Throw(exc))
    }
}

/// The iterator `await v` would delegate to (coroutines and native
/// awaitables are their own).
fn awaitable_of(interp: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    if matches!(v, Value::Generator(_)) || rspy_objects::awaitable::as_native_awaitable(v).is_some()
    {
        return Ok(v.clone());
    }
    match ops::call_dunder(interp, v, "__await__", &[])? {
        Some(it) => Ok(it),
        None => Err(type_error(format!(
            "'{}' object can't be awaited",
            v.type_name()
        ))),
    }
}

fn then(inner: Value, value: Option<Value>, name: &'static str) -> Value {
    Value::object(Rc::new(Then {
        inner: RefCell::new(Some(inner)),
        value,
        name,
    }))
}

/// `async with prim:` enters through `self.acquire()`, honouring a
/// subclass's override. CPython: _ContextManagerMixin.__aenter__.
fn cm_aenter(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let this = args.exact("__aenter__", 1, 1)?[0].clone();
    let inner = ops::call_method(interp, &this, "acquire", &[])?;
    Ok(then(
        inner,
        Some(Value::None),
        "_ContextManagerMixin.__aenter__",
    ))
}

/// CPython: _ContextManagerMixin.__aexit__ (`self.release()`).
fn cm_aexit(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let this = args.check_count("__aexit__", 4, 4)?[0].clone();
    Ok(immediate(
        "_ContextManagerMixin.__aexit__",
        Box::new(move |interp| {
            ops::call_method(interp, &this, "release", &[])?;
            Ok(Value::None)
        }),
    ))
}

// ------------------------------------------------------------ Event

pub struct PyEvent {
    cls: Rc<PyType>,
    dict: OnceCell<Rc<PyDict>>,
    value: Cell<bool>,
    waiters: WaiterQueue,
    binding: LoopBinding,
}

native_object!(PyEvent);

impl PyEvent {
    /// A new `Event()`, set or not (Queue's `_finished`).
    pub(super) fn new_native(set: bool) -> Rc<PyEvent> {
        Rc::new(PyEvent {
            cls: asyncio_types().locks.event.clone(),
            dict: OnceCell::new(),
            value: Cell::new(set),
            waiters: WaiterQueue::default(),
            binding: LoopBinding::default(),
        })
    }

    /// CPython: Event.set.
    pub(super) fn set(&self, interp: &mut dyn Interp) -> PyResult<()> {
        if !self.value.get() {
            self.value.set(true);
            while let Some(f) = self.waiters.next_undone() {
                set_true(interp, &f, true)?;
            }
        }
        Ok(())
    }

    #[cfg(test)]
    pub(super) fn is_set_for_test(&self) -> bool {
        self.value.get()
    }

    /// CPython: Event.clear.
    pub(super) fn clear(&self) {
        self.value.set(false);
    }

    /// `self.wait()`.
    pub(super) fn wait_awaitable(self: &Rc<Self>) -> Value {
        Value::object(Rc::new(EventWait {
            event: self.clone(),
            state: RefCell::new(WaitState::Init),
        }))
    }
}

fn self_event(args: &Args<'_>) -> PyResult<Rc<PyEvent>> {
    args.values
        .first()
        .and_then(downcast_object)
        .ok_or_else(|| type_error("descriptor requires an 'asyncio.locks.Event' object"))
}

fn event_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = class_arg(&args)?;
    Ok(Value::object(Rc::new(PyEvent {
        cls,
        dict: OnceCell::new(),
        value: Cell::new(false),
        waiters: WaiterQueue::default(),
        binding: LoopBinding::default(),
    })))
}

fn event_init(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    self_event(&args)?;
    bind(&args, "Event.__init__", &[], 0)?;
    Ok(Value::None)
}

fn event_is_set(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ev = self_event(&args)?;
    bind(&args, "Event.is_set", &[], 0)?;
    Ok(Value::Bool(ev.value.get()))
}

fn event_value(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(self_event(&args)?.value.get()))
}

/// CPython: Event.set.
fn event_set(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ev = self_event(&args)?;
    bind(&args, "Event.set", &[], 0)?;
    ev.set(interp)?;
    Ok(Value::None)
}

fn event_clear(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ev = self_event(&args)?;
    bind(&args, "Event.clear", &[], 0)?;
    ev.value.set(false);
    Ok(Value::None)
}

fn event_wait(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let event = self_event(&args)?;
    bind(&args, "Event.wait", &[], 0)?;
    Ok(Value::object(Rc::new(EventWait {
        event,
        state: RefCell::new(WaitState::Init),
    })))
}

fn event_repr(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ev = self_event(&args)?;
    let mut extra = if ev.value.get() { "set" } else { "unset" }.to_string();
    if !ev.waiters.is_empty() {
        extra.push_str(&format!(", waiters:{}", ev.waiters.len()));
    }
    Ok(primitive_repr(&args.values[0], &extra))
}

fn event_waiters(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::list(self_event(&args)?.waiters.snapshot()))
}

/// `event.wait()`. CPython: Event.wait.
pub struct EventWait {
    event: Rc<PyEvent>,
    state: RefCell<WaitState>,
}

coroutine_object!(EventWait);

impl Drop for EventWait {
    fn drop(&mut self) {
        if matches!(*self.state.get_mut(), WaitState::Init) {
            super::warn_never_awaited("Event.wait");
        }
    }
}

impl NativeAwaitable for EventWait {
    fn waits_on(&self) -> Option<Value> {
        Some(Value::object(self.event.clone()))
    }

    fn is_coroutine(&self) -> bool {
        true
    }
    fn qualname(&self) -> &'static str {
        "Event.wait"
    }
    fn send(&self, _: &Value, interp: &mut dyn Interp, _: Value) -> PyResult<GenStep> {
        let state = self.state.replace(WaitState::Done);
        let ev = &self.event;
        match state {
            WaitState::Init => {
                if ev.value.get() {
                    return Ok(GenStep::Return(Value::Bool(true)));
                }
                let lp = ev.binding.get(interp, || Value::object(ev.clone()))?;
                let (fut, seq) = new_waiter(lp, &ev.waiters);
                *self.state.borrow_mut() = WaitState::Waiting(fut.clone(), seq);
                yield_future(&fut)
            }
            WaitState::Waiting(fut, seq) => {
                ev.waiters.remove(seq);
                fut.get_result()?;
                Ok(GenStep::Return(Value::Bool(true)))
            }
            WaitState::Done => Err(runtime_error("cannot reuse already awaited coroutine")),
        }
    }
    fn throw(&self, _: &Value, _: &mut dyn Interp, exc: PyErr) -> PyResult<GenStep> {
        if let WaitState::Waiting(_, seq) = self.state.replace(WaitState::Done) {
            self.event.waiters.remove(seq);
        }
        Err(exc)
    }
    fn close(&self, _: &Value, _: &mut dyn Interp) -> PyResult<()> {
        if let WaitState::Waiting(_, seq) = self.state.replace(WaitState::Done) {
            self.event.waiters.remove(seq);
        }
        Ok(())
    }
}

// ------------------------------------------------------------ Condition

pub struct PyCondition {
    cls: Rc<PyType>,
    dict: OnceCell<Rc<PyDict>>,
    /// The underlying lock as given (CPython: `_lock`).
    lock: RefCell<Value>,
    /// The same lock when it is exactly a native Lock: the fast path.
    native_lock: RefCell<Option<Rc<PyLock>>>,
    /// The lock's `acquire` and `release` as bound into the instance dict
    /// by `__init__`: while they are still there, `async with` may use
    /// the native lock directly.
    bound: RefCell<Option<(Value, Value)>>,
    /// Where they sit in the instance dict: its keys version and the two
    /// entry indices (see `PyDict::holds_at_version`).
    bound_slots: Cell<(u64, usize, usize)>,
    waiters: WaiterQueue,
    binding: LoopBinding,
}

native_object!(
    PyCondition,
    fn async_context(&self) -> Option<&dyn NativeAsyncContext> {
        self.plain_lock().map(|_| self as &dyn NativeAsyncContext)
    }
);

impl PyCondition {
    /// The native lock, when `async with self` means exactly its
    /// `acquire()`/`release()`: an exact Condition whose instance
    /// `acquire`/`release` are still the lock's, bound by `__init__`.
    fn plain_lock(&self) -> Option<Rc<PyLock>> {
        if !Rc::ptr_eq(&self.cls, &asyncio_types().locks.condition) {
            return None;
        }
        let lock = self.native()?;
        let bound = self.bound.borrow();
        let (acquire, release) = bound.as_ref()?;
        let d = self.dict.get()?;
        let (version, at_acquire, at_release) = self.bound_slots.get();
        if d.holds_at_version(version, at_acquire, acquire)
            && d.holds_at_version(version, at_release, release)
        {
            return Some(lock);
        }
        let same = |name: &str, v: &Value| d.get_str(name).is_some_and(|x| x.is(v));
        (same("acquire", acquire) && same("release", release)).then_some(lock)
    }
}

// CPython: locks.py _ContextManagerMixin over the lock's acquire/release.
impl NativeAsyncContext for PyCondition {
    fn enter_now(&self, interp: &mut dyn Interp) -> Option<PyResult<Value>> {
        self.plain_lock()?.enter_now(interp)
    }

    fn exit_now(&self, interp: &mut dyn Interp) -> Option<PyResult<Value>> {
        let lock = self.plain_lock()?;
        Some(lock.release(interp).map(|()| Value::None))
    }
}

impl PyCondition {
    fn native(&self) -> Option<Rc<PyLock>> {
        self.native_lock.borrow().clone()
    }

    /// CPython: `self.locked()` (the lock's bound method).
    fn locked(&self, interp: &mut dyn Interp) -> PyResult<bool> {
        if let Some(l) = self.native() {
            return Ok(l.locked.get());
        }
        let lock = self.lock.borrow().clone();
        let r = ops::call_method(interp, &lock, "locked", &[])?;
        ops::truthy(interp, &r)
    }

    /// CPython: `self.acquire()`, an awaitable.
    fn acquire(&self, interp: &mut dyn Interp) -> PyResult<Value> {
        if let Some(l) = self.native() {
            return Ok(acquire_awaitable(l));
        }
        let lock = self.lock.borrow().clone();
        ops::call_method(interp, &lock, "acquire", &[])
    }

    /// CPython: `self.release()`.
    fn release(&self, interp: &mut dyn Interp) -> PyResult<()> {
        if let Some(l) = self.native() {
            return l.release(interp);
        }
        let lock = self.lock.borrow().clone();
        ops::call_method(interp, &lock, "release", &[]).map(|_| ())
    }

    /// CPython: Condition._notify.
    fn notify_n(&self, interp: &mut dyn Interp, n: usize) -> PyResult<()> {
        for _ in 0..n {
            let Some(f) = self.waiters.next_undone() else {
                break;
            };
            set_true(interp, &f, false)?;
        }
        Ok(())
    }
}

fn self_cond(args: &Args<'_>) -> PyResult<Rc<PyCondition>> {
    args.values
        .first()
        .and_then(downcast_object)
        .ok_or_else(|| type_error("descriptor requires an 'asyncio.locks.Condition' object"))
}

fn new_condition(cls: Rc<PyType>) -> Rc<PyCondition> {
    let lock = Rc::new(PyLock::new(asyncio_types().locks.lock.clone()));
    Rc::new(PyCondition {
        cls,
        dict: OnceCell::new(),
        lock: RefCell::new(Value::object(lock.clone())),
        native_lock: RefCell::new(Some(lock)),
        bound: RefCell::new(None),
        bound_slots: Cell::new((0, 0, 0)),
        waiters: WaiterQueue::default(),
        binding: LoopBinding::default(),
    })
}

fn cond_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = class_arg(&args)?;
    Ok(Value::object(new_condition(cls)))
}

/// `Condition(lock=None)`: the lock's `locked`, `acquire` and `release`
/// become instance attributes, as CPython binds them. CPython:
/// Condition.__init__.
fn cond_init(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cond = self_cond(&args)?;
    let a = bind(&args, "Condition.__init__", &["lock"], 0)?;
    let lock = match a[0].clone().unwrap_or(Value::None) {
        Value::None => Value::object(Rc::new(PyLock::new(asyncio_types().locks.lock.clone()))),
        given => given,
    };
    let native = downcast_object::<PyLock>(&lock)
        .filter(|l| Rc::ptr_eq(&l.cls, &asyncio_types().locks.lock));
    *cond.native_lock.borrow_mut() = native;
    *cond.lock.borrow_mut() = lock.clone();
    if let Some(d) = NativeObject::instance_dict(&*cond) {
        for name in ["locked", "acquire", "release"] {
            let m = ops::getattr(interp, &lock, name)?;
            d.set_str(name, m);
        }
        let acquire = d.get_str("acquire").unwrap_or(Value::None);
        let release = d.get_str("release").unwrap_or(Value::None);
        *cond.bound.borrow_mut() = Some((acquire, release));
        let slot = |name: &str| d.find_name_slot(&PyStr::new(name));
        if let (Some((version, a)), Some((_, r))) = (slot("acquire"), slot("release")) {
            cond.bound_slots.set((version, a, r));
        }
    }
    Ok(Value::None)
}

fn cond_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cond = self_cond(&args)?;
    let mut extra = if cond.locked(interp)? {
        "locked"
    } else {
        "unlocked"
    }
    .to_string();
    if !cond.waiters.is_empty() {
        extra.push_str(&format!(", waiters:{}", cond.waiters.len()));
    }
    Ok(primitive_repr(&args.values[0], &extra))
}

/// CPython: Condition.notify.
fn cond_notify(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cond = self_cond(&args)?;
    let a = bind(&args, "Condition.notify", &["n"], 0)?;
    let n = match &a[0] {
        None => 1,
        Some(Value::Int(i)) => (*i).max(0) as usize,
        Some(Value::Bool(b)) => *b as usize,
        Some(other) => {
            return Err(type_error(format!(
                "'>=' not supported between instances of 'int' and '{}'",
                other.type_name()
            )))
        }
    };
    if !cond.locked(interp)? {
        return Err(runtime_error("cannot notify on un-acquired lock"));
    }
    cond.notify_n(interp, n)?;
    Ok(Value::None)
}

/// CPython: Condition.notify_all.
fn cond_notify_all(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cond = self_cond(&args)?;
    bind(&args, "Condition.notify_all", &[], 0)?;
    if !cond.locked(interp)? {
        return Err(runtime_error("cannot notify on un-acquired lock"));
    }
    let n = cond.waiters.len();
    cond.notify_n(interp, n)?;
    Ok(Value::None)
}

fn cond_waiters(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::list(self_cond(&args)?.waiters.snapshot()))
}

fn cond_lock_attr(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(self_cond(&args)?.lock.borrow().clone())
}

fn cond_wait(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cond = self_cond(&args)?;
    bind(&args, "Condition.wait", &[], 0)?;
    Ok(cond_wait_awaitable(cond))
}

fn cond_wait_awaitable(cond: Rc<PyCondition>) -> Value {
    Value::object(Rc::new(CondWait {
        cond,
        state: RefCell::new(CondWaitState::Init),
    }))
}

#[derive(Clone, Default)]
enum CondWaitState {
    Init,
    /// Waiting to be notified.
    Waiting(Rc<PyFuture>, u64),
    /// Re-acquiring the lock (`await self.acquire()` in the finally),
    /// with the exception `await fut` raised, if any, and the last
    /// CancelledError the re-acquire loop swallowed.
    Reacquiring {
        acquire: Value,
        pending: Option<PyErr>,
        err: Option<PyErr>,
    },
    #[default]
    Done,
}

/// `cond.wait()`. CPython: Condition.wait.
pub struct CondWait {
    cond: Rc<PyCondition>,
    state: RefCell<CondWaitState>,
}

coroutine_object!(CondWait);

impl Drop for CondWait {
    fn drop(&mut self) {
        if matches!(*self.state.get_mut(), CondWaitState::Init) {
            super::warn_never_awaited("Condition.wait");
        }
    }
}

impl CondWait {
    /// `except BaseException: self._notify(1); raise`.
    fn fail(&self, interp: &mut dyn Interp, e: PyErr) -> PyResult<GenStep> {
        *self.state.borrow_mut() = CondWaitState::Done;
        self.cond.notify_n(interp, 1)?;
        Err(e)
    }

    /// The finally block: `while True: try: await self.acquire() ...`.
    fn reacquire(
        &self,
        interp: &mut dyn Interp,
        pending: Option<PyErr>,
        mut err: Option<PyErr>,
        mut current: Option<(Value, GenInput)>,
    ) -> PyResult<GenStep> {
        loop {
            let (acquire, input) = match current.take() {
                Some(x) => x,
                None => match self.cond.acquire(interp) {
                    Ok(a) => match awaitable_of(interp, &a) {
                        Ok(a) => (a, GenInput::Send(Value::None)),
                        Err(e) => return self.fail(interp, e),
                    },
                    Err(e) => return self.fail(interp, e),
                },
            };
            match delegate(interp, &acquire, input) {
                Ok(GenStep::Yield(y)) => {
                    *self.state.borrow_mut() = CondWaitState::Reacquiring {
                        acquire,
                        pending,
                        err,
                    };
                    return Ok(GenStep::Yield(y));
                }
                Ok(GenStep::Return(_)) => return self.finish(interp, pending, err),
                Err(e) if is_cancelled_error(&e) => err = Some(e),
                Err(e) => return self.fail(interp, e),
            }
        }
    }

    /// After re-acquiring: re-raise the swallowed cancellation, or the
    /// original exception, or return True.
    fn finish(
        &self,
        interp: &mut dyn Interp,
        pending: Option<PyErr>,
        err: Option<PyErr>,
    ) -> PyResult<GenStep> {
        if let Some(e) = err {
            if let Some(p) = &pending {
                let no_context = e.data().context.is_none();
                if no_context && !p.value().is(&e.value()) {
                    e.data().context = p.value();
                }
            }
            return self.fail(interp, e);
        }
        if let Some(p) = pending {
            return self.fail(interp, p);
        }
        *self.state.borrow_mut() = CondWaitState::Done;
        Ok(GenStep::Return(Value::Bool(true)))
    }

    fn step(&self, interp: &mut dyn Interp, input: GenInput) -> PyResult<GenStep> {
        let state = self.state.replace(CondWaitState::Done);
        let cond = &self.cond;
        match (state, input) {
            (CondWaitState::Init, GenInput::Send(_)) => {
                if !cond.locked(interp)? {
                    return Err(runtime_error("cannot wait on un-acquired lock"));
                }
                let lp = cond.binding.get(interp, || Value::object(cond.clone()))?;
                let fut = Rc::new(PyFuture::new(
                    asyncio_types().future.clone(),
                    Some(lp),
                    None,
                ));
                cond.release(interp)?;
                let seq = cond.waiters.push(fut.clone());
                *self.state.borrow_mut() = CondWaitState::Waiting(fut.clone(), seq);
                yield_future(&fut)
            }
            (CondWaitState::Init, GenInput::Throw(e)) => Err(e),
            (CondWaitState::Waiting(fut, seq), input) => {
                cond.waiters.remove(seq);
                let pending = match input {
                    GenInput::Send(_) => fut.get_result().err(),
                    GenInput::Throw(e) => Some(e),
                };
                self.reacquire(interp, pending, None, None)
            }
            (
                CondWaitState::Reacquiring {
                    acquire,
                    pending,
                    err,
                },
                input,
            ) => self.reacquire(interp, pending, err, Some((acquire, input))),
            (CondWaitState::Done, _) => {
                Err(runtime_error("cannot reuse already awaited coroutine"))
            }
        }
    }
}

impl NativeAwaitable for CondWait {
    fn waits_on(&self) -> Option<Value> {
        Some(Value::object(self.cond.clone()))
    }

    fn is_coroutine(&self) -> bool {
        true
    }
    fn qualname(&self) -> &'static str {
        "Condition.wait"
    }
    fn send(&self, _: &Value, interp: &mut dyn Interp, v: Value) -> PyResult<GenStep> {
        self.step(interp, GenInput::Send(v))
    }
    fn throw(&self, _: &Value, interp: &mut dyn Interp, exc: PyErr) -> PyResult<GenStep> {
        self.step(interp, GenInput::Throw(exc))
    }
}

/// `cond.wait_for(predicate)`: the predicate is a Python callable, or a
/// Rust test for the Barrier's private condition. CPython:
/// Condition.wait_for.
pub struct CondWaitFor {
    cond: Rc<PyCondition>,
    /// `self` as Python sees it (a subclass may override `wait`).
    this: Value,
    predicate: Predicate,
    waiting: RefCell<Option<Value>>,
    started: Cell<bool>,
}

enum Predicate {
    Python(Value),
    Barrier(Rc<PyBarrier>, fn(&PyBarrier) -> bool),
}

coroutine_object!(CondWaitFor);

impl Drop for CondWaitFor {
    fn drop(&mut self) {
        if !self.started.get() && matches!(self.predicate, Predicate::Python(_)) {
            super::warn_never_awaited("Condition.wait_for");
        }
    }
}

impl CondWaitFor {
    fn test(&self, interp: &mut dyn Interp) -> PyResult<Value> {
        match &self.predicate {
            Predicate::Python(f) => ops::call0(interp, f, &[]),
            Predicate::Barrier(b, f) => Ok(Value::Bool(f(b))),
        }
    }

    /// `self.wait()`, natively unless a subclass overrides it.
    fn wait(&self, interp: &mut dyn Interp) -> PyResult<Value> {
        if Rc::ptr_eq(&self.cond.cls, &asyncio_types().locks.condition) {
            return Ok(cond_wait_awaitable(self.cond.clone()));
        }
        let w = ops::call_method(interp, &self.this, "wait", &[])?;
        awaitable_of(interp, &w)
    }

    fn step(&self, interp: &mut dyn Interp, input: GenInput) -> PyResult<GenStep> {
        let mut input = Some(input);
        loop {
            let current = self.waiting.borrow().clone();
            let w = match current {
                Some(w) => w,
                None => {
                    if let Some(GenInput::Throw(e)) = input.take() {
                        return Err(e);
                    }
                    self.started.set(true);
                    let result = self.test(interp)?;
                    if ops::truthy(interp, &result)? {
                        return Ok(GenStep::Return(result));
                    }
                    let w = self.wait(interp)?;
                    *self.waiting.borrow_mut() = Some(w.clone());
                    input = Some(GenInput::Send(Value::None));
                    w
                }
            };
            let inp = input.take().unwrap_or(GenInput::Send(Value::None));
            match delegate(interp, &w, inp) {
                Ok(GenStep::Yield(y)) => return Ok(GenStep::Yield(y)),
                Ok(GenStep::Return(_)) => {
                    self.waiting.borrow_mut().take();
                    let result = self.test(interp)?;
                    if ops::truthy(interp, &result)? {
                        return Ok(GenStep::Return(result));
                    }
                    let w = self.wait(interp)?;
                    *self.waiting.borrow_mut() = Some(w);
                    input = Some(GenInput::Send(Value::None));
                }
                Err(e) => {
                    self.waiting.borrow_mut().take();
                    return Err(e);
                }
            }
        }
    }
}

impl NativeAwaitable for CondWaitFor {
    fn waits_on(&self) -> Option<Value> {
        Some(Value::object(self.cond.clone()))
    }

    fn is_coroutine(&self) -> bool {
        true
    }
    fn qualname(&self) -> &'static str {
        "Condition.wait_for"
    }
    fn send(&self, _: &Value, interp: &mut dyn Interp, v: Value) -> PyResult<GenStep> {
        self.step(interp, GenInput::Send(v))
    }
    fn throw(&self, _: &Value, interp: &mut dyn Interp, exc: PyErr) -> PyResult<GenStep> {
        self.step(interp, GenInput::Throw(exc))
    }
}

fn cond_wait_for(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cond = self_cond(&args)?;
    let a = bind(&args, "Condition.wait_for", &["predicate"], 1)?;
    let predicate = a[0].clone().unwrap_or(Value::None);
    Ok(Value::object(Rc::new(CondWaitFor {
        cond,
        this: args.values[0].clone(),
        predicate: Predicate::Python(predicate),
        waiting: RefCell::new(None),
        started: Cell::new(false),
    })))
}

// ------------------------------------------------------------ Semaphore

pub struct PySemaphore {
    cls: Rc<PyType>,
    dict: OnceCell<Rc<PyDict>>,
    /// The counter: any number, as in CPython (ints take the fast paths).
    value: RefCell<Value>,
    /// BoundedSemaphore's initial value.
    bound: RefCell<Option<Value>>,
    waiters: WaiterQueue,
    binding: LoopBinding,
}

native_object!(
    PySemaphore,
    fn async_context(&self) -> Option<&dyn NativeAsyncContext> {
        let t = &asyncio_types().locks;
        let exact = [&t.semaphore, &t.bounded_semaphore];
        plain_async_context(&self.cls, &exact, &self.dict).then_some(self)
    }
);

// CPython: locks.py _ContextManagerMixin over Semaphore.acquire's fast path.
impl NativeAsyncContext for PySemaphore {
    fn enter_now(&self, interp: &mut dyn Interp) -> Option<PyResult<Value>> {
        // Only int counters: comparing other numbers may run Python code
        // whose errors belong to the awaited coroutine.
        if !matches!(*self.value.borrow(), Value::Int(v) if v > 0) || !self.waiters.all_cancelled()
        {
            return None;
        }
        Some(self.add(interp, -1).map(|()| Value::None))
    }

    fn exit_now(&self, interp: &mut dyn Interp) -> Option<PyResult<Value>> {
        self.async_context()?;
        Some(self.release(interp).map(|()| Value::None))
    }
}

impl PySemaphore {
    fn value(&self) -> Value {
        self.value.borrow().clone()
    }

    /// `self._value += delta`.
    fn add(&self, interp: &mut dyn Interp, delta: i64) -> PyResult<()> {
        let v = self.value();
        let new = match &v {
            Value::Int(i) if i.checked_add(delta).is_some() => Value::Int(i + delta),
            _ => ops::binary_op(
                interp,
                &v,
                &Value::Int(delta),
                rspy_objects::code::BinOp::Add,
            )?,
        };
        *self.value.borrow_mut() = new;
        Ok(())
    }

    /// `self._value <op> n`.
    fn compare(
        &self,
        interp: &mut dyn Interp,
        op: rspy_objects::code::CmpOp,
        n: &Value,
    ) -> PyResult<bool> {
        use rspy_objects::code::CmpOp;
        let v = self.value();
        if let (Value::Int(a), Value::Int(b)) = (&v, n) {
            return Ok(match op {
                CmpOp::Eq => a == b,
                CmpOp::Gt => a > b,
                CmpOp::Ge => a >= b,
                CmpOp::Lt => a < b,
                _ => ops::compare_bool(interp, &v, n, op)?,
            });
        }
        ops::compare_bool(interp, &v, n, op)
    }

    /// CPython: Semaphore.locked.
    fn locked(&self, interp: &mut dyn Interp) -> PyResult<bool> {
        Ok(
            self.compare(interp, rspy_objects::code::CmpOp::Eq, &Value::Int(0))?
                || !self.waiters.all_cancelled(),
        )
    }

    /// CPython: Semaphore.release / BoundedSemaphore.release.
    fn release(&self, interp: &mut dyn Interp) -> PyResult<()> {
        let bound = self.bound.borrow().clone();
        if let Some(bound) = bound {
            if self.compare(interp, rspy_objects::code::CmpOp::Ge, &bound)? {
                return Err(value_error("BoundedSemaphore released too many times"));
            }
        }
        self.add(interp, 1)?;
        self.wake_up_next(interp)?;
        Ok(())
    }

    /// CPython: Semaphore._wake_up_next.
    fn wake_up_next(&self, interp: &mut dyn Interp) -> PyResult<bool> {
        let Some(f) = self.waiters.next_undone() else {
            return Ok(false);
        };
        self.add(interp, -1)?;
        set_true(interp, &f, true)?;
        Ok(true)
    }

    /// The `finally` of acquire: wake waiters while units remain.
    fn wake_while_positive(&self, interp: &mut dyn Interp) -> PyResult<()> {
        while self.compare(interp, rspy_objects::code::CmpOp::Gt, &Value::Int(0))? {
            if !self.wake_up_next(interp)? {
                break;
            }
        }
        Ok(())
    }
}

fn self_sem(args: &Args<'_>) -> PyResult<Rc<PySemaphore>> {
    args.values
        .first()
        .and_then(downcast_object)
        .ok_or_else(|| type_error("descriptor requires an 'asyncio.locks.Semaphore' object"))
}

fn sem_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = class_arg(&args)?;
    Ok(Value::object(Rc::new(PySemaphore {
        cls,
        dict: OnceCell::new(),
        value: RefCell::new(Value::Int(1)),
        bound: RefCell::new(None),
        waiters: WaiterQueue::default(),
        binding: LoopBinding::default(),
    })))
}

/// The `value` argument of Semaphore(value=1).
fn sem_value_arg(args: &Args<'_>, qualname: &str) -> PyResult<Value> {
    let a = bind(args, qualname, &["value"], 0)?;
    Ok(a[0].clone().unwrap_or(Value::Int(1)))
}

/// CPython: Semaphore.__init__.
fn sem_init(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let sem = self_sem(&args)?;
    let value = sem_value_arg(&args, "Semaphore.__init__")?;
    if ops::compare_bool(
        interp,
        &value,
        &Value::Int(0),
        rspy_objects::code::CmpOp::Lt,
    )? {
        return Err(value_error("Semaphore initial value must be >= 0"));
    }
    *sem.value.borrow_mut() = value;
    Ok(Value::None)
}

/// CPython: BoundedSemaphore.__init__.
fn bsem_init(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let sem = self_sem(&args)?;
    let value = sem_value_arg(&args, "BoundedSemaphore.__init__")?;
    *sem.bound.borrow_mut() = Some(value);
    sem_init(interp, args)
}

fn sem_locked(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let sem = self_sem(&args)?;
    bind(&args, "Semaphore.locked", &[], 0)?;
    Ok(Value::Bool(sem.locked(interp)?))
}

fn sem_acquire(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let sem = self_sem(&args)?;
    bind(&args, "Semaphore.acquire", &[], 0)?;
    Ok(Value::object(Rc::new(SemAcquire {
        sem,
        state: RefCell::new(WaitState::Init),
    })))
}

/// CPython: Semaphore.release / BoundedSemaphore.release.
fn sem_release(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let sem = self_sem(&args)?;
    let qualname = if sem.bound.borrow().is_some() {
        "BoundedSemaphore.release"
    } else {
        "Semaphore.release"
    };
    bind(&args, qualname, &[], 0)?;
    sem.release(interp)?;
    Ok(Value::None)
}

fn sem_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let sem = self_sem(&args)?;
    let mut extra = if sem.locked(interp)? {
        "locked".to_string()
    } else {
        format!("unlocked, value:{}", ops::str_of(interp, &sem.value())?)
    };
    if !sem.waiters.is_empty() {
        extra.push_str(&format!(", waiters:{}", sem.waiters.len()));
    }
    Ok(primitive_repr(&args.values[0], &extra))
}

fn sem_value(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(self_sem(&args)?.value())
}

fn sem_bound_value(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(self_sem(&args)?
        .bound
        .borrow()
        .clone()
        .unwrap_or(Value::None))
}

fn sem_waiters(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let sem = self_sem(&args)?;
    Ok(if sem.waiters.is_empty() && sem.waiters.first().is_none() {
        Value::None
    } else {
        Value::list(sem.waiters.snapshot())
    })
}

/// `sem.acquire()`. CPython: Semaphore.acquire.
pub struct SemAcquire {
    sem: Rc<PySemaphore>,
    state: RefCell<WaitState>,
}

coroutine_object!(SemAcquire);

impl Drop for SemAcquire {
    fn drop(&mut self) {
        if matches!(*self.state.get_mut(), WaitState::Init) {
            super::warn_never_awaited("Semaphore.acquire");
        }
    }
}

impl SemAcquire {
    /// `except CancelledError:` (return a unit granted too late) and the
    /// `finally:` that wakes waiters while units remain.
    fn finish(
        &self,
        interp: &mut dyn Interp,
        fut: &PyFuture,
        r: Result<(), PyErr>,
    ) -> PyResult<GenStep> {
        let sem = &self.sem;
        if let Err(e) = &r {
            let granted = fut.done() && fut.state.get() != super::futures::FutState::Cancelled;
            if is_cancelled_error(e) && granted {
                sem.add(interp, 1)?;
            }
        }
        sem.wake_while_positive(interp)?;
        r.map(|_| GenStep::Return(Value::Bool(true)))
    }
}

impl NativeAwaitable for SemAcquire {
    fn waits_on(&self) -> Option<Value> {
        Some(Value::object(self.sem.clone()))
    }

    fn is_coroutine(&self) -> bool {
        true
    }
    fn qualname(&self) -> &'static str {
        "Semaphore.acquire"
    }
    fn send(&self, _: &Value, interp: &mut dyn Interp, _: Value) -> PyResult<GenStep> {
        let state = self.state.replace(WaitState::Done);
        let sem = &self.sem;
        match state {
            WaitState::Init => {
                if !sem.locked(interp)? {
                    sem.add(interp, -1)?;
                    return Ok(GenStep::Return(Value::Bool(true)));
                }
                let lp = sem.binding.get(interp, || Value::object(sem.clone()))?;
                let (fut, seq) = new_waiter(lp, &sem.waiters);
                *self.state.borrow_mut() = WaitState::Waiting(fut.clone(), seq);
                yield_future(&fut)
            }
            WaitState::Waiting(fut, seq) => {
                sem.waiters.remove(seq);
                let r = fut.get_result().map(|_| ());
                self.finish(interp, &fut, r)
            }
            WaitState::Done => Err(runtime_error("cannot reuse already awaited coroutine")),
        }
    }
    fn throw(&self, _: &Value, interp: &mut dyn Interp, exc: PyErr) -> PyResult<GenStep> {
        match self.state.replace(WaitState::Done) {
            WaitState::Waiting(fut, seq) => {
                self.sem.waiters.remove(seq);
                self.finish(interp, &fut, Err(exc))
            }
            _ => Err(exc),
        }
    }
    fn close(&self, _: &Value, interp: &mut dyn Interp) -> PyResult<()> {
        if let WaitState::Waiting(_, seq) = self.state.replace(WaitState::Done) {
            self.sem.waiters.remove(seq);
            self.sem.wake_while_positive(interp)?;
        }
        Ok(())
    }
}

// ------------------------------------------------------------ Barrier

#[derive(Clone, Copy, PartialEq, Eq)]
enum BarrierState {
    Filling,
    Draining,
    Resetting,
    Broken,
}

impl BarrierState {
    fn name(self) -> &'static str {
        match self {
            BarrierState::Filling => "filling",
            BarrierState::Draining => "draining",
            BarrierState::Resetting => "resetting",
            BarrierState::Broken => "broken",
        }
    }
}

pub struct PyBarrier {
    cls: Rc<PyType>,
    dict: OnceCell<Rc<PyDict>>,
    /// The private condition (CPython: `_cond`).
    cond: Rc<PyCondition>,
    parties: Cell<i64>,
    state: Cell<BarrierState>,
    count: Cell<i64>,
}

native_object!(PyBarrier);

impl PyBarrier {
    fn n_waiting(&self) -> i64 {
        if self.state.get() == BarrierState::Filling {
            self.count.get()
        } else {
            0
        }
    }

    /// CPython: Barrier._exit.
    fn exit(&self, interp: &mut dyn Interp) -> PyResult<()> {
        if self.count.get() == 0 {
            if matches!(
                self.state.get(),
                BarrierState::Resetting | BarrierState::Draining
            ) {
                self.state.set(BarrierState::Filling);
            }
            let n = self.cond.waiters.len();
            self.cond.notify_n(interp, n)?;
        }
        Ok(())
    }
}

fn not_draining_or_resetting(b: &PyBarrier) -> bool {
    !matches!(
        b.state.get(),
        BarrierState::Draining | BarrierState::Resetting
    )
}

fn not_filling(b: &PyBarrier) -> bool {
    b.state.get() != BarrierState::Filling
}

fn broken_barrier_error(msg: &str) -> PyErr {
    PyErr::new(&asyncio_types().broken_barrier_error, vec![Value::str(msg)])
}

fn self_barrier(args: &Args<'_>) -> PyResult<Rc<PyBarrier>> {
    args.values
        .first()
        .and_then(downcast_object)
        .ok_or_else(|| type_error("descriptor requires an 'asyncio.locks.Barrier' object"))
}

fn barrier_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = class_arg(&args)?;
    Ok(Value::object(Rc::new(PyBarrier {
        cls,
        dict: OnceCell::new(),
        cond: new_condition(asyncio_types().locks.condition.clone()),
        parties: Cell::new(1),
        state: Cell::new(BarrierState::Filling),
        count: Cell::new(0),
    })))
}

/// CPython: Barrier.__init__.
fn barrier_init(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let b = self_barrier(&args)?;
    let a = bind(&args, "Barrier.__init__", &["parties"], 1)?;
    let parties = match a[0].as_ref().unwrap_or(&Value::None) {
        Value::Int(i) => *i,
        Value::Bool(x) => *x as i64,
        other => {
            return Err(type_error(format!(
                "'<' not supported between instances of '{}' and 'int'",
                other.type_name()
            )))
        }
    };
    if parties < 1 {
        return Err(value_error("parties must be >= 1"));
    }
    b.parties.set(parties);
    Ok(Value::None)
}

fn barrier_parties(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(self_barrier(&args)?.parties.get()))
}

fn barrier_n_waiting(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(self_barrier(&args)?.n_waiting()))
}

fn barrier_broken(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(
        self_barrier(&args)?.state.get() == BarrierState::Broken,
    ))
}

fn barrier_repr(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let b = self_barrier(&args)?;
    let mut extra = b.state.get().name().to_string();
    if b.state.get() != BarrierState::Broken {
        extra.push_str(&format!(", waiters:{}/{}", b.n_waiting(), b.parties.get()));
    }
    Ok(primitive_repr(&args.values[0], &extra))
}

fn barrier_wait(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let b = self_barrier(&args)?;
    bind(&args, "Barrier.wait", &[], 0)?;
    Ok(barrier_op(b, BarrierOp::Wait))
}

fn barrier_reset(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let b = self_barrier(&args)?;
    bind(&args, "Barrier.reset", &[], 0)?;
    Ok(barrier_op(b, BarrierOp::Reset))
}

fn barrier_abort(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let b = self_barrier(&args)?;
    bind(&args, "Barrier.abort", &[], 0)?;
    Ok(barrier_op(b, BarrierOp::Abort))
}

/// `async with barrier as index`: `return await self.wait()`.
fn barrier_aenter(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let this = args.exact("__aenter__", 1, 1)?[0].clone();
    let inner = ops::call_method(interp, &this, "wait", &[])?;
    Ok(then(inner, None, "Barrier.__aenter__"))
}

fn barrier_aexit(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.check_count("__aexit__", 1, 4)?;
    Ok(immediate(
        "Barrier.__aexit__",
        Box::new(|_| Ok(Value::None)),
    ))
}

fn barrier_op(barrier: Rc<PyBarrier>, op: BarrierOp) -> Value {
    Value::object(Rc::new(BarrierCall {
        barrier,
        op,
        phase: RefCell::new(BarrierPhase::Start),
    }))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BarrierOp {
    Wait,
    Reset,
    Abort,
}

#[derive(Clone, Default)]
enum BarrierPhase {
    Start,
    /// `async with self._cond:` acquiring the lock.
    Locking(Value),
    /// `await self._block()`.
    Blocking(Value),
    /// `await self._wait()`, holding `index`.
    Waiting(Value, i64),
    #[default]
    Done,
}

/// `barrier.wait()`, `reset()`, `abort()`: CPython's coroutines as one
/// state machine over the private condition.
pub struct BarrierCall {
    barrier: Rc<PyBarrier>,
    op: BarrierOp,
    phase: RefCell<BarrierPhase>,
}

coroutine_object!(BarrierCall);

impl Drop for BarrierCall {
    fn drop(&mut self) {
        if matches!(*self.phase.get_mut(), BarrierPhase::Start) {
            super::warn_never_awaited(self.qualname());
        }
    }
}

impl BarrierCall {
    fn wait_for(&self, test: fn(&PyBarrier) -> bool) -> Value {
        Value::object(Rc::new(CondWaitFor {
            cond: self.barrier.cond.clone(),
            this: Value::object(self.barrier.cond.clone()),
            predicate: Predicate::Barrier(self.barrier.clone(), test),
            waiting: RefCell::new(None),
            started: Cell::new(false),
        }))
    }

    /// Leave `async with self._cond` (release the lock) with `r`.
    fn unlock(&self, interp: &mut dyn Interp, r: PyResult<GenStep>) -> PyResult<GenStep> {
        *self.phase.borrow_mut() = BarrierPhase::Done;
        self.barrier.cond.release(interp)?;
        r
    }

    /// The `finally:` of wait's body: `self._count -= 1; self._exit()`.
    fn leave(&self, interp: &mut dyn Interp, r: PyResult<GenStep>) -> PyResult<GenStep> {
        let b = &self.barrier;
        b.count.set(b.count.get() - 1);
        let r = match b.exit(interp) {
            Ok(()) => r,
            Err(e) => Err(e),
        };
        self.unlock(interp, r)
    }

    /// Code after the lock is held, up to the next await.
    fn locked_body(&self, interp: &mut dyn Interp) -> PyResult<GenStep> {
        let b = &self.barrier;
        match self.op {
            BarrierOp::Wait => {
                let w = self.wait_for(not_draining_or_resetting);
                self.drive(
                    interp,
                    BarrierPhase::Blocking(w),
                    GenInput::Send(Value::None),
                )
            }
            BarrierOp::Reset => {
                if b.count.get() > 0 {
                    if b.state.get() != BarrierState::Resetting {
                        b.state.set(BarrierState::Resetting);
                    }
                } else {
                    b.state.set(BarrierState::Filling);
                }
                let n = b.cond.waiters.len();
                let r = b
                    .cond
                    .notify_n(interp, n)
                    .map(|_| GenStep::Return(Value::None));
                self.unlock(interp, r)
            }
            BarrierOp::Abort => {
                b.state.set(BarrierState::Broken);
                let n = b.cond.waiters.len();
                let r = b
                    .cond
                    .notify_n(interp, n)
                    .map(|_| GenStep::Return(Value::None));
                self.unlock(interp, r)
            }
        }
    }

    /// After `_block()`: the body of the `try`.
    fn after_block(&self, interp: &mut dyn Interp) -> PyResult<GenStep> {
        let b = &self.barrier;
        if b.state.get() == BarrierState::Broken {
            return self.unlock(interp, Err(broken_barrier_error("Barrier aborted")));
        }
        let index = b.count.get();
        b.count.set(index + 1);
        if index + 1 == b.parties.get() {
            b.state.set(BarrierState::Draining);
            let n = b.cond.waiters.len();
            let r = b
                .cond
                .notify_n(interp, n)
                .map(|_| GenStep::Return(Value::Int(index)));
            return self.leave(interp, r);
        }
        let w = self.wait_for(not_filling);
        self.drive(
            interp,
            BarrierPhase::Waiting(w, index),
            GenInput::Send(Value::None),
        )
    }

    /// After `_wait()`'s wait_for: broken or reset barriers raise.
    fn after_wait(&self, interp: &mut dyn Interp, index: i64) -> PyResult<GenStep> {
        let r = if matches!(
            self.barrier.state.get(),
            BarrierState::Broken | BarrierState::Resetting
        ) {
            Err(broken_barrier_error("Abort or reset of barrier"))
        } else {
            Ok(GenStep::Return(Value::Int(index)))
        };
        self.leave(interp, r)
    }

    /// Step the awaitable of `phase` with `input` and continue.
    fn drive(
        &self,
        interp: &mut dyn Interp,
        phase: BarrierPhase,
        input: GenInput,
    ) -> PyResult<GenStep> {
        let inner = match &phase {
            BarrierPhase::Locking(w) | BarrierPhase::Blocking(w) | BarrierPhase::Waiting(w, _) => {
                w.clone()
            }
            _ => return Err(runtime_error("cannot reuse already awaited coroutine")),
        };
        let r = delegate(interp, &inner, input);
        match (phase, r) {
            (phase, Ok(GenStep::Yield(y))) => {
                *self.phase.borrow_mut() = phase;
                Ok(GenStep::Yield(y))
            }
            (BarrierPhase::Locking(_), Ok(GenStep::Return(_))) => self.locked_body(interp),
            (BarrierPhase::Locking(_), Err(e)) => {
                *self.phase.borrow_mut() = BarrierPhase::Done;
                Err(e)
            }
            (BarrierPhase::Blocking(_), Ok(GenStep::Return(_))) => self.after_block(interp),
            (BarrierPhase::Blocking(_), Err(e)) => self.unlock(interp, Err(e)),
            (BarrierPhase::Waiting(_, index), Ok(GenStep::Return(_))) => {
                self.after_wait(interp, index)
            }
            (BarrierPhase::Waiting(..), Err(e)) => self.leave(interp, Err(e)),
            (_, r) => r,
        }
    }

    fn step(&self, interp: &mut dyn Interp, input: GenInput) -> PyResult<GenStep> {
        let phase = self.phase.replace(BarrierPhase::Done);
        match (phase, input) {
            (BarrierPhase::Start, GenInput::Send(_)) => {
                let acquire = self.barrier.cond.acquire(interp)?;
                self.drive(
                    interp,
                    BarrierPhase::Locking(acquire),
                    GenInput::Send(Value::None),
                )
            }
            (BarrierPhase::Start, GenInput::Throw(e)) => Err(e),
            (BarrierPhase::Done, _) => Err(runtime_error("cannot reuse already awaited coroutine")),
            (phase, input) => self.drive(interp, phase, input),
        }
    }
}

impl NativeAwaitable for BarrierCall {
    fn waits_on(&self) -> Option<Value> {
        Some(Value::object(self.barrier.clone()))
    }

    fn is_coroutine(&self) -> bool {
        true
    }
    fn qualname(&self) -> &'static str {
        match self.op {
            BarrierOp::Wait => "Barrier.wait",
            BarrierOp::Reset => "Barrier.reset",
            BarrierOp::Abort => "Barrier.abort",
        }
    }
    fn send(&self, _: &Value, interp: &mut dyn Interp, v: Value) -> PyResult<GenStep> {
        self.step(interp, GenInput::Send(v))
    }
    fn throw(&self, _: &Value, interp: &mut dyn Interp, exc: PyErr) -> PyResult<GenStep> {
        self.step(interp, GenInput::Throw(exc))
    }
}

fn barrier_state_attr(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::str(self_barrier(&args)?.state.get().name()))
}

fn binding_attr(args: &Args<'_>) -> PyResult<Value> {
    let v = args
        .values
        .first()
        .ok_or_else(|| type_error("_loop needs an object"))?;
    if let Some(l) = downcast_object::<PyLock>(v) {
        return Ok(l.binding.value());
    }
    if let Some(e) = downcast_object::<PyEvent>(v) {
        return Ok(e.binding.value());
    }
    if let Some(c) = downcast_object::<PyCondition>(v) {
        return Ok(c.binding.value());
    }
    if let Some(s) = downcast_object::<PySemaphore>(v) {
        return Ok(s.binding.value());
    }
    if let Some(b) = downcast_object::<PyBarrier>(v) {
        return Ok(b.cond.binding.value());
    }
    Ok(Value::None)
}

fn loop_attr(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    binding_attr(&args)
}

// ------------------------------------------------------------ cycle collector

pub(super) fn take<T: Default>(cell: &RefCell<T>) -> Option<T> {
    cell.try_borrow_mut()
        .ok()
        .map(|mut v| std::mem::take(&mut *v))
}

impl WaiterQueue {
    pub(super) fn traverse(&self, t: &mut Tracer) {
        if let Ok(slots) = self.slots.try_borrow() {
            slots.iter().flatten().for_each(|f| t.native(f));
        }
    }

    pub(super) fn clear(&self) {
        drop(take(&self.slots));
    }
}

impl WaitState {
    fn traverse(cell: &RefCell<WaitState>, t: &mut Tracer) {
        if let Ok(s) = cell.try_borrow() {
            if let WaitState::Waiting(f, _) = &*s {
                t.native(f);
            }
        }
    }
}

impl Traverse for PyLock {
    fn traverse(&self, t: &mut Tracer) {
        self.waiters.traverse(t);
    }
    fn clear(&self) {
        self.waiters.clear();
    }
}

impl Traverse for PyEvent {
    fn traverse(&self, t: &mut Tracer) {
        self.waiters.traverse(t);
    }
    fn clear(&self) {
        self.waiters.clear();
    }
}

impl Traverse for PyCondition {
    fn traverse(&self, t: &mut Tracer) {
        if let Ok(lock) = self.lock.try_borrow() {
            t.value(&lock);
        }
        if let Ok(Some(lock)) = self.native_lock.try_borrow().as_deref() {
            t.native(lock);
        }
        if let Ok(Some((a, b))) = self.bound.try_borrow().as_deref() {
            t.value(a);
            t.value(b);
        }
        self.waiters.traverse(t);
    }
    fn clear(&self) {
        let lock = self
            .lock
            .try_borrow_mut()
            .map(|mut v| std::mem::replace(&mut *v, Value::None));
        drop((lock, take(&self.native_lock), take(&self.bound)));
        self.waiters.clear();
    }
}

impl Traverse for PySemaphore {
    fn traverse(&self, t: &mut Tracer) {
        if let Ok(v) = self.value.try_borrow() {
            t.value(&v);
        }
        if let Ok(Some(v)) = self.bound.try_borrow().as_deref() {
            t.value(v);
        }
        self.waiters.traverse(t);
    }
    fn clear(&self) {
        self.waiters.clear();
    }
}

impl Traverse for PyBarrier {
    fn traverse(&self, t: &mut Tracer) {
        t.native(&self.cond);
    }
    fn clear(&self) {}
}

impl Traverse for LockAcquire {
    fn traverse(&self, t: &mut Tracer) {
        t.native(&self.lock);
        WaitState::traverse(&self.state, t);
    }
    fn clear(&self) {
        drop(take(&self.state));
    }
}

impl Traverse for EventWait {
    fn traverse(&self, t: &mut Tracer) {
        t.native(&self.event);
        WaitState::traverse(&self.state, t);
    }
    fn clear(&self) {
        drop(take(&self.state));
    }
}

impl Traverse for SemAcquire {
    fn traverse(&self, t: &mut Tracer) {
        t.native(&self.sem);
        WaitState::traverse(&self.state, t);
    }
    fn clear(&self) {
        drop(take(&self.state));
    }
}

impl Traverse for CondWait {
    fn traverse(&self, t: &mut Tracer) {
        t.native(&self.cond);
        let Ok(state) = self.state.try_borrow() else {
            return;
        };
        match &*state {
            CondWaitState::Waiting(f, _) => t.native(f),
            CondWaitState::Reacquiring {
                acquire,
                pending,
                err,
            } => {
                t.value(acquire);
                pending.iter().chain(err).for_each(|e| t.error(e));
            }
            CondWaitState::Init | CondWaitState::Done => {}
        }
    }
    fn clear(&self) {
        drop(take(&self.state));
    }
}

impl Traverse for CondWaitFor {
    fn traverse(&self, t: &mut Tracer) {
        t.native(&self.cond);
        t.value(&self.this);
        match &self.predicate {
            Predicate::Python(v) => t.value(v),
            Predicate::Barrier(b, _) => t.native(b),
        }
        if let Ok(Some(v)) = self.waiting.try_borrow().as_deref() {
            t.value(v);
        }
    }
    fn clear(&self) {
        drop(take(&self.waiting));
    }
}

impl Traverse for BarrierCall {
    fn traverse(&self, t: &mut Tracer) {
        t.native(&self.barrier);
        if let Ok(phase) = self.phase.try_borrow() {
            match &*phase {
                BarrierPhase::Locking(v)
                | BarrierPhase::Blocking(v)
                | BarrierPhase::Waiting(v, _) => t.value(v),
                BarrierPhase::Start | BarrierPhase::Done => {}
            }
        }
    }
    fn clear(&self) {
        drop(take(&self.phase));
    }
}

impl Traverse for Immediate {
    // The closure's captures are opaque: never part of a found cycle.
    fn traverse(&self, _: &mut Tracer) {}
    fn clear(&self) {}
}

impl Traverse for Then {
    fn traverse(&self, t: &mut Tracer) {
        if let Ok(Some(v)) = self.inner.try_borrow().as_deref() {
            t.value(v);
        }
        if let Some(v) = &self.value {
            t.value(v);
        }
    }
    fn clear(&self) {
        drop(take(&self.inner));
    }
}

// ------------------------------------------------------------ types

/// The six classes. CPython: locks.py (all in `asyncio.locks`).
pub struct LockTypes {
    pub lock: Rc<PyType>,
    pub event: Rc<PyType>,
    pub condition: Rc<PyType>,
    pub semaphore: Rc<PyType>,
    pub bounded_semaphore: Rc<PyType>,
    pub barrier: Rc<PyType>,
}

/// Build and register the lock types (called while building AsyncioTypes).
pub fn make_types(
    native_type: impl Fn(&str, &str, Option<&Rc<PyType>>) -> Rc<PyType>,
) -> LockTypes {
    use super::add_property;
    let m = "asyncio.locks";
    let lock = native_type("Lock", m, None);
    lock.add_static("__new__", lock_new);
    lock.add_method("__init__", lock_init);
    lock.add_method("acquire", lock_acquire);
    lock.add_method("release", lock_release);
    lock.add_method("locked", lock_locked);
    lock.add_method("__repr__", lock_repr);
    lock.add_method("__aenter__", cm_aenter);
    lock.add_method("__aexit__", cm_aexit);
    add_property(&lock, "_waiters", lock_waiters, None);
    add_property(&lock, "_locked", lock_locked_attr, None);
    add_property(&lock, "_loop", loop_attr, None);

    let event = native_type("Event", m, None);
    event.add_static("__new__", event_new);
    event.add_method("__init__", event_init);
    event.add_method("is_set", event_is_set);
    event.add_method("set", event_set);
    event.add_method("clear", event_clear);
    event.add_method("wait", event_wait);
    event.add_method("__repr__", event_repr);
    add_property(&event, "_waiters", event_waiters, None);
    add_property(&event, "_value", event_value, None);
    add_property(&event, "_loop", loop_attr, None);

    let condition = native_type("Condition", m, None);
    condition.add_static("__new__", cond_new);
    condition.add_method("__init__", cond_init);
    condition.add_method("wait", cond_wait);
    condition.add_method("wait_for", cond_wait_for);
    condition.add_method("notify", cond_notify);
    condition.add_method("notify_all", cond_notify_all);
    condition.add_method("__repr__", cond_repr);
    condition.add_method("__aenter__", cm_aenter);
    condition.add_method("__aexit__", cm_aexit);
    add_property(&condition, "_waiters", cond_waiters, None);
    add_property(&condition, "_lock", cond_lock_attr, None);
    add_property(&condition, "_loop", loop_attr, None);

    let semaphore = native_type("Semaphore", m, None);
    semaphore.add_static("__new__", sem_new);
    semaphore.add_method("__init__", sem_init);
    semaphore.add_method("locked", sem_locked);
    semaphore.add_method("acquire", sem_acquire);
    semaphore.add_method("release", sem_release);
    semaphore.add_method("__repr__", sem_repr);
    semaphore.add_method("__aenter__", cm_aenter);
    semaphore.add_method("__aexit__", cm_aexit);
    add_property(&semaphore, "_value", sem_value, None);
    add_property(&semaphore, "_waiters", sem_waiters, None);
    add_property(&semaphore, "_loop", loop_attr, None);

    let bounded_semaphore = native_type("BoundedSemaphore", m, Some(&semaphore));
    bounded_semaphore.add_method("__init__", bsem_init);
    add_property(&bounded_semaphore, "_bound_value", sem_bound_value, None);

    let barrier = native_type("Barrier", m, None);
    barrier.add_static("__new__", barrier_new);
    barrier.add_method("__init__", barrier_init);
    barrier.add_method("wait", barrier_wait);
    barrier.add_method("reset", barrier_reset);
    barrier.add_method("abort", barrier_abort);
    barrier.add_method("__repr__", barrier_repr);
    barrier.add_method("__aenter__", barrier_aenter);
    barrier.add_method("__aexit__", barrier_aexit);
    add_property(&barrier, "parties", barrier_parties, None);
    add_property(&barrier, "n_waiting", barrier_n_waiting, None);
    add_property(&barrier, "broken", barrier_broken, None);
    add_property(&barrier, "_state", barrier_state_attr, None);
    add_property(&barrier, "_loop", loop_attr, None);

    lock.dict.set_str("__doc__", Value::str("Primitive lock objects: acquire() waits until the lock is unlocked, release() unlocks it; waiters proceed in FIFO order."));
    event.dict.set_str("__doc__", Value::str("Asynchronous equivalent to threading.Event: wait() blocks until set() sets the flag; clear() resets it."));
    condition.dict.set_str("__doc__", Value::str("Asynchronous equivalent to threading.Condition: tasks wait() until notified by another task holding the lock."));
    semaphore.dict.set_str("__doc__", Value::str("A Semaphore: acquire() decrements an internal counter, waiting while it is zero; release() increments it."));
    bounded_semaphore.dict.set_str("__doc__", Value::str("A bounded semaphore: release() raises ValueError if it would increase the value above the initial value."));
    barrier.dict.set_str("__doc__", Value::str("Asyncio equivalent to threading.Barrier: tasks block on wait() until the given number of parties have arrived."));
    LockTypes {
        lock,
        event,
        condition,
        semaphore,
        bounded_semaphore,
        barrier,
    }
}

#[cfg(test)]
mod tests {
    //! The primitives' state machines driven directly: each awaitable is
    //! stepped by hand and its futures completed or cancelled in the order
    //! the event loop would, with no Python source involved.

    use super::*;
    use crate::asyncio::asyncio_types;
    use crate::asyncio::test_harness::{yielded, Harness};

    fn returned_true(r: PyResult<GenStep>) -> bool {
        matches!(r, Ok(GenStep::Return(Value::Bool(true))))
    }

    fn new_lock() -> Rc<PyLock> {
        Rc::new(PyLock::new(asyncio_types().locks.lock.clone()))
    }

    fn acquire(l: &Rc<PyLock>) -> Value {
        acquire_awaitable(l.clone())
    }

    #[test]
    fn lock_is_fifo_and_release_does_not_hand_over() {
        let mut h = Harness::new();
        let lock = new_lock();
        assert!(returned_true(h.send(&acquire(&lock))));
        let a2 = acquire(&lock);
        let f2 = yielded(h.send(&a2));
        let a3 = acquire(&lock);
        let f3 = yielded(h.send(&a3));
        assert_eq!(lock.waiters.len(), 2);
        lock.release(&mut h.vm).unwrap();
        // The first waiter's future is done, but the lock stays free and
        // the waiter stays queued until its task runs.
        assert!(f2.done() && !f3.done());
        assert!(!lock.locked.get());
        assert_eq!(lock.waiters.len(), 2);
        // A newcomer cannot barge past it.
        let a4 = acquire(&lock);
        let f4 = yielded(h.send(&a4));
        assert!(!f4.done());
        // The woken waiter takes the lock when it runs.
        assert!(returned_true(h.send(&a2)));
        assert!(lock.locked.get());
        assert_eq!(lock.waiters.len(), 2);
        lock.release(&mut h.vm).unwrap();
        assert!(f3.done() && !f4.done());
    }

    #[test]
    fn woken_lock_waiter_cancelled_passes_the_wakeup_on() {
        let mut h = Harness::new();
        let lock = new_lock();
        assert!(returned_true(h.send(&acquire(&lock))));
        let a2 = acquire(&lock);
        let f2 = yielded(h.send(&a2));
        let a3 = acquire(&lock);
        let f3 = yielded(h.send(&a3));
        lock.release(&mut h.vm).unwrap();
        assert!(f2.done());
        // Cancelled before it ran: CancelledError is thrown into it.
        assert!(h.cancel_into(&a2).is_err());
        assert!(f3.done(), "the wake-up passed to the next waiter");
        assert_eq!(lock.waiters.len(), 1);
        assert!(returned_true(h.send(&a3)));
        assert!(lock.locked.get() && lock.waiters.is_empty());
    }

    #[test]
    fn lock_fast_path_only_when_every_waiter_is_cancelled() {
        let mut h = Harness::new();
        let lock = new_lock();
        assert!(returned_true(h.send(&acquire(&lock))));
        let a2 = acquire(&lock);
        let f2 = yielded(h.send(&a2));
        lock.release(&mut h.vm).unwrap();
        assert!(f2.done());
        // f2 is done (woken), not cancelled: a newcomer must wait.
        let a3 = acquire(&lock);
        let f3 = yielded(h.send(&a3));
        assert!(!f3.done());
        assert!(returned_true(h.send(&a2)));
        lock.release(&mut h.vm).unwrap();
        assert!(returned_true(h.send(&a3)));
        lock.release(&mut h.vm).unwrap();
        // Now a queued future that is cancelled does not block the fast path.
        assert!(returned_true(h.send(&acquire(&lock))));
        let a5 = acquire(&lock);
        let f5 = yielded(h.send(&a5));
        assert!(f5.cancel_future(Value::None));
        lock.release(&mut h.vm).unwrap();
        assert!(lock.waiters.all_cancelled());
        assert!(returned_true(h.send(&acquire(&lock))));
        assert!(h.cancel_into(&a5).is_err());
        assert!(lock.waiters.is_empty());
    }

    #[test]
    fn releasing_an_unlocked_lock_is_an_error() {
        let mut h = Harness::new();
        let lock = new_lock();
        let e = lock.release(&mut h.vm).unwrap_err();
        assert!(e.matches(ExcKind::RuntimeError));
    }

    fn new_semaphore(value: i64) -> Rc<PySemaphore> {
        Rc::new(PySemaphore {
            cls: asyncio_types().locks.semaphore.clone(),
            dict: OnceCell::new(),
            value: RefCell::new(Value::Int(value)),
            bound: RefCell::new(None),
            waiters: WaiterQueue::default(),
            binding: LoopBinding::default(),
        })
    }

    fn sem_acquire_aw(s: &Rc<PySemaphore>) -> Value {
        Value::object(Rc::new(SemAcquire {
            sem: s.clone(),
            state: RefCell::new(WaitState::Init),
        }))
    }

    #[test]
    fn semaphore_newcomer_waits_behind_live_waiters() {
        let mut h = Harness::new();
        let sem = new_semaphore(1);
        assert!(returned_true(h.send(&sem_acquire_aw(&sem))));
        let a2 = sem_acquire_aw(&sem);
        let f2 = yielded(h.send(&a2));
        sem.add(&mut h.vm, 1).unwrap();
        assert!(sem.wake_up_next(&mut h.vm).unwrap());
        assert!(f2.done() && matches!(sem.value(), Value::Int(0)));
        // value is 0 and a waiter is queued: locked.
        assert!(sem.locked(&mut h.vm).unwrap());
        let a3 = sem_acquire_aw(&sem);
        let f3 = yielded(h.send(&a3));
        assert!(!f3.done());
        assert!(returned_true(h.send(&a2)));
    }

    #[test]
    fn semaphore_waiter_cancelled_after_wakeup_returns_its_unit() {
        let mut h = Harness::new();
        let sem = new_semaphore(0);
        let a1 = sem_acquire_aw(&sem);
        let f1 = yielded(h.send(&a1));
        let a2 = sem_acquire_aw(&sem);
        let f2 = yielded(h.send(&a2));
        *sem.value.borrow_mut() = Value::Int(1);
        assert!(sem.wake_up_next(&mut h.vm).unwrap());
        assert!(f1.done() && !f2.done());
        assert!(h.cancel_into(&a1).is_err());
        // Its unit went back and on to the next waiter.
        assert!(f2.done());
        assert!(matches!(sem.value(), Value::Int(0)));
        assert!(returned_true(h.send(&a2)));
        assert!(sem.waiters.is_empty());
    }

    fn new_event() -> Rc<PyEvent> {
        Rc::new(PyEvent {
            cls: asyncio_types().locks.event.clone(),
            dict: OnceCell::new(),
            value: Cell::new(false),
            waiters: WaiterQueue::default(),
            binding: LoopBinding::default(),
        })
    }

    fn event_wait_aw(e: &Rc<PyEvent>) -> Value {
        Value::object(Rc::new(EventWait {
            event: e.clone(),
            state: RefCell::new(WaitState::Init),
        }))
    }

    #[test]
    fn event_set_wakes_every_waiter_and_cancelled_waiters_leave() {
        let mut h = Harness::new();
        let ev = new_event();
        let w1 = event_wait_aw(&ev);
        let f1 = yielded(h.send(&w1));
        let w2 = event_wait_aw(&ev);
        let f2 = yielded(h.send(&w2));
        let w3 = event_wait_aw(&ev);
        let f3 = yielded(h.send(&w3));
        assert!(f2.cancel_future(Value::None));
        assert!(h.cancel_into(&w2).is_err());
        assert_eq!(ev.waiters.len(), 2);
        ev.value.set(true);
        while let Some(f) = ev.waiters.next_undone() {
            set_true(&mut h.vm, &f, true).unwrap();
        }
        assert!(f1.done() && f3.done());
        // Cleared before the waiters run: they still return True.
        ev.value.set(false);
        assert!(returned_true(h.send(&w1)));
        assert!(returned_true(h.send(&w3)));
        assert!(ev.waiters.is_empty());
        // Set: no waiting at all.
        ev.value.set(true);
        assert!(returned_true(h.send(&event_wait_aw(&ev))));
    }

    #[test]
    fn waiter_queue_counts_and_cursor() {
        let _h = Harness::new();
        let q = WaiterQueue::default();
        let lp = running_loop().unwrap();
        let futs: Vec<_> = (0..5).map(|_| new_waiter(lp.clone(), &q)).collect();
        assert_eq!(q.len(), 5);
        assert!(!q.all_cancelled());
        futs[1].0.cancel_future(Value::None);
        futs[3].0.cancel_future(Value::None);
        assert_eq!(q.cancelled.get(), 2);
        // next_undone skips done (cancelled) futures and moves on.
        assert!(Rc::ptr_eq(&q.next_undone().unwrap(), &futs[0].0));
        futs[0].0.cancel_future(Value::None);
        assert!(Rc::ptr_eq(&q.next_undone().unwrap(), &futs[2].0));
        for (_, seq) in &futs {
            q.remove(*seq);
        }
        assert!(q.is_empty() && q.all_cancelled() && q.cancelled.get() == 0);
        assert!(q.first().is_none());
    }

    fn cond_wait_aw(c: &Rc<PyCondition>) -> Value {
        cond_wait_awaitable(c.clone())
    }

    #[test]
    fn condition_wait_releases_and_reacquires() {
        let mut h = Harness::new();
        let cond = new_condition(asyncio_types().locks.condition.clone());
        let lock = cond.native().unwrap();
        // Waiting without the lock is an error.
        assert!(h.send(&cond_wait_aw(&cond)).is_err());
        assert!(returned_true(h.send(&acquire(&lock))));
        let w = cond_wait_aw(&cond);
        let f = yielded(h.send(&w));
        assert!(!lock.locked.get(), "wait() released the lock");
        // Another task takes the lock and notifies.
        assert!(returned_true(h.send(&acquire(&lock))));
        cond.notify_n(&mut h.vm, 1).unwrap();
        assert!(f.done());
        // The waiter must re-acquire: the lock is held, so it waits again.
        let lf = yielded(h.send(&w));
        assert!(!lf.done());
        lock.release(&mut h.vm).unwrap();
        assert!(lf.done());
        assert!(returned_true(h.send(&w)));
        assert!(lock.locked.get() && cond.waiters.is_empty());
    }

    #[test]
    fn condition_wait_cancelled_still_reacquires_then_raises() {
        let mut h = Harness::new();
        let cond = new_condition(asyncio_types().locks.condition.clone());
        let lock = cond.native().unwrap();
        assert!(returned_true(h.send(&acquire(&lock))));
        let w = cond_wait_aw(&cond);
        yielded(h.send(&w));
        // Someone else holds the lock when the cancellation arrives.
        assert!(returned_true(h.send(&acquire(&lock))));
        let lf = yielded(h.cancel_into(&w));
        // Cancelled again while re-acquiring: it keeps trying.
        let lf2 = yielded(h.cancel_into(&w));
        assert!(lf.done() || !Rc::ptr_eq(&lf, &lf2));
        lock.release(&mut h.vm).unwrap();
        let r = h.send(&w);
        let e = r.expect_err("the cancellation is re-raised");
        assert!(crate::asyncio::is_cancelled_error(&e));
        assert!(lock.locked.get(), "and the lock is held again");
    }

    #[test]
    fn condition_notification_passed_on_when_waiter_cancelled() {
        let mut h = Harness::new();
        let cond = new_condition(asyncio_types().locks.condition.clone());
        let lock = cond.native().unwrap();
        assert!(returned_true(h.send(&acquire(&lock))));
        let w1 = cond_wait_aw(&cond);
        let f1 = yielded(h.send(&w1));
        assert!(returned_true(h.send(&acquire(&lock))));
        let w2 = cond_wait_aw(&cond);
        let f2 = yielded(h.send(&w2));
        assert!(returned_true(h.send(&acquire(&lock))));
        cond.notify_n(&mut h.vm, 1).unwrap();
        assert!(f1.done() && !f2.done());
        lock.release(&mut h.vm).unwrap();
        // w1 is cancelled before it runs: it re-acquires, fails, and its
        // notification goes to w2.
        assert!(h.cancel_into(&w1).is_err());
        assert!(f2.done());
    }

    fn new_barrier(parties: i64) -> Rc<PyBarrier> {
        Rc::new(PyBarrier {
            cls: asyncio_types().locks.barrier.clone(),
            dict: OnceCell::new(),
            cond: new_condition(asyncio_types().locks.condition.clone()),
            parties: Cell::new(parties),
            state: Cell::new(BarrierState::Filling),
            count: Cell::new(0),
        })
    }

    #[test]
    fn barrier_trips_with_indices_and_drains() {
        let mut h = Harness::new();
        let b = new_barrier(3);
        let w0 = barrier_op(b.clone(), BarrierOp::Wait);
        let w1 = barrier_op(b.clone(), BarrierOp::Wait);
        let w2 = barrier_op(b.clone(), BarrierOp::Wait);
        yielded(h.send(&w0));
        yielded(h.send(&w1));
        assert_eq!(b.n_waiting(), 2);
        // The last party trips the barrier and returns at once.
        assert!(matches!(h.send(&w2), Ok(GenStep::Return(Value::Int(2)))));
        assert!(b.state.get() == BarrierState::Draining);
        assert!(matches!(h.send(&w0), Ok(GenStep::Return(Value::Int(0)))));
        assert!(matches!(h.send(&w1), Ok(GenStep::Return(Value::Int(1)))));
        assert!(b.state.get() == BarrierState::Filling && b.count.get() == 0);
    }

    #[test]
    fn barrier_abort_breaks_waiters() {
        let mut h = Harness::new();
        let b = new_barrier(2);
        let w0 = barrier_op(b.clone(), BarrierOp::Wait);
        yielded(h.send(&w0));
        let abort = barrier_op(b.clone(), BarrierOp::Abort);
        assert!(matches!(h.send(&abort), Ok(GenStep::Return(Value::None))));
        assert!(b.state.get() == BarrierState::Broken);
        let e = h.send(&w0).expect_err("BrokenBarrierError");
        assert!(e.class().is_subtype(&asyncio_types().broken_barrier_error));
        // Waiting on a broken barrier fails at once.
        let w1 = barrier_op(b.clone(), BarrierOp::Wait);
        assert!(h.send(&w1).is_err());
        assert_eq!(b.count.get(), 0);
    }

    #[test]
    fn bounded_semaphore_refuses_release_above_its_bound() {
        let mut h = Harness::new();
        let sem = new_semaphore(1);
        *sem.bound.borrow_mut() = Some(Value::Int(1));
        let sv = Value::object(sem.clone());
        let release =
            |h: &mut Harness| sem_release(&mut h.vm, Args::new(std::slice::from_ref(&sv)));
        let e = release(&mut h).unwrap_err();
        assert!(e.matches(ExcKind::ValueError));
        assert!(returned_true(h.send(&sem_acquire_aw(&sem))));
        assert!(release(&mut h).is_ok());
        assert!(matches!(sem.value(), Value::Int(1)));
    }
}
