//! Code objects and the bytecode instruction set.
//!
//! Instructions are a `Copy` enum with their operands inline; the compiler
//! in `rspy-vm` produces them and the eval loop executes them. The set
//! follows CPython 3.x's opcodes where a counterpart exists (Lib/opcode.py),
//! with a block stack for exception handling instead of an exception table.

use std::rc::Rc;

use crate::value::{PyStr, Value};

/// Binary operators, shared by `BinaryOp` and `InplaceOp`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    /// The operator as Python spells it, for error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// `__add__`, `__radd__`, `__iadd__`.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Rich comparison operators.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }

    /// The operator with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    pub fn from_ordering(self, o: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => o == Less,
            CmpOp::Le => o != Greater,
            CmpOp::Eq => o == Equal,
            CmpOp::Ne => o != Equal,
            CmpOp::Gt => o == Greater,
            CmpOp::Ge => o != Less,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// One bytecode instruction. Jump targets are instruction indices.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Instr {
    Nop,
    PopTop,
    /// Push a copy of the item `n` deep (1 = top). CPython: COPY.
    Copy(u32),
    /// Swap the top with the item `n` deep. CPython: SWAP.
    Swap(u32),
    LoadConst(u32),
    LoadFast(u32),
    /// Fused pairs (see vm/src/compile.rs `fuse_pairs`): the first
    /// instruction of a pair is replaced, the second stays in place (jumps
    /// may land on it) and is skipped. `LoadConst(c); BinaryOp(op)`.
    BinaryOpConst(BinOp, u32),
    /// `LoadConst(c); InplaceOp(op)`.
    InplaceOpConst(BinOp, u32),
    /// `LoadFast(a); LoadFast(b)`.
    LoadFastPair(u16, u16),
    /// `StoreFast(a); LoadFast(b)`.
    StoreFastLoadFast(u16, u16),
    /// `LoadFast(a); LoadAttr(name)`.
    LoadFastAttr(u16, u16),
    StoreFast(u32),
    DeleteFast(u32),
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell itself (to build a closure tuple).
    LoadClosure(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// Class bodies reading a free variable: the class namespace first,
    /// then the cell. CPython: LOAD_FROM_DICT_OR_DEREF.
    LoadClassDeref(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Push `(method, self)` or `(callable, NULL)` for `CallMethod`.
    LoadMethod(u32),
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    BinaryOp(BinOp),
    InplaceOp(BinOp),
    Unary(UnaryOp),
    Compare(CmpOp),
    /// `is` / `is not` (true = inverted).
    IsOp(bool),
    /// `in` / `not in` (true = inverted).
    ContainsOp(bool),
    BuildTuple(u32),
    BuildList(u32),
    /// A list the compiler builds and consumes (call arguments, a starred
    /// tuple display, `except*` results): like `BuildList`, but never a
    /// program's object, so the cycle collector does not track it.
    BuildTempList(u32),
    /// An empty dict the compiler fills and consumes (a call's `**`
    /// arguments); untracked like `BuildTempList`.
    BuildTempMap,
    BuildSet(u32),
    /// A set display of `n` constants: CPython folds it to a frozenset
    /// constant merged into a new set, which fixes the table layout.
    BuildConstSet(u32),
    /// `n` key/value pairs.
    BuildMap(u32),
    /// `start, stop[, step]` (n = 2 or 3) -> slice.
    BuildSlice(u32),
    BuildString(u32),
    /// Append TOS to the list `n` deep (comprehensions).
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    ListExtend(u32),
    /// ListExtend for `f(*args)`: errors name the function being called.
    CallArgsExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like DictUpdate but duplicate keys raise (call `**kwargs`).
    DictMerge(u32),
    ListToTuple,
    UnpackSequence(u32),
    /// Starred unpacking: `before` targets, a list, `after` targets.
    UnpackEx(u16, u16),
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// Pop; jump if it is not None (`except* `, pattern helpers).
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),
    GetIter,
    /// Next item of the iterator on top, or pop it and jump when exhausted.
    ForIter(u32),
    /// Call with `n` arguments: `callable, args...`.
    Call(u32),
    /// Like Call, with a tuple of keyword names on top; the last
    /// `len(names)` arguments are keyword values.
    CallKw(u32),
    /// After `LoadMethod`: `func, self|NULL, args...`.
    CallMethod(u32),
    /// `CallMethod` with a keyword-names tuple on top.
    CallMethodKw(u32),
    /// `callable, args tuple[, kwargs dict]` (flag: kwargs present).
    CallEx(bool),
    /// Build a function from the code constant on top. Flags: 1 defaults
    /// tuple, 2 kw-defaults dict, 4 annotations, 8 closure tuple.
    MakeFunction(u32),
    ReturnValue,
    YieldValue,
    /// Delegate to the sub-iterator under TOS with value TOS; on its
    /// return, replace it with the result and jump. CPython: SEND.
    Send(u32),
    GetYieldFromIter,
    /// `v` -> the iterator `await v` delegates to; the operand names the
    /// context for error messages (0 await, 1 `__aenter__`, 2 `__aexit__`).
    /// CPython: GET_AWAITABLE.
    GetAwaitable(u32),
    /// `v` -> the value an async generator yields, wrapped so that its
    /// `asend` can tell it from a value passed through by an `await`.
    /// CPython: CALL_INTRINSIC_1 INTRINSIC_ASYNC_GEN_WRAP.
    AsyncGenWrap,
    /// `obj` -> `obj.__aiter__()`. CPython: GET_AITER.
    GetAIter,
    /// `aiter` -> `aiter, awaitable of aiter.__anext__()`. CPython: GET_ANEXT.
    GetANext,
    /// At the handler of an `async for`: `aiter, exc`; StopAsyncIteration
    /// pops both and falls through, anything else is re-raised.
    /// CPython: END_ASYNC_FOR.
    EndAsyncFor,
    /// `mgr` -> `aexit, aenter()`. CPython: BEFORE_ASYNC_WITH.
    BeforeAsyncWith,
    /// `subject` -> `subject, bool`: a sequence pattern may match it.
    /// CPython: MATCH_SEQUENCE.
    MatchSequence,
    /// `subject` -> `subject, bool`: a mapping pattern may match it.
    /// CPython: MATCH_MAPPING.
    MatchMapping,
    /// `subject` -> `subject, len(subject)`. CPython: GET_LEN.
    GetLen,
    /// `subject, keys` -> `subject, keys, values-tuple | None`.
    /// CPython: MATCH_KEYS.
    MatchKeys,
    /// `subject, keys` -> `rest dict` (subject's items without the keys).
    /// CPython: COPY_DICT_WITHOUT_KEYS.
    CopyDictWithoutKeys,
    /// `subject, class, kw-names` -> `attributes-tuple | None` for a class
    /// pattern with this many positional sub-patterns. CPython: MATCH_CLASS.
    MatchClass(u32),
    /// `names, sources` -> a lazy `__annotate__` callable that evaluates
    /// each annotation's source in this frame's namespaces when asked.
    /// CPython 3.14 compiles an `__annotate__` function (PEP 649).
    MakeAnnotate,
    /// Push a handler: on an exception, unwind the value stack to its
    /// current depth, push the exception and jump to the target.
    SetupExcept(u32),
    /// Like SetupExcept, but the handler's stack depth excludes the item
    /// on top (the exception being handled, or a `with` enter result).
    SetupCleanup(u32),
    PopBlock,
    /// At a handler's start: `exc` -> `prev_handled, exc`; `exc` becomes
    /// the exception being handled. CPython: PUSH_EXC_INFO.
    PushExcInfo,
    /// Pop `prev_handled` and restore it. CPython: POP_EXCEPT.
    PopExcept,
    /// Re-raise TOS without adding a traceback entry. CPython: RERAISE.
    Reraise,
    /// `raise` (0), `raise x` (1), `raise x from y` (2).
    Raise(u32),
    /// `exc, type` -> `exc, bool`. CPython: CHECK_EXC_MATCH.
    CheckExcMatch,
    /// `exc, type` -> `rest, match` for one `except*` clause; a match
    /// becomes the handled exception. CPython: CHECK_EG_MATCH.
    CheckEgMatch,
    /// `orig, raised_list` -> the exception an `except*` statement
    /// re-raises, or None. CPython: INTRINSIC_PREP_RERAISE_STAR.
    PrepReraiseStar,
    /// `mgr` -> `exit, enter_result`. CPython: BEFORE_WITH.
    BeforeWith,
    /// With `exit, ..., prev, exc` on the stack, call `exit(type, exc, tb)`
    /// and push its result. CPython: WITH_EXCEPT_START.
    WithExceptStart,
    /// `value` -> `str` after `!s`/`!r`/`!a` (0 none, 1 s, 2 r, 3 a) and an
    /// optional format spec under it (flag 4).
    FormatValue(u32),
    LoadBuildClass,
    LoadAssertionError,
    ImportName(u32),
    ImportFrom(u32),
    ImportStar,
}

