//! The native event loop: ready queue, timer heap, handles, the running
//! loop, and the exception handler.
//!
//! The ready queue holds handles Python can see (`call_soon`) and internal
//! entries (done callbacks, task wake-ups and steps) that need no Python
//! object. Timers live in a binary heap ordered exactly as `heapq` orders
//! CPython's `TimerHandle`s, so callbacks due at the same time run in the
//! same order. With nothing ready the loop sleeps until the next timer.
//! CPython: Lib/asyncio/base_events.py (BaseEventLoop), events.py (Handle,
//! TimerHandle, get_running_loop, get_event_loop).

use std::any::Any;
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::VecDeque;
use std::rc::{Rc, Weak};
use std::time::{Duration, Instant};

use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{runtime_error, type_error, ExcKind, PyErr};
use rspy_objects::function::Args;
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::types::PyType;
use rspy_objects::value::{NativeObject, PyResult, Value};

use super::futures::{future_of, FutState, PyFuture};
use super::{asyncio_types, tasks};
use crate::contextvars::{self, Context};

/// One entry of the ready queue.
pub enum Ready {
    /// A handle from `call_soon`/`call_later`/`call_at`.
    Handle(Rc<PyHandle>),
    /// A future's done callback: `callback(future)` in its context. The
    /// future becomes a `Value` only when the callback runs, so a queue
    /// of many finished futures holds no handle or argument list each.
    Done(Value, Rc<PyFuture>, Rc<Context>),
    /// A task woken by the future it awaited.
    Wakeup(Rc<PyFuture>, Rc<PyFuture>),
    /// A task step, with the exception to throw in.
    Step(Rc<PyFuture>, Option<PyErr>),
    /// `run_until_complete`'s callback: stop the loop.
    StopLoop(Rc<PyFuture>),
    /// gather's `_done_callback(child)`.
    Gather(Rc<super::gather::GatherState>, Value),
}

/// `asyncio.Handle` / `asyncio.TimerHandle`. CPython: events.py Handle.
pub struct PyHandle {
    /// For a TimerHandle: when it is due, in `loop.time()` seconds.
    pub when: Option<f64>,
    callback: RefCell<Value>,
    args: RefCell<Vec<Value>>,
    cancelled: Cell<bool>,
    /// In the timer heap (CPython: _scheduled).
    scheduled: Cell<bool>,
    event_loop: Weak<EventLoop>,
    /// The context the callback runs in. CPython: Handle._context.
    context: Option<Rc<Context>>,
}

