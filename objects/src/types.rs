//! Type objects and the registry of built-in types.
//!
//! A `PyType` is a class: name, bases, method resolution order and a dict of
//! attributes. Built-in types are created once per thread and reached through
//! `types()`; their natives are registered by the file that implements each
//! type (`str.rs` fills `str`'s dict, and so on). CPython:
//! Objects/typeobject.c (`type_new`, `mro_internal`, `_PyType_Lookup`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::PyDict;
use crate::exceptions::{type_error, ExcKind};
use crate::function::{NativeFn, NativeFunction};
use crate::value::{PyResult, Value};

/// Entries of the type attribute cache: a power of two.
const ATTR_CACHE_SIZE: usize = 1024;

/// Results of MRO lookups by (type, name), misses included, so that an
/// instance attribute read walks no class dicts. Any change to a class
/// namespace and any new type (a new type may reuse a freed one's
/// address) empties it, where CPython bumps per-type version tags: class
/// attributes change rarely once a program runs. CPython:
/// Objects/typeobject.c type cache (`_PyType_LookupRef`).
struct AttrCache {
    entries: Vec<AttrCacheEntry>,
    filled: bool,
}

#[derive(Default)]
struct AttrCacheEntry {
    /// The type's address; 0 for an empty entry.
    ty: usize,
    name: Box<str>,
    value: Option<Value>,
}

impl AttrCache {
    fn slot(ty: usize, name: &str) -> usize {
        let key = (ty >> 4) ^ (name.as_ptr() as usize >> 3) ^ name.len().wrapping_mul(31);
        key & (ATTR_CACHE_SIZE - 1)
    }

    /// The entry for (`ty`, `name`), if cached.
    #[inline]
    fn get(&self, ty: usize, name: &str) -> Option<&AttrCacheEntry> {
        let e = self.entries.get(Self::slot(ty, name))?;
        (e.ty == ty && e.name.len() == name.len() && *e.name == *name).then_some(e)
    }

    fn put(&mut self, ty: usize, name: &str, value: Option<Value>) {
        if self.entries.is_empty() {
            self.entries
                .resize_with(ATTR_CACHE_SIZE, AttrCacheEntry::default);
        }
        let e = &mut self.entries[Self::slot(ty, name)];
        e.ty = ty;
        e.name = name.into();
        e.value = value;
        self.filled = true;
    }

    fn clear(&mut self) -> Vec<AttrCacheEntry> {
        if !self.filled {
            return Vec::new();
        }
        self.filled = false;
        std::mem::take(&mut self.entries)
    }
}

thread_local! {
    static ATTR_CACHE: RefCell<AttrCache> = const {
        RefCell::new(AttrCache { entries: Vec::new(), filled: false })
    };
}

thread_local! {
    /// Bumped with every `type_attributes_changed`: per-type facts derived
    /// from lookups (`PyType::plain_attribute_access`) are valid for one
    /// generation.
    static TYPE_GENERATION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// A class namespace changed or a type was created: forget cached lookups.
pub fn type_attributes_changed() {
    TYPE_GENERATION.with(|g| g.set(g.get() + 1));
    // The cached values are dropped after the borrow ends: dropping one
    // may run code that looks attributes up.
    let old = ATTR_CACHE.with(|c| c.borrow_mut().clear());
    drop(old);
}

/// Bits of `PyType::plain_attribute_access`.
pub const PLAIN_GETATTRIBUTE: u8 = 1;
pub const PLAIN_SETATTR: u8 = 2;

/// What instances of a type are made of, inherited from the first built-in
/// base. User classes deriving from `object` get `Object`; exception classes
/// get `Exception` so instances carry exception state.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    Object,
    Exception,
    /// A built-in type whose instances are not `PyInstance`s (int, str, ...).
    Builtin,
    /// A Rust-implemented type that Python classes may subclass: its
    /// `__new__` makes the Rust object, which records its class and keeps
    /// an instance dict (asyncio's Future, Task, locks).
    Native,
}

