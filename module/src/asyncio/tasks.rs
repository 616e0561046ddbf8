//! `asyncio.Task`: the coroutine driver, plus `sleep`, `current_task`,
//! `all_tasks` and `ensure_future`.
//!
//! A task resumes its coroutine natively. When the coroutine yields a
//! pending future (an `await` that must wait), the task registers a
//! wake-up on it, and the loop runs the task's next step once the future
//! is done; a bare yield (`sleep(0)`) reschedules the task at once.
//! CPython: Lib/asyncio/tasks.py (Task.__step, __wakeup, cancel, sleep)
//! and Modules/_asynciomodule.c (task_step_impl).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use rspy_objects::awaitable::NativeAwaitable;
use rspy_objects::exceptions::{runtime_error, type_error, value_error, ExcKind, PyErr};
use rspy_objects::function::{Args, NativeFunction};
use rspy_objects::generator::{GenInput, GenKind, GenStep};
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::types::PyType;
use rspy_objects::value::{NativeObject, PyResult, Value};

use super::events::{get_running_loop, monotonic, EventLoop, PyHandle, Ready};
use super::futures::{future_of, self_future, DoneCallback, FutState, PyFuture};
use super::{asyncio_types, is_cancelled_error};
use crate::contextvars::{self, Context};

/// The Task part of a `PyFuture`.
pub struct TaskState {
    /// Key in the registry of live tasks (`all_tasks`).
    pub id: u64,
    pub coro: RefCell<Value>,
    /// A `Cell`, not a `RefCell`: read through `name()`, replaced whole.
    name: Cell<Value>,
    /// The future the task waits on. CPython: _fut_waiter. Held as the
    /// future itself, not a `Value` handle, which would be one more
    /// allocation per waiting task.
    fut_waiter: Cell<Option<Rc<PyFuture>>>,
    pub must_cancel: Cell<bool>,
    pub num_cancels_requested: Cell<u32>,
    pub log_destroy_pending: Cell<bool>,
    /// The context every step runs in. CPython: Task._context.
    pub context: Rc<Context>,
}

impl TaskState {
    /// The task's name: an int N stored by `default_task_name` is `Task-N`.
    pub fn name(&self) -> Value {
        let name = self.name.replace(Value::None);
        let out = match &name {
            Value::Int(n) => Value::string(format!("Task-{n}")),
            name => name.clone(),
        };
        self.name.set(name);
        out
    }

    pub fn set_name(&self, name: Value) {
        self.name.set(name);
    }

    /// The cycle collector's view of the task's own fields.
    pub fn gc_traverse(&self, t: &mut rspy_objects::gc::Tracer) {
        if let Ok(coro) = self.coro.try_borrow() {
            t.value(&coro);
        }
        let name = self.name.replace(Value::None);
        t.value(&name);
        self.name.set(name);
        if let Some(w) = self.fut_waiter() {
            t.native(&w);
        }
        t.native(&self.context);
    }

    pub fn gc_clear(&self) {
        let coro = self
            .coro
            .try_borrow_mut()
            .map(|mut c| std::mem::replace(&mut *c, Value::None));
        drop((coro, self.fut_waiter.take()));
    }

    /// The future the task waits on, if any. CPython: _fut_waiter.
    pub fn fut_waiter(&self) -> Option<Rc<PyFuture>> {
        let w = self.fut_waiter.take();
        let out = w.clone();
        self.fut_waiter.set(w);
        out
    }

    pub fn set_fut_waiter(&self, w: Option<Rc<PyFuture>>) {
        self.fut_waiter.set(w);
    }

    /// The part of a dead task its report needs.
    pub fn for_report(t: TaskState) -> TaskState {
        TaskState {
            id: 0,
            coro: RefCell::new(t.coro.replace(Value::None)),
            name: Cell::new(t.name.replace(Value::None)),
            fut_waiter: Cell::new(None),
            must_cancel: Cell::new(false),
            num_cancels_requested: Cell::new(t.num_cancels_requested.get()),
            log_destroy_pending: Cell::new(false),
            context: t.context,
        }
    }
}

thread_local! {
    /// Live tasks, for `all_tasks()`. CPython: _scheduled_tasks (a WeakSet).
    static TASKS: RefCell<HashMap<u64, Weak<PyFuture>>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u64> = const { Cell::new(1) };
    /// CPython: tasks._task_name_counter.
    static NAME_COUNTER: Cell<u64> = const { Cell::new(0) };
}