impl NativeObject for PyHandle {
    fn py_type(&self) -> Rc<PyType> {
        let t = asyncio_types();
        if self.when.is_some() {
            t.timer_handle.clone()
        } else {
            t.handle.clone()
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn gc_traverse(&self, t: &mut rspy_objects::gc::Tracer) {
        if let Ok(cb) = self.callback.try_borrow() {
            t.value(&cb);
        }
        if let Ok(args) = self.args.try_borrow() {
            args.iter().for_each(|a| t.value(a));
        }
        if let Some(c) = &self.context {
            t.native(c);
        }
    }
    fn gc_clear(&self) {
        let cb = self
            .callback
            .try_borrow_mut()
            .map(|mut c| std::mem::replace(&mut *c, Value::None));
        let args = self
            .args
            .try_borrow_mut()
            .map(|mut a| std::mem::take(&mut *a));
        drop((cb, args));
    }
}

impl PyHandle {
    /// CPython: Handle.cancel / TimerHandle.cancel.
    pub fn cancel(&self) {
        if self.cancelled.get() {
            return;
        }
        if self.when.is_some() && self.scheduled.get() {
            if let Some(lp) = self.event_loop.upgrade() {
                lp.timer_cancelled_count
                    .set(lp.timer_cancelled_count.get() + 1);
            }
        }
        self.cancelled.set(true);
        *self.callback.borrow_mut() = Value::None;
        self.args.borrow_mut().clear();
    }

    fn when_key(&self) -> f64 {
        self.when.unwrap_or(0.0)
    }
}

thread_local! {
    static CLOCK_START: Instant = Instant::now();
    /// The loop running in this thread. CPython: events._running_loop.
    static RUNNING_LOOP: RefCell<Option<Rc<EventLoop>>> = const { RefCell::new(None) };
    /// The policy's current loop. CPython: _local._loop.
    static CURRENT_LOOP: RefCell<Value> = const { RefCell::new(Value::None) };
}

/// Whether a deadlocked loop is reported (see `EventLoop::report_deadlock`);
/// off with `-X no_deadlock_check` or RSPY_NO_DEADLOCK_CHECK.
static DEADLOCK_CHECK: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

pub fn set_deadlock_check(on: bool) {
    DEADLOCK_CHECK.store(on, std::sync::atomic::Ordering::Relaxed);
}

fn deadlock_check_enabled() -> bool {
    DEADLOCK_CHECK.load(std::sync::atomic::Ordering::Relaxed)
}

/// Sleep for `d` (forever when `None`, as CPython blocks in `select()`
/// with nothing to wait for), running the SIGINT handler when a SIGINT
/// arrives (by default it raises KeyboardInterrupt). After a handler that
/// returns, the event loop wakes (`wake`: it may have scheduled work, as
/// asyncio.Runner's does); `time.sleep` sleeps on (PEP 475).
pub(crate) fn sleep_interruptibly(
    interp: &mut dyn Interp,
    d: Option<Duration>,
    wake: bool,
) -> PyResult<()> {
    const SLICE: Duration = Duration::from_millis(20);
    let end = d.map(|d| std::time::Instant::now() + d);
    loop {
        if rspy_vm::vm::interrupt_pending() {
            if let Some(vm) = interp.as_any().downcast_mut::<rspy_vm::Vm>() {
                vm.handle_interrupt()?;
            }
            if wake {
                return Ok(());
            }
        }
        let left = match end {
            Some(end) => match end.checked_duration_since(std::time::Instant::now()) {
                Some(left) if !left.is_zero() => left,
                _ => return Ok(()),
            },
            None => SLICE,
        };
        std::thread::sleep(left.min(SLICE));
    }
}

/// Seconds on the loop's monotonic clock. CPython: time.monotonic.
pub fn monotonic() -> f64 {
    CLOCK_START.with(|s| s.elapsed().as_secs_f64()) + 1000.0
}

pub struct EventLoop {
    cls: Rc<PyType>,
    dict: OnceCell<Rc<PyDict>>,
    me: Weak<EventLoop>,
    ready: RefCell<VecDeque<Ready>>,
    timers: RefCell<Vec<Rc<PyHandle>>>,
    timer_cancelled_count: Cell<usize>,
    stopping: Cell<bool>,
    closed: Cell<bool>,
    running: Cell<bool>,
    debug: Cell<bool>,
    exception_handler: RefCell<Value>,
    task_factory: RefCell<Value>,
    pub current_task: RefCell<Option<Rc<PyFuture>>>,
    /// Async generators first iterated on this loop, for
    /// `shutdown_asyncgens`. CPython: BaseEventLoop._asyncgens (a WeakSet).
    asyncgens: RefCell<Vec<Weak<rspy_objects::generator::PyGenerator>>>,
    /// Debug mode turned coroutine origin tracking on; the depth to
    /// restore. CPython: _coroutine_origin_tracking_enabled / _saved_depth.
    origin_tracking: Cell<bool>,
    saved_origin_depth: Cell<usize>,
    /// The future `run_until_complete` waits for: where a deadlock is
    /// reported.
    main_future: RefCell<Option<Rc<PyFuture>>>,
}

impl NativeObject for EventLoop {
    fn py_type(&self) -> Rc<PyType> {
        self.cls.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn instance_dict(&self) -> Option<&Rc<PyDict>> {
        Some(self.dict.get_or_init(|| Rc::new(PyDict::new())))
    }
}

/// `v` as a native event loop, if it is one.
pub fn loop_of(v: &Value) -> Option<Rc<EventLoop>> {
    rspy_objects::value::downcast_object(v)
}

/// The running loop, if any. CPython: events._get_running_loop.
pub fn running_loop() -> Option<Rc<EventLoop>> {
    RUNNING_LOOP.with(|r| r.borrow().clone())
}

/// Make `lp` the running loop without running it (unit tests drive the
/// primitives' state machines by hand).
#[cfg(test)]
pub fn set_running_loop_for_test(lp: Option<Rc<EventLoop>>) {
    RUNNING_LOOP.with(|r| *r.borrow_mut() = lp);
}

/// CPython: events.get_running_loop.
pub fn get_running_loop() -> PyResult<Rc<EventLoop>> {
    running_loop().ok_or_else(|| runtime_error("no running event loop"))
}

/// The loop a `Future()` made without `loop=` binds to. CPython:
/// events.get_event_loop.
pub fn get_event_loop_for_future() -> PyResult<Rc<EventLoop>> {
    if let Some(lp) = running_loop() {
        return Ok(lp);
    }
    let current = CURRENT_LOOP.with(|c| c.borrow().clone());
    loop_of(&current)
        .ok_or_else(|| runtime_error("There is no current event loop in thread 'MainThread'."))
}

fn heap_less(a: &PyHandle, b: &PyHandle) -> bool {
    a.when_key() < b.when_key()
}

/// heapq._siftdown.
fn sift_down(heap: &mut [Rc<PyHandle>], start: usize, mut pos: usize) {
    let item = heap[pos].clone();
    while pos > start {
        let parent = (pos - 1) >> 1;
        if heap_less(&item, &heap[parent]) {
            heap[pos] = heap[parent].clone();
            pos = parent;
            continue;
        }
        break;
    }
    heap[pos] = item;
}

/// heapq._siftup.
fn sift_up(heap: &mut [Rc<PyHandle>], mut pos: usize) {
    let end = heap.len();
    let start = pos;
    let item = heap[pos].clone();
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !heap_less(&heap[child], &heap[right]) {
            child = right;
        }
        heap[pos] = heap[child].clone();
        pos = child;
        child = 2 * pos + 1;
    }
    heap[pos] = item;
    sift_down(heap, start, pos);
}

fn heap_push(heap: &mut Vec<Rc<PyHandle>>, h: Rc<PyHandle>) {
    heap.push(h);
    let n = heap.len() - 1;
    sift_down(heap, 0, n);
}

fn heap_pop(heap: &mut Vec<Rc<PyHandle>>) -> Option<Rc<PyHandle>> {
    let last = heap.pop()?;
    if heap.is_empty() {
        return Some(last);
    }
    let top = std::mem::replace(&mut heap[0], last);
    sift_up(heap, 0);
    Some(top)
}

/// CPython: base_events._MIN_SCHEDULED_TIMER_HANDLES and
/// _MIN_CANCELLED_TIMER_HANDLES_FRACTION.
const MIN_SCHEDULED_TIMER_HANDLES: usize = 100;
const MIN_CANCELLED_TIMER_HANDLES_FRACTION: f64 = 0.5;
/// CPython: time.get_clock_info('monotonic').resolution on Linux.
const CLOCK_RESOLUTION: f64 = 1e-09;
/// CPython: asyncio.constants.DEBUG_STACK_DEPTH.
const DEBUG_STACK_DEPTH: usize = 10;

impl EventLoop {
    pub fn new(cls: Rc<PyType>) -> Rc<EventLoop> {
        Rc::new_cyclic(|me| EventLoop {
            cls,
            dict: OnceCell::new(),
            me: me.clone(),
            ready: RefCell::new(VecDeque::new()),
            timers: RefCell::new(Vec::new()),
            timer_cancelled_count: Cell::new(0),
            stopping: Cell::new(false),
            closed: Cell::new(false),
            running: Cell::new(false),
            debug: Cell::new(false),
            exception_handler: RefCell::new(Value::None),
            task_factory: RefCell::new(Value::None),
            current_task: RefCell::new(None),
            asyncgens: RefCell::new(Vec::new()),
            origin_tracking: Cell::new(false),
            saved_origin_depth: Cell::new(0),
            main_future: RefCell::new(None),
        })
    }

    pub fn rc(&self) -> Rc<EventLoop> {
        self.me
            .upgrade()
            .expect("an event loop is always held by an Rc")
    }

    pub fn value(&self) -> Value {
        Value::object(self.rc())
    }

    pub fn push_ready(&self, r: Ready) {
        self.ready.borrow_mut().push_back(r);
    }

    pub fn is_closed(&self) -> bool {
        self.closed.get()
    }

    pub fn get_debug(&self) -> bool {
        self.debug.get()
    }

    pub fn set_debug(&self, on: bool) {
        self.debug.set(on);
    }

    /// CPython: BaseEventLoop._check_closed.
    pub fn check_closed(&self) -> PyResult<()> {
        if self.closed.get() {
            return Err(runtime_error("Event loop is closed"));
        }
        Ok(())
    }

    fn new_handle(
        &self,
        when: Option<f64>,
        callback: Value,
        args: Vec<Value>,
        context: Option<Rc<Context>>,
    ) -> Rc<PyHandle> {
        Rc::new(PyHandle {
            when,
            callback: RefCell::new(callback),
            args: RefCell::new(args),
            cancelled: Cell::new(false),
            scheduled: Cell::new(when.is_some()),
            event_loop: self.me.clone(),
            context,
        })
    }

    /// Schedule a callback handle; `context` None runs it in whatever
    /// context is current (internal callbacks). CPython:
    /// BaseEventLoop._call_soon.
    pub fn call_soon(
        &self,
        callback: Value,
        args: Vec<Value>,
        context: Option<Rc<Context>>,
    ) -> Rc<PyHandle> {
        let h = self.new_handle(None, callback, args, context);
        self.push_ready(Ready::Handle(h.clone()));
        h
    }

    /// CPython: BaseEventLoop.call_at.
    pub fn call_at(
        &self,
        when: f64,
        callback: Value,
        args: Vec<Value>,
        context: Option<Rc<Context>>,
    ) -> Rc<PyHandle> {
        let h = self.new_handle(Some(when), callback, args, context);
        heap_push(&mut self.timers.borrow_mut(), h.clone());
        h
    }

    /// CPython: BaseEventLoop._check_running.
    fn check_running(&self) -> PyResult<()> {
        if self.running.get() {
            return Err(runtime_error("This event loop is already running"));
        }
        if running_loop().is_some() {
            return Err(runtime_error(
                "Cannot run the event loop while another loop is running",
            ));
        }
        Ok(())
    }

    /// CPython: BaseEventLoop.run_forever.
    pub fn run_forever(&self, interp: &mut dyn Interp) -> PyResult<()> {
        self.check_closed()?;
        self.check_running()?;
        self.running.set(true);
        self.set_origin_tracking(self.debug.get());
        RUNNING_LOOP.with(|r| *r.borrow_mut() = Some(self.rc()));
        let old_hooks = rspy_objects::generator::asyncgen_hooks();
        rspy_objects::generator::set_asyncgen_hooks(
            self.bound_native("_asyncgen_firstiter_hook", asyncgen_firstiter_hook),
            self.bound_native("_asyncgen_finalizer_hook", asyncgen_finalizer_hook),
        );
        let r = self.run_until_stopped(interp);
        self.stopping.set(false);
        self.running.set(false);
        RUNNING_LOOP.with(|r| *r.borrow_mut() = None);
        self.set_origin_tracking(false);
        rspy_objects::generator::set_asyncgen_hooks(old_hooks.0, old_hooks.1);
        r
    }

    /// Debug mode records where coroutines are created (`cr_origin`).
    /// CPython: BaseEventLoop._set_coroutine_origin_tracking.
    fn set_origin_tracking(&self, enabled: bool) {
        if enabled == self.origin_tracking.get() {
            return;
        }
        use rspy_objects::generator as g;
        if enabled {
            self.saved_origin_depth
                .set(g::coroutine_origin_tracking_depth());
            g::set_coroutine_origin_tracking_depth(DEBUG_STACK_DEPTH);
        } else {
            g::set_coroutine_origin_tracking_depth(self.saved_origin_depth.get());
        }
        self.origin_tracking.set(enabled);
    }

    /// A native method bound to this loop, for use as a Python callable.
    fn bound_native(&self, name: &'static str, f: rspy_objects::function::NativeFn) -> Value {
        let func = Value::Native(Rc::new(rspy_objects::function::NativeFunction::function(
            name, f,
        )));
        Value::Method(Rc::new(rspy_objects::function::BoundMethod {
            self_value: self.value(),
            func,
        }))
    }

    fn run_until_stopped(&self, interp: &mut dyn Interp) -> PyResult<()> {
        loop {
            self.run_once(interp)?;
            if self.stopping.get() {
                return Ok(());
            }
        }
    }

    /// Drop cancelled timers: all of them when they are many, else those
    /// at the head. CPython: the first half of BaseEventLoop._run_once.
    fn prune_timers(&self) {
        let mut timers = self.timers.borrow_mut();
        let count = timers.len();
        let cancelled = self.timer_cancelled_count.get();
        if count > MIN_SCHEDULED_TIMER_HANDLES
            && cancelled as f64 / count as f64 > MIN_CANCELLED_TIMER_HANDLES_FRACTION
        {
            let mut kept = Vec::with_capacity(count);
            for h in timers.drain(..) {
                if h.cancelled.get() {
                    h.scheduled.set(false);
                } else {
                    kept.push(h);
                }
            }
            for i in (0..kept.len() / 2).rev() {
                sift_up(&mut kept, i);
            }
            *timers = kept;
            self.timer_cancelled_count.set(0);
            return;
        }
        while timers.first().is_some_and(|h| h.cancelled.get()) {
            self.timer_cancelled_count
                .set(self.timer_cancelled_count.get().saturating_sub(1));
            if let Some(h) = heap_pop(&mut timers) {
                h.scheduled.set(false);
            }
        }
    }

    /// One iteration: wait for the next timer if nothing is ready, move due
    /// timers to the ready queue, run what was ready at the start.
    /// CPython: BaseEventLoop._run_once.
    fn run_once(&self, interp: &mut dyn Interp) -> PyResult<()> {
        self.prune_timers();
        let timeout = if !self.ready.borrow().is_empty() || self.stopping.get() {
            Some(0.0)
        } else {
            self.timers
                .borrow()
                .first()
                .map(|h| (h.when_key() - monotonic()).max(0.0))
        };
        match timeout {
            Some(t) if t > 0.0 => {
                crate::builtins::flush_stdout();
                sleep_interruptibly(interp, Some(Duration::from_secs_f64(t)), true)?;
            }
            Some(_) => {}
            None => {
                if !deadlock_check_enabled() || !self.report_deadlock(interp)? {
                    crate::builtins::flush_stdout();
                    sleep_interruptibly(interp, None, true)?;
                }
            }
        }
        // Reading the clock costs a system call's worth of time: only
        // when a timer may be due.
        let end_time = if self.timers.borrow().is_empty() {
            f64::NEG_INFINITY
        } else {
            monotonic() + CLOCK_RESOLUTION
        };
        loop {
            let due = {
                let mut timers = self.timers.borrow_mut();
                match timers.first() {
                    Some(h) if h.when_key() < end_time => heap_pop(&mut timers),
                    _ => None,
                }
            };
            let Some(h) = due else { break };
            h.scheduled.set(false);
            self.push_ready(Ready::Handle(h));
        }
        let ntodo = self.ready.borrow().len();
        for _ in 0..ntodo {
            let Some(r) = self.ready.borrow_mut().pop_front() else {
                break;
            };
            self.run_ready(interp, r)?;
            run_finalizers(interp);
        }
        Ok(())
    }

    /// Nothing is ready, no timer is set and no I/O can arrive (rspy has
    /// no I/O sources): every task waits on another, so nothing will ever
    /// run again, where CPython blocks in `select()` forever. Print which
    /// task waits where on what, and fail the future `run_until_complete`
    /// waits for with a RuntimeError at its await point, so its `finally`
    /// blocks run and the program exits with the error. False when there
    /// is no such future to fail (the caller then waits, as CPython).
    fn report_deadlock(&self, interp: &mut dyn Interp) -> PyResult<bool> {
        let Some(main) = self.main_future.borrow().clone() else {
            return Ok(false);
        };
        if main.done() {
            return Ok(false);
        }
        let Some(me) = self.me.upgrade() else {
            return Ok(false);
        };
        crate::builtins::flush_stdout();
        let tasks = tasks::pending_tasks(&me);
        let mut report = format!(
            "rspy: deadlock: no task can run again (nothing is ready, no timer is set); {} task{} waiting:\n",
            tasks.len(),
            if tasks.len() == 1 { "" } else { "s" }
        );
        for t in &tasks {
            let name = t.task.as_ref().map_or(Value::None, |s| s.name());
            let name = ops::str_of(interp, &name)?;
            match tasks::wait_point(t) {
                Some((file, line, func, on)) => {
                    let on = match on {
                        Some(v) => ops::repr(interp, &v)?,
                        None => "nothing".to_string(),
                    };
                    report.push_str(&format!(
                        "  task '{name}' waits at {file}:{line} in {func}() on {on}\n"
                    ));
                }
                None => report.push_str(&format!("  task '{name}' (not started)\n")),
            }
        }
        eprint!("{report}");
        let exc = ExcKind::RuntimeError.new_err(format!(
            "deadlock: every task is waiting and nothing can wake them ({} task{})",
            tasks.len(),
            if tasks.len() == 1 { "" } else { "s" }
        ));
        // Fail the future at the bottom of the main task's chain of
        // awaited tasks, as a cancellation would reach it: the awaitable
        // there cleans up (leaves its waiter queue) and raises, and each
        // task above sees the error at its own await.
        let mut target = main;
        for _ in 0..10_000 {
            let waiter = target.task.as_ref().and_then(|t| t.fut_waiter());
            match waiter {
                Some(w) if !w.done() => target = w,
                _ => break,
            }
        }
        target.set_exception_err(exc);
        Ok(true)
    }

    /// Run one ready entry; only SystemExit and KeyboardInterrupt escape.
    fn run_ready(&self, interp: &mut dyn Interp, r: Ready) -> PyResult<()> {
        match r {
            Ready::Handle(h) => {
                if h.cancelled.get() {
                    return Ok(());
                }
                let cb = h.callback.borrow().clone();
                let args = h.args.borrow().clone();
                if let Err(e) = call_in(interp, h.context.as_ref(), &cb, &args) {
                    self.callback_failed(interp, e, h)?;
                }
                Ok(())
            }
            Ready::Done(cb, fut, ctx) => {
                let args = vec![Value::object(fut)];
                if let Err(e) = call_in(interp, Some(&ctx), &cb, &args) {
                    let h = self.new_handle(None, cb, args, Some(ctx));
                    self.callback_failed(interp, e, h)?;
                }
                Ok(())
            }
            Ready::Wakeup(task, fut) => tasks::task_wakeup(interp, &task, &fut),
            Ready::Gather(state, fut) => {
                if let Err(e) = super::gather::on_child_done(interp, &state, &fut) {
                    let cb = super::gather::callback_value(&state);
                    let h = self.new_handle(None, cb, vec![fut], None);
                    self.callback_failed(interp, e, h)?;
                }
                Ok(())
            }
            Ready::Step(task, exc) => tasks::task_step(interp, &task, exc),
            Ready::StopLoop(fut) => {
                if fut.state.get() == FutState::Finished {
                    if let Some(e) = &fut.exception() {
                        if e.matches(ExcKind::SystemExit) || e.matches(ExcKind::KeyboardInterrupt) {
                            return Ok(());
                        }
                    }
                }
                self.stopping.set(true);
                Ok(())
            }
        }
    }

    /// An exception from a callback goes to the exception handler.
    /// CPython: Handle._run.
    fn callback_failed(&self, interp: &mut dyn Interp, e: PyErr, h: Rc<PyHandle>) -> PyResult<()> {
        if e.matches(ExcKind::SystemExit) || e.matches(ExcKind::KeyboardInterrupt) {
            return Err(e);
        }
        let cb = h.callback.borrow().clone();
        let r = super::repr::callback_source(interp, &cb)?;
        let hv = Value::object(h);
        let ctx = PyDict::new();
        ctx.set_str(
            "message",
            Value::string(format!("Exception in callback {r}")),
        );
        ctx.set_str("exception", e.value());
        ctx.set_str("handle", hv);
        self.call_exception_handler(interp, Rc::new(ctx))
    }

    /// Report a future that died holding an unretrieved exception, or a
    /// task that died pending. CPython: FutureObj_finalize / Task.__del__.
    pub fn report_dead_future(
        &self,
        interp: &mut dyn Interp,
        f: &Rc<PyFuture>,
        pending: bool,
    ) -> PyResult<()> {
        let ctx = PyDict::new();
        let (message, key) = match (f.task.is_some(), pending) {
            (true, true) => ("Task was destroyed but it is pending!", "task"),
            (true, false) => ("Task exception was never retrieved", "future"),
            (false, _) => ("Future exception was never retrieved", "future"),
        };
        ctx.set_str("message", Value::str(message));
        if !pending {
            if let Some(e) = &f.exception() {
                ctx.set_str("exception", e.value());
            }
        }
        ctx.set_str(key, Value::object(f.clone()));
        self.call_exception_handler(interp, Rc::new(ctx))
    }

    /// CPython: BaseEventLoop.call_exception_handler.
    pub fn call_exception_handler(&self, interp: &mut dyn Interp, ctx: Rc<PyDict>) -> PyResult<()> {
        let handler = self.exception_handler.borrow().clone();
        if handler.is_none() {
            return match default_exception_handler(interp, &ctx) {
                Err(e)
                    if e.matches(ExcKind::SystemExit) || e.matches(ExcKind::KeyboardInterrupt) =>
                {
                    Err(e)
                }
                Err(e) => {
                    let text = super::format_exception(interp, &e);
                    super::write_stderr(&format!("Exception in default exception handler\n{text}"));
                    Ok(())
                }
                Ok(()) => Ok(()),
            };
        }
        match ops::call0(interp, &handler, &[self.value(), Value::Dict(ctx.clone())]) {
            Ok(_) => Ok(()),
            Err(e) if e.matches(ExcKind::SystemExit) || e.matches(ExcKind::KeyboardInterrupt) => {
                Err(e)
            }
            Err(e) => {
                let outer = PyDict::new();
                outer.set_str(
                    "message",
                    Value::str("Unhandled error in exception handler"),
                );
                outer.set_str("exception", e.value());
                outer.set_str("context", Value::Dict(ctx));
                default_exception_handler(interp, &outer)
            }
        }
    }
}

/// CPython: BaseEventLoop.default_exception_handler, logged through
/// logging's last-resort handler (message, sorted context, traceback).
pub fn default_exception_handler(interp: &mut dyn Interp, ctx: &PyDict) -> PyResult<()> {
    let message = match ctx.get_str("message") {
        Some(m) if ops::truthy(interp, &m)? => ops::str_value(interp, &m)?
            .as_str()
            .map(str::to_string)
            .unwrap_or_default(),
        _ => "Unhandled exception in event loop".to_string(),
    };
    let mut lines = vec![message];
    let mut keys: Vec<String> = ctx
        .keys()
        .into_iter()
        .filter_map(|k| k.as_str().map(str::to_string))
        .collect();
    keys.sort();
    for k in keys {
        if k == "message" || k == "exception" {
            continue;
        }
        let v = ctx.get_str(&k).unwrap_or(Value::None);
        let r = ops::repr(interp, &v)?;
        lines.push(format!("{k}: {r}"));
    }
    let mut text = lines.join("\n");
    text.push('\n');
    if let Some(exc) = ctx.get_str("exception") {
        if let Some(e) = PyErr::from_value(&exc) {
            text.push_str(&super::format_exception(interp, &e));
        }
    }
    super::write_stderr(&text);
    Ok(())
}

// ------------------------------------------------------------- natives

fn self_loop(args: &Args<'_>) -> PyResult<Rc<EventLoop>> {
    args.values
        .first()
        .and_then(loop_of)
        .ok_or_else(|| type_error("descriptor requires an event loop"))
}

fn loop_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = match args.values.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => return Err(type_error("__new__(X): X is not a type object")),
    };
    Ok(Value::object(EventLoop::new(cls)))
}

