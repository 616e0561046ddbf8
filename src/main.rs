//! The `rspy` command: run a script, `-c` code, or stdin, like `python3`.
//! CPython: Modules/main.c, Python/pythonrun.c (handle_system_exit,
//! PyErr_Print).

use std::io::Read;
use std::process::ExitCode;
use std::rc::Rc;

use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{ExcKind, PyErr};
use rspy_objects::ops;
use rspy_objects::value::Value;

/// The interpreter thread's stack.
const STACK_SIZE: usize = 512 << 20;

const USAGE: &str = "usage: rspy [option] ... [-c cmd | file | -] [arg] ...";

const HELP: &str = "usage: rspy [option] ... [-c cmd | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the rspy version number and exit (also --version)
-X opt : set implementation-specific option; rspy knows
         -X no_deadlock_check: block like CPython when every task waits
         (also RSPY_NO_DEADLOCK_CHECK=1) instead of reporting a deadlock
         -X instruction_budget=N: stop (status 124) after N jumps and
         calls (bounds endless loops when fuzzing)
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// What to run.
enum Program {
    File(String),
    Code(String),
    Stdin,
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("{msg}");
    eprintln!("{USAGE}");
    eprintln!("Try `rspy -h' for more information.");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let mut i = 1;
    let mut program = None;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "-?" | "--help" => {
                print!("{HELP}");
                return ExitCode::SUCCESS;
            }
            "-V" | "--version" => {
                println!("rspy {} (Python 3.14)", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    return usage_error("Argument expected for the -c option");
                };
                program = Some((Program::Code(code.clone()), i + 1));
                break;
            }
            "-X" => {
                let Some(opt) = args.get(i + 1) else {
                    return usage_error("Argument expected for the -X option");
                };
                x_option(opt);
                i += 2;
                continue;
            }
            "-" => {
                program = Some((Program::Stdin, i));
                break;
            }
            s if s.starts_with("-c") && s.len() > 2 => {
                program = Some((Program::Code(s[2..].to_string()), i));
                break;
            }
            s if s.starts_with("-X") => {
                x_option(&s[2..]);
                i += 1;
                continue;
            }
            s if s.starts_with('-') && s.len() > 1 => {
                return usage_error(&format!("Unknown option: {s}"));
            }
            _ => {
                program = Some((Program::File(a.clone()), i));
                break;
            }
        }
    }
    let (program, argv_start) = program.unwrap_or((Program::Stdin, args.len()));
    let mut argv: Vec<String> = args[argv_start.min(args.len())..].to_vec();
    match &program {
        Program::Code(_) => {
            if argv.is_empty() {
                argv.push("-c".into());
            } else {
                argv[0] = "-c".into();
            }
        }
        Program::Stdin => {
            if argv.is_empty() {
                argv.push(String::new());
            } else {
                argv[0] = "-".into();
            }
        }
        Program::File(_) => {}
    }
    if std::env::var_os("RSPY_NO_DEADLOCK_CHECK").is_some_and(|v| !v.is_empty()) {
        rspy_module::asyncio::events::set_deadlock_check(false);
    }
    grow_heap_in_large_steps();
    rspy_module::signal::catch_sigint();
    // Deep Python recursion runs on heap frames; natives that call back
    // into Python still use some Rust stack, so give the interpreter room.
    let handle = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || run(program, argv));
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => {
            if DIED_OF_SIGINT.load(std::sync::atomic::Ordering::Relaxed) {
                rspy_module::signal::die_of_sigint();
            }
            ExitCode::from(code)
        }
        _ => {
            eprintln!("rspy: internal error");
            ExitCode::from(70)
        }
    }
}

