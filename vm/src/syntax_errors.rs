//! CPython's wording for parse errors. ruff's parser finds the same errors
//! with different messages; this maps the common ones to what CPython 3.14
//! prints (and to IndentationError where CPython raises it).
//! CPython: Parser/pegen_errors.c, Parser/tokenizer.c, Grammar/python.gram
//! (invalid_* rules).

use rspy_objects::exceptions::ExcKind;
use ruff_python_parser::{LexicalErrorType, ParseErrorType};

/// The exception kind, message and source offset for a parse error.
pub fn describe(err: &ParseErrorType, source: &str, offset: u32) -> (ExcKind, String, u32) {
    let (kind, msg, at) = describe_token(err, source, offset);
    // A plain "invalid syntax" past the line of a bracket still open is
    // reported as that bracket. CPython: _PyPegen_set_syntax_error.
    if msg == "invalid syntax" {
        if let Some((bmsg, bat, true)) = bracket_problem(source) {
            let line = |o: u32| {
                source[..(o as usize).min(source.len())]
                    .matches('\n')
                    .count()
            };
            if bat < offset && line(bat) < line(offset) {
                return (ExcKind::SyntaxError, bmsg, bat);
            }
        }
    }
    (kind, msg, at)
}

fn describe_token(err: &ParseErrorType, source: &str, offset: u32) -> (ExcKind, String, u32) {
    let at_eof = matches!(err, ParseErrorType::Lexical(LexicalErrorType::Eof))
        || offset as usize >= source.trim_end().len();
    if let Some((msg, at, unclosed)) = bracket_problem(source) {
        if (unclosed && at_eof) || (!unclosed && at <= offset) {
            return (ExcKind::SyntaxError, msg, at);
        }
    }
    let text = err.to_string();
    let line_start = source[..(offset as usize).min(source.len())]
        .rfind('\n')
        .map(|i| i + 1)
        .unwrap_or(0);
    let line_text = source[line_start..].lines().next().unwrap_or("");
    match err {
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block after") => {
            let (what, line) = block_header(source, offset);
            let msg = format!("expected an indented block after {what} on line {line}");
            (ExcKind::IndentationError, msg, offset)
        }
        ParseErrorType::UnexpectedIndentation => (
            ExcKind::IndentationError,
            "unexpected indent".into(),
            offset,
        ),
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => (
            ExcKind::IndentationError,
            "unindent does not match any outer indentation level".into(),
            offset,
        ),
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            let line = source[..line_start].matches('\n').count() + 1;
            let triple = line_text.contains("\"\"\"") || line_text.contains("'''");
            let msg = if triple {
                format!(
                    "unterminated triple-quoted string literal (detected at line {})",
                    source.lines().count()
                )
            } else {
                format!("unterminated string literal (detected at line {line})")
            };
            (ExcKind::SyntaxError, msg, offset)
        }
        ParseErrorType::ExpectedToken { expected, found } => {
            let expected = format!("{expected:?}");
            let found = format!("{found:?}");
            let msg = match (expected.as_str(), found.as_str()) {
                ("Colon", "Newline") => "expected ':'".to_string(),
                ("Colon", "Rbrace") | ("Colon", "Comma") => {
                    "':' expected after dictionary key".to_string()
                }
                _ => "invalid syntax".to_string(),
            };
            (ExcKind::SyntaxError, msg, offset)
        }
        ParseErrorType::InvalidAssignmentTarget
            if line_text[(offset as usize - line_start).min(line_text.len())..]
                .trim_start()
                .starts_with("yield") =>
        {
            let msg = "assignment to yield expression not possible".to_string();
            (ExcKind::SyntaxError, msg, offset)
        }
        ParseErrorType::InvalidDeleteTarget => {
            let target = line_text[(offset as usize - line_start).min(line_text.len())..].trim();
            let msg = format!("cannot delete {}", expr_kind(target));
            (ExcKind::SyntaxError, msg, offset)
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => (
            ExcKind::SyntaxError,
            "Generator expression must be parenthesized".into(),
            offset,
        ),
        ParseErrorType::Lexical(LexicalErrorType::OtherError(m))
            if m.as_ref() == "Invalid decimal integer literal"
                && source[offset as usize..].starts_with('0') =>
        {
            let msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".to_string();
            (ExcKind::SyntaxError, msg, offset)
        }
        ParseErrorType::InvalidAssignmentTarget => {
            let target =
                line_text[(offset as usize - line_start).min(line_text.len())..].trim_start();
            let kind = if target.starts_with(|c: char| c.is_ascii_digit() || c == '"' || c == '\'')
            {
                "literal"
            } else if target
                .split('=')
                .next()
                .is_some_and(|t| t.trim_end().ends_with(')'))
            {
                "function call"
            } else {
                "expression"
            };
            let msg = format!("cannot assign to {kind} here. Maybe you meant '==' instead of '='?");
            (ExcKind::SyntaxError, msg, offset)
        }
        ParseErrorType::SimpleStatementsOnSameLine
            if line_text.trim_start().starts_with("print ") =>
        {
            (
                ExcKind::SyntaxError,
                "Missing parentheses in call to 'print'. Did you mean print(...)?".into(),
                offset,
            )
        }
        ParseErrorType::ExpectedExpression
            if source[..(offset as usize).min(source.len())]
                .trim_end()
                .ends_with('*') =>
        {
            (
                ExcKind::SyntaxError,
                "Invalid star expression".into(),
                offset,
            )
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => (
            ExcKind::SyntaxError,
            "iterable argument unpacking follows keyword argument unpacking".into(),
            offset,
        ),
        ParseErrorType::InvalidNamedAssignmentTarget => {
            let target =
                line_text[(offset as usize - line_start).min(line_text.len())..].trim_start();
            let target = target.split(":=").next().unwrap_or("").trim_end();
            // CPython: _PyPegen_get_expr_name.
            let kind = if target.starts_with(|c: char| c.is_ascii_digit() || c == '"' || c == '\'')
            {
                "literal"
            } else if target.ends_with(')') && !target.starts_with('(') {
                "function call"
            } else if target.ends_with(']') && !target.starts_with('[') {
                "subscript"
            } else if target.starts_with('[') {
                "list"
            } else if target.starts_with('(') || target.contains(',') {
                "tuple"
            } else if target.contains('.') {
                "attribute"
            } else {
                "expression"
            };
            let msg = format!("cannot use assignment expressions with {kind}");
            (ExcKind::SyntaxError, msg, offset)
        }
        ParseErrorType::EmptyImportNames => (
            ExcKind::SyntaxError,
            "Expected one or more names after 'import'".into(),
            offset,
        ),
        _ => {
            let _ = text;
            (ExcKind::SyntaxError, "invalid syntax".into(), offset)
        }
    }
}