fn loop_init(_: &mut dyn Interp, _: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn loop_run_forever(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lp = self_loop(&args)?;
    args.exact("run_forever", 1, 1)?;
    lp.run_forever(interp)?;
    Ok(Value::None)
}

/// CPython: BaseEventLoop.run_until_complete.
fn loop_run_until_complete(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lp = self_loop(&args)?;
    let a = args.exact("run_until_complete", 2, 2)?;
    lp.check_closed()?;
    lp.check_running()?;
    let is_new_task = future_of(&a[1]).is_none();
    let fut_v = tasks::ensure_future(interp, &a[1], Some(&lp))?;
    let Some(fut) = future_of(&fut_v) else {
        return Err(type_error("run_until_complete() needs a native future"));
    };
    if is_new_task {
        if let Some(t) = &fut.task {
            t.log_destroy_pending.set(false);
        }
    }
    fut.add_done_callback(super::futures::DoneCallback::StopLoop);
    let outer = lp.main_future.replace(Some(fut.clone()));
    let r = lp.run_forever(interp);
    *lp.main_future.borrow_mut() = outer;
    fut.callbacks
        .borrow_mut()
        .retain(|cb| !matches!(cb, super::futures::DoneCallback::StopLoop));
    if let Err(e) = r {
        if is_new_task && fut.state.get() == FutState::Finished {
            fut.log_traceback.set(false);
        }
        return Err(e);
    }
    if !fut.done() {
        return Err(runtime_error("Event loop stopped before Future completed."));
    }
    fut.get_result()
}

fn loop_stop(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    self_loop(&args)?.stopping.set(true);
    Ok(Value::None)
}

/// CPython: BaseEventLoop.close.
fn loop_close(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lp = self_loop(&args)?;
    if lp.running.get() {
        return Err(runtime_error("Cannot close a running event loop"));
    }
    if lp.closed.get() {
        return Ok(Value::None);
    }
    lp.closed.set(true);
    lp.ready.borrow_mut().clear();
    for h in lp.timers.borrow_mut().drain(..) {
        h.scheduled.set(false);
    }
    lp.timer_cancelled_count.set(0);
    Ok(Value::None)
}

fn loop_is_running(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(self_loop(&args)?.running.get()))
}

