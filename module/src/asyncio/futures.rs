//! `asyncio.Future` and the state it shares with `Task`.
//!
//! One Rust struct serves both: a Task is a Future whose `task` part holds
//! the coroutine it drives. Completing a future schedules its done
//! callbacks on its loop's ready queue, in registration order, without
//! allocating a Python handle per callback. CPython: Lib/asyncio/futures.py
//! and Modules/_asynciomodule.c (FutureObj).

use std::any::Any;
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::{Rc, Weak};

use rspy_objects::awaitable::NativeAwaitable;
use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{runtime_error, type_error, ExcKind, PyErr};
use rspy_objects::finalize::Finalizer;
use rspy_objects::function::Args;
use rspy_objects::gc::Tracer;
use rspy_objects::generator::GenStep;
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::types::PyType;
use rspy_objects::value::{NativeObject, PyResult, Value};

use super::events::{EventLoop, Ready};
use super::tasks::TaskState;
use super::{cancelled_error, invalid_state_error};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FutState {
    Pending,
    Cancelled,
    Finished,
}

impl FutState {
    /// The name CPython's `_state` attribute holds.
    pub fn name(self) -> &'static str {
        match self {
            FutState::Pending => "PENDING",
            FutState::Cancelled => "CANCELLED",
            FutState::Finished => "FINISHED",
        }
    }
}

/// A done callback: a Python callable, or a task waiting on this future.
#[derive(Clone)]
pub enum DoneCallback {
    Python(Value, Rc<crate::contextvars::Context>),
    Wakeup(Rc<PyFuture>),
    /// `run_until_complete` stops the loop when its future is done.
    StopLoop,
    /// A child of `asyncio.gather`: gather's `_done_callback`, native.
    Gather(Rc<super::gather::GatherState>),
}

/// A future's done callbacks, the first held inline: most futures get
/// exactly one (the task waiting on them), and a separate allocation for
/// it would cost more than the slot. Derefs to the callbacks in order.
#[derive(Clone, Default)]
pub enum Callbacks {
    #[default]
    Empty,
    One(DoneCallback),
    Many(Vec<DoneCallback>),
}

impl Callbacks {
    pub fn push(&mut self, cb: DoneCallback) {
        *self = match std::mem::take(self) {
            Callbacks::Empty => Callbacks::One(cb),
            Callbacks::One(first) => Callbacks::Many(vec![first, cb]),
            Callbacks::Many(mut v) => {
                v.push(cb);
                Callbacks::Many(v)
            }
        };
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&DoneCallback) -> bool) {
        match self {
            Callbacks::Empty => {}
            Callbacks::One(cb) => {
                if !keep(cb) {
                    *self = Callbacks::Empty;
                }
            }
            Callbacks::Many(v) => v.retain(keep),
        }
    }
}

impl From<Vec<DoneCallback>> for Callbacks {
    fn from(mut v: Vec<DoneCallback>) -> Callbacks {
        match v.len() {
            0 => Callbacks::Empty,
            1 => v.pop().map_or(Callbacks::Empty, Callbacks::One),
            _ => Callbacks::Many(v),
        }
    }
}

impl std::ops::Deref for Callbacks {
    type Target = [DoneCallback];
    fn deref(&self) -> &[DoneCallback] {
        match self {
            Callbacks::Empty => &[],
            Callbacks::One(cb) => std::slice::from_ref(cb),
            Callbacks::Many(v) => v,
        }
    }
}

impl IntoIterator for Callbacks {
    type Item = DoneCallback;
    type IntoIter =
        std::iter::Chain<std::option::IntoIter<DoneCallback>, std::vec::IntoIter<DoneCallback>>;
    fn into_iter(self) -> Self::IntoIter {
        let (first, rest) = match self {
            Callbacks::Empty => (None, Vec::new()),
            Callbacks::One(cb) => (Some(cb), Vec::new()),
            Callbacks::Many(v) => (None, v),
        };
        first.into_iter().chain(rest)
    }
}

