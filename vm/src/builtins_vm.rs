//! Built-ins that need the interpreter itself: `__build_class__`,
//! `globals`, `locals`, zero-argument `super`, and the awaitable protocol.
//! CPython: Python/bltinmodule.c (builtin___build_class__, builtin_globals),
//! Objects/typeobject.c super_init_without_args, Python/ceval.c GET_AWAITABLE.

use std::rc::Rc;

use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{runtime_error, type_error, ExcKind};
use rspy_objects::function::{Args, NativeFunction};
use rspy_objects::generator::GenKind;
use rspy_objects::interp::Interp;
use rspy_objects::object;
use rspy_objects::ops;
use rspy_objects::types::{types, PyType};
use rspy_objects::value::{PyResult, PySuper, Value};

use crate::vm::{vm_of, Vm};

pub fn register(builtins: &Rc<PyDict>) {
    let add = |name: &'static str, f: rspy_objects::function::NativeFn| {
        let mut n = NativeFunction::function(name, f);
        n.module = Some("builtins");
        builtins.set_str(name, Value::Native(Rc::new(n)));
    };
    add("__build_class__", build_class);
    add("globals", globals);
    add("locals", locals);
    add("exec", builtin_exec);
    add("eval", builtin_eval);
    add("compile", builtin_compile);
    add("__import__", builtin_import);
    types().super_type.add_static("__new__", super_new);
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
/// CPython: Python/bltinmodule.c builtin___import___impl.
fn builtin_import(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    const NAMES: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    args.only_kwargs("__import__", &NAMES)?;
    let pos = args.check_count("__import__", 1, 5)?;
    let arg = |i: usize| pos.get(i).cloned().or_else(|| args.kw(NAMES[i]).cloned());
    let Some(name) = arg(0) else {
        return Err(type_error(
            "__import__() missing required argument 'name' (pos 1)",
        ));
    };
    let Value::Str(name) = name else {
        return Err(type_error("module name must be a string"));
    };
    let globals = match arg(1) {
        Some(Value::Dict(d)) => d,
        _ => Rc::new(PyDict::new()),
    };
    let fromlist = arg(3).unwrap_or(Value::None);
    let level = arg(4).unwrap_or(Value::Int(0));
    let vm = vm_of(interp);
    crate::import::import_name(vm, &globals, name.as_str(), &fromlist, &level)
}

/// What `exec`/`eval` run: source text (compiled here) or a code object.
fn code_of(vm: &Vm, src: &Value, what: &str, eval: bool) -> PyResult<Rc<rspy_objects::code::Code>> {
    match src {
        Value::Code(c) => Ok(c.clone()),
        Value::Str(s) => {
            // CPython strips leading spaces and tabs of eval() source.
            let text = if eval {
                s.as_str().trim_start_matches([' ', '\t'])
            } else {
                s.as_str()
            };
            let _ = vm;
            crate::compile_source_as(text, "<string>", eval)
        }
        Value::Bytes(b) => {
            let text = String::from_utf8(b.data.clone()).map_err(|_| {
                rspy_objects::exceptions::value_error(
                    "source code string cannot contain invalid UTF-8",
                )
            })?;
            crate::compile_source_as(&text, "<string>", eval)
        }
        other => Err(type_error(format!(
            "{what}() arg 1 must be a string, bytes or code object, not {}",
            other.type_name()
        ))),
    }
}

/// The globals and locals `exec`/`eval` run with: the caller's by default.
/// CPython: builtin_exec_impl / builtin_eval_impl.
fn namespaces(vm: &mut Vm, a: &[Value], what: &str) -> PyResult<(Rc<PyDict>, Rc<PyDict>)> {
    let globals = match a.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(other) => {
            return Err(type_error(format!(
                "{what}() globals must be a dict, not {}",
                other.type_name()
            )))
        }
    };
    let given_locals = match a.get(2) {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(other) => {
            return Err(ExcKind::NotImplementedError.new_err(format!(
                "{what}() with a locals mapping that is not a dict ({})",
                other.type_name()
            )))
        }
    };
    let (globals, locals) = match (globals, given_locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g.clone(), g),
        (None, l) => {
            let Some(f) = vm.current_frame() else {
                return Err(runtime_error(format!("{what}(): no current frame")));
            };
            let g = f.globals.clone();
            let l = match l {
                Some(l) => l,
                None => match locals(vm, Args::new(&[]))? {
                    Value::Dict(d) => d,
                    _ => g.clone(),
                },
            };
            (g, l)
        }
    };
    if globals.get_str("__builtins__").is_none() {
        globals.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    }
    Ok((globals, locals))
}

