//! `_traceback`: the interpreter's own traceback formatter, exposed to
//! lib/traceback.py so `format_exc()` and friends print exactly what an
//! uncaught exception prints. The public API (FrameSummary, StackSummary,
//! print_exc...) is Python in lib/traceback.py; the formatting is
//! vm/src/traceback.rs. CPython: Lib/traceback.py.

use std::rc::Rc;

use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{type_error, PyErr, TbEntry};
use rspy_objects::exceptions_methods::Traceback;
use rspy_objects::function::{Args, NativeFn, NativeFunction};
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::value::{PyModule, PyResult, Value};
use rspy_vm::traceback::{self as tb, FormatOptions};
use rspy_vm::vm::vm_of;
use rspy_vm::Vm;

fn strings(pieces: Vec<String>) -> Value {
    Value::list(pieces.into_iter().map(|s| Value::str(&s)).collect())
}

fn exception_arg(v: &Value) -> PyResult<PyErr> {
    PyErr::from_value(v).ok_or_else(|| type_error("expected an exception instance"))
}

/// `limit`: None or an int.
fn limit_arg(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(Some(*n)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(_) => Err(type_error("limit must be an integer or None")),
    }
}

/// The frames a traceback object (or None) stands for, innermost first.
fn tb_entries(v: &Value) -> PyResult<Vec<TbEntry>> {
    match v {
        Value::None => Ok(Vec::new()),
        Value::Object(o) => match o.as_any().downcast_ref::<Traceback>() {
            Some(t) => Ok(t.entries.clone()),
            None => Err(type_error("expected a traceback object or None")),
        },
        _ => Err(type_error("expected a traceback object or None")),
    }
}

/// `_traceback.format_exception(exc, limit, chain)`: the report's pieces.
fn format_exception(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("format_exception", 3, 3)?;
    let e = exception_arg(&a[0])?;
    let opts = FormatOptions {
        limit: limit_arg(a.get(1))?,
        no_chain: !ops::truthy(interp, &a[2])?,
    };
    let vm = vm_of(interp);
    Ok(strings(tb::format_exception_chunks(vm, &e, &opts)))
}

/// `_traceback.format_exception_only(exc)`.
fn format_exception_only(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("format_exception_only", 1, 1)?;
    let e = exception_arg(&a[0])?;
    Ok(strings(tb::format_exception_only_chunks(vm_of(interp), &e)))
}

/// A frame as lib/traceback.py builds its FrameSummary from:
/// `(filename, lineno, name, line, end_lineno, colno, end_colno, text)`,
/// where `text` is the frame as a traceback prints it (with carets).
fn frame_tuple(e: &TbEntry) -> Value {
    let line = e.code.source_line(e.line).unwrap_or_default();
    let mut fields = vec![
        Value::str(&e.code.filename),
        Value::Int(e.line as i64),
        Value::str(e.code.name.as_str()),
        Value::str(&line),
    ];
    match e.code.source.as_deref().and_then(|src| span(src, e.pos)) {
        Some((end_line, col, end_col)) => fields.extend([
            Value::Int(end_line as i64),
            Value::Int(col as i64),
            Value::Int(end_col as i64),
        ]),
        None => fields.extend([Value::None, Value::None, Value::None]),
    }
    let text = tb::format_frames(std::slice::from_ref(e), None).concat();
    fields.push(Value::str(&text));
    Value::tuple(fields)
}

/// The end line and the start/end byte columns of a source range.
fn span(src: &str, (start, end): (u32, u32)) -> Option<(usize, usize, usize)> {
    let (start, end) = (start as usize, end as usize);
    if start >= end || end > src.len() {
        return None;
    }
    let line_start = |at: usize| src[..at].rfind('\n').map_or(0, |i| i + 1);
    let end_line = src[..end].matches('\n').count() + 1;
    Some((end_line, start - line_start(start), end - line_start(end)))
}

fn frame_list(entries: &[TbEntry]) -> Value {
    Value::list(entries.iter().rev().map(frame_tuple).collect())
}

/// `_traceback.extract_tb(tb, limit)`: frame tuples, outermost first.
fn extract_tb(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("extract_tb", 2, 2)?;
    let entries = tb_entries(&a[0])?;
    Ok(frame_list(tb::limited(&entries, limit_arg(a.get(1))?)))
}

/// `_traceback.extract_stack(skip, limit)`: the running frames, outermost
/// first, without the innermost `skip` (lib/traceback.py's own).
fn extract_stack(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("extract_stack", 2, 2)?;
    let Value::Int(skip) = a[0] else {
        return Err(type_error("skip must be an integer"));
    };
    let entries = vm_of(interp).stack_entries();
    let rest = entries.get(skip.max(0) as usize..).unwrap_or_default();
    Ok(frame_list(tb::limited(rest, limit_arg(a.get(1))?)))
}

pub fn init(_vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let d = Rc::new(PyDict::new());
    d.set_str("__name__", Value::str("_traceback"));
    let functions: [(&'static str, NativeFn); 4] = [
        ("format_exception", format_exception),
        ("format_exception_only", format_exception_only),
        ("extract_tb", extract_tb),
        ("extract_stack", extract_stack),
    ];
    for (name, f) in functions {
        let mut n = NativeFunction::function(name, f);
        n.module = Some("_traceback");
        d.set_str(name, Value::Native(Rc::new(n)));
    }
    Ok(Rc::new(PyModule::new("_traceback".to_string(), d)))
}