/// The parts of a future most never use, allocated on first use.
#[derive(Default)]
pub struct FutureRare {
    dict: OnceCell<Rc<PyDict>>,
    /// `None` unless cancelled with a message.
    cancel_message: RefCell<Option<Value>>,
    /// The CancelledError a task's coroutine raised, re-raised by
    /// `result()`. CPython: _cancelled_exc.
    cancelled_exc: RefCell<Option<PyErr>>,
}

pub struct PyFuture {
    cls: Rc<PyType>,
    rare: OnceCell<Box<FutureRare>>,
    /// Read with `loop_rc`/`is_on`; a `Cell` keeps the future small.
    event_loop: Cell<Option<Rc<EventLoop>>>,
    pub state: Cell<FutState>,
    /// The result, or the exception instance when `is_exc` (one slot:
    /// a future has one or the other). Read with `result_value` and
    /// `exception`.
    outcome: Cell<Value>,
    is_exc: Cell<bool>,
    pub callbacks: RefCell<Callbacks>,
    /// CPython: _asyncio_future_blocking.
    pub blocking: Cell<bool>,
    /// An exception nobody looked at is reported when the future dies.
    pub log_traceback: Cell<bool>,
    /// Boxed: most futures are not tasks, and this is the larger part.
    pub task: Option<Box<TaskState>>,
    /// For a waiter future in a lock's queue: the queue's count of
    /// cancelled waiters, kept exact without scanning.
    pub cancel_counter: Cell<Option<Weak<Cell<usize>>>>,
}

