//! Printing an uncaught exception the way CPython does: the chain of
//! causes and contexts, `Traceback (most recent call last):`, one entry per
//! frame with its source line, and `Type: message` with suggestions.
//! CPython: Lib/traceback.py TracebackException.format.

use rspy_objects::exceptions::{ExcKind, PyErr};
use rspy_objects::ops;
use rspy_objects::value::Value;

use crate::vm::Vm;

/// The whole report for `e`.
pub fn format_exception(vm: &mut Vm, e: &PyErr) -> String {
    let mut out = String::new();
    let mut seen: Vec<usize> = Vec::new();
    format_chain(vm, e, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut Vm, e: &PyErr, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(e.value().id() as usize);
    let (cause, context, suppress) = {
        let d = e.data();
        (d.cause.clone(), d.context.clone(), d.suppress_context)
    };
    if let Some(c) = PyErr::from_value(&cause) {
        if !seen.contains(&(c.value().id() as usize)) {
            format_chain(vm, &c, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        }
    } else if !suppress {
        if let Some(c) = PyErr::from_value(&context) {
            if !seen.contains(&(c.value().id() as usize)) {
                format_chain(vm, &c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
    }
    format_one(vm, e, out);
}

fn format_one(vm: &mut Vm, e: &PyErr, out: &mut String) {
    let tb = e.data().traceback.clone();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        for entry in tb.iter().rev() {
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                entry.code.filename,
                entry.line,
                entry.code.name.as_str()
            ));
            if let Some(src) = entry.code.source_line(entry.line) {
                if !src.is_empty() {
                    out.push_str(&format!("    {src}\n"));
                }
            }
        }
    }
    if e.matches(ExcKind::SyntaxError) {
        format_syntax_error(e, out);
    }
    out.push_str(&exception_line(vm, e));
    out.push('\n');
    if let Some(Value::List(notes)) = e.0.dict.get_str("__notes__") {
        for n in notes.items.borrow().iter() {
            if let Value::Str(s) = n {
                out.push_str(s.as_str());
                out.push('\n');
            }
        }
    }
}

fn format_syntax_error(e: &PyErr, out: &mut String) {
    let get = |k: &str| e.0.dict.get_str(k);
    let filename = get("filename").and_then(|v| v.as_str().map(str::to_string));
    let lineno = match get("lineno") {
        Some(Value::Int(i)) => Some(i),
        _ => None,
    };
    if let (Some(f), Some(l)) = (filename, lineno) {
        out.push_str(&format!("  File \"{f}\", line {l}\n"));
    }
    if let Some(Value::Str(text)) = get("text") {
        let line = text.as_str().trim_end_matches('\n');
        let stripped = line.trim_start();
        let indent = line.chars().count() - stripped.chars().count();
        out.push_str(&format!("    {stripped}\n"));
        if let Some(Value::Int(off)) = get("offset") {
            let col = (off as usize).saturating_sub(1).saturating_sub(indent);
            out.push_str(&format!("    {}^\n", " ".repeat(col)));
        }
    }
}

/// `TypeName: message` for the last line. CPython: format_exception_only.
pub fn exception_line(vm: &mut Vm, e: &PyErr) -> String {
    let cls = e.class();
    let module = cls.module.borrow().clone();
    let qual = cls.qualname.borrow().clone();
    let name = if module == "builtins" || module == "__main__" {
        qual
    } else {
        format!("{module}.{qual}")
    };
    let mut msg = match ops::str_of(vm, &e.value()) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if e.matches(ExcKind::SyntaxError) {
        if let Some(Value::Str(m)) = e.0.dict.get_str("msg") {
            msg = m.as_str().to_string();
        }
    }
    if let Some(h) = e.data().hint.clone() {
        msg.push_str(&h);
    } else if e.matches(ExcKind::AttributeError) {
        if let Some(h) = attribute_hint(vm, e) {
            msg.push_str(&h);
        }
    }
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

fn attribute_hint(vm: &mut Vm, e: &PyErr) -> Option<String> {
    let Value::Str(name) = e.0.dict.get_str("name")? else {
        return None;
    };
    let obj = e.0.dict.get_str("obj")?;
    let dir = ops::call_method(vm, &obj, "__dir__", &[]).ok()?;
    let names: Vec<String> = rspy_objects::iter::collect(vm, &dir)
        .ok()?
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .filter(|n| name.as_str().starts_with('_') || !n.starts_with('_'))
        .collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    crate::suggest::suggest(name.as_str(), &refs).map(|s| format!(". Did you mean: '{s}'?"))
}
