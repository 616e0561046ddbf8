//! The eval loop. `run` executes instructions of one frame in a single
//! `match` until something needs a frame switch (a Python call, a return,
//! a yield, an exception); `execute` performs the switch without recursing
//! on the Rust stack, so deep Python recursion never overflows it.
//! CPython: Python/ceval.c _PyEval_EvalFrameDefault, Python/bytecodes.c.

use std::rc::Rc;

use rspy_objects::code::{
    BinOp, GlobalCacheSlot, Instr, UnaryOp, CO_COROUTINE, CO_INLINED_COMPREHENSION,
};
use rspy_objects::dict::PyDict;
use rspy_objects::exception_group;
use rspy_objects::exceptions::{stop_iteration_value, type_error, value_error, ExcKind, PyErr};
use rspy_objects::frame::{Block, Frame};
use rspy_objects::function::{Args, PyFunction};
use rspy_objects::generator::{GenKind, GenState};
use rspy_objects::iter;
use rspy_objects::ops;
use rspy_objects::value::{PyList, PyResult, PySlice, PyStr, Value};

use crate::vm::{Exit, Vm};

/// Why `run` stopped.
/// Small enough to travel in registers: a returned or yielded value
/// stays on top of the frame's stack for `execute` to take.
enum Flow {
    Call(Box<Frame>),
    Return,
    Yield,
    Error(PyErr),
    /// Re-raise without a new traceback entry.
    Reraise(PyErr),
}

/// Push local `i`, or raise UnboundLocalError from the running `run`.
macro_rules! push_local {
    ($f:expr, $i:expr) => {{
        let i = $i;
        let v = &$f.fast[i as usize];
        if v.is_null() {
            return Flow::Error(unbound_local($f, i));
        }
        let v = v.clone();
        $f.stack.push(v);
    }};
}

macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return Flow::Error(e),
        }
    };
}

fn pop(f: &mut Frame) -> Value {
    f.stack.pop().unwrap_or(Value::Null)
}

fn top(f: &Frame) -> &Value {
    f.stack.last().unwrap_or(&Value::Null)
}

impl Vm {
    /// Run `frame` (and the Python frames it calls) until it returns or
    /// yields; hands the frame back for generators.
    pub fn execute(
        &mut self,
        frame: Box<Frame>,
        initial: Option<PyErr>,
    ) -> (Box<Frame>, PyResult<Exit>) {
        let base = self.frames.len();
        let saved_current = self.current;
        self.levels.push((base, saved_current));
        let mut cur = frame;
        let mut pending = initial.map(Flow::Error);
        let r = loop {
            let (flow, fresh) = match pending.take() {
                Some(f) => (f, false),
                None => {
                    self.current = &*cur;
                    (self.run(&mut cur), true)
                }
            };
            let (e, add_tb) = match flow {
                Flow::Call(new) => {
                    self.frames.push(cur);
                    cur = new;
                    continue;
                }
                Flow::Return => {
                    let v = pop(&mut cur);
                    if self.frames.len() == base {
                        break Ok(Exit::Return(v));
                    }
                    let child =
                        std::mem::replace(&mut cur, self.frames.pop().expect("caller frame"));
                    self.depth -= 1;
                    self.child_returned(&mut cur, &child, v);
                    self.recycle_frame(child);
                    self.poll_finalizers(&cur);
                    continue;
                }
                Flow::Yield => {
                    let v = pop(&mut cur);
                    if self.frames.len() == base {
                        break Ok(Exit::Yield(v));
                    }
                    let mut child =
                        std::mem::replace(&mut cur, self.frames.pop().expect("caller frame"));
                    self.depth -= 1;
                    if let Some(g) = child.generator.take() {
                        g.state.set(GenState::Suspended);
                        self.leave_exc_state(&g);
                        *g.frame.borrow_mut() = Some(child);
                    }
                    cur.stack.push(v);
                    continue;
                }
                Flow::Error(e) => {
                    let propagated = std::mem::take(&mut e.data().left_python_call);
                    if fresh && !propagated {
                        chain_context(&self.handled, &e);
                    }
                    (e, true)
                }
                Flow::Reraise(e) => (e, false),
            };
            if add_tb {
                e.add_traceback(&cur.code, cur.pc.saturating_sub(1));
            }
            if let Some(Block { handler, level }) = cur.blocks.pop() {
                cur.stack.truncate(level as usize);
                cur.stack.push(e.value());
                cur.pc = handler as usize;
                continue;
            }
            let e = generator_error(&cur, e);
            if self.frames.len() == base {
                break Err(e);
            }
            let child = std::mem::replace(&mut cur, self.frames.pop().expect("caller frame"));
            self.depth -= 1;
            if let Some(g) = &child.generator {
                g.state.set(GenState::Finished);
                self.leave_exc_state(g);
                // The error surfaces at the ForIter/Send that resumed it.
                if matches!(
                    cur.code.instrs.get(cur.pc.wrapping_sub(1)),
                    Some(Instr::Send(_)) | Some(Instr::ForIter(_))
                ) {
                    cur.stack.pop();
                }
            }
            if child.code.flags & CO_INLINED_COMPREHENSION != 0 {
                // The comprehension's traceback entry stands for this frame.
                if let Some(last) = e.data().traceback.last_mut() {
                    last.code = cur.code.clone();
                }
                pending = Some(Flow::Reraise(e));
            } else {
                pending = Some(Flow::Error(e));
            }
        };
        self.current = saved_current;
        self.levels.pop();
        (cur, r)
    }

    /// Run pending generator finalizers, if any (a cheap flag test).
    #[inline]
    fn poll_finalizers(&mut self, f: &Frame) {
        if rspy_objects::finalize::pending() {
            self.run_finalizers(Some(f));
        }
    }

    /// A callee frame returned `v` to `cur`.
    fn child_returned(&mut self, cur: &mut Frame, child: &Frame, v: Value) {
        let Some(g) = &child.generator else {
            cur.stack.push(v);
            return;
        };
        g.state.set(GenState::Finished);
        self.leave_exc_state(g);
        match cur.code.instrs.get(cur.pc.wrapping_sub(1)) {
            Some(Instr::ForIter(target)) => {
                cur.stack.pop();
                cur.pc = *target as usize;
            }
            Some(Instr::Send(target)) => {
                cur.stack.pop();
                cur.stack.push(v);
                cur.pc = *target as usize;
            }
            _ => cur.stack.push(v),
        }
    }

    /// Resume generator `g` from bytecode (ForIter/Send) without recursion;
    /// `None` means the caller must handle it natively.
    fn resume_inline(
        &mut self,
        g: &Rc<rspy_objects::generator::PyGenerator>,
        sent: Value,
    ) -> Option<PyResult<Box<Frame>>> {
        if g.state.get() != GenState::Suspended && g.state.get() != GenState::Created {
            return None;
        }
        if g.state.get() == GenState::Created && !sent.is_none() {
            return None;
        }
        let mut frame = g.frame.borrow_mut().take()?;
        if g.state.get() == GenState::Suspended {
            frame.stack.push(sent);
        }
        if let Err(e) = self.enter_frame() {
            *g.frame.borrow_mut() = Some(frame);
            return Some(Err(e));
        }
        g.state.set(GenState::Running);
        self.enter_exc_state(g);
        frame.generator = Some(g.clone());
        Some(Ok(frame))
    }

