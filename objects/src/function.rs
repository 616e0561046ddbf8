//! Callables: Python functions, native functions, bound methods, and the
//! argument vector they are called with.
//!
//! Arguments travel like CPython's vectorcall: one slice of values whose
//! last `kwnames.len()` entries are keyword values. CPython:
//! Objects/funcobject.c, Objects/methodobject.c, Objects/classobject.c.

use std::cell::RefCell;
use std::rc::Rc;

use crate::code::Code;
use crate::dict::PyDict;
use crate::exceptions::type_error;
use crate::interp::Interp;
use crate::types::PyType;
use crate::value::{PyCell, PyResult, PyStr, Value};

/// Call arguments: positional values followed by keyword values.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [Value],
    pub kwnames: &'a [Rc<PyStr>],
}

impl<'a> Args<'a> {
    pub fn new(values: &'a [Value]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }

    pub fn with_kw(values: &'a [Value], kwnames: &'a [Rc<PyStr>]) -> Args<'a> {
        Args { values, kwnames }
    }

    pub fn positional(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    pub fn kwvalues(&self) -> &'a [Value] {
        &self.values[self.values.len() - self.kwnames.len()..]
    }

    pub fn kwargs(&self) -> impl Iterator<Item = (&'a Rc<PyStr>, &'a Value)> {
        self.kwnames.iter().zip(self.kwvalues())
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The keyword argument `name`, if given.
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwargs()
            .find(|(k, _)| k.as_str() == name)
            .map(|(_, v)| v)
    }

    /// `TypeError: f() takes no keyword arguments` unless none were given.
    pub fn no_kwargs(&self, fname: &str) -> PyResult<()> {
        if self.kwnames.is_empty() {
            Ok(())
        } else {
            Err(type_error(format!("{fname}() takes no keyword arguments")))
        }
    }

    /// Reject keyword arguments other than `allowed`.
    pub fn only_kwargs(&self, fname: &str, allowed: &[&str]) -> PyResult<()> {
        for k in self.kwnames {
            if !allowed.contains(&k.as_str()) {
                return Err(type_error(format!(
                    "{fname}() got an unexpected keyword argument '{}'",
                    k.as_str()
                )));
            }
        }
        Ok(())
    }

    /// Check the positional count against `min..=max`, with CPython's
    /// messages for built-ins.
    pub fn check_count(&self, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        let pos = self.positional();
        let n = pos.len();
        if n >= min && n <= max {
            return Ok(pos);
        }
        let msg = if min == max {
            match min {
                0 => format!("{fname}() takes no arguments ({n} given)"),
                1 => format!("{fname}() takes exactly one argument ({n} given)"),
                _ => format!("{fname}() takes exactly {min} arguments ({n} given)"),
            }
        } else if n < min {
            if min == 1 {
                format!("{fname}() takes at least 1 argument ({n} given)")
            } else {
                format!("{fname}() takes at least {min} arguments ({n} given)")
            }
        } else if max == 1 {
            format!("{fname}() takes at most 1 argument ({n} given)")
        } else {
            format!("{fname}() takes at most {max} arguments ({n} given)")
        };
        Err(type_error(msg))
    }

    /// Like `check_count` with no keyword arguments allowed.
    pub fn exact(&self, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        self.no_kwargs(fname)?;
        self.check_count(fname, min, max)
    }
}

pub type NativeFn = fn(&mut dyn Interp, Args<'_>) -> PyResult<Value>;

/// A function implemented in Rust. Methods of built-in types get their
/// `self` as the first argument and name their type in `self_type`.
pub struct NativeFunction {
    pub name: &'static str,
    pub func: NativeFn,
    pub self_type: Option<Rc<PyType>>,
    /// The module a free function belongs to, for its repr.
    pub module: Option<&'static str>,
}

impl NativeFunction {
    pub fn function(name: &'static str, func: NativeFn) -> NativeFunction {
        NativeFunction {
            name,
            func,
            self_type: None,
            module: None,
        }
    }

    pub fn method(name: &'static str, func: NativeFn, ty: Rc<PyType>) -> NativeFunction {
        NativeFunction {
            name,
            func,
            self_type: Some(ty),
            module: None,
        }
    }
}

/// A function defined with `def` or `lambda`. CPython: Objects/funcobject.c.
pub struct PyFunction {
    pub code: Rc<Code>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    pub closure: Vec<Rc<PyCell>>,
    pub dict: RefCell<Option<Rc<PyDict>>>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    /// The lazy `__annotate__` callable (None when the function has no
    /// annotations); the evaluated dict is cached in the attribute dict.
    pub annotations: RefCell<Value>,
}

impl PyFunction {
    /// The function's attribute dict, created on first use.
    pub fn attr_dict(&self) -> Rc<PyDict> {
        self.dict
            .borrow_mut()
            .get_or_insert_with(|| Rc::new(PyDict::new()))
            .clone()
    }
}

/// A function bound to an instance. CPython: Objects/classobject.c PyMethod.
pub struct BoundMethod {
    pub self_value: Value,
    pub func: Value,
}
