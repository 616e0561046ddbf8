//! Snapshot tests: run every `tests/scripts/<area>/<name>.py` (and every
//! `examples/<name>.py`, as area `examples`) with the rspy binary and
//! compare its output with `snapshots/<area>/<name>.snap`, which
//! was produced by the reference interpreter (CPython 3.14) with
//! `tools/regen-snapshots`.
//!
//! Each script is run exactly the way `tools/regen-snapshots` runs it:
//!   argv   [rspy, "tests/scripts/<area>/<name>.py"]
//!   cwd    the crate root (CARGO_MANIFEST_DIR)
//!   stdin  tests/scripts/<area>/<name>.stdin if it exists, else empty
//!   env    inherited, plus PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8,
//!          minus PYTHONPATH and PYTHONSTARTUP
//!   limit  60 seconds (the child is killed and the script fails)
//!
//! The compared body (see `snapshot_body`, which mirrors the Python function
//! of the same name in tools/regen-snapshots) is:
//!
//! ```text
//! exit code: <N>                 (or "signal <S>" if killed by a signal)
//! stderr last line: <L>          (last non-empty line of stderr, see below)
//! --- stdout
//! <stdout verbatim>
//! ```
//!
//! `<L>`: stderr (UTF-8, invalid bytes replaced by U+FFFD) is split on '\n',
//! trailing ' ', '\t', '\r' are removed from each piece, and the last piece
//! that is then non-empty is used ("" if none).
//!
//! The `.snap` files use insta's layout (a `---`-delimited metadata header
//! followed by the body), but insta's accept workflow is not used: the body
//! is compared as a plain string here.
//!
//! `tests/known_failures.txt` lists scripts (`<area>/<name>: <reason>`) that
//! are expected to fail; they are run and reported but do not fail the test.
//!
//! `RSPY_SNAPSHOT_FILTER=substring` runs only scripts whose `<area>/<name>`
//! contains the substring.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);
const WORKER_THREADS: usize = 2;
/// Maximum number of diff lines shown per failing script.
const MAX_DIFF_LINES: usize = 200;
const REGEN_HINT: &str = "REFERENCE_PYTHON=../shared/tools/cpython3.14 tools/regen-snapshots";

/// One script of the corpus.
struct Script {
    /// `<area>/<name>`, e.g. `lang/int_bigint`.
    id: String,
    /// `tests/scripts/<area>/<name>.py`, relative to the crate root.
    rel_path: String,
    /// Absolute path of the `.stdin` file, if one exists.
    stdin: Option<PathBuf>,
    /// Absolute path of the expected snapshot.
    snap: PathBuf,
}

/// What happened when a script was checked.
enum Outcome {
    Pass,
    /// A human-readable explanation (diff, timeout, missing snapshot, ...).
    Fail(String),
}

fn crate_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Last non-empty line of stderr, after removing trailing ' ', '\t', '\r'.
fn stderr_last_line(stderr: &str) -> &str {
    stderr
        .split('\n')
        .map(|line| line.trim_end_matches([' ', '\t', '\r']))
        .rfind(|line| !line.is_empty())
        .unwrap_or("")
}

/// The compared part of a snapshot; identical to `snapshot_body` in
/// tools/regen-snapshots.
fn snapshot_body(exit_code: &str, stdout: &str, stderr: &str) -> String {
    format!(
        "exit code: {}\nstderr last line: {}\n--- stdout\n{}",
        exit_code,
        stderr_last_line(stderr),
        stdout
    )
}

fn format_exit_code(status: &ExitStatus) -> String {
    if let Some(code) = status.code() {
        return code.to_string();
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return format!("signal {}", signal);
        }
    }
    format!("unknown ({})", status)
}

/// Extract the body from a `.snap` file: everything after the second line
/// that is exactly `---` (the first line of the file must be `---`).
fn parse_snap(content: &str) -> Result<&str, String> {
    let rest = content
        .strip_prefix("---\n")
        .ok_or_else(|| "snapshot does not start with a `---` line".to_string())?;
    if let Some(body) = rest.strip_prefix("---\n") {
        return Ok(body);
    }
    match rest.find("\n---\n") {
        Some(pos) => Ok(&rest[pos + "\n---\n".len()..]),
        None => Err("snapshot header is not terminated by a `---` line".to_string()),
    }
}

