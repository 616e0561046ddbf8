//! rspy-objects: the object model. Values, type objects, the built-in
//! types and their natives, exceptions, code and frame data, generators.
//! It knows nothing of the eval loop: running Python code goes through
//! the `Interp` trait, which rspy-vm implements. CPython: Objects/.

pub mod asyncgen;
pub mod awaitable;
pub mod bytearray;
pub mod bytes_methods;
pub mod code;
pub mod complex;
pub mod container_methods;
pub mod dict;
pub mod dict_methods;
pub mod exception_group;
pub mod exceptions;
pub mod exceptions_methods;
pub mod finalize;
pub mod float;
pub mod format;
pub mod frame;
pub mod function;
pub mod gc;
pub mod generator;
pub mod generic_alias;
pub mod int;
pub mod interp;
pub mod iter;
pub mod mappingproxy;
pub mod namespace;
pub mod num_methods;
pub mod numparse;
pub mod object;
pub mod ops;
pub mod repr;
pub mod seq;
pub mod set_table;
pub mod str_methods;
pub mod strings;
pub mod structseq;
pub mod types;
pub mod union;
pub mod value;

pub use exceptions::{ExcKind, PyErr};
pub use function::Args;
pub use interp::Interp;
pub use value::{PyResult, Value};

/// Fill the dicts of the built-in types with their natives. Called once
/// by the interpreter before running code.
pub fn init() {
    object::register();
    exceptions_methods::register();
    exception_group::register();
    generator::register();
    asyncgen::register();
    generic_alias::register();
    union::register();
    num_methods::register();
    str_methods::register();
    container_methods::register();
}
