//! The await protocol for objects implemented in Rust.
//!
//! `await x` delegates to an iterator with `send`/`throw`/`close`, exactly
//! like `yield from`. A native object (a Future, what `Lock.acquire()`
//! returns, `asyncio.sleep(...)`) implements `NativeAwaitable` and is driven
//! by the eval loop directly, with no Python frame and no bound-method
//! lookups. The same trait backs the Python-visible `send`/`throw`/`close`/
//! `__next__`/`__await__` methods registered with `register_methods`.
//! CPython: the `am_await` slot and the iterator protocol of
//! Objects/genobject.c (`_PyCoro_GetAwaitableIter`, `gen_send_ex`).

use std::rc::Rc;

use crate::exceptions::{stop_iteration, type_error, PyErr};
use crate::function::Args;
use crate::generator::{GenInput, GenStep};
use crate::interp::Interp;
use crate::types::PyType;
use crate::value::{PyResult, Value};

/// A Rust object that `await` can delegate to. `this` is the object's own
/// handle, so that an awaitable can yield itself (a pending Future does).
pub trait NativeAwaitable {
    /// Resume with a value. CPython: `gen_send_ex` / `am_send`.
    fn send(&self, this: &Value, interp: &mut dyn Interp, value: Value) -> PyResult<GenStep>;

    /// Resume by raising `exc` at the suspension point. The default, for
    /// awaitables holding no resources, lets the exception through.
    fn throw(&self, _this: &Value, _interp: &mut dyn Interp, exc: PyErr) -> PyResult<GenStep> {
        Err(exc)
    }

    /// Whether asyncio counts it as a coroutine (`asyncio.iscoroutine`,
    /// `create_task`): CPython's native coroutine-like objects are
    /// registered as `collections.abc.Coroutine`.
    fn is_coroutine(&self) -> bool {
        false
    }

    /// For coroutine-like awaitables: the `__qualname__` of the coroutine
    /// function CPython would have run (`Lock.acquire`, `sleep`).
    fn qualname(&self) -> &'static str {
        ""
    }

    /// The object a suspended await waits on (a lock for `lock.acquire()`),
    /// for the deadlock report.
    fn waits_on(&self) -> Option<Value> {
        None
    }

    /// Release what the awaitable holds when the awaiting coroutine closes.
    fn close(&self, _this: &Value, _interp: &mut dyn Interp) -> PyResult<()> {
        Ok(())
    }
}

/// `async with` on a native manager without awaitable objects: the eval
/// loop asks before awaiting `__aenter__()` and `__aexit__(None, None,
/// None)`, and skips the await when the step completes at once (an
/// uncontended lock). Only exact native types whose `__aenter__`/
/// `__aexit__` are their own answer; observable behaviour is that of the
/// awaits, which would not have suspended. CPython: the fast paths of
/// Lib/asyncio/locks.py `Lock.acquire`/`Semaphore.acquire`.
pub trait NativeAsyncContext {
    /// The result of `await self.__aenter__()`, or `None` when it would
    /// suspend or is not the native one (nothing has changed then).
    fn enter_now(&self, interp: &mut dyn Interp) -> Option<PyResult<Value>>;

    /// The result of `await self.__aexit__(None, None, None)` after an
    /// `enter_now`, or `None` when `__aexit__` is no longer the native
    /// one (the general path then calls it).
    fn exit_now(&self, interp: &mut dyn Interp) -> Option<PyResult<Value>>;
}

/// The native awaitable behind a value, if it is one.
pub fn as_native_awaitable(v: &Value) -> Option<&dyn NativeAwaitable> {
    match v {
        Value::Object(o) => o.as_awaitable(),
        _ => None,
    }
}