/// The kind of block header before `offset` and its line, as CPython names
/// it in "expected an indented block after ...".
fn block_header(source: &str, offset: u32) -> (String, usize) {
    let before = &source[..(offset as usize).min(source.len())];
    let lines: Vec<&str> = before.lines().collect();
    for (i, l) in lines.iter().enumerate().rev() {
        let t = l.trim_start();
        if t.is_empty() || t.starts_with('#') || !l.trim_end().ends_with(':') {
            continue;
        }
        let word: String = t
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let what = match word.as_str() {
            "def" => "function definition".to_string(),
            "async" => "function definition".to_string(),
            "class" => "class definition".to_string(),
            "if" | "elif" | "else" | "while" | "for" | "with" | "try" | "except" | "finally"
            | "match" | "case" => {
                format!("'{word}' statement")
            }
            _ => "statement".to_string(),
        };
        return (what, i + 1);
    }
    ("statement".into(), 1)
}

/// Unclosed or mismatched brackets, found by a light tokenizer pass.
/// CPython: tokenizer.c (the "was never closed" / "does not match" errors).
fn bracket_problem(source: &str) -> Option<(String, u32, bool)> {
    let mut stack: Vec<(char, usize)> = Vec::new();
    let b = source.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i] as char;
        match c {
            '#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            '\'' | '"' => {
                let triple = i + 2 < b.len() && b[i + 1] == b[i] && b[i + 2] == b[i];
                let q = b[i];
                i += if triple { 3 } else { 1 };
                loop {
                    if i >= b.len() {
                        return None;
                    }
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if !triple && b[i] == b'\n' {
                        return None;
                    }
                    if b[i] == q && (!triple || (i + 2 < b.len() && b[i + 1] == q && b[i + 2] == q))
                    {
                        i += if triple { 3 } else { 1 };
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            '(' | '[' | '{' => stack.push((c, i)),
            ')' | ']' | '}' => {
                let open = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                match stack.pop() {
                    Some((o, _)) if o == open => {}
                    Some((o, _)) => {
                        return Some((
                            format!(
                            "closing parenthesis '{c}' does not match opening parenthesis '{o}'"
                        ),
                            i as u32,
                            false,
                        ))
                    }
                    None => return Some((format!("unmatched '{c}'"), i as u32, false)),
                }
            }
            _ => {}
        }
        i += 1;
    }
    stack
        .first()
        .map(|(o, at)| (format!("'{o}' was never closed"), *at as u32, true))
}

/// Reject sources whose nesting would exhaust the parser's stack, before
/// parsing, with CPython's errors: more than 200 nested brackets is a
/// SyntaxError, and very deep operator nesting a MemoryError.
/// CPython: Parser/tokenizer.c MAXLEVEL, Parser/parser.c MAXSTACK.
pub fn check_nesting(source: &str) -> Option<(ExcKind, String, u32)> {
    const MAX_BRACKETS: usize = 200;
    const MAX_UNARY_RUN: usize = 6000;
    const MAX_POWER_CHAIN: usize = 1000;
    let b = source.as_bytes();
    let mut depth = 0usize;
    let mut unary_run = 0usize;
    let mut power_chain = 0usize;
    let mut i = 0;
    let too_complex = || {
        Some((
            ExcKind::MemoryError,
            "Parser stack overflowed - Python source too complex to parse".to_string(),
            0,
        ))
    };
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            q @ (b'\'' | b'"') => {
                let triple = i + 2 < b.len() && b[i + 1] == q && b[i + 2] == q;
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if !triple && b[i] == b'\n' {
                        break;
                    }
                    if b[i] == q && (!triple || (i + 2 < b.len() && b[i + 1] == q && b[i + 2] == q))
                    {
                        i += if triple { 3 } else { 1 };
                        break;
                    }
                    i += 1;
                }
                unary_run = 0;
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_BRACKETS {
                    return Some((
                        ExcKind::SyntaxError,
                        "too many nested parentheses".into(),
                        i as u32,
                    ));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'-' | b'+' | b'~' => {
                if i + 1 < b.len() && b[i] == b'*' {
                    power_chain += 1;
                }
                unary_run += 1;
                if unary_run > MAX_UNARY_RUN {
                    return too_complex();
                }
            }
            b'*' if i + 1 < b.len() && b[i + 1] == b'*' => {
                power_chain += 1;
                if power_chain > MAX_POWER_CHAIN {
                    return too_complex();
                }
                i += 2;
                continue;
            }
            b'\n' if depth == 0 => {
                power_chain = 0;
                unary_run = 0;
            }
            b' ' | b'\t' | b'\r' | b'\n' | b'\\' => {}
            _ => unary_run = 0,
        }
        i += 1;
    }
    None
}

