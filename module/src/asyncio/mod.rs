//! The native half of asyncio, imported as `_asyncio` by the Python
//! modules in lib/asyncio/ (as CPython's Lib/asyncio imports its C
//! accelerator Modules/_asynciomodule.c).
//!
//! Here: the event loop (events.rs), Future (futures.rs), Task and sleep
//! (tasks.rs), gather (gather.rs), the synchronization primitives
//! (locks.rs), the queues (queues.rs), their reprs (repr.rs), and asyncio's
//! exception classes. lib/asyncio/ re-exports them under CPython's module
//! names and adds what is simplest in Python (wait, shield, timeouts,
//! TaskGroup, and gather's `_GatheringFuture` class).

/// The `NativeObject` impl of a native awaitable that presents as a
/// coroutine (`lock.acquire()`, `asyncio.sleep(...)`, `queue.get()`).
macro_rules! coroutine_object {
    ($t:ty) => {
        impl rspy_objects::value::NativeObject for $t {
            fn py_type(&self) -> std::rc::Rc<rspy_objects::types::PyType> {
                $crate::asyncio::asyncio_types().coroutine.clone()
            }
            fn as_any(&self) -> &dyn std::any::Any {
                self
            }
            fn as_awaitable(&self) -> Option<&dyn rspy_objects::awaitable::NativeAwaitable> {
                Some(self)
            }
            fn gc_traverse(&self, t: &mut rspy_objects::gc::Tracer) {
                $crate::asyncio::Traverse::traverse(self, t)
            }
            fn gc_clear(&self) {
                $crate::asyncio::Traverse::clear(self)
            }
        }
    };
}

/// What the cycle collector sees of an asyncio object: the references it
/// owns, and how to drop them (see rspy_objects::gc).
pub trait Traverse {
    fn traverse(&self, t: &mut rspy_objects::gc::Tracer);
    fn clear(&self);
}

pub mod events;
pub mod futures;
pub mod gather;
pub mod locks;
pub mod queues;
pub mod repr;
pub mod tasks;
#[cfg(test)]
mod test_harness;

use std::rc::Rc;

use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::PyErr;
use rspy_objects::function::{Args, NativeFn, NativeFunction};
use rspy_objects::interp::Interp;
use rspy_objects::types::{types, Layout, PyType};
use rspy_objects::value::{PyModule, PyProperty, PyResult, Value};
use rspy_objects::ExcKind;
use rspy_vm::Vm;

/// asyncio's native types and exception classes.
pub struct AsyncioTypes {
    pub future: Rc<PyType>,
    pub task: Rc<PyType>,
    pub event_loop: Rc<PyType>,
    pub handle: Rc<PyType>,
    pub timer_handle: Rc<PyType>,
    /// The type of native awaitables that stand for CPython coroutines
    /// (`asyncio.sleep(...)`, `lock.acquire()`).
    pub coroutine: Rc<PyType>,
    pub future_iter: Rc<PyType>,
    /// What gather's native `_done_callback` is bound to.
    pub gather_state: Rc<PyType>,
    pub cancelled_error: Rc<PyType>,
    pub invalid_state_error: Rc<PyType>,
    pub broken_barrier_error: Rc<PyType>,
    pub locks: locks::LockTypes,
    pub queues: queues::QueueTypes,
}

fn native_type(name: &str, module: &str, base: Option<&Rc<PyType>>, layout: Layout) -> Rc<PyType> {
    let bases = vec![base.cloned().unwrap_or_else(|| types().object_type.clone())];
    let t = PyType::new_builtin(name, bases, layout);
    *t.module.borrow_mut() = module.to_string();
    // The C types of CPython's _asyncio are named with their module.
    if module == "_asyncio" {
        t.set_tp_name(&format!("_asyncio.{name}"));
    }
    t
}

fn exception_type(name: &str, base: &Rc<PyType>) -> Rc<PyType> {
    exception_in("asyncio.exceptions", name, base, None)
}

fn exception_in(module: &str, name: &str, base: &Rc<PyType>, doc: Option<&str>) -> Rc<PyType> {
    let dict = Rc::new(PyDict::new());
    dict.set_str("__module__", Value::str(module));
    if let Some(doc) = doc {
        dict.set_str("__doc__", Value::str(doc));
    }
    let t = PyType::new_class(name, vec![base.clone()], dict, None)
        .expect("an exception class over a built-in exception");
    *t.module.borrow_mut() = module.to_string();
    t
}

