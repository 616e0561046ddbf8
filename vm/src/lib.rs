//! rspy-vm: the compiler (ruff's AST to bytecode), the eval loop, the call
//! protocol, generators and coroutines, imports and tracebacks.
//! CPython: Python/ (compile.c, symtable.c, ceval.c, import.c, traceback.c).

pub mod annotate;
pub mod builtins_vm;
pub mod compile;
pub mod eval;
pub mod frame_source;
pub mod import;
pub mod patterns;
pub mod stackdepth;
pub mod suggest;
pub mod symtable;
pub mod syntax_errors;
pub mod traceback;
pub mod unparse;
pub mod vm;

use std::rc::Rc;

use rspy_objects::code::Code;
use rspy_objects::exceptions::{ExcKind, PyErr};
use rspy_objects::value::{PyResult, Value};

pub use vm::Vm;

use compile::CompileErrorKind;

/// Parse and compile a module; syntax problems become `SyntaxError` with
/// file, line, offset and text like CPython's.
pub fn compile_source(source: &str, filename: &str) -> PyResult<Rc<Code>> {
    compile_source_as(source, filename, false)
}

/// Like `compile_source`; `eval` compiles a single expression whose value
/// the code returns (`eval()`, `compile(..., 'eval')`).
pub fn compile_source_as(source: &str, filename: &str, eval: bool) -> PyResult<Rc<Code>> {
    if let Some((kind, msg, at)) = syntax_errors::check_nesting(source) {
        if kind == ExcKind::MemoryError {
            return Err(kind.new_err(msg));
        }
        return Err(syntax_error_of(kind, source, filename, &msg, at, at));
    }
    let parsed = match ruff_python_parser::parse_module(source) {
        Ok(p) => p,
        Err(e) => {
            let (start, end) = (e.location.start().to_u32(), e.location.end().to_u32());
            let (kind, msg, at) = syntax_errors::describe(&e.error, source, start);
            let (at, end) = syntax_errors::error_span(source, &msg, at, end);
            return Err(syntax_error_of(kind, source, filename, &msg, at, end));
        }
    };
    let src: Rc<str> = Rc::from(source);
    let compiled = if eval {
        compile::compile_eval(&parsed.syntax().body, src, Rc::from(filename))
    } else {
        compile::compile_module(&parsed.syntax().body, src, Rc::from(filename))
    };
    match compiled {
        Ok(code) => Ok(code),
        Err(e) => Err(match e.kind {
            CompileErrorKind::Unsupported => ExcKind::NotImplementedError.new_err(e.msg),
            CompileErrorKind::TooDeep => ExcKind::RecursionError.new_err(e.msg),
            CompileErrorKind::Syntax => syntax_error_of(
                ExcKind::SyntaxError,
                source,
                filename,
                &e.msg,
                e.offset,
                e.end,
            ),
        }),
    }
}

/// A `SyntaxError` carrying CPython's location attributes.
pub fn syntax_error(source: &str, filename: &str, msg: &str, offset: u32) -> PyErr {
    syntax_error_of(ExcKind::SyntaxError, source, filename, msg, offset, offset)
}

/// The 1-based line and column of a byte offset.
fn line_col(source: &str, offset: u32) -> (usize, usize, usize) {
    let off = (offset as usize).min(source.len());
    let before = &source[..off];
    let lineno = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let col = source[line_start..off].chars().count() + 1;
    (lineno, col, line_start)
}

/// A `SyntaxError` (or subclass) with file, line, offset, text and end
/// position (`end == offset` when only a point is known).
pub fn syntax_error_of(
    kind: ExcKind,
    source: &str,
    filename: &str,
    msg: &str,
    offset: u32,
    end: u32,
) -> PyErr {
    let (lineno, col, line_start) = line_col(source, offset);
    let (mut end_lineno, mut end_col, _) = line_col(source, end.max(offset));
    // A one-character span over the newline stays on the error's line.
    if end == offset + 1 && source.as_bytes().get(offset as usize) == Some(&b'\n') {
        (end_lineno, end_col) = (lineno, col + 1);
    }
    let text = source[line_start..]
        .lines()
        .next()
        .unwrap_or("")
        .to_string();
    // The tokenizer's indentation errors point past the indent or the
    // line, with no end. CPython: Parser/tokenizer (E_DEDENT, E_TOODEEP).
    let (col, end_col) = match msg {
        "unexpected indent" => (text.chars().take_while(|c| *c == ' ').count().max(1), -1),
        "unindent does not match any outer indentation level" => (text.chars().count() + 1, -1),
        // CPython reports an unclosed bracket with end_offset 0.
        m if m.ends_with("was never closed") => (col, 0),
        _ => (col, end_col as i64),
    };
    let e = kind.new_err(msg);
    let d = &e.0.dict();
    d.set_str("msg", Value::str(msg));
    d.set_str("filename", Value::str(filename));
    d.set_str("lineno", Value::Int(lineno as i64));
    d.set_str("offset", Value::Int(col as i64));
    d.set_str("text", Value::string(format!("{text}\n")));
    d.set_str("end_lineno", Value::Int(end_lineno as i64));
    d.set_str("end_offset", Value::Int(end_col));
    {
        let mut data = e.data();
        data.args = Value::tuple(vec![
            Value::str(msg),
            Value::tuple(vec![
                Value::str(filename),
                Value::Int(lineno as i64),
                Value::Int(col as i64),
                Value::string(format!("{text}\n")),
                Value::Int(end_lineno as i64),
                Value::Int(end_col),
            ]),
        ]);
    }
    e
}
