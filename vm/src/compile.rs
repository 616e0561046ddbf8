//! The bytecode compiler: ruff's AST to `Code` objects.
//!
//! One `Unit` per code object being built; labels are resolved when a unit
//! is finished. Exception handling uses a block stack (`SetupExcept` /
//! `PopBlock`); `finally` bodies are emitted once per exit path, and
//! `return`/`break`/`continue` unwind the enclosing blocks the way
//! CPython's compiler does (compiler_unwind_fblock). CPython:
//! Python/compile.c, Python/codegen.c.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use rspy_objects::code::{
    BinOp, CmpOp, Code, Instr, UnaryOp, CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR,
    CO_INLINED_COMPREHENSION, CO_NESTED, CO_VARARGS, CO_VARKEYWORDS,
};
use rspy_objects::value::{PyStr, Value};

use crate::symtable::{node_key, NameScope, ScopeKind, SymbolTable};

/// A compile error: message and source offset (becomes a SyntaxError).
#[derive(Debug)]
pub struct CompileError {
    pub msg: String,
    pub offset: u32,
    /// Where the offending source ends (`offset` when only a point is known).
    pub end: u32,
    pub kind: CompileErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// A SyntaxError.
    Syntax,
    /// A feature rspy does not support yet (NotImplementedError).
    Unsupported,
    /// Nesting too deep to compile (RecursionError).
    TooDeep,
}

type CResult<T = ()> = Result<T, CompileError>;

fn unsupported(what: &str, range: TextRange) -> CompileError {
    CompileError {
        msg: format!("{what} is not supported yet"),
        offset: range.start().to_u32(),
        end: range.end().to_u32(),
        kind: CompileErrorKind::Unsupported,
    }
}

