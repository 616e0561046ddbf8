//! asyncio's queues as native types. CPython: Lib/asyncio/queues.py,
//! ported method by method:
//!
//! - `Queue`: `_maxsize`, `_queue` (the container `_init` made: a native
//!   `collections.deque`), FIFO `WaiterQueue`s of getter and putter
//!   futures, `_unfinished_tasks` and the `_finished` Event (a native
//!   `asyncio.locks.Event`), `_is_shutdown`. `_wakeup_next` pops waiters
//!   until it completes one that is not done.
//! - `LifoQueue`, `PriorityQueue`: subclasses whose `_init`/`_put`/`_get`
//!   keep a list (a stack; a heap with heapq's push/pop).
//!
//! `await q.put(x)` / `await q.get()` / `await q.join()` are native
//! awaitables whose states follow the await points of CPython's
//! coroutines, including their bare `except:` blocks (cancel the waiter,
//! remove it, pass the wake-up on when it cannot be used). An uncontended
//! `put()`/`get()` returns at its first step: no future, no Python frame.
//!
//! Python subclasses are honoured exactly where CPython calls through
//! `self`: `full()`, `empty()`, `qsize()`, `_init`, `_put`, `_get`,
//! `put_nowait()` (from `put()`), `get_nowait()` (from `get()`),
//! `_format()` (from `__repr__`/`__str__`). Only the exact three types
//! (without instance attributes, which could shadow methods) take the
//! native shortcuts.
//!
//! Deliberate differences, none observable by ordinary programs:
//! `_getters`/`_putters` are list snapshots, not deques; the methods are
//! built-in methods (no `__code__`); `_wakeup_next`'s argument and
//! `_get_loop` are internal (put/get bind the loop natively).

use std::any::Any;
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use rspy_objects::awaitable::{as_native_awaitable, delegate, NativeAwaitable};
use rspy_objects::code::CmpOp;
use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{index_error, runtime_error, type_error, value_error, PyErr};
use rspy_objects::function::Args;
use rspy_objects::generator::{GenInput, GenStep};
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::types::PyType;
use rspy_objects::value::{downcast_object, NativeObject, PyResult, Value};
use rspy_objects::ExcKind;

use super::futures::{FutState, PyFuture};
use super::locks::{
    bind, class_arg, new_waiter, take, yield_future, LoopBinding, PyEvent, WaiterQueue,
};
use super::{asyncio_types, Traverse};
use crate::collections::PyDeque;
use rspy_objects::gc::Tracer;

/// Which of the three classes' `_init`/`_put`/`_get` apply.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Fifo,
    Lifo,
    Priority,
}

pub struct PyQueue {
    cls: Rc<PyType>,
    dict: OnceCell<Rc<PyDict>>,
    /// The kind when the class is exactly Queue/LifoQueue/PriorityQueue.
    exact: Option<Kind>,
    maxsize: RefCell<Value>,
    /// `_queue`: absent until `_init` sets it.
    queue: RefCell<Option<Value>>,
    getters: WaiterQueue,
    putters: WaiterQueue,
    unfinished: Cell<i64>,
    finished: Rc<PyEvent>,
    shutdown: Cell<bool>,
    binding: LoopBinding,
}

impl NativeObject for PyQueue {
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
        if let Ok(v) = self.maxsize.try_borrow() {
            t.value(&v);
        }
        if let Ok(Some(v)) = self.queue.try_borrow().as_deref() {
            t.value(v);
        }
        self.getters.traverse(t);
        self.putters.traverse(t);
        t.native(&self.finished);
    }
    fn gc_clear(&self) {
        drop(take(&self.queue));
        self.getters.clear();
        self.putters.clear();
    }
}

fn queue_empty_err() -> PyErr {
    PyErr::new(&asyncio_types().queues.queue_empty, vec![])
}

fn queue_full_err() -> PyErr {
    PyErr::new(&asyncio_types().queues.queue_full, vec![])
}

fn shut_down_err() -> PyErr {
    PyErr::new(&asyncio_types().queues.queue_shut_down, vec![])
}

impl PyQueue {
    /// The kind whose native code may stand in for method calls on self.
    fn plain(&self) -> Option<Kind> {
        self.exact
            .filter(|_| self.dict.get().is_none_or(|d| d.is_empty()))
    }

    fn this(self: &Rc<Self>) -> Value {
        Value::object(self.clone())
    }

    /// `self._queue`.
    fn container(&self) -> PyResult<Value> {
        self.queue.borrow().clone().ok_or_else(|| {
            ExcKind::AttributeError.new_err(format!(
                "'{}' object has no attribute '_queue'",
                self.cls.name
            ))
        })
    }

    /// CPython: Queue.qsize (`len(self._queue)`).
    fn qsize(&self, interp: &mut dyn Interp) -> PyResult<usize> {
        let c = self.container()?;
        if let Value::List(l) = &c {
            return Ok(l.items.borrow().len());
        }
        if let Some(n) = downcast_object::<PyDeque>(&c).and_then(|d| d.exact_len()) {
            return Ok(n);
        }
        ops::len(interp, &c)
    }

