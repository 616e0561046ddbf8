//! The source lines a traceback prints under one frame, with the `~~~^^^`
//! carets under the failing expression, also when it spans several lines
//! (first and last line, lines around the operator, `...<N lines>...`
//! between). CPython: Lib/traceback.py StackSummary.format_frame_summary,
//! _extract_caret_anchors_from_line_segment, _should_show_carets.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

/// Where the operator (or the brackets of a call or subscript) is inside
/// the failing expression: (line, column) pairs relative to the segment.
/// CPython: traceback._Anchors.
struct Anchors {
    left: (usize, usize),
    right: (usize, usize),
}

/// The indented source block for a frame whose failing instruction covers
/// bytes `start..end` of `src`, starting on 1-based line `lineno`.
/// None when there is nothing to show.
pub fn frame_source(src: &str, lineno: u32, (start, end): (u32, u32)) -> Option<String> {
    let starts = line_starts(src);
    let first = (lineno as usize).checked_sub(1)?;
    let (start, end) = (start as usize, end as usize);
    let span = (start < end && end <= src.len())
        .then(|| line_index(&starts, start))
        .filter(|&l| l == first);
    let Some(first_line) = span else {
        // No column information: only the line itself.
        let line = source_line(src, &starts, first)?.trim().to_string();
        return (!line.is_empty()).then(|| format!("    {line}\n"));
    };
    let last_line = line_index(&starts, end - 1);
    let original: Vec<String> = (first_line..=last_line)
        .map(|i| {
            source_line(src, &starts, i)
                .unwrap_or("")
                .trim_end()
                .to_string()
        })
        .collect();
    let dedented = dedent(&original);
    if dedented.iter().all(|l| l.trim().is_empty()) {
        return None;
    }
    let col = start - starts[first_line];
    let end_col = end - starts[last_line];
    let start_offset = char_offset(&original[0], col);
    let end_offset = char_offset(&original[original.len() - 1], end_col);
    let cut = original[0].chars().count() - dedented[0].chars().count();
    let start_offset = start_offset.saturating_sub(cut);
    let end_offset = end_offset.saturating_sub(cut);
    let segment = segment_of(&dedented, start_offset, end_offset);
    let anchors = anchors(&segment);
    let show = should_show_carets(start_offset, end_offset, &dedented, anchors.is_some());
    let block = render(&dedented, start_offset, end_offset, anchors.as_ref(), show);
    Some(indent(&dedent_block(&block)))
}

fn line_starts(src: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(src.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

fn line_index(starts: &[usize], offset: usize) -> usize {
    starts.partition_point(|&s| s <= offset).saturating_sub(1)
}

fn source_line<'s>(src: &'s str, starts: &[usize], i: usize) -> Option<&'s str> {
    let s = *starts.get(i)?;
    let e = starts.get(i + 1).map_or(src.len(), |e| e - 1);
    src.get(s..e)
}

/// CPython: traceback._byte_offset_to_character_offset.
fn char_offset(line: &str, byte: usize) -> usize {
    let byte = byte.min(line.len());
    String::from_utf8_lossy(&line.as_bytes()[..byte])
        .chars()
        .count()
}

fn leading_ws(line: &str) -> &str {
    let n = line.len() - line.trim_start_matches([' ', '\t']).len();
    &line[..n]
}

/// Remove the common leading whitespace; whitespace-only lines become
/// empty. CPython: textwrap.dedent.
fn dedent(lines: &[String]) -> Vec<String> {
    let blank = |l: &str| l.trim_matches([' ', '\t']).is_empty();
    let mut margin: Option<&str> = None;
    for l in lines.iter().filter(|l| !blank(l)) {
        let ws = leading_ws(l);
        margin = Some(match margin {
            None => ws,
            Some(m) => {
                let common = m
                    .chars()
                    .zip(ws.chars())
                    .take_while(|(a, b)| a == b)
                    .count();
                &m[..common]
            }
        });
    }
    let margin = margin.unwrap_or("");
    lines
        .iter()
        .map(|l| {
            if blank(l) {
                String::new()
            } else {
                l.strip_prefix(margin).unwrap_or(l).to_string()
            }
        })
        .collect()
}

