#![cfg(unix)]
//! Ctrl-C (SIGINT) raises KeyboardInterrupt in the running program, its
//! `finally` blocks run, the traceback is printed and the process dies of
//! SIGINT, as CPython 3.14 does. Each script prints "ready" before it
//! blocks; the test interrupts it only after reading that line.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};

fn interrupt(script: &str) -> (Option<i32>, String, String) {
    interrupt_with(&[], script)
}

fn interrupt_with(options: &[&str], script: &str) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rspy"))
        .args(options)
        .arg(format!("tests/signals/{script}"))
        .env_remove("RSPY_NO_DEADLOCK_CHECK")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rspy starts");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    out.read_line(&mut first).expect("a first line");
    assert_eq!(first, "ready\n");
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("stdout");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr");
    let status = child.wait().expect("rspy ends");
    (status.signal(), rest, err)
}

#[test]
fn ctrl_c_in_a_loop_raises_keyboard_interrupt() {
    let (signal, out, err) = interrupt("spin_until_interrupted.py");
    assert_eq!(signal, Some(2), "stderr: {err}");
    assert_eq!(out, "finally ran\n");
    assert_eq!(err.lines().last(), Some("KeyboardInterrupt"));
    assert!(err.contains("line 5, in <module>"), "{err}");
}

#[test]
fn ctrl_c_while_the_event_loop_sleeps() {
    let (signal, out, err) = interrupt("await_until_interrupted.py");
    assert_eq!(signal, Some(2), "stderr: {err}");
    assert_eq!(out, "finally ran\n");
    assert_eq!(err.lines().last(), Some("KeyboardInterrupt"));
}

#[test]
fn ctrl_c_in_asyncio_run_cancels_the_main_task_first() {
    let (signal, out, err) = interrupt("asyncio_run_interrupted.py");
    assert_eq!(signal, Some(2), "stderr: {err}");
    assert_eq!(out, "main cancelled\nmain finally\nchild finally\n");
    assert!(
        err.contains("During handling of the above exception"),
        "{err}"
    );
    assert!(err.contains("CancelledError"), "{err}");
    assert_eq!(err.lines().last(), Some("KeyboardInterrupt"));
}

#[test]
fn without_the_deadlock_check_a_deadlock_blocks_until_ctrl_c() {
    let (signal, out, err) = interrupt_with(&["-X", "no_deadlock_check"], "deadlock_blocked.py");
    assert_eq!(signal, Some(2), "stderr: {err}");
    assert_eq!(out, "finally ran\n");
    assert!(!err.contains("rspy: deadlock"), "{err}");
    assert_eq!(err.lines().last(), Some("KeyboardInterrupt"));
}