pub fn run_with(
    vm: &mut Vm,
    code: Rc<rspy_objects::code::Code>,
    globals: Rc<PyDict>,
    locals: Rc<PyDict>,
) -> PyResult<Value> {
    let builtins = match globals.get_str("__builtins__") {
        Some(Value::Dict(b)) => b,
        _ => vm.builtins.clone(),
    };
    let frame = Box::new(rspy_objects::frame::Frame {
        code,
        pc: 0,
        stack: Vec::with_capacity(16),
        fast: Vec::new(),
        cells: Vec::new(),
        globals,
        builtins,
        locals: Some(locals),
        blocks: Vec::new(),
        generator: None,
    });
    vm.run_to_return(frame)
}

/// `exec(source, globals=None, locals=None)`. CPython: builtin_exec.
fn builtin_exec(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let vm = vm_of(interp);
    args.only_kwargs("exec", &["globals", "locals", "closure"])?;
    let mut a = args.check_count("exec", 1, 3)?.to_vec();
    for (i, k) in ["globals", "locals"].iter().enumerate() {
        if let Some(v) = args.kw(k) {
            while a.len() <= i + 1 {
                a.push(Value::None);
            }
            a[i + 1] = v.clone();
        }
    }
    let code = code_of(vm, &a[0], "exec", false)?;
    let (g, l) = namespaces(vm, &a, "exec")?;
    run_with(vm, code, g, l)?;
    Ok(Value::None)
}

/// `eval(source, globals=None, locals=None)`. CPython: builtin_eval.
fn builtin_eval(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let vm = vm_of(interp);
    args.only_kwargs("eval", &["globals", "locals"])?;
    let mut a = args.check_count("eval", 1, 3)?.to_vec();
    for (i, k) in ["globals", "locals"].iter().enumerate() {
        if let Some(v) = args.kw(k) {
            while a.len() <= i + 1 {
                a.push(Value::None);
            }
            a[i + 1] = v.clone();
        }
    }
    if !matches!(a[0], Value::Str(_) | Value::Bytes(_) | Value::Code(_)) {
        return Err(type_error(
            "eval() arg 1 must be a string, bytes or code object",
        ));
    }
    let code = code_of(vm, &a[0], "eval", true)?;
    let (g, l) = namespaces(vm, &a, "eval")?;
    run_with(vm, code, g, l)
}