    /// CPython: Queue.empty (`not self._queue`).
    fn is_empty(&self, interp: &mut dyn Interp) -> PyResult<bool> {
        let c = self.container()?;
        if let Value::List(l) = &c {
            return Ok(l.items.borrow().is_empty());
        }
        if let Some(n) = downcast_object::<PyDeque>(&c).and_then(|d| d.exact_len()) {
            return Ok(n == 0);
        }
        Ok(!ops::truthy(interp, &c)?)
    }

    /// CPython: Queue.full, with `self.qsize()` called through self.
    fn is_full(self: &Rc<Self>, interp: &mut dyn Interp) -> PyResult<bool> {
        let m = self.maxsize.borrow().clone();
        if let Value::Int(m) = m {
            if m <= 0 {
                return Ok(false);
            }
            if self.plain().is_some() {
                return Ok(self.qsize(interp)? as u64 >= m as u64);
            }
        } else if ops::compare_bool(interp, &m, &Value::Int(0), CmpOp::Le)? {
            return Ok(false);
        }
        let n = if self.plain().is_some() {
            Value::Int(self.qsize(interp)? as i64)
        } else {
            ops::call_method(interp, &self.this(), "qsize", &[])?
        };
        ops::compare_bool(interp, &n, &m, CmpOp::Ge)
    }

    /// `self.full()`.
    fn full(self: &Rc<Self>, interp: &mut dyn Interp) -> PyResult<bool> {
        if self.plain().is_some() {
            return self.is_full(interp);
        }
        let r = ops::call_method(interp, &self.this(), "full", &[])?;
        ops::truthy(interp, &r)
    }

    /// `self.empty()`.
    fn empty(self: &Rc<Self>, interp: &mut dyn Interp) -> PyResult<bool> {
        if self.plain().is_some() {
            return self.is_empty(interp);
        }
        let r = ops::call_method(interp, &self.this(), "empty", &[])?;
        ops::truthy(interp, &r)
    }

    /// `self._put(item)`.
    fn put_hook(self: &Rc<Self>, interp: &mut dyn Interp, item: Value) -> PyResult<()> {
        match self.plain() {
            Some(kind) => self.native_put(kind, interp, item),
            None => ops::call_method(interp, &self.this(), "_put", &[item]).map(|_| ()),
        }
    }

    /// `self._get()`.
    fn get_hook(self: &Rc<Self>, interp: &mut dyn Interp) -> PyResult<Value> {
        match self.plain() {
            Some(kind) => self.native_get(kind, interp),
            None => ops::call_method(interp, &self.this(), "_get", &[]),
        }
    }

    /// CPython: Queue._init / LifoQueue._init / PriorityQueue._init.
    fn native_init(&self, kind: Kind) {
        let c = match kind {
            Kind::Fifo => PyDeque::new_value(),
            Kind::Lifo | Kind::Priority => Value::list(vec![]),
        };
        *self.queue.borrow_mut() = Some(c);
    }

    /// CPython: the three `_put`s.
    fn native_put(&self, kind: Kind, interp: &mut dyn Interp, item: Value) -> PyResult<()> {
        let c = self.container()?;
        match kind {
            Kind::Fifo => {
                let item = match downcast_object::<PyDeque>(&c) {
                    Some(d) => match d.exact_append(item) {
                        Ok(()) => return Ok(()),
                        Err(item) => item,
                    },
                    None => item,
                };
                ops::call_method(interp, &c, "append", &[item])?;
            }
            Kind::Lifo => {
                if let Value::List(l) = &c {
                    l.items.borrow_mut().push(item);
                } else {
                    ops::call_method(interp, &c, "append", &[item])?;
                }
            }
            Kind::Priority => heappush(interp, &c, item)?,
        }
        Ok(())
    }

    /// CPython: the three `_get`s.
    fn native_get(&self, kind: Kind, interp: &mut dyn Interp) -> PyResult<Value> {
        let c = self.container()?;
        match kind {
            Kind::Fifo => {
                if let Some(r) = downcast_object::<PyDeque>(&c).and_then(|d| d.exact_popleft()) {
                    return r;
                }
                ops::call_method(interp, &c, "popleft", &[])
            }
            Kind::Lifo => {
                if let Value::List(l) = &c {
                    let item = l.items.borrow_mut().pop();
                    return item.ok_or_else(|| index_error("pop from empty list"));
                }
                ops::call_method(interp, &c, "pop", &[])
            }
            Kind::Priority => heappop(interp, &c),
        }
    }

    /// CPython: Queue._wakeup_next.
    fn wakeup_next(interp: &mut dyn Interp, waiters: &WaiterQueue) -> PyResult<()> {
        while let Some(w) = waiters.pop_front() {
            if !w.done() {
                w.set_result(interp, Value::None)?;
                break;
            }
        }
        Ok(())
    }