/// Code flags, as CPython numbers them (Include/cpython/code.h).
pub const CO_VARARGS: u32 = 0x04;
pub const CO_VARKEYWORDS: u32 = 0x08;
pub const CO_NESTED: u32 = 0x10;
pub const CO_GENERATOR: u32 = 0x20;
pub const CO_COROUTINE: u32 = 0x80;
pub const CO_ASYNC_GENERATOR: u32 = 0x200;
/// rspy's own flag: a list/set/dict comprehension body. CPython 3.12+
/// inlines these into the enclosing frame (PEP 709), so tracebacks show
/// them as part of that frame.
pub const CO_INLINED_COMPREHENSION: u32 = 0x1000_0000;

/// Where a `LoadGlobal` last found its name: the keys versions of the
/// globals (and builtins) tables then, and the entry index. While the
/// versions hold, the value is read at the index with no hashing.
/// CPython: the inline caches of LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN.
#[derive(Clone, Copy, Default)]
pub struct GlobalCacheSlot {
    /// 0: empty.
    pub globals_version: u64,
    /// 0: the name is in the globals.
    pub builtins_version: u64,
    pub index: usize,
}

/// A compiled function body, module or class body. CPython: Objects/codeobject.c.
pub struct Code {
    /// One slot per entry of `names`, for `LoadGlobal`.
    pub global_cache: Box<[std::cell::Cell<GlobalCacheSlot>]>,
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub instrs: Vec<Instr>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// Source byte range of the expression each instruction evaluates.
    pub positions: Vec<(u32, u32)>,
    pub consts: Vec<Value>,
    pub names: Vec<Rc<PyStr>>,
    pub varnames: Vec<Rc<PyStr>>,
    pub cellvars: Vec<Rc<PyStr>>,
    pub freevars: Vec<Rc<PyStr>>,
    /// `(cell index, argument index)` for arguments captured by closures.
    pub cell_args: Vec<(usize, usize)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// The most values the code keeps on its frame's stack (plus one),
    /// computed by the compiler; frames allocate that much up front.
    /// CPython: co_stacksize.
    pub stacksize: u32,
    /// The whole source file, for traceback lines.
    pub source: Option<Rc<str>>,
}

impl Code {
    pub fn is_generator_like(&self) -> bool {
        self.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0
    }

    /// Line `n` (1-based) of the source, without indentation.
    pub fn source_line(&self, n: u32) -> Option<String> {
        let src = self.source.as_ref()?;
        let line = src.lines().nth((n as usize).checked_sub(1)?)?;
        Some(line.trim().to_string())
    }

    /// Total number of named arguments, including `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & CO_VARARGS != 0 {
            n += 1;
        }
        if self.flags & CO_VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
}
