//! TEMPORARY bootstrap builtins until builtins.rs lands.
use std::rc::Rc;
use std::io::Write;
use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::ExcKind;
use rspy_objects::function::{Args, NativeFunction};
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::types::types;
use rspy_objects::value::{PyResult, Value};

fn print(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let mut s = String::new();
    for (i, a) in args.positional().iter().enumerate() {
        if i > 0 { s.push(' '); }
        s.push_str(&ops::str_of(interp, a)?);
    }
    s.push('\n');
    let _ = std::io::stdout().write_all(s.as_bytes());
    Ok(Value::None)
}
fn len(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(ops::len(interp, &args.positional()[0])? as i64))
}
fn range(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let p = args.positional();
    let g = |v: &Value| if let Value::Int(i) = v { *i } else { 0 };
    let (a, b, c) = match p.len() { 1 => (0, g(&p[0]), 1), 2 => (g(&p[0]), g(&p[1]), 1), _ => (g(&p[0]), g(&p[1]), g(&p[2])) };
    Ok(Value::Range(Rc::new(rspy_objects::value::PyRange { start: a, stop: b, step: c })))
}
pub fn builtins_dict() -> Rc<PyDict> {
    let d = Rc::new(PyDict::new());
    let t = types();
    for (n, ty) in [("object", &t.object_type), ("type", &t.type_type), ("int", &t.int_type), ("str", &t.str_type), ("list", &t.list_type), ("dict", &t.dict_type), ("tuple", &t.tuple_type), ("float", &t.float_type), ("bool", &t.bool_type), ("set", &t.set_type), ("super", &t.super_type)] {
        d.set_str(n, Value::Type(ty.clone()));
    }
    for k in ExcKind::ALL { d.set_str(k.name(), Value::Type(k.get().clone())); }
    d.set_str("print", Value::Native(Rc::new(NativeFunction::function("print", print))));
    d.set_str("len", Value::Native(Rc::new(NativeFunction::function("len", len))));
    d.set_str("range", Value::Native(Rc::new(NativeFunction::function("range", range))));
    d
}
pub fn flush_stdout() { let _ = std::io::stdout().flush(); }
pub fn write_stdout(s: &str) { let _ = std::io::stdout().write_all(s.as_bytes()); }