    /// CPython: Queue.put_nowait.
    fn put_nowait(self: &Rc<Self>, interp: &mut dyn Interp, item: Value) -> PyResult<()> {
        if self.shutdown.get() {
            return Err(shut_down_err());
        }
        if self.full(interp)? {
            return Err(queue_full_err());
        }
        self.put_hook(interp, item)?;
        self.unfinished.set(self.unfinished.get().saturating_add(1));
        self.finished.clear();
        PyQueue::wakeup_next(interp, &self.getters)
    }

    /// CPython: Queue.get_nowait.
    fn get_nowait(self: &Rc<Self>, interp: &mut dyn Interp) -> PyResult<Value> {
        if self.empty(interp)? {
            if self.shutdown.get() {
                return Err(shut_down_err());
            }
            return Err(queue_empty_err());
        }
        let item = self.get_hook(interp)?;
        PyQueue::wakeup_next(interp, &self.putters)?;
        Ok(item)
    }

    /// `self.put_nowait(item)` as `put()` calls it.
    fn call_put_nowait(self: &Rc<Self>, interp: &mut dyn Interp, item: Value) -> PyResult<Value> {
        if self.plain().is_some() {
            return self.put_nowait(interp, item).map(|()| Value::None);
        }
        ops::call_method(interp, &self.this(), "put_nowait", &[item])
    }

    /// `self.get_nowait()` as `get()` calls it.
    fn call_get_nowait(self: &Rc<Self>, interp: &mut dyn Interp) -> PyResult<Value> {
        if self.plain().is_some() {
            return self.get_nowait(interp);
        }
        ops::call_method(interp, &self.this(), "get_nowait", &[])
    }

    /// CPython: Queue.task_done.
    fn task_done(&self, interp: &mut dyn Interp) -> PyResult<()> {
        if self.unfinished.get() <= 0 {
            return Err(value_error("task_done() called too many times"));
        }
        self.unfinished.set(self.unfinished.get() - 1);
        if self.unfinished.get() == 0 {
            self.finished.set(interp)?;
        }
        Ok(())
    }

    /// CPython: Queue.shutdown.
    fn shutdown(self: &Rc<Self>, interp: &mut dyn Interp, immediate: bool) -> PyResult<()> {
        self.shutdown.set(true);
        if immediate {
            while !self.empty(interp)? {
                self.get_hook(interp)?;
                if self.unfinished.get() > 0 {
                    self.unfinished.set(self.unfinished.get() - 1);
                }
            }
            if self.unfinished.get() == 0 {
                self.finished.set(interp)?;
            }
        }
        for waiters in [&self.getters, &self.putters] {
            while let Some(w) = waiters.pop_front() {
                if !w.done() {
                    w.set_result(interp, Value::None)?;
                }
            }
        }
        Ok(())
    }

    /// CPython: Queue._format.
    fn format(self: &Rc<Self>, interp: &mut dyn Interp) -> PyResult<String> {
        let maxsize = self.maxsize.borrow().clone();
        let mut r = format!("maxsize={}", ops::repr(interp, &maxsize)?);
        if let Some(c) = ops::getattr_opt(interp, &self.this(), "_queue")? {
            if ops::truthy(interp, &c)? {
                let items = rspy_objects::iter::collect(interp, &c)?;
                r.push_str(&format!(
                    " _queue={}",
                    ops::repr(interp, &Value::list(items))?
                ));
            }
        }
        if !self.getters.is_empty() {
            r.push_str(&format!(" _getters[{}]", self.getters.len()));
        }
        if !self.putters.is_empty() {
            r.push_str(&format!(" _putters[{}]", self.putters.len()));
        }
        if self.unfinished.get() != 0 {
            r.push_str(&format!(" tasks={}", self.unfinished.get()));
        }
        if self.shutdown.get() {
            r.push_str(" shutdown");
        }
        Ok(r)
    }
}

// ------------------------------------------------------------ heapq

fn changed_size() -> PyErr {
    runtime_error("list changed size during iteration")
}

fn heap_list(c: &Value, what: &str) -> PyResult<Rc<rspy_objects::value::PyList>> {
    match c {
        Value::List(l) => Ok(l.clone()),
        _ => Err(type_error(format!(
            "{what}() argument 1 must be list, not {}",
            c.type_name()
        ))),
    }
}

fn item_at(l: &rspy_objects::value::PyList, i: usize) -> PyResult<Value> {
    l.items.borrow().get(i).cloned().ok_or_else(changed_size)
}

fn swap(l: &rspy_objects::value::PyList, a: usize, b: usize) -> PyResult<()> {
    let mut items = l.items.borrow_mut();
    if a >= items.len() || b >= items.len() {
        return Err(changed_size());
    }
    items.swap(a, b);
    Ok(())
}

/// CPython: Modules/_heapqmodule.c siftdown.
fn siftdown(
    interp: &mut dyn Interp,
    l: &rspy_objects::value::PyList,
    start: usize,
    mut pos: usize,
) -> PyResult<()> {
    let size = l.items.borrow().len();
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let newitem = item_at(l, pos)?;
        let parent = item_at(l, parentpos)?;
        let lt = ops::compare_bool(interp, &newitem, &parent, CmpOp::Lt)?;
        if size != l.items.borrow().len() {
            return Err(changed_size());
        }
        if !lt {
            break;
        }
        swap(l, parentpos, pos)?;
        pos = parentpos;
    }
    Ok(())
}