pub struct PyType {
    pub name: String,
    pub qualname: RefCell<String>,
    pub module: RefCell<String>,
    pub bases: Vec<Rc<PyType>>,
    /// The MRO without the type itself (a type cannot hold an `Rc` to itself).
    pub mro_tail: Vec<Rc<PyType>>,
    pub dict: Rc<PyDict>,
    pub layout: Layout,
    /// Built-in types refuse new attributes (`TypeError: cannot set ...`).
    pub builtin: bool,
    /// Set for built-in types that may not be subclassed (bool, NoneType, ...).
    pub final_type: bool,
    pub meta: RefCell<Option<Rc<PyType>>>,
    /// Names declared in `__slots__` here and in the bases: instances keep
    /// them apart from their `__dict__`. CPython: member descriptors.
    pub slot_names: Vec<String>,
    /// Whether instances have a `__dict__` (false when every class along
    /// the MRO declares `__slots__` without `'__dict__'`).
    pub has_dict: bool,
    /// Classes that name this one among their bases, in creation order
    /// (weak: a subclass does not outlive its last user for this list).
    /// CPython: tp_subclasses.
    pub subclasses: RefCell<Vec<std::rc::Weak<PyType>>>,
    /// The name error messages give the type when it differs from
    /// `__name__`: the qualified name of a type CPython defines in C
    /// outside builtins ("collections.deque"). CPython: tp_name.
    pub tp_name: RefCell<Option<String>>,
    /// (generation, bits) cache of `plain_attribute_access`.
    plain_access: std::cell::Cell<(u64, u8)>,
    /// (generation, defined) cache of `has_del`.
    del_defined: std::cell::Cell<(u64, bool)>,
}

impl PyType {
    /// A built-in type with the given bases.
    pub fn new_builtin(name: &str, bases: Vec<Rc<PyType>>, layout: Layout) -> Rc<PyType> {
        Self::builtin_type(name, bases, layout, false)
    }

    /// A built-in type that cannot be subclassed (no Py_TPFLAGS_BASETYPE).
    pub fn new_final(name: &str, bases: Vec<Rc<PyType>>, layout: Layout) -> Rc<PyType> {
        Self::builtin_type(name, bases, layout, true)
    }

    fn builtin_type(
        name: &str,
        bases: Vec<Rc<PyType>>,
        layout: Layout,
        final_type: bool,
    ) -> Rc<PyType> {
        let mro_tail = if bases.len() > 1 {
            c3_mro_tail(&bases).unwrap_or_else(|_| linear_mro_tail(&bases))
        } else {
            linear_mro_tail(&bases)
        };
        let t = Rc::new(PyType {
            name: name.to_string(),
            qualname: RefCell::new(name.to_string()),
            module: RefCell::new("builtins".to_string()),
            bases,
            mro_tail,
            dict: Rc::new(PyDict::new()),
            layout,
            builtin: true,
            final_type,
            meta: RefCell::new(None),
            slot_names: Vec::new(),
            has_dict: true,
            subclasses: RefCell::new(Vec::new()),
            plain_access: std::cell::Cell::new((0, 0)),
            del_defined: std::cell::Cell::new((0, false)),
            tp_name: RefCell::new(None),
        });
        t.dict.mark_type_dict();
        type_attributes_changed();
        t.register_as_subclass();
        t
    }

    /// A final subclass of tuple without instance dicts, named `tp_name`
    /// in messages (structseq types: `time.struct_time`, ...).
    pub fn new_tuple_subtype(name: &str, module: &str, tp_name: &str) -> Rc<PyType> {
        let tuple = types().tuple_type.clone();
        let mut mro_tail = vec![tuple.clone()];
        mro_tail.extend(tuple.mro_tail.iter().cloned());
        let t = Rc::new(PyType {
            name: name.to_string(),
            qualname: RefCell::new(name.to_string()),
            module: RefCell::new(module.to_string()),
            bases: vec![tuple],
            mro_tail,
            dict: Rc::new(PyDict::new()),
            layout: Layout::Object,
            builtin: false,
            final_type: true,
            meta: RefCell::new(None),
            slot_names: Vec::new(),
            has_dict: false,
            subclasses: RefCell::new(Vec::new()),
            plain_access: std::cell::Cell::new((0, 0)),
            del_defined: std::cell::Cell::new((0, false)),
            tp_name: RefCell::new(Some(tp_name.to_string())),
        });
        t.dict.mark_type_dict();
        type_attributes_changed();
        t.register_as_subclass();
        t
    }

    /// Add this type to each base's `__subclasses__()`.
    fn register_as_subclass(self: &Rc<Self>) {
        for b in &self.bases {
            let mut subs = b.subclasses.borrow_mut();
            subs.retain(|w| w.strong_count() > 0);
            subs.push(Rc::downgrade(self));
        }
    }