    fn run(&mut self, f: &mut Frame) -> Flow {
        loop {
            let Some(&instr) = f.code.instrs.get(f.pc) else {
                f.stack.push(Value::None);
                return Flow::Return;
            };
            f.pc += 1;
            match instr {
                Instr::Nop => {}
                Instr::PopTop => {
                    f.stack.pop();
                    self.poll_finalizers(f);
                }
                Instr::Copy(n) => {
                    let v = f.stack[f.stack.len() - n as usize].clone();
                    f.stack.push(v);
                }
                Instr::Swap(n) => {
                    let len = f.stack.len();
                    f.stack.swap(len - 1, len - n as usize);
                }
                Instr::LoadConst(i) => {
                    let v = f.code.consts[i as usize].clone();
                    f.stack.push(v);
                }
                Instr::LoadFast(i) => {
                    push_local!(f, i);
                }
                Instr::BinaryOpConst(op, c) | Instr::InplaceOpConst(op, c) => {
                    // Past the fused BinaryOp/InplaceOp: errors are reported there.
                    f.pc += 1;
                    if let (Some(Value::Int(x)), Value::Int(y)) =
                        (f.stack.last_mut(), &f.code.consts[c as usize])
                    {
                        if let Some(r) = small_int_op(*x, *y, op) {
                            *x = r;
                            continue;
                        }
                    }
                    let b = f.code.consts[c as usize].clone();
                    let a = pop(f);
                    let r = if matches!(instr, Instr::BinaryOpConst(..)) {
                        tri!(ops::binary_op(self, &a, &b, op))
                    } else {
                        tri!(ops::inplace_op(self, &a, &b, op))
                    };
                    f.stack.push(r);
                }
                Instr::LoadFastPair(a, b) => {
                    push_local!(f, a as u32);
                    f.pc += 1;
                    push_local!(f, b as u32);
                }
                Instr::StoreFastLoadFast(a, b) => {
                    f.fast[a as usize] = pop(f);
                    self.poll_finalizers(f);
                    f.pc += 1;
                    push_local!(f, b as u32);
                }
                Instr::LoadFastAttr(a, n) => {
                    let obj = &f.fast[a as usize];
                    if obj.is_null() {
                        return Flow::Error(unbound_local(f, a as u32));
                    }
                    f.pc += 1;
                    let name = &f.code.names[n as usize];
                    if let Some(v) = ops::instance_dict_attr(obj, name) {
                        f.stack.push(v);
                        continue;
                    }
                    let (obj, name) = (obj.clone(), name.clone());
                    let v = tri!(ops::getattr(self, &obj, name.as_str()));
                    f.stack.push(v);
                }
                Instr::StoreFast(i) => {
                    f.fast[i as usize] = pop(f);
                    self.poll_finalizers(f);
                }
                Instr::DeleteFast(i) => {
                    if f.fast[i as usize].is_null() {
                        return Flow::Error(unbound_local(f, i));
                    }
                    f.fast[i as usize] = Value::Null;
                    self.poll_finalizers(f);
                }
                Instr::LoadDeref(i) => {
                    let v = f.cells[i as usize].value.borrow().clone();
                    if v.is_null() {
                        return Flow::Error(unbound_deref(f, i));
                    }
                    f.stack.push(v);
                }
                Instr::StoreDeref(i) => {
                    let v = pop(f);
                    *f.cells[i as usize].value.borrow_mut() = v;
                }
                Instr::DeleteDeref(i) => {
                    let mut c = f.cells[i as usize].value.borrow_mut();
                    if c.is_null() {
                        drop(c);
                        return Flow::Error(unbound_deref(f, i));
                    }
                    *c = Value::Null;
                }
                Instr::LoadClosure(i) => {
                    let Some(c) = f.cells.get(i as usize).cloned() else {
                        return Flow::Error(ExcKind::SystemError.new_err("missing closure cell"));
                    };
                    f.stack.push(Value::Cell(c));
                }
                Instr::LoadClassDeref(i) => {
                    let name = cell_name(f, i);
                    let found = f.locals.as_ref().and_then(|l| l.get_str(&name));
                    match found {
                        Some(v) => f.stack.push(v),
                        None => {
                            let v = f.cells[i as usize].value.borrow().clone();
                            if v.is_null() {
                                return Flow::Error(unbound_deref(f, i));
                            }
                            f.stack.push(v);
                        }
                    }
                }
                Instr::LoadGlobal(i) => {
                    if !load_global(f, i as usize) {
                        let name = f.code.names[i as usize].clone();
                        return Flow::Error(name_error_in(self, f, name.as_str()));
                    }
                }
                Instr::StoreGlobal(i) => {
                    let name = f.code.names[i as usize].clone();
                    let v = pop(f);
                    f.globals.set_name(name, v);
                }
                Instr::DeleteGlobal(i) => {
                    let name = f.code.names[i as usize].clone();
                    if f.globals.del_str(name.as_str()).is_none() {
                        return Flow::Error(name_error(name.as_str()));
                    }
                }
                Instr::LoadName(i) => {
                    let name = &f.code.names[i as usize];
                    let local = f.locals.as_ref().and_then(|l| l.get_name(name));
                    match local
                        .or_else(|| f.globals.get_name(name))
                        .or_else(|| f.builtins.get_name(name))
                    {
                        Some(v) => f.stack.push(v),
                        None => {
                            let name = name.clone();
                            return Flow::Error(name_error_in(self, f, name.as_str()));
                        }
                    }
                }
                Instr::StoreName(i) => {
                    let name = f.code.names[i as usize].clone();
                    let v = pop(f);
                    match &f.locals {
                        Some(l) => l.set_name(name, v),
                        None => f.globals.set_name(name, v),
                    }
                    self.poll_finalizers(f);
                }
                Instr::DeleteName(i) => {
                    let name = f.code.names[i as usize].clone();
                    let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    if ns.del_str(name.as_str()).is_none() {
                        return Flow::Error(name_error(name.as_str()));
                    }
                    self.poll_finalizers(f);
                }
                Instr::LoadAttr(i) => {
                    let found = f
                        .stack
                        .last()
                        .and_then(|o| ops::instance_dict_attr(o, &f.code.names[i as usize]));
                    if let Some(v) = found {
                        let last = f.stack.len() - 1;
                        f.stack[last] = v;
                        continue;
                    }
                    let obj = pop(f);
                    let name = f.code.names[i as usize].clone();
                    let v = tri!(ops::getattr(self, &obj, name.as_str()));
                    f.stack.push(v);
                }
                Instr::StoreAttr(i) => {
                    let obj = pop(f);
                    let v = pop(f);
                    let name = f.code.names[i as usize].clone();
                    if let Err(v) = ops::set_instance_dict_attr(&obj, &name, v) {
                        tri!(ops::setattr(self, &obj, name.as_str(), v));
                    }
                }
                Instr::DeleteAttr(i) => {
                    let obj = pop(f);
                    let name = f.code.names[i as usize].clone();
                    tri!(ops::delattr(self, &obj, name.as_str()));
                }
                Instr::LoadMethod(i) => {
                    let obj = pop(f);
                    let name = f.code.names[i as usize].clone();
                    let (m, bind) = tri!(ops::lookup_method(self, &obj, &name));
                    f.stack.push(m);
                    f.stack.push(if bind { obj } else { Value::Null });
                }
                Instr::BinarySubscr => {
                    let key = pop(f);
                    let obj = pop(f);
                    let v = match (&obj, &key) {
                        (Value::List(l), Value::Int(i)) => {
                            let items = l.items.borrow();
                            let idx = if *i < 0 { *i + items.len() as i64 } else { *i };
                            match items.get(idx as usize) {
                                Some(v) if idx >= 0 => v.clone(),
                                _ => {
                                    drop(items);
                                    tri!(ops::getitem(self, &obj, &key))
                                }
                            }
                        }
                        _ => tri!(ops::getitem(self, &obj, &key)),
                    };
                    f.stack.push(v);
                }
                Instr::StoreSubscr => {
                    let key = pop(f);
                    let obj = pop(f);
                    let v = pop(f);
                    tri!(ops::setitem(self, &obj, &key, v));
                }
                Instr::DeleteSubscr => {
                    let key = pop(f);
                    let obj = pop(f);
                    tri!(ops::delitem(self, &obj, &key));
                }
                Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                    if binary_fast(&mut f.stack, op) {
                        continue;
                    }
                    let b = pop(f);
                    let a = pop(f);
                    let r = if matches!(instr, Instr::BinaryOp(_)) {
                        tri!(ops::binary_op(self, &a, &b, op))
                    } else {
                        tri!(ops::inplace_op(self, &a, &b, op))
                    };
                    f.stack.push(r);
                }
                Instr::Unary(op) => {
                    let v = pop(f);
                    let r = match (op, &v) {
                        (UnaryOp::Not, Value::Bool(b)) => Value::Bool(!b),
                        _ => tri!(ops::unary_op(self, &v, op)),
                    };
                    f.stack.push(r);
                }
                Instr::Compare(op) => {
                    if let Some(r) = int_pair(&f.stack).map(|(x, y)| op.from_ordering(x.cmp(&y))) {
                        f.stack.pop();
                        // A conditional jump on the result consumes it without
                        // building a bool. CPython: COMPARE_OP + POP_JUMP_IF.
                        match f.code.instrs.get(f.pc) {
                            Some(&Instr::PopJumpIfFalse(t)) => {
                                f.stack.pop();
                                f.pc = if r { f.pc + 1 } else { t as usize };
                                continue;
                            }
                            Some(&Instr::PopJumpIfTrue(t)) => {
                                f.stack.pop();
                                f.pc = if r { t as usize } else { f.pc + 1 };
                                continue;
                            }
                            _ => {}
                        }
                        let last = f.stack.len() - 1;
                        f.stack[last] = Value::Bool(r);
                        continue;
                    }
                    let b = pop(f);
                    let a = pop(f);
                    let r = tri!(ops::richcompare(self, &a, &b, op));
                    f.stack.push(r);
                }
                Instr::IsOp(invert) => {
                    let b = pop(f);
                    let a = pop(f);
                    f.stack.push(Value::Bool(a.is(&b) != invert));
                }
                Instr::ContainsOp(invert) => {
                    let container = pop(f);
                    let item = pop(f);
                    let r = tri!(ops::contains(self, &container, &item));
                    f.stack.push(Value::Bool(r != invert));
                }
                Instr::BuildTuple(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    f.stack.push(Value::tuple(items));
                }
                Instr::BuildList(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let list = Rc::new(PyList::new(items));
                    rspy_objects::gc::track_list(&list);
                    f.stack.push(Value::List(list));
                }
                Instr::BuildTempList(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    f.stack.push(Value::list(items));
                }
                Instr::BuildTempMap => f.stack.push(Value::Dict(Rc::new(PyDict::new()))),
                Instr::BuildSet(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let s = tri!(rspy_objects::seq::set_from(self, items));
                    f.stack.push(Value::Set(Rc::new(s)));
                }
                Instr::BuildConstSet(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let folded = tri!(rspy_objects::seq::set_from(self, items));
                    f.stack.push(Value::Set(Rc::new(folded.copy())));
                }
                Instr::BuildMap(n) => {
                    let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                    let d = PyDict::new();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        tri!(d
                            .set_item(self, k.clone(), v)
                            .map_err(|e| ops::dict_key_error(e, &k)));
                    }
                    let d = Rc::new(d);
                    rspy_objects::gc::track_dict(&d);
                    f.stack.push(Value::Dict(d));
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { pop(f) } else { Value::None };
                    let stop = pop(f);
                    let start = pop(f);
                    f.stack
                        .push(Value::Slice(Rc::new(PySlice { start, stop, step })));
                }
                Instr::BuildString(n) => {
                    let parts = f.stack.split_off(f.stack.len() - n as usize);
                    let mut s = String::new();
                    for p in &parts {
                        match p {
                            Value::Str(x) => s.push_str(x.as_str()),
                            other => s.push_str(&tri!(ops::str_of(self, other))),
                        }
                    }
                    f.stack.push(Value::string(s));
                }
                Instr::ListAppend(n) => {
                    let v = pop(f);
                    if let Value::List(l) = &f.stack[f.stack.len() - n as usize] {
                        l.items.borrow_mut().push(v);
                    }
                }
                Instr::SetAdd(n) => {
                    let v = pop(f);
                    let s = f.stack[f.stack.len() - n as usize].clone();
                    if let Value::Set(s) = &s {
                        tri!(s.add(self, v.clone()).map_err(|e| ops::unhashable_context(
                            e,
                            &v,
                            "a set element"
                        )));
                    }
                }
                Instr::MapAdd(n) => {
                    let v = pop(f);
                    let k = pop(f);
                    let d = f.stack[f.stack.len() - n as usize].clone();
                    if let Value::Dict(d) = &d {
                        tri!(d
                            .set_item(self, k.clone(), v)
                            .map_err(|e| ops::dict_key_error(e, &k)));
                    }
                }
                Instr::ListExtend(n) | Instr::CallArgsExtend(n) => {
                    let v = pop(f);
                    let l = f.stack[f.stack.len() - n as usize].clone();
                    let items = match iter::collect(self, &v) {
                        Ok(items) => items,
                        Err(e) if e.matches(ExcKind::TypeError) && !has_iter(&v) => {
                            let prefix = match instr {
                                Instr::CallArgsExtend(_) => {
                                    format!("{}() argument", callable_name_at(f, n as usize + 1))
                                }
                                _ => "Value".to_string(),
                            };
                            return Flow::Error(type_error(format!(
                                "{prefix} after * must be an iterable, not {}",
                                v.type_name()
                            )));
                        }
                        Err(e) => return Flow::Error(e),
                    };
                    if let Value::List(l) = &l {
                        l.items.borrow_mut().extend(items);
                    }
                }
                Instr::SetUpdate(n) => {
                    let v = pop(f);
                    let s = f.stack[f.stack.len() - n as usize].clone();
                    if let (Value::Set(s), Value::Set(o) | Value::FrozenSet(o)) = (&s, &v) {
                        let other = o.table.borrow().copy();
                        tri!(rspy_objects::set_table::merge(&s.table, self, &other));
                        continue;
                    }
                    let items = tri!(iter::collect(self, &v));
                    if let Value::Set(s) = &s {
                        for x in items {
                            tri!(s.add(self, x));
                        }
                    }
                }
                Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                    let v = pop(f);
                    let d = f.stack[f.stack.len() - n as usize].clone();
                    if let Value::Dict(d) = &d {
                        if !matches!(v, Value::Dict(_))
                            && ops::getattr_opt(self, &v, "keys").ok().flatten().is_none()
                        {
                            let msg = if matches!(instr, Instr::DictMerge(_)) {
                                format!(
                                    "{}() argument after ** must be a mapping, not {}",
                                    callable_name_at(f, n as usize + 2),
                                    v.type_name()
                                )
                            } else {
                                format!("'{}' object is not a mapping", v.type_name())
                            };
                            return Flow::Error(type_error(msg));
                        }
                        if let (Instr::DictMerge(_), Value::Dict(src)) = (instr, &v) {
                            for (k, _) in src.items() {
                                if tri!(d.contains(self, &k)) {
                                    let fname = callable_name_at(f, n as usize + 2);
                                    return Flow::Error(type_error(format!(
                                        "{}() got multiple values for keyword argument '{}'",
                                        fname,
                                        k.as_str().unwrap_or("?")
                                    )));
                                }
                            }
                        }
                        tri!(rspy_objects::dict_methods::update_from(self, d, &v));
                    }
                }
                Instr::ListToTuple => {
                    let v = pop(f);
                    if let Value::List(l) = v {
                        let items = l.items.borrow().clone();
                        f.stack.push(Value::tuple(items));
                    }
                }
                Instr::UnpackSequence(n) => {
                    let v = pop(f);
                    let items = tri!(unpack(self, &v, n as usize));
                    f.stack.extend(items.into_iter().rev());
                }
                Instr::UnpackEx(before, after) => {
                    let v = pop(f);
                    let it = tri!(unpack_iter(self, &v));
                    let items = tri!(iter::collect(self, &it));
                    let (before, after) = (before as usize, after as usize);
                    if items.len() < before + after {
                        return Flow::Error(value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let mid_end = items.len() - after;
                    for x in items[mid_end..].iter().rev() {
                        f.stack.push(x.clone());
                    }
                    f.stack.push(Value::list(items[before..mid_end].to_vec()));
                    for x in items[..before].iter().rev() {
                        f.stack.push(x.clone());
                    }
                }
                Instr::Jump(t) => {
                    self.spend_budget();
                    // Checked before jumping, so the error is located at
                    // this (backward) jump.
                    if crate::vm::interrupt_pending() {
                        if let Err(e) = self.handle_interrupt() {
                            return Flow::Error(e);
                        }
                    }
                    f.pc = t as usize;
                }
                Instr::PopJumpIfFalse(t) => {
                    let v = pop(f);
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => tri!(ops::truthy(self, &v)),
                    };
                    if !b {
                        f.pc = t as usize;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = pop(f);
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => tri!(ops::truthy(self, &v)),
                    };
                    if b {
                        f.pc = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    let b = tri!(ops::truthy(self, top(f)));
                    if !b {
                        f.pc = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    let b = tri!(ops::truthy(self, top(f)));
                    if b {
                        f.pc = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Instr::PopJumpIfNone(t) => {
                    if pop(f).is_none() {
                        f.pc = t as usize;
                    }
                }
                Instr::PopJumpIfNotNone(t) => {
                    if !pop(f).is_none() {
                        f.pc = t as usize;
                    }
                }
                Instr::GetIter => {
                    let v = pop(f);
                    let it = tri!(ops::get_iter(self, &v));
                    f.stack.push(it);
                }
                Instr::ForIter(t) => {
                    let simple = match f.stack.last() {
                        Some(Value::Iterator(i)) => iter::next_simple(i),
                        _ => None,
                    };
                    match simple {
                        Some(Some(v)) => {
                            f.stack.push(v);
                            continue;
                        }
                        Some(None) => {
                            f.stack.pop();
                            f.pc = t as usize;
                            continue;
                        }
                        None => {}
                    }
                    let it = top(f).clone();
                    if let Value::Generator(g) = &it {
                        if g.kind == GenKind::Generator {
                            match self.resume_inline(g, Value::None) {
                                Some(Ok(frame)) => return Flow::Call(frame),
                                Some(Err(e)) => return Flow::Error(e),
                                None => {}
                            }
                        }
                    }
                    match tri!(ops::next(self, &it)) {
                        Some(v) => f.stack.push(v),
                        None => {
                            f.stack.pop();
                            f.pc = t as usize;
                        }
                    }
                }
                Instr::Call(n) => {
                    let start = f.stack.len() - n as usize;
                    if n == 3 && tri!(self.async_exit_now(f, start - 1)) {
                        continue;
                    }
                    if let Some(frame) = tri!(self.plain_call(f, start, start - 1)) {
                        return Flow::Call(frame);
                    }
                    // Arguments are passed in place, without copying them off the stack.
                    let func = f.stack[start - 1].clone();
                    let r = self.call_value(&func, &f.stack[start..], &[]);
                    f.stack.truncate(start - 1);
                    match r {
                        Ok(CallResult::Frame(frame)) => return Flow::Call(frame),
                        Ok(CallResult::Value(v)) => f.stack.push(v),
                        Err(e) => return Flow::Error(e),
                    }
                }
                Instr::CallKw(n) => {
                    let names = pop(f);
                    let kwnames = kwnames_of(&names);
                    let start = f.stack.len() - n as usize;
                    let func = f.stack[start - 1].clone();
                    let r = self.call_value(&func, &f.stack[start..], &kwnames);
                    f.stack.truncate(start - 1);
                    match r {
                        Ok(CallResult::Frame(frame)) => return Flow::Call(frame),
                        Ok(CallResult::Value(v)) => f.stack.push(v),
                        Err(e) => return Flow::Error(e),
                    }
                }
                Instr::CallMethod(n) | Instr::CallMethodKw(n) => {
                    let kwnames = if let Instr::CallMethodKw(_) = instr {
                        kwnames_of(&pop(f))
                    } else {
                        Vec::new()
                    };
                    // `func, self|NULL, args...`: self (when bound) is the first argument.
                    let self_slot = f.stack.len() - n as usize - 1;
                    let first = if f.stack[self_slot].is_null() {
                        self_slot + 1
                    } else {
                        self_slot
                    };
                    if kwnames.is_empty() {
                        if let Some(frame) = tri!(self.plain_call(f, first, self_slot - 1)) {
                            return Flow::Call(frame);
                        }
                    }
                    let func = f.stack[self_slot - 1].clone();
                    let r = self.call_value(&func, &f.stack[first..], &kwnames);
                    f.stack.truncate(self_slot - 1);
                    match r {
                        Ok(CallResult::Frame(frame)) => return Flow::Call(frame),
                        Ok(CallResult::Value(v)) => f.stack.push(v),
                        Err(e) => return Flow::Error(e),
                    }
                }
                Instr::CallEx(has_kw) => {
                    let kwargs = if has_kw { pop(f) } else { Value::None };
                    let args = pop(f);
                    let func = pop(f);
                    let mut values = match args {
                        Value::Tuple(t) => t.items.clone(),
                        _ => vec![],
                    };
                    let mut names = Vec::new();
                    if let Value::Dict(d) = &kwargs {
                        for (k, v) in d.items() {
                            match k {
                                Value::Str(s) => {
                                    names.push(s);
                                    values.push(v);
                                }
                                _ => return Flow::Error(type_error("keywords must be strings")),
                            }
                        }
                    }
                    match self.call_value(&func, &values, &names) {
                        Ok(CallResult::Frame(frame)) => return Flow::Call(frame),
                        Ok(CallResult::Value(v)) => f.stack.push(v),
                        Err(e) => return Flow::Error(e),
                    }
                }
                Instr::MakeFunction(flags) => {
                    let code = match pop(f) {
                        Value::Code(c) => c,
                        _ => return Flow::Error(type_error("MakeFunction needs a code object")),
                    };
                    let closure = if flags & 8 != 0 {
                        match pop(f) {
                            Value::Tuple(t) => t
                                .items
                                .iter()
                                .filter_map(|c| match c {
                                    Value::Cell(c) => Some(c.clone()),
                                    _ => None,
                                })
                                .collect(),
                            _ => vec![],
                        }
                    } else {
                        vec![]
                    };
                    let annotate = if flags & 4 != 0 { pop(f) } else { Value::None };
                    let kwdefaults = if flags & 2 != 0 {
                        match pop(f) {
                            Value::Dict(d) => Some(d),
                            _ => None,
                        }
                    } else {
                        None
                    };
                    let defaults = if flags & 1 != 0 {
                        match pop(f) {
                            Value::Tuple(t) => t.items.clone(),
                            _ => vec![],
                        }
                    } else {
                        vec![]
                    };
                    let doc = code
                        .consts
                        .first()
                        .cloned()
                        .filter(|c| matches!(c, Value::Str(_)))
                        .unwrap_or(Value::None);
                    let module = f.globals.get_str("__name__").unwrap_or(Value::None);
                    let func = PyFunction {
                        name: std::cell::RefCell::new(code.name.as_str().to_string()),
                        qualname: std::cell::RefCell::new(code.qualname.as_str().to_string()),
                        code,
                        globals: f.globals.clone(),
                        defaults: std::cell::RefCell::new(defaults),
                        kwdefaults: std::cell::RefCell::new(kwdefaults),
                        closure,
                        dict: std::cell::RefCell::new(None),
                        doc: std::cell::RefCell::new(doc),
                        module: std::cell::RefCell::new(module),
                        annotations: std::cell::RefCell::new(annotate),
                    };
                    let func = Rc::new(func);
                    if !func.closure.is_empty() {
                        rspy_objects::gc::track_function(&func);
                    }
                    f.stack.push(Value::Function(func));
                }
                Instr::ReturnValue => return Flow::Return,
                Instr::YieldValue => return Flow::Yield,
                Instr::Send(t) => {
                    let v = pop(f);
                    let sub = top(f).clone();
                    if let Value::Generator(g) = &sub {
                        match self.resume_inline(g, v.clone()) {
                            Some(Ok(frame)) => return Flow::Call(frame),
                            Some(Err(e)) => return Flow::Error(e),
                            None => {}
                        }
                    }
                    match self.send_native(&sub, v) {
                        Ok(SendResult::Yield(y)) => f.stack.push(y),
                        Ok(SendResult::Return(r)) => {
                            f.stack.pop();
                            f.stack.push(r);
                            f.pc = t as usize;
                        }
                        Err(e) => {
                            f.stack.pop();
                            return Flow::Error(e);
                        }
                    }
                }
                Instr::GetYieldFromIter => {
                    let v = pop(f);
                    let it = match &v {
                        Value::Generator(g) if g.kind == GenKind::Coroutine => {
                            if f.code.flags & CO_COROUTINE == 0 {
                                return Flow::Error(type_error(
                                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                                ));
                            }
                            v.clone()
                        }
                        Value::Generator(_) => v.clone(),
                        _ => tri!(ops::get_iter(self, &v)),
                    };
                    f.stack.push(it);
                }
                Instr::GetAwaitable(context) => {
                    let v = pop(f);
                    let it = tri!(crate::builtins_vm::get_awaitable(self, &v, context));
                    f.stack.push(it);
                }
                Instr::MatchSequence => {
                    let b = crate::patterns::is_sequence(top(f));
                    f.stack.push(Value::Bool(b));
                }
                Instr::MatchMapping => {
                    let b = crate::patterns::is_mapping(top(f));
                    f.stack.push(Value::Bool(b));
                }
                Instr::GetLen => {
                    let n = tri!(ops::len(self, top(f)));
                    f.stack.push(Value::Int(n as i64));
                }
                Instr::MatchKeys => {
                    let keys = top(f).clone();
                    let subject = f.stack[f.stack.len() - 2].clone();
                    let r = tri!(crate::patterns::match_keys(self, &subject, &keys));
                    f.stack.push(r);
                }
                Instr::CopyDictWithoutKeys => {
                    let keys = pop(f);
                    let subject = pop(f);
                    let r = tri!(crate::patterns::dict_without_keys(self, &subject, &keys));
                    f.stack.push(r);
                }
                Instr::MatchClass(npos) => {
                    let names = pop(f);
                    let cls = pop(f);
                    let subject = pop(f);
                    let r = tri!(crate::patterns::match_class(
                        self,
                        &subject,
                        &cls,
                        npos as usize,
                        &names
                    ));
                    f.stack.push(r);
                }
                Instr::MakeAnnotate => {
                    let sources = pop(f);
                    let names = pop(f);
                    let locals = crate::builtins_vm::frame_locals(f);
                    let ann = crate::annotate::make(
                        &names,
                        &sources,
                        f.code.source.clone(),
                        f.code.filename.clone(),
                        f.globals.clone(),
                        locals,
                    );
                    f.stack.push(ann);
                }
                Instr::AsyncGenWrap => {
                    let v = pop(f);
                    f.stack.push(rspy_objects::asyncgen::wrap(v));
                }
                Instr::GetAIter => {
                    let v = pop(f);
                    let it = tri!(crate::builtins_vm::get_aiter(self, &v));
                    f.stack.push(it);
                }
                Instr::GetANext => {
                    let aiter = top(f).clone();
                    let aw = tri!(crate::builtins_vm::get_anext(self, &aiter));
                    f.stack.push(aw);
                }
                Instr::EndAsyncFor => {
                    let v = pop(f);
                    let Some(e) = PyErr::from_value(&v) else {
                        return Flow::Error(type_error(
                            "exceptions must derive from BaseException",
                        ));
                    };
                    if !e.matches(ExcKind::StopAsyncIteration) {
                        return Flow::Reraise(e);
                    }
                    f.stack.pop();
                }
                Instr::SetupExcept(t) => {
                    f.blocks.push(Block {
                        handler: t,
                        level: f.stack.len() as u32,
                    });
                }
                Instr::SetupCleanup(t) => {
                    f.blocks.push(Block {
                        handler: t,
                        level: f.stack.len() as u32 - 1,
                    });
                }
                Instr::PopBlock => {
                    f.blocks.pop();
                }
                Instr::PushExcInfo => {
                    let exc = pop(f);
                    let prev = std::mem::replace(&mut self.handled, exc.clone());
                    f.stack.push(prev);
                    f.stack.push(exc);
                }
                Instr::PopExcept => {
                    self.handled = pop(f);
                }
                Instr::Reraise => {
                    let v = pop(f);
                    match PyErr::from_value(&v) {
                        Some(e) => return Flow::Reraise(e),
                        None => {
                            return Flow::Error(type_error(
                                "exceptions must derive from BaseException",
                            ))
                        }
                    }
                }
                Instr::Raise(n) => return self.raise(f, n),
                Instr::CheckExcMatch => {
                    let ty = pop(f);
                    let exc = top(f).clone();
                    tri!(check_except_type(&ty));
                    let m = tri!(ops::isinstance(self, &exc, &ty));
                    f.stack.push(Value::Bool(m));
                }
                Instr::CheckEgMatch => {
                    let ty = pop(f);
                    let exc = pop(f);
                    tri!(check_except_star_type(&ty));
                    let (rest, matched) = tri!(exception_group::except_star_split(self, &exc, &ty));
                    let matched = match matched {
                        Some(m) => m,
                        None => {
                            let g = tri!(exception_group::new_unnamed_group(
                                self,
                                Value::tuple(vec![exc])
                            ));
                            if let Some(e) = PyErr::from_value(&g) {
                                e.add_traceback(&f.code, f.pc.saturating_sub(1));
                            }
                            g
                        }
                    };
                    if !matches!(matched, Value::None) {
                        self.handled = matched.clone();
                    }
                    f.stack.push(rest);
                    f.stack.push(matched);
                }
                Instr::PrepReraiseStar => {
                    let excs = pop(f);
                    let orig = pop(f);
                    let Value::List(l) = &excs else {
                        return Flow::Error(type_error("except* needs a list of exceptions"));
                    };
                    let items = l.items.borrow().clone();
                    let r = tri!(exception_group::prep_reraise_star(self, &orig, &items));
                    f.stack.push(r);
                }
                Instr::BeforeWith | Instr::BeforeAsyncWith => {
                    if matches!(instr, Instr::BeforeAsyncWith) && tri!(self.async_enter_now(f)) {
                        continue;
                    }
                    let mgr = pop(f);
                    let is_async = matches!(instr, Instr::BeforeAsyncWith);
                    let (enter, exit) = tri!(self.context_methods(&mgr, is_async));
                    // A native object in an async exit slot means a manager
                    // entered by `async_enter_now` ("its __aexit__"); one
                    // that is the `__aexit__` itself (a class attribute that
                    // is a Lock) is wrapped: a staticmethod calls it as is.
                    let exit = match &exit {
                        Value::Object(_) if is_async => Value::StaticMethod(Rc::new(exit)),
                        _ => exit,
                    };
                    f.stack.push(exit);
                    let r = tri!(ops::call0(self, &enter, &[]));
                    f.stack.push(r);
                }
                Instr::WithExceptStart => {
                    let exc = top(f).clone();
                    let mut exit = f.stack[f.stack.len() - 3].clone();
                    if matches!(f.code.instrs.get(f.pc), Some(Instr::GetAwaitable(2))) {
                        exit = tri!(self.resolve_async_exit(&exit));
                    }
                    let ty = Value::Type(exc.py_type());
                    let tb = tri!(ops::getattr(self, &exc, "__traceback__"));
                    let r = tri!(ops::call0(self, &exit, &[ty, exc, tb]));
                    f.stack.push(r);
                }
                Instr::FormatValue(flags) => {
                    let spec = if flags & 4 != 0 { Some(pop(f)) } else { None };
                    let v = pop(f);
                    let v = match flags & 3 {
                        1 => tri!(ops::str_value(self, &v)),
                        2 => Value::string(tri!(ops::repr(self, &v))),
                        3 => Value::string(ascii_escape(&tri!(ops::repr(self, &v)))),
                        _ => v,
                    };
                    let spec_s = spec.as_ref().and_then(|s| s.as_str()).unwrap_or("");
                    let out = match (&v, spec_s) {
                        (Value::Str(_), "") => v.clone(),
                        _ => Value::string(tri!(ops::format(self, &v, spec_s))),
                    };
                    f.stack.push(out);
                }
                Instr::LoadBuildClass => {
                    let v = tri!(f
                        .builtins
                        .get_str("__build_class__")
                        .ok_or_else(|| ExcKind::NameError.new_err("__build_class__ not found")));
                    f.stack.push(v);
                }
                Instr::LoadAssertionError => {
                    f.stack
                        .push(Value::Type(ExcKind::AssertionError.get().clone()));
                }
                Instr::ImportName(i) => {
                    let name = f.code.names[i as usize].clone();
                    let fromlist = pop(f);
                    let level = pop(f);
                    let globals = f.globals.clone();
                    let m = tri!(crate::import::import_name(
                        self,
                        &globals,
                        name.as_str(),
                        &fromlist,
                        &level
                    ));
                    f.stack.push(m);
                }
                Instr::ImportFrom(i) => {
                    let name = f.code.names[i as usize].clone();
                    let m = top(f).clone();
                    let v = tri!(crate::import::import_from(self, &m, name.as_str()));
                    f.stack.push(v);
                }
                Instr::ImportStar => {
                    let m = pop(f);
                    tri!(crate::import::import_star(self, f, &m));
                }
            }
        }
    }

    /// `raise`, `raise exc`, `raise exc from cause`. CPython: do_raise.
    fn raise(&mut self, f: &mut Frame, n: u32) -> Flow {
        if n == 0 {
            return match PyErr::from_value(&self.handled) {
                Some(e) => Flow::Reraise(e),
                None => {
                    Flow::Error(ExcKind::RuntimeError.new_err("No active exception to reraise"))
                }
            };
        }
        let cause = if n == 2 { Some(pop(f)) } else { None };
        let exc = pop(f);
        let e = tri!(self.make_exception(&exc));
        if let Some(c) = cause {
            let c = match &c {
                Value::None => Value::None,
                Value::Type(t) if t.is_exception_type() => tri!(self.make_exception(&c)).value(),
                v if v.is_exception_instance() => v.clone(),
                _ => {
                    return Flow::Error(type_error(
                        "exception causes must derive from BaseException",
                    ))
                }
            };
            let mut d = e.data();
            d.cause = c;
            d.suppress_context = true;
        }
        Flow::Error(e)
    }

    /// An exception class or instance as a `PyErr`.
    pub fn make_exception(&mut self, v: &Value) -> PyResult<PyErr> {
        match v {
            Value::Type(t) if t.is_exception_type() => {
                let inst = ops::call0(self, v, &[])?;
                PyErr::from_value(&inst).ok_or_else(|| {
                    type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        rspy_objects::repr::default_repr(v),
                        inst.type_name()
                    ))
                })
            }
            _ => PyErr::from_value(v)
                .ok_or_else(|| type_error("exceptions must derive from BaseException")),
        }
    }

