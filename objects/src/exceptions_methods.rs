//! Natives of `BaseException` and its built-in subclasses, and the
//! traceback object. CPython: Objects/exceptions.c (BaseException_init,
//! BaseException_with_traceback, BaseException_add_note, StopIteration_init,
//! SystemExit_init), Python/traceback.c.

use std::any::Any;
use std::rc::Rc;

use crate::exceptions::{exc_data, type_error, ExcKind, TbEntry};
use crate::function::Args;
use crate::interp::Interp;
use crate::ops;
use crate::types::{types, Layout, PyType};
use crate::value::{NativeObject, PyInstance, PyResult, Value};

/// A traceback as `exc.__traceback__` exposes it.
pub struct Traceback {
    pub entries: Vec<TbEntry>,
}

thread_local! {
    static TRACEBACK_TYPE: Rc<PyType> = {
        let t = PyType::new_builtin("traceback", vec![types().object_type.clone()], Layout::Builtin);
        t.add_method("__getattr__", traceback_getattr);
        t
    };
}

/// `tb_next`, `tb_lineno`, `tb_frame`, `tb_lasti`. The entries run
/// innermost first, so this object stands for the last one and `tb_next`
/// for the rest. CPython: Python/traceback.c (tb_getsetters).
fn traceback_getattr(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__getattr__", 2, 2)?;
    let Value::Object(o) = &a[0] else {
        return Err(type_error("expected a traceback"));
    };
    let Some(tb) = o.as_any().downcast_ref::<Traceback>() else {
        return Err(type_error("expected a traceback"));
    };
    let Some(entry) = tb.entries.last() else {
        return Ok(Value::None);
    };
    match a[1].as_str() {
        Some("tb_next") => {
            let rest = &tb.entries[..tb.entries.len() - 1];
            Ok(if rest.is_empty() {
                Value::None
            } else {
                Value::object(Rc::new(Traceback {
                    entries: rest.to_vec(),
                }))
            })
        }
        Some("tb_lineno") => Ok(Value::Int(entry.line as i64)),
        Some("tb_lasti") => Ok(Value::Int(0)),
        Some("tb_frame") => Ok(Value::object(Rc::new(crate::generator::FrameView {
            code: entry.code.clone(),
            line: entry.line,
            live: None,
        }))),
        _ => Err(ExcKind::AttributeError.new_err(format!(
            "'traceback' object has no attribute '{}'",
            a[1].as_str().unwrap_or("?")
        ))),
    }
}

