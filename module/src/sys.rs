//! The `sys` module: argv, exit, path, modules, recursion limit, the
//! standard streams and version facts. CPython: Python/sysmodule.c.

use std::rc::Rc;

use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{type_error, value_error, ExcKind, PyErr};
use rspy_objects::function::{Args, NativeFn, NativeFunction};
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::types::{types, Layout, PyType};
use rspy_objects::value::{PyInstance, PyModule, PyResult, Value};
use rspy_vm::vm::vm_of;
use rspy_vm::Vm;

thread_local! {
    static ARGV: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Set `sys.argv` before the module is first imported.
pub fn set_argv(argv: Vec<String>) {
    ARGV.with(|a| *a.borrow_mut() = argv);
}

/// `sys.stdout` when a program replaced it (so `print` must call its
/// `write`); None while it is still the process's own stdout.
pub fn replaced_stdout(interp: &mut dyn Interp) -> Option<Value> {
    let vm = vm_of(interp);
    let Some(Value::Module(sys)) = vm.modules.get_str("sys") else {
        return None;
    };
    let current = sys.dict.get_str("stdout")?;
    let original = sys.dict.get_str("__stdout__")?;
    (!current.is(&original)).then_some(current)
}

fn native(name: &'static str, f: NativeFn) -> Value {
    let mut n = NativeFunction::function(name, f);
    n.module = Some("sys");
    Value::Native(Rc::new(n))
}

fn sys_exit(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("exit", 0, 1)?;
    // Raised like PyErr_SetObject(SystemExit, arg): None means no
    // arguments, a tuple is the argument list.
    let exc_args = match a.first() {
        None | Some(Value::None) => vec![],
        Some(Value::Tuple(t)) => t.items.clone(),
        Some(v) => vec![v.clone()],
    };
    let code = match exc_args.len() {
        0 => Value::None,
        1 => exc_args[0].clone(),
        _ => Value::tuple(exc_args.clone()),
    };
    let e = PyErr::new(ExcKind::SystemExit.get(), exc_args);
    e.0.dict().set_str("code", code);
    Err(e)
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: arguments left
/// out keep their current hook. CPython: sys_set_asyncgen_hooks.
fn set_asyncgen_hooks(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.only_kwargs("set_asyncgen_hooks", &["firstiter", "finalizer"])?;
    let pos = args.check_count("set_asyncgen_hooks", 0, 2)?;
    let (mut firstiter, mut finalizer) = rspy_objects::generator::asyncgen_hooks();
    let given = |i: usize, name: &str| pos.get(i).or_else(|| args.kw(name)).cloned();
    for (slot, value, name) in [
        (&mut firstiter, given(0, "firstiter"), "firstiter"),
        (&mut finalizer, given(1, "finalizer"), "finalizer"),
    ] {
        let Some(v) = value else { continue };
        if !v.is_none() && !rspy_objects::ops::callable(&v) {
            return Err(type_error(format!(
                "callable {name} expected, got {}",
                v.type_name()
            )));
        }
        *slot = v;
    }
    rspy_objects::generator::set_asyncgen_hooks(firstiter, finalizer);
    Ok(Value::None)
}

/// `sys.get_asyncgen_hooks()`: `(firstiter, finalizer)`.
fn get_asyncgen_hooks(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("get_asyncgen_hooks", 0, 0)?;
    let (a, b) = rspy_objects::generator::asyncgen_hooks();
    Ok(Value::tuple(vec![a, b]))
}

fn set_coroutine_origin_tracking_depth(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("set_coroutine_origin_tracking_depth", 1, 1)?;
    let Value::Int(n) = a[0] else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            a[0].type_name()
        )));
    };
    if n < 0 {
        return Err(value_error("depth must be >= 0"));
    }
    rspy_objects::generator::set_coroutine_origin_tracking_depth(n as usize);
    Ok(Value::None)
}

fn get_coroutine_origin_tracking_depth(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("get_coroutine_origin_tracking_depth", 0, 0)?;
    Ok(Value::Int(
        rspy_objects::generator::coroutine_origin_tracking_depth() as i64,
    ))
}

fn getrecursionlimit(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("getrecursionlimit", 0, 0)?;
    Ok(Value::Int(vm_of(interp).recursion_limit as i64))
}

fn setrecursionlimit(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("sys.setrecursionlimit", 1, 1)?;
    let Value::Int(n) = a[0] else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            a[0].type_name()
        )));
    };
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    vm_of(interp).recursion_limit = n as usize;
    Ok(Value::None)
}

fn exc_info(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("exc_info", 0, 0)?;
    let h = vm_of(interp).handled.clone();
    if h.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let tb = ops::getattr(interp, &h, "__traceback__")?;
    Ok(Value::tuple(vec![Value::Type(h.py_type()), h, tb]))
}

