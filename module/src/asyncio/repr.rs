//! Reprs of futures, tasks and handles, as asyncio builds them.
//! CPython: Lib/asyncio/base_futures.py (_future_repr_info),
//! base_tasks.py (_task_repr_info), format_helpers.py, coroutines.py
//! (_format_coroutine), and Lib/reprlib.py for results.

use std::rc::Rc;

use rspy_objects::generator::GenState;
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::value::{PyResult, Value};

use super::futures::{DoneCallback, FutState, PyFuture};

/// `reprlib.repr(v)` with reprlib's default limits.
pub fn short_repr(interp: &mut dyn Interp, v: &Value, level: u32) -> PyResult<String> {
    let limit = |s: String, max: usize| -> String {
        let chars: Vec<char> = s.chars().collect();
        if chars.len() <= max {
            return s;
        }
        let i = (max - 3) / 2;
        let j = max - 3 - i;
        let head: String = chars[..i].iter().collect();
        let tail: String = chars[chars.len() - j..].iter().collect();
        format!("{head}...{tail}")
    };
    match v {
        Value::Str(_) => Ok(limit(ops::repr(interp, v)?, 30)),
        Value::Int(_) | Value::BigInt(_) => Ok(limit(ops::repr(interp, v)?, 40)),
        Value::List(_) | Value::Tuple(_) => {
            let (open, close, items) = match v {
                Value::List(l) => ("[", "]", l.items.borrow().clone()),
                Value::Tuple(t) => ("(", ")", t.items.clone()),
                _ => unreachable!(),
            };
            if items.is_empty() {
                return Ok(format!("{open}{close}"));
            }
            if level == 0 {
                return Ok(format!("{open}...{close}"));
            }
            let mut parts = Vec::new();
            for x in items.iter().take(6) {
                parts.push(short_repr(interp, x, level - 1)?);
            }
            if items.len() > 6 {
                parts.push("...".into());
            }
            let mut s = parts.join(", ");
            if matches!(v, Value::Tuple(_)) && items.len() == 1 {
                s.push(',');
            }
            Ok(format!("{open}{s}{close}"))
        }
        _ => Ok(limit(ops::repr(interp, v)?, 30)),
    }
}

/// `name()` plus ` at file:line` for Python functions. CPython:
/// format_helpers._format_callback_source.
pub fn callback_source(interp: &mut dyn Interp, f: &Value) -> PyResult<String> {
    let name = match ops::getattr_opt(interp, f, "__qualname__")? {
        Some(Value::Str(s)) if !s.as_str().is_empty() => s.as_str().to_string(),
        _ => match ops::getattr_opt(interp, f, "__name__")? {
            Some(Value::Str(s)) if !s.as_str().is_empty() => s.as_str().to_string(),
            _ => ops::repr(interp, f)?,
        },
    };
    let mut s = format!("{name}()");
    if let Value::Function(func) = f {
        s.push_str(&format!(
            " at {}:{}",
            &*func.code.filename, func.code.firstlineno
        ));
    }
    Ok(s)
}

fn format_callbacks(interp: &mut dyn Interp, cbs: &[DoneCallback]) -> PyResult<String> {
    let one = |interp: &mut dyn Interp, cb: &DoneCallback| -> PyResult<String> {
        match cb {
            DoneCallback::Python(f, _) => callback_source(interp, f),
            DoneCallback::Wakeup(_) => Ok("Task.task_wakeup()".into()),
            DoneCallback::StopLoop => Ok("_run_until_complete_cb()".into()),
            DoneCallback::Gather(_) => Ok("gather.<locals>._done_callback()".into()),
        }
    };
    let body = match cbs.len() {
        0 => String::new(),
        1 => one(interp, &cbs[0])?,
        2 => format!("{}, {}", one(interp, &cbs[0])?, one(interp, &cbs[1])?),
        n => format!(
            "{}, <{} more>, {}",
            one(interp, &cbs[0])?,
            n - 2,
            one(interp, &cbs[n - 1])?
        ),
    };
    Ok(format!("cb=[{body}]"))
}

/// CPython: coroutines._format_coroutine.
fn format_coroutine(interp: &mut dyn Interp, coro: &Value) -> PyResult<String> {
    let Value::Generator(g) = coro else {
        // A native coroutine-like object (asyncio.sleep) has no code:
        // CPython shows just its name.
        return match ops::getattr_opt(interp, coro, "__qualname__")? {
            Some(Value::Str(s)) => Ok(format!("{}()", s.as_str())),
            _ => ops::repr(interp, coro),
        };
    };
    let name = format!("{}()", g.qualname());
    let Some(code) = g
        .frame
        .borrow()
        .as_ref()
        .map(|f| (f.code.clone(), f.current_line()))
    else {
        if g.state.get() == GenState::Running {
            return Ok(format!("{name} running"));
        }
        // Finished or closed: the frame is gone, the code stays (gi_code).
        return Ok(format!(
            "{name} done, defined at {}:{}",
            &*g.code.filename, g.code.firstlineno
        ));
    };
    let (code, line) = code;
    if g.state.get() == GenState::Finished {
        return Ok(format!(
            "{name} done, defined at {}:{}",
            &*code.filename, code.firstlineno
        ));
    }
    Ok(format!("{name} running at {}:{line}", &*code.filename))
}

/// CPython: base_futures._future_repr / base_tasks._task_repr.
pub fn future_repr(interp: &mut dyn Interp, f: &Rc<PyFuture>) -> PyResult<String> {
    let mut info = vec![f.state.get().name().to_lowercase()];
    if f.state.get() == FutState::Finished {
        let exc = f.exception();
        match exc {
            Some(e) => info.push(format!("exception={}", ops::repr(interp, &e.value())?)),
            None => {
                let r = f.result_value();
                info.push(format!("result={}", short_repr(interp, &r, 6)?));
            }
        }
    }
    let cbs = f.callbacks.borrow().clone();
    if !cbs.is_empty() {
        info.push(format_callbacks(interp, &cbs)?);
    }
    if let Some(t) = &f.task {
        if t.num_cancels_requested.get() > 0 && !f.done() {
            info[0] = "cancelling".into();
        }
        let name = t.name();
        info.insert(1, format!("name={}", ops::repr(interp, &name)?));
        let waiter = t.fut_waiter();
        if let Some(w) = waiter {
            let w = Value::object(w);
            info.insert(2, format!("wait_for={}", ops::repr(interp, &w)?));
        }
        let coro = t.coro.borrow().clone();
        if !coro.is_none() {
            info.insert(2, format!("coro=<{}>", format_coroutine(interp, &coro)?));
        }
    }
    let cls = rspy_objects::value::NativeObject::py_type(&**f);
    Ok(format!("<{} {}>", cls.name, info.join(" ")))
}
