//! The cycle collector: frees objects that are garbage only because they
//! reference each other (reference counting alone never frees a cycle).
//!
//! CPython's algorithm (Python/gc.c `gc_collect_main`), over `Rc` counts:
//! every object reachable by traversal from the tracked objects becomes a
//! node; a node's references from other nodes are subtracted from its
//! strong count (`update_refs`, `subtract_refs`); what is left over is held
//! from outside (the VM's frames, Rust code, untracked objects), so those
//! nodes and everything they reach are alive (`move_unreachable`). The
//! rest is garbage: finalizers (`__del__`, closing suspended generators,
//! futures' reports) are queued first, with the objects intact
//! (`finalize_garbage`); once they have run, a later collection finds the
//! same objects still unreachable and clears their references
//! (`delete_garbage`, tp_clear), which breaks the cycles so `Rc` frees them.
//!
//! Tracked (the roots of discovery, registered when made): instances of
//! classes, generators and async generators, closures, futures and tasks
//! (not coroutines: see `Vm::make_generator`), and lists and dicts made by
//! Python code unless their items are all atomic. Other lists and dicts,
//! tuples, sets, cells, bound methods and native objects are reached
//! through them. A traversal visits exactly the strong references
//! an object owns; one it cannot see (a borrowed `RefCell`, a type without
//! `gc_traverse`) only makes the collector keep more alive, never less.
//! A cycle with no tracked object in it (`a = [0]; a[0] = a`, a list made
//! by native code) is not collected.

use std::cell::RefCell;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::{Rc, Weak};

use crate::dict::{PyDict, PySet};
use crate::finalize::{defer, Finalizer};
use crate::function::{BoundMethod, PyFunction};
use crate::generator::{GenState, PyGenerator};
use crate::value::{NativeObject, NativeRef, PyCell, PyInstance, PyList, PyTuple, Value};

/// A collection starts after this many objects were tracked since the
/// last one, at least (CPython: threshold0, with generations).
const MIN_THRESHOLD: usize = 10_000;

/// `RSPY_GC_STRESS=N`: collect after every N tracked objects (not only
/// when their number doubles), and abort on inconsistent counts. For
/// testing the collector against the whole script corpus.
fn stress() -> Option<usize> {
    thread_local! {
        static STRESS: Option<usize> = std::env::var("RSPY_GC_STRESS")
            .ok()
            .and_then(|v| v.parse().ok())
            .filter(|&n| n > 0);
    }
    STRESS.try_with(|s| *s).ok().flatten()
}

/// The next collection comes when the tracked objects have grown fourfold
/// (at least `MIN_THRESHOLD` more): each collection walks everything live,
/// so its cost stays proportional to the allocation between collections,
/// and garbage cycles never hold more than three times the live objects.
/// (CPython's generations make its young collections cheap instead; a full
/// one waits for 25% growth.) Doubling made programs that keep 100,000
/// tasks waiting (benches/many_waiters, semaphore_pool) visibly slower.
fn next_threshold(live: usize) -> usize {
    match stress() {
        Some(n) => live + n,
        None => live + (3 * live).max(MIN_THRESHOLD),
    }
}

/// A tracked object, held weakly until a collection looks at it.
enum Tracked {
    Instance(Weak<PyInstance>),
    List(Weak<PyList>),
    Dict(Weak<PyDict>),
    Generator(Weak<PyGenerator>),
    Function(Weak<PyFunction>),
    Native(Weak<dyn NativeObject>),
}

impl Tracked {
    fn upgrade(&self) -> Option<Node> {
        Some(match self {
            Tracked::Instance(w) => Node::Instance(w.upgrade()?),
            Tracked::List(w) => Node::List(w.upgrade()?),
            Tracked::Dict(w) => Node::Dict(w.upgrade()?),
            Tracked::Generator(w) => Node::Generator(w.upgrade()?),
            Tracked::Function(w) => Node::Function(w.upgrade()?),
            Tracked::Native(w) => Node::Native(w.upgrade()?),
        })
    }

    fn is_alive(&self) -> bool {
        match self {
            Tracked::Instance(w) => w.strong_count() > 0,
            Tracked::List(w) => w.strong_count() > 0,
            Tracked::Dict(w) => w.strong_count() > 0,
            Tracked::Generator(w) => w.strong_count() > 0,
            Tracked::Function(w) => w.strong_count() > 0,
            Tracked::Native(w) => w.strong_count() > 0,
        }
    }
}