impl NativeObject for PyFuture {
    fn py_type(&self) -> Rc<PyType> {
        self.cls.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_awaitable(&self) -> Option<&dyn NativeAwaitable> {
        Some(self)
    }
    fn instance_dict(&self) -> Option<&Rc<PyDict>> {
        Some(self.rare().dict.get_or_init(|| Rc::new(PyDict::new())))
    }
    fn gc_traverse(&self, t: &mut Tracer) {
        let outcome = self.outcome.replace(Value::Null);
        t.value(&outcome);
        self.outcome.set(outcome);
        if let Ok(callbacks) = self.callbacks.try_borrow() {
            for cb in callbacks.iter() {
                match cb {
                    DoneCallback::Python(f, context) => {
                        t.value(f);
                        t.native(context);
                    }
                    DoneCallback::Wakeup(task) => t.native(task),
                    DoneCallback::Gather(state) => t.native(state),
                    DoneCallback::StopLoop => {}
                }
            }
        }
        if let Some(rare) = self.rare.get() {
            if let Some(d) = rare.dict.get() {
                t.dict(d);
            }
            if let Ok(Some(v)) = rare.cancel_message.try_borrow().as_deref() {
                t.value(v);
            }
            if let Ok(Some(e)) = rare.cancelled_exc.try_borrow().as_deref() {
                t.error(e);
            }
        }
        if let Some(task) = &self.task {
            task.gc_traverse(t);
        }
    }
    fn gc_clear(&self) {
        let outcome = self.outcome.replace(Value::None);
        let callbacks = self
            .callbacks
            .try_borrow_mut()
            .map(|mut c| std::mem::take(&mut *c));
        drop((outcome, callbacks));
        if let Some(task) = &self.task {
            task.gc_clear();
        }
    }
    /// A future dying with an unretrieved exception, or a task dying
    /// pending, is reported as when its last reference goes (see `Drop`).
    fn gc_finalizer(&self, me: &Rc<dyn NativeObject>) -> Option<Finalizer> {
        let pending_task = self.death_report()?;
        let lp = self.loop_rc()?;
        let me: Rc<dyn Any> = me.clone();
        let me = me.downcast::<PyFuture>().ok()?;
        self.log_traceback.set(false);
        if let Some(t) = &self.task {
            t.log_destroy_pending.set(false);
        }
        Some(Finalizer::Call(Box::new(move |interp| {
            lp.report_dead_future(interp, &me, pending_task)
        })))
    }
}

/// Awaiting a future: yield it to the task until it is done, then its
/// result. CPython: FutureIter (futures.py Future.__await__).
impl NativeAwaitable for PyFuture {
    fn send(&self, this: &Value, _: &mut dyn Interp, _: Value) -> PyResult<GenStep> {
        if self.state.get() == FutState::Pending {
            self.blocking.set(true);
            return Ok(GenStep::Yield(this.clone()));
        }
        self.get_result().map(GenStep::Return)
    }
}

/// What `Future.__await__()` returns to Python code; `await fut` drives
/// the future itself. CPython: Modules/_asynciomodule.c FutureIter.
pub struct FutureIter {
    fut: Rc<PyFuture>,
    yielded: Cell<bool>,
}

impl NativeObject for FutureIter {
    fn py_type(&self) -> Rc<PyType> {
        super::asyncio_types().future_iter.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn gc_traverse(&self, t: &mut Tracer) {
        t.native(&self.fut);
    }
    fn as_awaitable(&self) -> Option<&dyn NativeAwaitable> {
        Some(self)
    }
}

impl NativeAwaitable for FutureIter {
    // CPython: FutureIter_am_send
    fn send(&self, _: &Value, _: &mut dyn Interp, _: Value) -> PyResult<GenStep> {
        if self.fut.state.get() != FutState::Pending {
            return self.fut.get_result().map(GenStep::Return);
        }
        if self.yielded.replace(true) {
            return Err(runtime_error("await wasn't used with future"));
        }
        self.fut.blocking.set(true);
        Ok(GenStep::Yield(Value::object(self.fut.clone())))
    }
}

fn fut_await(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let fut = self_future(&args)?;
    Ok(Value::object(Rc::new(FutureIter {
        fut,
        yielded: Cell::new(false),
    })))
}

impl Drop for PyFuture {
    /// A future that dies holding an unretrieved exception (or a task that
    /// dies pending) is reported through its loop's exception handler; the
    /// report needs a live object, so the state moves to a new one.
    fn drop(&mut self) {
        if let Some(t) = &self.task {
            super::tasks::unregister(t.id);
        }
        let Some(pending_task) = self.death_report() else {
            return;
        };
        let Some(lp) = self.event_loop.get_mut().take() else {
            return;
        };
        let heir = PyFuture {
            cls: self.cls.clone(),
            rare: OnceCell::new(),
            event_loop: Cell::new(Some(lp.clone())),
            state: Cell::new(self.state.get()),
            outcome: Cell::new(std::mem::replace(self.outcome.get_mut(), Value::None)),
            is_exc: Cell::new(self.is_exc.get()),
            callbacks: RefCell::new(Callbacks::Empty),
            blocking: Cell::new(false),
            log_traceback: Cell::new(false),
            task: self
                .task
                .take()
                .map(|t| Box::new(TaskState::for_report(*t))),
            cancel_counter: Cell::new(None),
        };
        let heir = Rc::new(heir);
        rspy_objects::finalize::defer(rspy_objects::finalize::Finalizer::Call(Box::new(
            move |interp| lp.report_dead_future(interp, &heir, pending_task),
        )));
    }
}

impl PyFuture {
    pub fn new(
        cls: Rc<PyType>,
        event_loop: Option<Rc<EventLoop>>,
        task: Option<TaskState>,
    ) -> Self {
        PyFuture {
            cls,
            rare: OnceCell::new(),
            event_loop: Cell::new(event_loop),
            state: Cell::new(FutState::Pending),
            outcome: Cell::new(Value::None),
            is_exc: Cell::new(false),
            callbacks: RefCell::new(Callbacks::Empty),
            blocking: Cell::new(false),
            log_traceback: Cell::new(false),
            task: task.map(Box::new),
            cancel_counter: Cell::new(None),
        }
    }

    /// What this future reports when it dies, if anything: `Some(true)`
    /// for a task dying pending, `Some(false)` for an exception never
    /// retrieved. CPython: FutureObj_finalize, TaskObj_finalize.
    fn death_report(&self) -> Option<bool> {
        let pending_task = self
            .task
            .as_ref()
            .is_some_and(|t| t.log_destroy_pending.get())
            && self.state.get() == FutState::Pending;
        (self.log_traceback.get() || pending_task).then_some(pending_task)
    }

