//! The interpreter state and the call protocol for Python functions:
//! argument binding, frame creation, generator resumption, and the
//! `Interp` implementation the object model calls back through.
//! CPython: Python/ceval.c (_PyEval_Vector, initialize_locals),
//! Objects/genobject.c (gen_send_ex2, gen_throw, gen_close).

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use rspy_objects::code::{
    Code, Instr, CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS,
};
use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{runtime_error, type_error, value_error, ExcKind, PyErr};
use rspy_objects::frame::Frame;
use rspy_objects::function::{Args, PyFunction};
use rspy_objects::generator::{GenInput, GenKind, GenState, GenStep, PyGenerator};
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::value::{PyCell, PyModule, PyResult, PyStr, Value};

/// Makes a native module on first import.
pub type ModuleInit = fn(&mut Vm) -> PyResult<Rc<PyModule>>;

/// How a frame's run ended.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// A SIGINT arrived and is not yet raised: set by the signal handler the
/// CLI installs, taken at the eval loop's backward jumps and by sleeps.
/// CPython: the `is_tripped` flag of Modules/signalmodule.c.
static INTERRUPT_PENDING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Record a SIGINT (async-signal-safe: one atomic store).
pub fn request_interrupt() {
    INTERRUPT_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Whether a SIGINT is waiting for `Vm::handle_interrupt` (a cheap test).
#[inline]
pub fn interrupt_pending() -> bool {
    INTERRUPT_PENDING.load(std::sync::atomic::Ordering::Relaxed)
}

/// `-X instruction_budget=N`: how many jumps and calls a program may make
/// before rspy stops it (for fuzzing: a deterministic bound on endless
/// loops). `u64::MAX`: no bound.
static INSTRUCTION_BUDGET: std::sync::atomic::AtomicU64 =
    std::sync::atomic::AtomicU64::new(u64::MAX);

/// Exit status when the budget runs out (as `timeout(1)`'s).
pub const BUDGET_EXHAUSTED_STATUS: i32 = 124;

pub fn set_instruction_budget(n: u64) {
    INSTRUCTION_BUDGET.store(n.max(1), std::sync::atomic::Ordering::Relaxed);
}

thread_local! {
    /// The Python-level SIGINT handler (`signal.signal(SIGINT, f)`);
    /// `Null` is `signal.default_int_handler`, which raises
    /// KeyboardInterrupt. CPython: Handlers[SIGINT].func.
    static SIGINT_HANDLER: RefCell<Value> = const { RefCell::new(Value::Null) };
}

/// The SIGINT handler (`Null`: the default, KeyboardInterrupt).
pub fn sigint_handler() -> Value {
    SIGINT_HANDLER.with(|h| h.borrow().clone())
}

/// Replace the SIGINT handler.
pub fn set_sigint_handler(handler: Value) {
    SIGINT_HANDLER.with(|h| *h.borrow_mut() = handler);
}

pub struct Vm {
    /// Callers of the running frame within the current `execute` calls.
    /// Boxed: frames move between this stack and the running slot, and a
    /// box keeps those moves one pointer wide.
    #[allow(clippy::vec_box)]
    pub(crate) frames: Vec<Box<Frame>>,
    /// Python frames alive on the call stack (for RecursionError).
    pub depth: usize,
    /// Native recursion guards entered (`enter_recursion`), and the
    /// lowest stack address the outermost of them lets natives reach.
    native_depth: usize,
    native_floor: usize,
    pub recursion_limit: usize,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub handled: Value,
    pub builtins: Rc<PyDict>,
    pub modules: Rc<PyDict>,
    pub native_modules: HashMap<String, ModuleInit>,
    /// Python-source modules compiled into the binary: name -> (source,
    /// is_package).
    pub embedded_modules: HashMap<String, (&'static str, bool)>,
    /// Warnings already shown, by (file, line, text): the default filter
    /// shows each once per location. CPython: __warningregistry__.
    pub warning_registry: std::collections::HashSet<(String, u32, String)>,
    pub sys_path: Vec<String>,
    /// The frame `run` is executing, for natives that inspect their
    /// caller (`globals()`, `super()`). Valid while that frame runs: it is
    /// boxed, and `execute` restores the previous value when it returns.
    pub(crate) current: *const Frame,
    /// For each `execute` in progress: where its frames begin in `frames`
    /// and the frame that was running when it started (the native caller's
    /// frame, not in `frames`), so the whole call stack can be listed.
    pub(crate) levels: Vec<(usize, *const Frame)>,
    /// Lowest stack address the interpreter may reach before raising
    /// RecursionError (natives re-entering Python use the Rust stack);
    /// 0 disables the check. CPython: Py_C_RECURSION_LIMIT / stack probes.
    pub stack_floor: usize,
    /// Finished frames kept for reuse.
    #[allow(clippy::vec_box)]
    frame_pool: Vec<Box<Frame>>,
    /// Flushes buffered `print` output before the VM writes to stderr.
    pub flush_stdout: fn(),
    /// Finalizers are running: the ones their code queues wait their turn
    /// (as the cycle collector's run one after another in CPython).
    finalizing: bool,
    /// Jumps and calls left before the program is stopped (see
    /// `set_instruction_budget`).
    budget: u64,
}

impl Vm {
    pub fn new(builtins: Rc<PyDict>) -> Vm {
        rspy_objects::init();
        let vm = Vm {
            frames: Vec::new(),
            depth: 0,
            native_depth: 0,
            native_floor: 0,
            recursion_limit: 1000,
            handled: Value::None,
            builtins,
            modules: Rc::new(PyDict::new()),
            native_modules: HashMap::new(),
            embedded_modules: HashMap::new(),
            warning_registry: std::collections::HashSet::new(),
            sys_path: Vec::new(),
            current: std::ptr::null(),
            levels: Vec::new(),
            stack_floor: 0,
            flush_stdout: || {},
            frame_pool: Vec::new(),
            finalizing: false,
            budget: INSTRUCTION_BUDGET.load(std::sync::atomic::Ordering::Relaxed),
        };
        crate::builtins_vm::register(&vm.builtins);
        vm
    }

    /// Run a module's code in `globals`. CPython: PyEval_EvalCode.
    pub fn run_code(&mut self, code: Rc<Code>, globals: Rc<PyDict>) -> PyResult<Value> {
        let frame = Box::new(Frame {
            code,
            pc: 0,
            stack: Vec::with_capacity(16),
            fast: Vec::new(),
            cells: Vec::new(),
            globals: globals.clone(),
            builtins: self.builtins.clone(),
            locals: Some(globals),
            blocks: Vec::new(),
            generator: None,
        });
        self.run_to_return(frame)
    }

    /// Run a frame until it returns.
    pub fn run_to_return(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        self.check_native_stack()?;
        self.enter_frame()?;
        let (frame, r) = self.execute(frame, None);
        self.depth -= 1;
        self.recycle_frame(frame);
        match r? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// Reserve the native stack for `stack_size` bytes below the caller's
    /// frame, keeping a margin for the natives in between.
    pub fn set_stack_size(&mut self, stack_size: usize) {
        let here = stack_address();
        self.stack_floor = here.saturating_sub(stack_size.saturating_sub(STACK_MARGIN));
    }

    /// RecursionError when the Rust stack is nearly exhausted.
    pub(crate) fn check_native_stack(&self) -> PyResult<()> {
        if self.stack_floor != 0 && stack_address() < self.stack_floor {
            return Err(ExcKind::RecursionError.new_err("maximum recursion depth exceeded"));
        }
        Ok(())
    }

    pub(crate) fn enter_frame(&mut self) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(ExcKind::RecursionError.new_err("maximum recursion depth exceeded"));
        }
        self.depth += 1;
        Ok(())
    }

    /// Count one jump or call against the instruction budget.
    #[inline]
    pub(crate) fn spend_budget(&mut self) {
        self.budget -= 1;
        if self.budget == 0 {
            self.budget_exhausted();
        }
    }

    #[cold]
    fn budget_exhausted(&self) -> ! {
        (self.flush_stdout)();
        eprintln!("rspy: instruction budget exhausted (-X instruction_budget)");
        std::process::exit(BUDGET_EXHAUSTED_STATUS);
    }

    /// A pooled (or new) frame for running `func`, with empty storage.
    fn fresh_frame(&mut self, func: &Rc<PyFunction>) -> Box<Frame> {
        self.spend_budget();
        let mut frame = self.frame_pool.pop().unwrap_or_else(|| {
            Box::new(Frame {
                code: func.code.clone(),
                pc: 0,
                stack: Vec::with_capacity(func.code.stacksize as usize),
                fast: Vec::new(),
                cells: Vec::new(),
                globals: func.globals.clone(),
                builtins: self.builtins.clone(),
                locals: None,
                blocks: Vec::new(),
                generator: None,
            })
        });
        if !Rc::ptr_eq(&frame.code, &func.code) {
            frame.code = func.code.clone();
            frame.stack.reserve_exact(func.code.stacksize as usize);
        }
        if !Rc::ptr_eq(&frame.globals, &func.globals) {
            frame.globals = func.globals.clone();
        }
        frame.pc = 0;
        frame
    }

    /// Whether a call of `func` with `n` positional arguments can move
    /// them straight into its locals ([`Vm::make_frame_moving`]).
    #[inline]
    pub(crate) fn takes_plain_args(func: &PyFunction, n: usize) -> bool {
        let code = &func.code;
        code.flags
            & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)
            == 0
            && code.kwonlyargcount == 0
            && code.argcount as usize == n
            && code.cellvars.is_empty()
    }

    /// The frame for a plain call (see [`Vm::takes_plain_args`]) whose
    /// arguments are `stack[start..]`: they are moved, not copied.
    pub(crate) fn make_frame_moving(
        &mut self,
        func: &Rc<PyFunction>,
        stack: &mut Vec<Value>,
        start: usize,
    ) -> Box<Frame> {
        let mut frame = self.fresh_frame(func);
        let nlocals = func.code.varnames.len();
        move_tail(stack, start, &mut frame.fast, nlocals);
        while frame.fast.len() < nlocals {
            frame.fast.push(Value::Null);
        }
        frame.cells.extend(func.closure.iter().cloned());
        frame
    }

    /// Build the frame for a call of `func`. CPython: initialize_locals.
    pub fn make_frame(&mut self, func: &Rc<PyFunction>, args: Args<'_>) -> PyResult<Box<Frame>> {
        let code = &func.code;
        let nlocals = code.varnames.len();
        let mut frame = self.fresh_frame(func);
        let mut fast = std::mem::take(&mut frame.fast);
        fast.reserve_exact(nlocals.saturating_sub(fast.len()));
        fast.resize(nlocals, Value::Null);
        let argcount = code.argcount as usize;
        let pos = args.positional();
        let simple = !args.has_kwargs()
            && code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0
            && code.kwonlyargcount == 0
            && pos.len() == argcount;
        if simple {
            fast[..argcount].clone_from_slice(pos);
        } else if let Err(e) = self.bind_args(func, args, &mut fast) {
            frame.fast = fast;
            self.recycle_frame(frame);
            return Err(e);
        }
        let mut cells = std::mem::take(&mut frame.cells);
        for _ in 0..code.cellvars.len() {
            cells.push(Rc::new(PyCell::new(Value::Null)));
        }
        for &(ci, ai) in &code.cell_args {
            *cells[ci].value.borrow_mut() = std::mem::replace(&mut fast[ai], Value::Null);
        }
        cells.extend(func.closure.iter().cloned());
        frame.fast = fast;
        frame.cells = cells;
        Ok(frame)
    }

    /// Return a finished frame's storage to the pool, dropping its values.
    /// Frames are reused because every Python call needs one.
    pub(crate) fn recycle_frame(&mut self, mut frame: Box<Frame>) {
        if self.frame_pool.len() >= FRAME_POOL_MAX || frame.generator.is_some() {
            return;
        }
        frame.stack.clear();
        frame.fast.clear();
        frame.cells.clear();
        frame.blocks.clear();
        frame.locals = None;
        self.frame_pool.push(frame);
    }

    fn bind_args(
        &mut self,
        func: &Rc<PyFunction>,
        args: Args<'_>,
        fast: &mut [Value],
    ) -> PyResult<()> {
        let code = &func.code;
        let qual = func.qualname.borrow().clone();
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & CO_VARARGS != 0;
        let has_varkw = code.flags & CO_VARKEYWORDS != 0;
        let pos = args.positional();
        let n = pos.len().min(argcount);
        fast[..n].clone_from_slice(&pos[..n]);
        let mut idx = argcount + kwonly;
        if has_varargs {
            let extra = if pos.len() > argcount {
                pos[argcount..].to_vec()
            } else {
                vec![]
            };
            fast[idx] = Value::tuple(extra);
            idx += 1;
        } else if pos.len() > argcount {
            return Err(self.too_many_positional(func, pos.len(), args));
        }
        let kwdict = if has_varkw {
            let d = Rc::new(PyDict::new());
            fast[idx] = Value::Dict(d.clone());
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (name, value) in args.kwargs() {
            let slot = code.varnames[..argcount + kwonly]
                .iter()
                .position(|v| v.as_str() == name.as_str());
            match slot {
                Some(i) if i >= posonly => {
                    if !fast[i].is_null() {
                        return Err(type_error(format!(
                            "{qual}() got multiple values for argument '{}'",
                            name.as_str()
                        )));
                    }
                    fast[i] = value.clone();
                }
                other => {
                    if let Some(d) = &kwdict {
                        d.set_name(name.clone(), value.clone());
                    } else if other.is_some() {
                        posonly_as_kw.push(name.as_str().to_string());
                    } else {
                        let mut msg = format!(
                            "{qual}() got an unexpected keyword argument '{}'",
                            name.as_str()
                        );
                        let candidates: Vec<&str> = code.varnames[posonly..argcount + kwonly]
                            .iter()
                            .map(|v| v.as_str())
                            .collect();
                        if let Some(s) = crate::suggest::suggest(name.as_str(), &candidates) {
                            msg.push_str(&format!(". Did you mean '{s}'?"));
                        }
                        return Err(type_error(msg));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positional parameters.
        let defaults = func.defaults.borrow();
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for i in 0..argcount {
            if fast[i].is_null() {
                if i >= first_default {
                    fast[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].as_str().to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{qual}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        let kwdefaults = func.kwdefaults.borrow();
        for (i, slot) in fast
            .iter_mut()
            .enumerate()
            .take(argcount + kwonly)
            .skip(argcount)
        {
            if slot.is_null() {
                let name = code.varnames[i].as_str();
                if let Some(v) = kwdefaults.as_ref().and_then(|d| d.get_str(name)) {
                    *slot = v;
                } else {
                    missing.push(name.to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{qual}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        Ok(())
    }

    fn too_many_positional(&self, func: &Rc<PyFunction>, given: usize, args: Args<'_>) -> PyErr {
        let code = &func.code;
        let qual = func.qualname.borrow().clone();
        let argcount = code.argcount as usize;
        let ndefaults = func.defaults.borrow().len();
        let takes = if ndefaults > 0 {
            format!(
                "from {} to {}",
                argcount - ndefaults.min(argcount),
                argcount
            )
        } else {
            argcount.to_string()
        };
        let plural = if argcount == 1 && ndefaults == 0 {
            ""
        } else {
            "s"
        };
        let kwonly_given = args
            .kwargs()
            .filter(|(k, _)| {
                code.varnames[argcount..argcount + code.kwonlyargcount as usize]
                    .iter()
                    .any(|v| v.as_str() == k.as_str())
            })
            .count();
        let given_s = if kwonly_given > 0 {
            format!(
                "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were",
                if given == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else if given == 1 {
            "1 was".to_string()
        } else {
            format!("{given} were")
        };
        type_error(format!(
            "{qual}() takes {takes} positional argument{plural} but {given_s} given"
        ))
    }

    /// Start a generator-like function: the frame goes into a new object.
    pub(crate) fn make_generator(&mut self, code: &Code, frame: Box<Frame>) -> Value {
        let kind = if code.flags & CO_COROUTINE != 0 {
            GenKind::Coroutine
        } else if code.flags & CO_ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        let g = PyGenerator::new(kind, frame);
        if kind == GenKind::Coroutine {
            let depth = rspy_objects::generator::coroutine_origin_tracking_depth();
            if depth > 0 {
                let origin = self.origin_of(depth);
                *g.rare().origin.borrow_mut() = Some(origin);
            }
        }
        let g = Rc::new(g);
        // A coroutine is driven by a task (tracked, and part of any cycle
        // the coroutine is in while the task waits) or awaited by another
        // coroutine: tracking every one would cost each task twice.
        if kind != GenKind::Coroutine {
            rspy_objects::gc::track_generator(&g);
        }
        Value::Generator(g)
    }

    /// `cr_origin`: the calling frames, innermost first, at most `depth`.
    /// CPython: compute_cr_origin.
    fn origin_of(&self, depth: usize) -> Value {
        let mut out = Vec::new();
        let frames = self
            .current_frame()
            .into_iter()
            .chain(self.frames.iter().rev().map(|f| &**f));
        for f in frames.take(depth) {
            out.push(Value::tuple(vec![
                Value::str(&f.code.filename),
                Value::Int(f.current_line() as i64),
                Value::Str(f.code.name.clone()),
            ]));
        }
        Value::tuple(out)
    }

    /// Call any callable from Rust.
    pub fn call(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        ops::call(self, f, Args::new(args))
    }

    /// Resume a generator natively (send/throw). CPython: gen_send_ex2.
    fn resume(&mut self, gen: &Rc<PyGenerator>, input: GenInput) -> PyResult<GenStep> {
        match gen.state.get() {
            GenState::Running => {
                return Err(value_error(format!(
                    "{} already executing",
                    gen.kind_name()
                )))
            }
            GenState::Finished => {
                return match input {
                    GenInput::Send(_) => {
                        if gen.kind == GenKind::Coroutine {
                            Err(runtime_error("cannot reuse already awaited coroutine"))
                        } else {
                            Ok(GenStep::Return(Value::None))
                        }
                    }
                    GenInput::Throw(e) => Err(e),
                };
            }
            _ => {}
        }
        let Some(mut frame) = gen.frame.borrow_mut().take() else {
            return Err(value_error(format!(
                "{} already executing",
                gen.kind_name()
            )));
        };
        let created = gen.state.get() == GenState::Created;
        let initial_err = match input {
            GenInput::Send(v) => {
                if created {
                    if !v.is_none() {
                        *gen.frame.borrow_mut() = Some(frame);
                        let kind = if gen.kind == GenKind::AsyncGenerator {
                            "async generator"
                        } else {
                            gen.kind_name()
                        };
                        return Err(type_error(format!(
                            "can't send non-None value to a just-started {kind}"
                        )));
                    }
                } else {
                    frame.stack.push(v);
                }
                None
            }
            GenInput::Throw(e) => {
                if created {
                    gen.state.set(GenState::Finished);
                    return Err(e);
                }
                // Raised inside the generator: the exception it is handling
                // becomes the context. CPython: _gen_throw via _PyErr_SetObject.
                let handled = gen.exc_state.replace(Value::None);
                crate::eval::chain_context(&handled, &e);
                gen.exc_state.set(handled);
                // Delegating (`yield from`): throw into the sub-iterator first.
                if let Some(sub) = delegate_of(&frame) {
                    match self.throw_into(&sub, e.clone()) {
                        Ok(Some(GenStep::Yield(y))) => {
                            *gen.frame.borrow_mut() = Some(frame);
                            return Ok(GenStep::Yield(y));
                        }
                        Ok(Some(GenStep::Return(r))) => {
                            frame.stack.pop();
                            frame.stack.push(r);
                            if let Some(t) = send_exit_target(&frame) {
                                frame.pc = t;
                            }
                            None
                        }
                        Ok(None) => Some(e),
                        Err(e2) => {
                            frame.stack.pop();
                            if let Some(t) = send_exit_target(&frame) {
                                // The error is raised at the Send instruction.
                                frame.pc = t.saturating_sub(0);
                            }
                            Some(e2)
                        }
                    }
                } else {
                    Some(e)
                }
            }
        };
        gen.state.set(GenState::Running);
        frame.generator = Some(gen.clone());
        self.enter_exc_state(gen);
        if let Err(e) = self.enter_frame() {
            self.leave_exc_state(gen);
            gen.state.set(GenState::Suspended);
            frame.generator = None;
            *gen.frame.borrow_mut() = Some(frame);
            return Err(e);
        }
        let (mut frame, r) = self.execute(frame, initial_err);
        self.depth -= 1;
        self.leave_exc_state(gen);
        frame.generator = None;
        match r {
            Ok(Exit::Yield(v)) => {
                gen.state.set(GenState::Suspended);
                *gen.frame.borrow_mut() = Some(frame);
                Ok(GenStep::Yield(v))
            }
            Ok(Exit::Return(v)) => {
                gen.state.set(GenState::Finished);
                Ok(GenStep::Return(v))
            }
            Err(e) => {
                gen.state.set(GenState::Finished);
                Err(e)
            }
        }
    }

    /// Throw into a delegated-to iterator; `None` when it has no `throw`.
    fn throw_into(&mut self, sub: &Value, e: PyErr) -> PyResult<Option<GenStep>> {
        match sub {
            Value::Generator(g) => {
                if e.matches(ExcKind::GeneratorExit) {
                    rspy_objects::generator::close(self, g)?;
                    return Ok(None);
                }
                self.resume(g, GenInput::Throw(e)).map(Some)
            }
            Value::Object(o) if o.as_awaitable().is_some() => {
                let Some(aw) = o.as_awaitable() else {
                    return Ok(None);
                };
                if e.matches(ExcKind::GeneratorExit) {
                    aw.close(sub, self)?;
                    return Ok(None);
                }
                aw.throw(sub, self, e).map(Some)
            }
            _ => {
                let Some(throw) = ops::getattr_opt(self, sub, "throw")? else {
                    return Ok(None);
                };
                match ops::call0(self, &throw, &[e.value()]) {
                    Ok(v) => Ok(Some(GenStep::Yield(v))),
                    Err(e2) if e2.matches(ExcKind::StopIteration) => Ok(Some(GenStep::Return(
                        rspy_objects::exceptions::stop_iteration_value(&e2),
                    ))),
                    Err(e2) => Err(e2),
                }
            }
        }
    }

    /// Run the SIGINT handler if a SIGINT arrived: by default raise
    /// KeyboardInterrupt; a Python handler is called with `(2, None)` (rspy
    /// has no frame objects to pass). CPython: _PyErr_CheckSignalsTstate.
    pub fn handle_interrupt(&mut self) -> PyResult<()> {
        if !INTERRUPT_PENDING.swap(false, std::sync::atomic::Ordering::Relaxed) {
            return Ok(());
        }
        let handler = sigint_handler();
        if handler.is_null() {
            return Err(PyErr::new(ExcKind::KeyboardInterrupt.get(), vec![]));
        }
        ops::call(self, &handler, Args::new(&[Value::Int(2), Value::None])).map(drop)
    }

    /// Run the finalizers of objects that died (see rspy_objects::finalize).
    /// `at` is the frame whose action dropped them.
    pub fn run_finalizers(&mut self, at: Option<&Frame>) {
        if self.finalizing {
            return;
        }
        self.finalizing = true;
        rspy_objects::gc::collect_if_due();
        self.run_finalizer_queue(at);
        // A collection that queued finalizers clears the garbage once they ran.
        while rspy_objects::gc::due() {
            if rspy_objects::gc::collect().finalizers == 0 {
                break;
            }
            self.run_finalizer_queue(at);
        }
        self.finalizing = false;
    }

    fn run_finalizer_queue(&mut self, at: Option<&Frame>) {
        use rspy_objects::finalize::{next, Finalizer};
        while let Some(f) = next() {
            match f {
                Finalizer::Close(g) => self.close_dropped_generator(&g, at),
                Finalizer::AsyncGenHook(g, hook) => {
                    if let Err(e) = ops::call0(self, &hook, &[Value::Generator(g)]) {
                        let text = crate::traceback::format_unraisable(self, &e);
                        (self.flush_stdout)();
                        eprint!("Exception ignored in async generator finalizer:\n{text}");
                    }
                }
                Finalizer::Unawaited(msg) => self.warn_unawaited(msg, at),
                Finalizer::Del(obj) => self.call_del(obj),
                Finalizer::Call(f) => {
                    if let Err(e) = f(self) {
                        let text = crate::traceback::format_unraisable(self, &e);
                        (self.flush_stdout)();
                        eprint!("Exception ignored in a finalizer:\n{text}");
                    }
                }
            }
        }
    }

    /// Run a dead instance's `__del__`; its error is unraisable.
    /// CPython: slot_tp_finalize, PyErr_FormatUnraisable.
    fn call_del(&mut self, obj: Value) {
        let Some(del) = obj.py_type().lookup("__del__") else {
            return;
        };
        if let Err(e) = ops::call_bound(self, &del, &obj, Args::new(&[])) {
            let what = ops::repr(self, &del).unwrap_or_else(|_| "__del__".to_string());
            let text = crate::traceback::format_unraisable(self, &e);
            (self.flush_stdout)();
            eprint!("Exception ignored while calling deallocator {what}:\n{text}");
        }
    }

    /// Close a generator dropped while suspended, reporting its error as
    /// unraisable. CPython: _PyGen_Finalize, PyErr_WriteUnraisable.
    fn close_dropped_generator(&mut self, g: &Rc<PyGenerator>, at: Option<&Frame>) {
        let r = rspy_objects::generator::close(self, g);
        g.state.set(rspy_objects::generator::GenState::Finished);
        g.frame.borrow_mut().take();
        let Err(e) = r else {
            return;
        };
        if e.data().traceback.is_empty() {
            if let Some(f) = at {
                // The line that dropped the generator, without carets.
                e.data().traceback.push(rspy_objects::exceptions::TbEntry {
                    code: f.code.clone(),
                    line: f.current_line(),
                    pos: (0, 0),
                });
            }
        }
        let what = format!(
            "<{} object {} at {:#x}>",
            g.kind_name(),
            g.qualname(),
            Value::Generator(g.clone()).id()
        );
        let text = crate::traceback::format_unraisable(self, &e);
        (self.flush_stdout)();
        eprint!(
            "Exception ignored while closing {} {what}:\n{text}",
            g.kind_name()
        );
    }

    /// `file:line: RuntimeWarning: coroutine 'f' was never awaited`, once
    /// per location as the default warning filter shows it. Without a
    /// running frame (interpreter shutdown) CPython reports `<sys>:0`.
    /// CPython: Lib/warnings.py _warn_unawaited_coroutine.
    fn warn_unawaited(&mut self, msg: String, at: Option<&Frame>) {
        let place = at.or_else(|| self.current_frame()).map(|f| {
            let line = f.current_line();
            let src = f.code.source.as_deref().and_then(|s| {
                s.lines()
                    .nth((line as usize).saturating_sub(1))
                    .map(|l| l.trim().to_string())
            });
            (f.code.filename.to_string(), line, src)
        });
        let Some((file, line, src)) = place else {
            (self.flush_stdout)();
            eprintln!("<sys>:0: RuntimeWarning: {msg}");
            return;
        };
        if !self
            .warning_registry
            .insert((file.clone(), line, msg.clone()))
        {
            return;
        }
        let mut text = format!("{file}:{line}: RuntimeWarning: {msg}\n");
        if let Some(l) = src.filter(|l| !l.is_empty()) {
            text.push_str(&format!("  {l}\n"));
        }
        text.push_str(
            "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
        );
        (self.flush_stdout)();
        eprint!("{text}");
    }

    /// On resume: the generator's own handled exception becomes current;
    /// with none of its own, the caller's stays visible (CPython links the
    /// generator's exc_info to its caller's). The caller's is kept in the
    /// generator until it suspends. CPython: _PyErr_GetTopmostException.
    pub(crate) fn enter_exc_state(&mut self, gen: &PyGenerator) {
        if self.handled.is_none() && exc_state_is_none(gen) {
            // Nothing handled on either side: nothing to swap.
            gen.exc_inherited.set(true);
            return;
        }
        let own = gen.exc_state.replace(self.handled.clone());
        gen.exc_inherited.set(own.is_none());
        if !own.is_none() {
            self.handled = own;
        }
    }

    /// On suspend or finish: restore the caller's handled exception and keep
    /// the generator's own, if it has one.
    pub(crate) fn leave_exc_state(&mut self, gen: &PyGenerator) {
        if self.handled.is_none() && exc_state_is_none(gen) {
            return;
        }
        let caller = gen.exc_state.replace(Value::None);
        let current = std::mem::replace(&mut self.handled, caller.clone());
        let own = if gen.exc_inherited.get() && current.is(&caller) {
            Value::None
        } else {
            current
        };
        gen.exc_state.set(own);
    }

    /// Every running Python frame's code and current line, innermost
    /// first (as tracebacks keep them). CPython: walking `f_back`.
    pub fn stack_entries(&self) -> Vec<rspy_objects::exceptions::TbEntry> {
        let entry = |f: &Frame| rspy_objects::exceptions::TbEntry {
            code: f.code.clone(),
            line: f.current_line(),
            // CPython's walk_stack gives no columns: no carets.
            pos: (0, 0),
        };
        let mut out = Vec::new();
        let mut next = 0;
        let tops = self.levels.iter().skip(1).map(|&(base, f)| (base, f));
        for (base, running) in tops.chain(std::iter::once((self.frames.len(), self.current))) {
            for f in self.frames.get(next..base).unwrap_or_default() {
                out.push(entry(f));
            }
            next = base;
            // SAFETY: a level's running frame is boxed and owned by an
            // `execute` still on the Rust stack, so it is alive.
            if let Some(f) = unsafe { running.as_ref() } {
                out.push(entry(f));
            }
        }
        out.reverse();
        out
    }

    /// Every running Python frame, innermost first, in the order
    /// `stack_entries` lists them (what `f_back` walks for
    /// `sys._getframe`). CPython: the thread state's frame chain.
    pub fn running_frames(&self) -> Vec<&Frame> {
        let mut out: Vec<&Frame> = Vec::new();
        let mut next = 0;
        let tops = self.levels.iter().skip(1).map(|&(base, f)| (base, f));
        for (base, running) in tops.chain(std::iter::once((self.frames.len(), self.current))) {
            for f in self.frames.get(next..base).unwrap_or_default() {
                out.push(f);
            }
            next = base;
            // SAFETY: a level's running frame is boxed and owned by an
            // `execute` still on the Rust stack, so it outlives `&self`.
            if let Some(f) = unsafe { running.as_ref() } {
                out.push(f);
            }
        }
        out.reverse();
        out
    }

    /// The frame of the innermost running Python code, if any.
    pub fn current_frame(&self) -> Option<&Frame> {
        // SAFETY: `current` points at a boxed frame that is executing (it is
        // set right before `run` and restored when `execute` returns), so it
        // outlives any native called from that frame.
        unsafe { self.current.as_ref() }
    }

    /// Import a module by absolute dotted name.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        crate::import::find_and_load(self, name)
    }
}

/// How many finished frames the VM keeps for reuse.
const FRAME_POOL_MAX: usize = 64;

/// Stack kept free below the floor for natives and error reporting.
const STACK_MARGIN: usize = 16 << 20;

/// Rust stack native recursion may use below its outermost guard: deep
/// enough for nested containers CPython handles (tens of thousands of
/// levels), shallow enough that absurd nesting fails fast.
const NATIVE_STACK_BUDGET: usize = 32 << 20;

/// The current stack address (approximately), for the native-stack check.
#[inline(never)]
fn stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`, as CPython lists names.
fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// The sub-iterator a suspended frame is delegating to (`yield from`).
fn delegate_of(frame: &Frame) -> Option<Value> {
    frame.delegate()
}

fn send_exit_target(frame: &Frame) -> Option<usize> {
    let Instr::Jump(t) = *frame.code.instrs.get(frame.pc)? else {
        return None;
    };
    match frame.code.instrs.get(t as usize) {
        Some(Instr::Send(exit)) => Some(*exit as usize),
        _ => None,
    }
}

impl Interp for Vm {
    fn caller_globals(&self) -> Option<Rc<PyDict>> {
        self.current_frame().map(|f| f.globals.clone())
    }

    fn call_function(&mut self, func: &Rc<PyFunction>, args: Args<'_>) -> PyResult<Value> {
        let frame = self.make_frame(func, args)?;
        if func.code.is_generator_like() {
            return Ok(self.make_generator(&func.code, frame));
        }
        self.run_to_return(frame)
            .inspect_err(|e| e.data().left_python_call = true)
    }

    fn resume_generator(&mut self, gen: &Rc<PyGenerator>, input: GenInput) -> PyResult<GenStep> {
        self.resume(gen, input)
    }

    /// Native recursion (repr of nested containers, comparisons) is
    /// limited by the Rust stack, not by the Python recursion limit, as
    /// CPython 3.14 limits C recursion by the C stack: natives may use
    /// `NATIVE_STACK_BUDGET` below the outermost guard (and never pass
    /// the stack floor). Without a known stack (no `set_stack_size`) the
    /// guards count against the Python limit.
    // CPython: Python/ceval.c _Py_CheckRecursiveCall
    fn enter_recursion(&mut self, context: &str) -> PyResult<()> {
        let here = stack_address();
        if self.native_depth == 0 {
            self.native_floor = here
                .saturating_sub(NATIVE_STACK_BUDGET)
                .max(self.stack_floor);
        }
        let exceeded = if self.stack_floor != 0 {
            here < self.native_floor
        } else {
            self.depth >= self.recursion_limit
        };
        if exceeded {
            return Err(ExcKind::RecursionError
                .new_err(format!("maximum recursion depth exceeded{context}")));
        }
        self.native_depth += 1;
        if self.stack_floor == 0 {
            self.depth += 1;
        }
        Ok(())
    }

    fn leave_recursion(&mut self) {
        self.native_depth = self.native_depth.saturating_sub(1);
        if self.stack_floor == 0 {
            self.depth = self.depth.saturating_sub(1);
        }
    }

    fn as_any(&mut self) -> &mut dyn Any {
        self
    }
}

/// The `Vm` behind an `Interp` (natives registered by this crate).
pub fn vm_of(interp: &mut dyn Interp) -> &mut Vm {
    interp
        .as_any()
        .downcast_mut::<Vm>()
        .expect("the interpreter is an rspy Vm")
}

pub fn intern(s: &str) -> Rc<PyStr> {
    Rc::new(PyStr::new(s))
}

/// Move `from[start..]` onto the end of `to` (reserving room for `room`
/// items in all), leaving `from` truncated to `start`: a bitwise move, as
/// `Vec::append` does, where `to.extend(from.drain(start..))` copies each
/// value through the iterator's `Option` one by one.
fn move_tail(from: &mut Vec<Value>, start: usize, to: &mut Vec<Value>, room: usize) {
    let start = start.min(from.len());
    let n = from.len() - start;
    to.reserve(room.max(n));
    // SAFETY: `to` has room for `n` more values (reserved above); the `n`
    // values are moved out of `from`, whose length drops to `start` first
    // so they are never dropped twice, and the two buffers are distinct
    // allocations (`&mut` borrows of two vectors).
    unsafe {
        from.set_len(start);
        std::ptr::copy_nonoverlapping(from.as_ptr().add(start), to.as_mut_ptr().add(to.len()), n);
        to.set_len(to.len() + n);
    }
}

/// Whether a generator holds no handled exception of its own (its
/// `exc_state` is a `Cell`: looked at by taking it out and back).
fn exc_state_is_none(gen: &PyGenerator) -> bool {
    let v = gen.exc_state.replace(Value::None);
    let none = v.is_none();
    gen.exc_state.set(v);
    none
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn move_tail_moves_without_copies() {
        let s = Value::str("shared");
        let mut from = vec![Value::Int(1), s.clone(), Value::Int(3)];
        let mut to = vec![Value::Int(0)];
        move_tail(&mut from, 1, &mut to, 4);
        assert_eq!(from.len(), 1);
        assert_eq!(to.len(), 3);
        assert!(to[1].is(&s));
        let Value::Str(rc) = &s else { panic!() };
        assert_eq!(Rc::strong_count(rc), 2);
        move_tail(&mut from, 5, &mut to, 0);
        assert_eq!((from.len(), to.len()), (1, 3));
    }
}
