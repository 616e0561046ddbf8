//! Async generator objects: `__anext__`/`asend`/`athrow`/`aclose` and the
//! awaitables they return.
//!
//! An async generator is a `PyGenerator` of kind `AsyncGenerator`. Its own
//! `yield`s are wrapped (`AsyncGenWrapped`) so that the awaitable driving it
//! can tell a value the generator produced (which ends the `await` of
//! `asend`) from a value an inner `await` passes up to the event loop.
//! CPython: Objects/genobject.c (async_gen_*, async_gen_asend_*,
//! async_gen_athrow_*).

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::awaitable::{self, NativeAwaitable};
use crate::exceptions::{runtime_error, type_error, ExcKind, PyErr};
use crate::function::Args;
use crate::generator::{GenInput, GenState, GenStep, PyGenerator};
use crate::interp::Interp;
use crate::types::{types, Layout, PyType};
use crate::value::{NativeObject, PyResult, Value};

/// A value yielded by an async generator on its way to `asend`.
/// CPython: _PyAsyncGenWrappedValue.
pub struct AsyncGenWrapped(pub Value);

/// Where an `asend`/`athrow` awaitable is. CPython: AwaitableState.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AwaitState {
    Init,
    Iter,
    Closed,
}

/// What `agen.asend(v)` and `agen.__anext__()` return.
pub struct AsyncGenASend {
    gen: Rc<PyGenerator>,
    /// Explicit `asend()` warns when never awaited; `__anext__()` does not.
    explicit: bool,
    value: RefCell<Value>,
    state: Cell<AwaitState>,
}

/// What `agen.athrow(...)` and `agen.aclose()` (no exception) return.
pub struct AsyncGenAThrow {
    gen: Rc<PyGenerator>,
    /// The exception to throw; `None` for `aclose()`.
    exc: RefCell<Option<PyErr>>,
    is_close: bool,
    state: Cell<AwaitState>,
}

fn native_type(name: &str, awaitable: bool) -> Rc<PyType> {
    let t = PyType::new_builtin(name, vec![types().object_type.clone()], Layout::Builtin);
    if awaitable {
        awaitable::register_methods(&t);
    }
    t
}

thread_local! {
    static WRAPPED_TYPE: Rc<PyType> = native_type("async_generator_wrapped_value", false);
    static ASEND_TYPE: Rc<PyType> = native_type("async_generator_asend", true);
    static ATHROW_TYPE: Rc<PyType> = native_type("async_generator_athrow", true);
}

