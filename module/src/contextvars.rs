//! `contextvars`: ContextVar, Token, Context, copy_context.
//!
//! A Context maps variables to values; the current one is per thread.
//! Copies share their mapping until one of them is written
//! (copy-on-write, as CPython's immutable HAMT behaves), so
//! `copy_context()` for every asyncio callback and task costs an `Rc`
//! clone. Contexts hold few variables, so the mapping is a small vector.
//! CPython: Python/context.c.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{runtime_error, type_error, value_error, ExcKind};
use rspy_objects::function::{Args, NativeFn, NativeFunction};
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::types::{types, Layout, PyType};
use rspy_objects::value::{NativeObject, PyModule, PyResult, Value};
use rspy_vm::Vm;

/// A context variable. CPython: PyContextVar.
pub struct ContextVar {
    name: Value,
    default: Option<Value>,
}

type Mapping = Vec<(Rc<ContextVar>, Value)>;

/// A mapping of context variables to values. CPython: PyContext.
pub struct Context {
    vars: RefCell<Rc<Mapping>>,
    entered: Cell<bool>,
}

/// What `ContextVar.set` returns, for `reset`. CPython: PyContextToken.
pub struct Token {
    var: Rc<ContextVar>,
    old: Option<Value>,
    context: Rc<Context>,
    used: Cell<bool>,
}

/// `Token.MISSING`.
pub struct Missing;

struct ContextTypes {
    var: Rc<PyType>,
    token: Rc<PyType>,
    context: Rc<PyType>,
    missing_type: Rc<PyType>,
    missing: Value,
}

/// A type that cannot be subclassed, as contextvars' types are.
fn final_type(name: &str) -> Rc<PyType> {
    let t = PyType::new_final(name, vec![types().object_type.clone()], Layout::Builtin);
    *t.module.borrow_mut() = "_contextvars".to_string();
    t.set_tp_name(&format!("_contextvars.{name}"));
    t
}

thread_local! {
    static TYPES: Rc<ContextTypes> = Rc::new(make_types());
    static CURRENT: RefCell<Rc<Context>> = RefCell::new(Rc::new(Context::empty()));
}

fn ctypes() -> Rc<ContextTypes> {
    TYPES.with(|t| t.clone())
}