    pub fn done(&self) -> bool {
        self.state.get() != FutState::Pending
    }

    pub fn get_loop(&self) -> PyResult<Rc<EventLoop>> {
        self.loop_rc()
            .ok_or_else(|| runtime_error("Future object is not initialized."))
    }

    /// The exception the future finished with, if any.
    pub fn exception(&self) -> Option<PyErr> {
        if !self.is_exc.get() {
            return None;
        }
        PyErr::from_value(&self.outcome_value())
    }

    /// The result it finished with (`None` while pending or failed).
    /// CPython: _result.
    pub fn result_value(&self) -> Value {
        if self.is_exc.get() {
            return Value::None;
        }
        self.outcome_value()
    }

    /// What the outcome slot holds (a `Cell`: taken out and put back).
    fn outcome_value(&self) -> Value {
        let v = self.outcome.replace(Value::None);
        let out = v.clone();
        self.outcome.set(v);
        out
    }

    /// The loop the future belongs to. CPython: _loop.
    pub fn loop_rc(&self) -> Option<Rc<EventLoop>> {
        let lp = self.event_loop.take();
        let out = lp.clone();
        self.event_loop.set(lp);
        out
    }

    /// Whether the future belongs to `lp`.
    pub fn is_on(&self, lp: &Rc<EventLoop>) -> bool {
        let cur = self.event_loop.take();
        let same = cur.as_ref().is_some_and(|l| Rc::ptr_eq(l, lp));
        self.event_loop.set(cur);
        same
    }

    fn rare(&self) -> &FutureRare {
        self.rare.get_or_init(Box::default)
    }

    /// CPython: _cancel_message.
    pub fn cancel_message(&self) -> Value {
        self.rare
            .get()
            .and_then(|r| r.cancel_message.borrow().clone())
            .unwrap_or(Value::None)
    }

    pub fn set_cancel_message(&self, msg: Value) {
        if msg.is_none() && self.rare.get().is_none() {
            return;
        }
        *self.rare().cancel_message.borrow_mut() = Some(msg);
    }

    /// Keep the CancelledError a task's coroutine raised for `result()`.
    pub fn set_cancelled_exc(&self, e: PyErr) {
        *self.rare().cancelled_exc.borrow_mut() = Some(e);
    }

    /// CPython: Future._make_cancelled_error.
    pub fn make_cancelled_error(&self) -> PyErr {
        if let Some(e) = self
            .rare
            .get()
            .and_then(|r| r.cancelled_exc.borrow_mut().take())
        {
            return e;
        }
        let msg = self.cancel_message();
        let args = if msg.is_none() { vec![] } else { vec![msg] };
        PyErr::new(&cancelled_error(), args)
    }

    /// CPython: Future.result.
    pub fn get_result(&self) -> PyResult<Value> {
        match self.state.get() {
            FutState::Cancelled => Err(self.make_cancelled_error()),
            FutState::Pending => Err(invalid_state_error("Result is not set.")),
            FutState::Finished => {
                self.log_traceback.set(false);
                match self.exception() {
                    Some(e) => Err(e),
                    None => Ok(self.outcome_value()),
                }
            }
        }
    }

    /// Queue every done callback on the loop, in registration order.
    /// CPython: Future.__schedule_callbacks.
    pub fn schedule_callbacks(self: &Rc<Self>) {
        let callbacks = std::mem::take(&mut *self.callbacks.borrow_mut());
        if callbacks.is_empty() {
            return;
        }
        let Some(lp) = self.loop_rc() else {
            return;
        };
        for cb in callbacks {
            lp.push_ready(match cb {
                DoneCallback::Python(f, ctx) => Ready::Done(f, self.clone(), ctx),
                DoneCallback::Wakeup(task) => Ready::Wakeup(task, self.clone()),
                DoneCallback::StopLoop => Ready::StopLoop(self.clone()),
                DoneCallback::Gather(g) => Ready::Gather(g, Value::object(self.clone())),
            });
        }
    }

