//! The `time` module: the wall clock, the monotonic and performance
//! counters, process CPU time, `sleep` and `get_clock_info`.
//!
//! `monotonic()` and `perf_counter()` read the same clock as the asyncio
//! event loop (`loop.time()`), as they do in CPython on Linux, so times
//! taken from either can be mixed. CPU time comes from /proc (the process
//! is single-threaded, so the main thread's run time is the process's).
//! CPython: Modules/timemodule.c, Python/pytime.c.

use std::any::Any;
use std::cell::OnceCell;
use std::rc::Rc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{overflow_error, type_error, value_error};
use rspy_objects::function::{Args, NativeFn, NativeFunction};
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::types::{types, Layout, PyType};
use rspy_objects::value::{NativeObject, PyModule, PyResult, Value};
use rspy_vm::Vm;

/// Nanoseconds per second.
const NS: i128 = 1_000_000_000;

fn native(name: &'static str, f: NativeFn) -> Value {
    let mut n = NativeFunction::function(name, f);
    n.module = Some("time");
    Value::Native(Rc::new(n))
}

/// Nanoseconds since the Unix epoch (negative before it).
fn wall_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// Nanoseconds on the monotonic clock the event loop uses.
fn monotonic_ns_value() -> i128 {
    (crate::asyncio::events::monotonic() * 1e9).round() as i128
}

/// CPU time of this process in nanoseconds: the scheduler's run time of
/// the (only) thread, or user+system ticks when that is unavailable.
fn process_ns() -> i128 {
    if let Ok(s) = std::fs::read_to_string("/proc/self/schedstat") {
        if let Some(ns) = s
            .split_whitespace()
            .next()
            .and_then(|f| f.parse::<i128>().ok())
        {
            return ns;
        }
    }
    if let Ok(s) = std::fs::read_to_string("/proc/self/stat") {
        // Fields after the parenthesised command name; utime and stime are
        // fields 14 and 15 of the whole line, in ticks of 1/100 s.
        if let Some(rest) = s.rsplit(')').next() {
            let f: Vec<&str> = rest.split_whitespace().collect();
            let tick = |i: usize| f.get(i).and_then(|x| x.parse::<i128>().ok());
            if let (Some(u), Some(s)) = (tick(11), tick(12)) {
                return (u + s) * (NS / 100);
            }
        }
    }
    0
}

/// Seconds as a float from nanoseconds. CPython: _PyTime_AsSecondsDouble.
fn ns_to_secs(ns: i128) -> Value {
    if ns % NS == 0 {
        Value::Float((ns / NS) as f64)
    } else {
        Value::Float(ns as f64 / 1e9)
    }
}

/// Reject arguments to a METH_NOARGS function, with CPython's wording.
fn no_args(args: &Args<'_>, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(type_error(format!(
            "time.{name}() takes no keyword arguments"
        )));
    }
    let n = args.positional().len();
    if n != 0 {
        return Err(type_error(format!(
            "time.{name}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

fn clock_fn(name: &str, args: &Args<'_>, read: fn() -> i128, as_ns: bool) -> PyResult<Value> {
    no_args(args, name)?;
    let ns = read();
    Ok(if as_ns {
        Value::from_i128(ns)
    } else {
        ns_to_secs(ns)
    })
}

// CPython: Modules/timemodule.c time_time
fn time_time(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    clock_fn("time", &args, wall_ns, false)
}

// CPython: Modules/timemodule.c time_time_ns
fn time_time_ns(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    clock_fn("time_ns", &args, wall_ns, true)
}

// CPython: Modules/timemodule.c time_monotonic
fn time_monotonic(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "monotonic")?;
    Ok(Value::Float(crate::asyncio::events::monotonic()))
}

// CPython: Modules/timemodule.c time_monotonic_ns
fn time_monotonic_ns(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    clock_fn("monotonic_ns", &args, monotonic_ns_value, true)
}

// CPython: Modules/timemodule.c time_perf_counter
fn time_perf_counter(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "perf_counter")?;
    Ok(Value::Float(crate::asyncio::events::monotonic()))
}

// CPython: Modules/timemodule.c time_perf_counter_ns
fn time_perf_counter_ns(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    clock_fn("perf_counter_ns", &args, monotonic_ns_value, true)
}

// CPython: Modules/timemodule.c time_process_time
fn time_process_time(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    clock_fn("process_time", &args, process_ns, false)
}

// CPython: Modules/timemodule.c time_process_time_ns
fn time_process_time_ns(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    clock_fn("process_time_ns", &args, process_ns, true)
}

// CPython: Modules/timemodule.c time_thread_time
fn time_thread_time(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    clock_fn("thread_time", &args, process_ns, false)
}

// CPython: Modules/timemodule.c time_thread_time_ns
fn time_thread_time_ns(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    clock_fn("thread_time_ns", &args, process_ns, true)
}

fn out_of_range() -> rspy_objects::exceptions::PyErr {
    overflow_error("timestamp out of range for C PyTime_t")
}

/// A number of seconds as nanoseconds, rounding as `sleep` does (toward
/// +infinity). CPython: _PyTime_FromSecondsObject with _PyTime_ROUND_CEILING.
fn seconds_to_ns(interp: &mut dyn Interp, v: &Value) -> PyResult<i128> {
    if let Value::Float(x) = v {
        if x.is_nan() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        let d = (x * 1e9).ceil();
        if !((i64::MIN as f64) <= d && d < -(i64::MIN as f64)) {
            return Err(out_of_range());
        }
        return Ok(d as i128);
    }
    let is_int = matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
        || v.py_type().lookup("__index__").is_some();
    if !is_int {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer or float",
            v.type_name()
        )));
    }
    let i = ops::index(interp, v)?;
    let secs = rspy_objects::int::to_bigint(&i).unwrap_or_default();
    let ns = secs * BigInt::from(NS);
    match ns.to_i64() {
        Some(n) => Ok(n as i128),
        None => Err(out_of_range()),
    }
}