fn loop_is_closed(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(self_loop(&args)?.closed.get()))
}

fn loop_get_debug(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(self_loop(&args)?.debug.get()))
}

/// CPython: BaseEventLoop.set_debug (a running loop switches origin
/// tracking at its next iteration).
fn loop_set_debug(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lp = self_loop(&args)?;
    let a = args.exact("set_debug", 2, 2)?;
    let on = ops::truthy(interp, &a[1])?;
    lp.debug.set(on);
    if lp.running.get() {
        let f = lp.bound_native("_set_coroutine_origin_tracking", loop_set_origin_tracking);
        lp.call_soon(f, vec![Value::Bool(on)], None);
    }
    Ok(Value::None)
}

fn loop_set_origin_tracking(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lp = self_loop(&args)?;
    let a = args.exact("_set_coroutine_origin_tracking", 2, 2)?;
    lp.set_origin_tracking(ops::truthy(interp, &a[1])?);
    Ok(Value::None)
}

fn loop_time(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    self_loop(&args)?;
    Ok(Value::Float(monotonic()))
}

/// CPython: BaseEventLoop._check_callback.
fn check_callback(interp: &mut dyn Interp, cb: &Value, method: &str) -> PyResult<()> {
    let is_coro = matches!(cb, Value::Generator(g) if g.kind == rspy_objects::generator::GenKind::Coroutine)
        || matches!(cb, Value::Function(f) if f.code.flags & rspy_objects::code::CO_COROUTINE != 0);
    if is_coro {
        return Err(type_error(format!(
            "coroutines cannot be used with {method}()"
        )));
    }
    if !rspy_objects::ops::callable(cb) {
        let r = ops::repr(interp, cb)?;
        return Err(type_error(format!(
            "a callable object was expected by {method}(), got {r}"
        )));
    }
    Ok(())
}

