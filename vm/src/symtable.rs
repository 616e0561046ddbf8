//! Scope analysis: which names are local, global, free or cell in each
//! function, class, lambda and comprehension. Runs over the whole module
//! before compiling so that closures know what to capture. CPython:
//! Python/symtable.c.

use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;
use ruff_python_ast::{self as ast, Expr, Stmt};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

/// How a name is reached inside one scope.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NameScope {
    /// Fast local of a function.
    Local,
    /// A local captured by an inner scope.
    Cell,
    /// A variable of an enclosing function.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere visible: globals, then builtins.
    GlobalImplicit,
    /// Module and class bodies: the namespace dict.
    Name,
}

const ASSIGNED: u8 = 1;
const PARAM: u8 = 2;
const USED: u8 = 4;
const GLOBAL: u8 = 8;
const NONLOCAL: u8 = 16;
/// A comprehension's iteration variable. CPython: DEF_COMP_ITER.
const COMP_ITER: u8 = 32;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    symbols: IndexMap<String, u8>,
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub resolved: HashMap<String, NameScope>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// Where each `nonlocal` name was declared, for the "no binding" error.
    nonlocal_at: HashMap<String, u32>,
    /// A class body whose methods use `super()`/`__class__`.
    pub needs_class_cell: bool,
    /// A function that may need the implicit `__class__` cell.
    uses_super: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: IndexMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            resolved: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            nonlocal_at: HashMap::new(),
            needs_class_cell: false,
            uses_super: false,
        }
    }

    fn flag(&mut self, name: &str, f: u8) {
        *self.symbols.entry(name.to_string()).or_insert(0) |= f;
    }

    /// Locals in order of first appearance (parameters first).
    pub fn local_names(&self) -> Vec<String> {
        let mut out = self.params.clone();
        for (name, f) in &self.symbols {
            if f & (ASSIGNED | PARAM) != 0 && f & (GLOBAL | NONLOCAL) == 0 && !out.contains(name) {
                out.push(name.clone());
            }
        }
        out
    }

    pub fn scope_of(&self, name: &str) -> NameScope {
        if let Some(s) = self.resolved.get(name) {
            return *s;
        }
        match self.kind {
            ScopeKind::Module => NameScope::Name,
            ScopeKind::Class => NameScope::Name,
            _ => NameScope::GlobalImplicit,
        }
    }
}