fn make_types() -> AsyncioTypes {
    let future = native_type("Future", "_asyncio", None, Layout::Native);
    futures::register(&future);
    let task = native_type("Task", "_asyncio", Some(&future), Layout::Native);
    tasks::register(&task);
    let event_loop = native_type("_NativeEventLoop", "_asyncio", None, Layout::Native);
    events::register_loop(&event_loop);
    let handle = native_type("Handle", "asyncio.events", None, Layout::Builtin);
    let timer_handle = native_type(
        "TimerHandle",
        "asyncio.events",
        Some(&handle),
        Layout::Builtin,
    );
    events::register_handles(&handle, &timer_handle);
    // Native awaitables standing for CPython coroutines present as them.
    let coroutine = native_type("coroutine", "builtins", None, Layout::Builtin);
    rspy_objects::awaitable::register_methods(&coroutine);
    add_property(&coroutine, "__name__", coroutine_name, None);
    add_property(&coroutine, "__qualname__", coroutine_qualname, None);
    coroutine.add_method("__repr__", coroutine_repr);
    let future_iter = native_type("FutureIter", "_asyncio", None, Layout::Builtin);
    rspy_objects::awaitable::register_methods(&future_iter);
    let gather_state = native_type("_GatherState", "_asyncio", None, Layout::Builtin);
    AsyncioTypes {
        future_iter,
        gather_state,
        future,
        task,
        event_loop,
        handle,
        timer_handle,
        coroutine,
        cancelled_error: exception_type("CancelledError", ExcKind::BaseException.get()),
        invalid_state_error: exception_type("InvalidStateError", ExcKind::Exception.get()),
        broken_barrier_error: exception_type("BrokenBarrierError", ExcKind::RuntimeError.get()),
        locks: locks::make_types(|name, module, base| {
            native_type(name, module, base, Layout::Native)
        }),
        queues: queues::make_types(
            |name, module, base| native_type(name, module, base, Layout::Native),
            |name, doc| exception_in("asyncio.queues", name, ExcKind::Exception.get(), Some(doc)),
        ),
    }
}

thread_local! {
    static TYPES: Rc<AsyncioTypes> = Rc::new(make_types());
}

pub fn asyncio_types() -> Rc<AsyncioTypes> {
    TYPES.with(|t| t.clone())
}

pub fn cancelled_error() -> Rc<PyType> {
    asyncio_types().cancelled_error.clone()
}

pub fn is_cancelled_error(e: &PyErr) -> bool {
    e.class().is_subtype(&cancelled_error())
}

pub fn invalid_state_error(msg: &str) -> PyErr {
    PyErr::new(&asyncio_types().invalid_state_error, vec![Value::str(msg)])
}

fn coroutine_qualname_of(args: &Args<'_>) -> &'static str {
    args.values
        .first()
        .and_then(rspy_objects::awaitable::as_native_awaitable)
        .map_or("", |a| a.qualname())
}

fn coroutine_qualname(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::str(coroutine_qualname_of(&args)))
}

fn coroutine_name(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = coroutine_qualname_of(&args);
    Ok(Value::str(q.rsplit('.').next().unwrap_or(q)))
}

fn coroutine_repr(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let q = coroutine_qualname_of(&args);
    let id = args.values.first().map_or(0, |v| v.id());
    Ok(Value::string(format!("<coroutine object {q} at {id:#x}>")))
}

/// Queue the "coroutine '...' was never awaited" warning for a native
/// coroutine-like awaitable dropped before its first step.
pub fn warn_never_awaited(qualname: &str) {
    rspy_objects::generator::note_unawaited(format!("coroutine '{qualname}' was never awaited"));
}

/// A read-only (or read-write) attribute backed by natives.
pub fn add_property(ty: &Rc<PyType>, name: &'static str, get: NativeFn, set: Option<NativeFn>) {
    let fget = Value::Native(Rc::new(NativeFunction::function(name, get)));
    let fset = set.map_or(Value::None, |s| {
        Value::Native(Rc::new(NativeFunction::function(name, s)))
    });
    ty.dict.set_str(
        name,
        Value::Property(Rc::new(PyProperty::new(
            fget,
            fset,
            Value::None,
            Value::None,
        ))),
    );
}

/// A traceback as the interpreter prints it.
pub fn format_exception(interp: &mut dyn Interp, e: &PyErr) -> String {
    match interp.as_any().downcast_mut::<Vm>() {
        Some(vm) => rspy_vm::traceback::format_exception(vm, e),
        None => String::new(),
    }
}