/// The text of the failing expression inside the (dedented) lines.
fn segment_of(lines: &[String], start: usize, end: usize) -> String {
    let joined = lines.join("\n");
    let total = joined.chars().count();
    let last_len = lines.last().map_or(0, |l| l.chars().count());
    let stop = total.saturating_sub(last_len.saturating_sub(end));
    joined
        .chars()
        .skip(start)
        .take(stop.saturating_sub(start))
        .collect()
}

/// CPython: traceback._extract_caret_anchors_from_line_segment.
fn anchors(segment: &str) -> Option<Anchors> {
    let wrapped = format!("(\n{segment}\n)");
    let parsed = ruff_python_parser::parse_expression(&wrapped).ok()?;
    let lines: Vec<Vec<char>> = segment.split('\n').map(|l| l.chars().collect()).collect();
    let text = Text {
        wrapped: &wrapped,
        starts: line_starts(&wrapped),
        lines: &lines,
    };
    match parsed.expr() {
        Expr::BinOp(b) => {
            let (l, c) = text.valid(text.position(b.left.range().end().to_usize()))?;
            let (l, c) = text.until(l, c, |ch| !ch.is_whitespace() && ch != ')')?;
            let (rl, rc) = text.position(b.right.range().start().to_usize());
            let mut right = c + 1;
            let row = &lines[l];
            if right < row.len()
                && (rl > l || right < rc)
                && !row[right].is_whitespace()
                && !matches!(row[right], '\\' | '#')
            {
                right += 1;
            }
            Some(Anchors {
                left: (l, c),
                right: (l, right),
            })
        }
        Expr::Subscript(s) => text.brackets(
            s.value.range().end().to_usize(),
            s.range().end().to_usize(),
            '[',
        ),
        Expr::Call(c) => text.brackets(
            c.func.range().end().to_usize(),
            c.range().end().to_usize(),
            '(',
        ),
        _ => None,
    }
}

/// The segment as the anchor search sees it: positions in the wrapped
/// source mapped to (segment line, char column).
struct Text<'t> {
    wrapped: &'t str,
    starts: Vec<usize>,
    lines: &'t [Vec<char>],
}

impl Text<'_> {
    /// CPython: setup_positions without force_valid (line - 1 for "(\n").
    fn position(&self, byte: usize) -> (usize, usize) {
        let l = line_index(&self.starts, byte);
        let line_text = &self.wrapped[self.starts[l]..byte];
        (l.saturating_sub(1), line_text.chars().count())
    }

    /// CPython: next_valid_char.
    fn valid(&self, (mut l, mut c): (usize, usize)) -> Option<(usize, usize)> {
        while l < self.lines.len() && c >= self.lines[l].len() {
            c = 0;
            l += 1;
        }
        (l < self.lines.len()).then_some((l, c))
    }

    /// CPython: increment_until (skipping comments and line continuations).
    fn until(
        &self,
        mut l: usize,
        mut c: usize,
        stop: impl Fn(char) -> bool,
    ) -> Option<(usize, usize)> {
        loop {
            let ch = *self.lines.get(l)?.get(c)?;
            if matches!(ch, '\\' | '#') {
                (l, c) = self.valid((l + 1, 0))?;
            } else if !stop(ch) {
                (l, c) = self.valid((l, c + 1))?;
            } else {
                return Some((l, c));
            }
        }
    }

    /// The opening bracket after `inner_end`, and the expression's end.
    fn brackets(&self, inner_end: usize, end: usize, open: char) -> Option<Anchors> {
        let (l, c) = self.valid(self.position(inner_end))?;
        let left = self.until(l, c, |ch| ch == open)?;
        Some(Anchors {
            left,
            right: self.position(end),
        })
    }
}

