#![cfg(target_os = "linux")]
//! Bounded resources (issue 7): 1,000,000 tasks through the asyncio
//! primitives, with cancellations, exceptions and the reference cycles
//! asyncio programs make, in flat memory. tests/soak/primitives.py pauses
//! at every 100,000 tasks; this harness reads the process's peak resident
//! set (VmHWM in /proc/PID/status) there and requires the growth from the
//! first checkpoint to the last to stay under 10 MB. Its stdout must be
//! CPython 3.14's (tests/soak/primitives.expected, made as the script's
//! header says).

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};

/// Peak resident set of process `pid`, in kB.
fn peak_rss_kb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/PID/status")
}

#[test]
fn a_million_tasks_through_the_primitives_in_flat_memory() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut child = Command::new(env!("CARGO_BIN_EXE_rspy"))
        .arg("tests/soak/primitives.py")
        .current_dir(root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rspy starts");
    let pid = child.id();
    let mut stdin = child.stdin.take().expect("stdin");
    let out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut curve = Vec::new();
    let mut output = String::new();
    for line in out.lines() {
        let line = line.expect("a line of stdout");
        if let Some(n) = line.strip_prefix("checkpoint ") {
            curve.push((n.to_string(), peak_rss_kb(pid)));
            stdin.write_all(b"\n").expect("resume the script");
            stdin.flush().expect("resume the script");
        } else {
            output.push_str(&line);
            output.push('\n');
        }
    }
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr");
    let status = child.wait().expect("rspy ends");
    assert!(status.success(), "status {status:?}, stderr:\n{err}");
    assert_eq!(err, "");
    let expected = std::fs::read_to_string(format!("{root}/tests/soak/primitives.expected"))
        .expect("expected");
    assert_eq!(output, expected);
    assert_eq!(curve.len(), 10, "{curve:?}");
    let first = curve[0].1;
    let last = curve[curve.len() - 1].1;
    eprintln!("peak RSS (kB) by tasks done: {curve:?}");
    assert!(
        last < first + 10 * 1024,
        "peak RSS grew {} kB between the first and last 100,000 tasks: {curve:?}",
        last.saturating_sub(first)
    );
}