/// Find `tests/scripts/*/*.py` and `examples/*.py` (area `examples`),
/// sorted by `<area>/<name>`.
fn discover_scripts(root: &Path) -> Vec<Script> {
    let scripts_dir = root.join("tests").join("scripts");
    let mut found = Vec::new();
    let areas = fs::read_dir(&scripts_dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {}", scripts_dir.display(), e));
    for area in areas {
        let area = area.expect("cannot read an entry of tests/scripts");
        if !area.path().is_dir() {
            continue;
        }
        let area_name = area.file_name().to_string_lossy().into_owned();
        found.extend(scripts_in(
            root,
            &format!("tests/scripts/{area_name}"),
            &area_name,
        ));
    }
    found.extend(scripts_in(root, "examples", "examples"));
    found.sort_by(|a, b| a.id.cmp(&b.id));
    found
}

/// The `*.py` files directly in `root/dir` as scripts of `area`
/// (subdirectories hold the packages they import).
fn scripts_in(root: &Path, dir: &str, area: &str) -> Vec<Script> {
    let Ok(files) = fs::read_dir(root.join(dir)) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for file in files.flatten() {
        let path = file.path();
        if !path.is_file() || path.extension().is_none_or(|ext| ext != "py") {
            continue;
        }
        let Some(name) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
            continue;
        };
        let stdin = path.with_extension("stdin");
        found.push(Script {
            id: format!("{area}/{name}"),
            rel_path: format!("{dir}/{name}.py"),
            stdin: stdin.is_file().then_some(stdin),
            snap: root
                .join("snapshots")
                .join(area)
                .join(format!("{name}.snap")),
        });
    }
    found
}

/// Parse `tests/known_failures.txt`: `<area>/<name>: <reason>` per line,
/// `#` comments and blank lines ignored.
fn load_known_failures(root: &Path) -> BTreeMap<String, String> {
    let path = root.join("tests").join("known_failures.txt");
    let mut known = BTreeMap::new();
    let content = match fs::read_to_string(&path) {
        Ok(content) => content,
        Err(_) => return known,
    };
    for (lineno, line) in content.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (id, reason) = match line.split_once(':') {
            Some((id, reason)) => (id.trim(), reason.trim()),
            None => (line, ""),
        };
        if id.is_empty() {
            panic!(
                "{}:{}: expected `<area>/<name>: <reason>`",
                path.display(),
                lineno + 1
            );
        }
        known.insert(id.to_string(), reason.to_string());
    }
    known
}

/// Read a pipe to the end on a separate thread (so that a chatty child
/// cannot block on a full stderr pipe while we read stdout, or vice versa).
fn spawn_reader<R: Read + Send + 'static>(mut pipe: R) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        // A read error just truncates the captured output.
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

/// Run one script with rspy and return its snapshot body.
fn run_script(root: &Path, script: &Script) -> Result<String, String> {
    let stdin = match &script.stdin {
        Some(path) => Stdio::from(
            fs::File::open(path).map_err(|e| format!("cannot open {}: {}", path.display(), e))?,
        ),
        None => Stdio::null(),
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_rspy"))
        .arg(&script.rel_path)
        .current_dir(root)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONSTARTUP")
        .spawn()
        .map_err(|e| format!("cannot spawn rspy: {}", e))?;

    let stdout_reader = spawn_reader(child.stdout.take().expect("child stdout is piped"));
    let stderr_reader = spawn_reader(child.stderr.take().expect("child stderr is piped"));

    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {
                if started.elapsed() >= TIMEOUT {
                    let _ = child.kill();
                    let _ = child.wait();
                    // The reader threads are not joined: a grandchild could
                    // still hold the pipes open.  They end when the pipes close.
                    drop(stdout_reader);
                    drop(stderr_reader);
                    return Err(format!(
                        "timed out after {} s (child killed)",
                        TIMEOUT.as_secs()
                    ));
                }
                thread::sleep(Duration::from_millis(10));
            }
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("error waiting for rspy: {}", e));
            }
        }
    };
    let stdout = stdout_reader.join().expect("stdout reader thread panicked");
    let stderr = stderr_reader.join().expect("stderr reader thread panicked");
    Ok(snapshot_body(
        &format_exit_code(&status),
        &String::from_utf8_lossy(&stdout),
        &String::from_utf8_lossy(&stderr),
    ))
}

/// Split into lines, marking a missing final newline:
/// "a\nb\n" -> ["a", "b"], "a\nb" -> ["a", "b\\ (no newline at end)"].
fn diff_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    // `split` yields one final piece after the last '\n' (empty if the text
    // ends with a newline, or if the text is empty).
    if let Some(last) = lines.pop() {
        if !last.is_empty() {
            lines.push(format!("{}\\ (no newline at end)", last));
        }
    }
    lines
}