pub fn unregister(id: u64) {
    if id != 0 {
        let _ = TASKS.try_with(|t| t.borrow_mut().remove(&id));
    }
}

fn task_state(f: &PyFuture) -> PyResult<&TaskState> {
    f.task
        .as_deref()
        .ok_or_else(|| type_error("descriptor requires a Task object"))
}

/// Whether `v` is a coroutine as asyncio counts them. CPython:
/// coroutines.iscoroutine.
pub fn is_coroutine(v: &Value) -> bool {
    match v {
        Value::Generator(g) => g.kind == GenKind::Coroutine,
        Value::Object(o) => o.as_awaitable().is_some_and(|a| a.is_coroutine()),
        _ => false,
    }
}

/// A new task for `coro`, scheduled to start. CPython: Task.__init__.
pub fn new_task(
    interp: &mut dyn Interp,
    lp: &Rc<EventLoop>,
    coro: Value,
    name: Value,
    context: Rc<Context>,
) -> PyResult<Value> {
    new_task_of_type(
        interp,
        asyncio_types().task.clone(),
        lp,
        coro,
        name,
        context,
    )
}

fn new_task_of_type(
    interp: &mut dyn Interp,
    cls: Rc<PyType>,
    lp: &Rc<EventLoop>,
    coro: Value,
    name: Value,
    context: Rc<Context>,
) -> PyResult<Value> {
    if !is_coroutine(&coro) {
        let r = ops::repr(interp, &coro)?;
        return Err(type_error(format!("a coroutine was expected, got {r}")));
    }
    let name = if name.is_none() {
        default_task_name()
    } else {
        ops::str_value(interp, &name)?
    };
    let task = spawn_task(cls, lp, coro, name, context);
    Ok(Value::object(task))
}

/// `Task-N`, kept as the number N until asked for (see
/// `TaskState::name`). CPython: tasks._task_name_counter.
fn default_task_name() -> Value {
    let n = NAME_COUNTER.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    Value::Int(n as i64)
}

/// Register a new task and schedule its first step.
fn spawn_task(
    cls: Rc<PyType>,
    lp: &Rc<EventLoop>,
    coro: Value,
    name: Value,
    context: Rc<Context>,
) -> Rc<PyFuture> {
    let id = NEXT_ID.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let state = TaskState {
        id,
        coro: RefCell::new(coro),
        name: Cell::new(name),
        fut_waiter: Cell::new(None),
        must_cancel: Cell::new(false),
        num_cancels_requested: Cell::new(0),
        log_destroy_pending: Cell::new(true),
        context,
    };
    let task = Rc::new(PyFuture::new(cls, Some(lp.clone()), Some(state)));
    TASKS.with(|t| t.borrow_mut().insert(id, Rc::downgrade(&task)));
    rspy_objects::gc::track_native(&task);
    lp.push_ready(Ready::Step(task.clone(), None));
    task
}

/// CPython: Task.cancel.
pub fn task_cancel(interp: &mut dyn Interp, task: &Rc<PyFuture>, msg: Value) -> PyResult<bool> {
    task.log_traceback.set(false);
    let Some(t) = &task.task else {
        return Ok(task.cancel_future(msg));
    };
    if task.done() {
        return Ok(false);
    }
    t.num_cancels_requested
        .set(t.num_cancels_requested.get() + 1);
    let waiter = t.fut_waiter();
    if let Some(w) = waiter {
        if cancel_any(interp, &Value::object(w), msg.clone())? {
            return Ok(true);
        }
    }
    t.must_cancel.set(true);
    task.set_cancel_message(msg);
    Ok(true)
}

/// `fut.cancel(msg=msg)`: natively for Future and Task themselves, through
/// Python for subclasses that may override it (gather's future does).
fn cancel_any(interp: &mut dyn Interp, fut: &Value, msg: Value) -> PyResult<bool> {
    if let Some(f) = future_of(fut) {
        let cls = NativeObject::py_type(&*f);
        let t = asyncio_types();
        if Rc::ptr_eq(&cls, &t.task) {
            return task_cancel(interp, &f, msg);
        }
        if Rc::ptr_eq(&cls, &t.future) {
            return Ok(f.cancel_future(msg));
        }
    }
    let cancel = ops::getattr(interp, fut, "cancel")?;
    let names = [rspy_vm::vm::intern("msg")];
    let r = ops::call(
        interp,
        &cancel,
        Args {
            values: &[msg],
            kwnames: &names,
        },
    )?;
    ops::truthy(interp, &r)
}

