//! Printing an uncaught exception the way CPython does: the chain of
//! causes and contexts, `Traceback (most recent call last):`, one entry per
//! frame with its source line, and `Type: message` with suggestions.
//! CPython: Lib/traceback.py TracebackException.format.

use rspy_objects::exceptions::{ExcKind, PyErr, TbEntry};
use rspy_objects::ops;
use rspy_objects::value::Value;

use crate::vm::Vm;

/// The whole report for `e`.
pub fn format_exception(vm: &mut Vm, e: &PyErr) -> String {
    format_exception_chunks(vm, e, &FormatOptions::default()).concat()
}

/// What `traceback.format_exception` may ask for besides the exception.
#[derive(Default)]
pub struct FormatOptions {
    /// CPython's `limit`: keep the outermost `n` frames, or the innermost
    /// `-n` when negative; all when None.
    pub limit: Option<i64>,
    /// Leave out causes and contexts.
    pub no_chain: bool,
}

/// The report for `e` in the pieces CPython's `TracebackException.format`
/// yields (a header, one piece per frame, one per message line...), which
/// `traceback.format_exception` returns as a list.
pub fn format_exception_chunks(vm: &mut Vm, e: &PyErr, opts: &FormatOptions) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen: Vec<usize> = Vec::new();
    let mut ctx = GroupContext::default();
    format_chain(vm, e, opts, &mut out, &mut seen, &mut ctx);
    out
}

/// `Type: message` (after a SyntaxError's location lines) and the notes.
/// CPython: traceback.format_exception_only.
pub fn format_exception_only_chunks(vm: &mut Vm, e: &PyErr) -> Vec<String> {
    let mut out = Vec::new();
    format_exception_only(vm, e, &mut out);
    out
}

/// One piece per frame of `entries` (innermost first, as exceptions keep
/// them), outermost first. CPython: StackSummary.format.
pub fn format_frames(entries: &[TbEntry], limit: Option<i64>) -> Vec<String> {
    let mut out = Vec::new();
    format_stack(limited(entries, limit), &mut out);
    out
}

/// The frames `limit` keeps, still innermost first.
/// CPython: StackSummary._extract_from_extended_frame_gen (limit).
pub fn limited(entries: &[TbEntry], limit: Option<i64>) -> &[TbEntry] {
    let n = entries.len();
    match limit {
        None => entries,
        Some(l) if l >= 0 => &entries[n.saturating_sub(l as usize)..],
        Some(l) => &entries[..n.min(l.unsigned_abs() as usize)],
    }
}

/// An exception reported by the unraisable hook: no cause/context chain.
/// CPython: _PyErr_WriteUnraisableDefaultHook.
pub fn format_unraisable(vm: &mut Vm, e: &PyErr) -> String {
    let mut out = Vec::new();
    format_one(vm, e, &FormatOptions::default(), &mut out);
    out.concat()
}

