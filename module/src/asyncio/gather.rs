//! `asyncio.gather`, native.
//!
//! CPython's gather adds a Python closure `_done_callback` to every child
//! and runs a Python frame for each finished child. Here the closure's
//! state is a `GatherState`, and each child holds a native done callback
//! (`DoneCallback::Gather`) that the loop runs from its ready queue at
//! exactly the point CPython would run the closure. The outer future is
//! still an instance of the Python class `tasks._GatheringFuture` (its
//! `cancel()` is Python, it is only called on cancellation), built here
//! without running its `__init__`.
//!
//! Children that are not native futures (a task factory may return
//! anything future-like) are driven through their Python methods, with a
//! bound native method standing for `_done_callback`.
//! CPython: Lib/asyncio/tasks.py (gather, _GatheringFuture).

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{runtime_error, type_error, PyErr};
use rspy_objects::function::{Args, BoundMethod, NativeFunction};
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::types::PyType;
use rspy_objects::value::{NativeObject, PyResult, Value};

use super::events::{get_event_loop_for_future, loop_of, running_loop, EventLoop};
use super::futures::{future_of, DoneCallback, FutState, PyFuture};
use super::{asyncio_types, cancelled_error};

thread_local! {
    /// `tasks._GatheringFuture`, registered by lib/asyncio/tasks.py.
    static GATHERING_FUTURE: RefCell<Option<Rc<PyType>>> = const { RefCell::new(None) };
    static DONE_CALLBACK: Value = Value::Native(Rc::new(NativeFunction::function(
        "_done_callback",
        done_callback_native,
    )));
}

/// What CPython's `_done_callback` closure captures.
pub struct GatherState {
    /// None until every child is registered (CPython: bpo-46672).
    outer: RefCell<Option<Rc<PyFuture>>>,
    children: RefCell<Vec<Value>>,
    nfuts: Cell<usize>,
    nfinished: Cell<usize>,
    return_exceptions: Value,
}