/// Resume the task's coroutine. CPython: coro.send(None) / coro.throw(exc).
fn resume_coro(interp: &mut dyn Interp, coro: &Value, exc: Option<PyErr>) -> PyResult<GenStep> {
    let input = match exc {
        None => GenInput::Send(Value::None),
        Some(e) => GenInput::Throw(e),
    };
    rspy_objects::awaitable::delegate(interp, coro, input)
}

/// Make `task` the loop's current task. CPython: _enter_task.
fn enter_task(interp: &mut dyn Interp, lp: &EventLoop, task: &Rc<PyFuture>) -> PyResult<()> {
    let current = lp.current_task.borrow().clone();
    if let Some(cur) = current {
        let a = ops::repr(interp, &Value::object(task.clone()))?;
        let b = ops::repr(interp, &Value::object(cur))?;
        return Err(runtime_error(format!(
            "Cannot enter into task {a} while another task {b} is being executed."
        )));
    }
    *lp.current_task.borrow_mut() = Some(task.clone());
    Ok(())
}

/// One step of a task. Only SystemExit and KeyboardInterrupt escape; every
/// other outcome finishes the task or schedules its next step.
/// CPython: Task.__step.
pub fn task_step(interp: &mut dyn Interp, task: &Rc<PyFuture>, exc: Option<PyErr>) -> PyResult<()> {
    let t = task_state(task)?;
    let lp = task.get_loop()?;
    if task.done() {
        let tr = ops::repr(interp, &Value::object(task.clone()))?;
        let er = match &exc {
            Some(e) => ops::repr(interp, &e.value())?,
            None => "None".to_string(),
        };
        let e = super::invalid_state_error(&format!("__step(): already done: {tr}, {er}"));
        return report_step_error(interp, &lp, task, e);
    }
    let mut exc = exc;
    if t.must_cancel.get() {
        if !exc.as_ref().is_some_and(is_cancelled_error) {
            exc = Some(task.make_cancelled_error());
        }
        t.must_cancel.set(false);
    }
    t.set_fut_waiter(None);
    if let Err(e) = enter_task(interp, &lp, task) {
        return report_step_error(interp, &lp, task, e);
    }
    let coro = t.coro.borrow().clone();
    let r = match contextvars::enter(interp, &t.context) {
        Ok(prev) => {
            let r = resume_coro(interp, &coro, exc);
            contextvars::exit(&t.context, prev);
            r
        }
        Err(e) => Err(e),
    };
    *lp.current_task.borrow_mut() = None;
    handle_step_result(interp, &lp, task, t, r)
}

/// A step that could not run is reported like a failing callback.
fn report_step_error(
    interp: &mut dyn Interp,
    lp: &Rc<EventLoop>,
    task: &Rc<PyFuture>,
    e: PyErr,
) -> PyResult<()> {
    let ctx = rspy_objects::dict::PyDict::new();
    let tr = ops::repr(interp, &Value::object(task.clone()))?;
    ctx.set_str(
        "message",
        Value::string(format!("Exception in callback {tr}.__step()")),
    );
    ctx.set_str("exception", e.value());
    lp.call_exception_handler(interp, Rc::new(ctx))
}