/// One step of awaiting `v` (the iterator `await` delegates to): a
/// coroutine or generator, a native awaitable, or any object with
/// `send`/`throw`. CPython: the SEND instruction and _gen_throw's
/// delegation.
pub fn delegate(interp: &mut dyn Interp, v: &Value, input: GenInput) -> PyResult<GenStep> {
    if let Value::Generator(g) = v {
        return interp.resume_generator(g, input);
    }
    if let Some(aw) = as_native_awaitable(v) {
        return match input {
            GenInput::Send(x) => aw.send(v, interp, x),
            GenInput::Throw(e) => aw.throw(v, interp, e),
        };
    }
    let r = match input {
        GenInput::Send(x) if x.is_none() => match crate::ops::next(interp, v) {
            Ok(Some(y)) => return Ok(GenStep::Yield(y)),
            Ok(None) => return Ok(GenStep::Return(Value::None)),
            Err(e) => Err(e),
        },
        GenInput::Send(x) => crate::ops::call_method(interp, v, "send", &[x]),
        GenInput::Throw(e) => crate::ops::call_method(interp, v, "throw", &[e.value()]),
    };
    match r {
        Ok(y) => Ok(GenStep::Yield(y)),
        Err(e) if e.matches(crate::exceptions::ExcKind::StopIteration) => {
            Ok(GenStep::Return(crate::exceptions::stop_iteration_value(&e)))
        }
        Err(e) => Err(e),
    }
}

/// The exception `throw(typ[, val[, tb]])` raises. CPython: _gen_throw.
pub fn exception_from_throw_args(interp: &mut dyn Interp, a: &[Value]) -> PyResult<PyErr> {
    let Some(first) = a.first() else {
        return Err(type_error("throw expected at least 1 argument, got 0"));
    };
    match first {
        Value::Type(t) if t.is_exception_type() => {
            let inst_args: Vec<Value> = match a.get(1) {
                None | Some(Value::None) => vec![],
                Some(Value::Tuple(t)) => t.items.clone(),
                Some(v) if v.is_exception_instance() => {
                    return PyErr::from_value(v).ok_or_else(|| type_error("bad exception"));
                }
                Some(v) => vec![v.clone()],
            };
            let v = crate::ops::call0(interp, first, &inst_args)?;
            PyErr::from_value(&v)
                .ok_or_else(|| type_error("exceptions must derive from BaseException"))
        }
        v if v.is_exception_instance() => {
            if a.len() > 1 && !a[1].is_none() {
                return Err(type_error(
                    "instance exception may not have a separate value",
                ));
            }
            PyErr::from_value(v).ok_or_else(|| type_error("bad exception"))
        }
        _ => Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            first.type_name()
        ))),
    }
}

/// A `GenStep` as the iterator protocol reports it to Python.
pub fn step_to_result(step: GenStep) -> PyResult<Value> {
    match step {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(stop_iteration(v)),
    }
}

fn self_awaitable<'a>(
    args: &Args<'a>,
    what: &str,
) -> PyResult<(&'a Value, &'a dyn NativeAwaitable)> {
    let this = args
        .values
        .first()
        .ok_or_else(|| type_error(format!("{what}() needs an argument")))?;
    let aw = as_native_awaitable(this)
        .ok_or_else(|| type_error(format!("descriptor '{what}' requires an awaitable")))?;
    Ok((this, aw))
}

fn aw_send(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, aw) = self_awaitable(&args, "send")?;
    let a = args.exact("send", 2, 2)?;
    step_to_result(aw.send(this, interp, a[1].clone())?)
}

fn aw_next(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, aw) = self_awaitable(&args, "__next__")?;
    step_to_result(aw.send(this, interp, Value::None)?)
}

fn aw_throw(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, aw) = self_awaitable(&args, "throw")?;
    let a = args.exact("throw", 2, 4)?;
    let exc = exception_from_throw_args(interp, &a[1..])?;
    step_to_result(aw.throw(this, interp, exc)?)
}

fn aw_close(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, aw) = self_awaitable(&args, "close")?;
    aw.close(this, interp)?;
    Ok(Value::None)
}

fn aw_self(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, _) = self_awaitable(&args, "__await__")?;
    Ok(this.clone())
}

/// Give a native awaitable type the Python-visible iterator protocol:
/// `__await__` and `__iter__` return the object itself.
pub fn register_methods(ty: &Rc<PyType>) {
    ty.add_method("send", aw_send);
    ty.add_method("throw", aw_throw);
    ty.add_method("close", aw_close);
    ty.add_method("__next__", aw_next);
    ty.add_method("__iter__", aw_self);
    ty.add_method("__await__", aw_self);
}
