//! Built-in exception types, exception state, and `PyErr`.
//!
//! Exceptions are `PyInstance`s whose class derives from `BaseException`;
//! their `args`, traceback, cause and context live in `ExcData`. `PyErr` is
//! the Rust error that carries one while it propagates. CPython:
//! Objects/exceptions.c, Python/errors.c.

use std::cell::RefCell;
use std::rc::Rc;

use crate::code::Code;
use crate::dict::PyDict;
use crate::types::{types, Layout, PyType};
use crate::value::{PyInstance, PyResult, Value};

/// The state every exception instance carries.
pub struct ExcData {
    pub args: Value,
    /// Frames the exception passed through, innermost first.
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// Text the traceback printer appends to the message ("Did you mean").
    pub hint: Option<String>,
    /// It left a Python function that native code called: its context was
    /// set where it was raised, so the frame that made the native call must
    /// not chain it again (propagating never chains in CPython).
    pub left_python_call: bool,
    /// The object `__traceback__` last returned, so that reading it twice
    /// gives the same object while the frames are unchanged.
    pub tb_object: Option<Value>,
}

impl ExcData {
    /// `__traceback__`: None, or a traceback object over the frames.
    pub fn traceback_object(&mut self) -> Value {
        if self.traceback.is_empty() {
            return Value::None;
        }
        if let Some(cached @ Value::Object(o)) = &self.tb_object {
            if let Some(t) = o
                .as_any()
                .downcast_ref::<crate::exceptions_methods::Traceback>()
            {
                let same = t.entries.len() == self.traceback.len()
                    && t.entries
                        .iter()
                        .zip(&self.traceback)
                        .all(|(a, b)| a.same(b));
                if same {
                    return cached.clone();
                }
            }
        }
        let t = Value::object(Rc::new(crate::exceptions_methods::Traceback {
            entries: self.traceback.clone(),
        }));
        self.tb_object = Some(t.clone());
        t
    }
}

/// One traceback line: which code object and which source line.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<Code>,
    pub line: u32,
    /// Source byte range of the failing expression.
    pub pos: (u32, u32),
}

impl TbEntry {
    fn same(&self, other: &TbEntry) -> bool {
        Rc::ptr_eq(&self.code, &other.code) && self.line == other.line && self.pos == other.pos
    }
}

/// A raised Python exception travelling as a Rust error.
#[derive(Clone)]
pub struct PyErr(pub Rc<PyInstance>);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.class().name)
    }
}

impl PyErr {
    pub fn new(ty: &Rc<PyType>, args: Vec<Value>) -> PyErr {
        PyErr(new_exception(ty, Value::tuple(args)))
    }

    pub fn with_msg(ty: &Rc<PyType>, msg: impl Into<String>) -> PyErr {
        PyErr::new(ty, vec![Value::string(msg.into())])
    }

    /// Wrap an exception instance; `None` when `v` is not one.
    pub fn from_value(v: &Value) -> Option<PyErr> {
        match v {
            Value::Instance(i) if i.exc.is_some() => Some(PyErr(i.clone())),
            _ => None,
        }
    }

    pub fn value(&self) -> Value {
        Value::Instance(self.0.clone())
    }

    pub fn class(&self) -> Rc<PyType> {
        self.0.class.borrow().clone()
    }

    pub fn is_instance_of(&self, ty: &Rc<PyType>) -> bool {
        self.class().is_subtype(ty)
    }

    pub fn matches(&self, kind: ExcKind) -> bool {
        self.is_instance_of(kind.get())
    }

    pub fn data(&self) -> std::cell::RefMut<'_, ExcData> {
        exc_data(&self.0).borrow_mut()
    }

    pub fn args(&self) -> Vec<Value> {
        match &self.data().args {
            Value::Tuple(t) => t.items.clone(),
            _ => vec![],
        }
    }

    /// Record that the exception passed through `code` while executing
    /// instruction `index`.
    pub fn add_traceback(&self, code: &Rc<Code>, index: usize) {
        let line = code.lines.get(index).copied().unwrap_or(code.firstlineno);
        let pos = code.positions.get(index).copied().unwrap_or((0, 0));
        self.data().traceback.push(TbEntry {
            code: code.clone(),
            line,
            pos,
        });
    }
}

/// The exception state of an exception instance.
pub fn exc_data(inst: &PyInstance) -> &RefCell<ExcData> {
    inst.exc
        .as_ref()
        .expect("exception instances always carry ExcData")
}

/// Make an exception instance of `ty` with the given `args` tuple.
/// CPython: Objects/exceptions.c BaseException_new.
pub fn new_exception(ty: &Rc<PyType>, args: Value) -> Rc<PyInstance> {
    Rc::new(PyInstance {
        slots: std::cell::OnceCell::new(),
        payload: None,
        class: RefCell::new(ty.clone()),
        dict_cell: RefCell::new(Rc::new(PyDict::new())),
        finalized: std::cell::Cell::new(false),
        exc: Some(RefCell::new(ExcData {
            args,
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            hint: None,
            left_python_call: false,
            tb_object: None,
        })),
    })
}

macro_rules! exception_kinds {
    ($($name:ident : $parent:ident),* $(,)?) => {
        /// The built-in exception types, by name.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[allow(clippy::enum_variant_names)]
        pub enum ExcKind { BaseException, $($name),* }

        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[ExcKind::BaseException, $(ExcKind::$name),*];

            pub fn name(self) -> &'static str {
                match self {
                    ExcKind::BaseException => "BaseException",
                    $(ExcKind::$name => stringify!($name)),*
                }
            }

            fn parent(self) -> Option<ExcKind> {
                match self {
                    ExcKind::BaseException => None,
                    $(ExcKind::$name => Some(ExcKind::$parent)),*
                }
            }
        }
    };
}