/// CPython: Task.__step_run_and_handle_result.
fn handle_step_result(
    interp: &mut dyn Interp,
    lp: &Rc<EventLoop>,
    task: &Rc<PyFuture>,
    t: &TaskState,
    r: PyResult<GenStep>,
) -> PyResult<()> {
    let result = match r {
        Ok(GenStep::Return(v)) => {
            if t.must_cancel.get() {
                t.must_cancel.set(false);
                let msg = task.cancel_message();
                task.cancel_future(msg);
            } else {
                task.set_result(interp, v)?;
            }
            return Ok(());
        }
        Err(e) if is_cancelled_error(&e) => {
            task.set_cancelled_exc(e);
            task.cancel_future(Value::None);
            return Ok(());
        }
        Err(e) if e.matches(ExcKind::KeyboardInterrupt) || e.matches(ExcKind::SystemExit) => {
            task.set_exception_err(e.clone());
            return Err(e);
        }
        Err(e) => {
            task.set_exception_err(e);
            return Ok(());
        }
        Ok(GenStep::Yield(v)) => v,
    };
    if result.is_none() {
        lp.push_ready(Ready::Step(task.clone(), None));
        return Ok(());
    }
    if let Some(fut) = future_of(&result) {
        return wait_on_future(interp, lp, task, t, result, &fut);
    }
    let r = ops::repr(interp, &result)?;
    let msg = if matches!(&result, Value::Generator(g) if g.kind == GenKind::Generator) {
        let tr = ops::repr(interp, &Value::object(task.clone()))?;
        format!("yield was used instead of yield from for generator in task {tr} with {r}")
    } else {
        format!("Task got bad yield: {r}")
    };
    lp.push_ready(Ready::Step(task.clone(), Some(runtime_error(msg))));
    Ok(())
}

/// The coroutine awaits a pending future: wake the task when it is done.
fn wait_on_future(
    interp: &mut dyn Interp,
    lp: &Rc<EventLoop>,
    task: &Rc<PyFuture>,
    t: &TaskState,
    result: Value,
    fut: &Rc<PyFuture>,
) -> PyResult<()> {
    let same_loop = fut.is_on(lp);
    if !same_loop {
        let tr = ops::repr(interp, &Value::object(task.clone()))?;
        let fr = ops::repr(interp, &result)?;
        let e = runtime_error(format!(
            "Task {tr} got Future {fr} attached to a different loop"
        ));
        lp.push_ready(Ready::Step(task.clone(), Some(e)));
        return Ok(());
    }
    if !fut.blocking.get() {
        let tr = ops::repr(interp, &Value::object(task.clone()))?;
        let fr = ops::repr(interp, &result)?;
        let e = runtime_error(format!(
            "yield was used instead of yield from in task {tr} with {fr}"
        ));
        lp.push_ready(Ready::Step(task.clone(), Some(e)));
        return Ok(());
    }
    if Rc::ptr_eq(fut, task) {
        let tr = ops::repr(interp, &Value::object(task.clone()))?;
        let e = runtime_error(format!("Task cannot await on itself: {tr}"));
        lp.push_ready(Ready::Step(task.clone(), Some(e)));
        return Ok(());
    }
    fut.blocking.set(false);
    fut.add_done_callback(DoneCallback::Wakeup(task.clone()));
    t.set_fut_waiter(Some(fut.clone()));
    if t.must_cancel.get() {
        let msg = task.cancel_message();
        if cancel_any(interp, &result, msg)? {
            t.must_cancel.set(false);
        }
    }
    Ok(())
}

/// The awaited future is done: step with its outcome. CPython:
/// Task.__wakeup.
pub fn task_wakeup(
    interp: &mut dyn Interp,
    task: &Rc<PyFuture>,
    fut: &Rc<PyFuture>,
) -> PyResult<()> {
    let exc = fut.get_result().err();
    task_step(interp, task, exc)
}

/// CPython: tasks.ensure_future.
pub fn ensure_future(
    interp: &mut dyn Interp,
    v: &Value,
    lp: Option<&Rc<EventLoop>>,
) -> PyResult<Value> {
    if let Some(f) = future_of(v) {
        if let Some(lp) = lp {
            let same = f.is_on(lp);
            if !same {
                return Err(value_error(
                    "The future belongs to a different loop than the one specified as the loop argument",
                ));
            }
        }
        return Ok(v.clone());
    }
    // The argument is checked before the loop is looked up, as in CPython.
    let coro = if is_coroutine(v) {
        v.clone()
    } else if ops::getattr_opt(interp, v, "__await__")?.is_some() {
        let wrap = super::wrap_awaitable_fn(interp)?;
        ops::call0(interp, &wrap, std::slice::from_ref(v))?
    } else {
        return Err(type_error(
            "An asyncio.Future, a coroutine or an awaitable is required",
        ));
    };
    let lp = match lp {
        Some(l) => l.clone(),
        None => super::events::get_event_loop_for_future()?,
    };
    ops::call_method(interp, &lp.value(), "create_task", &[coro])
}