/// How CPython names an expression in "cannot delete ..." and the like,
/// from its source text. CPython: _PyPegen_get_expr_name.
fn expr_kind(target: &str) -> &'static str {
    let target = target.trim_end_matches([';', ' ']);
    if target.starts_with(|c: char| c.is_ascii_digit() || c == '"' || c == '\'') {
        "literal"
    } else if target.ends_with(')') && !target.starts_with('(') {
        "function call"
    } else if target.ends_with(']') && !target.starts_with('[') {
        "subscript"
    } else if target.contains(" if ") {
        "conditional expression"
    } else {
        "expression"
    }
}

/// The extent CPython's parser reports for an error it raises at `at`:
/// the offending token, the whole `print ...` statement, or a point for
/// an unterminated string. CPython: RAISE_SYNTAX_ERROR_KNOWN_LOCATION.
pub fn error_span(source: &str, msg: &str, at: u32, parser_end: u32) -> (u32, u32) {
    let at_us = (at as usize).min(source.len());
    let line_start = source[..at_us].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[at_us..]
        .find('\n')
        .map_or(source.len(), |i| at_us + i);
    if msg.starts_with("unterminated") {
        return (at, at);
    }
    if msg.starts_with("leading zeros") {
        return (at, at + 1);
    }
    if msg.starts_with("Generator expression") || msg.starts_with("cannot delete") {
        return (at, parser_end.max(at + 1));
    }
    if msg.starts_with("Missing parentheses in call to 'print'") {
        let line = &source[line_start..line_end];
        let indent = line.len() - line.trim_start().len();
        return (
            (line_start + indent) as u32,
            (line_start + line.trim_end().len()) as u32,
        );
    }
    (
        at,
        (at_us + token_len(&source[at_us..line_end]).max(1)) as u32,
    )
}

/// The length in bytes of the Python token `rest` starts with (at least
/// one character, unless `rest` is empty).
fn token_len(rest: &str) -> usize {
    const OPERATORS: [&str; 26] = [
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==",
        "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "~", "!",
    ];
    let Some(first) = rest.chars().next() else {
        return 0;
    };
    if first.is_alphanumeric() || first == '_' {
        return rest
            .char_indices()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_'))
            .map_or(rest.len(), |(i, _)| i);
    }
    OPERATORS
        .iter()
        .find(|op| rest.starts_with(**op))
        .map_or(first.len_utf8(), |op| op.len())
}