/// CPython: Modules/_heapqmodule.c siftup.
fn siftup(
    interp: &mut dyn Interp,
    l: &rspy_objects::value::PyList,
    mut pos: usize,
) -> PyResult<()> {
    let end = l.items.borrow().len();
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let a = item_at(l, child)?;
            let b = item_at(l, child + 1)?;
            let lt = ops::compare_bool(interp, &a, &b, CmpOp::Lt)?;
            if !lt {
                child += 1;
            }
            if end != l.items.borrow().len() {
                return Err(changed_size());
            }
        }
        swap(l, child, pos)?;
        pos = child;
    }
    siftdown(interp, l, start, pos)
}

/// CPython: heapq.heappush.
fn heappush(interp: &mut dyn Interp, c: &Value, item: Value) -> PyResult<()> {
    let l = heap_list(c, "heappush")?;
    let n = {
        let mut items = l.items.borrow_mut();
        items.push(item);
        items.len()
    };
    siftdown(interp, &l, 0, n - 1)
}

/// CPython: heapq.heappop.
fn heappop(interp: &mut dyn Interp, c: &Value) -> PyResult<Value> {
    let l = heap_list(c, "heappop")?;
    let (last, top) = {
        let mut items = l.items.borrow_mut();
        let last = items
            .pop()
            .ok_or_else(|| index_error("index out of range"))?;
        if items.is_empty() {
            return Ok(last);
        }
        let top = std::mem::replace(&mut items[0], last.clone());
        (last, top)
    };
    drop(last);
    siftup(interp, &l, 0)?;
    Ok(top)
}

// ------------------------------------------------------------ awaitables

#[derive(Clone, Default)]
enum WaitState {
    Init,
    Waiting(Rc<PyFuture>, u64),
    #[default]
    Done,
}

/// `q.put(item)` and `q.get()`. CPython: Queue.put / Queue.get.
pub struct QueueOp {
    q: Rc<PyQueue>,
    /// The item to put; `None` for `get()`.
    item: RefCell<Option<Value>>,
    is_put: bool,
    state: RefCell<WaitState>,
}

coroutine_object!(QueueOp);

impl Drop for QueueOp {
    fn drop(&mut self) {
        if matches!(*self.state.get_mut(), WaitState::Init) {
            super::warn_never_awaited(self.qualname());
        }
    }
}

impl QueueOp {
    fn waiters(&self) -> &WaiterQueue {
        if self.is_put {
            &self.q.putters
        } else {
            &self.q.getters
        }
    }

    /// The `while` loop: wait while full (empty), then `put_nowait`
    /// (`get_nowait`).
    fn run(&self, interp: &mut dyn Interp) -> PyResult<GenStep> {
        let q = &self.q;
        let blocked = if self.is_put {
            q.full(interp)?
        } else {
            q.empty(interp)?
        };
        if !blocked {
            let r = if self.is_put {
                let item = self.item.borrow_mut().take().unwrap_or(Value::None);
                q.call_put_nowait(interp, item)?
            } else {
                q.call_get_nowait(interp)?
            };
            return Ok(GenStep::Return(r));
        }
        if q.shutdown.get() && (self.is_put || q.empty(interp)?) {
            return Err(shut_down_err());
        }
        let lp = q.binding.get(interp, || q.this())?;
        let (fut, seq) = new_waiter(lp, self.waiters());
        *self.state.borrow_mut() = WaitState::Waiting(fut.clone(), seq);
        yield_future(&fut)
    }

    /// The bare `except:` around `await putter` / `await getter`.
    fn except(&self, interp: &mut dyn Interp, fut: &Rc<PyFuture>, seq: u64) -> PyResult<()> {
        fut.cancel_future(Value::None);
        self.waiters().remove(seq);
        let q = &self.q;
        let still_blocked = if self.is_put {
            q.full(interp)?
        } else {
            q.empty(interp)?
        };
        if !still_blocked && fut.state.get() != FutState::Cancelled {
            PyQueue::wakeup_next(interp, self.waiters())?;
        }
        Ok(())
    }
}

impl NativeAwaitable for QueueOp {
    fn waits_on(&self) -> Option<Value> {
        Some(self.q.this())
    }

    fn is_coroutine(&self) -> bool {
        true
    }