impl NativeObject for GatherState {
    fn py_type(&self) -> Rc<PyType> {
        asyncio_types().gather_state.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn gc_traverse(&self, t: &mut rspy_objects::gc::Tracer) {
        if let Ok(Some(f)) = self.outer.try_borrow().as_deref() {
            t.native(f);
        }
        if let Ok(children) = self.children.try_borrow() {
            children.iter().for_each(|c| t.value(c));
        }
        t.value(&self.return_exceptions);
    }
    fn gc_clear(&self) {
        let outer = self.outer.try_borrow_mut().map(|mut o| o.take());
        let children = self
            .children
            .try_borrow_mut()
            .map(|mut c| std::mem::take(&mut *c));
        drop((outer, children));
    }
}

/// `_done_callback` as a Python callable (`fut._callbacks`, and children
/// that are not native futures).
pub fn callback_value(state: &Rc<GatherState>) -> Value {
    // One function object, so that two bound callbacks compare equal.
    let func = DONE_CALLBACK.with(Clone::clone);
    Value::Method(Rc::new(BoundMethod {
        self_value: Value::object(state.clone()),
        func,
    }))
}

fn done_callback_native(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("_done_callback", 2, 2)?;
    let state: Rc<GatherState> = rspy_objects::value::downcast_object(&a[0])
        .ok_or_else(|| type_error("_done_callback requires a gather state"))?;
    on_child_done(interp, &state, &a[1])?;
    Ok(Value::None)
}

// ------------------------------------------------- child operations

fn child_cancelled(interp: &mut dyn Interp, fut: &Value) -> PyResult<bool> {
    match future_of(fut) {
        Some(f) => Ok(f.state.get() == FutState::Cancelled),
        None => {
            let r = ops::call_method(interp, fut, "cancelled", &[])?;
            ops::truthy(interp, &r)
        }
    }
}

fn child_done(interp: &mut dyn Interp, fut: &Value) -> PyResult<bool> {
    match future_of(fut) {
        Some(f) => Ok(f.done()),
        None => {
            let r = ops::call_method(interp, fut, "done", &[])?;
            ops::truthy(interp, &r)
        }
    }
}

/// CPython: Future.exception (marks the exception retrieved).
fn child_exception(interp: &mut dyn Interp, fut: &Value) -> PyResult<Value> {
    let Some(f) = future_of(fut) else {
        return ops::call_method(interp, fut, "exception", &[]);
    };
    match f.state.get() {
        FutState::Cancelled => Err(f.make_cancelled_error()),
        FutState::Pending => Err(super::invalid_state_error("Exception is not set.")),
        FutState::Finished => {
            f.log_traceback.set(false);
            Ok(f.exception().map_or(Value::None, |e| e.value()))
        }
    }
}

fn child_result(interp: &mut dyn Interp, fut: &Value) -> PyResult<Value> {
    match future_of(fut) {
        Some(f) => f.get_result(),
        None => ops::call_method(interp, fut, "result", &[]),
    }
}

fn child_make_cancelled_error(interp: &mut dyn Interp, fut: &Value) -> PyResult<Value> {
    match future_of(fut) {
        Some(f) => Ok(f.make_cancelled_error().value()),
        None => ops::call_method(interp, fut, "_make_cancelled_error", &[]),
    }
}

fn child_cancel_message(interp: &mut dyn Interp, fut: &Value) -> PyResult<Value> {
    match future_of(fut) {
        Some(f) => Ok(f.cancel_message()),
        None => ops::getattr(interp, fut, "_cancel_message"),
    }
}

fn outer_set_exception(interp: &mut dyn Interp, outer: &Rc<PyFuture>, exc: Value) -> PyResult<()> {
    outer.set_exception(interp, exc)
}

fn return_exceptions(interp: &mut dyn Interp, state: &GatherState) -> PyResult<bool> {
    match &state.return_exceptions {
        Value::Bool(b) => Ok(*b),
        v => ops::truthy(interp, v),
    }
}

/// A child finished. CPython: gather's `_done_callback`.
pub fn on_child_done(
    interp: &mut dyn Interp,
    state: &Rc<GatherState>,
    fut: &Value,
) -> PyResult<()> {
    state.nfinished.set(state.nfinished.get() + 1);
    let outer = state.outer.borrow().clone();
    let outer = match outer {
        Some(o) if !o.done() => o,
        _ => {
            if !child_cancelled(interp, fut)? {
                // Mark the exception retrieved.
                child_exception(interp, fut)?;
            }
            return Ok(());
        }
    };
    if !return_exceptions(interp, state)? {
        if child_cancelled(interp, fut)? {
            let exc = child_make_cancelled_error(interp, fut)?;
            return outer_set_exception(interp, &outer, exc);
        }
        let exc = child_exception(interp, fut)?;
        if !exc.is_none() {
            return outer_set_exception(interp, &outer, exc);
        }
    }
    if state.nfinished.get() != state.nfuts.get() {
        return Ok(());
    }
    let children = state.children.borrow().clone();
    let mut results = Vec::with_capacity(children.len());
    for child in &children {
        let res = if child_cancelled(interp, child)? {
            let msg = child_cancel_message(interp, child)?;
            let msg = if msg.is_none() { Value::str("") } else { msg };
            PyErr::new(&cancelled_error(), vec![msg]).value()
        } else {
            let e = child_exception(interp, child)?;
            if e.is_none() {
                child_result(interp, child)?
            } else {
                e
            }
        };
        results.push(res);
    }
    let requested = ops::getattr(interp, &Value::object(outer.clone()), "_cancel_requested")?;
    if ops::truthy(interp, &requested)? {
        // CPython's closure reads `fut` after the loop above rebound it:
        // the cancelled error comes from the last child.
        let last = children.last().cloned().unwrap_or_else(|| fut.clone());
        let exc = child_make_cancelled_error(interp, &last)?;
        outer_set_exception(interp, &outer, exc)
    } else {
        outer.set_result(interp, Value::list(results))
    }
}

// ------------------------------------------------------------ gather

/// `_asyncio._register_gathering_future(cls)`: the class gather's outer
/// future is an instance of.
pub fn register_gathering_future(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("_register_gathering_future", 1, 1)?;
    let Value::Type(t) = &a[0] else {
        return Err(type_error("_register_gathering_future() expects a class"));
    };
    GATHERING_FUTURE.with(|g| *g.borrow_mut() = Some(t.clone()));
    Ok(Value::None)
}

/// CPython: futures._get_loop.
fn loop_of_child(interp: &mut dyn Interp, fut: &Value) -> PyResult<Rc<EventLoop>> {
    if let Some(f) = future_of(fut) {
        return f.get_loop();
    }
    let lp = ops::call_method(interp, fut, "get_loop", &[])?;
    loop_of(&lp).ok_or_else(|| type_error("loop must be an event loop"))
}

/// `asyncio.gather(*coros_or_futures, return_exceptions=False)`.
/// CPython: tasks.gather.
pub fn gather(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.only_kwargs("gather", &["return_exceptions"])?;
    let return_exceptions = args
        .kw("return_exceptions")
        .cloned()
        .unwrap_or(Value::Bool(false));
    let items = args.positional();
    if items.is_empty() {
        let lp = get_event_loop_for_future()?;
        let outer = ops::call_method(interp, &lp.value(), "create_future", &[])?;
        ops::call_method(interp, &outer, "set_result", &[Value::list(vec![])])?;
        return Ok(outer);
    }
    let mut lp = running_loop();
    let state = Rc::new(GatherState {
        outer: RefCell::new(None),
        children: RefCell::new(Vec::with_capacity(items.len())),
        nfuts: Cell::new(0),
        nfinished: Cell::new(0),
        return_exceptions,
    });
    let arg_to_fut = PyDict::new();
    let mut children = Vec::with_capacity(items.len());
    let mut done_futs = Vec::new();
    let mut callback: Option<Value> = None;
    for arg in items {
        let seen = arg_to_fut
            .get_item(interp, arg)
            .map_err(|e| ops::dict_key_error(e, arg))?;
        if let Some(fut) = seen {
            // A duplicate: it shares the first occurrence's child.
            children.push(fut);
            continue;
        }
        let fut = super::tasks::ensure_future(interp, arg, lp.as_ref())?;
        if lp.is_none() {
            lp = Some(loop_of_child(interp, &fut)?);
        }
        if !fut.is(arg) {
            match future_of(&fut) {
                Some(f) if f.task.is_some() => {
                    if let Some(t) = &f.task {
                        t.log_destroy_pending.set(false);
                    }
                }
                _ => ops::setattr(interp, &fut, "_log_destroy_pending", Value::Bool(false))?,
            }
        }
        state.nfuts.set(state.nfuts.get() + 1);
        arg_to_fut.set_item(interp, arg.clone(), fut.clone())?;
        if child_done(interp, &fut)? {
            done_futs.push(fut.clone());
        } else {
            match future_of(&fut) {
                Some(f) => f.add_done_callback(DoneCallback::Gather(state.clone())),
                None => {
                    let cb = callback
                        .get_or_insert_with(|| callback_value(&state))
                        .clone();
                    ops::call_method(interp, &fut, "add_done_callback", &[cb])?;
                }
            }
        }
        children.push(fut);
    }
    let Some(lp) = lp else {
        return Err(runtime_error("gather() found no event loop"));
    };
    let cls = GATHERING_FUTURE
        .with(|g| g.borrow().clone())
        .ok_or_else(|| runtime_error("asyncio.tasks._GatheringFuture is not registered"))?;
    // _GatheringFuture.__init__(children, loop=loop), without its frame.
    let outer = Rc::new(PyFuture::new(cls, Some(lp), None));
    if let Some(d) = NativeObject::instance_dict(&*outer) {
        d.set_str("_children", Value::list(children.clone()));
        d.set_str("_cancel_requested", Value::Bool(false));
    }
    *state.children.borrow_mut() = children;
    *state.outer.borrow_mut() = Some(outer.clone());
    for fut in &done_futs {
        on_child_done(interp, &state, fut)?;
    }
    Ok(Value::object(outer))
}