struct Registry {
    tracked: Vec<Tracked>,
    /// Collect when `tracked` reaches this length.
    threshold: usize,
    enabled: bool,
    /// A collection is due at the next safe point.
    due: bool,
    /// The last collection queued finalizers: collect again after they ran.
    again: bool,
    collecting: bool,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = const {
        RefCell::new(Registry {
            tracked: Vec::new(),
            threshold: 0,
            enabled: true,
            due: false,
            again: false,
            collecting: false,
        })
    };
}

fn track(t: Tracked) {
    let _ = REGISTRY.try_with(|r| {
        let mut r = r.borrow_mut();
        if r.threshold == 0 {
            r.threshold = next_threshold(0);
        }
        r.tracked.push(t);
        if r.tracked.len() >= r.threshold && r.enabled && !r.due {
            r.due = true;
            crate::finalize::request_poll();
        }
    });
}

/// Track an instance of a class (a possible member of a cycle).
pub fn track_instance(rc: &Rc<PyInstance>) {
    track(Tracked::Instance(Rc::downgrade(rc)));
}

/// Whether `v` can never lead back to a container (CPython's untracking
/// test, _PyObject_GC_MAY_BE_TRACKED).
pub fn is_atomic(v: &Value) -> bool {
    matches!(
        v,
        Value::Null
            | Value::None
            | Value::NotImplemented
            | Value::Ellipsis
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::BigInt(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Type(_)
            | Value::Native(_)
            | Value::Code(_)
    )
}

/// Track a list made by Python code (`[...]`, a comprehension): a list
/// can hold itself (functools.lru_cache's ring). A literal of atomic
/// items (`[i, i]`) is left out, as such lists rarely become part of a
/// cycle and are made in hot loops; an empty one (an accumulator, a
/// comprehension) is tracked.
#[inline]
pub fn track_list(rc: &Rc<PyList>) {
    let items = rc.items.borrow();
    if items.is_empty() || !items.iter().all(is_atomic) {
        drop(items);
        track(Tracked::List(Rc::downgrade(rc)));
    }
}

/// Track a dict made by Python code (`{...}`, a comprehension), unless its
/// keys and values are all atomic (as `track_list`).
#[inline]
pub fn track_dict(rc: &Rc<PyDict>) {
    let table = rc.table.borrow();
    if table.is_empty()
        || !table
            .iter()
            .all(|e| is_atomic(&e.key) && is_atomic(&e.value))
    {
        drop(table);
        track(Tracked::Dict(Rc::downgrade(rc)));
    }
}

/// Track a generator, coroutine or async generator.
pub fn track_generator(rc: &Rc<PyGenerator>) {
    track(Tracked::Generator(Rc::downgrade(rc)));
}

/// Track a function with a closure (a nested function that refers to
/// itself through its cell is a cycle).
pub fn track_function(rc: &Rc<PyFunction>) {
    track(Tracked::Function(Rc::downgrade(rc)));
}

/// Track a native object that can be part of a cycle (futures, tasks).
pub fn track_native<T: NativeObject>(rc: &Rc<T>) {
    let rc: Rc<dyn NativeObject> = rc.clone();
    track(Tracked::Native(Rc::downgrade(&rc)));
}

/// Whether a collection is due (checked at the interpreter's safe points).
pub fn due() -> bool {
    REGISTRY
        .try_with(|r| {
            let r = r.borrow();
            r.due || r.again
        })
        .unwrap_or(false)
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    REGISTRY.with(|r| r.borrow_mut().enabled = on);
}

/// `gc.isenabled()`.
pub fn is_enabled() -> bool {
    REGISTRY.with(|r| r.borrow().enabled)
}

/// Objects tracked since the last collection. CPython: gc.get_count()[0].
pub fn count() -> usize {
    REGISTRY.with(|r| r.borrow().tracked.len())
}

/// What one collection found.
#[derive(Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Collection {
    /// Objects found unreachable.
    pub unreachable: usize,
    /// Of those, finalizers queued (the objects were not cleared: a later
    /// collection clears them once the finalizers ran).
    pub finalizers: usize,
}

/// Collect now if a collection is due (automatic collection).
pub fn collect_if_due() -> Collection {
    if !due() {
        return Collection::default();
    }
    collect()
}

