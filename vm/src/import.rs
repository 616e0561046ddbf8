//! The import statement: native modules registered with the VM, and
//! Python source modules found on `sys.path`. CPython: Python/import.c,
//! Lib/importlib/_bootstrap.py (the parts a script needs).

use std::rc::Rc;

use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{type_error, ExcKind, PyErr};
use rspy_objects::frame::Frame;
use rspy_objects::ops;
use rspy_objects::value::{PyModule, PyResult, Value};

use crate::vm::Vm;

fn module_not_found(msg: String, name: &str) -> PyErr {
    let e = ExcKind::ModuleNotFoundError.new_err(msg);
    e.0.dict().set_str("name", Value::str(name));
    e
}

/// CPython's "No module named 'x'".
fn no_module_named(name: &str) -> PyErr {
    module_not_found(format!("No module named '{name}'"), name)
}

/// `import name` / `from name import ...` (and `__import__`), with the
/// importing module's globals. CPython: IMPORT_NAME,
/// importlib._bootstrap.__import__.
pub fn import_name(
    vm: &mut Vm,
    globals: &PyDict,
    name: &str,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let level = match level {
        Value::Int(i) if *i >= 0 => *i,
        Value::Int(_) => return Err(ExcKind::ValueError.new_err("level must be >= 0")),
        _ => 0,
    };
    let full = if level > 0 {
        resolve_name(name, &package_of(globals)?, level)?
    } else if name.is_empty() {
        return Err(ExcKind::ValueError.new_err("Empty module name"));
    } else {
        name.to_string()
    };
    let module = vm.import_module(&full)?;
    let names = match fromlist {
        Value::None => Vec::new(),
        other => rspy_objects::iter::collect(vm, other)?,
    };
    if !names.is_empty() {
        handle_fromlist(vm, &module, &full, &names, false)?;
        return Ok(module);
    }
    if level == 0 {
        let top = full.split('.').next().unwrap_or_default();
        return vm.import_module(top);
    }
    if name.is_empty() {
        return Ok(module);
    }
    // `__import__('b', ..., level=1)` from package `a` returns `a.b`'s
    // first component below the package: `a.b` itself for a plain name.
    let cut = full.len() - name.len();
    let first = name.split('.').next().unwrap_or_default();
    vm.import_module(&full[..cut + first.len()])
}

/// Import the submodules a `from package import a, b` names that are not
/// attributes yet (`*` means `__all__`). CPython:
/// importlib._bootstrap._handle_fromlist.
fn handle_fromlist(
    vm: &mut Vm,
    module: &Value,
    name: &str,
    fromlist: &[Value],
    recursive: bool,
) -> PyResult<()> {
    if ops::getattr_opt(vm, module, "__path__")?.is_none() {
        return Ok(());
    }
    for x in fromlist {
        let Value::Str(x) = x else {
            let what = if recursive {
                "``Module.__all__``"
            } else {
                "``from list''"
            };
            return Err(type_error(format!(
                "Item in {what} must be str, not {}",
                x.type_name()
            )));
        };
        if x.as_str() == "*" {
            if !recursive {
                if let Some(all) = ops::getattr_opt(vm, module, "__all__")? {
                    let all = rspy_objects::iter::collect(vm, &all)?;
                    handle_fromlist(vm, module, name, &all, true)?;
                }
            }
            continue;
        }
        if ops::getattr_opt(vm, module, x.as_str())?.is_some() {
            continue;
        }
        let from_name = format!("{name}.{}", x.as_str());
        if let Err(e) = vm.import_module(&from_name) {
            let missing_self = e.matches(ExcKind::ModuleNotFoundError)
                && matches!(e.0.dict().get_str("name"), Some(Value::Str(n)) if n.as_str() == from_name)
                && !matches!(vm.modules.get_str(&from_name), Some(Value::None));
            if !missing_self {
                return Err(e);
            }
        }
    }
    Ok(())
}

/// The package a relative import starts from. CPython:
/// importlib._bootstrap._calc___package__ and _sanity_check.
fn package_of(globals: &PyDict) -> PyResult<String> {
    let package = match globals.get_str("__package__") {
        Some(Value::None) | None => {
            let name = match globals.get_str("__name__") {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => return Err(ExcKind::KeyError.new_err("'__name__' not in globals")),
            };
            if globals.get_str("__path__").is_some() {
                name
            } else {
                name.rsplit_once('.')
                    .map(|(p, _)| p.to_string())
                    .unwrap_or_default()
            }
        }
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(_) => return Err(type_error("package must be a string")),
    };
    if package.is_empty() {
        return Err(
            ExcKind::ImportError.new_err("attempted relative import with no known parent package")
        );
    }
    Ok(package)
}