impl NativeObject for AsyncGenWrapped {
    fn py_type(&self) -> Rc<PyType> {
        WRAPPED_TYPE.with(|t| t.clone())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl NativeObject for AsyncGenASend {
    fn py_type(&self) -> Rc<PyType> {
        ASEND_TYPE.with(|t| t.clone())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_awaitable(&self) -> Option<&dyn NativeAwaitable> {
        Some(self)
    }
}

impl NativeObject for AsyncGenAThrow {
    fn py_type(&self) -> Rc<PyType> {
        ATHROW_TYPE.with(|t| t.clone())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_awaitable(&self) -> Option<&dyn NativeAwaitable> {
        Some(self)
    }
}

/// Wrap a value an async generator yields. CPython: ASYNC_GEN_WRAP.
pub fn wrap(v: Value) -> Value {
    Value::object(Rc::new(AsyncGenWrapped(v)))
}

fn wrapped_inner(v: &Value) -> Option<Value> {
    match v {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<AsyncGenWrapped>()
            .map(|w| w.0.clone()),
        _ => None,
    }
}

/// Resume the generator; its return becomes StopAsyncIteration.
fn resume(interp: &mut dyn Interp, gen: &Rc<PyGenerator>, input: GenInput) -> PyResult<GenStep> {
    match interp.resume_generator(gen, input)? {
        GenStep::Return(_) => Err(PyErr::new(ExcKind::StopAsyncIteration.get(), vec![])),
        step => Ok(step),
    }
}

/// A wrapped yield ends the `await` with its value; anything else passes
/// through to the event loop. CPython: async_gen_unwrap_value.
fn unwrap_value(gen: &PyGenerator, r: PyResult<GenStep>) -> PyResult<GenStep> {
    match r {
        Err(e) => {
            if e.matches(ExcKind::StopAsyncIteration) || e.matches(ExcKind::GeneratorExit) {
                gen.async_closed.set(true);
            }
            gen.async_running.set(false);
            Err(e)
        }
        Ok(GenStep::Yield(v)) => match wrapped_inner(&v) {
            Some(inner) => {
                gen.async_running.set(false);
                Ok(GenStep::Return(inner))
            }
            None => Ok(GenStep::Yield(v)),
        },
        Ok(step) => Ok(step),
    }
}

const ASEND_REUSED: &str = "cannot reuse already awaited __anext__()/asend()";
const ATHROW_REUSED: &str = "cannot reuse already awaited aclose()/athrow()";

impl AsyncGenASend {
    /// Leave INIT, refusing when another `asend` is running.
    fn start(&self) -> PyResult<()> {
        match self.state.get() {
            AwaitState::Closed => Err(runtime_error(ASEND_REUSED)),
            AwaitState::Init if self.gen.async_running.get() => {
                self.state.set(AwaitState::Closed);
                Err(runtime_error(
                    "anext(): asynchronous generator is already running",
                ))
            }
            _ => Ok(()),
        }
    }

    fn finish(&self, r: PyResult<GenStep>) -> PyResult<GenStep> {
        if !matches!(r, Ok(GenStep::Yield(_))) {
            self.state.set(AwaitState::Closed);
        }
        r
    }
}

/// "coroutine method 'aclose' of 'g' was never awaited".
/// CPython: _PyErr_WarnUnawaitedAgenMethod.
fn warn_unawaited_method(gen: &PyGenerator, method: &str) {
    crate::generator::note_unawaited(format!(
        "coroutine method '{method}' of '{}' was never awaited",
        gen.qualname()
    ));
}

impl Drop for AsyncGenASend {
    fn drop(&mut self) {
        if self.explicit && self.state.get() == AwaitState::Init {
            warn_unawaited_method(&self.gen, "asend");
        }
    }
}

impl Drop for AsyncGenAThrow {
    fn drop(&mut self) {
        if self.state.get() == AwaitState::Init {
            warn_unawaited_method(&self.gen, if self.is_close { "aclose" } else { "athrow" });
        }
    }
}

impl NativeAwaitable for AsyncGenASend {
    fn is_coroutine(&self) -> bool {
        true
    }

    // CPython: async_gen_asend_send
    fn send(&self, _: &Value, interp: &mut dyn Interp, value: Value) -> PyResult<GenStep> {
        self.start()?;
        let mut value = value;
        if self.state.get() == AwaitState::Init {
            if value.is_none() {
                value = self.value.replace(Value::None);
            }
            self.state.set(AwaitState::Iter);
        }
        self.gen.async_running.set(true);
        let r = resume(interp, &self.gen, GenInput::Send(value));
        self.finish(unwrap_value(&self.gen, r))
    }

    // CPython: async_gen_asend_throw
    fn throw(&self, _: &Value, interp: &mut dyn Interp, exc: PyErr) -> PyResult<GenStep> {
        self.start()?;
        self.state.set(AwaitState::Iter);
        let r = resume(interp, &self.gen, GenInput::Throw(exc));
        let r = unwrap_value(&self.gen, r);
        if r.is_err() {
            self.gen.async_running.set(false);
        }
        self.finish(r)
    }

    // CPython: async_gen_asend_close
    fn close(&self, _: &Value, _: &mut dyn Interp) -> PyResult<()> {
        self.state.set(AwaitState::Closed);
        Ok(())
    }
}

impl AsyncGenAThrow {
    fn ignored_exit(&self) -> PyErr {
        self.gen.async_running.set(false);
        self.state.set(AwaitState::Closed);
        runtime_error("async generator ignored GeneratorExit")
    }

    /// The end of an `athrow`/`aclose` by exception. CPython:
    /// async_gen_athrow_send's check_error.
    fn check_error(&self, e: PyErr) -> PyResult<GenStep> {
        self.gen.async_running.set(false);
        self.state.set(AwaitState::Closed);
        if self.is_close
            && (e.matches(ExcKind::StopAsyncIteration) || e.matches(ExcKind::GeneratorExit))
        {
            return Ok(GenStep::Return(Value::None));
        }
        Err(e)
    }

    /// `aclose()` treats a produced value as a refusal to close.
    fn after_resume(&self, r: PyResult<GenStep>) -> PyResult<GenStep> {
        if self.is_close {
            return match r {
                Ok(GenStep::Yield(v)) if wrapped_inner(&v).is_some() => Err(self.ignored_exit()),
                Ok(step) => Ok(step),
                Err(e) => self.check_error(e),
            };
        }
        match unwrap_value(&self.gen, r) {
            Err(e) => self.check_error(e),
            Ok(step) => Ok(step),
        }
    }
}

impl NativeAwaitable for AsyncGenAThrow {
    fn is_coroutine(&self) -> bool {
        true
    }

    // CPython: async_gen_athrow_send
    fn send(&self, _: &Value, interp: &mut dyn Interp, value: Value) -> PyResult<GenStep> {
        if self.state.get() == AwaitState::Closed {
            return Err(runtime_error(ATHROW_REUSED));
        }
        if self.gen.state.get() == GenState::Finished {
            self.state.set(AwaitState::Closed);
            return Ok(GenStep::Return(Value::None));
        }
        if self.state.get() == AwaitState::Iter {
            let r = resume(interp, &self.gen, GenInput::Send(value));
            return self.after_resume(r);
        }
        if self.gen.async_running.get() {
            self.state.set(AwaitState::Closed);
            return Err(runtime_error(if self.is_close {
                "aclose(): asynchronous generator is already running"
            } else {
                "athrow(): asynchronous generator is already running"
            }));
        }
        if self.gen.async_closed.get() {
            self.state.set(AwaitState::Closed);
            return Err(PyErr::new(ExcKind::StopAsyncIteration.get(), vec![]));
        }
        if !value.is_none() {
            return Err(runtime_error(
                "can't send non-None value to a just-started coroutine",
            ));
        }
        self.state.set(AwaitState::Iter);
        self.gen.async_running.set(true);
        let exc = match self.exc.borrow_mut().take() {
            Some(e) => e,
            None => {
                self.gen.async_closed.set(true);
                PyErr::new(ExcKind::GeneratorExit.get(), vec![])
            }
        };
        let r = resume(interp, &self.gen, GenInput::Throw(exc));
        self.after_resume(r)
    }

    // CPython: async_gen_athrow_throw
    fn throw(&self, _: &Value, interp: &mut dyn Interp, exc: PyErr) -> PyResult<GenStep> {
        if self.state.get() == AwaitState::Closed {
            return Err(runtime_error(ATHROW_REUSED));
        }
        let r = resume(interp, &self.gen, GenInput::Throw(exc));
        self.after_resume(r)
    }

    // CPython: async_gen_athrow_close
    fn close(&self, _: &Value, _: &mut dyn Interp) -> PyResult<()> {
        self.state.set(AwaitState::Closed);
        Ok(())
    }
}

// ------------------------------------------------------------- natives

fn self_agen(args: &Args<'_>) -> PyResult<Rc<PyGenerator>> {
    match args.values.first() {
        Some(Value::Generator(g)) if g.kind == crate::generator::GenKind::AsyncGenerator => {
            Ok(g.clone())
        }
        _ => Err(type_error(
            "descriptor requires an 'async_generator' object",
        )),
    }
}

fn asend_of(gen: Rc<PyGenerator>, value: Value, explicit: bool) -> Value {
    Value::object(Rc::new(AsyncGenASend {
        gen,
        explicit,
        value: RefCell::new(value),
        state: Cell::new(AwaitState::Init),
    }))
}

fn athrow_of(gen: Rc<PyGenerator>, exc: Option<PyErr>) -> Value {
    Value::object(Rc::new(AsyncGenAThrow {
        gen,
        is_close: exc.is_none(),
        exc: RefCell::new(exc),
        state: Cell::new(AwaitState::Init),
    }))
}

/// At an async generator's first iteration: remember the finalizer hook
/// and call the firstiter hook. CPython: async_gen_init_hooks.
fn init_hooks(interp: &mut dyn Interp, g: &Rc<PyGenerator>) -> PyResult<()> {
    if g.hooks_inited.replace(true) {
        return Ok(());
    }
    let (firstiter, finalizer) = crate::generator::asyncgen_hooks();
    if !finalizer.is_none() {
        *g.rare().finalizer.borrow_mut() = Some(finalizer);
    }
    if !firstiter.is_none() {
        crate::ops::call0(interp, &firstiter, &[Value::Generator(g.clone())])?;
    }
    Ok(())
}

/// `agen.__anext__()`. CPython: async_gen_anext.
fn agen_anext(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let g = self_agen(&args)?;
    init_hooks(interp, &g)?;
    args.exact("__anext__", 1, 1)?;
    Ok(asend_of(g, Value::None, false))
}

/// `agen.asend(value)`. CPython: async_gen_asend.
fn agen_asend(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let g = self_agen(&args)?;
    init_hooks(interp, &g)?;
    let a = args.exact("asend", 2, 2)?;
    Ok(asend_of(g, a[1].clone(), true))
}

/// `agen.athrow(exc)`. CPython: async_gen_athrow.
fn agen_athrow(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let g = self_agen(&args)?;
    init_hooks(interp, &g)?;
    let a = args.exact("athrow", 2, 4)?;
    let exc = awaitable::exception_from_throw_args(interp, &a[1..])?;
    Ok(athrow_of(g, Some(exc)))
}

/// `agen.aclose()`. CPython: async_gen_aclose.
fn agen_aclose(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let g = self_agen(&args)?;
    init_hooks(interp, &g)?;
    args.exact("aclose", 1, 1)?;
    Ok(athrow_of(g, None))
}

fn agen_aiter(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Generator(self_agen(&args)?))
}

/// Register the natives of async generator objects.
pub fn register() {
    let t = &types().async_generator_type;
    t.add_method("__aiter__", agen_aiter);
    t.add_method("__anext__", agen_anext);
    t.add_method("asend", agen_asend);
    t.add_method("athrow", agen_athrow);
    t.add_method("aclose", agen_aclose);
}
