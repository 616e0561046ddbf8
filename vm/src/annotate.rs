//! Lazily evaluated annotations (PEP 649, CPython 3.14): a class's,
//! module's or function's annotations are evaluated when
//! `__annotations__` is first read, not where they are written, so names
//! defined later resolve. rspy keeps each annotation's source text and
//! evaluates it in the defining namespaces on demand. CPython compiles an
//! `__annotate__` function instead (Python/compile.c
//! compiler_process_deferred_annotations).

use std::any::Any;
use std::rc::Rc;

use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{type_error, ExcKind};
use rspy_objects::function::Args;
use rspy_objects::interp::Interp;
use rspy_objects::types::{types, Layout, PyType};
use rspy_objects::value::{downcast_object, NativeObject, PyResult, Value};

use crate::vm::vm_of;

pub struct Annotate {
    names: Vec<Value>,
    /// Each annotation's `(start, end)` in `source`.
    ranges: Vec<Value>,
    source: Option<Rc<str>>,
    filename: Rc<str>,
    globals: Rc<PyDict>,
    locals: Rc<PyDict>,
}

thread_local! {
    static ANNOTATE_TYPE: Rc<PyType> = {
        let t = PyType::new_builtin("function", vec![types().object_type.clone()], Layout::Builtin);
        t.add_method("__call__", annotate_call);
        t
    };
}

impl NativeObject for Annotate {
    fn py_type(&self) -> Rc<PyType> {
        ANNOTATE_TYPE.with(|t| t.clone())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The `__annotate__` of the running frame: names and source ranges from
/// the compiler, namespaces from the frame.
pub fn make(
    names: &Value,
    ranges: &Value,
    source: Option<Rc<str>>,
    filename: Rc<str>,
    globals: Rc<PyDict>,
    locals: Rc<PyDict>,
) -> Value {
    let items = |v: &Value| match v {
        Value::Tuple(t) => t.items.clone(),
        _ => Vec::new(),
    };
    Value::object(Rc::new(Annotate {
        names: items(names),
        ranges: items(ranges),
        source,
        filename,
        globals,
        locals,
    }))
}

/// `__annotate__(format)`: only VALUE (1) is supported, as CPython's
/// compiler-generated functions raise NotImplementedError for the others.
fn annotate_call(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__annotate__", 2, 2)?;
    let Some(ann) = downcast_object::<Annotate>(&a[0]) else {
        return Err(type_error("expected an annotate function"));
    };
    match &a[1] {
        Value::Int(1) => {}
        Value::Int(_) => return Err(ExcKind::NotImplementedError.new_err("")),
        other => {
            return Err(type_error(format!(
                "'>' not supported between instances of '{}' and 'int'",
                other.type_name()
            )))
        }
    }
    let vm = vm_of(interp);
    let out = Rc::new(PyDict::new());
    let Some(source) = ann.source.clone() else {
        return Ok(Value::Dict(out));
    };
    for (name, range) in ann.names.iter().zip(&ann.ranges) {
        let code = compile_range(&source, &ann.filename, range)?;
        let v = crate::builtins_vm::run_with(vm, code, ann.globals.clone(), ann.locals.clone())?;
        out.set_item(vm, name.clone(), v)?;
    }
    Ok(Value::Dict(out))
}

/// Parse and compile the annotation at `(start, end)` of `source`.
fn compile_range(
    source: &Rc<str>,
    filename: &Rc<str>,
    range: &Value,
) -> PyResult<Rc<rspy_objects::code::Code>> {
    use ruff_text_size::{TextRange, TextSize};
    let bounds = match range {
        Value::Tuple(t) => match t.items.as_slice() {
            [Value::Int(a), Value::Int(b)] => Some((*a as u32, *b as u32)),
            _ => None,
        },
        _ => None,
    };
    let Some((start, end)) = bounds.filter(|(a, b)| a <= b && (*b as usize) <= source.len()) else {
        return Err(type_error("bad annotation range"));
    };
    let r = TextRange::new(TextSize::new(start), TextSize::new(end));
    let parsed = ruff_python_parser::parse_expression_range(source, r)
        .map_err(|_| ExcKind::SyntaxError.new_err("invalid annotation"))?;
    crate::compile::compile_annotation(&parsed.syntax().body, source.clone(), filename.clone())
        .map_err(|e| ExcKind::SyntaxError.new_err(e.msg))
}