    /// A class created by a `class` statement or `type(name, bases, ns)`.
    /// CPython: Objects/typeobject.c type_new.
    pub fn new_class(
        name: &str,
        bases: Vec<Rc<PyType>>,
        dict: Rc<PyDict>,
        meta: Option<Rc<PyType>>,
    ) -> PyResult<Rc<PyType>> {
        let bases = if bases.is_empty() {
            vec![types().object_type.clone()]
        } else {
            bases
        };
        for (i, b) in bases.iter().enumerate() {
            if b.final_type {
                return Err(type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.full_name()
                )));
            }
            if bases[..i].iter().any(|o| Rc::ptr_eq(o, b)) {
                return Err(type_error(format!("duplicate base class {}", b.name)));
            }
        }
        check_layouts(&bases)?;
        let mro_tail = c3_mro_tail(&bases)?;
        let mut layout = Layout::Object;
        for t in &mro_tail {
            match t.layout {
                Layout::Exception => {
                    layout = Layout::Exception;
                    break;
                }
                Layout::Native => {
                    layout = Layout::Native;
                    break;
                }
                // A metaclass: its instances are classes, made by type.__new__.
                Layout::Builtin if Rc::ptr_eq(t, &types().type_type) => {}
                // Instances of these carry the built-in value as a payload.
                Layout::Builtin if payload_base(t) => {}
                Layout::Builtin if !Rc::ptr_eq(t, &types().object_type) => {
                    return Err(ExcKind::NotImplementedError.new_err(format!(
                        "subclassing the built-in type '{}' is not supported yet",
                        t.name
                    )));
                }
                _ => {}
            }
        }
        let (slot_names, has_dict) = slots_of(&dict, &bases)?;
        let cls = Rc::new(PyType {
            name: name.to_string(),
            qualname: RefCell::new(name.to_string()),
            module: RefCell::new("__main__".to_string()),
            bases,
            mro_tail,
            dict,
            layout,
            builtin: false,
            final_type: false,
            meta: RefCell::new(meta),
            slot_names,
            has_dict,
            subclasses: RefCell::new(Vec::new()),
            plain_access: std::cell::Cell::new((0, 0)),
            del_defined: std::cell::Cell::new((0, false)),
            tp_name: RefCell::new(None),
        });
        cls.dict.mark_type_dict();
        type_attributes_changed();
        cls.register_as_subclass();
        Ok(cls)
    }

    pub fn metaclass(&self) -> Rc<PyType> {
        match &*self.meta.borrow() {
            Some(m) => m.clone(),
            None => types().type_type.clone(),
        }
    }

    /// Look a name up along the MRO. CPython: `_PyType_Lookup`.
    /// `name` along the MRO, through the type attribute cache.
    /// CPython: Objects/typeobject.c _PyType_Lookup.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        let ty = self as *const PyType as usize;
        ATTR_CACHE.with(|c| {
            if let Some(e) = c.borrow().get(ty, name) {
                return e.value.clone();
            }
            let found = self.lookup_uncached(name);
            c.borrow_mut().put(ty, name, found.clone());
            found
        })
    }

    /// Which of `__getattribute__` (PLAIN_GETATTRIBUTE) and `__setattr__`
    /// (PLAIN_SETATTR) instances of this type take from object (a native
    /// or none), remembered until any class namespace changes.
    #[inline]
    pub fn plain_attribute_access(&self) -> u8 {
        let generation = TYPE_GENERATION.with(|g| g.get());
        let (seen, bits) = self.plain_access.get();
        if seen == generation {
            return bits;
        }
        let native = |v: Option<Value>| v.is_none_or(|g| matches!(g, Value::Native(_)));
        let mut bits = 0;
        if native(self.lookup("__getattribute__")) {
            bits |= PLAIN_GETATTRIBUTE;
        }
        if native(self.lookup("__setattr__")) {
            bits |= PLAIN_SETATTR;
        }
        self.plain_access.set((generation, bits));
        bits
    }

    /// Whether instances have a `__del__` to run when they die. Safe while
    /// the thread is being torn down (then: false).
    pub fn has_del(&self) -> bool {
        let Ok(generation) = TYPE_GENERATION.try_with(|g| g.get()) else {
            return false;
        };
        let (seen, defined) = self.del_defined.get();
        if seen == generation {
            return defined;
        }
        let defined = self.lookup_uncached("__del__").is_some();
        self.del_defined.set((generation, defined));
        defined
    }

    fn lookup_uncached(&self, name: &str) -> Option<Value> {
        let hash = crate::value::hash_str(name);
        if let Some(v) = self.dict.get_str_hashed(name, hash) {
            return Some(v);
        }
        for t in &self.mro_tail {
            if let Some(v) = t.dict.get_str_hashed(name, hash) {
                return Some(v);
            }
        }
        None
    }

    /// Like `lookup`, also telling which class along the MRO had it.
    pub fn lookup_with_owner(self: &Rc<Self>, name: &str) -> Option<(Value, Rc<PyType>)> {
        if let Some(v) = self.dict.get_str(name) {
            return Some((v, self.clone()));
        }
        for t in &self.mro_tail {
            if let Some(v) = t.dict.get_str(name) {
                return Some((v, t.clone()));
            }
        }
        None
    }

    /// The full MRO, the type itself first.
    pub fn mro(self: &Rc<Self>) -> Vec<Rc<PyType>> {
        let mut v = Vec::with_capacity(self.mro_tail.len() + 1);
        v.push(self.clone());
        v.extend(self.mro_tail.iter().cloned());
        v
    }

    /// `issubclass(self, other)`.
    pub fn is_subtype(self: &Rc<Self>, other: &Rc<PyType>) -> bool {
        Rc::ptr_eq(self, other) || self.mro_tail.iter().any(|t| Rc::ptr_eq(t, other))
    }

    pub fn is_exception_type(self: &Rc<Self>) -> bool {
        self.layout == Layout::Exception
    }

    /// The nearest built-in ancestor (itself when built-in).
    pub fn builtin_base(self: &Rc<Self>) -> Rc<PyType> {
        if self.builtin {
            return self.clone();
        }
        for t in &self.mro_tail {
            if t.builtin {
                return t.clone();
            }
        }
        types().object_type.clone()
    }

    /// Register a native method in this type's dict.
    pub fn add_method(self: &Rc<Self>, name: &'static str, func: NativeFn) {
        let f = NativeFunction::method(name, func, self.clone());
        self.dict.set_str(name, Value::Native(Rc::new(f)));
    }

    /// Register a native whose first argument is the class (like `__new__`,
    /// `dict.fromkeys`): it is stored unbound and never binds to instances.
    pub fn add_static(self: &Rc<Self>, name: &'static str, func: NativeFn) {
        let f = NativeFunction::function(name, func);
        self.dict.set_str(
            name,
            Value::StaticMethod(Rc::new(Value::Native(Rc::new(f)))),
        );
    }

    pub fn add_classmethod(self: &Rc<Self>, name: &'static str, func: NativeFn) {
        let f = NativeFunction::function(name, func);
        self.dict
            .set_str(name, Value::ClassMethod(Rc::new(Value::Native(Rc::new(f)))));
    }

    /// `module.qualname` as repr and error messages show it; built-ins omit
    /// the module.
    /// Report this type as `qualified` in messages (a C type of another
    /// module in CPython, e.g. "_asyncio.Future").
    pub fn set_tp_name(&self, qualified: &str) {
        *self.tp_name.borrow_mut() = Some(qualified.to_string());
    }

    /// The name error messages use. CPython: tp_name.
    pub fn tp_name(&self) -> String {
        match &*self.tp_name.borrow() {
            Some(n) => n.clone(),
            None => self.name.clone(),
        }
    }

    pub fn full_name(&self) -> String {
        let module = self.module.borrow();
        if module.as_str() == "builtins" {
            self.qualname.borrow().clone()
        } else {
            format!("{}.{}", module, self.qualname.borrow())
        }
    }
}