/// Call `cb(*args)` inside `ctx` (in the current context when None).
/// CPython: Handle._run's `self._context.run(...)`.
fn call_in(
    interp: &mut dyn Interp,
    ctx: Option<&Rc<Context>>,
    cb: &Value,
    args: &[Value],
) -> PyResult<Value> {
    match ctx {
        Some(c) => contextvars::run_in(interp, c, |i| ops::call0(i, cb, args)),
        None => ops::call0(interp, cb, args),
    }
}

/// The `context=` argument: the given Context, or a copy of the current.
pub fn context_arg(args: &Args<'_>) -> PyResult<Rc<Context>> {
    match args.kw("context") {
        None | Some(Value::None) => Ok(contextvars::copy_current()),
        Some(v) => contextvars::context_of(v)
            .ok_or_else(|| type_error("context must be a contextvars.Context object")),
    }
}

/// `(callback, *args, context=None)` after the leading arguments.
fn callback_args<'a>(args: &Args<'a>, method: &str, skip: usize) -> PyResult<(Value, Vec<Value>)> {
    args.only_kwargs(method, &["context"])?;
    let pos = args.positional();
    let Some(cb) = pos.get(skip) else {
        return Err(type_error(format!(
            "{method}() missing 1 required positional argument: 'callback'"
        )));
    };
    Ok((cb.clone(), pos[skip + 1..].to_vec()))
}

