//! Struct sequences: tuple subclasses whose items double as named,
//! read-only fields (`sys.version_info`, `sys.flags`, `sys.float_info`;
//! `time.struct_time` is the same idea). CPython: Objects/structseq.c.
//!
//! `new_type` makes a type from a `StructSeqDesc`; `new_instance` makes
//! an instance from all of its field values. An instance is a
//! `PyInstance` whose payload is the tuple of the visible fields, so
//! indexing, slicing, unpacking, hashing and comparisons are tuple's;
//! the attribute-only fields (`n_fields - n_sequence_fields` of them) are
//! kept in the instance's slot storage. Each named field is a read-only
//! property of the type ("readonly attribute" on assignment).
//!
//! The qualified name (`tp_name`, "sys.version_info") is split like
//! CPython splits a static type's name: `__module__` 'sys', `__name__`
//! 'version_info'; messages that CPython words with `tp_name` use the
//! whole name.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crate::dict::PyDict;
use crate::exceptions::{type_error, ExcKind};
use crate::function::{Args, BoundMethod, NativeFn, NativeFunction};
use crate::interp::Interp;
use crate::ops;
use crate::types::{types, PyType};
use crate::value::{PyInstance, PyProperty, PyResult, Value};

/// The name of a field that is an item but not an attribute. CPython:
/// PyStructSequence_UnnamedField.
pub const UNNAMED_FIELD: &str = "unnamed field";

/// What a struct sequence type is made from. CPython: PyStructSequence_Desc.
pub struct StructSeqDesc {
    /// The qualified name, `tp_name`: "sys.version_info".
    pub name: &'static str,
    pub doc: Option<&'static str>,
    /// Every field in order (`UNNAMED_FIELD` for an item without a name,
    /// allowed among the visible ones only).
    pub fields: &'static [&'static str],
    /// How many leading fields are tuple items; the rest are attributes.
    pub n_in_sequence: usize,
    /// Whether Python code may call the type. CPython's sys types delete
    /// `tp_new`: "cannot create 'sys.flags' instances".
    pub constructible: bool,
}

/// What the natives of a struct sequence type need to know about it.
struct Spec {
    tp_name: String,
    fields: Vec<&'static str>,
    n_in_sequence: usize,
    constructible: bool,
}

impl Spec {
    fn n_unnamed(&self) -> usize {
        self.fields.iter().filter(|f| **f == UNNAMED_FIELD).count()
    }

    /// The named fields with their positions. CPython: tp_members.
    fn members(&self) -> impl Iterator<Item = (usize, &'static str)> + '_ {
        self.fields
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, f)| *f != UNNAMED_FIELD)
    }

    /// The name of member `k` (the k-th named field), as CPython's repr
    /// and constructor index `tp_members`.
    fn member_name(&self, k: usize) -> Option<&'static str> {
        self.members().nth(k).map(|(_, f)| f)
    }
}

thread_local! {
    /// Every struct sequence type made, with its description.
    static SPECS: RefCell<Vec<(Weak<PyType>, Rc<Spec>)>> = const { RefCell::new(Vec::new()) };
}

/// Make a struct sequence type. CPython: PyStructSequence_NewType /
/// _PyStructSequence_InitBuiltinWithFlags.
pub fn new_type(desc: &StructSeqDesc) -> Rc<PyType> {
    let (module, short) = match desc.name.rsplit_once('.') {
        Some((m, s)) => (m, s),
        None => ("builtins", desc.name),
    };
    let t = PyType::new_tuple_subtype(short, module, desc.name);
    let spec = Rc::new(Spec {
        tp_name: desc.name.to_string(),
        fields: desc.fields.to_vec(),
        n_in_sequence: desc.n_in_sequence.min(desc.fields.len()),
        constructible: desc.constructible,
    });
    fill_type_dict(&t, &spec, desc.doc);
    SPECS.with(|s| {
        let mut s = s.borrow_mut();
        s.retain(|(w, _)| w.strong_count() > 0);
        s.push((Rc::downgrade(&t), spec));
    });
    t
}