/// Find unreachable objects; queue their finalizers, or (when none are
/// needed) clear them. CPython: gc_collect_main.
pub fn collect() -> Collection {
    let Some(roots) = start() else {
        return Collection::default();
    };
    let mut graph = Graph::default();
    // Roughly two nodes per tracked object (its dict, frame contents...).
    graph.nodes.reserve(roots.len() * 2);
    graph.index.reserve(roots.len() * 2);
    graph.edges.reserve(roots.len() * 2);
    graph.first_edge.reserve(roots.len() * 2);
    for node in roots {
        graph.add(node);
    }
    let result = graph.collect();
    drop(graph);
    finish(result);
    result
}

/// Take the live tracked objects, pruning dead entries.
fn start() -> Option<Vec<Node>> {
    REGISTRY
        .try_with(|r| {
            let mut r = r.borrow_mut();
            if r.collecting {
                return None;
            }
            r.collecting = true;
            r.due = false;
            r.again = false;
            r.tracked.retain(Tracked::is_alive);
            Some(r.tracked.iter().filter_map(Tracked::upgrade).collect())
        })
        .ok()
        .flatten()
}

fn finish(result: Collection) {
    let _ = REGISTRY.try_with(|r| {
        let mut r = r.borrow_mut();
        r.collecting = false;
        r.threshold = next_threshold(r.tracked.len());
        if result.finalizers > 0 {
            r.again = true;
        }
    });
}

/// An object as the collector sees it: a strong handle, so it stays
/// alive (and its address unique) for the whole collection.
#[derive(Clone)]
enum Node {
    Instance(Rc<PyInstance>),
    List(Rc<PyList>),
    Tuple(Rc<PyTuple>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    Function(Rc<PyFunction>),
    Method(Rc<BoundMethod>),
    Cell(Rc<PyCell>),
    Generator(Rc<PyGenerator>),
    /// A `Value`'s handle to a native object: its own reference count,
    /// one reference to the object.
    Handle(NativeRef),
    Native(Rc<dyn NativeObject>),
}

fn addr<T: ?Sized>(rc: &Rc<T>) -> usize {
    Rc::as_ptr(rc) as *const u8 as usize
}

impl Node {
    fn strong_count(&self) -> usize {
        match self {
            Node::Instance(rc) => Rc::strong_count(rc),
            Node::List(rc) => Rc::strong_count(rc),
            Node::Tuple(rc) => Rc::strong_count(rc),
            Node::Dict(rc) => Rc::strong_count(rc),
            Node::Set(rc) => Rc::strong_count(rc),
            Node::Function(rc) => Rc::strong_count(rc),
            Node::Method(rc) => Rc::strong_count(rc),
            Node::Cell(rc) => Rc::strong_count(rc),
            Node::Generator(rc) => Rc::strong_count(rc),
            Node::Handle(h) => h.handle_count(),
            Node::Native(rc) => Rc::strong_count(rc),
        }
    }

    fn addr(&self) -> usize {
        match self {
            Node::Instance(rc) => addr(rc),
            Node::List(rc) => addr(rc),
            Node::Tuple(rc) => addr(rc),
            Node::Dict(rc) => addr(rc),
            Node::Set(rc) => addr(rc),
            Node::Function(rc) => addr(rc),
            Node::Method(rc) => addr(rc),
            Node::Cell(rc) => addr(rc),
            Node::Generator(rc) => addr(rc),
            Node::Handle(h) => h.handle_addr(),
            Node::Native(rc) => addr(rc),
        }
    }

    /// Visit each strong reference this object owns. CPython: tp_traverse.
    fn traverse(&self, t: &mut Tracer) {
        match self {
            Node::Instance(rc) => traverse_instance(rc, t),
            Node::List(rc) => {
                if let Ok(items) = rc.items.try_borrow() {
                    items.iter().for_each(|v| t.value(v));
                }
            }
            Node::Tuple(rc) => rc.items.iter().for_each(|v| t.value(v)),
            Node::Dict(rc) => {
                if let Ok(table) = rc.table.try_borrow() {
                    for e in table.iter() {
                        t.value(&e.key);
                        t.value(&e.value);
                    }
                }
            }
            Node::Set(rc) => {
                if let Ok(table) = rc.table.try_borrow() {
                    table.iter().for_each(|e| t.value(&e.key));
                }
            }
            Node::Function(rc) => traverse_function(rc, t),
            Node::Method(rc) => {
                t.value(&rc.self_value);
                t.value(&rc.func);
            }
            Node::Cell(rc) => {
                if let Ok(v) = rc.value.try_borrow() {
                    t.value(&v);
                }
            }
            Node::Generator(rc) => traverse_generator(rc, t),
            Node::Handle(h) => t.native_dyn(h.rc()),
            Node::Native(rc) => rc.gc_traverse(t),
        }
    }