/// CPython: StackSummary._should_show_carets.
fn should_show_carets(start: usize, end: usize, lines: &[String], has_anchors: bool) -> bool {
    let joined = lines.join("\n");
    if let Ok(parsed) = ruff_python_parser::parse_module(&joined) {
        let body = &parsed.syntax().body;
        let Some(statement) = body.first() else {
            return false;
        };
        let call = match statement {
            Stmt::Return(r) => match r.value.as_deref() {
                Some(Expr::Call(c)) if matches!(&*c.func, Expr::Name(_)) => Some(c.range()),
                _ => None,
            },
            Stmt::Assign(a) if a.targets.len() == 1 && matches!(a.targets[0], Expr::Name(_)) => {
                match &*a.value {
                    Expr::Call(c) => Some(c.range()),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(r) = call {
            let starts = line_starts(&joined);
            let (s, e) = (r.start().to_usize(), r.end().to_usize());
            let (sl, el) = (line_index(&starts, s), line_index(&starts, e));
            let col = |off: usize, l: usize| joined[starts[l]..off].chars().count();
            if sl == 0 && el == lines.len() - 1 && col(s, sl) == start && col(e, el) == end {
                return false;
            }
        }
    }
    if has_anchors {
        return true;
    }
    let before: String = lines[0].chars().take(start).collect();
    let after: String = lines[lines.len() - 1].chars().skip(end).collect();
    !before.trim_start().is_empty() || !after.trim_end().is_empty()
}

/// The significant lines with their caret lines.
/// CPython: the output_line loop of format_frame_summary.
fn render(
    lines: &[String],
    start: usize,
    end: usize,
    anchors: Option<&Anchors>,
    show: bool,
) -> String {
    let last = lines.len() - 1;
    let mut significant = vec![0, last];
    // Anchor columns on the first line count from the segment's start.
    let shift = |(l, c): (usize, usize)| if l == 0 { (l, c + start) } else { (l, c) };
    let anchors = anchors.map(|a| (shift(a.left), shift(a.right)));
    if let Some(((ll, _), (rl, _))) = anchors {
        for l in [ll, rl] {
            significant.extend([l.wrapping_sub(1), l, l + 1]);
        }
    }
    significant.retain(|&l| l <= last);
    significant.sort_unstable();
    significant.dedup();
    let (primary, secondary) = if anchors.is_some() {
        ('~', '^')
    } else {
        ('^', '^')
    };
    let mut out = String::new();
    let emit = |l: usize, out: &mut String| {
        out.push_str(&lines[l]);
        out.push('\n');
        if !show {
            return;
        }
        let row: Vec<char> = lines[l].chars().collect();
        let spaces = row.iter().take_while(|c| c.is_whitespace()).count();
        let width = if l == last { end } else { row.len() };
        for col in 0..width {
            let inside = anchors.is_some_and(|((ll, lc), (rl, rc))| {
                (l > ll || (l == ll && col >= lc)) && (l < rl || (l == rl && col < rc))
            });
            out.push(if col < spaces || (l == 0 && col < start) {
                ' '
            } else if inside {
                secondary
            } else {
                primary
            });
        }
        out.push('\n');
    };
    for (i, &l) in significant.iter().enumerate() {
        if i > 0 {
            let gap = l - significant[i - 1];
            if gap == 2 {
                emit(l - 1, &mut out);
            } else if gap > 2 {
                out.push_str(&format!("...<{} lines>...\n", gap - 1));
            }
        }
        emit(l, &mut out);
    }
    out
}

fn dedent_block(block: &str) -> String {
    let lines: Vec<String> = block.lines().map(str::to_string).collect();
    let mut out = dedent(&lines).join("\n");
    out.push('\n');
    out
}

/// Every line behind four spaces. CPython: textwrap.indent(..., '    ',
/// lambda line: True).
fn indent(block: &str) -> String {
    block
        .split_inclusive('\n')
        .map(|l| format!("    {l}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::frame_source;

    fn show(src: &str, needle: &str) -> String {
        let start = src.find(needle).expect("needle") as u32;
        let end = start + needle.len() as u32;
        let line = src[..start as usize].matches('\n').count() as u32 + 1;
        frame_source(src, line, (start, end)).unwrap_or_default()
    }

    #[test]
    fn single_line_binop() {
        assert_eq!(
            show("x = 1 / y + 2\n", "1 / y"),
            "    x = 1 / y + 2\n        ~~^~~\n"
        );
    }

    #[test]
    fn whole_line_assignment_call_has_no_carets() {
        assert_eq!(show("x = f(1)\n", "f(1)"), "    x = f(1)\n");
    }

    #[test]
    fn multi_line_call() {
        let src = "def g():\n    return h(\n        1,\n        2,\n    ) + 1\n";
        assert_eq!(
            show(src, "h(\n        1,\n        2,\n    )"),
            "    return h(\n           ~^\n        1,\n        ^^\n        2,\n        ^^\n    ) + 1\n    ^\n"
        );
    }
}
