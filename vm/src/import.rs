//! The import statement: native modules registered with the VM, and
//! Python source modules found on `sys.path`. CPython: Python/import.c,
//! Lib/importlib/_bootstrap.py (the parts a script needs).

use std::rc::Rc;

use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{ExcKind, PyErr};
use rspy_objects::frame::Frame;
use rspy_objects::ops;
use rspy_objects::value::{PyModule, PyResult, Value};

use crate::vm::Vm;

fn module_not_found(name: &str) -> PyErr {
    let e = ExcKind::ModuleNotFoundError.new_err(format!("No module named '{name}'"));
    e.0.dict.set_str("name", Value::str(name));
    e
}

/// `import name` / `from name import ...`. CPython: IMPORT_NAME.
pub fn import_name(
    vm: &mut Vm,
    f: &Frame,
    name: &str,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let level = match level {
        Value::Int(i) => *i,
        _ => 0,
    };
    let full = if level > 0 {
        let package = f
            .globals
            .get_str("__package__")
            .and_then(|p| p.as_str().map(str::to_string))
            .unwrap_or_default();
        if package.is_empty() {
            return Err(ExcKind::ImportError
                .new_err("attempted relative import with no known parent package"));
        }
        let mut parts: Vec<&str> = package.split('.').collect();
        for _ in 1..level {
            parts.pop();
        }
        let base = parts.join(".");
        if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        }
    } else {
        name.to_string()
    };
    // Import each package along the dotted path.
    let mut module = Value::None;
    let mut prefix = String::new();
    for (i, part) in full.split('.').enumerate() {
        if i > 0 {
            prefix.push('.');
        }
        prefix.push_str(part);
        let m = vm.import_module(&prefix)?;
        if i == 0 {
            module = m.clone();
        }
    }
    let has_fromlist = matches!(fromlist, Value::Tuple(t) if !t.items.is_empty());
    if has_fromlist || level > 0 {
        return vm.import_module(&full);
    }
    Ok(module)
}

/// `from m import name`. CPython: IMPORT_FROM.
pub fn import_from(vm: &mut Vm, m: &Value, name: &str) -> PyResult<Value> {
    match ops::getattr_opt(vm, m, name)? {
        Some(v) => Ok(v),
        None => {
            let mname = match m {
                Value::Module(md) => md.name.clone(),
                _ => "?".into(),
            };
            let sub = format!("{mname}.{name}");
            if let Ok(v) = vm.import_module(&sub) {
                return Ok(v);
            }
            let e = ExcKind::ImportError.new_err(format!(
                "cannot import name '{name}' from '{mname}' (unknown location)"
            ));
            e.0.dict.set_str("name", Value::str(&mname));
            Err(e)
        }
    }
}

/// `from m import *`.
pub fn import_star(vm: &mut Vm, f: &Frame, m: &Value) -> PyResult<()> {
    let Value::Module(md) = m else {
        return Ok(());
    };
    let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
    let names: Vec<Value> = match md.dict.get_str("__all__") {
        Some(all) => rspy_objects::iter::collect(vm, &all)?,
        None => md
            .dict
            .keys()
            .into_iter()
            .filter(|k| !k.as_str().unwrap_or("_").starts_with('_'))
            .collect(),
    };
    for n in names {
        if let Value::Str(s) = &n {
            let v = ops::getattr(vm, m, s.as_str())?;
            target.set_name(s.clone(), v);
        }
    }
    Ok(())
}

/// Find `name` as a `.py` file or package on the search path, else among
/// the embedded modules, and run it.
pub fn import_source_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let rel = name.replace('.', "/");
    for dir in search_path(vm) {
        let base = if dir.is_empty() { ".".to_string() } else { dir };
        let file = format!("{base}/{rel}.py");
        let pkg = format!("{base}/{rel}/__init__.py");
        let (path, is_pkg) = if std::path::Path::new(&pkg).is_file() {
            (pkg, true)
        } else if std::path::Path::new(&file).is_file() {
            (file, false)
        } else {
            continue;
        };
        let source = std::fs::read_to_string(&path)
            .map_err(|e| ExcKind::ImportError.new_err(format!("cannot read {path}: {e}")))?;
        return run_module_source(vm, name, &source, &path, is_pkg);
    }
    if let Some((source, is_pkg)) = vm.embedded_modules.get(name).copied() {
        let path = format!("<frozen {name}>");
        return run_module_source(vm, name, source, &path, is_pkg);
    }
    Err(module_not_found(name))
}

/// The directories to search: `sys.path` as the script left it (only its
/// strings), or the initial path before `sys` is imported.
fn search_path(vm: &Vm) -> Vec<String> {
    let Some(Value::Module(sys)) = vm.modules.get_str("sys") else {
        return vm.sys_path.clone();
    };
    match sys.dict.get_str("path") {
        Some(Value::List(l)) => l
            .items
            .borrow()
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => vm.sys_path.clone(),
    }
}

/// Create module `name`, run `source` in it and bind it in its parent
/// package. CPython: importlib._bootstrap._load_unlocked.
fn run_module_source(
    vm: &mut Vm,
    name: &str,
    source: &str,
    path: &str,
    is_pkg: bool,
) -> PyResult<Value> {
    let globals = Rc::new(PyDict::new());
    globals.set_str("__name__", Value::str(name));
    globals.set_str("__file__", Value::str(path));
    let package = if is_pkg {
        name.to_string()
    } else {
        name.rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default()
    };
    globals.set_str("__package__", Value::str(&package));
    globals.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    let module = Rc::new(PyModule::new(name.to_string(), globals.clone()));
    vm.modules.set_str(name, Value::Module(module.clone()));
    let code = match crate::compile_source(source, path) {
        Ok(c) => c,
        Err(e) => {
            vm.modules.del_str(name);
            return Err(e);
        }
    };
    if let Err(e) = vm.run_code(code, globals) {
        vm.modules.del_str(name);
        return Err(e);
    }
    if let Some((parent, child)) = name.rsplit_once('.') {
        if let Some(Value::Module(p)) = vm.modules.get_str(parent) {
            p.dict.set_str(child, Value::Module(module.clone()));
        }
    }
    Ok(Value::Module(module))
}