    fn check_pending(self: &Rc<Self>, interp: &mut dyn Interp) -> PyResult<()> {
        if self.state.get() == FutState::Pending {
            return Ok(());
        }
        let _ = interp;
        Err(invalid_state_error("invalid state"))
    }

    /// CPython: Future.set_result.
    pub fn set_result(self: &Rc<Self>, interp: &mut dyn Interp, v: Value) -> PyResult<()> {
        self.check_pending(interp)?;
        self.outcome.set(v);
        self.is_exc.set(false);
        self.state.set(FutState::Finished);
        self.schedule_callbacks();
        Ok(())
    }

    /// CPython: Future.set_exception.
    pub fn set_exception(self: &Rc<Self>, interp: &mut dyn Interp, exc: Value) -> PyResult<()> {
        self.check_pending(interp)?;
        let exc = match &exc {
            Value::Type(_) => ops::call0(interp, &exc, &[])?,
            _ => exc,
        };
        let Some(mut e) = PyErr::from_value(&exc) else {
            return Err(type_error("invalid exception object"));
        };
        if e.matches(ExcKind::StopIteration) {
            let new = runtime_error(
                "StopIteration interacts badly with generators and cannot be raised into a Future",
            );
            {
                let mut d = new.data();
                d.cause = e.value();
                d.context = e.value();
                d.suppress_context = true;
            }
            e = new;
        }
        self.set_exception_err(e);
        Ok(())
    }

    /// Finish with an exception already known to be valid.
    pub fn set_exception_err(self: &Rc<Self>, e: PyErr) {
        self.outcome.set(e.value());
        self.is_exc.set(true);
        self.state.set(FutState::Finished);
        self.log_traceback.set(true);
        self.schedule_callbacks();
    }

    /// CPython: Future.cancel (the Future part; Task.cancel wraps it).
    pub fn cancel_future(self: &Rc<Self>, msg: Value) -> bool {
        self.log_traceback.set(false);
        if self.state.get() != FutState::Pending {
            return false;
        }
        self.state.set(FutState::Cancelled);
        self.set_cancel_message(msg);
        let counter = self.cancel_counter.take();
        if let Some(c) = counter.as_ref().and_then(Weak::upgrade) {
            c.set(c.get() + 1);
        }
        self.cancel_counter.set(counter);
        self.schedule_callbacks();
        true
    }

    /// CPython: Future.add_done_callback.
    pub fn add_done_callback(self: &Rc<Self>, cb: DoneCallback) {
        self.callbacks.borrow_mut().push(cb);
        if self.state.get() != FutState::Pending {
            self.schedule_callbacks();
        }
    }
}

// ------------------------------------------------------------- natives

/// The future behind `self` (a Future, a Task, or a Python subclass).
pub fn self_future(args: &Args<'_>) -> PyResult<Rc<PyFuture>> {
    match args.values.first() {
        Some(v) => future_of(v).ok_or_else(|| type_error("descriptor requires a Future object")),
        None => Err(type_error("descriptor requires a Future object")),
    }
}

/// `v` as a native future, if it is one.
pub fn future_of(v: &Value) -> Option<Rc<PyFuture>> {
    rspy_objects::value::downcast_object(v)
}

/// `Future.__new__(cls, ...)`: a pending future with no loop yet;
/// `__init__` binds it.
fn future_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = match args.values.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => return Err(type_error("Future.__new__(X): X is not a type object")),
    };
    let fut = Rc::new(PyFuture::new(cls, None, None));
    rspy_objects::gc::track_native(&fut);
    Ok(Value::object(fut))
}

/// `Future.__init__(*, loop=None)`. CPython: Future.__init__.
fn future_init(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    if args.positional().len() > 1 {
        return Err(type_error(format!(
            "Future.__init__() takes 0 positional arguments but {} were given",
            args.positional().len() - 1
        )));
    }
    args.only_kwargs("Future.__init__", &["loop"])?;
    let lp = match args.kw("loop") {
        None | Some(Value::None) => super::events::get_event_loop_for_future()?,
        Some(v) => {
            super::events::loop_of(v).ok_or_else(|| type_error("loop must be an event loop"))?
        }
    };
    f.event_loop.set(Some(lp));
    Ok(Value::None)
}