impl NativeObject for ContextVar {
    fn py_type(&self) -> Rc<PyType> {
        ctypes().var.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl NativeObject for Context {
    fn py_type(&self) -> Rc<PyType> {
        ctypes().context.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    /// The values, when this context owns its mapping alone (a mapping
    /// shared copy-on-write is held by several contexts: not visited).
    fn gc_traverse(&self, t: &mut rspy_objects::gc::Tracer) {
        let Ok(vars) = self.vars.try_borrow() else {
            return;
        };
        if Rc::strong_count(&vars) == 1 {
            vars.iter().for_each(|(_, v)| t.value(v));
        }
    }
    fn gc_clear(&self) {
        let vars = self
            .vars
            .try_borrow_mut()
            .map(|mut v| std::mem::take(&mut *v));
        drop(vars);
    }
}

impl NativeObject for Token {
    fn py_type(&self) -> Rc<PyType> {
        ctypes().token.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn gc_traverse(&self, t: &mut rspy_objects::gc::Tracer) {
        if let Some(v) = &self.old {
            t.value(v);
        }
        t.native(&self.context);
    }
}

impl NativeObject for Missing {
    fn py_type(&self) -> Rc<PyType> {
        ctypes().missing_type.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Context {
    fn empty() -> Context {
        Context {
            vars: RefCell::new(Rc::new(Vec::new())),
            entered: Cell::new(false),
        }
    }

    fn lookup(&self, var: &Rc<ContextVar>) -> Option<Value> {
        self.vars
            .borrow()
            .iter()
            .find(|(v, _)| Rc::ptr_eq(v, var))
            .map(|(_, x)| x.clone())
    }

    fn store(&self, var: &Rc<ContextVar>, value: Option<Value>) {
        let mut vars = self.vars.borrow_mut();
        let map = Rc::make_mut(&mut vars);
        let pos = map.iter().position(|(v, _)| Rc::ptr_eq(v, var));
        match (pos, value) {
            (Some(i), Some(x)) => map[i].1 = x,
            (None, Some(x)) => map.push((var.clone(), x)),
            (Some(i), None) => {
                map.remove(i);
            }
            (None, None) => {}
        }
    }
}

/// The current context. CPython: PyContext_CopyCurrent's source.
pub fn current() -> Rc<Context> {
    CURRENT.with(|c| c.borrow().clone())
}

/// A copy of the current context, sharing its mapping until written.
/// CPython: contextvars.copy_context.
pub fn copy_current() -> Rc<Context> {
    let cur = current();
    let vars = cur.vars.borrow().clone();
    Rc::new(Context {
        vars: RefCell::new(vars),
        entered: Cell::new(false),
    })
}

/// Enter `ctx` (it becomes current); returns the context to restore.
/// CPython: _PyContext_Enter.
pub fn enter(interp: &mut dyn Interp, ctx: &Rc<Context>) -> PyResult<Rc<Context>> {
    if ctx.entered.get() {
        let r = ops::repr(interp, &Value::object(ctx.clone()))?;
        return Err(runtime_error(format!(
            "cannot enter context: {r} is already entered"
        )));
    }
    ctx.entered.set(true);
    Ok(CURRENT.with(|c| std::mem::replace(&mut *c.borrow_mut(), ctx.clone())))
}

/// Leave `ctx`, making `prev` current again. CPython: _PyContext_Exit.
pub fn exit(ctx: &Rc<Context>, prev: Rc<Context>) {
    ctx.entered.set(false);
    CURRENT.with(|c| *c.borrow_mut() = prev);
}

/// `ctx.run(f, *args)` from Rust.
pub fn run_in(
    interp: &mut dyn Interp,
    ctx: &Rc<Context>,
    f: impl FnOnce(&mut dyn Interp) -> PyResult<Value>,
) -> PyResult<Value> {
    let prev = enter(interp, ctx)?;
    let r = f(interp);
    exit(ctx, prev);
    r
}

/// `v` as a Context, if it is one.
pub fn context_of(v: &Value) -> Option<Rc<Context>> {
    rspy_objects::value::downcast_object(v)
}

fn var_of(v: &Value) -> Option<Rc<ContextVar>> {
    rspy_objects::value::downcast_object(v)
}

fn token_of(v: &Value) -> Option<Rc<Token>> {
    rspy_objects::value::downcast_object(v)
}

fn self_var(args: &Args<'_>) -> PyResult<Rc<ContextVar>> {
    args.values
        .first()
        .and_then(var_of)
        .ok_or_else(|| type_error("descriptor requires a 'ContextVar' object"))
}

fn self_context(args: &Args<'_>) -> PyResult<Rc<Context>> {
    args.values
        .first()
        .and_then(context_of)
        .ok_or_else(|| type_error("descriptor requires a 'Context' object"))
}

fn self_token(args: &Args<'_>) -> PyResult<Rc<Token>> {
    args.values
        .first()
        .and_then(token_of)
        .ok_or_else(|| type_error("descriptor requires a 'Token' object"))
}

// ------------------------------------------------------------ ContextVar

/// `ContextVar(name, *, default=<missing>)`.
fn var_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.only_kwargs("ContextVar", &["default"])?;
    let pos = &args.positional()[1..];
    let Some(name) = pos.first() else {
        return Err(type_error(
            "ContextVar() missing required argument 'name' (pos 1)",
        ));
    };
    if pos.len() > 1 {
        return Err(type_error(format!(
            "ContextVar() takes at most 1 positional argument ({} given)",
            pos.len()
        )));
    }
    if !matches!(name, Value::Str(_)) {
        return Err(type_error("context variable name must be a str"));
    }
    Ok(Value::object(Rc::new(ContextVar {
        name: name.clone(),
        default: args.kw("default").cloned(),
    })))
}

/// CPython: PyContextVar_Get.
fn var_get(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let var = self_var(&args)?;
    let a = args.exact("get", 1, 2)?;
    if let Some(v) = current().lookup(&var) {
        return Ok(v);
    }
    if let Some(d) = a.get(1) {
        return Ok(d.clone());
    }
    if let Some(d) = &var.default {
        return Ok(d.clone());
    }
    let r = ops::repr(interp, &a[0])?;
    let e = ExcKind::LookupError.new_err(r);
    e.data().args = Value::tuple(vec![a[0].clone()]);
    Err(e)
}

/// CPython: PyContextVar_Set.
fn var_set(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let var = self_var(&args)?;
    let a = args.exact("set", 2, 2)?;
    let ctx = current();
    let old = ctx.lookup(&var);
    ctx.store(&var, Some(a[1].clone()));
    Ok(Value::object(Rc::new(Token {
        var,
        old,
        context: ctx,
        used: Cell::new(false),
    })))
}

/// CPython: PyContextVar_Reset.
fn var_reset(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let var = self_var(&args)?;
    let a = args.exact("reset", 2, 2)?;
    let Some(token) = token_of(&a[1]) else {
        return Err(type_error(format!(
            "expected an instance of Token, got {}",
            a[1].type_name()
        )));
    };
    reset(interp, &var, &token, &a[1])?;
    Ok(Value::None)
}

fn reset(interp: &mut dyn Interp, var: &Rc<ContextVar>, token: &Token, tv: &Value) -> PyResult<()> {
    if token.used.get() {
        let r = ops::repr(interp, tv)?;
        return Err(runtime_error(format!("{r} has already been used once")));
    }
    if !Rc::ptr_eq(&token.var, var) {
        let r = ops::repr(interp, tv)?;
        return Err(value_error(format!(
            "{r} was created by a different ContextVar"
        )));
    }
    let ctx = current();
    if !Rc::ptr_eq(&token.context, &ctx) {
        let r = ops::repr(interp, tv)?;
        return Err(value_error(format!(
            "{r} was created in a different Context"
        )));
    }
    token.used.set(true);
    ctx.store(var, token.old.clone());
    Ok(())
}

fn var_name(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(self_var(&args)?.name.clone())
}

fn var_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let var = self_var(&args)?;
    let name = ops::repr(interp, &var.name)?;
    let default = match &var.default {
        Some(d) => format!(" default={}", ops::repr(interp, d)?),
        None => String::new(),
    };
    Ok(Value::string(format!(
        "<ContextVar name={name}{default} at {:#x}>",
        args.values[0].id()
    )))
}

// ------------------------------------------------------------ Token

fn token_var(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::object(self_token(&args)?.var.clone()))
}

fn token_old_value(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let t = self_token(&args)?;
    Ok(t.old.clone().unwrap_or_else(|| ctypes().missing.clone()))
}

fn token_repr(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let t = self_token(&args)?;
    let var = ops::repr(interp, &Value::object(t.var.clone()))?;
    let used = if t.used.get() { " used" } else { "" };
    Ok(Value::string(format!(
        "<Token{used} var={var} at {:#x}>",
        args.values[0].id()
    )))
}

fn token_enter(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    self_token(&args)?;
    Ok(args.values[0].clone())
}

/// `with var.set(x):` resets the variable at exit (3.14).
fn token_exit(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let t = self_token(&args)?;
    reset(interp, &t.var.clone(), &t, &args.values[0])?;
    Ok(Value::None)
}

fn missing_repr(_: &mut dyn Interp, _: Args<'_>) -> PyResult<Value> {
    Ok(Value::str("<Token.MISSING>"))
}

// ------------------------------------------------------------ Context

fn context_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.values.len() > 1 {
        return Err(type_error("Context() does not accept any arguments"));
    }
    Ok(Value::object(Rc::new(Context::empty())))
}

/// `ctx.run(callable, *args, **kwargs)`. CPython: context_run.
fn context_run(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ctx = self_context(&args)?;
    if args.positional().len() < 2 {
        return Err(type_error("run() missing 1 required positional argument"));
    }
    let f = args.values[1].clone();
    let rest = Args {
        values: &args.values[2..],
        kwnames: args.kwnames,
    };
    let prev = enter(interp, &ctx)?;
    let r = ops::call(interp, &f, rest);
    exit(&ctx, prev);
    r
}

fn key_var(interp: &mut dyn Interp, v: &Value) -> PyResult<Rc<ContextVar>> {
    if let Some(var) = var_of(v) {
        return Ok(var);
    }
    let r = ops::repr(interp, v)?;
    Err(type_error(format!(
        "a ContextVar key was expected, got {r}"
    )))
}

fn context_getitem(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ctx = self_context(&args)?;
    let a = args.exact("__getitem__", 2, 2)?;
    let var = key_var(interp, &a[1])?;
    ctx.lookup(&var)
        .ok_or_else(|| rspy_objects::exceptions::key_error(a[1].clone()))
}

fn context_get(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ctx = self_context(&args)?;
    let a = args.exact("get", 2, 3)?;
    let var = key_var(interp, &a[1])?;
    Ok(ctx
        .lookup(&var)
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
}

fn context_contains(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ctx = self_context(&args)?;
    let a = args.exact("__contains__", 2, 2)?;
    let var = key_var(interp, &a[1])?;
    Ok(Value::Bool(ctx.lookup(&var).is_some()))
}

fn context_len(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ctx = self_context(&args)?;
    let n = ctx.vars.borrow().len();
    Ok(Value::Int(n as i64))
}

fn context_items_of(ctx: &Context) -> Vec<(Value, Value)> {
    ctx.vars
        .borrow()
        .iter()
        .map(|(k, v)| (Value::object(k.clone()), v.clone()))
        .collect()
}

fn context_keys(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ctx = self_context(&args)?;
    Ok(Value::list(
        context_items_of(&ctx).into_iter().map(|(k, _)| k).collect(),
    ))
}

fn context_values(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ctx = self_context(&args)?;
    Ok(Value::list(
        context_items_of(&ctx).into_iter().map(|(_, v)| v).collect(),
    ))
}

fn context_items(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ctx = self_context(&args)?;
    Ok(Value::list(
        context_items_of(&ctx)
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    ))
}

fn context_iter(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let keys = context_keys(interp, args)?;
    ops::get_iter(interp, &keys)
}

fn context_copy(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let ctx = self_context(&args)?;
    let vars = ctx.vars.borrow().clone();
    Ok(Value::object(Rc::new(Context {
        vars: RefCell::new(vars),
        entered: Cell::new(false),
    })))
}

fn copy_context(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("copy_context", 0, 0)?;
    Ok(Value::object(copy_current()))
}

fn add_property(ty: &Rc<PyType>, name: &'static str, get: NativeFn) {
    let fget = Value::Native(Rc::new(NativeFunction::function(name, get)));
    ty.dict.set_str(
        name,
        Value::Property(Rc::new(rspy_objects::value::PyProperty::new(
            fget,
            Value::None,
            Value::None,
            Value::None,
        ))),
    );
}

fn make_types() -> ContextTypes {
    let var = final_type("ContextVar");
    var.add_static("__new__", var_new);
    var.add_method("get", var_get);
    var.add_method("set", var_set);
    var.add_method("reset", var_reset);
    var.add_method("__repr__", var_repr);
    var.add_classmethod(
        "__class_getitem__",
        rspy_objects::generic_alias::class_getitem,
    );
    add_property(&var, "name", var_name);
    let token = final_type("Token");
    token.add_method("__repr__", token_repr);
    token.add_method("__enter__", token_enter);
    token.add_method("__exit__", token_exit);
    token.add_classmethod(
        "__class_getitem__",
        rspy_objects::generic_alias::class_getitem,
    );
    add_property(&token, "var", token_var);
    add_property(&token, "old_value", token_old_value);
    let missing_type = final_type("Token.MISSING");
    missing_type.add_method("__repr__", missing_repr);
    let missing = Value::object(Rc::new(Missing));
    token.dict.set_str("MISSING", missing.clone());
    let context = final_type("Context");
    context.add_static("__new__", context_new);
    context.add_method("run", context_run);
    context.add_method("copy", context_copy);
    context.add_method("get", context_get);
    context.add_method("keys", context_keys);
    context.add_method("values", context_values);
    context.add_method("items", context_items);
    context.add_method("__getitem__", context_getitem);
    context.add_method("__contains__", context_contains);
    context.add_method("__len__", context_len);
    context.add_method("__iter__", context_iter);
    ContextTypes {
        var,
        token,
        context,
        missing_type,
        missing,
    }
}

/// `import contextvars` (and `_contextvars`).
pub fn init(_: &mut Vm) -> PyResult<Rc<PyModule>> {
    let t = ctypes();
    let d = Rc::new(PyDict::new());
    d.set_str("__name__", Value::str("contextvars"));
    d.set_str("ContextVar", Value::Type(t.var.clone()));
    d.set_str("Token", Value::Type(t.token.clone()));
    d.set_str("Context", Value::Type(t.context.clone()));
    let mut n = NativeFunction::function("copy_context", copy_context);
    n.module = Some("_contextvars");
    d.set_str("copy_context", Value::Native(Rc::new(n)));
    d.set_str(
        "__all__",
        Value::tuple(
            ["Context", "ContextVar", "Token", "copy_context"]
                .iter()
                .map(|s| Value::str(s))
                .collect(),
        ),
    );
    Ok(Rc::new(PyModule::new("contextvars".to_string(), d)))
}