// ------------------------------------------------------------- sleep

#[derive(Clone, Copy, PartialEq, Eq)]
enum SleepState {
    Init,
    /// `sleep(0)` yielded once to let other tasks run.
    Yielded,
    Waiting,
    Done,
}

/// What `asyncio.sleep(delay, result)` returns: no Python frame, one
/// future and one timer when it must wait. CPython: tasks.sleep.
pub struct Sleep {
    delay: f64,
    result: RefCell<Value>,
    state: Cell<SleepState>,
    future: RefCell<Option<Rc<PyFuture>>>,
    handle: RefCell<Option<Rc<PyHandle>>>,
}

coroutine_object!(Sleep);

impl super::Traverse for Sleep {
    fn traverse(&self, t: &mut rspy_objects::gc::Tracer) {
        if let Ok(v) = self.result.try_borrow() {
            t.value(&v);
        }
        if let Ok(Some(f)) = self.future.try_borrow().as_deref() {
            t.native(f);
        }
        if let Ok(Some(h)) = self.handle.try_borrow().as_deref() {
            t.native(h);
        }
    }
    fn clear(&self) {
        let future = self.future.try_borrow_mut().map(|mut f| f.take());
        let handle = self.handle.try_borrow_mut().map(|mut h| h.take());
        drop((future, handle));
    }
}

impl Drop for Sleep {
    /// `asyncio.sleep(...)` never awaited warns like any coroutine.
    fn drop(&mut self) {
        if self.state.get() == SleepState::Init {
            super::warn_never_awaited("sleep");
        }
    }
}

impl Sleep {
    fn cancel_timer(&self) {
        if let Some(h) = self.handle.borrow_mut().take() {
            h.cancel();
        }
    }
}

impl NativeAwaitable for Sleep {
    fn is_coroutine(&self) -> bool {
        true
    }

    fn qualname(&self) -> &'static str {
        "sleep"
    }

    fn send(&self, _: &Value, _: &mut dyn Interp, _: Value) -> PyResult<GenStep> {
        match self.state.get() {
            SleepState::Init if self.delay <= 0.0 => {
                self.state.set(SleepState::Yielded);
                Ok(GenStep::Yield(Value::None))
            }
            SleepState::Init => {
                let lp = get_running_loop()?;
                let fut = Rc::new(PyFuture::new(
                    asyncio_types().future.clone(),
                    Some(lp.clone()),
                    None,
                ));
                let setter = set_result_unless_cancelled_fn();
                let result = self.result.borrow().clone();
                let h = lp.call_at(
                    monotonic() + self.delay,
                    setter,
                    vec![Value::object(fut.clone()), result],
                    None,
                );
                *self.handle.borrow_mut() = Some(h);
                *self.future.borrow_mut() = Some(fut.clone());
                self.state.set(SleepState::Waiting);
                fut.blocking.set(true);
                Ok(GenStep::Yield(Value::object(fut)))
            }
            SleepState::Yielded => {
                self.state.set(SleepState::Done);
                Ok(GenStep::Return(self.result.replace(Value::None)))
            }
            SleepState::Waiting => {
                self.state.set(SleepState::Done);
                self.cancel_timer();
                let fut = self.future.borrow_mut().take();
                match fut {
                    Some(f) => f.get_result().map(GenStep::Return),
                    None => Ok(GenStep::Return(Value::None)),
                }
            }
            SleepState::Done => Err(runtime_error("cannot reuse already awaited coroutine")),
        }
    }

    fn throw(&self, _: &Value, _: &mut dyn Interp, exc: PyErr) -> PyResult<GenStep> {
        self.state.set(SleepState::Done);
        self.cancel_timer();
        self.future.borrow_mut().take();
        Err(exc)
    }

    fn close(&self, _: &Value, _: &mut dyn Interp) -> PyResult<()> {
        self.state.set(SleepState::Done);
        self.cancel_timer();
        Ok(())
    }
}

/// CPython: futures._set_result_unless_cancelled.
fn set_result_unless_cancelled(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("_set_result_unless_cancelled", 2, 2)?;
    if let Some(f) = future_of(&a[0]) {
        if f.state.get() != FutState::Cancelled {
            f.set_result(interp, a[1].clone())?;
        }
    }
    Ok(Value::None)
}

