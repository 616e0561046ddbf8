//! The `_signal` module (lib/signal.py wraps it in enums, as CPython's
//! Lib/signal.py does) and the process's SIGINT disposition.
//!
//! Only SIGINT can be handled from Python: its C handler records the
//! signal (vm::request_interrupt) and the interpreter runs the Python
//! handler at the next backward jump or sleep (Vm::handle_interrupt).
//! `signal.signal()` for another signal raises NotImplementedError.
//! CPython: Modules/signalmodule.c.

use std::rc::Rc;

use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{not_implemented, type_error, value_error, ExcKind, PyErr};
use rspy_objects::function::{Args, NativeFn, NativeFunction};
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::value::{PyModule, PyResult, Value};
use rspy_vm::Vm;

const SIGINT: i64 = 2;
const SIGPIPE: i64 = 13;
/// Signals are 1..NSIG (Linux: 64 of them).
const NSIG: i64 = 65;
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

/// Linux's signal numbers (x86-64, arm64). CPython: signal.Signals.
pub const SIGNALS: [(&str, i64); 33] = [
    ("SIGHUP", 1),
    ("SIGINT", 2),
    ("SIGQUIT", 3),
    ("SIGILL", 4),
    ("SIGTRAP", 5),
    ("SIGABRT", 6),
    ("SIGBUS", 7),
    ("SIGFPE", 8),
    ("SIGKILL", 9),
    ("SIGUSR1", 10),
    ("SIGSEGV", 11),
    ("SIGUSR2", 12),
    ("SIGPIPE", 13),
    ("SIGALRM", 14),
    ("SIGTERM", 15),
    ("SIGSTKFLT", 16),
    ("SIGCHLD", 17),
    ("SIGCONT", 18),
    ("SIGSTOP", 19),
    ("SIGTSTP", 20),
    ("SIGTTIN", 21),
    ("SIGTTOU", 22),
    ("SIGURG", 23),
    ("SIGXCPU", 24),
    ("SIGXFSZ", 25),
    ("SIGVTALRM", 26),
    ("SIGPROF", 27),
    ("SIGWINCH", 28),
    ("SIGIO", 29),
    ("SIGPWR", 30),
    ("SIGSYS", 31),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
];

#[cfg(unix)]
mod os {
    extern "C" {
        fn signal(signum: i32, handler: usize) -> usize;
        fn raise(sig: i32) -> i32;
    }
    const SIGINT: i32 = 2;
    const SIG_DFL: usize = 0;
    const SIG_IGN: usize = 1;

    extern "C" fn on_sigint(_: i32) {
        rspy_vm::vm::request_interrupt();
    }

    /// SIGINT is recorded for the interpreter instead of killing the
    /// process. CPython: signal_install_handlers.
    pub fn catch_sigint() {
        let handler: extern "C" fn(i32) = on_sigint;
        // SAFETY: the handler only stores to an atomic (async-signal-safe).
        unsafe {
            signal(SIGINT, handler as usize);
        }
    }

    /// SIGINT kills the process (`SIG_DFL`) or is ignored (`SIG_IGN`).
    pub fn set_sigint_disposition(ignore: bool) {
        // SAFETY: installs one of the system's own dispositions.
        unsafe {
            signal(SIGINT, if ignore { SIG_IGN } else { SIG_DFL });
        }
    }

    /// Send `sig` to this process. CPython: signal.raise_signal.
    pub fn raise_signal(sig: i32) -> bool {
        // SAFETY: raise() is safe to call with any signal number.
        unsafe { raise(sig) == 0 }
    }

    /// Die of SIGINT, as CPython does after an uncaught KeyboardInterrupt.
    pub fn die_of_sigint() {
        set_sigint_disposition(false);
        raise_signal(SIGINT);
    }
}

#[cfg(not(unix))]
mod os {
    pub fn catch_sigint() {}
    pub fn set_sigint_disposition(_: bool) {}
    pub fn raise_signal(_: i32) -> bool {
        false
    }
    pub fn die_of_sigint() {}
}

pub use os::{catch_sigint, die_of_sigint};

thread_local! {
    /// `signal.default_int_handler`, one object so `is` compares work.
    static DEFAULT_INT_HANDLER: Value = native("default_int_handler", default_int_handler);
    /// SIGINT's handler when it is `SIG_DFL`/`SIG_IGN` (the interpreter's
    /// handler slot then holds nothing: the OS acts on the signal).
    static SIGINT_DISPOSITION: std::cell::Cell<Option<i64>> = const { std::cell::Cell::new(None) };
}