/// An error found during analysis, at a source offset.
pub struct SymtableError {
    pub msg: String,
    pub offset: u32,
    /// Nesting too deep to analyse (a RecursionError, not a SyntaxError).
    pub too_deep: bool,
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// AST node address -> scope index.
    pub by_node: HashMap<usize, usize>,
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymbolTable {
    pub fn build(module: &[Stmt]) -> Result<SymbolTable, SymtableError> {
        let mut b = Builder {
            depth: 0,
            private: None,
            scopes: vec![Scope::new(ScopeKind::Module, "<module>")],
            by_node: HashMap::new(),
            stack: vec![0],
            comp_iter_expr: 0,
            saved_comp_iter: Vec::new(),
        };
        for s in module {
            b.stmt(s)?;
        }
        let mut t = SymbolTable {
            scopes: b.scopes,
            by_node: b.by_node,
        };
        t.analyze(0, &HashSet::new())?;
        Ok(t)
    }

    /// Resolve names; returns the free names this scope needs from outside.
    fn analyze(
        &mut self,
        idx: usize,
        enclosing: &HashSet<String>,
    ) -> Result<HashSet<String>, SymtableError> {
        let kind = self.scopes[idx].kind;
        let locals: HashSet<String> = self.scopes[idx].local_names().into_iter().collect();
        let mut bound_for_children = match kind {
            ScopeKind::Module => HashSet::new(),
            ScopeKind::Class => enclosing.clone(),
            _ => enclosing.union(&locals).cloned().collect(),
        };
        if kind == ScopeKind::Class {
            bound_for_children.insert("__class__".to_string());
        }
        let children = self.scopes[idx].children.clone();
        let mut child_free: HashSet<String> = HashSet::new();
        for c in children {
            let f = self.analyze(c, &bound_for_children)?;
            if self.scopes[c].uses_super && kind == ScopeKind::Class {
                self.scopes[idx].needs_class_cell = true;
            }
            child_free.extend(f);
        }
        let mut free: HashSet<String> = HashSet::new();
        let symbols: Vec<(String, u8)> = self.scopes[idx]
            .symbols
            .iter()
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        let scope = &mut self.scopes[idx];
        for (name, f) in &symbols {
            let r = if f & GLOBAL != 0 {
                NameScope::GlobalExplicit
            } else if f & NONLOCAL != 0 {
                if !enclosing.contains(name) {
                    if let Some(&offset) = scope.nonlocal_at.get(name) {
                        return Err(SymtableError {
                            msg: format!("no binding for nonlocal '{name}' found"),
                            offset,
                            too_deep: false,
                        });
                    }
                }
                free.insert(name.clone());
                NameScope::Free
            } else if locals.contains(name) {
                match kind {
                    ScopeKind::Module | ScopeKind::Class => NameScope::Name,
                    _ => NameScope::Local,
                }
            } else if kind != ScopeKind::Module && enclosing.contains(name) {
                free.insert(name.clone());
                NameScope::Free
            } else {
                match kind {
                    ScopeKind::Module | ScopeKind::Class => NameScope::Name,
                    _ => NameScope::GlobalImplicit,
                }
            };
            scope.resolved.insert(name.clone(), r);
        }
        let mut child_free: Vec<String> = child_free.into_iter().collect();
        child_free.sort();
        for name in child_free {
            if kind == ScopeKind::Class && name == "__class__" {
                scope.needs_class_cell = true;
                continue;
            }
            match scope.resolved.get(&name).copied() {
                Some(NameScope::Local) | Some(NameScope::Cell) if kind != ScopeKind::Class => {
                    scope.resolved.insert(name.clone(), NameScope::Cell);
                    if !scope.cellvars.contains(&name) {
                        scope.cellvars.push(name.clone());
                    }
                }
                Some(NameScope::GlobalExplicit) => {}
                _ => {
                    if kind != ScopeKind::Module && enclosing.contains(&name) {
                        // A class body keeps its own resolution of names it uses.
                        if kind != ScopeKind::Class || !scope.resolved.contains_key(&name) {
                            scope.resolved.insert(name.clone(), NameScope::Free);
                        }
                        free.insert(name.clone());
                    }
                }
            }
        }
        if scope.uses_super && enclosing.contains("__class__") {
            scope.resolved.insert("__class__".into(), NameScope::Free);
            free.insert("__class__".into());
        }
        if scope.needs_class_cell {
            scope.cellvars.push("__class__".into());
        }
        let mut fv: Vec<String> = free.iter().cloned().collect();
        fv.sort();
        // Keep pass-through free vars too (names only children need).
        scope.freevars = fv;
        Ok(free)
    }
}

struct Builder {
    /// Expression nesting, bounded like the compiler's.
    depth: usize,
    /// The innermost enclosing class, for private name mangling.
    private: Option<String>,
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    /// Inside a comprehension's iterable expression (where a walrus is
    /// refused). CPython: ste_comp_iter_expr.
    comp_iter_expr: usize,
    /// The enclosing scopes' `comp_iter_expr` (it counts per scope).
    saved_comp_iter: Vec<usize>,
}

impl Builder {
    fn mangle(&self, name: &str) -> String {
        mangle(self.private.as_deref(), name).into_owned()
    }

    /// Flag a name of the current scope, mangled if private.
    fn flag_name(&mut self, name: &str, f: u8) {
        let name = self.mangle(name);
        self.cur().flag(&name, f);
    }

    /// `global` / `nonlocal` names, rejecting parameters and names used
    /// before the declaration. CPython: symtable.c symtable_visit_stmt.
    fn declare(
        &mut self,
        names: &[ast::Identifier],
        what: &str,
        flag: u8,
    ) -> Result<(), SymtableError> {
        for n in names {
            let name = n.id.as_str();
            let mangled = self.mangle(name);
            if let Some(&f) = self.cur().symbols.get(&mangled) {
                let problem = if f & PARAM != 0 {
                    Some(format!("name '{name}' is parameter and {what}"))
                } else if f & ASSIGNED != 0 {
                    Some(format!(
                        "name '{name}' is assigned to before {what} declaration"
                    ))
                } else if f & USED != 0 {
                    Some(format!("name '{name}' is used prior to {what} declaration"))
                } else {
                    None
                };
                if let Some(msg) = problem {
                    return Err(SymtableError {
                        msg,
                        offset: n.range.start().to_u32(),
                        too_deep: false,
                    });
                }
            }
            self.flag_name(name, flag);
        }
        Ok(())
    }

    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[i]
    }