/// CPython: importlib._bootstrap._resolve_name.
fn resolve_name(name: &str, package: &str, level: i64) -> PyResult<String> {
    let mut base = package;
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((head, _)) => base = head,
            None => {
                return Err(ExcKind::ImportError
                    .new_err("attempted relative import beyond top-level package"))
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// Import the module with this absolute dotted name: the cached one, else
/// its parents first, then a native module or a source file.
/// CPython: importlib._bootstrap._find_and_load.
pub fn find_and_load(vm: &mut Vm, name: &str) -> PyResult<Value> {
    match vm.modules.get_str(name) {
        Some(Value::None) => {
            return Err(module_not_found(
                format!("import of {name} halted; None in sys.modules"),
                name,
            ))
        }
        Some(m) => return Ok(m),
        None => {}
    }
    let Some((parent, child)) = name.rsplit_once('.') else {
        if let Some(init) = vm.native_modules.get(name).copied() {
            let m = Value::Module(init(vm)?);
            vm.modules.set_str(name, m.clone());
            return Ok(m);
        }
        let dirs = search_path(vm);
        return import_source_module(vm, name, &dirs);
    };
    let parent_module = find_and_load(vm, parent)?;
    // Importing the parent may have imported this module.
    if let Some(m) = vm.modules.get_str(name) {
        return Ok(m);
    }
    let dirs = match ops::getattr_opt(vm, &parent_module, "__path__")? {
        Some(path) => rspy_objects::iter::collect(vm, &path)?
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect::<Vec<_>>(),
        None => {
            return Err(module_not_found(
                format!("No module named '{name}'; '{parent}' is not a package"),
                name,
            ))
        }
    };
    let module = import_source_module(vm, name, &dirs)?;
    ops::setattr(vm, &parent_module, child, module.clone())?;
    Ok(module)
}

/// `from m import name`. CPython: ceval.c _PyEval_ImportFrom.
pub fn import_from(vm: &mut Vm, m: &Value, name: &str) -> PyResult<Value> {
    if let Some(v) = ops::getattr_opt(vm, m, name)? {
        return Ok(v);
    }
    // A submodule that is imported but not yet bound on its parent.
    let pkgname = match ops::getattr_opt(vm, m, "__name__")? {
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        _ => None,
    };
    if let Some(pkg) = &pkgname {
        if let Some(v) = vm.modules.get_str(&format!("{pkg}.{name}")) {
            return Ok(v);
        }
    }
    let shown = pkgname.as_deref().unwrap_or("<unknown module name>");
    let path = match ops::getattr_opt(vm, m, "__file__")? {
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        _ => None,
    };
    let location = path
        .clone()
        .unwrap_or_else(|| "unknown location".to_string());
    let initializing = matches!(m, Value::Module(md) if md.initializing.get());
    let msg = if initializing {
        format!(
            "cannot import name '{name}' from partially initialized module '{shown}' (most likely due to a circular import) ({location})"
        )
    } else {
        format!("cannot import name '{name}' from '{shown}' ({location})")
    };
    let e = ExcKind::ImportError.new_err(msg);
    e.0.dict()
        .set_str("name", pkgname.map_or(Value::None, |p| Value::str(&p)));
    e.0.dict()
        .set_str("path", path.map_or(Value::None, |p| Value::str(&p)));
    e.0.dict().set_str("name_from", Value::str(name));
    Err(e)
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

/// Find `name` as a `.py` file or package in `dirs`, else among the
/// embedded modules, and run it. CPython: importlib's PathFinder.
fn import_source_module(vm: &mut Vm, name: &str, dirs: &[String]) -> PyResult<Value> {
    let last = name.rsplit('.').next().unwrap_or(name);
    for dir in dirs {
        let base = if dir.is_empty() { "." } else { dir.as_str() };
        let pkg_dir = format!("{base}/{last}");
        let pkg = format!("{pkg_dir}/__init__.py");
        let file = format!("{base}/{last}.py");
        let (path, package_dir) = if std::path::Path::new(&pkg).is_file() {
            (pkg, Some(pkg_dir))
        } else if std::path::Path::new(&file).is_file() {
            (file, None)
        } else {
            continue;
        };
        let source = std::fs::read_to_string(&path)
            .map_err(|e| ExcKind::ImportError.new_err(format!("cannot read {path}: {e}")))?;
        return run_module_source(vm, name, &source, &path, package_dir);
    }
    if let Some((source, is_pkg)) = vm.embedded_modules.get(name).copied() {
        let path = format!("<frozen {name}>");
        let package_dir = is_pkg.then(|| path.clone());
        return run_module_source(vm, name, source, &path, package_dir);
    }
    Err(no_module_named(name))
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

/// Create module `name` and run `source` in it; a package gets
/// `__path__ = [package_dir]`. CPython: importlib._bootstrap._load_unlocked.
fn run_module_source(
    vm: &mut Vm,
    name: &str,
    source: &str,
    path: &str,
    package_dir: Option<String>,
) -> PyResult<Value> {
    let globals = Rc::new(PyDict::new());
    globals.set_str("__name__", Value::str(name));
    globals.set_str("__doc__", Value::None);
    globals.set_str("__file__", Value::str(path));
    let package = match &package_dir {
        Some(dir) => {
            globals.set_str("__path__", Value::list(vec![Value::str(dir)]));
            name.to_string()
        }
        None => name
            .rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default(),
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
    module.initializing.set(true);
    let ran = vm.run_code(code, globals);
    module.initializing.set(false);
    if let Err(e) = ran {
        vm.modules.del_str(name);
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    Ok(vm.modules.get_str(name).unwrap_or(Value::Module(module)))
}
