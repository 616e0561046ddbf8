//! Generator, coroutine and async-generator objects.
//!
//! Each owns its suspended frame; resuming hands the frame to the eval loop
//! and takes it back at the next `yield`. CPython: Objects/genobject.c.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::exceptions::PyErr;
use crate::frame::Frame;
use crate::types::{types, PyType};
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct PyGenerator {
    pub kind: GenKind,
    /// The exception being handled inside the generator while it is
    /// suspended, and the caller's while it runs: swapped with the
    /// interpreter's on every resume and suspend. CPython: gi_exc_state.
    pub exc_state: Cell<Value>,
    /// While running: the generator had no handled exception of its own
    /// when resumed, so the caller's is the visible one.
    pub exc_inherited: Cell<bool>,
    pub frame: RefCell<Option<Box<Frame>>>,
    pub state: Cell<GenState>,
    /// An async generator's `asend`/`athrow` is in progress. CPython:
    /// ag_running_async.
    pub async_running: Cell<bool>,
    /// An async generator was closed (aclose, or it finished). CPython:
    /// ag_closed.
    pub async_closed: Cell<bool>,
    /// The body's code, kept after the frame is gone. CPython: gi_code.
    pub code: Rc<crate::code::Code>,
    /// What few generators have, allocated when first set.
    pub rare: std::cell::OnceCell<Box<GenRare>>,
    /// The async generator hooks were consulted. CPython: ag_hooks_inited.
    pub hooks_inited: Cell<bool>,
}

/// The rarely set parts of a generator.
#[derive(Default)]
pub struct GenRare {
    /// Where a coroutine was created, when origin tracking is on: a tuple
    /// of `(filename, lineno, name)`, innermost first. CPython: cr_origin.
    pub origin: RefCell<Option<Value>>,
    /// An async generator's finalizer hook, taken at its first iteration
    /// (`sys.set_asyncgen_hooks`). CPython: ag_origin_or_finalizer.
    pub finalizer: RefCell<Option<Value>>,
}

/// What a resumption sends in.
pub enum GenInput {
    Send(Value),
    Throw(PyErr),
}

/// What a resumption produced (an exception is the `Err` of the result).
#[derive(Debug)]
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

thread_local! {
    /// `sys.set_asyncgen_hooks(firstiter, finalizer)`.
    static ASYNCGEN_HOOKS: RefCell<(Value, Value)> = const { RefCell::new((Value::None, Value::None)) };
}

thread_local! {
    /// `sys.set_coroutine_origin_tracking_depth`.
    static ORIGIN_DEPTH: Cell<usize> = const { Cell::new(0) };
}

pub fn coroutine_origin_tracking_depth() -> usize {
    ORIGIN_DEPTH.with(|d| d.get())
}

pub fn set_coroutine_origin_tracking_depth(depth: usize) {
    ORIGIN_DEPTH.with(|d| d.set(depth));
}

/// The async generator hooks: `(firstiter, finalizer)`.
pub fn asyncgen_hooks() -> (Value, Value) {
    ASYNCGEN_HOOKS.with(|h| h.borrow().clone())
}

pub fn set_asyncgen_hooks(firstiter: Value, finalizer: Value) {
    ASYNCGEN_HOOKS.with(|h| *h.borrow_mut() = (firstiter, finalizer));
}

/// Record a coroutine dropped before it started (a native one too, like
/// `asyncio.sleep()`): the RuntimeWarning's text, for the interpreter.
pub fn note_unawaited(message: String) {
    crate::finalize::defer(crate::finalize::Finalizer::Unawaited(message));
}

impl Drop for PyGenerator {
    /// A suspended generator with active `try`/`with` blocks must run its
    /// cleanup: its frame moves to a new object queued for `close()`.
    fn drop(&mut self) {
        if self.kind == GenKind::Coroutine && self.state.get() == GenState::Created {
            note_unawaited(format!("coroutine '{}' was never awaited", self.qualname()));
            return;
        }
        if self.state.get() != GenState::Suspended {
            return;
        }
        let finalizer = self
            .rare
            .get_mut()
            .and_then(|r| r.finalizer.get_mut().take());
        let Some(frame) = self.frame.get_mut().take() else {
            return;
        };
        if frame.blocks.is_empty() && finalizer.is_none() {
            return;
        }
        let g = PyGenerator {
            kind: self.kind,
            exc_state: Cell::new(Value::None),
            exc_inherited: Cell::new(false),
            frame: RefCell::new(Some(frame)),
            state: Cell::new(GenState::Suspended),
            async_running: Cell::new(false),
            async_closed: Cell::new(false),
            code: self.code.clone(),
            rare: std::cell::OnceCell::new(),
            hooks_inited: Cell::new(true),
        };
        let g = Rc::new(g);
        use crate::finalize::{defer, Finalizer};
        match finalizer {
            // An async generator with a finalizer hook is handed to it (the
            // event loop schedules its aclose()). CPython: _PyGen_Finalize.
            Some(f) if !self.async_closed.get() => defer(Finalizer::AsyncGenHook(g, f)),
            _ => defer(Finalizer::Close(g)),
        }
    }
}