    fn push_scope(&mut self, key: usize, kind: ScopeKind, name: &str) -> usize {
        let idx = self.scopes.len();
        self.scopes.push(Scope::new(kind, name));
        let parent = *self.stack.last().unwrap_or(&0);
        self.scopes[parent].children.push(idx);
        self.by_node.insert(key, idx);
        self.stack.push(idx);
        self.saved_comp_iter
            .push(std::mem::take(&mut self.comp_iter_expr));
        idx
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
        self.comp_iter_expr = self.saved_comp_iter.pop().unwrap_or(0);
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SymtableError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params(&mut self, p: &ast::Parameters) -> Result<(), SymtableError> {
        // Defaults and annotations are evaluated in the enclosing scope.
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn declare_params(&mut self, p: &ast::Parameters) -> Result<(), SymtableError> {
        let mut names = Vec::new();
        for a in p.posonlyargs.iter().chain(&p.args) {
            names.push(a.parameter.name.id.to_string());
        }
        for a in &p.kwonlyargs {
            names.push(a.parameter.name.id.to_string());
        }
        if let Some(v) = &p.vararg {
            names.push(v.name.id.to_string());
        }
        if let Some(k) = &p.kwarg {
            names.push(k.name.id.to_string());
        }
        let names: Vec<String> = names.iter().map(|n| self.mangle(n)).collect();
        for (i, n) in names.iter().enumerate() {
            if names[..i].contains(n) {
                return Err(SymtableError {
                    msg: format!("duplicate argument '{n}' in function definition"),
                    offset: p.range.start().to_u32(),
                    too_deep: false,
                });
            }
            self.cur().flag(n, PARAM);
        }
        self.cur().params = names;
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SymtableError> {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.params(&f.parameters)?;
                self.flag_name(f.name.id.as_str(), ASSIGNED);
                self.push_scope(node_key(f), ScopeKind::Function, f.name.id.as_str());
                self.cur().is_coroutine = f.is_async;
                self.declare_params(&f.parameters)?;
                self.stmts(&f.body)?;
                self.pop_scope();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value)?;
                    }
                }
                self.flag_name(c.name.id.as_str(), ASSIGNED);
                self.push_scope(node_key(c), ScopeKind::Class, c.name.id.as_str());
                let outer = self.private.replace(c.name.id.to_string());
                let r = self.stmts(&c.body);
                self.private = outer;
                r?;
                self.pop_scope();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                if let Expr::Name(n) = &*a.target {
                    self.flag_name(n.id.as_str(), USED);
                }
                self.target(&a.target)?;
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.target(&a.target)?;
                } else if !matches!(&*a.target, Expr::Name(_)) {
                    self.target(&a.target)?;
                }
                if self.cur().kind != ScopeKind::Function {
                    self.expr(&a.annotation)?;
                }
            }
            Stmt::TypeAlias(_) => {}
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for c in &m.cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.flag_name(n.id.as_str(), ASSIGNED);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.flag_name(&bound, ASSIGNED);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        continue;
                    }
                    let bound = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.to_string(),
                    };
                    self.flag_name(&bound, ASSIGNED);
                }
            }
            Stmt::Global(g) => self.declare(&g.names, "global", GLOBAL)?,
            Stmt::Nonlocal(g) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(SymtableError {
                        msg: "nonlocal declaration not allowed at module level".into(),
                        offset: g.range.start().to_u32(),
                        too_deep: false,
                    });
                }
                for n in &g.names {
                    let mangled = self.mangle(n.id.as_str());
                    self.cur()
                        .nonlocal_at
                        .entry(mangled)
                        .or_insert(g.range.start().to_u32());
                }
                self.declare(&g.names, "nonlocal", NONLOCAL)?;
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), SymtableError> {
        match t {
            Expr::Name(n) => {
                self.flag_name(n.id.as_str(), ASSIGNED);
                Ok(())
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.target(e)?;
                }
                Ok(())
            }
            Expr::List(t) => {
                for e in &t.elts {
                    self.target(e)?;
                }
                Ok(())
            }
            Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn comprehension(
        &mut self,
        key: usize,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        is_gen: bool,
    ) -> Result<(), SymtableError> {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.comp_iter_expr += 1;
            let r = self.expr(&first.iter);
            self.comp_iter_expr -= 1;
            r?;
        }
        self.push_scope(key, ScopeKind::Comprehension, name);
        self.cur().is_generator = is_gen;
        self.flag_name(".0", PARAM);
        self.cur().params = vec![".0".into()];
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.comp_iter_expr += 1;
                let r = self.expr(&g.iter);
                self.comp_iter_expr -= 1;
                r?;
            }
            self.target(&g.target)?;
            let mut names = Vec::new();
            target_names(&g.target, &mut names);
            for n in names {
                self.flag_name(&n, COMP_ITER);
            }
            for cond in &g.ifs {
                self.expr(cond)?;
            }
            if g.is_async {
                self.cur().is_coroutine = true;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        // An enclosing comprehension awaits this one's result.
        let awaited = self.cur().is_coroutine && !is_gen;
        self.pop_scope();
        if awaited && self.cur().kind == ScopeKind::Comprehension {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }

    /// Names a pattern binds, and the expressions it evaluates.
    fn pattern(&mut self, p: &ast::Pattern) -> Result<(), SymtableError> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for x in &s.patterns {
                    self.pattern(x)?;
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for x in &m.patterns {
                    self.pattern(x)?;
                }
                if let Some(r) = &m.rest {
                    self.flag_name(r.id.as_str(), ASSIGNED);
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                for x in &c.arguments.patterns {
                    self.pattern(x)?;
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.flag_name(n.id.as_str(), ASSIGNED);
                }
            }
            P::MatchAs(a) => {
                if let Some(x) = &a.pattern {
                    self.pattern(x)?;
                }
                if let Some(n) = &a.name {
                    self.flag_name(n.id.as_str(), ASSIGNED);
                }
            }
            P::MatchOr(o) => {
                for x in &o.patterns {
                    self.pattern(x)?;
                }
            }
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SymtableError> {
        if self.depth >= crate::compile::MAX_COMPILE_DEPTH {
            return Err(SymtableError {
                msg: "maximum recursion depth exceeded during compilation".into(),
                offset: ruff_text_size::Ranged::range(e).start().to_u32(),
                too_deep: true,
            });
        }
        self.depth += 1;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    /// A walrus target may not be an iteration variable of an enclosing
    /// comprehension. CPython: symtable_extend_namedexpr_scope.
    fn check_rebinds_iteration_variable(
        &self,
        name: &str,
        offset: u32,
    ) -> Result<(), SymtableError> {
        for &i in self.stack.iter().rev() {
            let scope = &self.scopes[i];
            if scope.kind != ScopeKind::Comprehension {
                break;
            }
            if scope.symbols.get(name).is_some_and(|f| f & COMP_ITER != 0) {
                return Err(SymtableError {
                    msg: format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    ),
                    offset,
                    too_deep: false,
                });
            }
        }
        Ok(())
    }

    /// `super`/`__class__` in a function, or in a comprehension inside one
    /// (comprehensions run in their function's frame, PEP 709): that
    /// function needs the implicit `__class__` cell.
    fn mark_uses_super(&mut self) {
        let mut i = self.stack.len();
        while i > 0 {
            i -= 1;
            let scope = &mut self.scopes[self.stack[i]];
            match scope.kind {
                ScopeKind::Comprehension => continue,
                ScopeKind::Function => scope.uses_super = true,
                _ => {}
            }
            return;
        }
    }

    fn expr_inner(&mut self, e: &Expr) -> Result<(), SymtableError> {
        match e {
            Expr::Name(n) => {
                let name = n.id.as_str();
                match n.ctx {
                    ast::ExprContext::Load => {
                        self.flag_name(name, USED);
                        if name == "super" || name == "__class__" {
                            self.mark_uses_super();
                        }
                    }
                    _ => self.flag_name(name, ASSIGNED),
                }
            }
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            Expr::Named(n) => {
                if self.comp_iter_expr > 0 {
                    return Err(SymtableError {
                        msg: "assignment expression cannot be used in a comprehension iterable expression".into(),
                        offset: n.range.start().to_u32(),
                        too_deep: false,
                    });
                }
                if let Expr::Name(name) = &*n.target {
                    self.check_rebinds_iteration_variable(
                        name.id.as_str(),
                        n.range.start().to_u32(),
                    )?;
                }
                self.expr(&n.value)?;
                // A walrus in a comprehension binds in the enclosing function.
                let mut i = self.stack.len() - 1;
                while i > 0 && self.scopes[self.stack[i]].kind == ScopeKind::Comprehension {
                    i -= 1;
                }
                if let Expr::Name(name) = &*n.target {
                    let target_scope = self.stack[i];
                    let in_comprehension = target_scope != *self.stack.last().unwrap_or(&0);
                    if in_comprehension && self.scopes[target_scope].kind == ScopeKind::Class {
                        return Err(SymtableError {
                            msg: "assignment expression within a comprehension cannot be used in a class body".into(),
                            offset: n.range.start().to_u32(),
                            too_deep: false,
                        });
                    }
                    let cur = *self.stack.last().unwrap_or(&0);
                    if target_scope != cur {
                        let mangled = self.mangle(name.id.as_str());
                        self.scopes[target_scope].flag(&mangled, ASSIGNED);
                        self.flag_name(name.id.as_str(), NONLOCAL);
                        if self.scopes[target_scope].kind == ScopeKind::Module {
                            let mangled = self.mangle(name.id.as_str());
                            self.cur().symbols.insert(mangled, GLOBAL);
                        }
                    } else {
                        self.flag_name(name.id.as_str(), ASSIGNED);
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.params(p)?;
                }
                self.push_scope(node_key(l), ScopeKind::Function, "<lambda>");
                if let Some(p) = &l.parameters {
                    self.declare_params(p)?;
                }
                self.expr(&l.body)?;
                self.pop_scope();
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k)?;
                    }
                    self.expr(&item.value)?;
                }
            }
            Expr::Set(s) => {
                for x in &s.elts {
                    self.expr(x)?;
                }
            }
            Expr::ListComp(c) => {
                self.comprehension(node_key(c), "<listcomp>", &c.generators, &[&c.elt], false)?
            }
            Expr::SetComp(c) => {
                self.comprehension(node_key(c), "<setcomp>", &c.generators, &[&c.elt], false)?
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(node_key(c), "<dictcomp>", &c.generators, &elts, false)?
            }
            Expr::Generator(c) => {
                self.comprehension(node_key(c), "<genexpr>", &c.generators, &[&c.elt], true)?
            }
            Expr::Await(a) => {
                // `await` in a comprehension makes the comprehension a
                // coroutine (an async generator, for a generator expression).
                if self.cur().kind == ScopeKind::Comprehension {
                    self.cur().is_coroutine = true;
                }
                self.expr(&a.value)?
            }
            Expr::Yield(y) => {
                self.cur().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.cur().is_generator = true;
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                for x in c.comparators.iter() {
                    self.expr(x)?;
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.expr(a)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements)?;
                    }
                }
            }
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::List(l) => {
                for x in &l.elts {
                    self.expr(x)?;
                }
            }
            Expr::Tuple(t) => {
                for x in &t.elts {
                    self.expr(x)?;
                }
            }
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn fstring_elements(
        &mut self,
        els: &ast::InterpolatedStringElements,
    ) -> Result<(), SymtableError> {
        for el in els.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements)?;
                }
            }
        }
        Ok(())
    }
}

/// Private name mangling: `__x` inside class `C` is `_C__x`.
/// CPython: Python/compile.c _Py_Mangle.
pub fn mangle<'a>(class: Option<&str>, name: &'a str) -> std::borrow::Cow<'a, str> {
    let Some(class) = class else {
        return name.into();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.into();
    }
    format!("_{stripped}{name}").into()
}

/// The names an assignment target binds.
fn target_names(t: &Expr, out: &mut Vec<String>) {
    match t {
        Expr::Name(n) => out.push(n.id.to_string()),
        Expr::Tuple(tu) => tu.elts.iter().for_each(|e| target_names(e, out)),
        Expr::List(l) => l.elts.iter().for_each(|e| target_names(e, out)),
        Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}
