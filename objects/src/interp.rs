//! The interface from the object model to the interpreter.
//!
//! Operations on objects sometimes have to run Python code (a user
//! `__eq__`, a key function, a generator body). The object model stays
//! ignorant of the eval loop by asking through this trait, which the VM
//! implements. CPython keeps the same line between Objects/ and Python/.

use std::any::Any;
use std::rc::Rc;

use crate::function::{Args, PyFunction};
use crate::generator::{GenInput, GenStep, PyGenerator};
use crate::value::PyResult;
use crate::value::Value;

pub trait Interp {
    /// Run a Python function. CPython: `_PyFunction_Vectorcall`.
    fn call_function(&mut self, func: &Rc<PyFunction>, args: Args<'_>) -> PyResult<Value>;

    /// Resume a generator or coroutine with a value or an exception.
    /// CPython: Objects/genobject.c gen_send_ex2.
    fn resume_generator(&mut self, gen: &Rc<PyGenerator>, input: GenInput) -> PyResult<GenStep>;

    /// Guard native recursion (repr of nested containers, `__eq__` calling
    /// `==`): raises `RecursionError` past the limit.
    fn enter_recursion(&mut self, context: &str) -> PyResult<()>;
    fn leave_recursion(&mut self);

    /// The globals of the running Python frame, if any (a class made by
    /// `type(name, bases, ns)` takes its `__module__` from them).
    /// CPython: PyEval_GetGlobals.
    fn caller_globals(&self) -> Option<Rc<crate::dict::PyDict>>;

    /// Reach the concrete interpreter (module natives that need its state).
    fn as_any(&mut self) -> &mut dyn Any;
}