    fn qualname(&self) -> &'static str {
        if self.is_put {
            "Queue.put"
        } else {
            "Queue.get"
        }
    }

    fn send(&self, _: &Value, interp: &mut dyn Interp, _: Value) -> PyResult<GenStep> {
        match self.state.replace(WaitState::Done) {
            WaitState::Init => self.run(interp),
            WaitState::Waiting(fut, seq) => match fut.get_result() {
                Ok(_) => self.run(interp),
                Err(e) => {
                    self.except(interp, &fut, seq)?;
                    Err(e)
                }
            },
            WaitState::Done => Err(runtime_error("cannot reuse already awaited coroutine")),
        }
    }

    fn throw(&self, _: &Value, interp: &mut dyn Interp, exc: PyErr) -> PyResult<GenStep> {
        if let WaitState::Waiting(fut, seq) = self.state.replace(WaitState::Done) {
            self.except(interp, &fut, seq)?;
        }
        Err(exc)
    }

    fn close(&self, _: &Value, interp: &mut dyn Interp) -> PyResult<()> {
        if let WaitState::Waiting(fut, seq) = self.state.replace(WaitState::Done) {
            self.except(interp, &fut, seq)?;
        }
        Ok(())
    }
}

#[derive(Default)]
enum JoinState {
    Init,
    Waiting(Value),
    #[default]
    Done,
}

/// `q.join()`: `if self._unfinished_tasks > 0: await
/// self._finished.wait()`. CPython: Queue.join.
pub struct QueueJoin {
    q: Rc<PyQueue>,
    state: RefCell<JoinState>,
}

coroutine_object!(QueueJoin);

impl Drop for QueueJoin {
    fn drop(&mut self) {
        if matches!(*self.state.get_mut(), JoinState::Init) {
            super::warn_never_awaited("Queue.join");
        }
    }
}

impl QueueJoin {
    fn step(&self, interp: &mut dyn Interp, inner: Value, input: GenInput) -> PyResult<GenStep> {
        match delegate(interp, &inner, input)? {
            GenStep::Return(_) => Ok(GenStep::Return(Value::None)),
            y => {
                *self.state.borrow_mut() = JoinState::Waiting(inner);
                Ok(y)
            }
        }
    }
}

impl NativeAwaitable for QueueJoin {
    fn waits_on(&self) -> Option<Value> {
        Some(self.q.this())
    }

    fn is_coroutine(&self) -> bool {
        true
    }

    fn qualname(&self) -> &'static str {
        "Queue.join"
    }

    fn send(&self, _: &Value, interp: &mut dyn Interp, v: Value) -> PyResult<GenStep> {
        match self.state.replace(JoinState::Done) {
            JoinState::Init => {
                if self.q.unfinished.get() <= 0 {
                    return Ok(GenStep::Return(Value::None));
                }
                let inner = self.q.finished.wait_awaitable();
                self.step(interp, inner, GenInput::Send(Value::None))
            }
            JoinState::Waiting(inner) => self.step(interp, inner, GenInput::Send(v)),
            JoinState::Done => Err(runtime_error("cannot reuse already awaited coroutine")),
        }
    }

    fn throw(&self, _: &Value, interp: &mut dyn Interp, exc: PyErr) -> PyResult<GenStep> {
        match self.state.replace(JoinState::Done) {
            JoinState::Waiting(inner) => self.step(interp, inner, GenInput::Throw(exc)),
            _ => Err(exc),
        }
    }

    fn close(&self, _: &Value, interp: &mut dyn Interp) -> PyResult<()> {
        if let JoinState::Waiting(inner) = self.state.replace(JoinState::Done) {
            if let Some(aw) = as_native_awaitable(&inner) {
                aw.close(&inner, interp)?;
            }
        }
        Ok(())
    }
}

// ------------------------------------------------------------ methods

fn self_queue(args: &Args<'_>) -> PyResult<Rc<PyQueue>> {
    args.values
        .first()
        .and_then(downcast_object)
        .ok_or_else(|| type_error("descriptor requires an 'asyncio.queues.Queue' object"))
}

fn kind_of(cls: &Rc<PyType>) -> Option<Kind> {
    let t = &asyncio_types().queues;
    if Rc::ptr_eq(cls, &t.queue) {
        Some(Kind::Fifo)
    } else if Rc::ptr_eq(cls, &t.lifo_queue) {
        Some(Kind::Lifo)
    } else if Rc::ptr_eq(cls, &t.priority_queue) {
        Some(Kind::Priority)
    } else {
        None
    }
}

fn queue_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = class_arg(&args)?;
    Ok(Value::object(Rc::new(PyQueue {
        exact: kind_of(&cls),
        cls,
        dict: OnceCell::new(),
        maxsize: RefCell::new(Value::Int(0)),
        queue: RefCell::new(None),
        getters: WaiterQueue::default(),
        putters: WaiterQueue::default(),
        unfinished: Cell::new(0),
        finished: PyEvent::new_native(true),
        shutdown: Cell::new(false),
        binding: LoopBinding::default(),
    })))
}

/// CPython: Queue.__init__.
fn queue_init(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    let a = bind(&args, "Queue.__init__", &["maxsize"], 0)?;
    let maxsize = a[0].clone().unwrap_or(Value::Int(0));
    *q.maxsize.borrow_mut() = maxsize.clone();
    q.unfinished.set(0);
    q.finished.set(interp)?;
    match q.plain() {
        Some(kind) => q.native_init(kind),
        None => {
            ops::call_method(interp, &args.values[0], "_init", &[maxsize])?;
        }
    }
    q.shutdown.set(false);
    Ok(Value::None)
}