/// `compile(source, filename, mode)`: 'exec' and 'eval'. CPython:
/// builtin_compile.
fn builtin_compile(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let _ = vm_of(interp);
    args.only_kwargs(
        "compile",
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
    )?;
    let pos = args.positional();
    let get = |i: usize, name: &str| pos.get(i).or_else(|| args.kw(name)).cloned();
    let (Some(src), Some(filename), Some(mode)) =
        (get(0, "source"), get(1, "filename"), get(2, "mode"))
    else {
        return Err(type_error(
            "compile() missing required argument 'source' (pos 1)",
        ));
    };
    let filename = match &filename {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(type_error(format!(
                "compile() argument 'filename' must be str, not {}",
                other.type_name()
            )))
        }
    };
    let eval = match mode.as_str() {
        Some("exec") => false,
        Some("eval") => true,
        Some("single") => {
            return Err(ExcKind::NotImplementedError.new_err("compile() mode 'single'"))
        }
        _ => {
            return Err(rspy_objects::exceptions::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    let text = match &src {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.data).into_owned(),
        Value::Code(_) => return Ok(src.clone()),
        other => {
            return Err(type_error(format!(
                "compile() arg 1 must be a string, bytes or AST object, not {}",
                other.type_name()
            )))
        }
    };
    let text = if eval {
        text.trim_start_matches([' ', '\t']).to_string()
    } else {
        text
    };
    Ok(Value::Code(crate::compile_source_as(
        &text, &filename, eval,
    )?))
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
fn build_class(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let vm = vm_of(interp);
    let pos = args.positional();
    let (Some(Value::Function(body)), Some(Value::Str(name))) = (pos.first(), pos.get(1)) else {
        return Err(type_error("__build_class__: func must be a function"));
    };
    // Non-class bases may stand for classes (`class Q(Queue[int])`).
    // CPython: update_bases.
    let orig_bases = Value::tuple(pos[2..].to_vec());
    let mut bases = Vec::new();
    let mut replaced = false;
    for b in &pos[2..] {
        match b {
            Value::Type(t) => bases.push(t.clone()),
            other => {
                let Some(entries) = ops::call_dunder(
                    vm,
                    other,
                    "__mro_entries__",
                    std::slice::from_ref(&orig_bases),
                )?
                else {
                    return Err(type_error(format!(
                        "bases must be types, not {}",
                        other.type_name()
                    )));
                };
                let Value::Tuple(entries) = entries else {
                    return Err(type_error("__mro_entries__ must return a tuple"));
                };
                replaced = true;
                for e in &entries.items {
                    match e {
                        Value::Type(t) => bases.push(t.clone()),
                        other => {
                            return Err(type_error(format!(
                                "bases must be types, not {}",
                                other.type_name()
                            )))
                        }
                    }
                }
            }
        }
    }
    // Class keywords other than metaclass= go to the metaclass and on to
    // __init_subclass__.
    let meta_given = args.kw("metaclass").cloned();
    let class_kwargs: Vec<(Rc<rspy_objects::value::PyStr>, Value)> = args
        .kwargs()
        .filter(|(k, _)| k.as_str() != "metaclass")
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let meta = match meta_given {
        Some(Value::Type(m)) => Some(Value::Type(winner_metaclass(&m, &bases)?)),
        Some(other) => Some(other),
        None => {
            let m = winner_metaclass(&types().type_type, &bases)?;
            (!Rc::ptr_eq(&m, &types().type_type)).then_some(Value::Type(m))
        }
    };
    let bases_v = Value::tuple(bases.iter().map(|b| Value::Type(b.clone())).collect());
    let ns = match &meta {
        Some(m) => prepare_namespace(vm, m, name, &bases_v, &class_kwargs)?,
        None => Rc::new(PyDict::new()),
    };
    if replaced {
        ns.set_str("__orig_bases__", orig_bases);
    }
    let mut frame = vm.make_frame(body, Args::new(&[]))?;
    frame.locals = Some(ns.clone());
    vm.run_to_return(frame)?;
    let cell = ns.del_str("__classcell__");
    let cls_value = match &meta {
        Some(m) => {
            let mut values = vec![Value::Str(name.clone()), bases_v, Value::Dict(ns.clone())];
            values.extend(class_kwargs.iter().map(|(_, v)| v.clone()));
            let names: Vec<Rc<rspy_objects::value::PyStr>> =
                class_kwargs.iter().map(|(k, _)| k.clone()).collect();
            ops::call(
                vm,
                m,
                Args {
                    values: &values,
                    kwnames: &names,
                },
            )?
        }
        None => Value::Type(object::create_class(
            vm,
            name.as_str(),
            bases,
            ns.clone(),
            None,
            &class_kwargs,
        )?),
    };
    if let Some(Value::Cell(c)) = cell {
        *c.value.borrow_mut() = cls_value.clone();
    }
    Ok(cls_value)
}

/// The most derived metaclass among `given` and the bases' metaclasses.
/// CPython: _PyType_CalculateMetaclass.
fn winner_metaclass(given: &Rc<PyType>, bases: &[Rc<PyType>]) -> PyResult<Rc<PyType>> {
    let mut winner = given.clone();
    for b in bases {
        let m = b.metaclass();
        if winner.is_subtype(&m) {
            continue;
        }
        if m.is_subtype(&winner) {
            winner = m;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// The class body's namespace: `meta.__prepare__(name, bases, **kw)` when
/// the metaclass defines it, else a new dict. CPython: __build_class__.
fn prepare_namespace(
    vm: &mut Vm,
    meta: &Value,
    name: &Rc<rspy_objects::value::PyStr>,
    bases: &Value,
    kwargs: &[(Rc<rspy_objects::value::PyStr>, Value)],
) -> PyResult<Rc<PyDict>> {
    let Some(prepare) = ops::getattr_opt(vm, meta, "__prepare__")? else {
        return Ok(Rc::new(PyDict::new()));
    };
    if matches!(prepare, Value::Native(_)) {
        return Ok(Rc::new(PyDict::new()));
    }
    let mut values = vec![Value::Str(name.clone()), bases.clone()];
    values.extend(kwargs.iter().map(|(_, v)| v.clone()));
    let names: Vec<Rc<rspy_objects::value::PyStr>> =
        kwargs.iter().map(|(k, _)| k.clone()).collect();
    let ns = ops::call(
        vm,
        &prepare,
        Args {
            values: &values,
            kwnames: &names,
        },
    )?;
    match ns {
        Value::Dict(d) => Ok(d),
        other => Err(ExcKind::NotImplementedError.new_err(format!(
            "a class namespace from __prepare__ that is not a dict ({})",
            other.type_name()
        ))),
    }
}

fn globals(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("globals", 0, 0)?;
    let vm = vm_of(interp);
    match vm.current_frame() {
        Some(f) => Ok(Value::Dict(f.globals.clone())),
        None => Err(runtime_error("globals(): no current frame")),
    }
}

fn locals(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("locals", 0, 0)?;
    let vm = vm_of(interp);
    let Some(f) = vm.current_frame() else {
        return Err(runtime_error("locals(): no current frame"));
    };
    if !is_inlined_comprehension(f) {
        return Ok(Value::Dict(frame_locals(f)));
    }
    // An inlined comprehension shares its function's locals (PEP 709):
    // the function's names plus the comprehension's own variables.
    let own = frame_locals(f);
    let d = match function_frame(vm) {
        Some(outer) if outer.locals.is_none() => frame_locals(outer).copy(),
        Some(outer) => return Ok(Value::Dict(frame_locals(outer))),
        None => PyDict::new(),
    };
    for (k, v) in own.items() {
        if k.as_str() != Some(".0") {
            d.set_item(vm, k, v)?;
        }
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn is_inlined_comprehension(f: &rspy_objects::frame::Frame) -> bool {
    f.code.flags & rspy_objects::code::CO_INLINED_COMPREHENSION != 0
}

/// The running frame, seen through inlined comprehensions: the function
/// (or module) frame they run in, in CPython.
fn function_frame(vm: &Vm) -> Option<&rspy_objects::frame::Frame> {
    let mut f = vm.current_frame()?;
    let mut callers = vm.frames.iter().rev();
    while is_inlined_comprehension(f) {
        f = callers.next()?;
    }
    Some(f)
}

/// A frame's local namespace: its dict, or a snapshot of its fast locals
/// and cells. CPython: PyFrame_GetLocals (a snapshot for functions).
pub fn frame_locals(f: &rspy_objects::frame::Frame) -> Rc<PyDict> {
    if let Some(l) = &f.locals {
        return l.clone();
    }
    let d = PyDict::new();
    for (i, name) in f.code.varnames.iter().enumerate() {
        if let Some(v) = f.fast.get(i) {
            if !v.is_null() {
                d.set_name(name.clone(), v.clone());
            }
        }
    }
    for (i, name) in f
        .code
        .cellvars
        .iter()
        .chain(f.code.freevars.iter())
        .enumerate()
    {
        if let Some(c) = f.cells.get(i) {
            let v = c.value.borrow().clone();
            if !v.is_null() {
                d.set_name(name.clone(), v);
            }
        }
    }
    Rc::new(d)
}

/// `super()` and `super(type, obj)`. CPython: super_init.
fn super_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = &args.positional()[1..];
    let vm = vm_of(interp);
    let (this_class, obj) = match pos.len() {
        0 => zero_arg_super(vm)?,
        2 => match &pos[0] {
            Value::Type(t) => (t.clone(), pos[1].clone()),
            other => {
                return Err(type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    other.type_name()
                )))
            }
        },
        1 => return Err(ExcKind::NotImplementedError.new_err("unbound super objects")),
        n => {
            return Err(type_error(format!(
                "super() takes at most 2 arguments ({n} given)"
            )))
        }
    };
    // CPython: Objects/typeobject.c supercheck.
    let obj_type = match &obj {
        Value::Type(t) if t.is_subtype(&this_class) => t.clone(),
        _ => {
            let t = obj.py_type();
            if !t.is_subtype(&this_class) {
                let (kind, shown) = match &obj {
                    Value::Type(o) => ("type", o.name.clone()),
                    _ => ("instance of", t.name.clone()),
                };
                return Err(type_error(format!(
                    "super(type, obj): obj ({kind} {shown}) is not an instance or subtype of type ({}).",
                    this_class.name
                )));
            }
            t
        }
    };
    Ok(Value::Super(Rc::new(PySuper {
        this_class,
        obj,
        obj_type,
    })))
}

fn zero_arg_super(vm: &mut Vm) -> PyResult<(Rc<rspy_objects::types::PyType>, Value)> {
    let Some(f) = function_frame(vm) else {
        return Err(runtime_error("super(): no current frame"));
    };
    if f.code.argcount == 0 {
        return Err(runtime_error("super(): no arguments"));
    }
    let first = match f.code.cell_args.iter().find(|(_, ai)| *ai == 0) {
        Some((ci, _)) => f.cells[*ci].value.borrow().clone(),
        None => f.fast.first().cloned().unwrap_or(Value::Null),
    };
    if first.is_null() {
        return Err(runtime_error("super(): arg[0] deleted"));
    }
    let ncell = f.code.cellvars.len();
    let Some(i) = f
        .code
        .freevars
        .iter()
        .position(|n| n.as_str() == "__class__")
    else {
        return Err(runtime_error("super(): __class__ cell not found"));
    };
    let cls = f.cells[ncell + i].value.borrow().clone();
    match cls {
        Value::Type(t) => Ok((t, first)),
        Value::Null => Err(runtime_error("super(): empty __class__ cell")),
        _ => Err(runtime_error("super(): __class__ is not a type")),
    }
}

/// The iterator `await v` delegates to; `context` names where the value
/// came from for the error (0 `await`, 1 `__aenter__`, 2 `__aexit__`).
/// CPython: _PyCoro_GetAwaitableIter, _PyEval_FormatAwaitableError.
pub fn get_awaitable(vm: &mut Vm, v: &Value, context: u32) -> PyResult<Value> {
    if let Value::Generator(g) = v {
        if g.kind == GenKind::Coroutine {
            // Suspended inside an await of its own: another task awaits it.
            // CPython: _PyCoro_GetAwaitableIter's caller checks _PyGen_yf.
            let delegating = g
                .frame
                .borrow()
                .as_ref()
                .is_some_and(|f| f.delegate().is_some());
            if delegating {
                return Err(rspy_objects::exceptions::runtime_error(
                    "coroutine is being awaited already",
                ));
            }
            return Ok(v.clone());
        }
    }
    if rspy_objects::awaitable::as_native_awaitable(v).is_some() {
        return Ok(v.clone());
    }
    let not_awaitable = || match context {
        1 | 2 => type_error(format!(
            "'async with' received an object from {} that does not implement __await__: {}",
            if context == 1 {
                "__aenter__"
            } else {
                "__aexit__"
            },
            v.type_name()
        )),
        _ => type_error(format!("'{}' object can't be awaited", v.type_name())),
    };
    let Some(it) = ops::call_dunder(vm, v, "__await__", &[])? else {
        return Err(not_awaitable());
    };
    if let Value::Generator(g) = &it {
        if g.kind == GenKind::Coroutine {
            return Err(type_error("__await__() returned a coroutine"));
        }
        return Ok(it);
    }
    if rspy_objects::awaitable::as_native_awaitable(&it).is_none()
        && it.py_type().lookup("__next__").is_none()
    {
        return Err(type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            it.type_name()
        )));
    }
    Ok(it)
}

/// `aiter(obj)` as `async for` starts. CPython: GET_AITER.
pub fn get_aiter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(it) = ops::call_dunder(vm, v, "__aiter__", &[])? else {
        return Err(type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            v.type_name()
        )));
    };
    if it.py_type().lookup("__anext__").is_none() {
        return Err(type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it.type_name()
        )));
    }
    Ok(it)
}

/// The awaitable of `aiter.__anext__()` for one `async for` step.
/// CPython: GET_ANEXT.
pub fn get_anext(vm: &mut Vm, aiter: &Value) -> PyResult<Value> {
    let Some(r) = ops::call_dunder(vm, aiter, "__anext__", &[])? else {
        return Err(type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            aiter.type_name()
        )));
    };
    get_awaitable(vm, &r, 0).map_err(|e| {
        if e.matches(ExcKind::TypeError) {
            type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                r.type_name()
            ))
        } else {
            e
        }
    })
}