    /// Call a value from bytecode: Python functions become a new frame.
    /// `async with mgr` on a native manager whose `__aenter__()` would
    /// complete at once ([`NativeAsyncContext`]): `mgr` -> `mgr, result`
    /// as after the awaited call, and the await is skipped. The manager
    /// itself stands in for its bound `__aexit__` (see `async_exit_now`,
    /// `resolve_async_exit`). False (nothing changed) when the general
    /// path must run. CPython: BEFORE_ASYNC_WITH, GET_AWAITABLE, SEND.
    fn async_enter_now(&mut self, f: &mut Frame) -> PyResult<bool> {
        let Some(Value::Object(o)) = f.stack.last() else {
            return Ok(false);
        };
        let o = o.clone();
        let Some(ctx) = o.async_context() else {
            return Ok(false);
        };
        let Some(resume) = awaited_call_end(&f.code.instrs, f.pc, 1) else {
            return Ok(false);
        };
        match ctx.enter_now(self) {
            None => Ok(false),
            Some(r) => {
                f.stack.push(r?);
                f.pc = resume;
                Ok(true)
            }
        }
    }

    /// The normal exit of `async with` (`exit(None, None, None)`, awaited)
    /// when the exit slot holds a manager entered by `async_enter_now`: the
    /// call and the await collapse into its result. When the manager no
    /// longer qualifies, the slot gets its real bound `__aexit__` and the
    /// general path runs.
    fn async_exit_now(&mut self, f: &mut Frame, exit_slot: usize) -> PyResult<bool> {
        let Value::Object(o) = &f.stack[exit_slot] else {
            return Ok(false);
        };
        let Some(resume) = awaited_call_end(&f.code.instrs, f.pc, 2) else {
            return Ok(false);
        };
        let o = o.clone();
        if let Some(r) = o.async_context().and_then(|ctx| ctx.exit_now(self)) {
            let v = r?;
            f.stack.truncate(exit_slot);
            f.stack.push(v);
            f.pc = resume;
            return Ok(true);
        }
        f.stack[exit_slot] = self.resolve_async_exit(&f.stack[exit_slot])?;
        Ok(false)
    }