    /// The finalizer to run before this unreachable object is cleared, if
    /// it needs one (marking it so it never needs one again).
    /// CPython: finalize_garbage (tp_finalize).
    fn finalizer(&self) -> Option<Finalizer> {
        match self {
            Node::Instance(rc) => {
                if rc.finalized.get() || !rc.class.try_borrow().ok()?.has_del() {
                    return None;
                }
                rc.finalized.set(true);
                Some(Finalizer::Del(Value::Instance(rc.clone())))
            }
            Node::Generator(rc) => generator_finalizer(rc),
            Node::Native(rc) => rc.gc_finalizer(rc),
            _ => None,
        }
    }

    /// Drop the references this object owns. CPython: tp_clear.
    fn clear(&self) {
        match self {
            Node::Instance(rc) => {
                let Some(exc) = &rc.exc else { return };
                let Ok(mut d) = exc.try_borrow_mut() else {
                    return;
                };
                let _dropped = (
                    std::mem::replace(&mut d.args, Value::None),
                    std::mem::replace(&mut d.cause, Value::None),
                    std::mem::replace(&mut d.context, Value::None),
                    d.tb_object.take(),
                );
                drop(d);
            }
            Node::List(rc) => {
                let items = rc
                    .items
                    .try_borrow_mut()
                    .map(|mut v| std::mem::take(&mut *v));
                drop(items);
            }
            Node::Dict(rc) => {
                let entries = rc.take_entries();
                drop(entries);
            }
            Node::Set(rc) => {
                let table = rc
                    .table
                    .try_borrow_mut()
                    .map(|mut t| std::mem::take(&mut *t));
                drop(table);
            }
            Node::Function(rc) => {
                let defaults = rc
                    .defaults
                    .try_borrow_mut()
                    .map(|mut v| std::mem::take(&mut *v));
                let kwdefaults = rc.kwdefaults.try_borrow_mut().map(|mut v| v.take());
                let dict = rc.dict.try_borrow_mut().map(|mut v| v.take());
                let annotations = rc
                    .annotations
                    .try_borrow_mut()
                    .map(|mut v| std::mem::replace(&mut *v, Value::None));
                drop((defaults, kwdefaults, dict, annotations));
            }
            Node::Cell(rc) => {
                let v = rc
                    .value
                    .try_borrow_mut()
                    .map(|mut v| std::mem::replace(&mut *v, Value::Null));
                drop(v);
            }
            Node::Generator(rc) => {
                let frame = rc.frame.try_borrow_mut().map(|mut f| f.take());
                let exc = rc.exc_state.replace(Value::None);
                drop((frame, exc));
            }
            Node::Native(rc) => rc.gc_clear(),
            Node::Tuple(_) | Node::Method(_) | Node::Handle(_) => {}
        }
    }
}

fn traverse_instance(rc: &PyInstance, t: &mut Tracer) {
    if let Ok(d) = rc.dict_cell.try_borrow() {
        t.dict(&d);
    }
    if let Some(d) = rc.slots.get() {
        t.dict(d);
    }
    if let Some(p) = &rc.payload {
        t.value(p);
    }
    if let Some(exc) = &rc.exc {
        if let Ok(d) = exc.try_borrow() {
            t.value(&d.args);
            t.value(&d.cause);
            t.value(&d.context);
            if let Some(tb) = &d.tb_object {
                t.value(tb);
            }
        }
    }
}

fn traverse_function(rc: &PyFunction, t: &mut Tracer) {
    if let Ok(d) = rc.defaults.try_borrow() {
        d.iter().for_each(|v| t.value(v));
    }
    if let Ok(Some(d)) = rc.kwdefaults.try_borrow().as_deref() {
        t.dict(d);
    }
    rc.closure.iter().for_each(|c| t.cell(c));
    if let Ok(Some(d)) = rc.dict.try_borrow().as_deref() {
        t.dict(d);
    }
    if let Ok(v) = rc.annotations.try_borrow() {
        t.value(&v);
    }
}

fn traverse_generator(rc: &PyGenerator, t: &mut Tracer) {
    if let Ok(frame) = rc.frame.try_borrow() {
        if let Some(f) = frame.as_deref() {
            f.stack.iter().for_each(|v| t.value(v));
            f.fast.iter().for_each(|v| t.value(v));
            f.cells.iter().for_each(|c| t.cell(c));
            if let Some(d) = &f.locals {
                t.dict(d);
            }
            if let Some(g) = &f.generator {
                t.visit(addr(g), || Node::Generator(g.clone()));
            }
        }
    }
    let exc = rc.exc_state.replace(Value::Null);
    t.value(&exc);
    rc.exc_state.set(exc);
    if let Some(rare) = rc.rare.get() {
        if let Ok(Some(f)) = rare.finalizer.try_borrow().as_deref() {
            t.value(f);
        }
    }
}

/// A suspended generator inside `try`/`with` is closed; an async generator
/// with a finalizer hook goes to the hook. CPython: _PyGen_Finalize.
fn generator_finalizer(rc: &Rc<PyGenerator>) -> Option<Finalizer> {
    if rc.state.get() != GenState::Suspended {
        return None;
    }
    let hook = rc
        .rare
        .get()
        .and_then(|r| r.finalizer.try_borrow_mut().ok()?.take());
    if let Some(hook) = hook {
        if !rc.async_closed.get() {
            return Some(Finalizer::AsyncGenHook(rc.clone(), hook));
        }
    }
    let has_blocks = rc
        .frame
        .try_borrow()
        .ok()?
        .as_ref()
        .is_some_and(|f| !f.blocks.is_empty());
    has_blocks.then(|| Finalizer::Close(rc.clone()))
}

/// Passed to `traverse`: records one edge per strong reference.
pub struct Tracer<'g> {
    graph: &'g mut Graph,
}