impl PyGenerator {
    pub fn new(kind: GenKind, frame: Box<Frame>) -> PyGenerator {
        let code = frame.code.clone();
        PyGenerator {
            kind,
            exc_state: Cell::new(Value::None),
            exc_inherited: Cell::new(false),
            frame: RefCell::new(Some(frame)),
            state: Cell::new(GenState::Created),
            async_running: Cell::new(false),
            async_closed: Cell::new(false),
            code,
            rare: std::cell::OnceCell::new(),
            hooks_inited: Cell::new(false),
        }
    }

    pub fn py_type(&self) -> Rc<PyType> {
        let t = types();
        match self.kind {
            GenKind::Generator => t.generator_type.clone(),
            GenKind::Coroutine => t.coroutine_type.clone(),
            GenKind::AsyncGenerator => t.async_generator_type.clone(),
        }
    }

    /// `__name__`: the code object's (never reassigned, so not copied
    /// into every generator).
    pub fn name(&self) -> &str {
        self.code.name.as_str()
    }

    /// `__qualname__`, like `name`.
    pub fn qualname(&self) -> &str {
        self.code.qualname.as_str()
    }

    /// Mutable access to the rarely set parts, allocating them.
    pub fn rare(&self) -> &GenRare {
        self.rare.get_or_init(Box::default)
    }

    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}

// ------------------------------------------------------------- natives

use crate::exceptions::{runtime_error, stop_iteration, type_error, ExcKind};
use crate::function::Args;
use crate::interp::Interp;
use crate::value::PyResult;

fn self_gen(args: &Args<'_>) -> PyResult<Rc<PyGenerator>> {
    match args.values.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(type_error("descriptor requires a 'generator' object")),
    }
}

/// `gen.send(value)`. CPython: gen_send.
fn gen_send(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(&args)?;
    let a = args.exact("send", 2, 2)?;
    match interp.resume_generator(&g, GenInput::Send(a[1].clone()))? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(stop_iteration(v)),
    }
}

/// `gen.__next__()`. CPython: gen_iternext.
fn gen_next(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(&args)?;
    match interp.resume_generator(&g, GenInput::Send(Value::None))? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(stop_iteration(v)),
    }
}

fn gen_iter(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Generator(self_gen(&args)?))
}

/// `gen.throw(exc)` / `gen.throw(type[, value])`. CPython: gen_throw.
fn gen_throw(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(&args)?;
    let a = args.exact("throw", 2, 4)?;
    let exc = crate::awaitable::exception_from_throw_args(interp, &a[1..])?;
    throw_err(interp, &g, exc)
}

fn throw_err(interp: &mut dyn Interp, g: &Rc<PyGenerator>, e: PyErr) -> PyResult<Value> {
    match interp.resume_generator(g, GenInput::Throw(e))? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(stop_iteration(v)),
    }
}