    /// The callable an `async with` exit slot stands for: a native object
    /// there is a manager entered by `async_enter_now` (the general path
    /// wraps any other), meaning its bound `__aexit__`.
    fn resolve_async_exit(&mut self, exit: &Value) -> PyResult<Value> {
        match exit {
            Value::Object(_) => ops::getattr(self, exit, "__aexit__"),
            _ => Ok(exit.clone()),
        }
    }

    /// A call of a Python function whose positional arguments are
    /// `stack[start..]` and which takes exactly those: the arguments
    /// move into the new frame and the stack drops to `func_slot`.
    /// `None` (nothing consumed) when the general path must run.
    #[inline]
    fn plain_call(
        &mut self,
        f: &mut Frame,
        start: usize,
        func_slot: usize,
    ) -> PyResult<Option<Box<Frame>>> {
        let Value::Function(pf) = &f.stack[func_slot] else {
            return Ok(None);
        };
        if !Vm::takes_plain_args(pf, f.stack.len() - start) {
            return Ok(None);
        }
        self.enter_frame()?;
        let pf = pf.clone();
        let frame = self.make_frame_moving(&pf, &mut f.stack, start);
        f.stack.truncate(func_slot);
        Ok(Some(frame))
    }

    fn call_value(
        &mut self,
        func: &Value,
        args: &[Value],
        kwnames: &[Rc<PyStr>],
    ) -> PyResult<CallResult> {
        let a = Args::with_kw(args, kwnames);
        match func {
            Value::Function(pf) => {
                let frame = self.make_frame(pf, a)?;
                if pf.code.is_generator_like() {
                    return Ok(CallResult::Value(self.make_generator(&pf.code, frame)));
                }
                self.enter_frame()?;
                Ok(CallResult::Frame(frame))
            }
            Value::Method(m) if matches!(m.func, Value::Function(_)) => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(m.self_value.clone());
                v.extend_from_slice(args);
                let inner = m.func.clone();
                self.call_value(&inner, &v, kwnames)
            }
            _ => Ok(CallResult::Value(ops::call(self, func, a)?)),
        }
    }

    /// The bound `__enter__`/`__exit__` (`__aenter__`/`__aexit__`) of a
    /// context manager. CPython: BEFORE_WITH / BEFORE_ASYNC_WITH.
    fn context_methods(&mut self, mgr: &Value, is_async: bool) -> PyResult<(Value, Value)> {
        let (enter_name, exit_name, protocol) = if is_async {
            ("__aenter__", "__aexit__", "asynchronous context manager")
        } else {
            ("__enter__", "__exit__", "context manager")
        };
        let ty = mgr.py_type();
        let (Some(enter), Some(exit)) = (ty.lookup(enter_name), ty.lookup(exit_name)) else {
            let missing = if ty.lookup(exit_name).is_none() {
                exit_name
            } else {
                enter_name
            };
            // CPython 3.14 suggests the other form when the object has it.
            let (other_enter, other_exit, other_protocol, other_stmt) = if is_async {
                ("__enter__", "__exit__", "context manager", "with")
            } else {
                (
                    "__aenter__",
                    "__aexit__",
                    "asynchronous context manager",
                    "async with",
                )
            };
            let hint = if ty.lookup(other_enter).is_some() && ty.lookup(other_exit).is_some() {
                format!(" but it supports the {other_protocol} protocol. Did you mean to use '{other_stmt}'?")
            } else {
                String::new()
            };
            return Err(type_error(format!(
                "'{}' object does not support the {protocol} protocol (missed {missing} method){hint}",
                ty.qualname.borrow()
            )));
        };
        let exit = ops::bind_descriptor(self, &exit, mgr)?;
        let enter = ops::bind_descriptor(self, &enter, mgr)?;
        Ok((enter, exit))
    }

    /// One step of `yield from`/`await` delegation through the protocol.
    fn send_native(&mut self, sub: &Value, v: Value) -> PyResult<SendResult> {
        match sub {
            Value::Generator(g) => match self.resume_generator_step(g, v)? {
                rspy_objects::generator::GenStep::Yield(y) => Ok(SendResult::Yield(y)),
                rspy_objects::generator::GenStep::Return(r) => Ok(SendResult::Return(r)),
            },
            Value::Object(o) if o.as_awaitable().is_some() => {
                let Some(aw) = o.as_awaitable() else {
                    return Err(type_error("object is not awaitable"));
                };
                match aw.send(sub, self, v)? {
                    rspy_objects::generator::GenStep::Yield(y) => Ok(SendResult::Yield(y)),
                    rspy_objects::generator::GenStep::Return(r) => Ok(SendResult::Return(r)),
                }
            }
            _ => {
                let r = if v.is_none() {
                    match ops::next(self, sub) {
                        Ok(Some(y)) => return Ok(SendResult::Yield(y)),
                        Ok(None) => return Ok(SendResult::Return(Value::None)),
                        Err(e) => Err(e),
                    }
                } else {
                    ops::call_method(self, sub, "send", &[v])
                };
                match r {
                    Ok(y) => Ok(SendResult::Yield(y)),
                    Err(e) if e.matches(ExcKind::StopIteration) => {
                        Ok(SendResult::Return(stop_iteration_value(&e)))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    fn resume_generator_step(
        &mut self,
        g: &Rc<rspy_objects::generator::PyGenerator>,
        v: Value,
    ) -> PyResult<rspy_objects::generator::GenStep> {
        use rspy_objects::interp::Interp;
        self.resume_generator(g, rspy_objects::generator::GenInput::Send(v))
    }
}

enum CallResult {
    Frame(Box<Frame>),
    Value(Value),
}

enum SendResult {
    Yield(Value),
    Return(Value),
}

/// A StopIteration leaving a generator becomes RuntimeError (PEP 479).
fn generator_error(frame: &Frame, e: PyErr) -> PyErr {
    let Some(g) = &frame.generator else {
        return e;
    };
    let stop_async = g.kind == GenKind::AsyncGenerator && e.matches(ExcKind::StopAsyncIteration);
    if e.matches(ExcKind::StopIteration) || stop_async {
        let what = if stop_async {
            "StopAsyncIteration"
        } else {
            "StopIteration"
        };
        let kind = if g.kind == GenKind::AsyncGenerator {
            "async generator"
        } else {
            g.kind_name()
        };
        let msg = format!("{kind} raised {what}");
        let new = ExcKind::RuntimeError.new_err(msg);
        {
            let mut d = new.data();
            d.cause = e.value();
            d.context = e.value();
            d.suppress_context = true;
        }
        return new;
    }
    e
}

/// Where an `async with` await of `__aenter__()` (`context` 1) or
/// `__aexit__()` (2) compiled at `pc` resumes once it has completed: the
/// target of the `Send` of `GetAwaitable(context), LoadConst, Send`.
fn awaited_call_end(instrs: &[Instr], pc: usize, context: u32) -> Option<usize> {
    match instrs.get(pc..pc + 3)? {
        [Instr::GetAwaitable(c), Instr::LoadConst(_), Instr::Send(t)] if *c == context => {
            Some(*t as usize)
        }
        _ => None,
    }
}

fn unbound_local(f: &Frame, i: u32) -> PyErr {
    let name = f.code.varnames[i as usize].as_str();
    ExcKind::UnboundLocalError.new_err(format!(
        "cannot access local variable '{name}' where it is not associated with a value"
    ))
}

/// Push the global (else builtin) named by `names[i]`, read through the
/// code object's cache slot for it; false when the name is unbound.
/// CPython: LOAD_GLOBAL and its specializations.
#[inline]
fn load_global(f: &mut Frame, i: usize) -> bool {
    let cache = &f.code.global_cache[i];
    let slot = cache.get();
    if slot.globals_version != 0 {
        let hit = if slot.builtins_version == 0 {
            f.globals
                .push_value_at_version(slot.globals_version, slot.index, &mut f.stack)
        } else {
            f.globals.keys_version() == slot.globals_version
                && f.builtins
                    .push_value_at_version(slot.builtins_version, slot.index, &mut f.stack)
        };
        if hit {
            return true;
        }
    }
    let name = &f.code.names[i];
    if let Some((version, index)) = f.globals.find_name_slot(name) {
        cache.set(GlobalCacheSlot {
            globals_version: version,
            builtins_version: 0,
            index,
        });
        return f
            .globals
            .push_value_at_version(version, index, &mut f.stack);
    }
    let Some((version, index)) = f.builtins.find_name_slot(name) else {
        return false;
    };
    cache.set(GlobalCacheSlot {
        globals_version: f.globals.keys_version(),
        builtins_version: version,
        index,
    });
    f.builtins
        .push_value_at_version(version, index, &mut f.stack)
}

/// The two ints on top of the stack, if both are small ints.
#[inline(always)]
fn int_pair(stack: &[Value]) -> Option<(i64, i64)> {
    match stack {
        [.., Value::Int(x), Value::Int(y)] => Some((*x, *y)),
        _ => None,
    }
}

/// `x op y` for small ints when the result is a small int and no
/// exception is possible; `None` sends the operation the general way.
#[inline(always)]
fn small_int_op(x: i64, y: i64, op: BinOp) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::FloorDiv if y > 0 => Some(x.div_euclid(y)),
        BinOp::Mod if y > 0 => Some(x.rem_euclid(y)),
        _ => None,
    }
}

/// Int and float arithmetic on the top two stack items, done in place
/// (the result replaces the left operand); false when the general path
/// must run. Int results are exact; floats only for operations that
/// cannot raise.
#[inline(always)]
fn binary_fast(stack: &mut Vec<Value>, op: BinOp) -> bool {
    let n = stack.len();
    if n < 2 {
        return false;
    }
    let (left, right) = stack.split_at_mut(n - 1);
    let r = match (&mut left[n - 2], &right[0]) {
        (Value::Int(x), Value::Int(y)) => match small_int_op(*x, *y, op) {
            Some(r) => {
                *x = r;
                true
            }
            None => false,
        },
        (Value::Float(x), Value::Float(y)) => match op {
            BinOp::Add => {
                *x += *y;
                true
            }
            BinOp::Sub => {
                *x -= *y;
                true
            }
            BinOp::Mul => {
                *x *= *y;
                true
            }
            _ => false,
        },
        _ => false,
    };
    if r {
        stack.pop();
    }
    r
}

fn kwnames_of(v: &Value) -> Vec<Rc<PyStr>> {
    match v {
        Value::Tuple(t) => t
            .items
            .iter()
            .filter_map(|x| match x {
                Value::Str(s) => Some(s.clone()),
                _ => None,
            })
            .collect(),
        _ => vec![],
    }
}

fn has_iter(v: &Value) -> bool {
    v.py_type().lookup("__iter__").is_some()
        || matches!(
            v,
            Value::List(_)
                | Value::Tuple(_)
                | Value::Str(_)
                | Value::Dict(_)
                | Value::Set(_)
                | Value::Generator(_)
                | Value::Iterator(_)
                | Value::Range(_)
        )
}

/// The name of the callable `depth` items below the top, as CPython's
/// call errors show it (`__main__.f`, `print`, `__main__.K.m`).
fn callable_name_at(f: &Frame, depth: usize) -> String {
    let idx = f.stack.len().saturating_sub(depth);
    f.stack
        .get(idx)
        .map(callable_name)
        .unwrap_or_else(|| "function".into())
}

fn callable_name(v: &Value) -> String {
    match v {
        Value::Function(func) => match &*func.module.borrow() {
            Value::Str(m) => format!("{}.{}", m.as_str(), func.qualname.borrow()),
            _ => func.qualname.borrow().clone(),
        },
        Value::Method(m) => callable_name(&m.func),
        Value::Native(nf) => nf.name.to_string(),
        Value::Type(t) => t.name.clone(),
        other => other.type_name(),
    }
}

fn name_error(name: &str) -> PyErr {
    let e = ExcKind::NameError.new_err(format!("name '{name}' is not defined"));
    e.0.dict().set_str("name", Value::str(name));
    e
}

/// NameError with the "Did you mean" hint computed from the frame's names,
/// as the traceback module would. CPython: traceback._compute_suggestion_error.
fn name_error_in(vm: &mut Vm, f: &Frame, name: &str) -> PyErr {
    let e = name_error(name);
    let mut candidates: Vec<String> = Vec::new();
    for v in f.code.varnames.iter() {
        candidates.push(v.as_str().to_string());
    }
    if let Some(l) = &f.locals {
        candidates.extend(
            l.keys()
                .iter()
                .filter_map(|k| k.as_str().map(str::to_string)),
        );
    }
    candidates.extend(
        f.globals
            .keys()
            .iter()
            .filter_map(|k| k.as_str().map(str::to_string)),
    );
    candidates.extend(
        f.builtins
            .keys()
            .iter()
            .filter_map(|k| k.as_str().map(str::to_string)),
    );
    let mut hint = crate::suggest::suggest(
        name,
        &candidates.iter().map(String::as_str).collect::<Vec<_>>(),
    )
    .map(|s| format!(". Did you mean: '{s}'?"));
    if let Some(i) = f.code.varnames.iter().position(|v| v.as_str() == "self") {
        let me = f.fast.get(i).cloned().unwrap_or(Value::Null);
        if !me.is_null() && matches!(ops::getattr_opt(vm, &me, name), Ok(Some(_))) {
            hint = Some(format!(". Did you mean: 'self.{name}'?"));
        }
    }
    if crate::suggest::is_stdlib_module(name) {
        let extra = match &hint {
            Some(_) => format!(" Or did you forget to import '{name}'?"),
            None => format!(". Did you forget to import '{name}'?"),
        };
        hint = Some(hint.unwrap_or_default() + &extra);
    }
    e.data().hint = hint;
    e
}

fn cell_name(f: &Frame, i: u32) -> String {
    let i = i as usize;
    let nc = f.code.cellvars.len();
    if i < nc {
        f.code.cellvars[i].as_str().to_string()
    } else {
        f.code
            .freevars
            .get(i - nc)
            .map(|s| s.as_str().to_string())
            .unwrap_or_default()
    }
}

fn unbound_deref(f: &Frame, i: u32) -> PyErr {
    let name = cell_name(f, i);
    if (i as usize) < f.code.cellvars.len() {
        ExcKind::UnboundLocalError.new_err(format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        ))
    } else {
        ExcKind::NameError.new_err(format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ))
    }
}

