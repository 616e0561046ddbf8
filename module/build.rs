//! Embeds every Python module under lib/ into the binary: generates the
//! table `(dotted name, include_str!(path), is_package)` that lib.rs
//! includes, so adding a file to lib/ is all it takes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf, bool)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.is_dir() {
            if path.join("__init__.py").is_file() {
                collect(&path, &format!("{prefix}{stem}."), out);
            }
            continue;
        }
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        if stem == "__init__" {
            let pkg = prefix.trim_end_matches('.').to_string();
            out.push((pkg, path.clone(), true));
        } else {
            out.push((format!("{prefix}{stem}"), path.clone(), false));
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"))
        .join("..")
        .join("lib");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut modules = Vec::new();
    collect(&root, "", &mut modules);
    let mut code = String::from("&[\n");
    for (name, path, is_pkg) in &modules {
        let abs = path.canonicalize().unwrap_or(path.clone());
        println!("cargo:rerun-if-changed={}", abs.display());
        if let Some(parent) = abs.parent() {
            println!("cargo:rerun-if-changed={}", parent.display());
        }
        let _ = writeln!(
            code,
            "    ({name:?}, include_str!({:?}), {is_pkg}),",
            abs.display().to_string()
        );
    }
    code.push_str("]\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("embedded.rs");
    std::fs::write(out, code).expect("write the embedded module table");
}
