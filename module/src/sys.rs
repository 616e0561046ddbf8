//! The `sys` module: argv, exit, path, modules, recursion limit, the
//! standard streams (module/src/stdio.rs), version and platform facts as
//! struct sequences (`version_info`, `flags`, `float_info`, `int_info`,
//! `hash_info`, `thread_info`), `implementation`, `intern`, `getsizeof`,
//! `_getframe` and the trace/profile hooks. CPython: Python/sysmodule.c.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use rspy_objects::code::CO_INLINED_COMPREHENSION;
use rspy_objects::dict::{PyDict, PySet};
use rspy_objects::exceptions::{type_error, value_error, ExcKind, PyErr};
use rspy_objects::function::{Args, NativeFn, NativeFunction};
use rspy_objects::generator::{FrameView, LiveFrame};
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::structseq::{self, StructSeqDesc};
use rspy_objects::types::PyType;
use rspy_objects::value::{PyModule, PyResult, PyStr, Value};
use rspy_vm::vm::vm_of;
use rspy_vm::Vm;

thread_local! {
    static ARGV: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static SYS_TYPES: OnceCell<SysTypes> = const { OnceCell::new() };
    /// Strings `sys.intern` has returned, by value.
    static INTERNED: RefCell<HashMap<String, Rc<PyStr>>> = RefCell::new(HashMap::new());
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

/// `'str' object cannot be interpreted as an integer` for non-ints.
fn int_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(n) => Ok(*n),
        Value::Bool(b) => Ok(*b as i64),
        _ => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

// ----------------------------------------------------- exit and hooks

// CPython: Python/sysmodule.c sys_exit_impl
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
        if !v.is_none() && !ops::callable(&v) {
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

// CPython: Python/sysmodule.c sys_set_coroutine_origin_tracking_depth_impl
fn set_coroutine_origin_tracking_depth(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("set_coroutine_origin_tracking_depth", 1, 1)?;
    let n = int_arg(&a[0])?;
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

// ------------------------------------------------------ recursion limit

fn getrecursionlimit(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("getrecursionlimit", 0, 0)?;
    Ok(Value::Int(vm_of(interp).recursion_limit as i64))
}

// CPython: Python/sysmodule.c sys_setrecursionlimit_impl
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

// ------------------------------------------------------------ exceptions

// CPython: Python/sysmodule.c sys_exc_info_impl
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

// ------------------------------------------------ int <-> str digits

fn get_int_max_str_digits(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("get_int_max_str_digits", 0, 0)?;
    Ok(Value::Int(
        rspy_objects::numparse::get_int_max_str_digits() as i64
    ))
}

/// Also updates `sys.flags.int_max_str_digits`, as CPython does.
// CPython: Python/sysmodule.c sys_set_int_max_str_digits_impl
fn set_int_max_str_digits(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count("set_int_max_str_digits", 1, 1)?;
    let Value::Int(n) = a[0] else {
        return Err(type_error("maxdigits must be an int"));
    };
    rspy_objects::numparse::set_int_max_str_digits(n).map_err(PyErr::from)?;
    if let Some(Value::Module(sys)) = vm_of(interp).modules.get_str("sys") {
        sys.dict.set_str("flags", make_flags()?);
    }
    Ok(Value::None)
}

// ------------------------------------------------------ struct sequences

/// The struct sequence types of `sys`.
struct SysTypes {
    version_info: Rc<PyType>,
    flags: Rc<PyType>,
    float_info: Rc<PyType>,
    int_info: Rc<PyType>,
    hash_info: Rc<PyType>,
    thread_info: Rc<PyType>,
}

static FLAG_FIELDS: [&str; 21] = [
    "debug",
    "inspect",
    "interactive",
    "optimize",
    "dont_write_bytecode",
    "no_user_site",
    "no_site",
    "ignore_environment",
    "verbose",
    "bytes_warning",
    "quiet",
    "hash_randomization",
    "isolated",
    "dev_mode",
    "utf8_mode",
    "warn_default_encoding",
    "safe_path",
    "int_max_str_digits",
    "gil",
    "thread_inherit_context",
    "context_aware_warnings",
];

fn make_sys_types() -> SysTypes {
    let new = |name, doc, fields: &'static [&'static str], n_in_sequence, constructible| {
        structseq::new_type(&StructSeqDesc {
            name,
            doc: Some(doc),
            fields,
            n_in_sequence,
            constructible,
        })
    };
    SysTypes {
        version_info: new(
            "sys.version_info",
            "sys.version_info\n\nVersion information as a named tuple.",
            &["major", "minor", "micro", "releaselevel", "serial"],
            5,
            false,
        ),
        flags: new(
            "sys.flags",
            "sys.flags\n\nFlags provided through command line arguments or environment vars.",
            &FLAG_FIELDS,
            18,
            false,
        ),
        float_info: new(
            "sys.float_info",
            "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\ninformation about the precision and internal representation. Please study\nyour system's :file:`float.h` for more information.",
            &[
                "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                "mant_dig", "epsilon", "radix", "rounds",
            ],
            11,
            true,
        ),
        int_info: new(
            "sys.int_info",
            "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.  The attributes are read only.",
            &[
                "bits_per_digit",
                "sizeof_digit",
                "default_max_str_digits",
                "str_digits_check_threshold",
            ],
            4,
            true,
        ),
        hash_info: new(
            "sys.hash_info",
            "hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.",
            &[
                "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                "seed_bits", "cutoff",
            ],
            9,
            true,
        ),
        thread_info: new(
            "sys.thread_info",
            "sys.thread_info\n\nA named tuple holding information about the thread implementation.",
            &["name", "lock", "version"],
            3,
            true,
        ),
    }
}

fn sys_types<R>(f: impl FnOnce(&SysTypes) -> R) -> R {
    SYS_TYPES.with(|t| f(t.get_or_init(make_sys_types)))
}

/// `sys.version_info`: the version rspy implements.
fn make_version_info() -> PyResult<Value> {
    let ty = sys_types(|t| t.version_info.clone());
    structseq::new_instance(
        &ty,
        vec![
            Value::Int(3),
            Value::Int(14),
            Value::Int(0),
            Value::str("final"),
            Value::Int(0),
        ],
    )
}

/// An environment variable that is set and not empty.
fn env_set(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// `sys.flags` of a plain `python3.14 script.py` run, with the
/// environment variables whose effect rspy has (or has no need for):
/// PYTHONDONTWRITEBYTECODE (rspy writes no bytecode anyway),
/// PYTHONHASHSEED, PYTHONNOUSERSITE and PYTHONUTF8 (rspy's text is
/// always UTF-8). CPython: Python/sysmodule.c make_flags.
fn make_flags() -> PyResult<Value> {
    let flag = |name: &str| Value::Int(env_set(name).is_some() as i64);
    // CPython: hash randomization is off only for PYTHONHASHSEED=0.
    let hash_randomization = match env_set("PYTHONHASHSEED") {
        Some(seed) => (seed.trim() != "0") as i64,
        None => 1,
    };
    let utf8_mode = matches!(env_set("PYTHONUTF8").as_deref(), Some("1")) as i64;
    let max_digits = rspy_objects::numparse::get_int_max_str_digits() as i64;
    let i = Value::Int;
    let values = vec![
        i(0),                            // debug
        i(0),                            // inspect
        i(0),                            // interactive
        i(0),                            // optimize
        flag("PYTHONDONTWRITEBYTECODE"), // dont_write_bytecode
        flag("PYTHONNOUSERSITE"),        // no_user_site
        i(0),                            // no_site
        i(0),                            // ignore_environment
        i(0),                            // verbose
        i(0),                            // bytes_warning
        i(0),                            // quiet
        i(hash_randomization),           // hash_randomization
        i(0),                            // isolated
        Value::Bool(false),              // dev_mode
        i(utf8_mode),                    // utf8_mode
        i(0),                            // warn_default_encoding
        Value::Bool(false),              // safe_path
        i(max_digits),                   // int_max_str_digits
        i(1),                            // gil
        i(0),                            // thread_inherit_context
        i(0),                            // context_aware_warnings
    ];
    let ty = sys_types(|t| t.flags.clone());
    structseq::new_instance(&ty, values)
}

/// `sys.float_info`: IEEE 754 binary64. CPython: Objects/floatobject.c
/// PyFloat_GetInfo.
fn make_float_info() -> PyResult<Value> {
    let i = Value::Int;
    let ty = sys_types(|t| t.float_info.clone());
    structseq::new_instance(
        &ty,
        vec![
            Value::Float(f64::MAX),
            i(f64::MAX_EXP as i64),
            i(f64::MAX_10_EXP as i64),
            Value::Float(f64::MIN_POSITIVE),
            i(f64::MIN_EXP as i64),
            i(f64::MIN_10_EXP as i64),
            i(f64::DIGITS as i64),
            i(f64::MANTISSA_DIGITS as i64),
            Value::Float(f64::EPSILON),
            i(f64::RADIX as i64),
            i(1),
        ],
    )
}

/// `sys.int_info`: CPython's values (rspy's ints are i64 or bignums, but
/// programs use these to reason about limits, which rspy enforces the
/// same way). CPython: Objects/longobject.c PyLong_GetInfo.
fn make_int_info() -> PyResult<Value> {
    let i = Value::Int;
    let ty = sys_types(|t| t.int_info.clone());
    structseq::new_instance(&ty, vec![i(30), i(4), i(4300), i(640)])
}

/// `sys.hash_info`: numeric hashing is CPython's (modulus 2**61 - 1);
/// str and bytes hash with an unseeded FNV variant. CPython:
/// Python/sysmodule.c get_hash_info.
fn make_hash_info() -> PyResult<Value> {
    let i = Value::Int;
    let ty = sys_types(|t| t.hash_info.clone());
    structseq::new_instance(
        &ty,
        vec![
            i(64),
            i((1i64 << 61) - 1),
            i(314159),
            i(0),
            i(1000003),
            Value::str("fnv"),
            i(64),
            i(0),
            i(0),
        ],
    )
}

/// `sys.thread_info`: rspy runs Python code on one thread and has no
/// thread module ("pthread-stubs": threads not supported).
/// CPython: Python/thread.c PyThread_GetInfo.
fn make_thread_info() -> PyResult<Value> {
    let ty = sys_types(|t| t.thread_info.clone());
    structseq::new_instance(
        &ty,
        vec![Value::str("pthread-stubs"), Value::None, Value::None],
    )
}

/// `sys.implementation`: a `types.SimpleNamespace`.
/// CPython: Python/sysmodule.c make_impl_info.
fn make_implementation(version_info: Value, hexversion: i64) -> Value {
    rspy_objects::namespace::new_namespace([
        ("name", Value::str("rspy")),
        ("cache_tag", Value::None),
        ("version", version_info),
        ("hexversion", Value::Int(hexversion)),
        ("supports_isolated_interpreters", Value::Bool(false)),
    ])
}

// ---------------------------------------------------------- encodings

fn getdefaultencoding(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("getdefaultencoding", 0, 0)?;
    Ok(Value::str("utf-8"))
}

fn getfilesystemencoding(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("getfilesystemencoding", 0, 0)?;
    Ok(Value::str("utf-8"))
}

fn getfilesystemencodeerrors(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("getfilesystemencodeerrors", 0, 0)?;
    Ok(Value::str("surrogateescape"))
}

// ------------------------------------------------------ trace/profile

/// Install a trace or profile function: None (no hook) is accepted;
/// rspy has no tracing hooks, so a function is refused.
fn set_hook(args: &Args<'_>, fname: &str, what: &str) -> PyResult<Value> {
    let a = args.exact(&format!("sys.{fname}"), 1, 1)?;
    if a[0].is_none() {
        return Ok(Value::None);
    }
    Err(ExcKind::NotImplementedError.new_err(format!(
        "sys.{fname}(): {what} functions are not supported by rspy"
    )))
}

// CPython: Python/sysmodule.c sys_settrace
fn settrace(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    set_hook(&args, "settrace", "trace")
}

// CPython: Python/sysmodule.c sys_setprofile
fn setprofile(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    set_hook(&args, "setprofile", "profile")
}

fn gettrace(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("gettrace", 0, 0)?;
    Ok(Value::None)
}

fn getprofile(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("getprofile", 0, 0)?;
    Ok(Value::None)
}

// ------------------------------------------------------------ intern

/// `sys.intern(s)`: the first string interned with this value.
// CPython: Python/sysmodule.c sys_intern_impl
fn intern(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("intern", 1, 1)?;
    let s = match &a[0] {
        Value::Str(s) => s,
        Value::Instance(i) if matches!(i.payload, Some(Value::Str(_))) => {
            return Err(type_error(format!("can't intern {}", a[0].type_name())))
        }
        other => {
            // CPython: _PyArg_BadArgument names None itself.
            let name = if other.is_none() {
                "None".to_string()
            } else {
                other.type_name()
            };
            return Err(type_error(format!(
                "intern() argument must be str, not {name}"
            )));
        }
    };
    let kept = INTERNED.with(|t| {
        t.borrow_mut()
            .entry(s.as_str().to_string())
            .or_insert_with(|| s.clone())
            .clone()
    });
    Ok(Value::Str(kept))
}

// ---------------------------------------------------------- getsizeof

/// The size CPython's 64-bit build reports for a value, from its layout
/// formulas (header 16 bytes, 8-byte pointers). rspy's objects are laid
/// out differently; these numbers keep CPython's orderings (an empty
/// list is smaller than a full one, a long str larger than a short one).
fn builtin_size(v: &Value) -> i64 {
    match v {
        Value::None | Value::NotImplemented | Value::Ellipsis | Value::Null => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => int_size(i.unsigned_abs() as u128),
        Value::BigInt(b) => 24 + 4 * (b.bits().div_ceil(30) as i64).max(1),
        Value::Float(_) => 24,
        Value::Str(s) => str_size(s.as_str()),
        Value::Bytes(b) => 33 + b.data.len() as i64,
        Value::Tuple(t) => 48 + 8 * t.items.len() as i64,
        Value::List(l) => 56 + 8 * l.items.borrow().len() as i64,
        Value::Dict(d) => dict_size(d),
        Value::Set(s) | Value::FrozenSet(s) => set_size(s.len()),
        Value::Range(_) => 48,
        Value::Slice(_) => 56,
        Value::Function(_) => 168,
        Value::Native(_) | Value::Method(_) => 72,
        Value::Generator(_) => 200,
        Value::Module(_) => 72,
        Value::Type(_) => 1720,
        Value::Iterator(_) | Value::Cell(_) => 48,
        Value::Code(c) => 200 + 8 * c.instrs.len() as i64,
        Value::Instance(i) => match &i.payload {
            Some(p) => builtin_size(p) + 16,
            None if i.exc.is_some() => 72,
            None => instance_size(&i.class.borrow()),
        },
        Value::Object(_) if v.type_name() == "complex" => 32,
        _ => 48,
    }
}

/// int: 28 bytes up to one 30-bit digit, 4 more per digit.
fn int_size(magnitude: u128) -> i64 {
    let bits = 128 - magnitude.leading_zeros() as i64;
    24 + 4 * ((bits + 29) / 30).max(1)
}

/// str by its widest character: compact ASCII, latin-1, UCS-2, UCS-4.
fn str_size(s: &str) -> i64 {
    let n = s.chars().count() as i64;
    match s.chars().map(|c| c as u32).max().unwrap_or(0) {
        0..=0x7f => 41 + n,
        0x80..=0xff => 57 + n,
        0x100..=0xffff => 58 + 2 * n,
        _ => 60 + 4 * n,
    }
}

/// dict: the object, plus a keys table sized for its items (16-byte
/// entries when every key is a str, 24 otherwise).
fn dict_size(d: &PyDict) -> i64 {
    let n = d.len() as i64;
    if n == 0 {
        return 64;
    }
    let mut cap: i64 = 8;
    while cap * 2 / 3 < n {
        cap *= 2;
    }
    let index_bytes = if cap <= 128 { cap } else { 2 * cap };
    let str_keys = d.keys().iter().all(|k| matches!(k, Value::Str(_)));
    let entry = if str_keys { 16 } else { 24 };
    64 + 32 + index_bytes + (cap * 2 / 3) * entry
}

/// set: 8 inline slots, then a table kept under 60% full.
fn set_size(n: usize) -> i64 {
    let n = n as i64;
    if n <= 4 {
        return 216;
    }
    let mut table: i64 = 8;
    while n * 5 >= table * 3 {
        table *= 2;
    }
    216 + 16 * table
}

/// An instance of a Python class: header, `__dict__` or slots, GC data.
fn instance_size(cls: &Rc<PyType>) -> i64 {
    if Rc::ptr_eq(cls, &rspy_objects::types::types().object_type) {
        16
    } else if cls.has_dict {
        48
    } else {
        32 + 8 * cls.slot_names.len() as i64
    }
}

/// `__sizeof__` defined by the object's class (in Python or by a native
/// type), if any; `object`'s is the built-in estimate.
fn own_sizeof(v: &Value) -> Option<(Value, bool)> {
    if !matches!(v, Value::Instance(_) | Value::Object(_)) {
        return None;
    }
    let (f, owner) = v.py_type().lookup_with_owner("__sizeof__")?;
    if owner.builtin && !matches!(v, Value::Object(_)) {
        return None;
    }
    Some((f, !owner.builtin))
}

/// The size with the object's own `__sizeof__`, plus the GC header (and
/// the managed-dict header of instances with a `__dict__`) that CPython
/// adds for Python classes. CPython: Python/sysmodule.c _PySys_GetSizeOf.
fn size_of(interp: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    let Some((f, python_class)) = own_sizeof(v) else {
        return Ok(builtin_size(v));
    };
    let f = ops::bind_descriptor(interp, &f, v)?;
    let n = match ops::call0(interp, &f, &[])? {
        Value::Int(n) => n,
        Value::Bool(b) => b as i64,
        _ => return Err(type_error("an integer is required")),
    };
    if n < 0 {
        return Err(value_error("__sizeof__() should return >= 0"));
    }
    let extra = match v {
        Value::Instance(i) if python_class => 16 + if i.class.borrow().has_dict { 16 } else { 0 },
        _ => 0,
    };
    Ok(n + extra)
}

// CPython: Python/sysmodule.c sys_getsizeof
fn getsizeof(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.only_kwargs("getsizeof", &["object", "default"])?;
    let pos = args.positional();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "getsizeof() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let obj = pos
        .first()
        .or_else(|| args.kw("object"))
        .ok_or_else(|| type_error("getsizeof() missing required argument 'object' (pos 1)"))?;
    let default = pos.get(1).or_else(|| args.kw("default"));
    match size_of(interp, obj) {
        Ok(n) => Ok(Value::Int(n)),
        Err(e) if e.matches(ExcKind::TypeError) && default.is_some() => {
            Ok(default.cloned().unwrap_or(Value::None))
        }
        Err(e) => Err(e),
    }
}

// ------------------------------------------------------------- frames

/// Views of the running frames, innermost first, each linked to its
/// caller. Function frames show a snapshot of their locals.
fn frame_views(vm: &Vm) -> Vec<Value> {
    let frames = vm.running_frames();
    // A comprehension runs in its function's frame in CPython (PEP 709):
    // it is no frame of its own, and its line is the function's line.
    let mut lines = Vec::with_capacity(frames.len());
    let mut inner_line = None;
    for f in &frames {
        if f.code.flags & CO_INLINED_COMPREHENSION != 0 {
            inner_line = inner_line.or(Some(f.current_line()));
            continue;
        }
        lines.push((*f, inner_line.take().unwrap_or_else(|| f.current_line())));
    }
    let mut views = Vec::with_capacity(lines.len());
    let mut back = Value::None;
    for (f, line) in lines.into_iter().rev() {
        let locals = rspy_vm::builtins_vm::frame_locals(f);
        let view = Value::object(Rc::new(FrameView {
            code: f.code.clone(),
            line,
            live: Some(LiveFrame {
                globals: f.globals.clone(),
                builtins: f.builtins.clone(),
                locals: Value::Dict(locals),
                back,
            }),
        }));
        views.push(view.clone());
        back = view;
    }
    views.reverse();
    views
}

// CPython: Python/sysmodule.c sys__getframe_impl
fn getframe(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("_getframe", 0, 1)?;
    let depth = match a.first() {
        Some(v) => int_arg(v)?,
        None => 0,
    };
    let views = frame_views(vm_of(interp));
    let index = usize::try_from(depth).unwrap_or(0);
    views
        .get(index)
        .cloned()
        .ok_or_else(|| value_error("call stack is not deep enough"))
}

// ------------------------------------------------------ module names

/// CPython 3.14's `sys.stdlib_module_names` (Python/stdlib_module_names.h).
const STDLIB_MODULE_NAMES: &[&str] = &[
    "__future__",
    "_abc",
    "_aix_support",
    "_android_support",
    "_apple_support",
    "_ast",
    "_ast_unparse",
    "_asyncio",
    "_bisect",
    "_blake2",
    "_bz2",
    "_codecs",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_collections",
    "_collections_abc",
    "_colorize",
    "_compat_pickle",
    "_contextvars",
    "_csv",
    "_ctypes",
    "_curses",
    "_curses_panel",
    "_datetime",
    "_dbm",
    "_decimal",
    "_elementtree",
    "_frozen_importlib",
    "_frozen_importlib_external",
    "_functools",
    "_gdbm",
    "_hashlib",
    "_heapq",
    "_hmac",
    "_imp",
    "_interpchannels",
    "_interpqueues",
    "_interpreters",
    "_io",
    "_ios_support",
    "_json",
    "_locale",
    "_lsprof",
    "_lzma",
    "_markupbase",
    "_md5",
    "_multibytecodec",
    "_multiprocessing",
    "_opcode",
    "_opcode_metadata",
    "_operator",
    "_osx_support",
    "_overlapped",
    "_pickle",
    "_posixshmem",
    "_posixsubprocess",
    "_py_abc",
    "_py_warnings",
    "_pydatetime",
    "_pydecimal",
    "_pyio",
    "_pylong",
    "_pyrepl",
    "_queue",
    "_random",
    "_remote_debugging",
    "_scproxy",
    "_sha1",
    "_sha2",
    "_sha3",
    "_signal",
    "_sitebuiltins",
    "_socket",
    "_sqlite3",
    "_sre",
    "_ssl",
    "_stat",
    "_statistics",
    "_string",
    "_strptime",
    "_struct",
    "_suggestions",
    "_symtable",
    "_sysconfig",
    "_thread",
    "_threading_local",
    "_tkinter",
    "_tokenize",
    "_tracemalloc",
    "_types",
    "_typing",
    "_uuid",
    "_warnings",
    "_weakref",
    "_weakrefset",
    "_winapi",
    "_wmi",
    "_zoneinfo",
    "_zstd",
    "abc",
    "annotationlib",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asyncio",
    "atexit",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "compression",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtplib",
    "socket",
    "socketserver",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];

/// The names of rspy's native modules, sorted. CPython: the inittab.
fn builtin_module_names(vm: &Vm) -> Value {
    let mut names: Vec<&str> = vm.native_modules.keys().map(String::as_str).collect();
    names.extend(["builtins", "sys"]);
    names.sort_unstable();
    names.dedup();
    Value::tuple(names.into_iter().map(Value::str).collect())
}

fn stdlib_module_names(vm: &mut Vm) -> PyResult<Value> {
    let set = PySet::new();
    for name in STDLIB_MODULE_NAMES {
        set.add(vm, Value::str(name))?;
    }
    Ok(Value::FrozenSet(Rc::new(set)))
}

/// The process's own command line. CPython: sys.orig_argv.
fn orig_argv() -> Value {
    Value::list(
        std::env::args_os()
            .map(|a| Value::string(a.to_string_lossy().into_owned()))
            .collect(),
    )
}

fn is_finalizing(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("is_finalizing", 0, 0)?;
    Ok(Value::Bool(false))
}

// --------------------------------------------------------------- init

const FUNCTIONS: [(&str, NativeFn); 22] = [
    ("exit", sys_exit),
    ("getrecursionlimit", getrecursionlimit),
    ("setrecursionlimit", setrecursionlimit),
    ("exc_info", exc_info),
    ("exception", exception),
    ("set_asyncgen_hooks", set_asyncgen_hooks),
    ("get_asyncgen_hooks", get_asyncgen_hooks),
    (
        "set_coroutine_origin_tracking_depth",
        set_coroutine_origin_tracking_depth,
    ),
    (
        "get_coroutine_origin_tracking_depth",
        get_coroutine_origin_tracking_depth,
    ),
    ("get_int_max_str_digits", get_int_max_str_digits),
    ("set_int_max_str_digits", set_int_max_str_digits),
    ("getdefaultencoding", getdefaultencoding),
    ("getfilesystemencoding", getfilesystemencoding),
    ("getfilesystemencodeerrors", getfilesystemencodeerrors),
    ("settrace", settrace),
    ("gettrace", gettrace),
    ("setprofile", setprofile),
    ("getprofile", getprofile),
    ("intern", intern),
    ("getsizeof", getsizeof),
    ("_getframe", getframe),
    ("is_finalizing", is_finalizing),
];

/// The version facts: `version`, `version_info`, `hexversion`,
/// `implementation`, the other struct sequences, `maxsize`...
fn add_version_facts(d: &PyDict) -> PyResult<()> {
    let version_info = make_version_info()?;
    let hexversion = 0x030E00F0;
    d.set_str("version", Value::str("3.14.0 (rspy 0.1.0)"));
    d.set_str("hexversion", Value::Int(hexversion));
    d.set_str(
        "implementation",
        make_implementation(version_info.clone(), hexversion),
    );
    d.set_str("version_info", version_info);
    let flags = make_flags()?;
    let dont_write = structseq::fields(&flags)
        .and_then(|f| f.get(4).cloned())
        .is_some_and(|v| matches!(v, Value::Int(1)));
    d.set_str("flags", flags);
    d.set_str("dont_write_bytecode", Value::Bool(dont_write));
    d.set_str("float_info", make_float_info()?);
    d.set_str("int_info", make_int_info()?);
    d.set_str("hash_info", make_hash_info()?);
    d.set_str("thread_info", make_thread_info()?);
    d.set_str("float_repr_style", Value::str("short"));
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str("maxunicode", Value::Int(0x10FFFF));
    d.set_str("byteorder", Value::str("little"));
    d.set_str("platform", Value::str("linux"));
    Ok(())
}

fn add_streams(d: &PyDict) {
    for (fd, name, dunder) in [
        (0, "stdin", "__stdin__"),
        (1, "stdout", "__stdout__"),
        (2, "stderr", "__stderr__"),
    ] {
        let s = crate::stdio::new_stream(fd);
        d.set_str(name, s.clone());
        d.set_str(dunder, s);
    }
}

/// Build the `sys` module.
pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let d = Rc::new(PyDict::new());
    d.set_str("__name__", Value::str("sys"));
    let argv: Vec<Value> = ARGV.with(|a| a.borrow().iter().map(|s| Value::str(s)).collect());
    d.set_str("argv", Value::list(argv));
    d.set_str("orig_argv", orig_argv());
    for (name, f) in FUNCTIONS {
        d.set_str(name, native(name, f));
    }
    add_version_facts(&d)?;
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
    d.set_str("builtin_module_names", builtin_module_names(vm));
    d.set_str("stdlib_module_names", stdlib_module_names(vm)?);
    add_streams(&d);
    Ok(Rc::new(PyModule::new("sys".to_string(), d)))
}
