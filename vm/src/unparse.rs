//! Expressions back to source text, as `from __future__ import
//! annotations` stores annotations: normalized spacing, strings in their
//! repr form, parentheses only where precedence needs them.
//! CPython: Python/ast_unparse.c.

use ruff_python_ast::{Expr, Number, Operator, UnaryOp};

/// Binding strength, loosest first. CPython: ast_unparse.c's PR_* levels.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Prec {
    Tuple,
    Test,
    Not,
    BOr,
    BXor,
    BAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

/// The normalized source of `e`, or None for a kind of expression this
/// does not cover (the caller then keeps the original text).
pub fn unparse(e: &Expr) -> Option<String> {
    let mut out = String::new();
    write(e, Prec::Test, &mut out)?;
    Some(out)
}

fn binop_prec(op: Operator) -> Prec {
    match op {
        Operator::BitOr => Prec::BOr,
        Operator::BitXor => Prec::BXor,
        Operator::BitAnd => Prec::BAnd,
        Operator::LShift | Operator::RShift => Prec::Shift,
        Operator::Add | Operator::Sub => Prec::Arith,
        Operator::Pow => Prec::Power,
        _ => Prec::Term,
    }
}

fn write(e: &Expr, level: Prec, out: &mut String) -> Option<()> {
    match e {
        Expr::Name(n) => out.push_str(n.id.as_str()),
        Expr::Attribute(a) => {
            write(&a.value, Prec::Atom, out)?;
            out.push('.');
            out.push_str(a.attr.as_str());
        }
        Expr::Subscript(s) => {
            write(&s.value, Prec::Atom, out)?;
            out.push('[');
            match &*s.slice {
                Expr::Tuple(t) if !t.elts.is_empty() => {
                    join(&t.elts, out)?;
                    if t.elts.len() == 1 {
                        out.push(',');
                    }
                }
                other => write(other, Prec::Tuple, out)?,
            }
            out.push(']');
        }
        Expr::Tuple(t) => {
            let paren = level > Prec::Tuple || t.elts.is_empty();
            if paren {
                out.push('(');
            }
            join(&t.elts, out)?;
            if t.elts.len() == 1 {
                out.push(',');
            }
            if paren {
                out.push(')');
            }
        }
        Expr::List(l) => {
            out.push('[');
            join(&l.elts, out)?;
            out.push(']');
        }
        Expr::StringLiteral(s) => {
            out.push_str(&rspy_objects::numparse::py_str_repr(s.value.to_str()));
        }
        Expr::NoneLiteral(_) => out.push_str("None"),
        Expr::BooleanLiteral(b) => out.push_str(if b.value { "True" } else { "False" }),
        Expr::EllipsisLiteral(_) => out.push_str("..."),
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => out.push_str(&i.to_string()),
            Number::Float(f) => out.push_str(&rspy_objects::repr::float_repr(*f)),
            Number::Complex { .. } => return None,
        },
        Expr::BinOp(b) => {
            let p = binop_prec(b.op);
            let paren = level > p;
            if paren {
                out.push('(');
            }
            // Power is right-associative; the others left.
            let (lp, rp) = if p == Prec::Power {
                (next(p), p)
            } else {
                (p, next(p))
            };
            write(&b.left, lp, out)?;
            out.push(' ');
            out.push_str(b.op.as_str());
            out.push(' ');
            write(&b.right, rp, out)?;
            if paren {
                out.push(')');
            }
        }
        Expr::UnaryOp(u) => {
            let (text, p) = match u.op {
                UnaryOp::Not => ("not ", Prec::Not),
                UnaryOp::Invert => ("~", Prec::Factor),
                UnaryOp::USub => ("-", Prec::Factor),
                UnaryOp::UAdd => ("+", Prec::Factor),
            };
            if level > p {
                out.push('(');
            }
            out.push_str(text);
            write(&u.operand, p, out)?;
            if level > p {
                out.push(')');
            }
        }
        Expr::Call(c) => {
            write(&c.func, Prec::Atom, out)?;
            out.push('(');
            let mut first = true;
            for a in c.arguments.args.iter() {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                write(a, Prec::Test, out)?;
            }
            for k in c.arguments.keywords.iter() {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(name) => {
                        out.push_str(name.as_str());
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                write(&k.value, Prec::Test, out)?;
            }
            out.push(')');
        }
        Expr::Starred(s) => {
            out.push('*');
            write(&s.value, Prec::BOr, out)?;
        }
        _ => return None,
    }
    Some(())
}

fn next(p: Prec) -> Prec {
    match p {
        Prec::BOr => Prec::BXor,
        Prec::BXor => Prec::BAnd,
        Prec::BAnd => Prec::Shift,
        Prec::Shift => Prec::Arith,
        Prec::Arith => Prec::Term,
        Prec::Term => Prec::Factor,
        Prec::Factor => Prec::Power,
        Prec::Power => Prec::Await,
        _ => Prec::Atom,
    }
}

fn join(items: &[Expr], out: &mut String) -> Option<()> {
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(e, Prec::Test, out)?;
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::unparse;

    fn round(src: &str) -> String {
        let parsed = ruff_python_parser::parse_expression(src).expect("parses");
        unparse(parsed.expr()).expect("unparses")
    }

    #[test]
    fn annotations_normalize_like_cpython() {
        assert_eq!(round("list[ int ]"), "list[int]");
        assert_eq!(round("\"int\""), "'int'");
        assert_eq!(round("dict[str, 'X']"), "dict[str, 'X']");
        assert_eq!(round("int|None"), "int | None");
        assert_eq!(
            round("Callable[[int, str], None]"),
            "Callable[[int, str], None]"
        );
        assert_eq!(round("tuple[int, ...]"), "tuple[int, ...]");
        assert_eq!(round("a.b.C[()]"), "a.b.C[()]");
        assert_eq!(round("Literal[-1, 2.5]"), "Literal[-1, 2.5]");
        assert_eq!(round("(a | b) & c"), "(a | b) & c");
    }
}