fn fill_type_dict(t: &Rc<PyType>, spec: &Spec, doc: Option<&'static str>) {
    // `__new__` is bound to the type's name so that it can say which
    // type it makes ("sys.float_info.__new__(tuple): ...").
    let new = Value::Method(Rc::new(BoundMethod {
        self_value: Value::str(&spec.tp_name),
        func: Value::Native(Rc::new(NativeFunction::function("__new__", structseq_new))),
    }));
    t.dict.set_str("__new__", Value::StaticMethod(Rc::new(new)));
    t.add_method("__repr__", structseq_repr);
    t.add_method("__reduce__", structseq_reduce);
    t.add_method("__replace__", structseq_replace);
    for (i, name) in spec.members() {
        t.dict.set_str(name, field_property(i, name, &spec.tp_name));
    }
    t.dict
        .set_str("__doc__", doc.map(Value::str).unwrap_or(Value::None));
    let int = |n: usize| Value::Int(n as i64);
    t.dict.set_str("n_sequence_fields", int(spec.n_in_sequence));
    t.dict.set_str("n_fields", int(spec.fields.len()));
    t.dict.set_str("n_unnamed_fields", int(spec.n_unnamed()));
    let visible_named = spec.n_in_sequence.saturating_sub(spec.n_unnamed());
    let match_args = spec
        .members()
        .take(visible_named)
        .map(|(_, f)| Value::str(f))
        .collect();
    t.dict.set_str("__match_args__", Value::tuple(match_args));
}

/// A read-only property reading field `index`. Its getter is `field_get`
/// bound to `(index, name, tp_name)`, so one native serves every field.
fn field_property(index: usize, name: &'static str, tp_name: &str) -> Value {
    let native =
        |n: &'static str, f: NativeFn| Value::Native(Rc::new(NativeFunction::function(n, f)));
    let getter = Value::Method(Rc::new(BoundMethod {
        self_value: Value::tuple(vec![
            Value::Int(index as i64),
            Value::str(name),
            Value::str(tp_name),
        ]),
        func: native(name, field_get),
    }));
    let readonly = native("__set__", field_readonly);
    let p = PyProperty::new(getter, readonly.clone(), readonly, Value::None);
    *p.name.borrow_mut() = Value::str(name);
    Value::Property(Rc::new(p))
}

/// The struct sequence description of `ty` or of its nearest base that
/// is one.
fn spec_of(ty: &Rc<PyType>) -> Option<Rc<Spec>> {
    SPECS.with(|s| {
        let s = s.borrow();
        std::iter::once(ty).chain(ty.mro_tail.iter()).find_map(|t| {
            s.iter()
                .find(|(w, _)| std::ptr::eq(w.as_ptr(), Rc::as_ptr(t)))
                .map(|(_, spec)| spec.clone())
        })
    })
}

/// Whether `ty` is a struct sequence type.
pub fn is_structseq_type(ty: &Rc<PyType>) -> bool {
    spec_of(ty).is_some()
}

/// An instance of the struct sequence type `ty` from its field values,
/// visible ones first; missing trailing fields are None, extra values
/// are dropped. CPython: PyStructSequence_New + PyStructSequence_SetItem.
pub fn new_instance(ty: &Rc<PyType>, values: Vec<Value>) -> PyResult<Value> {
    let spec = spec_of(ty)
        .ok_or_else(|| type_error(format!("'{}' is not a struct sequence type", ty.name)))?;
    Ok(make(ty, &spec, values))
}

fn make(ty: &Rc<PyType>, spec: &Spec, mut values: Vec<Value>) -> Value {
    values.resize(spec.fields.len(), Value::None);
    let hidden = values.split_off(spec.n_in_sequence);
    let inst = PyInstance::with_payload(ty.clone(), Value::tuple(values));
    if !hidden.is_empty() {
        let slots = inst.slot_values();
        for (i, v) in hidden.into_iter().enumerate() {
            slots.set_str(&hidden_key(spec.n_in_sequence + i), v);
        }
    }
    Value::Instance(Rc::new(inst))
}

/// Where attribute-only field `i` is kept in the instance's slot storage.
fn hidden_key(i: usize) -> String {
    format!("#{i}")
}