thread_local! {
    static SET_RESULT_FN: Value = {
        let mut n = NativeFunction::function("_set_result_unless_cancelled", set_result_unless_cancelled);
        n.module = Some("asyncio.futures");
        Value::Native(Rc::new(n))
    };
}

fn set_result_unless_cancelled_fn() -> Value {
    SET_RESULT_FN.with(|v| v.clone())
}

/// `asyncio.sleep(delay, result=None)`.
pub fn sleep(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.only_kwargs("sleep", &["delay", "result"])?;
    let pos = args.positional();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "sleep() takes from 1 to 2 positional arguments but {} were given",
            pos.len()
        )));
    }
    let delay = pos
        .first()
        .or_else(|| args.kw("delay"))
        .ok_or_else(|| type_error("sleep() missing 1 required positional argument: 'delay'"))?;
    let result = pos
        .get(1)
        .or_else(|| args.kw("result"))
        .cloned()
        .unwrap_or(Value::None);
    let delay = match delay {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::Float(f) => *f,
        Value::BigInt(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                0.0
            } else {
                f64::INFINITY
            }
        }
        other => {
            return Err(type_error(format!(
                "'<=' not supported between instances of '{}' and 'int'",
                other.type_name()
            )))
        }
    };
    if delay.is_nan() {
        return Err(value_error("Invalid delay: NaN (not a number)"));
    }
    Ok(Value::object(Rc::new(Sleep {
        delay,
        result: RefCell::new(result),
        state: Cell::new(SleepState::Init),
        future: RefCell::new(None),
        handle: RefCell::new(None),
    })))
}

// ------------------------------------------------------------- natives

/// `Task(coro, *, loop=None, name=None, context=None, eager_start=False)`:
/// made whole by `__new__`; `__init__` accepts the same arguments.
/// CPython: Task.__init__.
fn task_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = match args.values.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => return Err(type_error("Task.__new__(X): X is not a type object")),
    };
    args.only_kwargs("Task", &["loop", "name", "context", "eager_start"])?;
    let pos = args.positional();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "Task.__init__() takes exactly 1 positional argument ({} given)",
            pos.len() - 1
        )));
    }
    let lp = match args.kw("loop") {
        None | Some(Value::None) => super::events::get_event_loop_for_future()?,
        Some(v) => {
            super::events::loop_of(v).ok_or_else(|| type_error("loop must be an event loop"))?
        }
    };
    let name = args.kw("name").cloned().unwrap_or(Value::None);
    let context = super::events::context_arg(&args)?;
    new_task_of_type(interp, cls, &lp, pos[1].clone(), name, context)
}

