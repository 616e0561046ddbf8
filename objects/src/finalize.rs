//! Work that must run Python code when an object dies.
//!
//! `Drop` cannot run Python code, so a dying object that needs a
//! finalizer (a generator suspended in `try`, an unawaited coroutine, a
//! future holding an unretrieved exception) queues one here; the
//! interpreter runs the queue at its next safe point, in order. CPython
//! runs these at deallocation (tp_finalize); rspy runs them a few
//! instructions later, at the next poll. CPython: Objects/genobject.c
//! _PyGen_Finalize, Modules/_asynciomodule.c FutureObj_finalize.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use crate::generator::PyGenerator;
use crate::interp::Interp;
use crate::value::{PyResult, Value};

/// A finalizer from outside this crate.
pub type FinalizerFn = Box<dyn FnOnce(&mut dyn Interp) -> PyResult<()>>;

/// One finalizer to run.
pub enum Finalizer {
    /// Close a generator dropped while suspended in `try`/`with`.
    Close(Rc<PyGenerator>),
    /// Hand a dropped async generator to its finalizer hook.
    AsyncGenHook(Rc<PyGenerator>, Value),
    /// Show `RuntimeWarning: <message>` (a coroutine never awaited).
    Unawaited(String),
    /// Call the `__del__` of an instance that died.
    Del(Value),
    /// Anything else, from outside this crate (futures' reports).
    Call(FinalizerFn),
}

thread_local! {
    static QUEUE: RefCell<VecDeque<Finalizer>> = const { RefCell::new(VecDeque::new()) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Queue a finalizer (safe during thread teardown: then it is dropped).
pub fn defer(f: Finalizer) {
    let _ = QUEUE.try_with(|q| q.borrow_mut().push_back(f));
    let _ = PENDING.try_with(|p| p.set(true));
}

/// Make the next poll run the queue (a cycle collection is due).
pub fn request_poll() {
    let _ = PENDING.try_with(|p| p.set(true));
}

/// Whether finalizers can still be queued (not during thread teardown).
pub fn accepting() -> bool {
    QUEUE.try_with(|_| ()).is_ok()
}

/// Whether finalizers are waiting; a cheap flag to poll.
#[inline]
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

/// The next finalizer to run, in the order they were queued.
pub fn next() -> Option<Finalizer> {
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        let f = q.pop_front();
        if q.is_empty() {
            PENDING.with(|p| p.set(false));
        }
        f
    })
}
