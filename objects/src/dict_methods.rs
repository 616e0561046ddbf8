//! Natives of `dict`. CPython: Objects/dictobject.c.

use std::rc::Rc;

use crate::dict::PyDict;
use crate::exceptions::{type_error, value_error};
use crate::interp::Interp;
use crate::iter;
use crate::ops;
use crate::value::{PyResult, Value};

/// `d.update(other)` / `d |= other`: a mapping (has `keys`) or an iterable
/// of pairs. CPython: dict_update_arg.
pub fn update_from(interp: &mut dyn Interp, d: &Rc<PyDict>, other: &Value) -> PyResult<()> {
    if let Value::Dict(o) = other {
        for (k, v) in o.items() {
            d.set_item(interp, k, v)?;
        }
        return Ok(());
    }
    if ops::getattr_opt(interp, other, "keys")?.is_some() {
        let keys = ops::call_method(interp, other, "keys", &[])?;
        for k in iter::collect(interp, &keys)? {
            let v = ops::getitem(interp, other, &k)?;
            d.set_item(interp, k.clone(), v)
                .map_err(|e| ops::dict_key_error(e, &k))?;
        }
        return Ok(());
    }
    let it = ops::get_iter(interp, other)?;
    let mut n = 0;
    while let Some(pair) = ops::next(interp, &it)? {
        let items = match iter::collect(interp, &pair) {
            Ok(items) => items,
            Err(e) if e.matches(crate::exceptions::ExcKind::TypeError) => {
                return Err(type_error("object is not iterable"))
            }
            Err(e) => return Err(e),
        };
        if items.len() != 2 {
            return Err(value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                items.len()
            )));
        }
        let mut items = items.into_iter();
        let (Some(k), Some(v)) = (items.next(), items.next()) else {
            break;
        };
        d.set_item(interp, k.clone(), v)
            .map_err(|e| ops::dict_key_error(e, &k))?;
        n += 1;
    }
    Ok(())
}