/// Single-inheritance MRO for built-in types.
fn linear_mro_tail(bases: &[Rc<PyType>]) -> Vec<Rc<PyType>> {
    let mut out = Vec::new();
    if let Some(b) = bases.first() {
        out.push(b.clone());
        out.extend(b.mro_tail.iter().cloned());
    }
    out
}

/// C3 linearization of the bases' MROs. CPython: typeobject.c mro_implementation.
/// The built-in type whose instance layout `t`'s instances have: the
/// nearest payload-carrying built-in base, if any.
pub fn solid_base(t: &Rc<PyType>) -> Option<Rc<PyType>> {
    std::iter::once(t)
        .chain(t.mro_tail.iter())
        .find(|b| {
            b.builtin
                && (payload_base(b)
                    || Rc::ptr_eq(b, crate::exceptions::ExcKind::BaseException.get()))
        })
        .cloned()
}

/// Two bases whose instances carry different built-in values cannot be
/// combined. CPython: Objects/typeobject.c best_base.
fn check_layouts(bases: &[Rc<PyType>]) -> PyResult<()> {
    let mut winner: Option<Rc<PyType>> = None;
    for b in bases {
        let Some(solid) = solid_base(b) else {
            continue;
        };
        match &winner {
            None => winner = Some(solid),
            Some(w) if solid.is_subtype(w) => winner = Some(solid),
            Some(w) if w.is_subtype(&solid) => {}
            Some(_) => return Err(type_error("multiple bases have instance lay-out conflict")),
        }
    }
    Ok(())
}

