//! What the asyncio unit tests share: a VM with a running event loop in
//! which native awaitables are stepped by hand. Test builds only.

use std::rc::Rc;

use rspy_objects::awaitable::delegate;
use rspy_objects::exceptions::PyErr;
use rspy_objects::generator::{GenInput, GenStep};
use rspy_objects::value::{downcast_object, PyResult, Value};

use super::events::{set_running_loop_for_test, EventLoop};
use super::futures::PyFuture;
use super::{asyncio_types, cancelled_error};

/// A VM with a running loop (unset again on drop).
pub(crate) struct Harness {
    pub vm: rspy_vm::Vm,
}

impl Harness {
    pub fn new() -> Harness {
        let vm = crate::new_vm(vec!["test".into()], vec![]);
        let lp = EventLoop::new(asyncio_types().event_loop.clone());
        set_running_loop_for_test(Some(lp));
        Harness { vm }
    }

    /// One step of awaiting `aw`.
    pub fn send(&mut self, aw: &Value) -> PyResult<GenStep> {
        delegate(&mut self.vm, aw, GenInput::Send(Value::None))
    }

    /// Cancel the task awaiting `aw` at its await point.
    pub fn cancel_into(&mut self, aw: &Value) -> PyResult<GenStep> {
        let e = PyErr::new(&cancelled_error(), vec![]);
        delegate(&mut self.vm, aw, GenInput::Throw(e))
    }
}

impl Drop for Harness {
    fn drop(&mut self) {
        set_running_loop_for_test(None);
    }
}

/// The future a pending step yielded.
pub(crate) fn yielded(r: PyResult<GenStep>) -> Rc<PyFuture> {
    match r {
        Ok(GenStep::Yield(v)) => downcast_object::<PyFuture>(&v).expect("a waiter future"),
        _ => panic!("expected the awaitable to wait"),
    }
}