fn loop_call_soon(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lp = self_loop(&args)?;
    let (cb, rest) = callback_args(&args, "call_soon", 1)?;
    lp.check_closed()?;
    check_callback(interp, &cb, "call_soon")?;
    let ctx = context_arg(&args)?;
    Ok(Value::object(lp.call_soon(cb, rest, Some(ctx))))
}

fn number(interp: &mut dyn Interp, v: &Value, what: &str) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Float(f) => Ok(*f),
        Value::Bool(b) => Ok(*b as i64 as f64),
        _ => {
            let _ = interp;
            Err(type_error(format!(
                "'{}' object cannot be interpreted as {what}",
                v.type_name()
            )))
        }
    }
}

fn loop_call_later(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lp = self_loop(&args)?;
    let pos = args.positional();
    let Some(delay) = pos.get(1) else {
        return Err(type_error(
            "call_later() missing 2 required positional arguments: 'delay' and 'callback'",
        ));
    };
    if delay.is_none() {
        return Err(type_error("delay must not be None"));
    }
    let delay = number(interp, delay, "a delay")?;
    let (cb, rest) = callback_args(&args, "call_later", 2)?;
    lp.check_closed()?;
    check_callback(interp, &cb, "call_at")?;
    let ctx = context_arg(&args)?;
    Ok(Value::object(lp.call_at(
        monotonic() + delay,
        cb,
        rest,
        Some(ctx),
    )))
}