fn exception(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("exception", 0, 0)?;
    Ok(vm_of(interp).handled.clone())
}

fn get_int_max_str_digits(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("get_int_max_str_digits", 0, 0)?;
    Ok(Value::Int(
        rspy_objects::numparse::get_int_max_str_digits() as i64
    ))
}

fn set_int_max_str_digits(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count("set_int_max_str_digits", 1, 1)?;
    let Value::Int(n) = a[0] else {
        return Err(type_error("maxdigits must be an int"));
    };
    rspy_objects::numparse::set_int_max_str_digits(n).map_err(PyErr::from)?;
    Ok(Value::None)
}

fn stream_write(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("write", 2, 2)?;
    let Value::Str(s) = &a[1] else {
        return Err(type_error(format!(
            "write() argument must be str, not {}",
            a[1].type_name()
        )));
    };
    let is_err = matches!(&a[0], Value::Instance(i) if matches!(i.dict().get_str("fileno"), Some(Value::Int(2))));
    let _ = interp;
    if is_err {
        crate::builtins::flush_stdout();
        eprint!("{}", s.as_str());
    } else {
        crate::builtins::write_stdout(s.as_str());
    }
    Ok(Value::Int(s.char_len() as i64))
}

fn stream_flush(_: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    crate::builtins::flush_stdout();
    Ok(Value::None)
}

fn make_stream(ty: &Rc<PyType>, fd: i64) -> Value {
    let inst = PyInstance {
        slots: std::cell::OnceCell::new(),
        payload: None,
        class: std::cell::RefCell::new(ty.clone()),
        dict_cell: std::cell::RefCell::new(Rc::new(PyDict::new())),
        exc: None,
    };
    inst.dict().set_str("fileno", Value::Int(fd));
    Value::Instance(Rc::new(inst))
}

/// Build the `sys` module.
pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let d = Rc::new(PyDict::new());
    d.set_str("__name__", Value::str("sys"));
    let argv: Vec<Value> = ARGV.with(|a| a.borrow().iter().map(|s| Value::str(s)).collect());
    d.set_str("argv", Value::list(argv));
    d.set_str("exit", native("exit", sys_exit));
    d.set_str(
        "getrecursionlimit",
        native("getrecursionlimit", getrecursionlimit),
    );
    d.set_str(
        "setrecursionlimit",
        native("setrecursionlimit", setrecursionlimit),
    );
    d.set_str("exc_info", native("exc_info", exc_info));
    d.set_str(
        "set_asyncgen_hooks",
        native("set_asyncgen_hooks", set_asyncgen_hooks),
    );
    d.set_str(
        "set_coroutine_origin_tracking_depth",
        native(
            "set_coroutine_origin_tracking_depth",
            set_coroutine_origin_tracking_depth,
        ),
    );
    d.set_str(
        "get_coroutine_origin_tracking_depth",
        native(
            "get_coroutine_origin_tracking_depth",
            get_coroutine_origin_tracking_depth,
        ),
    );
    d.set_str(
        "get_asyncgen_hooks",
        native("get_asyncgen_hooks", get_asyncgen_hooks),
    );
    d.set_str("exception", native("exception", exception));
    d.set_str(
        "get_int_max_str_digits",
        native("get_int_max_str_digits", get_int_max_str_digits),
    );
    d.set_str(
        "set_int_max_str_digits",
        native("set_int_max_str_digits", set_int_max_str_digits),
    );
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str("byteorder", Value::str("little"));
    d.set_str("platform", Value::str("linux"));
    d.set_str("version", Value::str("3.14.0 (rspy 0.1.0)"));
    d.set_str(
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(14),
            Value::Int(0),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    d.set_str("hexversion", Value::Int(0x030E00F0));
    d.set_str(
        "executable",
        Value::str(
            &std::env::current_exe()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ),
    );
    d.set_str("modules", Value::Dict(vm.modules.clone()));
    d.set_str(
        "path",
        Value::list(vm.sys_path.iter().map(|p| Value::str(p)).collect()),
    );
    let stream_type = PyType::new_builtin(
        "TextIOWrapper",
        vec![types().object_type.clone()],
        Layout::Object,
    );
    *stream_type.module.borrow_mut() = "_io".to_string();
    stream_type.add_method("write", stream_write);
    stream_type.add_method("flush", stream_flush);
    d.set_str("stdout", make_stream(&stream_type, 1));
    d.set_str("stderr", make_stream(&stream_type, 2));
    d.set_str("__stdout__", d.get_str("stdout").unwrap_or(Value::None));
    d.set_str("__stderr__", d.get_str("stderr").unwrap_or(Value::None));
    Ok(Rc::new(PyModule::new("sys".to_string(), d)))
}
