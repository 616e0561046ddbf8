//! The maximum value-stack depth of a code object, so a frame's stack is
//! allocated once at its final size. CPython: Python/flowgraph.c
//! `calculate_stackdepth` (`co_stacksize`).
//!
//! A flow analysis over the instructions (jump targets resolved, before
//! `fuse_pairs`), following both ways of every branch and the exception
//! handler of every `SetupExcept`/`SetupCleanup`. The result only sizes an
//! allocation: an under-estimate costs a `Vec` growth, never a crash, so
//! effects are rounded up where the eval loop's are data dependent.

use rspy_objects::code::Instr;

/// Stack effect of `instr`: `(fall through, taken jump)`.
fn effect(instr: Instr) -> (i64, i64) {
    use Instr::*;
    let n = |x: u32| i64::from(x);
    let e = match instr {
        Nop | Swap(_) | DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) => 0,
        LoadAttr(_) | Unary(_) | ListToTuple | GetIter | GetYieldFromIter | GetAwaitable(_) => 0,
        AsyncGenWrap | GetAIter | YieldValue | PopBlock | CheckExcMatch | CheckEgMatch => 0,
        StoreFastLoadFast(..) | Jump(_) | SetupExcept(_) | SetupCleanup(_) => 0,
        PopTop | StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => -1,
        Copy(_) | LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) => 1,
        LoadGlobal(_) | LoadName(_) | LoadClassDeref(_) | LoadMethod(_) | LoadFastAttr(..) => 1,
        LoadBuildClass | LoadAssertionError | ImportFrom(_) | PushExcInfo | GetANext => 1,
        BeforeWith | BeforeAsyncWith | WithExceptStart => 1,
        MatchSequence | MatchMapping | GetLen | MatchKeys => 1,
        LoadFastPair(..) => 2,
        BinaryOpConst(..) | InplaceOpConst(..) => 0,
        StoreAttr(_) => -2,
        DeleteAttr(_) | BinarySubscr | BinaryOp(_) | InplaceOp(_) | Compare(_) => -1,
        IsOp(_) | ContainsOp(_) | ListAppend(_) | SetAdd(_) | ListExtend(_) => -1,
        CallArgsExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => -1,
        CopyDictWithoutKeys | MakeAnnotate | PopExcept | PrepReraiseStar => -1,
        ImportName(_) | ImportStar => -1,
        StoreSubscr => -3,
        DeleteSubscr | MapAdd(_) | EndAsyncFor | MatchClass(_) => -2,
        BuildTuple(k) | BuildList(k) | BuildTempList(k) | BuildSet(k) | BuildConstSet(k) => {
            1 - n(k)
        }
        BuildTempMap => 1,
        BuildSlice(k) | BuildString(k) => 1 - n(k),
        BuildMap(k) => 1 - 2 * n(k),
        UnpackSequence(k) => n(k) - 1,
        UnpackEx(before, after) => i64::from(before) + i64::from(after),
        PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => -1,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => return (-1, 0),
        ForIter(_) => return (1, -1),
        Send(_) => return (0, -1),
        Call(k) => -n(k),
        CallKw(k) | CallMethod(k) => -n(k) - 1,
        CallMethodKw(k) => -n(k) - 2,
        CallEx(kw) => -1 - i64::from(kw),
        MakeFunction(flags) => -i64::from((flags & 0xf).count_ones()),
        FormatValue(flags) => -i64::from(flags & 4 != 0),
        ReturnValue | Reraise => -1,
        Raise(k) => -n(k),
    };
    (e, e)
}

/// Where `instr` may branch to (a jump, or an exception handler), and
/// whether execution can fall through to the next instruction.
fn successors(instr: Instr) -> (Option<u32>, bool) {
    use Instr::*;
    match instr {
        Jump(t) => (Some(t), false),
        PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t)
        | PopJumpIfNone(t) | PopJumpIfNotNone(t) | ForIter(t) | Send(t) | SetupExcept(t)
        | SetupCleanup(t) => (Some(t), true),
        ReturnValue | Reraise | Raise(_) => (None, false),
        _ => (None, true),
    }
}