/// A simple line diff (common prefix/suffix + LCS on the middle), printed as
/// `-expected` / `+actual` lines with a little context.
fn line_diff(expected: &str, actual: &str) -> String {
    let old = diff_lines(expected);
    let new = diff_lines(actual);

    let mut prefix = 0;
    while prefix < old.len() && prefix < new.len() && old[prefix] == new[prefix] {
        prefix += 1;
    }
    let mut suffix = 0;
    while suffix < old.len() - prefix
        && suffix < new.len() - prefix
        && old[old.len() - 1 - suffix] == new[new.len() - 1 - suffix]
    {
        suffix += 1;
    }
    let old_mid = &old[prefix..old.len() - suffix];
    let new_mid = &new[prefix..new.len() - suffix];

    // Ops over the middle section: ' ' keep, '-' expected only, '+' actual only.
    let mut ops: Vec<(char, &str)> = Vec::new();
    let (n, m) = (old_mid.len(), new_mid.len());
    if n.saturating_mul(m) <= 4_000_000 {
        // lcs[i][j] = LCS length of old_mid[i..] and new_mid[j..].
        let mut lcs = vec![vec![0u32; m + 1]; n + 1];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i][j] = if old_mid[i] == new_mid[j] {
                    lcs[i + 1][j + 1] + 1
                } else {
                    lcs[i + 1][j].max(lcs[i][j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && old_mid[i] == new_mid[j] {
                ops.push((' ', old_mid[i].as_str()));
                i += 1;
                j += 1;
            } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
                ops.push(('-', old_mid[i].as_str()));
                i += 1;
            } else {
                ops.push(('+', new_mid[j].as_str()));
                j += 1;
            }
        }
    } else {
        ops.extend(old_mid.iter().map(|l| ('-', l.as_str())));
        ops.extend(new_mid.iter().map(|l| ('+', l.as_str())));
    }

    const CONTEXT: usize = 3;
    let mut out = String::new();
    out.push_str("    --- expected (snapshot)\n    +++ actual (rspy)\n");
    let ctx_start = prefix.saturating_sub(CONTEXT);
    if ctx_start > 0 {
        out.push_str(&format!(
            "    @@ {} identical line(s) skipped @@\n",
            ctx_start
        ));
    }
    for line in &old[ctx_start..prefix] {
        out.push_str(&format!("      {}\n", line));
    }
    let mut shown = 0;
    // Collapse long runs of unchanged lines inside the middle section.
    let mut k = 0;
    while k < ops.len() {
        if shown >= MAX_DIFF_LINES {
            out.push_str("    @@ diff truncated @@\n");
            return out;
        }
        let (tag, line) = ops[k];
        if tag == ' ' {
            let run_end = ops[k..]
                .iter()
                .position(|(t, _)| *t != ' ')
                .map_or(ops.len(), |p| k + p);
            let run = run_end - k;
            if run > 2 * CONTEXT {
                for (_, l) in &ops[k..k + CONTEXT] {
                    out.push_str(&format!("      {}\n", l));
                }
                out.push_str(&format!(
                    "    @@ {} identical line(s) skipped @@\n",
                    run - 2 * CONTEXT
                ));
                for (_, l) in &ops[run_end - CONTEXT..run_end] {
                    out.push_str(&format!("      {}\n", l));
                }
                shown += 2 * CONTEXT;
                k = run_end;
                continue;
            }
            out.push_str(&format!("      {}\n", line));
        } else {
            out.push_str(&format!("    {} {}\n", tag, line));
        }
        shown += 1;
        k += 1;
    }
    let suffix_start = old.len() - suffix;
    let ctx_end = (suffix_start + CONTEXT).min(old.len());
    for line in &old[suffix_start..ctx_end] {
        out.push_str(&format!("      {}\n", line));
    }
    if ctx_end < old.len() {
        out.push_str(&format!(
            "    @@ {} identical line(s) skipped @@\n",
            old.len() - ctx_end
        ));
    }
    out
}

fn check_script(root: &Path, script: &Script) -> Outcome {
    let snap_content = match fs::read_to_string(&script.snap) {
        Ok(content) => content,
        Err(e) => {
            return Outcome::Fail(format!(
                "missing or unreadable snapshot {} ({}); regenerate it with:\n    {} {}",
                script.snap.display(),
                e,
                REGEN_HINT,
                script.rel_path
            ))
        }
    };
    let expected = match parse_snap(&snap_content) {
        Ok(body) => body,
        Err(e) => {
            return Outcome::Fail(format!(
                "malformed snapshot {}: {}; regenerate it with:\n    {} {}",
                script.snap.display(),
                e,
                REGEN_HINT,
                script.rel_path
            ))
        }
    };
    let actual = match run_script(root, script) {
        Ok(body) => body,
        Err(e) => return Outcome::Fail(e),
    };
    if actual == expected {
        Outcome::Pass
    } else {
        Outcome::Fail(format!("output differs:\n{}", line_diff(expected, &actual)))
    }
}