fn loop_call_at(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lp = self_loop(&args)?;
    let pos = args.positional();
    let Some(when) = pos.get(1) else {
        return Err(type_error(
            "call_at() missing 2 required positional arguments: 'when' and 'callback'",
        ));
    };
    if when.is_none() {
        return Err(type_error("when cannot be None"));
    }
    let when = number(interp, when, "a time")?;
    let (cb, rest) = callback_args(&args, "call_at", 2)?;
    lp.check_closed()?;
    check_callback(interp, &cb, "call_at")?;
    let ctx = context_arg(&args)?;
    Ok(Value::object(lp.call_at(when, cb, rest, Some(ctx))))
}

fn loop_create_future(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lp = self_loop(&args)?;
    args.exact("create_future", 1, 1)?;
    let fut = Rc::new(PyFuture::new(
        asyncio_types().future.clone(),
        Some(lp),
        None,
    ));
    rspy_objects::gc::track_native(&fut);
    Ok(Value::object(fut))
}

/// CPython: BaseEventLoop.create_task.
fn loop_create_task(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lp = self_loop(&args)?;
    args.only_kwargs("create_task", &["name", "context", "eager_start"])?;
    let pos = args.positional();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "create_task() takes 2 positional arguments but {} were given",
            pos.len()
        )));
    }
    lp.check_closed()?;
    let name = args.kw("name").cloned().unwrap_or(Value::None);
    let factory = lp.task_factory.borrow().clone();
    if !factory.is_none() {
        let t = ops::call0(interp, &factory, &[lp.value(), pos[1].clone()])?;
        if !name.is_none() {
            ops::call_method(interp, &t, "set_name", &[name])?;
        }
        return Ok(t);
    }
    let context = context_arg(&args)?;
    tasks::new_task(interp, &lp, pos[1].clone(), name, context)
}

fn loop_call_exception_handler(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lp = self_loop(&args)?;
    let a = args.exact("call_exception_handler", 2, 2)?;
    let Value::Dict(d) = &a[1] else {
        return Err(type_error("context must be a dict"));
    };
    lp.call_exception_handler(interp, d.clone())?;
    Ok(Value::None)
}

fn loop_default_exception_handler(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    self_loop(&args)?;
    let a = args.exact("default_exception_handler", 2, 2)?;
    let Value::Dict(d) = &a[1] else {
        return Err(type_error("context must be a dict"));
    };
    default_exception_handler(interp, d)?;
    Ok(Value::None)
}

/// CPython: BaseEventLoop.set_exception_handler.
fn loop_set_exception_handler(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lp = self_loop(&args)?;
    let a = args.exact("set_exception_handler", 2, 2)?;
    if !a[1].is_none() && !rspy_objects::ops::callable(&a[1]) {
        let r = ops::repr(interp, &a[1])?;
        return Err(type_error(format!(
            "A callable object or None is expected, got {r}"
        )));
    }
    *lp.exception_handler.borrow_mut() = a[1].clone();
    Ok(Value::None)
}

fn loop_get_exception_handler(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(self_loop(&args)?.exception_handler.borrow().clone())
}

fn loop_set_task_factory(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lp = self_loop(&args)?;
    let a = args.exact("set_task_factory", 2, 2)?;
    if !a[1].is_none() && !rspy_objects::ops::callable(&a[1]) {
        let _ = interp;
        return Err(type_error("task factory must be a callable or None"));
    }
    *lp.task_factory.borrow_mut() = a[1].clone();
    Ok(Value::None)
}

fn loop_get_task_factory(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(self_loop(&args)?.task_factory.borrow().clone())
}

fn loop_repr(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lp = self_loop(&args)?;
    let b = |x: bool| if x { "True" } else { "False" };
    Ok(Value::string(format!(
        "<{} running={} closed={} debug={}>",
        lp.cls.name,
        b(lp.running.get()),
        b(lp.closed.get()),
        b(lp.debug.get())
    )))
}

/// Register the loop's natives.
pub fn register_loop(ty: &Rc<PyType>) {
    ty.add_static("__new__", loop_new);
    ty.add_method("__init__", loop_init);
    ty.add_method("run_forever", loop_run_forever);
    ty.add_method("run_until_complete", loop_run_until_complete);
    ty.add_method("stop", loop_stop);
    ty.add_method("close", loop_close);
    ty.add_method("is_running", loop_is_running);
    ty.add_method("is_closed", loop_is_closed);
    ty.add_method("get_debug", loop_get_debug);
    ty.add_method("set_debug", loop_set_debug);
    ty.add_method("time", loop_time);
    ty.add_method("call_soon", loop_call_soon);
    ty.add_method("call_later", loop_call_later);
    ty.add_method("call_at", loop_call_at);
    ty.add_method("create_future", loop_create_future);
    ty.add_method("create_task", loop_create_task);
    ty.add_method("call_exception_handler", loop_call_exception_handler);
    ty.add_method("default_exception_handler", loop_default_exception_handler);
    ty.add_method("set_exception_handler", loop_set_exception_handler);
    ty.add_method("get_exception_handler", loop_get_exception_handler);
    ty.add_method("set_task_factory", loop_set_task_factory);
    ty.add_method("get_task_factory", loop_get_task_factory);
    ty.add_method("__repr__", loop_repr);
}

fn self_handle(args: &Args<'_>) -> PyResult<Rc<PyHandle>> {
    args.values
        .first()
        .and_then(handle_of)
        .ok_or_else(|| type_error("descriptor requires a Handle"))
}

fn handle_cancel(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    self_handle(&args)?.cancel();
    Ok(Value::None)
}

fn handle_cancelled(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(self_handle(&args)?.cancelled.get()))
}

fn handle_when(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(self_handle(&args)?.when_key()))
}

fn handle_get_context(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let h = self_handle(&args)?;
    let ctx = h.context.clone().unwrap_or_else(contextvars::current);
    Ok(Value::object(ctx))
}