exception_kinds! {
    Exception: BaseException,
    GeneratorExit: BaseException,
    KeyboardInterrupt: BaseException,
    SystemExit: BaseException,
    BaseExceptionGroup: BaseException,
    ExceptionGroup: BaseExceptionGroup,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    PythonFinalizationError: RuntimeError,
    RecursionError: RuntimeError,
    StopAsyncIteration: Exception,
    StopIteration: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    BytesWarning: Warning,
    DeprecationWarning: Warning,
    EncodingWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    PendingDeprecationWarning: Warning,
    ResourceWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UnicodeWarning: Warning,
    UserWarning: Warning,
}

impl ExcKind {
    /// The type object of this kind.
    pub fn get(self) -> &'static Rc<PyType> {
        &types().exceptions.by_kind[self as usize]
    }

    pub fn new_err(self, msg: impl Into<String>) -> PyErr {
        PyErr::with_msg(self.get(), msg)
    }
}

/// The built-in exception type objects, indexed by `ExcKind`.
pub struct ExceptionTypes {
    pub by_kind: Vec<Rc<PyType>>,
}

impl ExceptionTypes {
    pub fn create(object_type: &Rc<PyType>) -> ExceptionTypes {
        let mut by_kind: Vec<Rc<PyType>> = Vec::with_capacity(ExcKind::ALL.len());
        for kind in ExcKind::ALL {
            let mut bases = vec![match kind.parent() {
                Some(p) => by_kind[p as usize].clone(),
                None => object_type.clone(),
            }];
            // CPython: class ExceptionGroup(BaseExceptionGroup, Exception).
            if *kind == ExcKind::ExceptionGroup {
                bases.push(by_kind[ExcKind::Exception as usize].clone());
            }
            by_kind.push(PyType::new_builtin(kind.name(), bases, Layout::Exception));
        }
        ExceptionTypes { by_kind }
    }
}

pub fn type_error(msg: impl Into<String>) -> PyErr {
    ExcKind::TypeError.new_err(msg)
}

pub fn value_error(msg: impl Into<String>) -> PyErr {
    ExcKind::ValueError.new_err(msg)
}

pub fn index_error(msg: impl Into<String>) -> PyErr {
    ExcKind::IndexError.new_err(msg)
}

pub fn overflow_error(msg: impl Into<String>) -> PyErr {
    ExcKind::OverflowError.new_err(msg)
}

pub fn zero_division_error(msg: impl Into<String>) -> PyErr {
    ExcKind::ZeroDivisionError.new_err(msg)
}

pub fn runtime_error(msg: impl Into<String>) -> PyErr {
    ExcKind::RuntimeError.new_err(msg)
}

pub fn not_implemented(msg: impl Into<String>) -> PyErr {
    ExcKind::NotImplementedError.new_err(msg)
}

/// `KeyError(key)`: its str is the key's repr.
pub fn key_error(key: Value) -> PyErr {
    PyErr::new(ExcKind::KeyError.get(), vec![key])
}

/// `StopIteration(value)`.
/// A `None` result gives a bare `StopIteration()`, as generators raise it.
pub fn stop_iteration(value: Value) -> PyErr {
    let args = if value.is_none() {
        vec![]
    } else {
        vec![value.clone()]
    };
    let e = PyErr::new(ExcKind::StopIteration.get(), args);
    e.0.dict().set_str("value", value);
    e
}

/// `AttributeError: 'T' object has no attribute 'x'`.
pub fn no_attribute(obj: &Value, name: &str) -> PyErr {
    let msg = match obj {
        Value::Type(t) => format!("type object '{}' has no attribute '{}'", t.name, name),
        // CPython: Objects/moduleobject.c _Py_module_getattro_impl.
        Value::Module(m) if m.initializing.get() => match m.dict.get_str("__file__") {
            Some(Value::Str(f)) => format!(
                "partially initialized module '{}' from '{}' has no attribute '{}' (most likely due to a circular import)",
                m.name, f.as_str(), name
            ),
            _ => format!(
                "partially initialized module '{}' has no attribute '{}' (most likely due to a circular import)",
                m.name, name
            ),
        },
        Value::Module(m) => format!("module '{}' has no attribute '{}'", m.name, name),
        _ => format!("'{}' object has no attribute '{}'", obj.type_name(), name),
    };
    let e = ExcKind::AttributeError.new_err(msg);
    e.0.dict().set_str("name", Value::str(name));
    e.0.dict().set_str("obj", obj.clone());
    e
}

/// The value a `StopIteration` carries (`StopIteration.value`).
pub fn stop_iteration_value(e: &PyErr) -> Value {
    if let Some(v) = e.0.dict().get_str("value") {
        return v;
    }
    e.args().into_iter().next().unwrap_or(Value::None)
}

/// Check that a `raise` operand is an exception class or instance and turn
/// it into a `PyErr` (classes are instantiated by the caller).
pub fn expect_exception(v: &Value) -> PyResult<PyErr> {
    PyErr::from_value(v).ok_or_else(|| type_error("exceptions must derive from BaseException"))
}

impl From<crate::numparse::NumError> for PyErr {
    fn from(e: crate::numparse::NumError) -> PyErr {
        use crate::numparse::ErrKind;
        let kind = match e.kind {
            ErrKind::ValueError => ExcKind::ValueError,
            ErrKind::OverflowError => ExcKind::OverflowError,
            ErrKind::TypeError => ExcKind::TypeError,
            ErrKind::ZeroDivisionError => ExcKind::ZeroDivisionError,
            ErrKind::MemoryError => ExcKind::MemoryError,
            ErrKind::NotImplemented => ExcKind::NotImplementedError,
        };
        kind.new_err(e.msg)
    }
}