fn task_init(_: &mut dyn Interp, _: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn task_get_coro(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    let coro = task_state(&f)?.coro.borrow().clone();
    Ok(coro)
}

fn task_get_name(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    let name = task_state(&f)?.name();
    Ok(name)
}

fn task_set_name(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    let a = args.exact("set_name", 2, 2)?;
    let name = ops::str_value(interp, &a[1])?;
    task_state(&f)?.set_name(name);
    Ok(Value::None)
}

fn task_cancelling(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    Ok(Value::Int(
        task_state(&f)?.num_cancels_requested.get() as i64
    ))
}

/// CPython: Task.uncancel.
fn task_uncancel(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    let t = task_state(&f)?;
    let n = t.num_cancels_requested.get();
    if n > 0 {
        t.num_cancels_requested.set(n - 1);
        if n == 1 {
            t.must_cancel.set(false);
        }
    }
    Ok(Value::Int(t.num_cancels_requested.get() as i64))
}

fn task_fut_waiter(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    let waiter = task_state(&f)?.fut_waiter();
    Ok(waiter.map_or(Value::None, Value::object))
}

fn task_must_cancel(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    Ok(Value::Bool(task_state(&f)?.must_cancel.get()))
}

fn task_get_log_destroy_pending(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    Ok(Value::Bool(task_state(&f)?.log_destroy_pending.get()))
}

fn task_set_log_destroy_pending(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    let a = args.exact("_log_destroy_pending", 2, 2)?;
    let on = ops::truthy(interp, &a[1])?;
    task_state(&f)?.log_destroy_pending.set(on);
    Ok(Value::None)
}

fn task_num_cancels(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    Ok(Value::Int(
        task_state(&f)?.num_cancels_requested.get() as i64
    ))
}

fn task_get_context(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let f = self_future(&args)?;
    let ctx = task_state(&f)?.context.clone();
    Ok(Value::object(ctx))
}

fn task_get_stack(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if self_future(&args)?.done() {
        return Ok(Value::list(vec![]));
    }
    Err(ExcKind::NotImplementedError.new_err("Task.get_stack() is not supported"))
}

/// Register Task's natives (it inherits Future's).
pub fn register(ty: &Rc<PyType>) {
    ty.add_static("__new__", task_new);
    ty.add_method("__init__", task_init);
    ty.add_method("get_coro", task_get_coro);
    ty.add_method("get_name", task_get_name);
    ty.add_method("set_name", task_set_name);
    ty.add_method("cancelling", task_cancelling);
    ty.add_method("uncancel", task_uncancel);
    ty.add_method("get_context", task_get_context);
    ty.add_method("get_stack", task_get_stack);
    ty.add_method("print_stack", task_get_stack);
    super::add_property(ty, "_fut_waiter", task_fut_waiter, None);
    super::add_property(ty, "_must_cancel", task_must_cancel, None);
    super::add_property(ty, "_num_cancels_requested", task_num_cancels, None);
    super::add_property(ty, "_coro", task_get_coro, None);
    super::add_property(
        ty,
        "_log_destroy_pending",
        task_get_log_destroy_pending,
        Some(task_set_log_destroy_pending),
    );
}

/// `asyncio.current_task(loop=None)`.
pub fn current_task(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("current_task", 0, 1)?;
    let lp = match a.first() {
        None | Some(Value::None) => get_running_loop()?,
        Some(v) => {
            super::events::loop_of(v).ok_or_else(|| type_error("loop must be an event loop"))?
        }
    };
    let cur = lp.current_task.borrow().clone();
    Ok(cur.map_or(Value::None, Value::object))
}

/// `asyncio.all_tasks(loop=None)`: the loop's unfinished tasks.
/// The pending tasks of `lp`, oldest first.
pub fn pending_tasks(lp: &Rc<EventLoop>) -> Vec<Rc<PyFuture>> {
    let mut live: Vec<(u64, Rc<PyFuture>)> = TASKS.with(|t| {
        t.borrow()
            .iter()
            .filter_map(|(id, w)| w.upgrade().map(|f| (*id, f)))
            .collect()
    });
    live.sort_by_key(|(id, _)| *id);
    live.into_iter()
        .map(|(_, f)| f)
        .filter(|f| f.is_on(lp) && f.state.get() == FutState::Pending)
        .collect()
}

/// Where a suspended task waits: the innermost Python frame of its
/// coroutine chain (file, line, function) and the object its innermost
/// `await` delegates to (a native awaitable's primitive, else that
/// object itself).
pub fn wait_point(task: &PyFuture) -> Option<(String, u32, String, Option<Value>)> {
    let t = task.task.as_ref()?;
    let mut cur = t.coro.borrow().clone();
    let mut place = None;
    for _ in 0..10_000 {
        let Value::Generator(g) = &cur else {
            break;
        };
        let next = {
            let frame = g.frame.borrow();
            let Some(f) = frame.as_ref() else {
                break;
            };
            place = Some((
                f.code.filename.to_string(),
                f.current_line(),
                f.code.name.as_str().to_string(),
            ));
            f.delegate()
        };
        match next {
            Some(n) => cur = n,
            None => {
                cur = Value::None;
                break;
            }
        }
    }
    let waits_on = match &cur {
        Value::None => None,
        other => Some(
            rspy_objects::awaitable::as_native_awaitable(other)
                .and_then(|a| a.waits_on())
                .unwrap_or_else(|| other.clone()),
        ),
    };
    place.map(|(file, line, func)| (file, line, func, waits_on))
}

pub fn all_tasks(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("all_tasks", 0, 1)?;
    let lp = match a.first() {
        None | Some(Value::None) => get_running_loop()?,
        Some(v) => {
            super::events::loop_of(v).ok_or_else(|| type_error("loop must be an event loop"))?
        }
    };
    let set = rspy_objects::dict::PySet::new();
    for f in pending_tasks(&lp) {
        set.add(interp, Value::object(f))?;
    }
    Ok(Value::Set(Rc::new(set)))
}