fn hook_init(kind: Kind, args: &Args<'_>) -> PyResult<Value> {
    let q = self_queue(args)?;
    let qualname = match kind {
        Kind::Fifo => "Queue._init",
        Kind::Lifo => "LifoQueue._init",
        Kind::Priority => "PriorityQueue._init",
    };
    bind(args, qualname, &["maxsize"], 1)?;
    q.native_init(kind);
    Ok(Value::None)
}

fn fifo_init(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    hook_init(Kind::Fifo, &args)
}

fn lifo_init(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    hook_init(Kind::Lifo, &args)
}

fn prio_init(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    hook_init(Kind::Priority, &args)
}

fn hook_put(kind: Kind, interp: &mut dyn Interp, args: &Args<'_>) -> PyResult<Value> {
    let q = self_queue(args)?;
    let a = match kind {
        Kind::Fifo => bind(args, "Queue._put", &["item"], 1)?,
        Kind::Lifo => bind(args, "LifoQueue._put", &["item"], 1)?,
        Kind::Priority => bind(args, "PriorityQueue._put", &["item", "heappush"], 1)?,
    };
    let item = a[0].clone().unwrap_or(Value::None);
    q.native_put(kind, interp, item)?;
    Ok(Value::None)
}

fn fifo_put(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    hook_put(Kind::Fifo, interp, &args)
}

fn lifo_put(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    hook_put(Kind::Lifo, interp, &args)
}

fn prio_put(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    hook_put(Kind::Priority, interp, &args)
}

fn hook_get(kind: Kind, interp: &mut dyn Interp, args: &Args<'_>) -> PyResult<Value> {
    let q = self_queue(args)?;
    match kind {
        Kind::Fifo => bind(args, "Queue._get", &[], 0)?,
        Kind::Lifo => bind(args, "LifoQueue._get", &[], 0)?,
        Kind::Priority => bind(args, "PriorityQueue._get", &["heappop"], 0)?,
    };
    q.native_get(kind, interp)
}

fn fifo_get(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    hook_get(Kind::Fifo, interp, &args)
}

fn lifo_get(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    hook_get(Kind::Lifo, interp, &args)
}

fn prio_get(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    hook_get(Kind::Priority, interp, &args)
}

fn queue_qsize(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    bind(&args, "Queue.qsize", &[], 0)?;
    Ok(Value::Int(q.qsize(interp)? as i64))
}

fn queue_empty(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    bind(&args, "Queue.empty", &[], 0)?;
    Ok(Value::Bool(q.is_empty(interp)?))
}

fn queue_full(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    bind(&args, "Queue.full", &[], 0)?;
    Ok(Value::Bool(q.is_full(interp)?))
}

fn queue_put(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    let a = bind(&args, "Queue.put", &["item"], 1)?;
    Ok(Value::object(Rc::new(QueueOp {
        q,
        item: RefCell::new(a[0].clone()),
        is_put: true,
        state: RefCell::new(WaitState::Init),
    })))
}

fn queue_get(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    bind(&args, "Queue.get", &[], 0)?;
    Ok(Value::object(Rc::new(QueueOp {
        q,
        item: RefCell::new(None),
        is_put: false,
        state: RefCell::new(WaitState::Init),
    })))
}

fn queue_put_nowait(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    let a = bind(&args, "Queue.put_nowait", &["item"], 1)?;
    q.put_nowait(interp, a[0].clone().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn queue_get_nowait(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    bind(&args, "Queue.get_nowait", &[], 0)?;
    q.get_nowait(interp)
}

fn queue_task_done(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    bind(&args, "Queue.task_done", &[], 0)?;
    q.task_done(interp)?;
    Ok(Value::None)
}

fn queue_join(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    bind(&args, "Queue.join", &[], 0)?;
    Ok(Value::object(Rc::new(QueueJoin {
        q,
        state: RefCell::new(JoinState::Init),
    })))
}

fn queue_shutdown(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    let a = bind(&args, "Queue.shutdown", &["immediate"], 0)?;
    let immediate = match &a[0] {
        Some(v) => ops::truthy(interp, v)?,
        None => false,
    };
    q.shutdown(interp, immediate)?;
    Ok(Value::None)
}

fn queue_format(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    bind(&args, "Queue._format", &[], 0)?;
    Ok(Value::string(q.format(interp)?))
}

/// `self._format()`, through a subclass's override.
fn formatted(interp: &mut dyn Interp, this: &Value) -> PyResult<String> {
    let r = ops::call_method(interp, this, "_format", &[])?;
    ops::format(interp, &r, "")
}

fn queue_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    let this = &args.values[0];
    let f = formatted(interp, this)?;
    Ok(Value::string(format!(
        "<{} at {:#x} {f}>",
        q.cls.name,
        this.id()
    )))
}

fn queue_str(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    let f = formatted(interp, &args.values[0])?;
    Ok(Value::string(format!("<{} {f}>", q.cls.name)))
}

fn queue_get_loop(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    bind(&args, "_LoopBoundMixin._get_loop", &[], 0)?;
    Ok(q.binding.get(interp, || args.values[0].clone())?.value())
}

// ------------------------------------------------------------ attributes

fn setter_value(args: &Args<'_>, name: &str) -> PyResult<Value> {
    args.values
        .get(1)
        .cloned()
        .ok_or_else(|| type_error(format!("can't delete attribute '{name}'")))
}

fn get_maxsize(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(self_queue(&args)?.maxsize.borrow().clone())
}

fn set_maxsize(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    *q.maxsize.borrow_mut() = setter_value(&args, "_maxsize")?;
    Ok(Value::None)
}

fn get_queue(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    self_queue(&args)?.container()
}

fn set_queue(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    *q.queue.borrow_mut() = Some(setter_value(&args, "_queue")?);
    Ok(Value::None)
}

fn get_getters(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::list(self_queue(&args)?.getters.snapshot()))
}