/// The maximum stack depth `instrs` reach, counting the `None` an
/// implicit return pushes where execution can run off the end.
pub fn max_stack_depth(instrs: &[Instr]) -> usize {
    let mut depth_at: Vec<Option<i64>> = vec![None; instrs.len()];
    let mut work: Vec<(usize, i64)> = vec![(0, 0)];
    let mut max = 0i64;
    // Bounds the work should the effects above not balance around a loop.
    let mut budget = instrs.len().saturating_mul(8).saturating_add(64);
    while let Some((mut pc, mut depth)) = work.pop() {
        loop {
            let Some(&instr) = instrs.get(pc) else {
                // Past the end the eval loop pushes `None` and returns.
                max = max.max(depth + 1);
                break;
            };
            budget = budget.saturating_sub(1);
            if budget == 0 {
                work.clear();
                break;
            }
            match depth_at[pc] {
                Some(seen) if seen >= depth => break,
                _ => depth_at[pc] = Some(depth),
            }
            let (fall, jump) = effect(instr);
            let (target, falls) = successors(instr);
            if let Some(t) = target {
                let t_depth = match instr {
                    // The handler runs with the exception pushed on the
                    // depth at setup (SetupCleanup's excludes its top item).
                    Instr::SetupExcept(_) | Instr::SetupCleanup(_) => depth + 1,
                    _ => depth + jump,
                };
                max = max.max(t_depth);
                work.push((t as usize, t_depth.max(0)));
            }
            if !falls {
                break;
            }
            depth = (depth + fall).max(0);
            max = max.max(depth);
            pc += 1;
        }
    }
    usize::try_from(max).unwrap_or(0).min(MAX_PREALLOC)
}

/// Deeper stacks (huge literal displays) grow as they are used instead.
const MAX_PREALLOC: usize = 1024;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn straight_line_and_calls() {
        use Instr::*;
        // f(a, b, c): callable + 3 arguments.
        let code = [
            LoadGlobal(0),
            LoadFast(0),
            LoadFast(1),
            LoadFast(2),
            Call(3),
            PopTop,
        ];
        assert_eq!(max_stack_depth(&code), 4);
    }

    #[test]
    fn branches_and_handlers() {
        use Instr::*;
        let code = [
            SetupExcept(4),
            LoadConst(0),
            PopTop,
            Jump(7),
            // handler: exc pushed
            PushExcInfo,
            PopExcept,
            PopTop,
            ReturnValue,
        ];
        // handler entry depth 1, PushExcInfo makes it 2.
        assert_eq!(max_stack_depth(&code), 2);
    }

    /// The stack sizes of `src`'s module code and every code object
    /// nested in it, by qualified name.
    fn sizes(src: &str) -> Vec<(String, u32)> {
        fn walk(code: &rspy_objects::code::Code, out: &mut Vec<(String, u32)>) {
            out.push((code.qualname.as_str().to_string(), code.stacksize));
            for c in &code.consts {
                if let rspy_objects::value::Value::Code(inner) = c {
                    walk(inner, out);
                }
            }
        }
        let code = crate::compile_source(src, "<test>").expect("compiles");
        let mut out = Vec::new();
        walk(&code, &mut out);
        out
    }

    fn size_of(src: &str, name: &str) -> u32 {
        sizes(src)
            .into_iter()
            .find(|(n, _)| n == name)
            .map(|(_, s)| s)
            .expect("code object present")
    }

    #[test]
    fn compiled_snippets() {
        // Callable plus 12 arguments.
        let many = "def f(g):\n    return g(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)\n";
        let s = size_of(many, "f");
        assert!((13..=16).contains(&s), "{s}");

        let tef = "def f(g):\n    try:\n        g()\n    except ValueError as e:\n        g(e)\n    finally:\n        g()\n";
        let s = size_of(tef, "f");
        assert!((3..=10).contains(&s), "{s}");

        let with = "def f(m, g):\n    with m as x, m as y:\n        g(x, y)\n";
        let s = size_of(with, "f");
        assert!((5..=14).contains(&s), "{s}");

        let awith = "async def f(m, g):\n    async with m as x:\n        await g(x)\n";
        let s = size_of(awith, "f");
        assert!((4..=12).contains(&s), "{s}");

        let comp = "def f(xs):\n    return [x * 2 for x in xs if x], {k: v for k, v in xs}\n";
        let all = sizes(comp);
        // The list (or dict) being built, the iterator, an item, one more
        // operand; the module just makes `f` (and returns None).
        assert!(
            all.iter()
                .all(|(n, s)| n == "<module>" || (3..=12).contains(s)),
            "{all:?}"
        );

        // A large literal display is not preallocated in full.
        let big = format!("x = [{}]\n", vec!["1"; 5000].join(", "));
        let s = size_of(&big, "<module>");
        assert!(s as usize <= MAX_PREALLOC, "{s}");
    }

    #[test]
    fn empty_and_unreachable() {
        // Running off the end pushes the implicit `None`.
        assert_eq!(max_stack_depth(&[]), 1);
        // A loop back-edge terminates.
        assert_eq!(max_stack_depth(&[Instr::Jump(0)]), 0);
        // A jump out of range is ignored, not a panic.
        assert_eq!(max_stack_depth(&[Instr::Jump(99), Instr::LoadConst(0)]), 1);
    }
}