/// Warn about snapshots whose script no longer exists (not a failure).
fn report_orphan_snapshots(root: &Path, scripts: &[Script]) {
    let snap_root = root.join("snapshots");
    let Ok(areas) = fs::read_dir(&snap_root) else {
        return;
    };
    for area in areas.flatten() {
        let Ok(files) = fs::read_dir(area.path()) else {
            continue;
        };
        for file in files.flatten() {
            let path = file.path();
            if path.extension().is_some_and(|ext| ext == "snap")
                && !scripts.iter().any(|s| s.snap == path)
            {
                eprintln!("note: snapshot without a script: {}", path.display());
            }
        }
    }
}

#[test]
fn snapshots() {
    let root = crate_root();
    let filter = std::env::var("RSPY_SNAPSHOT_FILTER")
        .ok()
        .filter(|f| !f.is_empty());
    let all = discover_scripts(&root);
    if filter.is_none() {
        report_orphan_snapshots(&root, &all);
    }
    let scripts: Vec<Script> = match &filter {
        Some(f) => all
            .into_iter()
            .filter(|s| s.id.contains(f.as_str()))
            .collect(),
        None => all,
    };
    if scripts.is_empty() {
        eprintln!(
            "note: no snapshot scripts selected (RSPY_SNAPSHOT_FILTER={:?})",
            filter.as_deref().unwrap_or("")
        );
        return;
    }
    let known = load_known_failures(&root);
    for id in known.keys() {
        if !scripts.iter().any(|s| &s.id == id) && filter.is_none() {
            eprintln!("note: tests/known_failures.txt names unknown script {}", id);
        }
    }

    // Run the scripts on a few worker threads; results are stored by index.
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> =
        Mutex::new((0..scripts.len()).map(|_| None).collect());
    thread::scope(|scope| {
        for _ in 0..WORKER_THREADS.min(scripts.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= scripts.len() {
                    break;
                }
                let outcome = check_script(&root, &scripts[i]);
                results.lock().expect("results mutex poisoned")[i] = Some(outcome);
            });
        }
    });
    let results = results.into_inner().expect("results mutex poisoned");

    let mut passed = 0;
    let mut failures: Vec<(String, String)> = Vec::new();
    let mut known_failed = 0;
    let mut unexpectedly_passing = Vec::new();
    for (script, outcome) in scripts.iter().zip(results) {
        let outcome = outcome.expect("every script was checked");
        match (outcome, known.get(&script.id)) {
            (Outcome::Pass, None) => passed += 1,
            (Outcome::Pass, Some(_)) => {
                passed += 1;
                unexpectedly_passing.push(script.id.clone());
                eprintln!(
                    "note: {} is listed in tests/known_failures.txt but now passes; \
                     consider removing it from the list",
                    script.id
                );
            }
            (Outcome::Fail(msg), Some(reason)) => {
                known_failed += 1;
                eprintln!("known failure: {} ({})", script.id, reason);
                let _ = msg;
            }
            (Outcome::Fail(msg), None) => {
                eprintln!("FAIL: {}", script.id);
                failures.push((script.id.clone(), msg));
            }
        }
    }

    eprintln!(
        "snapshot scripts: {} run, {} passed, {} failed, {} known failures{}",
        scripts.len(),
        passed,
        failures.len(),
        known_failed,
        if unexpectedly_passing.is_empty() {
            String::new()
        } else {
            format!(
                ", {} known failure(s) now pass: {}",
                unexpectedly_passing.len(),
                unexpectedly_passing.join(", ")
            )
        }
    );

    if !failures.is_empty() {
        let mut report = String::new();
        for (id, msg) in &failures {
            report.push_str(&format!("\n==== {} ====\n{}\n", id, msg));
        }
        report.push_str(&format!(
            "\n{} snapshot script(s) failed:\n",
            failures.len()
        ));
        for (id, _) in &failures {
            report.push_str(&format!("    {}\n", id));
        }
        report.push_str(
            "(add `<area>/<name>: <reason>` to tests/known_failures.txt to mark expected \
             failures; RSPY_SNAPSHOT_FILTER=substring runs a subset)\n",
        );
        panic!("{}", report);
    }
}
