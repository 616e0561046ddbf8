//! TEMPORARY: replaced by the full format-spec module.
use num_bigint::BigInt;
use crate::numparse::NumError;

pub struct FormatSpec { pub spec: String }

pub fn parse_format_spec(spec: &str, _type_name: &str) -> Result<FormatSpec, NumError> {
    Ok(FormatSpec { spec: spec.to_string() })
}
pub fn format_int(v: &BigInt, _s: &FormatSpec) -> Result<String, NumError> { Ok(v.to_string()) }
pub fn format_float(v: f64, _s: &FormatSpec) -> Result<String, NumError> { Ok(v.to_string()) }
pub fn format_str(v: &str, _s: &FormatSpec) -> Result<String, NumError> { Ok(v.to_string()) }

#[derive(Default, Clone)]
pub struct PercentFlags { pub left: bool, pub plus: bool, pub space: bool, pub alt: bool, pub zero: bool, pub width: Option<usize>, pub precision: Option<usize> }
pub fn percent_format_int(v: &BigInt, _f: &PercentFlags, _conv: char) -> String { v.to_string() }
pub fn percent_format_float(x: f64, f: &PercentFlags, _conv: char) -> String { format!("{:.*}", f.precision.unwrap_or(6), x) }