/// `gen.close()`: the value the generator returned on GeneratorExit, if
/// any. CPython: gen_close.
pub fn close(interp: &mut dyn Interp, g: &Rc<PyGenerator>) -> PyResult<Value> {
    match g.state.get() {
        GenState::Created => {
            g.state.set(GenState::Finished);
            g.frame.borrow_mut().take();
            return Ok(Value::None);
        }
        GenState::Finished => return Ok(Value::None),
        _ => {}
    }
    let exit = PyErr::new(ExcKind::GeneratorExit.get(), vec![]);
    match interp.resume_generator(g, GenInput::Throw(exit)) {
        Ok(GenStep::Yield(_)) => Err(runtime_error(format!(
            "{} ignored GeneratorExit",
            g.kind_name()
        ))),
        Ok(GenStep::Return(v)) => Ok(v),
        Err(e) if e.matches(ExcKind::GeneratorExit) || e.matches(ExcKind::StopIteration) => {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

fn gen_close(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(&args)?;
    close(interp, &g)
}

/// Register the natives of generator and coroutine objects.
pub fn register() {
    let t = types();
    for ty in [&t.generator_type, &t.coroutine_type] {
        ty.add_method("send", gen_send);
        ty.add_method("throw", gen_throw);
        ty.add_method("close", gen_close);
    }
    t.generator_type.add_method("__next__", gen_next);
    t.generator_type.add_method("__iter__", gen_iter);
    t.coroutine_type.add_method("__await__", coro_await);
}

/// What `coroutine.__await__()` returns: an iterator over the coroutine,
/// for `yield from` in generator-based awaitables. CPython:
/// Objects/genobject.c coro_wrapper.
pub struct CoroWrapper {
    coro: Rc<PyGenerator>,
}

thread_local! {
    static CORO_WRAPPER_TYPE: Rc<PyType> = {
        let t = PyType::new_builtin(
            "coroutine_wrapper",
            vec![types().object_type.clone()],
            crate::types::Layout::Builtin,
        );
        crate::awaitable::register_methods(&t);
        t
    };
}

impl crate::value::NativeObject for CoroWrapper {
    fn py_type(&self) -> Rc<PyType> {
        CORO_WRAPPER_TYPE.with(|t| t.clone())
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_awaitable(&self) -> Option<&dyn crate::awaitable::NativeAwaitable> {
        Some(self)
    }
}

impl crate::awaitable::NativeAwaitable for CoroWrapper {
    fn send(&self, _: &Value, interp: &mut dyn Interp, value: Value) -> PyResult<GenStep> {
        interp.resume_generator(&self.coro, GenInput::Send(value))
    }
    fn throw(&self, _: &Value, interp: &mut dyn Interp, exc: PyErr) -> PyResult<GenStep> {
        interp.resume_generator(&self.coro, GenInput::Throw(exc))
    }
    fn close(&self, _: &Value, interp: &mut dyn Interp) -> PyResult<()> {
        close(interp, &self.coro).map(|_| ())
    }
}

/// `coroutine.__await__()`. CPython: coro_await.
fn coro_await(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let coro = self_gen(&args)?;
    Ok(Value::object(Rc::new(CoroWrapper { coro })))
}

/// What `gi_frame`/`cr_frame` show of a live generator's frame: its code
/// and current line; `sys._getframe()` adds what a running frame holds.
/// CPython: frame objects (f_code, f_lineno, f_globals, f_locals, f_back).
pub struct FrameView {
    pub code: Rc<crate::code::Code>,
    pub line: u32,
    pub live: Option<LiveFrame>,
}

/// The namespaces and caller of a frame seen while it runs.
pub struct LiveFrame {
    pub globals: Rc<crate::dict::PyDict>,
    pub builtins: Rc<crate::dict::PyDict>,
    /// The locals dict (module and class bodies) or a snapshot of a
    /// function's fast locals, taken when the view was made.
    pub locals: Value,
    /// The caller's frame view, or None.
    pub back: Value,
}

thread_local! {
    static FRAME_TYPE: Rc<PyType> = {
        let t = PyType::new_builtin(
            "frame",
            vec![types().object_type.clone()],
            crate::types::Layout::Builtin,
        );
        t.add_method("__getattr__", frame_view_getattr);
        t
    };
}

impl crate::value::NativeObject for FrameView {
    fn py_type(&self) -> Rc<PyType> {
        FRAME_TYPE.with(|t| t.clone())
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn frame_view_getattr(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__getattr__", 2, 2)?;
    let Value::Object(o) = &a[0] else {
        return Err(type_error("expected a frame"));
    };
    let Some(f) = o.as_any().downcast_ref::<FrameView>() else {
        return Err(type_error("expected a frame"));
    };
    match (a[1].as_str(), &f.live) {
        (Some("f_lineno"), _) => Ok(Value::Int(f.line as i64)),
        (Some("f_code"), _) => Ok(Value::Code(f.code.clone())),
        (Some("f_globals"), Some(l)) => Ok(Value::Dict(l.globals.clone())),
        (Some("f_builtins"), Some(l)) => Ok(Value::Dict(l.builtins.clone())),
        (Some("f_locals"), Some(l)) => Ok(l.locals.clone()),
        (Some("f_back"), Some(l)) => Ok(l.back.clone()),
        (Some(name @ ("f_locals" | "f_globals" | "f_back" | "f_builtins" | "f_lasti")), _) => {
            Err(crate::exceptions::not_implemented(format!("frame.{name}")))
        }
        _ => Err(crate::exceptions::ExcKind::AttributeError.new_err(format!(
            "'frame' object has no attribute '{}'",
            a[1].as_str().unwrap_or("?")
        ))),
    }
}

impl PyGenerator {
    /// `gi_frame`: None once finished. CPython: _gen_getframe.
    pub fn frame_view(&self) -> Value {
        if self.state.get() == GenState::Finished {
            return Value::None;
        }
        let line = self
            .frame
            .borrow()
            .as_ref()
            .map_or(self.code.firstlineno, |f| f.current_line());
        Value::object(Rc::new(FrameView {
            code: self.code.clone(),
            line,
            live: None,
        }))
    }

    /// `gi_yieldfrom`/`cr_await`: what a suspended generator delegates to.
    pub fn delegate(&self) -> Value {
        if self.state.get() != GenState::Suspended {
            return Value::None;
        }
        self.frame
            .borrow()
            .as_ref()
            .and_then(|f| f.delegate())
            .unwrap_or(Value::None)
    }
}
