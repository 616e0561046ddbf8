//! Frame data: what a running or suspended function invocation holds.
//!
//! The eval loop (rspy-vm) executes frames; the object model only stores
//! them, inside generators and coroutines while suspended. CPython:
//! Include/internal/pycore_frame.h `_PyInterpreterFrame`.

use std::rc::Rc;

use crate::code::Code;
use crate::dict::PyDict;
use crate::generator::PyGenerator;
use crate::value::{PyCell, Value};

/// A pushed exception handler: where to jump, and the stack depth to
/// restore first.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub handler: u32,
    pub level: u32,
}

pub struct Frame {
    pub code: Rc<Code>,
    /// Index of the next instruction.
    pub pc: usize,
    pub stack: Vec<Value>,
    /// Fast locals (arguments first); `Value::Null` when unbound.
    pub fast: Vec<Value>,
    /// Cell variables, then free variables.
    pub cells: Vec<Rc<PyCell>>,
    pub globals: Rc<PyDict>,
    pub builtins: Rc<PyDict>,
    /// The namespace of module and class bodies (`LoadName`/`StoreName`).
    pub locals: Option<Rc<PyDict>>,
    pub blocks: Vec<Block>,
    /// The generator this frame belongs to, while it runs.
    pub generator: Option<Rc<PyGenerator>>,
}

impl Frame {
    /// The source line being executed.
    pub fn current_line(&self) -> u32 {
        let idx = self.pc.saturating_sub(1);
        self.code
            .lines
            .get(idx)
            .copied()
            .unwrap_or(self.code.firstlineno)
    }

    /// The iterator a frame suspended in `yield from`/`await` delegates
    /// to: suspended just after the Send, its sub-iterator is on top.
    pub fn delegate(&self) -> Option<Value> {
        let crate::code::Instr::Jump(t) = *self.code.instrs.get(self.pc)? else {
            return None;
        };
        if !matches!(
            self.code.instrs.get(t as usize),
            Some(crate::code::Instr::Send(_))
        ) {
            return None;
        }
        self.stack.last().cloned()
    }
}