fn get_putters(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::list(self_queue(&args)?.putters.snapshot()))
}

fn get_unfinished(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(self_queue(&args)?.unfinished.get()))
}

fn set_unfinished(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    match setter_value(&args, "_unfinished_tasks")? {
        Value::Int(n) => q.unfinished.set(n),
        Value::Bool(b) => q.unfinished.set(i64::from(b)),
        v => {
            return Err(type_error(format!(
                "_unfinished_tasks must be an int, not {}",
                v.type_name()
            )))
        }
    }
    Ok(Value::None)
}

fn get_finished(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::object(self_queue(&args)?.finished.clone()))
}

fn get_is_shutdown(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(self_queue(&args)?.shutdown.get()))
}

fn set_is_shutdown(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = self_queue(&args)?;
    let v = setter_value(&args, "_is_shutdown")?;
    q.shutdown.set(ops::truthy(interp, &v)?);
    Ok(Value::None)
}

fn get_loop_attr(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(self_queue(&args)?.binding.value())
}

// ------------------------------------------------------------ types

/// The three classes and three exceptions of asyncio.queues.
pub struct QueueTypes {
    pub queue: Rc<PyType>,
    pub lifo_queue: Rc<PyType>,
    pub priority_queue: Rc<PyType>,
    pub queue_empty: Rc<PyType>,
    pub queue_full: Rc<PyType>,
    pub queue_shut_down: Rc<PyType>,
}

/// Build and register the queue types (called while building AsyncioTypes).
pub fn make_types(
    native_type: impl Fn(&str, &str, Option<&Rc<PyType>>) -> Rc<PyType>,
    exception_type: impl Fn(&str, &str) -> Rc<PyType>,
) -> QueueTypes {
    use super::add_property;
    let m = "asyncio.queues";
    let queue = native_type("Queue", m, None);
    queue.add_static("__new__", queue_new);
    queue.add_method("__init__", queue_init);
    queue.add_method("_init", fifo_init);
    queue.add_method("_put", fifo_put);
    queue.add_method("_get", fifo_get);
    queue.add_method("qsize", queue_qsize);
    queue.add_method("empty", queue_empty);
    queue.add_method("full", queue_full);
    queue.add_method("put", queue_put);
    queue.add_method("get", queue_get);
    queue.add_method("put_nowait", queue_put_nowait);
    queue.add_method("get_nowait", queue_get_nowait);
    queue.add_method("task_done", queue_task_done);
    queue.add_method("join", queue_join);
    queue.add_method("shutdown", queue_shutdown);
    queue.add_method("_format", queue_format);
    queue.add_method("_get_loop", queue_get_loop);
    queue.add_method("__repr__", queue_repr);
    queue.add_method("__str__", queue_str);
    queue.add_classmethod(
        "__class_getitem__",
        rspy_objects::generic_alias::class_getitem,
    );
    add_property(&queue, "maxsize", get_maxsize, None);
    add_property(&queue, "_maxsize", get_maxsize, Some(set_maxsize));
    add_property(&queue, "_queue", get_queue, Some(set_queue));
    add_property(&queue, "_getters", get_getters, None);
    add_property(&queue, "_putters", get_putters, None);
    add_property(
        &queue,
        "_unfinished_tasks",
        get_unfinished,
        Some(set_unfinished),
    );
    add_property(&queue, "_finished", get_finished, None);
    add_property(
        &queue,
        "_is_shutdown",
        get_is_shutdown,
        Some(set_is_shutdown),
    );
    add_property(&queue, "_loop", get_loop_attr, None);

    let priority_queue = native_type("PriorityQueue", m, Some(&queue));
    priority_queue.add_method("_init", prio_init);
    priority_queue.add_method("_put", prio_put);
    priority_queue.add_method("_get", prio_get);

    let lifo_queue = native_type("LifoQueue", m, Some(&queue));
    lifo_queue.add_method("_init", lifo_init);
    lifo_queue.add_method("_put", lifo_put);
    lifo_queue.add_method("_get", lifo_get);

    queue.dict.set_str("__doc__", Value::str("A queue, useful for coordinating producer and consumer coroutines.\n\nIf maxsize is less than or equal to zero, the queue size is infinite. If it\nis an integer greater than 0, then \"await put()\" will block when the\nqueue reaches maxsize, until an item is removed by get()."));
    priority_queue.dict.set_str("__doc__", Value::str("A subclass of Queue; retrieves entries in priority order (lowest first).\n\nEntries are typically tuples of the form: (priority number, data)."));
    lifo_queue.dict.set_str(
        "__doc__",
        Value::str("A subclass of Queue that retrieves most recently added entries first."),
    );
    QueueTypes {
        queue,
        lifo_queue,
        priority_queue,
        queue_empty: exception_type(
            "QueueEmpty",
            "Raised when Queue.get_nowait() is called on an empty Queue.",
        ),
        queue_full: exception_type(
            "QueueFull",
            "Raised when the Queue.put_nowait() method is called on a full Queue.",
        ),
        queue_shut_down: exception_type(
            "QueueShutDown",
            "Raised when putting on to or getting from a shut-down Queue.",
        ),
    }
}

