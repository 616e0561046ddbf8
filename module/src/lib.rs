//! rspy-module: native modules (builtins, sys; later time, math, asyncio).

pub mod builtins;
pub mod sys;

use rspy_vm::Vm;

/// A VM with the built-in namespace and the native modules registered.
pub fn new_vm(argv: Vec<String>, sys_path: Vec<String>) -> Vm {
    sys::set_argv(argv);
    let mut vm = Vm::new(builtins::builtins_dict());
    vm.sys_path = sys_path;
    vm.flush_stdout = builtins::flush_stdout;
    vm.native_modules.insert("sys".to_string(), sys::init);
    vm
}
