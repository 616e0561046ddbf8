//! Generator, coroutine and async-generator objects.
//!
//! Each owns its suspended frame; resuming hands the frame to the eval loop
//! and takes it back at the next `yield`. CPython: Objects/genobject.c.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::exceptions::PyErr;
use crate::frame::Frame;
use crate::types::{types, PyType};
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct PyGenerator {
    pub kind: GenKind,
    pub frame: RefCell<Option<Box<Frame>>>,
    pub state: Cell<GenState>,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
}

/// What a resumption sends in.
pub enum GenInput {
    Send(Value),
    Throw(PyErr),
}

/// What a resumption produced (an exception is the `Err` of the result).
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

impl PyGenerator {
    pub fn new(kind: GenKind, frame: Box<Frame>) -> PyGenerator {
        let name = frame.code.name.as_str().to_string();
        let qualname = frame.code.qualname.as_str().to_string();
        PyGenerator {
            kind,
            frame: RefCell::new(Some(frame)),
            state: Cell::new(GenState::Created),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
        }
    }

    pub fn py_type(&self) -> Rc<PyType> {
        let t = types();
        match self.kind {
            GenKind::Generator => t.generator_type.clone(),
            GenKind::Coroutine => t.coroutine_type.clone(),
            GenKind::AsyncGenerator => t.async_generator_type.clone(),
        }
    }

    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}