thread_local! {
    static STRING_SOURCE_SHOWN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Show the source of `"<string>"` frames: the program came from `-c`,
/// whose text CPython keeps for tracebacks (exec'd strings it does not).
pub fn show_string_source(shown: bool) {
    STRING_SOURCE_SHOWN.with(|c| c.set(shown));
}

/// Whether CPython's linecache could give lines for `filename`: not for
/// code read from stdin or exec'd from a string.
fn source_shown(filename: &str) -> bool {
    match filename {
        "<stdin>" => false,
        "<string>" => STRING_SOURCE_SHOWN.with(|c| c.get()),
        _ => true,
    }
}

/// The formatters' output: the pieces, in order.
type Chunks = Vec<String>;

/// CPython: TracebackException.max_group_width / max_group_depth.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Where the printer is inside nested exception groups, for the margins.
/// CPython: traceback._ExceptionPrintContext.
#[derive(Default)]
struct GroupContext {
    depth: usize,
    need_close: bool,
}

impl GroupContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Add `text` as one piece, each line behind the group margin (`| `
    /// or `+ `).
    fn emit(&self, text: &str, margin: char, out: &mut Chunks) {
        if self.depth == 0 {
            out.push(text.to_string());
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        let mut piece = String::new();
        for line in text.split_inclusive('\n') {
            piece.push_str(&prefix);
            piece.push_str(line);
        }
        out.push(piece);
    }

    /// Add each of `pieces` behind the margin.
    fn emit_all(&self, pieces: Chunks, margin: char, out: &mut Chunks) {
        for p in pieces {
            self.emit(&p, margin, out);
        }
    }
}

fn format_chain(
    vm: &mut Vm,
    e: &PyErr,
    opts: &FormatOptions,
    out: &mut Chunks,
    seen: &mut Vec<usize>,
    ctx: &mut GroupContext,
) {
    seen.push(e.value().id() as usize);
    let (cause, context, suppress) = {
        let d = e.data();
        (d.cause.clone(), d.context.clone(), d.suppress_context)
    };
    let chained = if opts.no_chain {
        None
    } else if let Some(c) = PyErr::from_value(&cause) {
        Some((
            c,
            "\nThe above exception was the direct cause of the following exception:\n\n",
        ))
    } else if !suppress {
        PyErr::from_value(&context).map(|c| {
            (
                c,
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            )
        })
    } else {
        None
    };
    if let Some((c, message)) = chained {
        if !seen.contains(&(c.value().id() as usize)) {
            format_chain(vm, &c, opts, out, seen, ctx);
            ctx.emit(message, '|', out);
        }
    }
    match rspy_objects::exception_group::group_members(e) {
        Some(members) => format_group(vm, e, &members, opts, out, seen, ctx),
        None => {
            let mut s = Vec::new();
            format_one(vm, e, opts, &mut s);
            ctx.emit_all(s, '|', out);
        }
    }
}

/// An exception group: its own traceback, then each member in a box.
/// CPython: TracebackException.format (the exception group branch).
fn format_group(
    vm: &mut Vm,
    e: &PyErr,
    members: &[Value],
    opts: &FormatOptions,
    out: &mut Chunks,
    seen: &mut Vec<usize>,
    ctx: &mut GroupContext,
) {
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            '|',
            out,
        );
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    let tb = e.data().traceback.clone();
    let shown = limited(&tb, opts.limit);
    if !shown.is_empty() {
        let margin = if toplevel { '+' } else { '|' };
        ctx.emit(
            "Exception Group Traceback (most recent call last):\n",
            margin,
            out,
        );
        let mut s = Vec::new();
        format_stack(shown, &mut s);
        ctx.emit_all(s, '|', out);
    }
    let mut s = Vec::new();
    format_exception_only(vm, e, &mut s);
    ctx.emit_all(s, '|', out);
    let n = members.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for (i, member) in members.iter().take(n).enumerate() {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        out.push(format!(
            "{}{}+---------------- {title} ----------------\n",
            ctx.indent(),
            if i == 0 { "+-" } else { "  " }
        ));
        ctx.depth += 1;
        if truncated {
            let remaining = members.len() - MAX_GROUP_WIDTH;
            let plural = if remaining > 1 { "s" } else { "" };
            ctx.emit(
                &format!("and {remaining} more exception{plural}\n"),
                '|',
                out,
            );
        } else if let Some(sub) = PyErr::from_value(member) {
            format_chain(vm, &sub, opts, out, seen, ctx);
        }
        if last && ctx.need_close {
            out.push(format!(
                "{}+------------------------------------\n",
                ctx.indent()
            ));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// Frames beyond this many repetitions of the same line are summarized.
/// CPython: traceback._RECURSIVE_CUTOFF.
const RECURSIVE_CUTOFF: usize = 3;

fn format_one(vm: &mut Vm, e: &PyErr, opts: &FormatOptions, out: &mut Chunks) {
    let tb = e.data().traceback.clone();
    let shown = limited(&tb, opts.limit);
    if !shown.is_empty() {
        out.push("Traceback (most recent call last):\n".to_string());
        format_stack(shown, out);
    }
    format_exception_only(vm, e, out);
}

/// The frames, outermost first, with repeated lines summarized.
/// CPython: StackSummary.format.
fn format_stack(tb: &[TbEntry], out: &mut Chunks) {
    let mut last: Option<(&str, u32, &str)> = None;
    let mut count = 0;
    for entry in tb.iter().rev() {
        let key = (&*entry.code.filename, entry.line, entry.code.name.as_str());
        if last != Some(key) {
            repeated_note(out, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        format_entry(entry, out);
    }
    repeated_note(out, count);
}

/// `Type: message` (with a SyntaxError's source line) and the notes.
/// CPython: TracebackException.format_exception_only.
fn format_exception_only(vm: &mut Vm, e: &PyErr, out: &mut Chunks) {
    if e.matches(ExcKind::SyntaxError) {
        format_syntax_error(e, out);
    }
    out.push(format!("{}\n", exception_line(vm, e)));
    let Some(notes) = e.0.dict().get_str("__notes__") else {
        return;
    };
    let items = match &notes {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.clone(),
        other => {
            let r = ops::repr(vm, other).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
            out.push(format!("{r}\n"));
            return;
        }
    };
    for note in items {
        let text = ops::str_of(vm, &note).unwrap_or_else(|_| "<note str() failed>".into());
        for line in text.split('\n') {
            out.push(format!("{line}\n"));
        }
    }
}

fn repeated_note(out: &mut Chunks, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        out.push(format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n > 1 { "s" } else { "" }
        ));
    }
}

/// `File "...", line N, in name`, the source line, and carets under the
/// failing expression. CPython: StackSummary.format_frame_summary.
fn format_entry(entry: &TbEntry, out: &mut Chunks) {
    let mut piece = String::new();
    entry_lines(entry, &mut piece);
    out.push(piece);
}

fn entry_lines(entry: &TbEntry, out: &mut String) {
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        entry.code.filename,
        entry.line,
        entry.code.name.as_str()
    ));
    if !source_shown(&entry.code.filename) {
        return;
    }
    let Some(src) = entry.code.source.as_deref() else {
        return;
    };
    if let Some(block) = crate::frame_source::frame_source(src, entry.line, entry.pos) {
        out.push_str(&block);
    }
}

/// The location lines of a SyntaxError: file and line, the text, carets.
/// CPython: Lib/traceback.py TracebackException._format_syntax_error.
fn format_syntax_error(e: &PyErr, out: &mut Chunks) {
    let get = |k: &str| e.0.dict().get_str(k);
    let int = |k: &str| match get(k) {
        Some(Value::Int(i)) => Some(i),
        _ => None,
    };
    let lineno = int("lineno");
    if let Some(l) = lineno {
        let filename = match get("filename") {
            Some(Value::Str(f)) if !f.as_str().is_empty() => f.as_str().to_string(),
            _ => "<string>".to_string(),
        };
        out.push(format!("  File \"{filename}\", line {l}\n"));
    }
    let Some(Value::Str(text)) = get("text") else {
        return;
    };
    let text = text.as_str();
    let rtext = text.trim_end_matches('\n');
    let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
    let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
    let Some(mut offset) = int("offset") else {
        out.push(format!("    {ltext}\n"));
        return;
    };
    let (text_len, rtext_len) = (text.chars().count() as i64, rtext.chars().count() as i64);
    let mut end_offset = if lineno == int("end_lineno") {
        match int("end_offset") {
            Some(e) if e != 0 => e,
            _ => offset,
        }
    } else {
        rtext_len + 1
    };
    if offset > text_len {
        offset = rtext_len + 1;
    }
    if end_offset > text_len {
        end_offset = rtext_len + 1;
    }
    if offset >= end_offset || end_offset < 0 {
        end_offset = offset + 1;
    }
    let (col, end_col) = (offset - 1 - spaces, end_offset - 1 - spaces);
    out.push(format!("    {ltext}\n"));
    if col < 0 {
        return;
    }
    // Tabs and other whitespace before the caret are kept for alignment.
    let space: String = ltext
        .chars()
        .take(col as usize)
        .map(|c| if c.is_whitespace() { c } else { ' ' })
        .collect();
    let width = (end_col - col).max(0) as usize;
    out.push(format!("    {space}{}\n", "^".repeat(width)));
}

/// `TypeName: message` for the last line. CPython: format_exception_only.
pub fn exception_line(vm: &mut Vm, e: &PyErr) -> String {
    let cls = e.class();
    let module = cls.module.borrow().clone();
    let qual = cls.qualname.borrow().clone();
    let name = if module == "builtins" || module == "__main__" {
        qual
    } else {
        format!("{module}.{qual}")
    };
    let mut msg = match ops::str_of(vm, &e.value()) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if e.matches(ExcKind::SyntaxError) {
        if let Some(Value::Str(m)) = e.0.dict().get_str("msg") {
            msg = m.as_str().to_string();
        }
    }
    if let Some(h) = e.data().hint.clone() {
        msg.push_str(&h);
    } else if e.matches(ExcKind::AttributeError) {
        if let Some(h) = attribute_hint(vm, e) {
            msg.push_str(&h);
        }
    }
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

fn attribute_hint(vm: &mut Vm, e: &PyErr) -> Option<String> {
    let Value::Str(name) = e.0.dict().get_str("name")? else {
        return None;
    };
    let obj = e.0.dict().get_str("obj")?;
    let dir = ops::call_method(vm, &obj, "__dir__", &[]).ok()?;
    let names: Vec<String> = rspy_objects::iter::collect(vm, &dir)
        .ok()?
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .filter(|n| name.as_str().starts_with('_') || !n.starts_with('_'))
        .collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    crate::suggest::suggest(name.as_str(), &refs).map(|s| format!(". Did you mean: '{s}'?"))
}
