//! The `gc` module over the cycle collector (rspy_objects::gc).
//!
//! rspy's collector is not generational: `collect(generation)` checks the
//! generation like CPython and always collects everything; thresholds are
//! kept for `get_threshold` but the collector sizes its own. Introspection
//! of the heap (`get_objects`, `get_referrers`, `freeze`, ...) raises
//! NotImplementedError naming the function. CPython: Modules/gcmodule.c.

use std::cell::Cell;
use std::rc::Rc;

use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{not_implemented, overflow_error, type_error, value_error, PyErr};
use rspy_objects::function::{Args, NativeFn, NativeFunction};
use rspy_objects::gc;
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::value::{PyModule, PyResult, Value};
use rspy_vm::Vm;

thread_local! {
    /// `set_threshold` values. CPython 3.14's defaults.
    static THRESHOLDS: Cell<(i64, i64, i64)> = const { Cell::new((2000, 10, 10)) };
}

fn native(name: &'static str, f: NativeFn) -> Value {
    let mut n = NativeFunction::function(name, f);
    n.module = Some("gc");
    Value::Native(Rc::new(n))
}

fn no_args(args: &Args<'_>, name: &str) -> PyResult<()> {
    let n = args.positional().len() + args.kwvalues().len();
    if n != 0 {
        return Err(type_error(format!(
            "gc.{name}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

fn int_arg(interp: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    match ops::index(interp, v)? {
        Value::Int(i) => Ok(i),
        _ => Err(overflow_error("Python int too large to convert to C long")),
    }
}

/// `gc.collect(generation=2)`: the number of unreachable objects found.
/// Finalizers of the garbage run here, then it is cleared.
/// CPython: gc_collect_impl.
fn gc_collect(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() > 1 {
        return Err(type_error(format!(
            "collect() takes at most 1 argument ({} given)",
            (args.positional().len() + args.kwvalues().len())
        )));
    }
    let mut generation = pos.first();
    for (k, v) in args.kwargs() {
        if k.as_str() != "generation" || generation.is_some() {
            return Err(type_error(format!(
                "collect() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
        generation = Some(v);
    }
    if let Some(g) = generation {
        let g = int_arg(interp, g)?;
        if !(0..=2).contains(&g) {
            return Err(value_error("invalid generation"));
        }
    }
    let mut found = 0;
    // Each round either clears the garbage or runs the finalizers of some
    // of it; finalizers run once per object, so this ends.
    for _ in 0..8 {
        let r = gc::collect();
        found += r.unreachable - r.finalizers.min(r.unreachable);
        if r.finalizers == 0 {
            break;
        }
        if let Some(vm) = interp.as_any().downcast_mut::<Vm>() {
            vm.run_finalizers(None);
        }
    }
    Ok(Value::Int(found as i64))
}

fn gc_enable(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "enable")?;
    gc::set_enabled(true);
    Ok(Value::None)
}

fn gc_disable(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "disable")?;
    gc::set_enabled(false);
    Ok(Value::None)
}

fn gc_isenabled(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "isenabled")?;
    Ok(Value::Bool(gc::is_enabled()))
}

fn gc_get_count(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "get_count")?;
    Ok(Value::tuple(vec![
        Value::Int(gc::count() as i64),
        Value::Int(0),
        Value::Int(0),
    ]))
}

fn gc_get_threshold(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "get_threshold")?;
    let (a, b, c) = THRESHOLDS.with(|t| t.get());
    Ok(Value::tuple(vec![
        Value::Int(a),
        Value::Int(b),
        Value::Int(c),
    ]))
}

fn gc_set_threshold(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("set_threshold() takes no keyword arguments"));
    }
    let pos = args.positional();
    if pos.is_empty() || pos.len() > 3 {
        return Err(type_error("gc.set_threshold requires 1 to 3 arguments"));
    }
    let mut t = THRESHOLDS.with(|t| t.get());
    t.0 = int_arg(interp, &pos[0])?;
    if let Some(v) = pos.get(1) {
        t.1 = int_arg(interp, v)?;
    }
    if let Some(v) = pos.get(2) {
        t.2 = int_arg(interp, v)?;
    }
    THRESHOLDS.with(|c| c.set(t));
    Ok(Value::None)
}

fn unsupported(name: &'static str) -> PyErr {
    not_implemented(format!("gc.{name}() is not supported by rspy"))
}

macro_rules! unsupported_fns {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(fn $f(_: &mut dyn Interp, _: Args<'_>) -> PyResult<Value> {
            Err(unsupported($name))
        })*
    };
}

unsupported_fns!(
    gc_get_objects => "get_objects",
    gc_get_referrers => "get_referrers",
    gc_get_referents => "get_referents",
    gc_is_tracked => "is_tracked",
    gc_is_finalized => "is_finalized",
    gc_freeze => "freeze",
    gc_unfreeze => "unfreeze",
    gc_get_freeze_count => "get_freeze_count",
    gc_get_stats => "get_stats",
    gc_set_debug => "set_debug",
    gc_get_debug => "get_debug",
);

/// Build the `gc` module.
pub fn init(_vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let d = Rc::new(PyDict::new());
    d.set_str("__name__", Value::str("gc"));
    let functions: [(&'static str, NativeFn); 18] = [
        ("collect", gc_collect),
        ("enable", gc_enable),
        ("disable", gc_disable),
        ("isenabled", gc_isenabled),
        ("get_count", gc_get_count),
        ("get_threshold", gc_get_threshold),
        ("set_threshold", gc_set_threshold),
        ("get_objects", gc_get_objects),
        ("get_referrers", gc_get_referrers),
        ("get_referents", gc_get_referents),
        ("is_tracked", gc_is_tracked),
        ("is_finalized", gc_is_finalized),
        ("freeze", gc_freeze),
        ("unfreeze", gc_unfreeze),
        ("get_freeze_count", gc_get_freeze_count),
        ("get_stats", gc_get_stats),
        ("set_debug", gc_set_debug),
        ("get_debug", gc_get_debug),
    ];
    for (name, f) in functions {
        d.set_str(name, native(name, f));
    }
    d.set_str("garbage", Value::list(Vec::new()));
    d.set_str("callbacks", Value::list(Vec::new()));
    let flags = [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ];
    for (name, v) in flags {
        d.set_str(name, Value::Int(v));
    }
    Ok(Rc::new(PyModule::new("gc".to_string(), d)))
}
