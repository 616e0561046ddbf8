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
            let (kind, msg, at) =
                syntax_errors::describe(&e.error, source, e.location.start().to_u32());
            return Err(syntax_error_of(kind, source, filename, &msg, at, at));
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
    let (end_lineno, end_col, _) = line_col(source, end.max(offset));
    let text = source[line_start..]
        .lines()
        .next()
        .unwrap_or("")
        .to_string();
    let e = kind.new_err(msg);
    let d = &e.0.dict();
    d.set_str("msg", Value::str(msg));
    d.set_str("filename", Value::str(filename));
    d.set_str("lineno", Value::Int(lineno as i64));
    d.set_str("offset", Value::Int(col as i64));
    d.set_str("text", Value::string(format!("{text}\n")));
    d.set_str("end_lineno", Value::Int(end_lineno as i64));
    d.set_str("end_offset", Value::Int(end_col as i64));
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
                Value::Int(end_col as i64),
            ]),
        ]);
    }
    e
}