fn native(name: &'static str, f: NativeFn) -> Value {
    let mut n = NativeFunction::function(name, f);
    n.module = Some("_signal");
    Value::Native(Rc::new(n))
}

/// `signal.default_int_handler(signalnum, frame)`: raise KeyboardInterrupt.
fn default_int_handler(_: &mut dyn Interp, _: Args<'_>) -> PyResult<Value> {
    Err(PyErr::new(ExcKind::KeyboardInterrupt.get(), vec![]))
}

fn signal_number(interp: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    match ops::index(interp, v)? {
        Value::Int(n) if (1..NSIG).contains(&n) => Ok(n),
        _ => Err(value_error("signal number out of range")),
    }
}

/// SIGINT's handler as Python sees it.
fn current_sigint_handler() -> Value {
    if let Some(d) = SIGINT_DISPOSITION.with(|d| d.get()) {
        return Value::Int(d);
    }
    match rspy_vm::vm::sigint_handler() {
        Value::Null => DEFAULT_INT_HANDLER.with(Clone::clone),
        h => h,
    }
}

/// `signal.signal(signalnum, handler)`: the previous handler.
/// CPython: signal_signal_impl.
fn signal_signal(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("signal", 2, 2)?;
    let signum = signal_number(interp, &a[0])?;
    let handler = &a[1];
    let disposition = match handler {
        Value::Int(n @ (SIG_DFL | SIG_IGN)) => Some(*n),
        Value::Bool(b) => Some(i64::from(*b)),
        h if ops::callable(h) => None,
        _ => {
            return Err(type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ))
        }
    };
    if signum != SIGINT {
        return Err(not_implemented(format!(
            "signal.signal() for signal {signum}: rspy handles only SIGINT"
        )));
    }
    let old = current_sigint_handler();
    match disposition {
        Some(d) => {
            SIGINT_DISPOSITION.with(|c| c.set(Some(d)));
            rspy_vm::vm::set_sigint_handler(Value::Null);
            os::set_sigint_disposition(d == SIG_IGN);
        }
        None => {
            let is_default = DEFAULT_INT_HANDLER.with(|d| d.is(handler));
            SIGINT_DISPOSITION.with(|c| c.set(None));
            rspy_vm::vm::set_sigint_handler(if is_default {
                Value::Null
            } else {
                handler.clone()
            });
            os::catch_sigint();
        }
    }
    Ok(old)
}

/// `signal.getsignal(signalnum)`. Signals other than SIGINT keep the
/// dispositions rspy starts with: SIGPIPE ignored (as Rust programs and
/// CPython set it), the rest `SIG_DFL`. CPython: signal_getsignal_impl.
fn signal_getsignal(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("getsignal", 1, 1)?;
    Ok(match signal_number(interp, &a[0])? {
        SIGINT => current_sigint_handler(),
        SIGPIPE => Value::Int(SIG_IGN),
        _ => Value::Int(SIG_DFL),
    })
}

/// `signal.raise_signal(signalnum)`. CPython: signal_raise_signal_impl.
fn signal_raise_signal(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("raise_signal", 1, 1)?;
    let signum = signal_number(interp, &a[0])?;
    if !os::raise_signal(signum as i32) {
        return Err(ExcKind::OSError.new_err("[Errno 22] Invalid argument"));
    }
    // A SIGINT caught by the handler is acted on before returning, as
    // CPython checks signals when raise_signal returns.
    if let Some(vm) = interp.as_any().downcast_mut::<Vm>() {
        vm.handle_interrupt()?;
    }
    Ok(Value::None)
}

/// Build the `_signal` module.
pub fn init(_vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let d = Rc::new(PyDict::new());
    d.set_str("__name__", Value::str("_signal"));
    let functions: [(&'static str, NativeFn); 3] = [
        ("signal", signal_signal),
        ("getsignal", signal_getsignal),
        ("raise_signal", signal_raise_signal),
    ];
    for (name, f) in functions {
        d.set_str(name, native(name, f));
    }
    d.set_str(
        "default_int_handler",
        DEFAULT_INT_HANDLER.with(Clone::clone),
    );
    for (name, n) in SIGNALS {
        d.set_str(name, Value::Int(n));
    }
    d.set_str("NSIG", Value::Int(NSIG));
    d.set_str("SIG_DFL", Value::Int(SIG_DFL));
    d.set_str("SIG_IGN", Value::Int(SIG_IGN));
    Ok(Rc::new(PyModule::new("_signal".to_string(), d)))
}