impl Tracer<'_> {
    /// A reference held as a `Value`.
    pub fn value(&mut self, v: &Value) {
        match v {
            Value::Instance(rc) => self.visit(addr(rc), || Node::Instance(rc.clone())),
            Value::List(rc) => self.visit(addr(rc), || Node::List(rc.clone())),
            Value::Tuple(rc) => self.visit(addr(rc), || Node::Tuple(rc.clone())),
            Value::Dict(rc) => self.dict(rc),
            Value::Set(rc) | Value::FrozenSet(rc) => self.visit(addr(rc), || Node::Set(rc.clone())),
            Value::Function(rc) => self.visit(addr(rc), || Node::Function(rc.clone())),
            Value::Method(rc) => self.visit(addr(rc), || Node::Method(rc.clone())),
            Value::Cell(rc) => self.cell(rc),
            Value::Generator(rc) => self.visit(addr(rc), || Node::Generator(rc.clone())),
            // A handle only its owner holds adds nothing: the edge goes to
            // the object itself (the handle's one reference to it).
            Value::Object(h) if h.handle_count() == 1 => self.native_dyn(h.rc()),
            Value::Object(h) => self.visit(h.handle_addr(), || Node::Handle(h.clone())),
            _ => {}
        }
    }

    /// A dict held directly.
    pub fn dict(&mut self, rc: &Rc<PyDict>) {
        self.visit(addr(rc), || Node::Dict(rc.clone()));
    }

    /// A cell held directly.
    pub fn cell(&mut self, rc: &Rc<PyCell>) {
        self.visit(addr(rc), || Node::Cell(rc.clone()));
    }

    /// An exception held as a `PyErr`.
    pub fn error(&mut self, e: &crate::exceptions::PyErr) {
        self.visit(addr(&e.0), || Node::Instance(e.0.clone()));
    }

    /// A native object held directly as its own type.
    pub fn native<T: NativeObject>(&mut self, rc: &Rc<T>) {
        self.visit(addr(rc), || Node::Native(rc.clone()));
    }

    /// A native object held directly as `dyn NativeObject`.
    pub fn native_dyn(&mut self, rc: &Rc<dyn NativeObject>) {
        self.visit(addr(rc), || Node::Native(rc.clone()));
    }

    fn visit(&mut self, addr: usize, make: impl FnOnce() -> Node) {
        let g = &mut *self.graph;
        let next = g.nodes.len() as u32;
        let i = *g.index.entry(addr).or_insert(next);
        if i == next {
            g.nodes.push(make());
        }
        g.edges.push(i);
    }
}

/// Hashes an address (already unique; spread for the table).
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8 | u64::from(*b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        let h = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 29);
    }
}

#[derive(Default)]
struct Graph {
    nodes: Vec<Node>,
    index: hashbrown::HashMap<usize, u32, BuildHasherDefault<AddrHasher>>,
    /// The references of node `i` are `edges[first_edge[i]..first_edge[i + 1]]`.
    edges: Vec<u32>,
    first_edge: Vec<u32>,
}