/// Every field of a struct sequence instance (visible ones first), with
/// its type's description.
fn all_fields(v: &Value) -> Option<(Rc<Spec>, Vec<Value>)> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let Some(Value::Tuple(t)) = &inst.payload else {
        return None;
    };
    let spec = spec_of(&inst.class.borrow())?;
    let mut out = t.items.clone();
    for i in out.len()..spec.fields.len() {
        let v = inst.slots.get().and_then(|d| d.get_str(&hidden_key(i)));
        out.push(v.unwrap_or(Value::None));
    }
    Some((spec, out))
}

/// Every field of a struct sequence instance, visible ones first; None
/// when `v` is not one.
pub fn fields(v: &Value) -> Option<Vec<Value>> {
    all_fields(v).map(|(_, f)| f)
}

/// `self` of a struct sequence method, with its type and fields.
fn self_fields(args: &Args<'_>, method: &str) -> PyResult<(Rc<PyType>, Rc<Spec>, Vec<Value>)> {
    let v = args.values.first();
    match v.and_then(all_fields) {
        Some((spec, f)) => Ok((
            v.map(|v| v.py_type())
                .unwrap_or_else(|| types().tuple_type.clone()),
            spec,
            f,
        )),
        None => Err(type_error(format!(
            "descriptor '{method}' requires a struct sequence object but received a '{}'",
            v.map(|v| v.type_name()).unwrap_or_default()
        ))),
    }
}

// CPython: Objects/structseq.c (member descriptor get of a field)
fn field_get(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (index, name, owner) = match args.values.first() {
        Some(Value::Tuple(t)) if t.items.len() == 3 => (
            match t.items[0] {
                Value::Int(i) => i as usize,
                _ => 0,
            },
            t.items[1].as_str().unwrap_or("?").to_string(),
            t.items[2].as_str().unwrap_or("?").to_string(),
        ),
        _ => return Err(type_error("struct sequence field getter without its field")),
    };
    let obj = args.values.get(1);
    match obj.and_then(fields) {
        Some(f) => Ok(f.get(index).cloned().unwrap_or(Value::None)),
        None => Err(type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            obj.map(|v| v.type_name()).unwrap_or_default()
        ))),
    }
}

// CPython: Objects/descrobject.c member_set (READONLY)
fn field_readonly(_: &mut dyn Interp, _: Args<'_>) -> PyResult<Value> {
    Err(ExcKind::AttributeError.new_err("readonly attribute"))
}

