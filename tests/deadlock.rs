//! Deadlock diagnosis (rspy's own behaviour; CPython hangs on these
//! scripts, so they cannot be snapshots): when every task waits and no
//! timer or I/O can wake any of them, rspy reports each blocked task, where
//! it waits and on what, fails the main task's innermost await with a
//! RuntimeError so `finally` blocks run, and exits with CPython's
//! uncaught-exception status. The expected facts below come from that
//! specification, not from rspy's output. Also here: the other bound on
//! programs that would never end, `-X instruction_budget`.

use std::process::{Command, Output};

const LAST_LINE: &str = "RuntimeError: deadlock: every task is waiting and nothing can wake them";

fn run(script: &str, extra_env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rspy"));
    cmd.arg(format!("tests/deadlock/{script}"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("RSPY_NO_DEADLOCK_CHECK");
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    cmd.output().expect("rspy runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn lock_ordering_deadlock_is_reported_and_unwinds() {
    let out = run("lock_order.py", &[]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert_eq!(
        stderr.lines().last(),
        Some(format!("{LAST_LINE} (3 tasks)").as_str())
    );
    assert!(stderr.starts_with("rspy: deadlock: no task can run again"));
    // Both workers are named, with the line of the inner `async with`
    // and the lock each waits on.
    for task in ["Task-2", "Task-3"] {
        let line = stderr
            .lines()
            .find(|l| l.contains(&format!("task '{task}' waits at")))
            .unwrap_or_else(|| panic!("no report line for {task}: {stderr}"));
        assert!(line.contains("lock_order.py:9 in worker() on <asyncio.locks.Lock object at 0x"));
        assert!(line.ends_with("[locked, waiters:1]>"), "{line}");
    }
    assert!(stderr.contains("task 'Task-1' waits at"));
    assert!(stderr.contains("lock_order.py:20 in main() on <_GatheringFuture pending"));
    // Every finally block ran.
    assert!(stdout.starts_with("main finally runs; started: ['left', 'right']\n"));
    assert!(stdout.contains("left finally runs\n"));
    assert!(stdout.contains("right finally runs\n"));
}

#[test]
fn the_error_reaches_the_innermost_awaiting_task_first() {
    let out = run("event_never_set.py", &[]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert_eq!(stdout, "waiter finally runs\nmain finally runs\n");
    assert!(stderr.contains("task 'the-waiter' waits at"));
    assert!(stderr.contains("<asyncio.locks.Event object at 0x"));
    assert!(stderr.contains("[unset, waiters:1]>"));
    assert_eq!(
        stderr.lines().last(),
        Some(format!("{LAST_LINE} (2 tasks)").as_str())
    );
}

#[test]
fn a_caught_deadlock_error_lets_the_program_go_on() {
    let out = run("queue_and_condition.py", &[]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(0), "stderr: {stderr}");
    assert_eq!(
        stdout,
        "caught: deadlock: every task is waiting and nothing can wake them (3 tasks)\n\
         main continues and returns\nresult 7\n"
    );
    assert!(stderr.contains("in consumer() on <Queue at 0x"));
    assert!(stderr.contains("in cond_waiter() on <asyncio.locks.Condition object at 0x"));
}

#[test]
fn waiting_on_a_timer_is_never_reported() {
    let out = run("timer_only.py", &[]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "woken by the timer\n");
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn the_check_can_be_turned_off() {
    // Off, the deadlocked script would block like CPython; a script
    // without a deadlock shows the option and variable are accepted.
    let out = Command::new(env!("CARGO_BIN_EXE_rspy"))
        .args(["-X", "no_deadlock_check", "tests/deadlock/timer_only.py"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("rspy runs");
    assert_eq!(out.status.code(), Some(0));
    let out = run("timer_only.py", &[("RSPY_NO_DEADLOCK_CHECK", "1")]);
    assert_eq!(out.status.code(), Some(0));
}

/// The fuzzer's bound on endless loops (`-X instruction_budget=N`): a loop
/// without end, and recursion without loops, stop with status 124 after the
/// output they printed.
#[test]
fn endless_programs_stop_at_the_instruction_budget() {
    for code in [
        "print('start', flush=True)\nwhile True:\n    pass\n",
        "def f(n):\n    return f(n + 1) if n < 100 else 0\nprint('start')\nwhile 1:\n    f(0)\n",
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_rspy"))
            .args(["-X", "instruction_budget=100000", "-c", code])
            .output()
            .expect("rspy runs");
        assert_eq!(out.status.code(), Some(124));
        assert_eq!(text(&out.stdout), "start\n");
        assert_eq!(
            text(&out.stderr),
            "rspy: instruction budget exhausted (-X instruction_budget)\n"
        );
    }
}