// CPython: Modules/timemodule.c time_sleep
fn time_sleep(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("time.sleep")?;
    let a = args.check_count("time.sleep", 1, 1)?;
    let ns = seconds_to_ns(interp, &a[0])?;
    if ns < 0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    crate::builtins::flush_stdout();
    std::thread::sleep(Duration::from_nanos(ns as u64));
    Ok(Value::None)
}

// ------------------------------------------------------- get_clock_info

/// The namespace `get_clock_info` returns. CPython: types.SimpleNamespace
/// (Objects/namespaceobject.c), reduced to attributes and its repr.
struct Namespace {
    dict: Rc<PyDict>,
}

thread_local! {
    static NAMESPACE_TYPE: OnceCell<Rc<PyType>> = const { OnceCell::new() };
}

fn namespace_type() -> Rc<PyType> {
    NAMESPACE_TYPE.with(|c| {
        c.get_or_init(|| {
            let t = PyType::new_builtin(
                "SimpleNamespace",
                vec![types().object_type.clone()],
                Layout::Builtin,
            );
            *t.module.borrow_mut() = "types".to_string();
            t.add_method("__repr__", namespace_repr);
            t.add_method("__eq__", namespace_eq);
            t
        })
        .clone()
    })
}

impl NativeObject for Namespace {
    fn py_type(&self) -> Rc<PyType> {
        namespace_type()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn instance_dict(&self) -> Option<&Rc<PyDict>> {
        Some(&self.dict)
    }
}

// CPython: Objects/namespaceobject.c namespace_repr
fn namespace_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let Some(ns) = args
        .values
        .first()
        .and_then(rspy_objects::value::downcast_object::<Namespace>)
    else {
        return Err(type_error(
            "descriptor '__repr__' requires a 'types.SimpleNamespace' object",
        ));
    };
    let mut parts = Vec::new();
    for (k, v) in ns.dict.items() {
        let Value::Str(k) = k else { continue };
        parts.push(format!("{}={}", k.as_str(), ops::repr(interp, &v)?));
    }
    Ok(Value::string(format!("namespace({})", parts.join(", "))))
}

// CPython: Objects/namespaceobject.c namespace_richcompare
fn namespace_eq(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ns = |i: usize| {
        args.values
            .get(i)
            .and_then(rspy_objects::value::downcast_object::<Namespace>)
    };
    match (ns(0), ns(1)) {
        (Some(a), Some(b)) => Ok(Value::Bool(rspy_objects::seq::dict_eq(
            interp, &a.dict, &b.dict,
        )?)),
        _ => Ok(Value::NotImplemented),
    }
}

// CPython: Modules/timemodule.c time_get_clock_info
fn time_get_clock_info(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("get_clock_info")?;
    let a = args.positional();
    if a.len() != 1 {
        return Err(type_error(format!(
            "get_clock_info() takes exactly 1 argument ({} given)",
            a.len()
        )));
    }
    let Value::Str(name) = &a[0] else {
        return Err(type_error(format!(
            "get_clock_info() argument 1 must be str, not {}",
            a[0].type_name()
        )));
    };
    let (implementation, monotonic, adjustable) = match name.as_str() {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false),
        _ => return Err(value_error("unknown clock")),
    };
    let dict = Rc::new(PyDict::new());
    dict.set_str("implementation", Value::str(implementation));
    dict.set_str("monotonic", Value::Bool(monotonic));
    dict.set_str("adjustable", Value::Bool(adjustable));
    dict.set_str("resolution", Value::Float(1e-09));
    Ok(Value::Object(Rc::new(Namespace { dict })))
}

/// Build the `time` module.
pub fn init(_vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let d = Rc::new(PyDict::new());
    d.set_str("__name__", Value::str("time"));
    let functions: [(&'static str, NativeFn); 12] = [
        ("time", time_time),
        ("time_ns", time_time_ns),
        ("monotonic", time_monotonic),
        ("monotonic_ns", time_monotonic_ns),
        ("perf_counter", time_perf_counter),
        ("perf_counter_ns", time_perf_counter_ns),
        ("process_time", time_process_time),
        ("process_time_ns", time_process_time_ns),
        ("thread_time", time_thread_time),
        ("thread_time_ns", time_thread_time_ns),
        ("sleep", time_sleep),
        ("get_clock_info", time_get_clock_info),
    ];
    for (name, f) in functions {
        d.set_str(name, native(name, f));
    }
    Ok(Rc::new(PyModule::new("time".to_string(), d)))
}