// ------------------------------------------------------------ cycle collector

impl Traverse for QueueOp {
    fn traverse(&self, t: &mut Tracer) {
        t.native(&self.q);
        if let Ok(Some(v)) = self.item.try_borrow().as_deref() {
            t.value(v);
        }
        if let Ok(WaitState::Waiting(f, _)) = self.state.try_borrow().as_deref() {
            t.native(f);
        }
    }
    fn clear(&self) {
        drop((take(&self.item), take(&self.state)));
    }
}

impl Traverse for QueueJoin {
    fn traverse(&self, t: &mut Tracer) {
        t.native(&self.q);
        if let Ok(JoinState::Waiting(v)) = self.state.try_borrow().as_deref() {
            t.value(v);
        }
    }
    fn clear(&self) {
        drop(take(&self.state));
    }
}

#[cfg(test)]
mod tests {
    //! The put/get state machines driven directly, the futures completed
    //! or cancelled in the order the event loop would.

    use super::*;
    use crate::asyncio::test_harness::{yielded, Harness};

    fn new_queue(h: &mut Harness, maxsize: i64) -> Rc<PyQueue> {
        let cls = Value::Type(asyncio_types().queues.queue.clone());
        let q = queue_new(&mut h.vm, Args::new(std::slice::from_ref(&cls))).unwrap();
        queue_init(&mut h.vm, Args::new(&[q.clone(), Value::Int(maxsize)])).unwrap();
        downcast_object::<PyQueue>(&q).unwrap()
    }

    fn op(q: &Rc<PyQueue>, item: Option<Value>) -> Value {
        Value::object(Rc::new(QueueOp {
            q: q.clone(),
            is_put: item.is_some(),
            item: RefCell::new(item),
            state: RefCell::new(WaitState::Init),
        }))
    }

    fn returned(r: PyResult<GenStep>) -> Value {
        match r {
            Ok(GenStep::Return(v)) => v,
            _ => panic!("expected the awaitable to return"),
        }
    }

    #[test]
    fn uncontended_put_and_get_return_at_the_first_step() {
        let mut h = Harness::new();
        let q = new_queue(&mut h, 2);
        assert!(returned(h.send(&op(&q, Some(Value::Int(7))))).is_none());
        assert!(q.getters.is_empty() && q.putters.is_empty());
        assert!(matches!(returned(h.send(&op(&q, None))), Value::Int(7)));
        assert_eq!(q.unfinished.get(), 1);
        assert!(!q.finished.is_set_for_test());
    }

    #[test]
    fn woken_getter_cancelled_passes_the_item_on() {
        let mut h = Harness::new();
        let q = new_queue(&mut h, 0);
        let g1 = op(&q, None);
        let f1 = yielded(h.send(&g1));
        let g2 = op(&q, None);
        let f2 = yielded(h.send(&g2));
        q.put_nowait(&mut h.vm, Value::Int(1)).unwrap();
        assert!(f1.done() && !f2.done());
        assert!(h.cancel_into(&g1).is_err());
        assert!(f2.done(), "the wake-up went to the next getter");
        assert!(matches!(returned(h.send(&g2)), Value::Int(1)));
        assert!(q.getters.is_empty());
    }

    #[test]
    fn waiting_putter_cancelled_leaves_the_queue() {
        let mut h = Harness::new();
        let q = new_queue(&mut h, 1);
        q.put_nowait(&mut h.vm, Value::Int(0)).unwrap();
        let p1 = op(&q, Some(Value::Int(1)));
        let f1 = yielded(h.send(&p1));
        assert_eq!(q.putters.len(), 1);
        assert!(h.cancel_into(&p1).is_err());
        assert!(f1.state.get() == FutState::Cancelled && q.putters.is_empty());
        // A shut-down queue refuses a blocked put at once.
        q.shutdown(&mut h.vm, false).unwrap();
        let e = h.send(&op(&q, Some(Value::Int(2)))).unwrap_err();
        assert!(e
            .class()
            .is_subtype(&asyncio_types().queues.queue_shut_down));
    }
}