/// CPython: Handle.__repr__ / TimerHandle._repr_info.
fn handle_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let h = self_handle(&args)?;
    let mut info = vec![if h.when.is_some() {
        "TimerHandle"
    } else {
        "Handle"
    }
    .to_string()];
    if h.cancelled.get() {
        info.push("cancelled".into());
    }
    if let Some(w) = h.when {
        info.push(format!("when={}", rspy_objects::repr::float_repr(w)));
    }
    let cb = h.callback.borrow().clone();
    if !cb.is_none() {
        info.push(super::repr::callback_source(interp, &cb)?);
    }
    Ok(Value::string(format!("<{}>", info.join(" "))))
}

/// TimerHandle ordering by `when`. CPython: TimerHandle.__lt__ etc.
fn timer_compare(args: &Args<'_>, op: fn(f64, f64) -> bool, eq: bool) -> PyResult<Value> {
    let a = args.exact("__lt__", 2, 2)?;
    let (Some(x), Some(y)) = (handle_of(&a[0]), handle_of(&a[1])) else {
        return Ok(Value::NotImplemented);
    };
    let (Some(wx), Some(wy)) = (x.when, y.when) else {
        return Ok(Value::NotImplemented);
    };
    Ok(Value::Bool(op(wx, wy) || (eq && Rc::ptr_eq(&x, &y))))
}

fn handle_of(v: &Value) -> Option<Rc<PyHandle>> {
    rspy_objects::value::downcast_object(v)
}

fn timer_lt(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    timer_compare(&args, |a, b| a < b, false)
}
fn timer_le(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    timer_compare(&args, |a, b| a < b, true)
}
fn timer_gt(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    timer_compare(&args, |a, b| a > b, false)
}
fn timer_ge(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    timer_compare(&args, |a, b| a > b, true)
}

/// Register Handle's and TimerHandle's natives.
pub fn register_handles(handle: &Rc<PyType>, timer: &Rc<PyType>) {
    for t in [handle, timer] {
        t.add_method("cancel", handle_cancel);
        t.add_method("cancelled", handle_cancelled);
        t.add_method("get_context", handle_get_context);
        t.add_method("__repr__", handle_repr);
    }
    timer.add_method("when", handle_when);
    timer.add_method("__lt__", timer_lt);
    timer.add_method("__le__", timer_le);
    timer.add_method("__gt__", timer_gt);
    timer.add_method("__ge__", timer_ge);
}

/// The loop's firstiter hook: track the async generator for shutdown.
/// CPython: BaseEventLoop._asyncgen_firstiter_hook.
fn asyncgen_firstiter_hook(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lp = self_loop(&args)?;
    let a = args.exact("_asyncgen_firstiter_hook", 2, 2)?;
    if let Value::Generator(g) = &a[1] {
        let mut gens = lp.asyncgens.borrow_mut();
        gens.retain(|w| w.strong_count() > 0);
        gens.push(Rc::downgrade(g));
    }
    Ok(Value::None)
}

/// The loop's finalizer hook: a dropped, unfinished async generator is
/// closed in a task. CPython: BaseEventLoop._asyncgen_finalizer_hook.
fn asyncgen_finalizer_hook(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let lp = self_loop(&args)?;
    let a = args.exact("_asyncgen_finalizer_hook", 2, 2)?;
    if let Value::Generator(g) = &a[1] {
        lp.asyncgens
            .borrow_mut()
            .retain(|w| !std::ptr::eq(w.as_ptr(), Rc::as_ptr(g)));
    }
    if lp.closed.get() {
        return Ok(Value::None);
    }
    let aclose = ops::call_method(interp, &a[1], "aclose", &[])?;
    let create_task = ops::getattr(interp, &lp.value(), "create_task")?;
    lp.call_soon(create_task, vec![aclose], None);
    Ok(Value::None)
}

/// `_asyncio._take_asyncgens(loop)`: the live async generators first
/// iterated on the loop, forgetting them (for shutdown_asyncgens).
pub fn take_asyncgens_native(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("_take_asyncgens", 1, 1)?;
    let Some(lp) = loop_of(&a[0]) else {
        return Err(type_error("expected an event loop"));
    };
    let gens: Vec<Value> = lp
        .asyncgens
        .borrow_mut()
        .drain(..)
        .filter_map(|w| w.upgrade().map(Value::Generator))
        .collect();
    Ok(Value::list(gens))
}

// ------------------------------------------------- module-level functions

pub fn get_running_loop_native(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("get_running_loop", 0, 0)?;
    Ok(get_running_loop()?.value())
}

pub fn private_get_running_loop(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("_get_running_loop", 0, 0)?;
    Ok(running_loop().map_or(Value::None, |l| l.value()))
}

/// CPython: events.get_event_loop (3.14: no implicit creation).
pub fn get_event_loop_native(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("get_event_loop", 0, 0)?;
    Ok(get_event_loop_for_future()?.value())
}

/// CPython: events.set_event_loop.
pub fn set_event_loop_native(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("set_event_loop", 1, 1)?;
    if !a[0].is_none() && loop_of(&a[0]).is_none() {
        return Err(type_error(format!(
            "loop must be an instance of AbstractEventLoop or None, not '{}'",
            a[0].type_name()
        )));
    }
    CURRENT_LOOP.with(|c| *c.borrow_mut() = a[0].clone());
    Ok(Value::None)
}

/// `_asyncio._run_finalizers()`: report objects that died (futures with
/// unretrieved exceptions) before the loop closes.
pub fn run_finalizers_native(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("_run_finalizers", 0, 0)?;
    run_finalizers(interp);
    Ok(Value::None)
}

/// Run pending finalizers now (between callbacks, as CPython's refcounting
/// would have run them already).
fn run_finalizers(interp: &mut dyn Interp) {
    if rspy_objects::finalize::pending() {
        if let Some(vm) = interp.as_any().downcast_mut::<rspy_vm::Vm>() {
            vm.run_finalizers(None);
        }
    }
}