fn syntax_error(msg: impl Into<String>, range: TextRange) -> CompileError {
    CompileError {
        msg: msg.into(),
        offset: range.start().to_u32(),
        end: range.end().to_u32(),
        kind: CompileErrorKind::Syntax,
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Label(u32);

/// What a `return`/`break`/`continue` must undo on its way out.
#[derive(Clone)]
enum FBlock<'a> {
    /// A `while`/`for` loop; `for` loops keep their iterator on the stack.
    Loop {
        start: Label,
        end: Label,
        has_iter: bool,
    },
    /// The body of `try` with handlers (a SetupExcept is active).
    TryExcept,
    /// The body of `try/finally`: the finally body is emitted on exit.
    Finally(&'a [Stmt]),
    /// Running a finally body on the exception path: `prev, exc` on stack.
    FinallyEnd,
    /// Inside an `except` handler: `prev` on the stack, cleanup block active.
    Handler(Option<&'a str>),
    /// Inside `with` (`async with` when true): the exit callable on the
    /// stack, handler block active.
    With(bool),
    /// A return value kept on the stack while a finally body runs for a
    /// `return`: a `break`/`continue` there must drop it.
    PopValue,
    /// The `except*` clauses, which nothing may jump out of.
    ExceptStar,
}

struct Unit<'a> {
    scope: usize,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    names: Vec<Rc<PyStr>>,
    name_index: HashMap<String, u32>,
    varnames: Vec<Rc<PyStr>>,
    var_index: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    labels: Vec<Option<u32>>,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
    /// Source range of the construct being compiled, for tracebacks.
    pos: (u32, u32),
    positions: Vec<(u32, u32)>,
    /// The innermost enclosing class name, for private name mangling.
    private: Option<String>,
    name: String,
    qualname: String,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    firstlineno: u32,
}

pub struct Compiler<'a> {
    source: Rc<str>,
    filename: Rc<str>,
    line_starts: Vec<u32>,
    table: SymbolTable,
    units: Vec<Unit<'a>>,
    interned: HashMap<String, Rc<PyStr>>,
    /// Expression nesting, bounded so deep sources cannot exhaust the stack.
    depth: usize,
    /// `from __future__ import annotations`: annotations are stored as
    /// strings, eagerly, instead of a lazy `__annotate__`.
    future_annotations: bool,
}

/// Deepest expression nesting the compiler accepts.
pub const MAX_COMPILE_DEPTH: usize = 10000;

/// Compile a parsed module into its code object.
pub fn compile_module(
    body: &[Stmt],
    source: Rc<str>,
    filename: Rc<str>,
) -> Result<Rc<Code>, CompileError> {
    compile_unit(body, source, filename, false)
}

/// Compile `eval` source: a single expression statement whose value the
/// code returns. CPython: compile(..., 'eval').
pub fn compile_eval(
    body: &[Stmt],
    source: Rc<str>,
    filename: Rc<str>,
) -> Result<Rc<Code>, CompileError> {
    compile_unit(body, source, filename, true)
}

/// Compile one annotation (an expression of a file's source) as an
/// `__annotate__` code object returning its value; tracebacks then show
/// the real line.
pub fn compile_annotation(
    expr: &Expr,
    source: Rc<str>,
    filename: Rc<str>,
) -> Result<Rc<Code>, CompileError> {
    let stmt = Stmt::Expr(ast::StmtExpr {
        node_index: Default::default(),
        range: expr.range(),
        value: Box::new(expr.clone()),
    });
    let body = [stmt];
    let table = SymbolTable::build(&body).map_err(|e| CompileError {
        kind: CompileErrorKind::Syntax,
        msg: e.msg,
        offset: e.offset,
        end: e.offset,
    })?;
    let mut c = Compiler::new(source, filename, table);
    c.push_unit(0, "__annotate__", "__annotate__", 1);
    c.set_line(expr.range());
    c.expr(expr)?;
    c.emit(Instr::ReturnValue);
    Ok(c.pop_unit())
}

fn compile_unit(
    body: &[Stmt],
    source: Rc<str>,
    filename: Rc<str>,
    eval: bool,
) -> Result<Rc<Code>, CompileError> {
    let table = SymbolTable::build(body).map_err(|e| CompileError {
        kind: if e.too_deep {
            CompileErrorKind::TooDeep
        } else {
            CompileErrorKind::Syntax
        },
        msg: e.msg,
        offset: e.offset,
        end: e.offset,
    })?;
    let mut c = Compiler::new(source, filename, table);
    c.future_annotations = has_future_annotations(body);
    c.push_unit(0, "<module>", "<module>", 1);
    let annotations = if eval {
        Vec::new()
    } else {
        annotated_names(body)
    };
    if !annotations.is_empty() {
        let target = c.emit_annotate(&annotations);
        let a = c.name_index(target);
        c.emit(Instr::StoreName(a));
    }
    match body {
        [Stmt::Expr(e)] if eval => {
            c.expr(&e.value)?;
            c.emit(Instr::ReturnValue);
        }
        _ if eval => {
            return Err(CompileError {
                kind: CompileErrorKind::Syntax,
                msg: "invalid syntax".into(),
                offset: body.first().map_or(0, |s| s.range().start().to_u32()),
                end: body.first().map_or(0, |s| s.range().start().to_u32()),
            })
        }
        _ => {
            c.docstring(body)?;
            c.stmts(body)?;
            c.load_const(Value::None);
            c.emit(Instr::ReturnValue);
        }
    }
    Ok(c.pop_unit())
}

impl<'a> Compiler<'a> {
    /// `__doc__ = "..."` for a module or class body that opens with a
    /// string literal. CPython: codegen.c codegen_body / compiler_class_body.
    fn docstring(&mut self, body: &'a [Stmt]) -> Result<(), CompileError> {
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::StringLiteral(_) = &*e.value {
                self.set_line(e.range());
                self.expr(&e.value)?;
                let d = self.name_index("__doc__");
                self.emit(Instr::StoreName(d));
            }
        }
        Ok(())
    }

    fn new(source: Rc<str>, filename: Rc<str>, table: SymbolTable) -> Compiler<'a> {
        let mut line_starts = vec![0u32];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        Compiler {
            source,
            filename,
            line_starts,
            table,
            units: Vec::new(),
            interned: HashMap::new(),
            depth: 0,
            future_annotations: false,
        }
    }

    // ------------------------------------------------------------ units

    fn push_unit(&mut self, scope: usize, name: &str, qualname: &str, firstlineno: u32) {
        let sc = &self.table.scopes[scope];
        let mut u = Unit {
            scope,
            instrs: Vec::new(),
            lines: Vec::new(),
            pos: (0, 0),
            positions: Vec::new(),
            private: self.units.last().and_then(|p| p.private.clone()),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            var_index: HashMap::new(),
            cellvars: sc.cellvars.clone(),
            freevars: sc.freevars.clone(),
            labels: Vec::new(),
            fblocks: Vec::new(),
            line: firstlineno,
            name: name.to_string(),
            qualname: qualname.to_string(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            firstlineno,
        };
        if matches!(sc.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            for n in sc.local_names() {
                let idx = u.varnames.len() as u32;
                u.var_index.insert(n.clone(), idx);
                u.varnames.push(Rc::new(PyStr::new(&n)));
            }
            if self.units.len() > 1 {
                u.flags |= CO_NESTED;
            }
        }
        self.units.push(u);
    }

    fn pop_unit(&mut self) -> Rc<Code> {
        let u = self.units.pop().expect("a unit is being compiled");
        let total_args = self.total_args(&u);
        let mut instrs = u.instrs;
        for ins in instrs.iter_mut() {
            let fix = |l: u32| u.labels[l as usize].unwrap_or(0);
            *ins = match *ins {
                Instr::Jump(l) => Instr::Jump(fix(l)),
                Instr::PopJumpIfFalse(l) => Instr::PopJumpIfFalse(fix(l)),
                Instr::PopJumpIfTrue(l) => Instr::PopJumpIfTrue(fix(l)),
                Instr::JumpIfFalseOrPop(l) => Instr::JumpIfFalseOrPop(fix(l)),
                Instr::JumpIfTrueOrPop(l) => Instr::JumpIfTrueOrPop(fix(l)),
                Instr::PopJumpIfNone(l) => Instr::PopJumpIfNone(fix(l)),
                Instr::PopJumpIfNotNone(l) => Instr::PopJumpIfNotNone(fix(l)),
                Instr::ForIter(l) => Instr::ForIter(fix(l)),
                Instr::Send(l) => Instr::Send(fix(l)),
                Instr::SetupExcept(l) => Instr::SetupExcept(fix(l)),
                Instr::SetupCleanup(l) => Instr::SetupCleanup(fix(l)),
                other => other,
            };
        }
        let stacksize = crate::stackdepth::max_stack_depth(&instrs);
        fuse_pairs(&mut instrs);
        let cell_args: Vec<(usize, usize)> = u
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| u.var_index.get(name).map(|&ai| (ci, ai as usize)))
            .filter(|&(_, ai)| ai < total_args)
            .collect();
        let intern = |s: &String| Rc::new(PyStr::new(s));
        Rc::new(Code {
            global_cache: u.names.iter().map(|_| Default::default()).collect(),
            name: Rc::new(PyStr::new(&u.name)),
            qualname: Rc::new(PyStr::new(&u.qualname)),
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            instrs,
            lines: u.lines,
            positions: u.positions,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars.iter().map(intern).collect(),
            freevars: u.freevars.iter().map(intern).collect(),
            cell_args,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags,
            stacksize: u32::try_from(stacksize).unwrap_or(u32::MAX),
            source: Some(self.source.clone()),
        })
    }

    fn total_args(&self, u: &Unit) -> usize {
        let mut n = (u.argcount + u.kwonlyargcount) as usize;
        if u.flags & CO_VARARGS != 0 {
            n += 1;
        }
        if u.flags & CO_VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is being compiled")
    }

    fn scope_kind(&self) -> ScopeKind {
        let u = self.units.last().expect("unit");
        self.table.scopes[u.scope].kind
    }

    // ------------------------------------------------------- emission

    fn emit(&mut self, i: Instr) {
        let u = self.unit();
        let line = u.line;
        u.positions.push(u.pos);
        u.instrs.push(i);
        u.lines.push(line);
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0 as usize] = Some(u.instrs.len() as u32);
    }

    fn set_line(&mut self, range: TextRange) {
        let line = self.line_of(range);
        let u = self.unit();
        u.line = line;
        u.pos = (range.start().to_u32(), range.end().to_u32());
    }

    fn line_of(&self, range: TextRange) -> u32 {
        let off = range.start().to_u32();
        (match self.line_starts.binary_search(&off) {
            Ok(i) => i + 1,
            Err(i) => i,
        }) as u32
    }

    fn intern(&mut self, s: &str) -> Rc<PyStr> {
        if let Some(v) = self.interned.get(s) {
            return v.clone();
        }
        let v = Rc::new(PyStr::new(s));
        self.interned.insert(s.to_string(), v.clone());
        v
    }

    fn const_index(&mut self, v: Value) -> u32 {
        let u = self.unit();
        for (i, c) in u.consts.iter().enumerate() {
            let same = match (c, &v) {
                (Value::Str(a), Value::Str(b)) => a.as_str() == b.as_str(),
                (Value::Int(a), Value::Int(b)) => a == b,
                (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
                (Value::None, Value::None) => true,
                (Value::Bool(a), Value::Bool(b)) => a == b,
                _ => false,
            };
            if same {
                return i as u32;
            }
        }
        u.consts.push(v);
        u.consts.len() as u32 - 1
    }

    fn load_const(&mut self, v: Value) {
        let i = self.const_index(v);
        self.emit(Instr::LoadConst(i));
    }

    fn name_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.unit().name_index.get(name) {
            return i;
        }
        let s = self.intern(name);
        let u = self.unit();
        u.names.push(s);
        let i = u.names.len() as u32 - 1;
        u.name_index.insert(name.to_string(), i);
        i
    }

    fn str_const(&mut self, s: &str) -> Value {
        Value::Str(self.intern(s))
    }

    // ----------------------------------------------------------- names

    fn name_scope(&self, name: &str) -> NameScope {
        let u = self.units.last().expect("unit");
        self.table.scopes[u.scope].scope_of(name)
    }

    fn cell_index(&self, name: &str) -> Option<u32> {
        let u = self.units.last()?;
        if let Some(i) = u.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|n| n == name)
            .map(|i| (u.cellvars.len() + i) as u32)
    }

    /// `name` as stored: mangled inside a class. CPython: _Py_Mangle.
    fn mangled(&self, name: &str) -> String {
        let private = self.units.last().and_then(|u| u.private.as_deref());
        crate::symtable::mangle(private, name).into_owned()
    }

    /// The name-table index of an attribute name, mangled if private.
    fn attr_index(&mut self, name: &str) -> u32 {
        let m = self.mangled(name);
        self.name_index(&m)
    }

    fn load_name(&mut self, name: &str) {
        self.name_op(name, NameOp::Load);
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(name, NameOp::Store);
    }

    fn delete_name(&mut self, name: &str) {
        self.name_op(name, NameOp::Delete);
    }

    /// Emit the load/store/delete of a name where the symbol table placed
    /// it. CPython: compiler_nameop.
    fn name_op(&mut self, name: &str, op: NameOp) {
        let name = &self.mangled(name);
        let kind = self.scope_kind();
        let place = match self.name_scope(name) {
            NameScope::Local => Place::Fast(self.unit().var_index[name]),
            NameScope::Cell | NameScope::Free => match self.cell_index(name) {
                Some(i) if op == NameOp::Load && kind == ScopeKind::Class => Place::ClassDeref(i),
                Some(i) => Place::Deref(i),
                None if op == NameOp::Load => Place::Global(self.name_index(name)),
                None => Place::Name(self.name_index(name)),
            },
            NameScope::GlobalExplicit | NameScope::GlobalImplicit => {
                let n = self.name_index(name);
                if op != NameOp::Load && kind == ScopeKind::Module {
                    Place::Name(n)
                } else {
                    Place::Global(n)
                }
            }
            NameScope::Name => Place::Name(self.name_index(name)),
        };
        let instr = match (op, place) {
            (NameOp::Load, Place::Fast(i)) => Instr::LoadFast(i),
            (NameOp::Store, Place::Fast(i)) => Instr::StoreFast(i),
            (NameOp::Delete, Place::Fast(i)) => Instr::DeleteFast(i),
            (_, Place::ClassDeref(i)) => Instr::LoadClassDeref(i),
            (NameOp::Load, Place::Deref(i)) => Instr::LoadDeref(i),
            (NameOp::Store, Place::Deref(i)) => Instr::StoreDeref(i),
            (NameOp::Delete, Place::Deref(i)) => Instr::DeleteDeref(i),
            (NameOp::Load, Place::Global(n)) => Instr::LoadGlobal(n),
            (NameOp::Store, Place::Global(n)) => Instr::StoreGlobal(n),
            (NameOp::Delete, Place::Global(n)) => Instr::DeleteGlobal(n),
            (NameOp::Load, Place::Name(n)) => Instr::LoadName(n),
            (NameOp::Store, Place::Name(n)) => Instr::StoreName(n),
            (NameOp::Delete, Place::Name(n)) => Instr::DeleteName(n),
        };
        self.emit(instr);
    }

    // ------------------------------------------------------ statements

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_line(s.range());
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Instr::PopTop);
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Instr::Copy(1));
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
            }
            Stmt::Pass(_) => {}
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => {
                if f.is_async {
                    self.async_for_stmt(f)?
                } else {
                    self.for_stmt(f)?
                }
            }
            Stmt::Break(b) => self.break_continue(true, b.range)?,
            Stmt::Continue(c) => self.break_continue(false, c.range)?,
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_line(r.range);
                self.emit(Instr::Raise(n));
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_handlers(t)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                // The failure points at the test, as CPython's does.
                self.set_line(a.test.range());
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.bind(end);
            }
            Stmt::With(w) => {
                if w.is_async && !self.in_coroutine() {
                    return Err(syntax_error("'async with' outside async function", w.range));
                }
                self.with_stmt(&w.items, &w.body, w.is_async)?
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let name = a.name.id.as_str();
                    self.load_const(Value::Int(0));
                    self.load_const(Value::None);
                    let n = self.name_index(name);
                    self.emit(Instr::ImportName(n));
                    match &a.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = name.split('.').collect();
                            for p in &parts[1..] {
                                let pi = self.name_index(p);
                                self.emit(Instr::ImportFrom(pi));
                                self.emit(Instr::Swap(2));
                                self.emit(Instr::PopTop);
                            }
                            self.store_name(asname.id.as_str());
                        }
                        None => {
                            let first = name.split('.').next().unwrap_or(name);
                            self.store_name(first);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let module = i.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
                self.load_const(Value::Int(i.level as i64));
                let names: Vec<Value> = i
                    .names
                    .iter()
                    .map(|a| self.str_const(a.name.id.as_str()))
                    .collect();
                self.load_const(Value::tuple(names));
                let n = self.name_index(module);
                self.emit(Instr::ImportName(n));
                if i.names.len() == 1 && i.names[0].name.id.as_str() == "*" {
                    self.emit(Instr::ImportStar);
                    return Ok(());
                }
                for a in &i.names {
                    let ni = self.name_index(a.name.id.as_str());
                    self.emit(Instr::ImportFrom(ni));
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.store_name(bound.id.as_str());
                }
                self.emit(Instr::PopTop);
            }
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(t) => return Err(unsupported("the 'type' statement", t.range)),
            Stmt::IpyEscapeCommand(c) => return Err(syntax_error("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = binop(a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.set_line(n.range);
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Instr::InplaceOp(op));
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::Copy(1));
                let n = self.attr_index(at.attr.id.as_str());
                self.emit(Instr::LoadAttr(n));
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(n));
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            other => {
                return Err(syntax_error(
                    "'expression' is an illegal expression for augmented assignment",
                    other.range(),
                ))
            }
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit(Instr::Jump(end.0));
            self.bind(next);
            next = self.new_label();
            if let Some(t) = &clause.test {
                self.set_line(t.range());
                self.jump_if(t, false, next)?;
            }
            self.stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let start = self.new_label();
        let end = self.new_label();
        let orelse = self.new_label();
        self.bind(start);
        self.set_line(w.test.range());
        self.jump_if(&w.test, false, orelse)?;
        self.unit().fblocks.push(FBlock::Loop {
            start,
            end,
            has_iter: false,
        });
        self.stmts(&w.body)?;
        self.unit().fblocks.pop();
        // The backward jump (where Ctrl-C lands) belongs to the body's
        // last statement, as CPython's JUMP_BACKWARD.
        if let Some(last) = w.body.last() {
            self.set_line(last.range());
        }
        self.emit(Instr::Jump(start.0));
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Instr::GetIter);
        self.bind(start);
        // Errors while iterating point at the iterable, as in CPython.
        self.set_line(f.iter.range());
        self.emit(Instr::ForIter(cleanup.0));
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::Loop {
            start,
            end,
            has_iter: true,
        });
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Jump(start.0));
        self.bind(cleanup);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `match subject: case ...`. Each case matches a copy of the subject;
    /// a pattern consumes the value on top and jumps to its fail label
    /// with it consumed. CPython: compiler_match.
    fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            let last = i + 1 == n;
            let next = self.new_label();
            self.set_line(case.pattern.range());
            if !last {
                self.emit(Instr::Copy(1));
            }
            let fail = if last { end } else { next };
            self.pattern(&case.pattern, fail)?;
            if let Some(g) = &case.guard {
                self.jump_if(g, false, fail)?;
            }
            if !last {
                self.emit(Instr::PopTop);
            }
            self.stmts(&case.body)?;
            self.emit(Instr::Jump(end.0));
            self.bind(next);
        }
        if n == 0 {
            self.emit(Instr::PopTop);
        }
        self.bind(end);
        Ok(())
    }

    /// Emit `label: pop n; jump fail` blocks after a pattern's success path.
    fn fail_blocks(&mut self, blocks: Vec<(Label, usize)>, fail: Label) {
        if blocks.is_empty() {
            return;
        }
        let done = self.new_label();
        self.emit(Instr::Jump(done.0));
        for (label, pops) in blocks {
            self.bind(label);
            for _ in 0..pops {
                self.emit(Instr::PopTop);
            }
            self.emit(Instr::Jump(fail.0));
        }
        self.bind(done);
    }

    /// Match the value on top against `p`, consuming it; on failure jump to
    /// `fail`. CPython: compiler_pattern.
    fn pattern(&mut self, p: &'a ast::Pattern, fail: Label) -> CResult {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Instr::Compare(CmpOp::Eq));
                self.emit(Instr::PopJumpIfFalse(fail.0));
            }
            P::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Value::None,
                    ast::Singleton::True => Value::Bool(true),
                    ast::Singleton::False => Value::Bool(false),
                });
                self.emit(Instr::IsOp(false));
                self.emit(Instr::PopJumpIfFalse(fail.0));
            }
            P::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => self.emit(Instr::PopTop),
                (None, Some(n)) => self.store_name(n.id.as_str()),
                (Some(sub), name) => {
                    if name.is_some() {
                        self.emit(Instr::Copy(1));
                    }
                    let f1 = self.new_label();
                    self.pattern(sub, if name.is_some() { f1 } else { fail })?;
                    if let Some(n) = name {
                        self.store_name(n.id.as_str());
                        self.fail_blocks(vec![(f1, 1)], fail);
                    }
                }
            },
            P::MatchOr(o) => {
                let success = self.new_label();
                let n = o.patterns.len();
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 == n {
                        self.pattern(alt, fail)?;
                        break;
                    }
                    let next = self.new_label();
                    self.emit(Instr::Copy(1));
                    self.pattern(alt, next)?;
                    self.emit(Instr::PopTop);
                    self.emit(Instr::Jump(success.0));
                    self.bind(next);
                }
                self.bind(success);
            }
            P::MatchSequence(s) => self.sequence_pattern(&s.patterns, fail)?,
            P::MatchMapping(m) => self.mapping_pattern(m, fail)?,
            P::MatchClass(c) => self.class_pattern(c, fail)?,
            P::MatchStar(s) => {
                return Err(syntax_error("can't use starred name here", s.range));
            }
        }
        Ok(())
    }

    fn sequence_pattern(&mut self, patterns: &'a [ast::Pattern], fail: Label) -> CResult {
        let n = patterns.len();
        let star = patterns
            .iter()
            .position(|p| matches!(p, ast::Pattern::MatchStar(_)));
        if patterns
            .iter()
            .filter(|p| matches!(p, ast::Pattern::MatchStar(_)))
            .count()
            > 1
        {
            return Err(syntax_error(
                "multiple starred names in sequence pattern",
                patterns[1].range(),
            ));
        }
        let f1 = self.new_label();
        let mut blocks = vec![(f1, 1)];
        self.emit(Instr::MatchSequence);
        self.emit(Instr::PopJumpIfFalse(f1.0));
        self.emit(Instr::GetLen);
        match star {
            None => {
                self.load_const(Value::Int(n as i64));
                self.emit(Instr::Compare(CmpOp::Eq));
            }
            Some(_) => {
                self.load_const(Value::Int(n as i64 - 1));
                self.emit(Instr::Compare(CmpOp::Ge));
            }
        }
        self.emit(Instr::PopJumpIfFalse(f1.0));
        match star {
            None => self.emit(Instr::UnpackSequence(n as u32)),
            Some(i) => self.emit(Instr::UnpackEx(i as u16, (n - i - 1) as u16)),
        }
        for (i, sub) in patterns.iter().enumerate() {
            let remaining = n - i - 1;
            if let ast::Pattern::MatchStar(s) = sub {
                match &s.name {
                    Some(name) => self.store_name(name.id.as_str()),
                    None => self.emit(Instr::PopTop),
                }
                continue;
            }
            let fi = self.new_label();
            blocks.push((fi, remaining));
            self.pattern(sub, fi)?;
        }
        self.fail_blocks(blocks, fail);
        Ok(())
    }

    fn mapping_pattern(&mut self, m: &'a ast::PatternMatchMapping, fail: Label) -> CResult {
        let f1 = self.new_label();
        let f3 = self.new_label();
        let mut blocks = vec![(f1, 1), (f3, 3)];
        self.emit(Instr::MatchMapping);
        self.emit(Instr::PopJumpIfFalse(f1.0));
        let n = m.keys.len();
        if n == 0 && m.rest.is_none() {
            self.emit(Instr::PopTop);
            self.fail_blocks(blocks, fail);
            return Ok(());
        }
        for k in &m.keys {
            self.expr(k)?;
        }
        self.emit(Instr::BuildTuple(n as u32));
        self.emit(Instr::MatchKeys);
        self.emit(Instr::Copy(1));
        self.emit(Instr::PopJumpIfNone(f3.0));
        self.emit(Instr::UnpackSequence(n as u32));
        for (i, sub) in m.patterns.iter().enumerate() {
            let fi = self.new_label();
            blocks.push((fi, n - i - 1 + 2));
            self.pattern(sub, fi)?;
        }
        match &m.rest {
            Some(r) => {
                self.emit(Instr::CopyDictWithoutKeys);
                self.store_name(r.id.as_str());
            }
            None => {
                self.emit(Instr::PopTop);
                self.emit(Instr::PopTop);
            }
        }
        self.fail_blocks(blocks, fail);
        Ok(())
    }

    fn class_pattern(&mut self, c: &'a ast::PatternMatchClass, fail: Label) -> CResult {
        self.expr(&c.cls)?;
        let names: Vec<Value> = c
            .arguments
            .keywords
            .iter()
            .map(|k| self.str_const(k.attr.id.as_str()))
            .collect();
        let npos = c.arguments.patterns.len();
        let total = npos + names.len();
        self.load_const(Value::tuple(names));
        self.emit(Instr::MatchClass(npos as u32));
        let f1 = self.new_label();
        let mut blocks = vec![(f1, 1)];
        self.emit(Instr::Copy(1));
        self.emit(Instr::PopJumpIfNone(f1.0));
        self.emit(Instr::UnpackSequence(total as u32));
        let subs = c
            .arguments
            .patterns
            .iter()
            .chain(c.arguments.keywords.iter().map(|k| &k.pattern));
        for (i, sub) in subs.enumerate() {
            let fi = self.new_label();
            blocks.push((fi, total - i - 1));
            self.pattern(sub, fi)?;
        }
        self.fail_blocks(blocks, fail);
        Ok(())
    }

    /// `async for`. CPython: compiler_async_for.
    fn async_for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        if !self.in_coroutine() {
            return Err(syntax_error("'async for' outside async function", f.range));
        }
        let start = self.new_label();
        let handler = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.set_line(f.iter.range());
        self.emit(Instr::GetAIter);
        self.bind(start);
        self.set_line(f.iter.range());
        self.emit(Instr::SetupExcept(handler.0));
        self.emit(Instr::GetANext);
        self.yield_from_loop();
        self.emit(Instr::PopBlock);
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::Loop {
            start,
            end,
            has_iter: true,
        });
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Jump(start.0));
        self.bind(handler);
        self.set_line(f.iter.range());
        self.emit(Instr::EndAsyncFor);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, range: TextRange) -> CResult {
        let blocks = self.unit().fblocks.clone();
        let mut i = blocks.len();
        loop {
            if i == 0 {
                let msg = if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                };
                return Err(syntax_error(msg, range));
            }
            i -= 1;
            if let FBlock::Loop {
                start,
                end,
                has_iter,
            } = blocks[i]
            {
                // Unwind everything inside the loop.
                for j in (i + 1..blocks.len()).rev() {
                    self.unwind_fblock(j, false, range)?;
                }
                if is_break {
                    if has_iter {
                        self.emit(Instr::PopTop);
                    }
                    self.emit(Instr::Jump(end.0));
                } else {
                    self.emit(Instr::Jump(start.0));
                }
                return Ok(());
            }
        }
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult {
        if !matches!(self.scope_kind(), ScopeKind::Function) {
            return Err(syntax_error("'return' outside function", r.range));
        }
        if r.value.is_some() && self.unit().flags & CO_ASYNC_GENERATOR != 0 {
            return Err(syntax_error(
                "'return' with value in async generator",
                r.range,
            ));
        }
        match &r.value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Value::None),
        }
        // CPython reports errors while unwinding at the value, if any.
        let at = r.value.as_ref().map_or(r.range, |v| v.range());
        let n = self.unit().fblocks.len();
        for j in (0..n).rev() {
            self.unwind_fblock(j, true, at)?;
        }
        self.set_line(r.range);
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    /// Emit the code that leaves fblock `j` early. With `preserve_tos` the
    /// value on top of the stack (a return value) is kept above.
    /// CPython: compiler_unwind_fblock.
    fn unwind_fblock(&mut self, j: usize, preserve_tos: bool, range: TextRange) -> CResult {
        let block = self.unit().fblocks[j].clone();
        match block {
            FBlock::Loop { has_iter, .. } => {
                if has_iter {
                    if preserve_tos {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::PopTop);
                }
            }
            FBlock::TryExcept => self.emit(Instr::PopBlock),
            FBlock::Finally(body) => {
                self.emit(Instr::PopBlock);
                // The finally body runs outside its own block.
                let mut saved = self.unit().fblocks.split_off(j);
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                let r = self.stmts(body);
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
                self.unit().fblocks.append(&mut saved);
                r?;
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlock::FinallyEnd => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
            }
            FBlock::Handler(name) => {
                self.emit(Instr::PopBlock);
                if name.is_some() {
                    self.emit(Instr::PopBlock);
                }
                self.clear_handler_name(name);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
            }
            FBlock::ExceptStar => {
                return Err(syntax_error(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    range,
                ));
            }
            FBlock::With(is_async) => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_with_nones(is_async);
            }
        }
        Ok(())
    }

    fn call_exit_with_nones(&mut self, is_async: bool) {
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Instr::Call(3));
        if is_async {
            self.emit(Instr::GetAwaitable(2));
            self.yield_from_loop();
        }
        self.emit(Instr::PopTop);
    }

    /// Whether `await` is allowed here: an `async def` body, or a
    /// comprehension inside one.
    fn in_coroutine(&self) -> bool {
        self.units
            .last()
            .is_some_and(|u| u.flags & (CO_COROUTINE | CO_ASYNC_GENERATOR) != 0)
    }

    fn try_handlers(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.is_star {
            self.try_star_except(t)
        } else {
            self.try_except(t)
        }
    }

    /// `try` with `except*` clauses: each clause takes its part of the
    /// remaining group, exceptions its body raises are collected, and the
    /// end re-raises what is left. CPython: codegen_try_star_except.
    fn try_star_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let reraise_star = self.new_label();
        let reraise = self.new_label();
        let end = self.new_label();
        let (orelse, cleanup) = self.protected_body(&t.body)?;
        // Stack: prev, orig, results, rest (the part no clause took yet).
        self.unit().fblocks.push(FBlock::ExceptStar);
        self.emit(Instr::BuildTempList(0));
        self.emit(Instr::Copy(2));
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let Some(ty) = &h.type_ else {
                return Err(syntax_error(
                    "expected one or more exception types",
                    h.range,
                ));
            };
            let body_error = self.new_label();
            let no_match = self.new_label();
            let next = self.new_label();
            self.expr(ty)?;
            self.emit(Instr::CheckEgMatch);
            self.emit(Instr::Copy(1));
            self.emit(Instr::PopJumpIfNone(no_match.0));
            let name = h.name.as_ref().map(|n| n.id.as_str());
            match name {
                Some(n) => self.store_name(n),
                None => self.emit(Instr::PopTop),
            }
            self.emit(Instr::SetupExcept(body_error.0));
            self.stmts(&h.body)?;
            self.emit(Instr::PopBlock);
            self.clear_handler_name(name);
            self.emit(Instr::Jump(next.0));
            // The body raised: collect the exception into results.
            self.bind(body_error);
            self.clear_handler_name(name);
            self.emit(Instr::ListAppend(2));
            self.emit(Instr::Jump(next.0));
            self.bind(no_match);
            self.emit(Instr::PopTop);
            self.bind(next);
            if i == t.handlers.len() - 1 {
                self.emit(Instr::ListAppend(1));
            }
        }
        self.unit().fblocks.pop();
        self.bind(reraise_star);
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.emit(Instr::PopJumpIfNotNone(reraise.0));
        self.emit(Instr::PopTop);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Jump(end.0));
        self.bind(reraise);
        self.emit(Instr::PopBlock);
        self.exception_cleanup_tail();
        self.exception_cleanup(cleanup);
        self.bind(orelse);
        self.stmts(&t.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name` after an `except ... as name` body.
    fn clear_handler_name(&mut self, name: Option<&str>) {
        if let Some(n) = name {
            self.load_const(Value::None);
            self.store_name(n);
            self.delete_name(n);
        }
    }

    /// The `try` body under a handler block, then the handler's entry:
    /// `prev, exc` on the stack with the cleanup block set up. Returns the
    /// labels of the `else` code and of the cleanup block, both still unbound.
    fn protected_body(&mut self, body: &'a [Stmt]) -> CResult<(Label, Label)> {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let orelse = self.new_label();
        self.emit(Instr::SetupExcept(handler.0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.emit(Instr::Jump(orelse.0));
        self.bind(handler);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::SetupCleanup(cleanup.0));
        Ok((orelse, cleanup))
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let end = self.new_label();
        let (orelse, cleanup) = self.protected_body(&t.body)?;
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit(Instr::CheckExcMatch);
                self.emit(Instr::PopJumpIfFalse(next.0));
            } else if !std::ptr::eq(h, last_handler(&t.handlers)) {
                return Err(syntax_error("default 'except:' must be last", h.range));
            }
            match &h.name {
                Some(name) => {
                    let name = name.id.as_str();
                    self.store_name(name);
                    let name_cleanup = self.new_label();
                    self.emit(Instr::SetupExcept(name_cleanup.0));
                    self.unit().fblocks.push(FBlock::Handler(Some(name)));
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopBlock);
                    self.clear_handler_name(Some(name));
                    self.emit(Instr::PopExcept);
                    self.emit(Instr::Jump(end.0));
                    // An exception inside the handler: clear the name, re-raise
                    // to the cleanup block.
                    self.bind(name_cleanup);
                    self.clear_handler_name(Some(name));
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::PopTop);
                    self.unit().fblocks.push(FBlock::Handler(None));
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.emit(Instr::Jump(end.0));
                }
            }
            self.bind(next);
        }
        // No handler matched.
        self.emit(Instr::Reraise);
        self.exception_cleanup(cleanup);
        self.bind(orelse);
        self.stmts(&t.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// The cleanup block of a handler: an exception raised while handling
    /// restores the previous exception state and propagates.
    /// CPython: compile.c's `cleanup` label (SWAP 2, POP_EXCEPT, RERAISE 1).
    fn exception_cleanup(&mut self, cleanup: Label) {
        self.bind(cleanup);
        self.exception_cleanup_tail();
    }

    /// `prev, exc` -> restore `prev` as the handled exception, raise `exc`.
    fn exception_cleanup_tail(&mut self) {
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.emit(Instr::SetupExcept(handler.0));
        self.unit().fblocks.push(FBlock::Finally(&t.finalbody));
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            self.try_handlers(t)?;
        }
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(&t.finalbody)?;
        self.emit(Instr::Jump(end.0));
        self.bind(handler);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::SetupCleanup(cleanup.0));
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.stmts(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Reraise);
        self.exception_cleanup(cleanup);
        self.bind(end);
        Ok(())
    }

    /// `with` / `async with`. CPython: compiler_with / compiler_async_with.
    fn with_stmt(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let exc = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_line(item.range);
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit(Instr::GetAwaitable(1));
            self.yield_from_loop();
        } else {
            self.emit(Instr::BeforeWith);
        }
        self.emit(Instr::SetupCleanup(exc.0));
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(Instr::PopTop),
        }
        self.unit().fblocks.push(FBlock::With(is_async));
        self.with_stmt(rest, body, is_async)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.set_line(item.range);
        self.call_exit_with_nones(is_async);
        self.emit(Instr::Jump(end.0));
        self.bind(exc);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::SetupCleanup(cleanup.0));
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.emit(Instr::GetAwaitable(2));
            self.yield_from_loop();
        }
        self.emit(Instr::PopJumpIfTrue(suppress.0));
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.emit(Instr::Jump(end.0));
        self.exception_cleanup(cleanup);
        self.bind(end);
        Ok(())
    }

    // ------------------------------------------------ functions, classes

    /// Push defaults/kwdefaults; returns MakeFunction flags.
    fn function_defaults(&mut self, p: Option<&'a ast::Parameters>) -> CResult<u32> {
        let Some(p) = p else {
            return Ok(0);
        };
        let mut flags = 0;
        let defaults: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(defaults.len() as u32));
            flags |= 1;
        }
        let kwdefaults: Vec<(&str, &Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|a| {
                a.default
                    .as_deref()
                    .map(|d| (a.parameter.name.id.as_str(), d))
            })
            .collect();
        if !kwdefaults.is_empty() {
            for (name, d) in &kwdefaults {
                let k = self.mangled(name);
                let k = self.str_const(&k);
                self.load_const(k);
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kwdefaults.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    fn qualname_for(&self, name: &str) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        let pk = self.table.scopes[parent.scope].kind;
        match pk {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", parent.qualname, name),
            _ => format!("{}.<locals>.{}", parent.qualname, name),
        }
    }

    fn set_params(&mut self, p: Option<&ast::Parameters>) {
        let Some(p) = p else {
            return;
        };
        let u = self.unit();
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= CO_VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= CO_VARKEYWORDS;
        }
    }

    /// Emit the closure tuple for a child scope and `MakeFunction`.
    /// Push a lazy `__annotate__` for `(name, annotation)` pairs: the
    /// names and each annotation's source range, compiled when evaluated.
    /// Under `from __future__ import annotations`, push the dict of their
    /// strings instead. Returns the name a class or module stores it as.
    fn emit_annotate(&mut self, items: &[(String, &'a Expr)]) -> &'static str {
        if self.future_annotations {
            for (name, e) in items {
                let key = self.str_const(name);
                self.load_const(key);
                let text = crate::unparse::unparse(e).unwrap_or_else(|| {
                    self.source[e.range().start().to_usize()..e.range().end().to_usize()]
                        .to_string()
                });
                let v = self.str_const(&text);
                self.load_const(v);
            }
            self.emit(Instr::BuildMap(items.len() as u32));
            return "__annotations__";
        }
        let names: Vec<Value> = items.iter().map(|(n, _)| self.str_const(n)).collect();
        let ranges: Vec<Value> = items
            .iter()
            .map(|(_, e)| {
                let r = e.range();
                Value::tuple(vec![
                    Value::Int(r.start().to_u32() as i64),
                    Value::Int(r.end().to_u32() as i64),
                ])
            })
            .collect();
        self.load_const(Value::tuple(names));
        self.load_const(Value::tuple(ranges));
        self.emit(Instr::MakeAnnotate);
        "__annotate__"
    }

    fn make_function(&mut self, code: Rc<Code>, mut flags: u32) {
        if !code.freevars.is_empty() {
            let frees: Vec<String> = code
                .freevars
                .iter()
                .map(|f| f.as_str().to_string())
                .collect();
            for f in &frees {
                let idx = self.cell_index(f).unwrap_or(0);
                self.emit(Instr::LoadClosure(idx));
            }
            self.emit(Instr::BuildTuple(frees.len() as u32));
            flags |= 8;
        }
        self.load_const(Value::Code(code));
        self.emit(Instr::MakeFunction(flags));
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        let mut flags = self.function_defaults(Some(&f.parameters))?;
        let annotations = parameter_annotations(&f.parameters, f.returns.as_deref());
        if !annotations.is_empty() {
            self.emit_annotate(&annotations);
            flags |= 4;
        }
        let scope = self.table.by_node[&node_key(f)];
        let name = f.name.id.as_str();
        let qualname = self.qualname_for(name);
        let line = self.line_of(f.range);
        let first_line = f
            .decorator_list
            .first()
            .map(|d| self.line_of(d.range))
            .unwrap_or(line);
        self.push_unit(scope, name, &qualname, first_line);
        self.set_params(Some(&f.parameters));
        let is_gen = self.table.scopes[scope].is_generator;
        if is_gen {
            self.unit().flags |= CO_GENERATOR;
        }
        if f.is_async {
            self.unit().flags &= !CO_GENERATOR;
            self.unit().flags |= if is_gen {
                CO_ASYNC_GENERATOR
            } else {
                CO_COROUTINE
            };
        }
        // A docstring is the first constant.
        if let Some(Stmt::Expr(e)) = f.body.first() {
            if let Expr::StringLiteral(s) = &*e.value {
                let doc = s.value.to_str().to_string();
                let v = self.str_const(&doc);
                self.const_index(v);
            } else {
                self.const_index(Value::None);
            }
        } else {
            self.const_index(Value::None);
        }
        self.stmts(&f.body)?;
        self.load_const(Value::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.set_line(f.range);
        self.make_function(code, flags);
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(name);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        if c.type_params.is_some() {
            return Err(unsupported("generic class syntax", c.range));
        }
        let scope = self.table.by_node[&node_key(c)];
        let name = c.name.id.as_str();
        let qualname = self.qualname_for(name);
        let line = self.line_of(c.range);
        self.emit(Instr::LoadBuildClass);
        self.push_unit(scope, name, &qualname, line);
        self.unit().private = Some(name.to_string());
        let n = self.name_index("__name__");
        self.emit(Instr::LoadName(n));
        let m = self.name_index("__module__");
        self.emit(Instr::StoreName(m));
        let q = self.str_const(&qualname);
        self.load_const(q);
        let qn = self.name_index("__qualname__");
        self.emit(Instr::StoreName(qn));
        self.docstring(&c.body)?;
        let annotations = annotated_names(&c.body);
        if !annotations.is_empty() {
            let target = self.emit_annotate(&annotations);
            let a = self.name_index(target);
            self.emit(Instr::StoreName(a));
        }
        self.stmts(&c.body)?;
        if self.table.scopes[scope].needs_class_cell {
            let idx = self.cell_index("__class__").unwrap_or(0);
            self.emit(Instr::LoadClosure(idx));
            let cc = self.name_index("__classcell__");
            self.emit(Instr::StoreName(cc));
        }
        self.load_const(Value::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.set_line(c.range);
        self.make_function(code, 0);
        let nm = self.str_const(name);
        self.load_const(nm);
        let (args, keywords): (&[Expr], &[ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.call_args(args, keywords, 2)?;
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(name);
        Ok(())
    }

    // --------------------------------------------------------- targets

    fn store_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.attr_index(a.attr.id.as_str());
                self.emit(Instr::StoreAttr(n));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(tu) => self.unpack(&tu.elts, tu.range)?,
            Expr::List(l) => self.unpack(&l.elts, l.range)?,
            Expr::Starred(s) => {
                return Err(syntax_error(
                    "starred assignment target must be in a list or tuple",
                    s.range,
                ))
            }
            other => {
                return Err(syntax_error(
                    format!("cannot assign to {}", expr_kind_name(other)),
                    other.range(),
                ))
            }
        }
        Ok(())
    }

    fn unpack(&mut self, elts: &'a [Expr], range: TextRange) -> CResult {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        match star {
            None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
            Some(i) => {
                if elts
                    .iter()
                    .filter(|e| matches!(e, Expr::Starred(_)))
                    .count()
                    > 1
                {
                    return Err(syntax_error(
                        "multiple starred expressions in assignment",
                        range,
                    ));
                }
                self.emit(Instr::UnpackEx(i as u16, (elts.len() - i - 1) as u16));
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.attr_index(a.attr.id.as_str());
                self.emit(Instr::DeleteAttr(n));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.delete_target(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
            }
            other => {
                return Err(syntax_error(
                    format!("cannot delete {}", expr_kind_name(other)),
                    other.range(),
                ))
            }
        }
        Ok(())
    }

    // ----------------------------------------------------- expressions

    /// Jump to `target` when `e`'s truth equals `when`.
    fn jump_if(&mut self, e: &'a Expr, when: bool, target: Label) -> CResult {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.jump_if(&u.operand, !when, target)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                // (a and b) jumps on false if either is false.
                if is_and != when {
                    for v in &b.values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = b.values.len();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, target)?;
                        }
                    }
                    self.bind(skip);
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                if when {
                    self.emit(Instr::PopJumpIfTrue(target.0));
                } else {
                    self.emit(Instr::PopJumpIfFalse(target.0));
                }
                Ok(())
            }
        }
    }

    fn expr(&mut self, e: &'a Expr) -> CResult {
        if self.depth >= MAX_COMPILE_DEPTH {
            return Err(CompileError {
                msg: "maximum recursion depth exceeded during compilation".into(),
                offset: e.range().start().to_u32(),
                end: e.range().start().to_u32(),
                kind: CompileErrorKind::TooDeep,
            });
        }
        self.depth += 1;
        let saved = (self.unit().line, self.unit().pos);
        self.set_line(e.range());
        let r = self.expr_inner(e);
        (self.unit().line, self.unit().pos) = saved;
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::NumberLiteral(n) => {
                let v = match &n.value {
                    ast::Number::Int(i) => match i.as_i64() {
                        Some(v) => Value::Int(v),
                        None => parse_big_literal(&i.to_string(), n.range)?,
                    },
                    ast::Number::Float(f) => Value::Float(*f),
                    ast::Number::Complex { imag, .. } => rspy_objects::complex::new(0.0, *imag),
                };
                self.load_const(v);
            }
            Expr::StringLiteral(s) => {
                if has_surrogate_escape(
                    &self.source[s.range.start().to_usize()..s.range.end().to_usize()],
                ) {
                    return Err(unsupported(
                        "a lone surrogate code point in a str literal",
                        s.range,
                    ));
                }
                let v = self.str_const(s.value.to_str());
                self.load_const(v);
            }
            Expr::BytesLiteral(b) => {
                let data: Vec<u8> = b.value.bytes().collect();
                self.load_const(Value::Bytes(Rc::new(rspy_objects::value::PyBytes { data })));
            }
            Expr::BooleanLiteral(b) => self.load_const(Value::Bool(b.value)),
            Expr::NoneLiteral(_) => self.load_const(Value::None),
            Expr::EllipsisLiteral(_) => self.load_const(Value::Ellipsis),
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_line(b.range);
                self.emit(Instr::BinaryOp(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                };
                self.emit(Instr::Unary(op));
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        match b.op {
                            ast::BoolOp::And => self.emit(Instr::JumpIfFalseOrPop(end.0)),
                            ast::BoolOp::Or => self.emit(Instr::JumpIfTrueOrPop(end.0)),
                        }
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit(Instr::Jump(end.0));
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.store_target(&n.target)?;
            }
            Expr::Tuple(t) => self.sequence(&t.elts, SeqKind::Tuple)?,
            Expr::List(l) => self.sequence(&l.elts, SeqKind::List)?,
            Expr::Set(s) => self.sequence(&s.elts, SeqKind::Set)?,
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line(a.range);
                let n = self.attr_index(a.attr.id.as_str());
                self.emit(Instr::LoadAttr(n));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_line(s.range);
                self.emit(Instr::BinarySubscr);
            }
            Expr::Slice(s) => {
                let mut n = 2;
                match &s.lower {
                    Some(x) => self.expr(x)?,
                    None => self.load_const(Value::None),
                }
                match &s.upper {
                    Some(x) => self.expr(x)?,
                    None => self.load_const(Value::None),
                }
                if let Some(x) = &s.step {
                    self.expr(x)?;
                    n = 3;
                }
                self.emit(Instr::BuildSlice(n));
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Lambda(l) => {
                let flags = self.function_defaults(l.parameters.as_deref())?;
                let scope = self.table.by_node[&node_key(l)];
                let qualname = self.qualname_for("<lambda>");
                let line = self.line_of(l.range);
                self.push_unit(scope, "<lambda>", &qualname, line);
                self.set_params(l.parameters.as_deref());
                if self.table.scopes[scope].is_generator {
                    self.unit().flags |= CO_GENERATOR;
                }
                self.const_index(Value::None);
                self.expr(&l.body)?;
                self.emit(Instr::ReturnValue);
                let code = self.pop_unit();
                self.make_function(code, flags);
            }
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => return Err(unsupported("template strings", t.range)),
            Expr::ListComp(c) => {
                self.comprehension(node_key(c), &c.generators, CompKind::List(&c.elt), c.range)?
            }
            Expr::SetComp(c) => {
                self.comprehension(node_key(c), &c.generators, CompKind::Set(&c.elt), c.range)?
            }
            Expr::DictComp(c) => {
                let Some(k) = &c.key else {
                    return Err(unsupported("dict unpacking in comprehension", c.range));
                };
                self.comprehension(
                    node_key(c),
                    &c.generators,
                    CompKind::Dict(k, &c.value),
                    c.range,
                )?
            }
            Expr::Generator(c) => {
                self.comprehension(node_key(c), &c.generators, CompKind::Gen(&c.elt), c.range)?
            }
            Expr::Yield(y) => {
                if !matches!(
                    self.scope_kind(),
                    ScopeKind::Function | ScopeKind::Comprehension
                ) {
                    return Err(syntax_error("'yield' outside function", y.range));
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                if self.unit().flags & CO_ASYNC_GENERATOR != 0 {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                if !matches!(
                    self.scope_kind(),
                    ScopeKind::Function | ScopeKind::Comprehension
                ) {
                    return Err(syntax_error("'yield' outside function", y.range));
                }
                if self.in_coroutine() {
                    return Err(syntax_error("'yield from' inside async function", y.range));
                }
                self.expr(&y.value)?;
                self.emit(Instr::GetYieldFromIter);
                self.yield_from_loop();
            }
            Expr::Await(a) => {
                if !self.in_coroutine() {
                    return Err(syntax_error("'await' outside async function", a.range));
                }
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Instr::GetAwaitable(0));
                self.yield_from_loop();
            }
            Expr::Starred(s) => {
                return Err(syntax_error("can't use starred expression here", s.range))
            }
            Expr::IpyEscapeCommand(c) => return Err(syntax_error("invalid syntax", c.range)),
        }
        Ok(())
    }

    /// `yield from` / `await` on the iterator on top. CPython: the
    /// SEND / YIELD_VALUE / JUMP_BACKWARD_NO_INTERRUPT loop.
    fn yield_from_loop(&mut self) {
        let start = self.new_label();
        let exit = self.new_label();
        self.load_const(Value::None);
        self.bind(start);
        self.emit(Instr::Send(exit.0));
        self.emit(Instr::YieldValue);
        self.emit(Instr::Jump(start.0));
        self.bind(exit);
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            self.set_line(c.range);
            if i + 1 < n {
                self.emit(Instr::Swap(2));
                self.emit(Instr::Copy(2));
                self.cmp_op(*op);
                self.emit(Instr::JumpIfFalseOrPop(cleanup.0));
            } else {
                self.cmp_op(*op);
            }
        }
        if n > 1 {
            self.emit(Instr::Jump(end.0));
            self.bind(cleanup);
            self.emit(Instr::Swap(2));
            self.emit(Instr::PopTop);
            self.bind(end);
        }
        Ok(())
    }

    fn cmp_op(&mut self, op: ast::CmpOp) {
        let i = match op {
            ast::CmpOp::Eq => Instr::Compare(CmpOp::Eq),
            ast::CmpOp::NotEq => Instr::Compare(CmpOp::Ne),
            ast::CmpOp::Lt => Instr::Compare(CmpOp::Lt),
            ast::CmpOp::LtE => Instr::Compare(CmpOp::Le),
            ast::CmpOp::Gt => Instr::Compare(CmpOp::Gt),
            ast::CmpOp::GtE => Instr::Compare(CmpOp::Ge),
            ast::CmpOp::Is => Instr::IsOp(false),
            ast::CmpOp::IsNot => Instr::IsOp(true),
            ast::CmpOp::In => Instr::ContainsOp(false),
            ast::CmpOp::NotIn => Instr::ContainsOp(true),
        };
        self.emit(i);
    }

    fn sequence(&mut self, elts: &'a [Expr], kind: SeqKind) -> CResult {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if kind == SeqKind::Set && elts.len() > 2 && elts.iter().all(is_constant) {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(Instr::BuildConstSet(elts.len() as u32));
            return Ok(());
        }
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                SeqKind::Tuple => Instr::BuildTuple(n),
                SeqKind::List => Instr::BuildList(n),
                SeqKind::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        match kind {
            SeqKind::Set => self.emit(Instr::BuildSet(0)),
            SeqKind::List => self.emit(Instr::BuildList(0)),
            SeqKind::Tuple => self.emit(Instr::BuildTempList(0)),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    match kind {
                        SeqKind::Set => self.emit(Instr::SetUpdate(1)),
                        _ => self.emit(Instr::ListExtend(1)),
                    }
                }
                other => {
                    self.expr(other)?;
                    match kind {
                        SeqKind::Set => self.emit(Instr::SetAdd(1)),
                        _ => self.emit(Instr::ListAppend(1)),
                    }
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &'a ast::ExprDict) -> CResult {
        let has_unpack = d.items.iter().any(|i| i.key.is_none());
        if !has_unpack {
            for item in &d.items {
                if let Some(k) = &item.key {
                    self.expr(k)?;
                }
                self.expr(&item.value)?;
            }
            self.emit(Instr::BuildMap(d.items.len() as u32));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.expr(&item.value)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        let args = &c.arguments.args;
        let keywords = &c.arguments.keywords;
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !keywords.iter().any(|k| k.arg.is_none());
        if let (Expr::Attribute(a), true) = (&*c.func, simple) {
            self.expr(&a.value)?;
            self.set_line(a.range);
            let n = self.attr_index(a.attr.id.as_str());
            self.emit(Instr::LoadMethod(n));
            for x in args.iter() {
                self.expr(x)?;
            }
            for k in keywords.iter() {
                self.expr(&k.value)?;
            }
            let nargs = (args.len() + keywords.len()) as u32;
            self.set_line(c.range());
            if keywords.is_empty() {
                self.emit(Instr::CallMethod(nargs));
            } else {
                let names = self.kw_names(keywords)?;
                self.load_const(names);
                self.emit(Instr::CallMethodKw(nargs));
            }
            return Ok(());
        }
        self.expr(&c.func)?;
        self.call_args(args, keywords, 0)?;
        Ok(())
    }

    /// Compile call arguments for the callable on the stack (plus `extra`
    /// positional values already pushed) and emit the call.
    fn call_args(&mut self, args: &'a [Expr], keywords: &'a [ast::Keyword], extra: u32) -> CResult {
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.emit(Instr::Call(extra + args.len() as u32));
                return Ok(());
            }
            let names = self.kw_names(keywords)?;
            for k in keywords.iter() {
                self.expr(&k.value)?;
            }
            self.load_const(names);
            self.emit(Instr::CallKw(extra + (args.len() + keywords.len()) as u32));
            return Ok(());
        }
        // General form: build a positional tuple and a kwargs dict.
        self.emit(Instr::BuildTempList(extra));
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Instr::CallArgsExtend(1));
                }
                other => {
                    self.expr(other)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        self.emit(Instr::ListToTuple);
        if keywords.is_empty() {
            self.emit(Instr::CallEx(false));
            return Ok(());
        }
        self.emit(Instr::BuildTempMap);
        for k in keywords.iter() {
            match &k.arg {
                Some(name) => {
                    let v = self.str_const(name.id.as_str());
                    self.load_const(v);
                    self.expr(&k.value)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallEx(true));
        Ok(())
    }

    fn kw_names(&mut self, keywords: &'a [ast::Keyword]) -> CResult<Value> {
        let mut names = Vec::new();
        for k in keywords {
            let Some(n) = &k.arg else {
                return Err(syntax_error("invalid syntax", k.range));
            };
            if names
                .iter()
                .any(|v: &Value| v.as_str() == Some(n.id.as_str()))
            {
                return Err(syntax_error(
                    format!("keyword argument repeated: {}", n.id.as_str()),
                    k.range,
                ));
            }
            names.push(self.str_const(n.id.as_str()));
        }
        Ok(Value::tuple(names))
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut count = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => {
                    let v = self.str_const(&s.value);
                    self.load_const(v);
                    count += 1;
                }
                ast::FStringPart::FString(fs) => {
                    count += self.fstring_elements(&fs.elements)?;
                }
            }
        }
        if count != 1 {
            self.emit(Instr::BuildString(count));
        } else {
            // A single piece may be a non-str literal-free value already str.
            self.emit(Instr::BuildString(1));
        }
        Ok(())
    }

    fn fstring_elements(&mut self, els: &'a ast::InterpolatedStringElements) -> CResult<u32> {
        let mut count = 0;
        for el in els.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    let v = self.str_const(&l.value);
                    self.load_const(v);
                    count += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(d) = &i.debug_text {
                        let text = format!("{}{}{}", d.leading(), d.expression(), d.trailing());
                        let v = self.str_const(&text);
                        self.load_const(v);
                        count += 1;
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    let mut flags = conv;
                    if let Some(spec) = &i.format_spec {
                        let n = self.fstring_elements(&spec.elements)?;
                        self.emit(Instr::BuildString(n));
                        flags |= 4;
                    }
                    self.emit(Instr::FormatValue(flags));
                    count += 1;
                }
            }
        }
        Ok(count)
    }

    fn comprehension(
        &mut self,
        key: usize,
        generators: &'a [ast::Comprehension],
        kind: CompKind<'a>,
        range: TextRange,
    ) -> CResult {
        let scope = self.table.by_node[&key];
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let is_async = self.table.scopes[scope].is_coroutine;
        let is_gen = matches!(kind, CompKind::Gen(_));
        if is_async && !is_gen && !self.in_coroutine() {
            return Err(syntax_error(
                "asynchronous comprehension outside of an asynchronous function",
                range,
            ));
        }
        let Some(first) = generators.first() else {
            return Err(syntax_error("invalid syntax", range));
        };
        if let CompKind::List(e) | CompKind::Set(e) | CompKind::Gen(e) = kind {
            if let Expr::Starred(s) = e {
                return Err(syntax_error(
                    "iterable unpacking cannot be used in comprehension",
                    s.range,
                ));
            }
        }
        self.expr(&first.iter)?;
        self.emit(if first.is_async {
            Instr::GetAIter
        } else {
            Instr::GetIter
        });
        let qualname = self.qualname_for(name);
        let line = self.line_of(range);
        self.push_unit(scope, name, &qualname, line);
        self.unit().argcount = 1;
        self.unit().flags |= match (is_gen, is_async) {
            (true, false) => CO_GENERATOR,
            (true, true) => CO_ASYNC_GENERATOR,
            (false, false) => CO_INLINED_COMPREHENSION,
            (false, true) => CO_INLINED_COMPREHENSION | CO_COROUTINE,
        };
        match kind {
            CompKind::List(_) => self.emit(Instr::BuildList(0)),
            CompKind::Set(_) => self.emit(Instr::BuildSet(0)),
            CompKind::Dict(..) => self.emit(Instr::BuildMap(0)),
            CompKind::Gen(_) => {}
        }
        self.comp_generator(generators, 0, kind)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.load_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_function(code, 0);
        self.emit(Instr::Swap(2));
        self.emit(Instr::Call(1));
        if is_async && !is_gen {
            self.emit(Instr::GetAwaitable(0));
            self.yield_from_loop();
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        depth: usize,
        kind: CompKind<'a>,
    ) -> CResult {
        let g = &generators[depth];
        let start = self.new_label();
        let end = self.new_label();
        let handler = self.new_label();
        if depth == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async {
                Instr::GetAIter
            } else {
                Instr::GetIter
            });
        }
        self.bind(start);
        if g.is_async {
            self.emit(Instr::SetupExcept(handler.0));
            self.emit(Instr::GetANext);
            self.yield_from_loop();
            self.emit(Instr::PopBlock);
        } else {
            self.emit(Instr::ForIter(end.0));
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if depth + 1 < generators.len() {
            self.comp_generator(generators, depth + 1, kind)?;
        } else {
            let d = generators.len() as u32 + 1;
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(Instr::ListAppend(d));
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(Instr::SetAdd(d));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(d));
                }
                CompKind::Gen(e) => {
                    self.expr(e)?;
                    if self.unit().flags & CO_ASYNC_GENERATOR != 0 {
                        self.emit(Instr::AsyncGenWrap);
                    }
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
            }
        }
        self.emit(Instr::Jump(start.0));
        if g.is_async {
            self.bind(handler);
            self.emit(Instr::EndAsyncFor);
        }
        self.bind(end);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameOp {
    Load,
    Store,
    Delete,
}

/// Where a name lives, as `name_op` decides it.
#[derive(Clone, Copy)]
enum Place {
    Fast(u32),
    Deref(u32),
    ClassDeref(u32),
    Global(u32),
    Name(u32),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    Tuple,
    List,
    Set,
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

fn last_handler(hs: &[ast::ExceptHandler]) -> &ast::ExceptHandlerExceptHandler {
    let ast::ExceptHandler::ExceptHandler(h) = &hs[hs.len() - 1];
    h
}

/// Whether a (non-raw) string literal's source spells a lone surrogate
/// (`\ud800`..`\udfff`), which a Rust `str` cannot hold.
fn has_surrogate_escape(text: &str) -> bool {
    let prefix: String = text
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    if prefix.to_ascii_lowercase().contains('r') {
        return false;
    }
    let b = text.as_bytes();
    let mut i = 0;
    while i + 5 < b.len() {
        if b[i] == b'\\' {
            if b[i + 1] == b'u'
                && matches!(b[i + 2], b'd' | b'D')
                && matches!(b[i + 3], b'8'..=b'9' | b'a'..=b'f' | b'A'..=b'F')
            {
                return true;
            }
            i += 2;
            continue;
        }
        i += 1;
    }
    false
}

/// A literal CPython's compiler folds into a constant.
fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::Tuple(t) => t.elts.iter().all(is_constant),
        Expr::UnaryOp(u) => {
            matches!(
                u.op,
                ast::UnaryOp::USub | ast::UnaryOp::UAdd | ast::UnaryOp::Invert
            ) && matches!(&*u.operand, Expr::NumberLiteral(_))
        }
        _ => false,
    }
}

fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn expr_kind_name(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => "literal",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Lambda(_) => "lambda",
        Expr::Compare(_) => "comparison",
        Expr::FString(_) => "f-string expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::If(_) => "conditional expression",
        Expr::BoolOp(_) => "expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Named(_) => "named expression",
        _ => "expression",
    }
}

/// An int literal too big for i64 (decimal, hex, octal or binary).
fn parse_big_literal(text: &str, range: TextRange) -> CResult<Value> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    match BigInt::parse_bytes(digits.as_bytes(), radix) {
        Some(b) => Ok(Value::from_bigint(b)),
        None => Err(syntax_error("invalid int literal", range)),
    }
}

/// Simple-name annotations (`x: T`) of a class or module body, in order,
/// not looking into nested functions or classes. CPython: the
/// Whether the module opens (after its docstring and other future
/// imports) with `from __future__ import annotations`.
/// CPython: Python/future.c future_parse.
fn has_future_annotations(body: &[Stmt]) -> bool {
    let mut stmts = body.iter().peekable();
    if let Some(Stmt::Expr(e)) = stmts.peek() {
        if matches!(&*e.value, Expr::StringLiteral(_)) {
            stmts.next();
        }
    }
    for s in stmts {
        match s {
            Stmt::ImportFrom(i)
                if i.module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "__future__") =>
            {
                if i.names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// annotations a class's or module's `__annotate__` returns.
fn annotated_names(body: &[Stmt]) -> Vec<(String, &Expr)> {
    let mut out = Vec::new();
    collect_annotations(body, &mut out);
    out
}

fn collect_annotations<'a>(body: &'a [Stmt], out: &mut Vec<(String, &'a Expr)>) {
    for s in body {
        match s {
            Stmt::AnnAssign(a) => {
                if let (Expr::Name(n), true) = (&*a.target, a.simple) {
                    out.push((n.id.as_str().to_string(), &*a.annotation));
                }
            }
            Stmt::If(i) => {
                collect_annotations(&i.body, out);
                for c in &i.elif_else_clauses {
                    collect_annotations(&c.body, out);
                }
            }
            Stmt::For(f) => {
                collect_annotations(&f.body, out);
                collect_annotations(&f.orelse, out);
            }
            Stmt::While(w) => {
                collect_annotations(&w.body, out);
                collect_annotations(&w.orelse, out);
            }
            Stmt::With(w) => collect_annotations(&w.body, out),
            Stmt::Try(t) => {
                collect_annotations(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    collect_annotations(&h.body, out);
                }
                collect_annotations(&t.orelse, out);
                collect_annotations(&t.finalbody, out);
            }
            _ => {}
        }
    }
}

/// A function's parameter and return annotations, in CPython's order.
fn parameter_annotations<'a>(
    p: &'a ast::Parameters,
    returns: Option<&'a Expr>,
) -> Vec<(String, &'a Expr)> {
    let mut out = Vec::new();
    let mut add = |name: &str, ann: Option<&'a Expr>| {
        if let Some(a) = ann {
            out.push((name.to_string(), a));
        }
    };
    for a in p.posonlyargs.iter().chain(&p.args) {
        add(
            a.parameter.name.id.as_str(),
            a.parameter.annotation.as_deref(),
        );
    }
    if let Some(v) = &p.vararg {
        add(v.name.id.as_str(), v.annotation.as_deref());
    }
    for a in &p.kwonlyargs {
        add(
            a.parameter.name.id.as_str(),
            a.parameter.annotation.as_deref(),
        );
    }
    if let Some(k) = &p.kwarg {
        add(k.name.id.as_str(), k.annotation.as_deref());
    }
    add("return", returns);
    out
}

/// Replace the first instruction of common pairs by a fused one that
/// does both and skips the second, saving a dispatch. The second stays
/// in place, so a jump that lands on it still runs it alone, and errors
/// of the second half are reported at its index (positions, lines).
/// CPython: superinstructions (LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST).
fn fuse_pairs(instrs: &mut [Instr]) {
    let narrow = |a: u32, b: u32| Some((u16::try_from(a).ok()?, u16::try_from(b).ok()?));
    let mut i = 0;
    while i + 1 < instrs.len() {
        let fused = match (instrs[i], instrs[i + 1]) {
            (Instr::LoadConst(c), Instr::BinaryOp(op)) => Some(Instr::BinaryOpConst(op, c)),
            (Instr::LoadConst(c), Instr::InplaceOp(op)) => Some(Instr::InplaceOpConst(op, c)),
            (Instr::LoadFast(a), Instr::LoadFast(b)) => {
                narrow(a, b).map(|(a, b)| Instr::LoadFastPair(a, b))
            }
            (Instr::StoreFast(a), Instr::LoadFast(b)) => {
                narrow(a, b).map(|(a, b)| Instr::StoreFastLoadFast(a, b))
            }
            (Instr::LoadFast(a), Instr::LoadAttr(n)) => {
                narrow(a, n).map(|(a, n)| Instr::LoadFastAttr(a, n))
            }
            _ => None,
        };
        match fused {
            Some(f) => {
                instrs[i] = f;
                i += 2;
            }
            None => i += 1,
        }
    }
}