impl Graph {
    fn add(&mut self, node: Node) {
        let a = node.addr();
        if !self.index.contains_key(&a) {
            self.index.insert(a, self.nodes.len() as u32);
            self.nodes.push(node);
        }
    }

    /// Find every node reachable from the roots, recording the edges.
    fn discover(&mut self) {
        let mut i = 0;
        while i < self.nodes.len() {
            self.first_edge.push(self.edges.len() as u32);
            let node = self.nodes[i].clone();
            node.traverse(&mut Tracer { graph: self });
            i += 1;
        }
        self.first_edge.push(self.edges.len() as u32);
    }

    fn edges_of(&self, i: usize) -> &[u32] {
        &self.edges[self.first_edge[i] as usize..self.first_edge[i + 1] as usize]
    }

    /// Which nodes are reachable from outside the graph, or `None` when the
    /// counts are inconsistent. CPython: update_refs, subtract_refs,
    /// move_unreachable.
    fn reachable(&self) -> Option<Vec<bool>> {
        // Every node is now held once by `nodes` and by nothing else of ours.
        let mut refs: Vec<isize> = self
            .nodes
            .iter()
            .map(|n| n.strong_count() as isize - 1)
            .collect();
        for &e in &self.edges {
            refs[e as usize] -= 1;
        }
        if refs.iter().any(|&r| r < 0) {
            // More references visited than exist: a traversal is wrong.
            // Collecting now could clear live objects; keep everything.
            if stress().is_some() {
                eprintln!("rspy: gc: a traversal visited a reference that is not there");
                std::process::abort();
            }
            return None;
        }
        let mut reachable: Vec<bool> = refs.iter().map(|&r| r > 0).collect();
        let mut stack: Vec<u32> = (0..self.nodes.len() as u32)
            .filter(|&i| reachable[i as usize])
            .collect();
        while let Some(i) = stack.pop() {
            for &e in self.edges_of(i as usize) {
                if !reachable[e as usize] {
                    reachable[e as usize] = true;
                    stack.push(e);
                }
            }
        }
        Some(reachable)
    }

    fn collect(&mut self) -> Collection {
        self.discover();
        let Some(reachable) = self.reachable() else {
            return Collection::default();
        };
        let garbage: Vec<usize> = (0..self.nodes.len()).filter(|&i| !reachable[i]).collect();
        let mut result = Collection {
            unreachable: garbage
                .iter()
                .filter(|&&i| !matches!(self.nodes[i], Node::Handle(_)))
                .count(),
            finalizers: 0,
        };
        for &i in &garbage {
            if let Some(f) = self.nodes[i].finalizer() {
                defer(f);
                result.finalizers += 1;
            }
        }
        if result.finalizers == 0 {
            for &i in &garbage {
                self.nodes[i].clear();
            }
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instance() -> Rc<PyInstance> {
        let cls = crate::types::types().object_type.clone();
        let inst = Rc::new(PyInstance {
            class: RefCell::new(cls),
            dict_cell: RefCell::new(Rc::new(PyDict::new())),
            exc: None,
            slots: std::cell::OnceCell::new(),
            payload: None,
            finalized: std::cell::Cell::new(false),
        });
        track_instance(&inst);
        inst
    }

    #[test]
    fn frees_a_cycle_of_two_instances_and_keeps_a_held_one() {
        let a = instance();
        let b = instance();
        a.dict().set_str("other", Value::Instance(b.clone()));
        b.dict().set_str("other", Value::Instance(a.clone()));
        let weak_a = Rc::downgrade(&a);
        let held = instance();
        held.dict()
            .set_str("me", Value::list(vec![Value::Instance(held.clone())]));
        drop((a, b));
        let r = collect();
        assert_eq!(r.finalizers, 0);
        assert!(r.unreachable >= 4, "{r:?}");
        assert!(weak_a.upgrade().is_none());
        // Held from outside: kept whole.
        assert!(held.dict().get_str("me").is_some());
    }

    #[test]
    fn an_object_held_by_a_live_cell_survives() {
        let a = instance();
        let cell = Rc::new(PyCell::new(Value::Instance(a.clone())));
        a.dict().set_str("c", Value::Cell(cell.clone()));
        let weak = Rc::downgrade(&a);
        drop(a);
        // The cell is still held here, so the instance lives.
        collect();
        assert!(weak.upgrade().is_some());
        drop(cell);
        collect();
        assert!(weak.upgrade().is_none());
    }
}