fn fut_result(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    self_future(&args)?.get_result()
}

fn fut_exception(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    match f.state.get() {
        FutState::Cancelled => Err(f.make_cancelled_error()),
        FutState::Pending => Err(invalid_state_error("Exception is not set.")),
        FutState::Finished => {
            f.log_traceback.set(false);
            Ok(f.exception().map_or(Value::None, |e| e.value()))
        }
    }
}

fn fut_set_result(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    let a = args.exact("set_result", 2, 2)?;
    if f.task.is_some() {
        return Err(runtime_error("Task does not support set_result operation"));
    }
    f.set_result(interp, a[1].clone())?;
    Ok(Value::None)
}

fn fut_set_exception(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    let a = args.exact("set_exception", 2, 2)?;
    if f.task.is_some() {
        return Err(runtime_error(
            "Task does not support set_exception operation",
        ));
    }
    f.set_exception(interp, a[1].clone())?;
    Ok(Value::None)
}

/// The `msg` argument of `cancel(msg=None)`.
pub fn cancel_msg(args: &Args<'_>) -> PyResult<Value> {
    args.only_kwargs("cancel", &["msg"])?;
    let pos = args.positional();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "cancel() takes at most 1 argument ({} given)",
            pos.len() - 1
        )));
    }
    Ok(pos
        .get(1)
        .or_else(|| args.kw("msg"))
        .cloned()
        .unwrap_or(Value::None))
}

fn fut_cancel(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    let msg = cancel_msg(&args)?;
    if f.task.is_some() {
        return Ok(Value::Bool(super::tasks::task_cancel(interp, &f, msg)?));
    }
    Ok(Value::Bool(f.cancel_future(msg)))
}

fn fut_cancelled(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(
        self_future(&args)?.state.get() == FutState::Cancelled,
    ))
}

/// `isfuture(obj)`: a Future, or an object advertising itself as one
/// through `_asyncio_future_blocking`. CPython: base_futures.isfuture.
pub fn isfuture(interp: &mut dyn Interp, v: &Value) -> PyResult<bool> {
    if future_of(v).is_some() {
        return Ok(true);
    }
    if v.py_type().lookup("_asyncio_future_blocking").is_none() {
        return Ok(false);
    }
    Ok(!ops::getattr(interp, v, "_asyncio_future_blocking")?.is_none())
}

fn fut_done(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(self_future(&args)?.done()))
}

fn fut_get_loop(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::object(self_future(&args)?.get_loop()?))
}

fn fut_add_done_callback(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    args.only_kwargs("add_done_callback", &["context"])?;
    let pos = args.positional();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "add_done_callback() takes exactly 1 positional argument ({} given)",
            pos.len() - 1
        )));
    }
    let ctx = super::events::context_arg(&args)?;
    f.add_done_callback(DoneCallback::Python(pos[1].clone(), ctx));
    Ok(Value::None)
}

/// CPython: Future.remove_done_callback (callbacks equal to `fn`).
fn fut_remove_done_callback(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    let a = args.exact("remove_done_callback", 2, 2)?;
    let callbacks = f.callbacks.borrow().clone();
    let mut kept = Vec::with_capacity(callbacks.len());
    for cb in callbacks {
        let same = match &cb {
            DoneCallback::Python(g, _) => ops::eq(interp, g, &a[1])?,
            DoneCallback::Gather(g) => ops::eq(interp, &super::gather::callback_value(g), &a[1])?,
            DoneCallback::Wakeup(_) | DoneCallback::StopLoop => false,
        };
        if !same {
            kept.push(cb);
        }
    }
    let removed = f.callbacks.borrow().len() - kept.len();
    *f.callbacks.borrow_mut() = Callbacks::from(kept);
    Ok(Value::Int(removed as i64))
}