/// `structseq(sequence, dict=None)` arguments: (sequence, dict).
fn new_arguments(args: &Args<'_>) -> PyResult<(Value, Option<Value>)> {
    let pos = args.positional().get(1..).unwrap_or_default();
    let given = args.values.len().saturating_sub(1);
    if given > 2 {
        return Err(type_error(format!(
            "structseq() takes at most 2 arguments ({given} given)"
        )));
    }
    let mut slots: [Option<Value>; 2] = [pos.first().cloned(), pos.get(1).cloned()];
    for (k, v) in args.kwargs() {
        let i = match k.as_str() {
            "sequence" => 0,
            "dict" => 1,
            other => {
                return Err(type_error(format!(
                    "structseq() got an unexpected keyword argument '{other}'"
                )))
            }
        };
        if slots[i].is_some() {
            return Err(type_error(format!(
                "argument for structseq() given by name ('{}') and position ({})",
                k.as_str(),
                i + 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    let [seq, dict] = slots;
    let seq =
        seq.ok_or_else(|| type_error("structseq() missing required argument 'sequence' (pos 1)"))?;
    Ok((seq, dict))
}

/// The items of the `sequence` argument. CPython: PySequence_Fast.
fn sequence_items(interp: &mut dyn Interp, seq: &Value) -> PyResult<Vec<Value>> {
    match seq {
        Value::List(l) => Ok(l.items.borrow().clone()),
        Value::Tuple(t) => Ok(t.items.clone()),
        _ => match ops::get_iter(interp, seq) {
            Ok(_) => crate::iter::collect(interp, seq),
            Err(e) if e.matches(ExcKind::TypeError) => {
                Err(type_error("constructor requires a sequence"))
            }
            Err(e) => Err(e),
        },
    }
}

/// The length check of the constructor. CPython: structseq_new_impl.
fn check_length(name: &str, len: usize, min: usize, max: usize) -> PyResult<()> {
    let msg = if min == max {
        (len != min).then(|| format!("{name}() takes a {min}-sequence ({len}-sequence given)"))
    } else if len < min {
        Some(format!(
            "{name}() takes an at least {min}-sequence ({len}-sequence given)"
        ))
    } else if len > max {
        Some(format!(
            "{name}() takes an at most {max}-sequence ({len}-sequence given)"
        ))
    } else {
        None
    };
    msg.map_or(Ok(()), |m| Err(type_error(m)))
}

// CPython: Objects/structseq.c structseq_new_impl
fn structseq_new(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let owner = args
        .values
        .first()
        .and_then(|v| v.as_str())
        .unwrap_or("structseq")
        .to_string();
    let Some(Value::Type(cls)) = args.values.get(1) else {
        return Err(type_error(format!(
            "{owner}.__new__(X): X is not a type object"
        )));
    };
    let spec = spec_of(cls).filter(|s| s.tp_name == owner).ok_or_else(|| {
        let name = cls.full_name();
        type_error(format!(
            "{owner}.__new__({name}): {name} is not a subtype of {owner}"
        ))
    })?;
    let name = cls.tp_name();
    if !spec.constructible {
        return Err(type_error(format!("cannot create '{name}' instances")));
    }
    let args = Args::with_kw(&args.values[1..], args.kwnames);
    let (seq, dict) = new_arguments(&args)?;
    let mut values = sequence_items(interp, &seq)?;
    let dict = match dict {
        None => None,
        Some(Value::Dict(d)) => Some(d),
        Some(_) => {
            return Err(type_error(format!(
                "{name}() takes a dict as second arg, if any"
            )))
        }
    };
    let len = values.len();
    check_length(&name, len, spec.n_in_sequence, spec.fields.len())?;
    let n_unnamed = spec.n_unnamed();
    let mut found = 0;
    for i in len..spec.fields.len() {
        let field = spec
            .member_name(i.saturating_sub(n_unnamed))
            .unwrap_or(UNNAMED_FIELD);
        let v = dict.as_ref().and_then(|d| d.get_str(field));
        found += v.is_some() as usize;
        values.push(v.unwrap_or(Value::None));
    }
    if dict.as_ref().is_some_and(|d| d.len() > found) {
        return Err(type_error(format!(
            "{name}() got duplicate or unexpected field name(s)"
        )));
    }
    Ok(make(cls, &spec, values))
}

// CPython: Objects/structseq.c structseq_repr
fn structseq_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (cls, spec, fields) = self_fields(&args, "__repr__")?;
    let mut parts = Vec::with_capacity(spec.n_in_sequence);
    for (i, v) in fields.iter().take(spec.n_in_sequence).enumerate() {
        let name = spec.member_name(i).unwrap_or(UNNAMED_FIELD);
        parts.push(format!("{name}={}", ops::repr(interp, v)?));
    }
    Ok(Value::string(format!(
        "{}({})",
        cls.tp_name(),
        parts.join(", ")
    )))
}

// CPython: Objects/structseq.c structseq_reduce
fn structseq_reduce(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (cls, spec, mut fields) = self_fields(&args, "__reduce__")?;
    let hidden = fields.split_off(spec.n_in_sequence);
    let d = PyDict::new();
    let n_unnamed = spec.n_unnamed();
    for (i, v) in hidden.into_iter().enumerate() {
        let name = spec
            .member_name((spec.n_in_sequence + i).saturating_sub(n_unnamed))
            .unwrap_or(UNNAMED_FIELD);
        d.set_item(interp, Value::str(name), v)?;
    }
    Ok(Value::tuple(vec![
        Value::Type(cls),
        Value::tuple(vec![Value::tuple(fields), Value::Dict(Rc::new(d))]),
    ]))
}

// CPython: Objects/structseq.c structseq_replace
fn structseq_replace(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (cls, spec, mut fields) = self_fields(&args, "__replace__")?;
    if args.positional().len() > 1 {
        return Err(type_error("__replace__() takes no positional arguments"));
    }
    if spec.n_unnamed() > 0 {
        return Err(type_error(format!(
            "__replace__() is not supported for {} because it has unnamed field(s)",
            cls.tp_name()
        )));
    }
    let mut unexpected = Vec::new();
    for (k, v) in args.kwargs() {
        match spec.fields.iter().position(|f| *f == k.as_str()) {
            Some(i) => fields[i] = v.clone(),
            None => unexpected.push(Value::Str(k.clone())),
        }
    }
    if !unexpected.is_empty() {
        let names = ops::repr(interp, &Value::list(unexpected))?;
        return Err(type_error(format!("Got unexpected field name(s): {names}")));
    }
    Ok(make(&cls, &spec, fields))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::function::PyFunction;
    use crate::generator::{GenInput, GenStep, PyGenerator};

    /// An interpreter that runs no Python code: enough for natives that
    /// only repr ints and strs.
    struct NoPython;

    impl Interp for NoPython {
        fn call_function(&mut self, _: &Rc<PyFunction>, _: Args<'_>) -> PyResult<Value> {
            Err(type_error("no Python code in unit tests"))
        }
        fn resume_generator(&mut self, _: &Rc<PyGenerator>, _: GenInput) -> PyResult<GenStep> {
            Err(type_error("no Python code in unit tests"))
        }
        fn enter_recursion(&mut self, _: &str) -> PyResult<()> {
            Ok(())
        }
        fn leave_recursion(&mut self) {}
        fn caller_globals(&self) -> Option<Rc<PyDict>> {
            None
        }
        fn as_any(&mut self) -> &mut dyn std::any::Any {
            self
        }
    }

    const DESC: StructSeqDesc = StructSeqDesc {
        name: "sys.example",
        doc: Some("example doc"),
        fields: &["a", "b", "c", "hidden"],
        n_in_sequence: 3,
        constructible: true,
    };

    fn ints(v: &[i64]) -> Vec<Value> {
        v.iter().map(|i| Value::Int(*i)).collect()
    }

    fn call(f: NativeFn, values: &[Value]) -> PyResult<Value> {
        f(&mut NoPython, Args::new(values))
    }

    fn text(v: PyResult<Value>) -> String {
        match v {
            Ok(Value::Str(s)) => s.as_str().to_string(),
            Ok(other) => format!("{other:?}"),
            Err(e) => format!(
                "error: {}",
                e.args()
                    .first()
                    .and_then(|a| a.as_str().map(String::from))
                    .unwrap_or_default()
            ),
        }
    }

    #[test]
    fn type_names_and_counts() {
        crate::init();
        let t = new_type(&DESC);
        assert_eq!(t.name, "example");
        assert_eq!(t.module.borrow().as_str(), "sys");
        assert_eq!(t.full_name(), "sys.example");
        assert!(t.final_type && is_structseq_type(&t));
        let int = |k: &str| match t.dict.get_str(k) {
            Some(Value::Int(i)) => i,
            _ => -1,
        };
        assert_eq!(
            (
                int("n_fields"),
                int("n_sequence_fields"),
                int("n_unnamed_fields")
            ),
            (4, 3, 0)
        );
        match t.dict.get_str("__match_args__") {
            Some(Value::Tuple(m)) => assert_eq!(m.items.len(), 3),
            _ => panic!("no __match_args__"),
        }
    }

    #[test]
    fn instances_keep_hidden_fields() {
        crate::init();
        let t = new_type(&DESC);
        let v = new_instance(&t, ints(&[1, 2, 3, 4])).unwrap();
        let Value::Instance(inst) = &v else {
            panic!("not an instance")
        };
        match &inst.payload {
            Some(Value::Tuple(p)) => assert_eq!(p.items.len(), 3),
            _ => panic!("no tuple payload"),
        }
        let f = fields(&v).unwrap();
        assert!(matches!(f[3], Value::Int(4)));
        let short = new_instance(&t, ints(&[1, 2, 3])).unwrap();
        assert!(fields(&short).unwrap()[3].is_none());
        assert!(fields(&Value::Int(3)).is_none());
        let tuple = types().tuple_type.clone();
        assert!(new_instance(&tuple, vec![]).is_err());
    }

    #[test]
    fn repr_reduce_replace() {
        crate::init();
        let t = new_type(&DESC);
        let v = new_instance(&t, ints(&[1, 2, 3, 4])).unwrap();
        assert_eq!(
            text(call(structseq_repr, std::slice::from_ref(&v))),
            "sys.example(a=1, b=2, c=3)"
        );
        let Ok(Value::Tuple(r)) = call(structseq_reduce, std::slice::from_ref(&v)) else {
            panic!("reduce failed")
        };
        assert!(matches!(&r.items[0], Value::Type(c) if Rc::ptr_eq(c, &t)));
        let kw = [Rc::new(crate::value::PyStr::new("b"))];
        let w = structseq_replace(
            &mut NoPython,
            Args::with_kw(&[v.clone(), Value::Int(9)], &kw),
        );
        assert_eq!(
            text(call(structseq_repr, &[w.unwrap()])),
            "sys.example(a=1, b=9, c=3)"
        );
        let bad = [Rc::new(crate::value::PyStr::new("zz"))];
        let e = structseq_replace(&mut NoPython, Args::with_kw(&[v, Value::Int(9)], &bad));
        assert_eq!(text(e), "error: Got unexpected field name(s): ['zz']");
    }

    #[test]
    fn constructor_checks_lengths() {
        crate::init();
        let t = new_type(&DESC);
        let cls = Value::Type(t.clone());
        let owner = Value::str("sys.example");
        let new = |values: &[Value]| {
            let mut all = vec![owner.clone(), cls.clone()];
            all.extend_from_slice(values);
            call(structseq_new, &all)
        };
        let e = new(&[Value::tuple(ints(&[1, 2]))]);
        assert_eq!(
            text(e),
            "error: sys.example() takes an at least 3-sequence (2-sequence given)"
        );
        let e = new(&[Value::Int(5)]);
        assert_eq!(text(e), "error: constructor requires a sequence");
        let ok = new(&[Value::list(ints(&[1, 2, 3, 4]))]).unwrap();
        assert!(matches!(fields(&ok).unwrap()[3], Value::Int(4)));
        let tuple = Value::Type(types().tuple_type.clone());
        let e = call(structseq_new, &[owner.clone(), tuple, Value::Int(1)]);
        assert_eq!(
            text(e),
            "error: sys.example.__new__(tuple): tuple is not a subtype of sys.example"
        );
        let fixed = new_type(&StructSeqDesc {
            name: "sys.fixed",
            doc: None,
            fields: &["x"],
            n_in_sequence: 1,
            constructible: false,
        });
        let one = Value::tuple(ints(&[1]));
        let e = call(
            structseq_new,
            &[Value::str("sys.fixed"), Value::Type(fixed), one],
        );
        assert_eq!(text(e), "error: cannot create 'sys.fixed' instances");
    }

    #[test]
    fn field_getter_and_setter() {
        crate::init();
        let t = new_type(&DESC);
        let v = new_instance(&t, ints(&[1, 2, 3, 4])).unwrap();
        let Some(Value::Property(p)) = t.dict.get_str("hidden") else {
            panic!("no property")
        };
        let got = ops::call0(&mut NoPython, &p.fget, std::slice::from_ref(&v)).unwrap();
        assert!(matches!(got, Value::Int(4)));
        let e = ops::call0(&mut NoPython, &p.fget, &[Value::Int(1)]);
        assert_eq!(
            text(e),
            "error: descriptor 'hidden' for 'sys.example' objects doesn't apply to a 'int' object"
        );
        let e = ops::call0(&mut NoPython, &p.fset, &[v, Value::Int(1)]);
        assert_eq!(text(e), "error: readonly attribute");
    }
}
