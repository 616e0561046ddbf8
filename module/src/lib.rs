//! rspy-module: native modules (builtins, sys; later time, math, asyncio).

pub mod asyncio;
pub mod builtins;
pub mod contextvars;
pub mod sys;

use rspy_vm::Vm;

/// A VM with the built-in namespace and the native modules registered.
pub fn new_vm(argv: Vec<String>, sys_path: Vec<String>) -> Vm {
    sys::set_argv(argv);
    let mut vm = Vm::new(builtins::builtins_dict());
    vm.sys_path = sys_path;
    vm.flush_stdout = builtins::flush_stdout;
    vm.native_modules.insert("sys".to_string(), sys::init);
    vm.native_modules
        .insert("_asyncio".to_string(), asyncio::init);
    vm.native_modules
        .insert("contextvars".to_string(), contextvars::init);
    vm.native_modules
        .insert("_contextvars".to_string(), contextvars::init);
    for (name, source, is_pkg) in EMBEDDED_MODULES {
        vm.embedded_modules
            .insert(name.to_string(), (*source, *is_pkg));
    }
    vm
}

/// Python-source modules compiled into the binary: `(name, source,
/// is_package)`. They are found after the directories of `sys.path`, as
/// CPython's standard library is.
const EMBEDDED_MODULES: &[(&str, &str, bool)] = &[
    (
        "asyncio",
        include_str!("../../lib/asyncio/__init__.py"),
        true,
    ),
    (
        "asyncio.events",
        include_str!("../../lib/asyncio/events.py"),
        false,
    ),
    (
        "asyncio.exceptions",
        include_str!("../../lib/asyncio/exceptions.py"),
        false,
    ),
    (
        "asyncio.futures",
        include_str!("../../lib/asyncio/futures.py"),
        false,
    ),
    (
        "asyncio.tasks",
        include_str!("../../lib/asyncio/tasks.py"),
        false,
    ),
    (
        "asyncio.runners",
        include_str!("../../lib/asyncio/runners.py"),
        false,
    ),
    (
        "asyncio.timeouts",
        include_str!("../../lib/asyncio/timeouts.py"),
        false,
    ),
    (
        "asyncio.threads",
        include_str!("../../lib/asyncio/threads.py"),
        false,
    ),
    (
        "asyncio.streams",
        include_str!("../../lib/asyncio/streams.py"),
        false,
    ),
    (
        "asyncio.subprocess",
        include_str!("../../lib/asyncio/subprocess.py"),
        false,
    ),
    (
        "asyncio.taskgroups",
        include_str!("../../lib/asyncio/taskgroups.py"),
        false,
    ),
    (
        "asyncio.queues",
        include_str!("../../lib/asyncio/queues.py"),
        false,
    ),
    (
        "asyncio.locks",
        include_str!("../../lib/asyncio/locks.py"),
        false,
    ),
    (
        "asyncio.coroutines",
        include_str!("../../lib/asyncio/coroutines.py"),
        false,
    ),
];
