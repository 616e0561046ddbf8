//! (being written)

pub fn register() {}