pub fn write_stderr(s: &str) {
    crate::builtins::flush_stdout();
    eprint!("{s}");
}

/// `_asyncio._wrap_awaitable`, defined in lib/asyncio/tasks.py.
pub fn wrap_awaitable_fn(interp: &mut dyn Interp) -> PyResult<Value> {
    let Some(vm) = interp.as_any().downcast_mut::<Vm>() else {
        return Err(ExcKind::RuntimeError.new_err("no interpreter"));
    };
    let m = vm.import_module("asyncio.tasks")?;
    rspy_objects::ops::getattr(vm, &m, "_wrap_awaitable")
}

fn native(name: &'static str, f: NativeFn) -> Value {
    let mut n = NativeFunction::function(name, f);
    n.module = Some("_asyncio");
    Value::Native(Rc::new(n))
}

fn ensure_future_native(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.only_kwargs("ensure_future", &["loop"])?;
    let pos = args.check_count("ensure_future", 1, 1)?;
    let lp =
        match args.kw("loop") {
            None | Some(Value::None) => None,
            Some(v) => Some(events::loop_of(v).ok_or_else(|| {
                rspy_objects::exceptions::type_error("loop must be an event loop")
            })?),
        };
    tasks::ensure_future(interp, &pos[0], lp.as_ref())
}

fn iscoroutine_native(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("iscoroutine", 1, 1)?;
    Ok(Value::Bool(tasks::is_coroutine(&a[0])))
}

fn isfuture_native(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("isfuture", 1, 1)?;
    Ok(Value::Bool(futures::isfuture(interp, &a[0])?))
}

/// `import _asyncio`.
pub fn init(_: &mut Vm) -> PyResult<Rc<PyModule>> {
    let t = asyncio_types();
    let d = Rc::new(PyDict::new());
    d.set_str("__name__", Value::str("_asyncio"));
    d.set_str("Future", Value::Type(t.future.clone()));
    d.set_str("Task", Value::Type(t.task.clone()));
    d.set_str("_NativeEventLoop", Value::Type(t.event_loop.clone()));
    d.set_str("Handle", Value::Type(t.handle.clone()));
    d.set_str("TimerHandle", Value::Type(t.timer_handle.clone()));
    d.set_str("CancelledError", Value::Type(t.cancelled_error.clone()));
    d.set_str(
        "InvalidStateError",
        Value::Type(t.invalid_state_error.clone()),
    );
    d.set_str(
        "BrokenBarrierError",
        Value::Type(t.broken_barrier_error.clone()),
    );
    let l = &t.locks;
    for (name, ty) in [
        ("Lock", &l.lock),
        ("Event", &l.event),
        ("Condition", &l.condition),
        ("Semaphore", &l.semaphore),
        ("BoundedSemaphore", &l.bounded_semaphore),
        ("Barrier", &l.barrier),
    ] {
        d.set_str(name, Value::Type(ty.clone()));
    }
    let q = &t.queues;
    for (name, ty) in [
        ("Queue", &q.queue),
        ("LifoQueue", &q.lifo_queue),
        ("PriorityQueue", &q.priority_queue),
        ("QueueEmpty", &q.queue_empty),
        ("QueueFull", &q.queue_full),
        ("QueueShutDown", &q.queue_shut_down),
    ] {
        d.set_str(name, Value::Type(ty.clone()));
    }
    let fns: [(&'static str, NativeFn); 14] = [
        ("gather", gather::gather),
        (
            "_register_gathering_future",
            gather::register_gathering_future,
        ),
        ("get_running_loop", events::get_running_loop_native),
        ("_get_running_loop", events::private_get_running_loop),
        ("get_event_loop", events::get_event_loop_native),
        ("set_event_loop", events::set_event_loop_native),
        ("sleep", tasks::sleep),
        ("current_task", tasks::current_task),
        ("all_tasks", tasks::all_tasks),
        ("ensure_future", ensure_future_native),
        ("iscoroutine", iscoroutine_native),
        ("isfuture", isfuture_native),
        ("_run_finalizers", events::run_finalizers_native),
        ("_take_asyncgens", events::take_asyncgens_native),
    ];
    for (name, f) in fns {
        d.set_str(name, native(name, f));
    }
    // asyncio.gather presents as a function of asyncio.tasks, as in CPython.
    let mut g = NativeFunction::function("gather", gather::gather);
    g.module = Some("asyncio.tasks");
    d.set_str("gather", Value::Native(Rc::new(g)));
    Ok(Rc::new(PyModule::new("_asyncio".to_string(), d)))
}