fn fut_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    Ok(Value::string(super::repr::future_repr(interp, &f)?))
}

fn getter_state(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::str(self_future(&args)?.state.get().name()))
}

fn getter_blocking(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(self_future(&args)?.blocking.get()))
}

fn setter_blocking(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    let a = args.exact("_asyncio_future_blocking", 2, 2)?;
    f.blocking.set(ops::truthy(interp, &a[1])?);
    Ok(Value::None)
}

fn getter_log_traceback(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(self_future(&args)?.log_traceback.get()))
}

fn setter_log_traceback(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    let a = args.exact("_log_traceback", 2, 2)?;
    if ops::truthy(interp, &a[1])? {
        return Err(ExcKind::ValueError.new_err("_log_traceback can only be set to False"));
    }
    f.log_traceback.set(false);
    Ok(Value::None)
}

fn getter_loop(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(self_future(&args)?
        .loop_rc()
        .map_or(Value::None, Value::object))
}

fn getter_result(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(self_future(&args)?.result_value())
}

fn getter_exception(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(self_future(&args)?
        .exception()
        .map_or(Value::None, |e| e.value()))
}

fn getter_callbacks(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    let items: Vec<Value> = f
        .callbacks
        .borrow()
        .iter()
        .map(|cb| {
            let func = match cb {
                DoneCallback::Python(v, _) => v.clone(),
                DoneCallback::Wakeup(t) => Value::object(t.clone()),
                DoneCallback::StopLoop => Value::None,
                DoneCallback::Gather(g) => super::gather::callback_value(g),
            };
            Value::tuple(vec![func, Value::None])
        })
        .collect();
    Ok(if items.is_empty() {
        Value::None
    } else {
        Value::list(items)
    })
}

fn getter_cancel_message(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(self_future(&args)?.cancel_message())
}

fn setter_cancel_message(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    let a = args.exact("_cancel_message", 2, 2)?;
    f.set_cancel_message(a[1].clone());
    Ok(Value::None)
}

/// CPython: Future._make_cancelled_error.
fn fut_make_cancelled_error(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(self_future(&args)?.make_cancelled_error().value())
}

fn getter_none(_: &mut dyn Interp, _: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

/// Register Future's natives on its type (Task inherits them).
pub fn register(ty: &Rc<PyType>) {
    ty.add_static("__new__", future_new);
    ty.add_method("__init__", future_init);
    ty.add_method("result", fut_result);
    ty.add_method("exception", fut_exception);
    ty.add_method("set_result", fut_set_result);
    ty.add_method("set_exception", fut_set_exception);
    ty.add_method("cancel", fut_cancel);
    ty.add_method("cancelled", fut_cancelled);
    ty.add_method("done", fut_done);
    ty.add_method("get_loop", fut_get_loop);
    ty.add_method("add_done_callback", fut_add_done_callback);
    ty.add_method("remove_done_callback", fut_remove_done_callback);
    ty.add_method("__repr__", fut_repr);
    ty.add_classmethod(
        "__class_getitem__",
        rspy_objects::generic_alias::class_getitem,
    );
    ty.add_method("__await__", fut_await);
    ty.add_method("__iter__", fut_await);
    super::add_property(ty, "_state", getter_state, None);
    super::add_property(
        ty,
        "_asyncio_future_blocking",
        getter_blocking,
        Some(setter_blocking),
    );
    super::add_property(
        ty,
        "_log_traceback",
        getter_log_traceback,
        Some(setter_log_traceback),
    );
    super::add_property(ty, "_loop", getter_loop, None);
    super::add_property(ty, "_result", getter_result, None);
    super::add_property(ty, "_exception", getter_exception, None);
    super::add_property(ty, "_callbacks", getter_callbacks, None);
    super::add_property(ty, "_source_traceback", getter_none, None);
    super::add_property(
        ty,
        "_cancel_message",
        getter_cancel_message,
        Some(setter_cancel_message),
    );
    ty.add_method("_make_cancelled_error", fut_make_cancelled_error);
}