fn c3_mro_tail(bases: &[Rc<PyType>]) -> PyResult<Vec<Rc<PyType>>> {
    let mut seqs: Vec<Vec<Rc<PyType>>> = bases.iter().map(|b| b.mro()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<PyType>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|s2| s2[1..].iter().any(|t| Rc::ptr_eq(t, head)));
            if !in_tail {
                candidate = Some(head.clone());
                break;
            }
        }
        let Some(c) = candidate else {
            // CPython: set_mro_error names the heads still to merge.
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                if !names.contains(&s[0].name) {
                    names.push(s[0].name.clone());
                }
            }
            return Err(type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// Every built-in type object. One per thread, created on first use.
pub struct Types {
    pub object_type: Rc<PyType>,
    pub type_type: Rc<PyType>,
    pub none_type: Rc<PyType>,
    pub not_implemented_type: Rc<PyType>,
    pub ellipsis_type: Rc<PyType>,
    pub int_type: Rc<PyType>,
    pub bool_type: Rc<PyType>,
    pub float_type: Rc<PyType>,
    pub str_type: Rc<PyType>,
    pub bytes_type: Rc<PyType>,
    pub tuple_type: Rc<PyType>,
    pub list_type: Rc<PyType>,
    pub dict_type: Rc<PyType>,
    pub set_type: Rc<PyType>,
    pub frozenset_type: Rc<PyType>,
    pub function_type: Rc<PyType>,
    pub builtin_function_type: Rc<PyType>,
    pub method_descriptor_type: Rc<PyType>,
    pub method_type: Rc<PyType>,
    pub generator_type: Rc<PyType>,
    pub coroutine_type: Rc<PyType>,
    pub async_generator_type: Rc<PyType>,
    pub module_type: Rc<PyType>,
    pub cell_type: Rc<PyType>,
    pub range_type: Rc<PyType>,
    pub slice_type: Rc<PyType>,
    pub property_type: Rc<PyType>,
    pub classmethod_type: Rc<PyType>,
    pub staticmethod_type: Rc<PyType>,
    pub super_type: Rc<PyType>,
    pub code_type: Rc<PyType>,
    pub iterator_types: crate::iter::IteratorTypes,
    pub exceptions: crate::exceptions::ExceptionTypes,
}

thread_local! {
    static TYPES: &'static Types = Box::leak(Box::new(Types::create()));
}

/// The built-in types of this thread.
pub fn types() -> &'static Types {
    TYPES.with(|t| *t)
}

impl Types {
    fn create() -> Types {
        use Layout::Builtin;
        let object_type = PyType::new_builtin("object", vec![], Builtin);
        let ob = || vec![object_type.clone()];
        let type_type = PyType::new_builtin("type", ob(), Builtin);
        let int_type = PyType::new_builtin("int", ob(), Builtin);
        let bool_type = final_builtin("bool", vec![int_type.clone()]);
        let exceptions = crate::exceptions::ExceptionTypes::create(&object_type);
        Types {
            none_type: final_builtin("NoneType", ob()),
            not_implemented_type: final_builtin("NotImplementedType", ob()),
            ellipsis_type: final_builtin("ellipsis", ob()),
            float_type: PyType::new_builtin("float", ob(), Builtin),
            str_type: PyType::new_builtin("str", ob(), Builtin),
            bytes_type: PyType::new_builtin("bytes", ob(), Builtin),
            tuple_type: PyType::new_builtin("tuple", ob(), Builtin),
            list_type: PyType::new_builtin("list", ob(), Builtin),
            dict_type: PyType::new_builtin("dict", ob(), Builtin),
            set_type: PyType::new_builtin("set", ob(), Builtin),
            frozenset_type: PyType::new_builtin("frozenset", ob(), Builtin),
            function_type: final_builtin("function", ob()),
            builtin_function_type: final_builtin("builtin_function_or_method", ob()),
            method_descriptor_type: final_builtin("method_descriptor", ob()),
            method_type: final_builtin("method", ob()),
            generator_type: final_builtin("generator", ob()),
            coroutine_type: final_builtin("coroutine", ob()),
            async_generator_type: final_builtin("async_generator", ob()),
            module_type: PyType::new_builtin("module", ob(), Builtin),
            cell_type: final_builtin("cell", ob()),
            range_type: final_builtin("range", ob()),
            slice_type: final_builtin("slice", ob()),
            property_type: PyType::new_builtin("property", ob(), Builtin),
            classmethod_type: PyType::new_builtin("classmethod", ob(), Builtin),
            staticmethod_type: PyType::new_builtin("staticmethod", ob(), Builtin),
            super_type: PyType::new_builtin("super", ob(), Builtin),
            code_type: final_builtin("code", ob()),
            iterator_types: crate::iter::IteratorTypes::create(&object_type),
            exceptions,
            object_type,
            type_type,
            int_type,
            bool_type,
        }
    }
}