fn check_except_type(ty: &Value) -> PyResult<()> {
    let ok = |v: &Value| matches!(v, Value::Type(t) if t.is_exception_type());
    let valid = match ty {
        Value::Tuple(t) => t.items.iter().all(ok),
        other => ok(other),
    };
    if valid {
        Ok(())
    } else {
        Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ))
    }
}

/// An `except*` type: a valid `except` type that is not a group type.
/// CPython: _PyEval_CheckExceptStarTypeValid.
fn check_except_star_type(ty: &Value) -> PyResult<()> {
    check_except_type(ty)?;
    let group = ExcKind::BaseExceptionGroup.get();
    let is_group = |v: &Value| matches!(v, Value::Type(t) if t.is_subtype(group));
    let any_group = match ty {
        Value::Tuple(t) => t.items.iter().any(is_group),
        other => is_group(other),
    };
    if any_group {
        return Err(type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    Ok(())
}

/// The iterator an unpacking assignment reads from.
/// CPython: ceval.c unpack_iterable ("cannot unpack non-iterable").
fn unpack_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match ops::get_iter(vm, v) {
        Err(e) if e.matches(ExcKind::TypeError) => Err(type_error(format!(
            "cannot unpack non-iterable {} object",
            v.type_name()
        ))),
        r => r,
    }
}

/// Unpack exactly `n` items. CPython: unpack_iterable.
fn unpack(vm: &mut Vm, v: &Value, n: usize) -> PyResult<Vec<Value>> {
    let items = match v {
        Value::Tuple(t) => t.items.clone(),
        Value::List(l) => l.items.borrow().clone(),
        _ => {
            let it = unpack_iter(vm, v)?;
            let mut out = Vec::with_capacity(n);
            while let Some(x) = ops::next(vm, &it)? {
                out.push(x);
                if out.len() > n {
                    return Err(value_error(format!(
                        "too many values to unpack (expected {n})"
                    )));
                }
            }
            if out.len() < n {
                return Err(value_error(format!(
                    "not enough values to unpack (expected {n}, got {})",
                    out.len()
                )));
            }
            return Ok(out);
        }
    };
    if items.len() > n {
        return Err(value_error(format!(
            "too many values to unpack (expected {n}, got {})",
            items.len()
        )));
    }
    if items.len() < n {
        return Err(value_error(format!(
            "not enough values to unpack (expected {n}, got {})",
            items.len()
        )));
    }
    Ok(items)
}

/// `ascii()`: escape non-ASCII characters of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    out
}

/// Set `__context__` of a newly raised exception. CPython: _PyErr_SetObject.
pub fn chain_context(handled: &Value, e: &PyErr) {
    if handled.is_none() || handled.is(&e.value()) {
        return;
    }
    let Some(h) = PyErr::from_value(handled) else {
        return;
    };
    // Avoid cycles: cut the chain where `e` already appears.
    let mut o = h.clone();
    loop {
        let ctx = o.data().context.clone();
        match PyErr::from_value(&ctx) {
            Some(c) if c.value().is(&e.value()) => {
                o.data().context = Value::None;
                break;
            }
            Some(c) => o = c,
            None => break,
        }
    }
    e.data().context = handled.clone();
}