fn run(program: Program, argv: Vec<String>) -> u8 {
    let (source, filename, script_dir) = match program {
        Program::File(path) => match std::fs::read(&path) {
            Ok(bytes) => {
                // Like CPython, sys.path[0] is the real (absolute, symlinks
                // resolved) directory of the script.
                let real = std::fs::canonicalize(&path)
                    .unwrap_or_else(|_| std::path::PathBuf::from(&path));
                let dir = real
                    .parent()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                (String::from_utf8_lossy(&bytes).into_owned(), path, dir)
            }
            Err(e) => {
                let abs = std::path::absolute(&path)
                    .map(|p| p.display().to_string())
                    .unwrap_or(path.clone());
                let errno = e.raw_os_error().unwrap_or(2);
                let msg = match e.kind() {
                    std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                    std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                    _ => e.to_string(),
                };
                eprintln!("rspy: can't open file '{abs}': [Errno {errno}] {msg}");
                return 2;
            }
        },
        Program::Code(c) => {
            rspy_vm::traceback::show_string_source(true);
            (c, "<string>".to_string(), String::new())
        }
        Program::Stdin => {
            let mut s = String::new();
            if std::io::stdin().read_to_string(&mut s).is_err() {
                eprintln!("rspy: can't read stdin");
                return 2;
            }
            (s, "<stdin>".to_string(), String::new())
        }
    };
    let mut sys_path = vec![script_dir];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        sys_path.extend(pp.split(':').filter(|s| !s.is_empty()).map(str::to_string));
    }
    let mut vm = rspy_module::new_vm(argv, sys_path);
    vm.set_stack_size(STACK_SIZE);
    let globals = Rc::new(PyDict::new());
    globals.set_str("__name__", Value::str("__main__"));
    globals.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    globals.set_str("__doc__", Value::None);
    globals.set_str("__package__", Value::None);
    // Like CPython, the main script's code and `__file__` use its absolute path.
    let code_name = if filename.starts_with('<') {
        filename.clone()
    } else {
        let abs = std::path::absolute(&filename)
            .map(|p| p.display().to_string())
            .unwrap_or(filename.clone());
        globals.set_str("__file__", Value::str(&abs));
        abs
    };
    let main = Rc::new(rspy_objects::value::PyModule::new(
        "__main__",
        globals.clone(),
    ));
    vm.modules.set_str("__main__", Value::Module(main));
    let result = rspy_vm::compile_source(&source, &code_name)
        .and_then(|code| vm.run_code(code, globals.clone()));
    let status = match result {
        Ok(_) => 0,
        Err(e) => handle_error(&mut vm, &e),
    };
    // Interpreter shutdown: clear the main module so suspended generators
    // still run their `finally` blocks, as CPython's finalization does.
    vm.run_finalizers(None);
    globals.clear();
    vm.run_finalizers(None);
    rspy_module::builtins::flush_stdout();
    status
}

/// Exit status for an uncaught exception, printing it as CPython does.
fn handle_error(vm: &mut rspy_vm::Vm, e: &PyErr) -> u8 {
    rspy_module::builtins::flush_stdout();
    if e.matches(ExcKind::SystemExit) {
        let code =
            e.0.dict()
                .get_str("code")
                .unwrap_or_else(|| e.args().into_iter().next().unwrap_or(Value::None));
        return match code {
            Value::None => 0,
            Value::Int(i) => (i & 0xff) as u8,
            Value::Bool(b) => b as u8,
            other => {
                let s = ops::str_of(vm, &other).unwrap_or_default();
                eprintln!("{s}");
                1
            }
        };
    }
    let text = rspy_vm::traceback::format_exception(vm, e);
    eprint!("{text}");
    if e.matches(ExcKind::KeyboardInterrupt) {
        DIED_OF_SIGINT.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    1
}

/// The program ended with an uncaught KeyboardInterrupt: like CPython, the
/// process then dies of SIGINT so its parent sees the signal.
static DIED_OF_SIGINT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The interpreter runs on its own thread, so glibc serves it from a
/// secondary arena that grows 128 KiB at a time, each step an `mprotect`
/// system call and new page faults: programs that create many tasks spent
/// a tenth of their time there. A 64 MiB top pad makes the steps large
/// (untouched pages cost no memory). Other C libraries are left alone.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn grow_heap_in_large_steps() {
    extern "C" {
        fn mallopt(param: i32, value: i32) -> i32;
    }
    const M_TOP_PAD: i32 = -2;
    // SAFETY: mallopt only sets a glibc allocator parameter; it is called
    // before any other thread exists.
    unsafe {
        mallopt(M_TOP_PAD, 64 << 20);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn grow_heap_in_large_steps() {}

/// An implementation option (`-X name[=value]`); unknown ones are ignored,
/// as CPython does.
fn x_option(opt: &str) {
    if opt == "no_deadlock_check" {
        rspy_module::asyncio::events::set_deadlock_check(false);
    }
    if let Some(n) = opt.strip_prefix("instruction_budget=") {
        if let Ok(n) = n.parse() {
            rspy_vm::vm::set_instruction_budget(n);
        }
    }
}