/// The built-in types Python classes may subclass, their instances
/// carrying a value of the built-in type (`PyInstance::payload`).
pub fn payload_base(t: &Rc<PyType>) -> bool {
    let ty = types();
    [
        &ty.list_type,
        &ty.dict_type,
        &ty.set_type,
        &ty.frozenset_type,
        &ty.tuple_type,
        &ty.str_type,
        &ty.int_type,
        &ty.float_type,
        &ty.bytes_type,
    ]
    .iter()
    .any(|b| Rc::ptr_eq(b, t))
}

/// Whether instances of a payload base start empty and are filled by
/// `__init__` (mutable containers), rather than made whole by `__new__`.
pub fn filled_by_init(t: &Rc<PyType>) -> bool {
    let ty = types();
    Rc::ptr_eq(t, &ty.list_type) || Rc::ptr_eq(t, &ty.dict_type) || Rc::ptr_eq(t, &ty.set_type)
}

/// A new class's slot names (its own `__slots__` and its bases') and
/// whether its instances have a `__dict__`. CPython: type_new's slot
/// handling.
fn slots_of(dict: &PyDict, bases: &[Rc<PyType>]) -> PyResult<(Vec<String>, bool)> {
    let mut names: Vec<String> = Vec::new();
    let mut has_dict = false;
    for b in bases {
        names.extend(b.slot_names.iter().cloned());
        if !Rc::ptr_eq(b, &types().object_type) && b.has_dict {
            has_dict = true;
        }
    }
    let Some(decl) = dict.get_str("__slots__") else {
        return Ok((names, true));
    };
    let own: Vec<String> = match &decl {
        Value::Str(s) => vec![s.as_str().to_string()],
        Value::Tuple(t) => t.items.iter().map(slot_name).collect::<PyResult<_>>()?,
        Value::List(l) => l
            .items
            .borrow()
            .iter()
            .map(slot_name)
            .collect::<PyResult<_>>()?,
        _ => {
            return Err(
                ExcKind::NotImplementedError.new_err("__slots__ that is not a str, tuple or list")
            )
        }
    };
    for n in &own {
        if n == "__dict__" {
            has_dict = true;
        } else if n != "__weakref__" {
            if dict.get_str(n).is_some() {
                return Err(ExcKind::ValueError
                    .new_err(format!("'{n}' in __slots__ conflicts with class variable")));
            }
            names.push(n.clone());
        }
    }
    Ok((names, has_dict))
}

fn slot_name(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(type_error(format!(
            "__slots__ items must be strings, not '{}'",
            other.type_name()
        ))),
    }
}

fn final_builtin(name: &str, bases: Vec<Rc<PyType>>) -> Rc<PyType> {
    let mro_tail = linear_mro_tail(&bases);
    type_attributes_changed();
    let t = Rc::new(PyType {
        name: name.to_string(),
        qualname: RefCell::new(name.to_string()),
        module: RefCell::new("builtins".to_string()),
        bases,
        mro_tail,
        dict: Rc::new(PyDict::new()),
        layout: Layout::Builtin,
        builtin: true,
        final_type: true,
        meta: RefCell::new(None),
        slot_names: Vec::new(),
        has_dict: true,
        subclasses: RefCell::new(Vec::new()),
        plain_access: std::cell::Cell::new((0, 0)),
        del_defined: std::cell::Cell::new((0, false)),
        tp_name: RefCell::new(None),
    });
    t.dict.mark_type_dict();
    t
}