impl NativeObject for Traceback {
    fn py_type(&self) -> Rc<PyType> {
        TRACEBACK_TYPE.with(|t| t.clone())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Exception attributes stored in `ExcData`; true when `name` was one.
pub fn set_exc_attr(inst: &PyInstance, name: &str, value: &Value) -> PyResult<bool> {
    let mut d = exc_data(inst).borrow_mut();
    match name {
        "args" => {
            d.args = match value {
                Value::Tuple(_) => value.clone(),
                Value::List(l) => Value::tuple(l.items.borrow().clone()),
                other => Value::tuple(vec![other.clone()]),
            };
        }
        "__cause__" => {
            if !value.is_none() && !value.is_exception_instance() {
                return Err(type_error(
                    "exception cause must be None or derive from BaseException",
                ));
            }
            d.cause = value.clone();
            d.suppress_context = true;
        }
        "__context__" => {
            if !value.is_none() && !value.is_exception_instance() {
                return Err(type_error(
                    "exception context must be None or derive from BaseException",
                ));
            }
            d.context = value.clone();
        }
        "__suppress_context__" => d.suppress_context = matches!(value, Value::Bool(true)),
        "__traceback__" => match value {
            Value::None => d.traceback.clear(),
            Value::Object(o) => {
                if let Some(tb) = o.as_any().downcast_ref::<Traceback>() {
                    d.traceback = tb.entries.clone();
                    d.tb_object = Some(value.clone());
                } else {
                    return Err(type_error("__traceback__ must be a traceback or None"));
                }
            }
            _ => return Err(type_error("__traceback__ must be a traceback or None")),
        },
        _ => return Ok(false),
    }
    Ok(true)
}

fn self_exc(args: &Args<'_>) -> PyResult<Rc<PyInstance>> {
    match args.values.first() {
        Some(Value::Instance(i)) if i.exc.is_some() => Ok(i.clone()),
        _ => Err(type_error("descriptor requires a 'BaseException' object")),
    }
}

fn exc_init(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let inst = self_exc(&args)?;
    let cls = inst.class.borrow().clone();
    let rest = args.positional()[1..].to_vec();
    // CPython: AttributeError_init, NameError_init and ImportError_init take
    // keyword-only attributes; every other __init__ takes no keywords.
    let kw_attrs: Option<(&str, &[&str])> = if cls.is_subtype(ExcKind::AttributeError.get()) {
        Some(("AttributeError", &["name", "obj"]))
    } else if cls.is_subtype(ExcKind::NameError.get()) {
        Some(("NameError", &["name"]))
    } else if cls.is_subtype(ExcKind::ImportError.get()) {
        Some(("ImportError", &["name", "path", "name_from"]))
    } else {
        None
    };
    match kw_attrs {
        Some((fname, allowed)) => {
            args.only_kwargs(fname, allowed)?;
            for name in allowed {
                let v = args.kw(name).cloned().unwrap_or(Value::None);
                inst.dict().set_str(name, v);
            }
            if fname == "ImportError" {
                let msg = match rest.as_slice() {
                    [m] => m.clone(),
                    _ => Value::None,
                };
                inst.dict().set_str("msg", msg);
            }
        }
        None => args.no_kwargs(&cls.name)?,
    }
    if cls.is_subtype(ExcKind::StopIteration.get()) {
        inst.dict()
            .set_str("value", rest.first().cloned().unwrap_or(Value::None));
    }
    if cls.is_subtype(ExcKind::SystemExit.get()) {
        let code = match rest.len() {
            0 => Value::None,
            1 => rest[0].clone(),
            _ => Value::tuple(rest.clone()),
        };
        inst.dict().set_str("code", code);
    }
    if cls.is_subtype(ExcKind::OSError.get()) {
        return oserror_init(&inst, rest);
    }
    if cls.is_subtype(ExcKind::SyntaxError.get()) {
        syntax_error_init(&inst, &rest)?;
    }
    if cls.is_subtype(ExcKind::UnicodeError.get()) {
        unicode_error_init(&inst, &cls, &rest)?;
    }
    exc_data(&inst).borrow_mut().args = Value::tuple(rest);
    Ok(Value::None)
}

/// The fields of UnicodeDecodeError(encoding, object, start, end, reason),
/// UnicodeEncodeError (object a str) and UnicodeTranslateError (no
/// encoding). CPython: UnicodeDecodeError_init, UnicodeEncodeError_init,
/// UnicodeTranslateError_init.
fn unicode_error_init(inst: &PyInstance, cls: &Rc<PyType>, args: &[Value]) -> PyResult<()> {
    let (fname, fields, object_type): (&str, &[&str], &str) =
        if cls.is_subtype(ExcKind::UnicodeDecodeError.get()) {
            (
                "UnicodeDecodeError",
                &["encoding", "object", "start", "end", "reason"],
                "bytes",
            )
        } else if cls.is_subtype(ExcKind::UnicodeEncodeError.get()) {
            (
                "UnicodeEncodeError",
                &["encoding", "object", "start", "end", "reason"],
                "str",
            )
        } else if cls.is_subtype(ExcKind::UnicodeTranslateError.get()) {
            (
                "UnicodeTranslateError",
                &["object", "start", "end", "reason"],
                "str",
            )
        } else {
            return Ok(());
        };
    if args.len() != fields.len() {
        return Err(type_error(format!(
            "function takes exactly {} arguments ({} given)",
            fields.len(),
            args.len()
        )));
    }
    for (i, (name, v)) in fields.iter().zip(args).enumerate() {
        let ok = match *name {
            "encoding" | "reason" => matches!(v, Value::Str(_)),
            "object" if object_type == "bytes" => matches!(v, Value::Bytes(_)),
            "object" => matches!(v, Value::Str(_)),
            _ => matches!(v, Value::Int(_) | Value::Bool(_)),
        };
        if !ok && *name == "object" && object_type == "bytes" {
            return Err(type_error(format!(
                "a bytes-like object is required, not '{}'",
                v.type_name()
            )));
        }
        if !ok {
            let want = match *name {
                "object" => object_type,
                "start" | "end" => "int",
                _ => "str",
            };
            return Err(type_error(format!(
                "{fname}() argument {} must be {want}, not {}",
                i + 1,
                v.type_name()
            )));
        }
        inst.dict().set_str(name, v.clone());
    }
    Ok(())
}

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
/// end_offset]))`: the location fields. CPython: SyntaxError_init.
fn syntax_error_init(inst: &PyInstance, args: &[Value]) -> PyResult<()> {
    if let Some(msg) = args.first() {
        inst.dict().set_str("msg", msg.clone());
    }
    if args.len() != 2 {
        return Ok(());
    }
    let info = match &args[1] {
        Value::Tuple(t) => t.items.clone(),
        Value::List(l) => l.items.borrow().clone(),
        other => {
            return Err(type_error(format!(
                "'{}' object is not iterable",
                other.type_name()
            )))
        }
    };
    if !(4..=7).contains(&info.len()) {
        let (bound, n) = if info.len() < 4 {
            ("least 4", info.len())
        } else {
            ("most 7", info.len())
        };
        return Err(type_error(format!(
            "function takes at {bound} arguments ({n} given)"
        )));
    }
    let fields = [
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
    ];
    for (name, v) in fields.iter().zip(info.iter()) {
        inst.dict().set_str(name, v.clone());
    }
    Ok(())
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: the
/// fields, and `args` cut to `(errno, strerror)` when a filename is given.
// CPython: Objects/exceptions.c oserror_init
fn oserror_init(inst: &PyInstance, mut rest: Vec<Value>) -> PyResult<Value> {
    let field = |i: usize, rest: &[Value]| -> Value {
        if (2..=5).contains(&rest.len()) {
            rest.get(i).cloned().unwrap_or(Value::None)
        } else {
            Value::None
        }
    };
    inst.dict().set_str("errno", field(0, &rest));
    inst.dict().set_str("strerror", field(1, &rest));
    let filename = field(2, &rest);
    inst.dict().set_str("filename", filename.clone());
    inst.dict().set_str("filename2", field(4, &rest));
    if (3..=5).contains(&rest.len()) && !filename.is_none() {
        rest.truncate(2);
    }
    exc_data(inst).borrow_mut().args = Value::tuple(rest);
    Ok(Value::None)
}

fn exc_str(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let inst = self_exc(&args)?;
    Ok(Value::string(crate::repr::exception_str(
        interp,
        &Value::Instance(inst),
    )?))
}

fn exc_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let inst = self_exc(&args)?;
    Ok(Value::string(crate::repr::exception_repr(
        interp,
        &Value::Instance(inst),
    )?))
}

fn exc_with_traceback(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let inst = self_exc(&args)?;
    let a = args.exact("with_traceback", 2, 2)?;
    set_exc_attr(&inst, "__traceback__", &a[1])?;
    Ok(a[0].clone())
}

fn exc_add_note(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let inst = self_exc(&args)?;
    let a = args.exact("add_note", 2, 2)?;
    if !matches!(a[1], Value::Str(_)) {
        // CPython: BaseException_add_note's argument clinic check.
        return Err(type_error(format!(
            "add_note() argument must be str, not {}",
            a[1].type_name()
        )));
    }
    let notes = match inst.dict().get_str("__notes__") {
        Some(n @ Value::List(_)) => n,
        Some(_) => return Err(type_error("Cannot add note: __notes__ is not a list")),
        None => {
            let l = Value::list(vec![]);
            inst.dict().set_str("__notes__", l.clone());
            l
        }
    };
    ops::call_method(interp, &notes, "append", &[a[1].clone()])?;
    Ok(Value::None)
}

/// Register the natives of the exception hierarchy.
pub fn register() {
    let base = ExcKind::BaseException.get();
    base.add_method("__init__", exc_init);
    base.add_method("__str__", exc_str);
    base.add_method("__repr__", exc_repr);
    base.add_method("with_traceback", exc_with_traceback);
    base.add_method("add_note", exc_add_note);
}
