//! rspy-module: native modules (builtins, sys; later time, math, asyncio).

pub mod asyncio;
pub mod builtins;
pub mod collections;
pub mod contextvars;
pub mod gc;
pub mod math;
pub mod random;
pub mod signal;
pub mod stdio;
pub mod sys;
pub mod time;
pub mod traceback;

use rspy_vm::Vm;

/// A VM with the built-in namespace and the native modules registered.
pub fn new_vm(argv: Vec<String>, sys_path: Vec<String>) -> Vm {
    sys::set_argv(argv);
    let mut vm = Vm::new(builtins::builtins_dict());
    vm.sys_path = sys_path;
    vm.flush_stdout = builtins::flush_stdout;
    vm.native_modules.insert("sys".to_string(), sys::init);
    vm.native_modules
        .insert("builtins".to_string(), builtins::init);
    vm.native_modules
        .insert("_asyncio".to_string(), asyncio::init);
    vm.native_modules
        .insert("_collections".to_string(), collections::init);
    vm.native_modules
        .insert("contextvars".to_string(), contextvars::init);
    vm.native_modules
        .insert("_contextvars".to_string(), contextvars::init);
    vm.native_modules.insert("time".to_string(), time::init);
    vm.native_modules.insert("gc".to_string(), gc::init);
    vm.native_modules
        .insert("_signal".to_string(), signal::init);
    vm.native_modules.insert("math".to_string(), math::init);
    vm.native_modules.insert("random".to_string(), random::init);
    vm.native_modules
        .insert("_traceback".to_string(), traceback::init);
    for (name, source, is_pkg) in EMBEDDED_MODULES {
        vm.embedded_modules
            .insert(name.to_string(), (*source, *is_pkg));
    }
    vm
}

/// Python-source modules compiled into the binary: `(name, source,
/// is_package)`, every file under lib/ (see build.rs). They are found
/// after the directories of `sys.path`, as CPython's standard library is.
const EMBEDDED_MODULES: &[(&str, &str, bool)] = include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
