//! The `time` module: the wall clock, the monotonic and performance
//! counters, process CPU time, `sleep` and `get_clock_info`; the calendar
//! functions (`gmtime`, `localtime`, `mktime`, `asctime`, `ctime`,
//! `strftime`, `strptime`, `tzset`), the `struct_time` type and the time
//! zone attributes (`timezone`, `altzone`, `daylight`, `tzname`).
//!
//! `monotonic()` and `perf_counter()` read the same clock as the asyncio
//! event loop (`loop.time()`), as they do in CPython on Linux, so times
//! taken from either can be mixed. CPU time comes from /proc (the process
//! is single-threaded, so the main thread's run time is the process's).
//!
//! CPython leaves the calendar to the C library; rspy does that work here,
//! the way glibc does it, so results agree with CPython on Linux:
//! - time zones: `TZ` (a file under /usr/share/zoneinfo or `$TZDIR`, an
//!   absolute path, or a POSIX rule string such as `EST5EDT,M3.2.0,M11.1.0`),
//!   else /etc/localtime, else UTC; TZif files are read with their POSIX
//!   footer rule and leap seconds ("right/" zones); a POSIX string naming
//!   daylight time without rules takes its transitions from "posixrules";
//!   the C library's `tzname`, which `%Z` falls back on, changes with each
//!   localtime() as glibc's does (glibc time/tzset.c, time/tzfile.c);
//! - `mktime` inverts `localtime` by glibc's probing algorithm, including its
//!   answers in DST gaps and for a `tm_isdst` that disagrees (glibc
//!   time/mktime.c);
//! - `strftime` is glibc's for the C locale, flags `_ - 0 ^ #`, widths and
//!   the `E`/`O` modifiers included, and CPython's way of feeding it the
//!   format in pieces (glibc time/strftime_l.c);
//! - `strptime` is Lib/_strptime.py for the C locale: the same regular
//!   expressions, built and matched by a small backtracking matcher here.
//!
//! Not reproduced: locale-dependent names (always the C locale's),
//! `_strptime`'s DeprecationWarning for a day of month without a year
//! (rspy has no warnings machinery yet), and the way glibc's state drifts
//! once a "posixrules" zone has been used past its last transition.
//! CPython: Modules/timemodule.c, Objects/structseq.c, Python/pytime.c,
//! Lib/_strptime.py.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{overflow_error, type_error, value_error, ExcKind, PyErr};
use rspy_objects::function::{Args, NativeFn, NativeFunction};
use rspy_objects::interp::Interp;
use rspy_objects::numparse::{py_decimal_value, py_isspace, py_str_repr};
use rspy_objects::ops;
use rspy_objects::structseq::{self, StructSeqDesc};
use rspy_objects::types::{Layout, PyType};
use rspy_objects::value::{PyModule, PyResult, Value};
use rspy_vm::Vm;

/// Nanoseconds per second.
const NS: i128 = 1_000_000_000;

fn native(name: &'static str, f: NativeFn) -> Value {
    let mut n = NativeFunction::function(name, f);
    n.module = Some("time");
    Value::Native(Rc::new(n))
}

/// Nanoseconds since the Unix epoch (negative before it).
fn wall_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// Nanoseconds on the monotonic clock the event loop uses.
fn monotonic_ns_value() -> i128 {
    (crate::asyncio::events::monotonic() * 1e9).round() as i128
}

/// CPU time of this process in nanoseconds: the scheduler's run time of
/// the (only) thread, or user+system ticks when that is unavailable.
fn process_ns() -> i128 {
    if let Ok(s) = std::fs::read_to_string("/proc/self/schedstat") {
        if let Some(ns) = s
            .split_whitespace()
            .next()
            .and_then(|f| f.parse::<i128>().ok())
        {
            return ns;
        }
    }
    if let Ok(s) = std::fs::read_to_string("/proc/self/stat") {
        // Fields after the parenthesised command name; utime and stime are
        // fields 14 and 15 of the whole line, in ticks of 1/100 s.
        if let Some(rest) = s.rsplit(')').next() {
            let f: Vec<&str> = rest.split_whitespace().collect();
            let tick = |i: usize| f.get(i).and_then(|x| x.parse::<i128>().ok());
            if let (Some(u), Some(s)) = (tick(11), tick(12)) {
                return (u + s) * (NS / 100);
            }
        }
    }
    0
}

/// Seconds as a float from nanoseconds. CPython: _PyTime_AsSecondsDouble.
fn ns_to_secs(ns: i128) -> Value {
    if ns % NS == 0 {
        Value::Float((ns / NS) as f64)
    } else {
        Value::Float(ns as f64 / 1e9)
    }
}

/// Reject arguments to a METH_NOARGS function, with CPython's wording.
fn no_args(args: &Args<'_>, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(type_error(format!(
            "time.{name}() takes no keyword arguments"
        )));
    }
    let n = args.positional().len();
    if n != 0 {
        return Err(type_error(format!(
            "time.{name}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

fn clock_fn(name: &str, args: &Args<'_>, read: fn() -> i128, as_ns: bool) -> PyResult<Value> {
    no_args(args, name)?;
    let ns = read();
    Ok(if as_ns {
        Value::from_i128(ns)
    } else {
        ns_to_secs(ns)
    })
}

// CPython: Modules/timemodule.c time_time
fn time_time(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    clock_fn("time", &args, wall_ns, false)
}

// CPython: Modules/timemodule.c time_time_ns
fn time_time_ns(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    clock_fn("time_ns", &args, wall_ns, true)
}

// CPython: Modules/timemodule.c time_monotonic
fn time_monotonic(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "monotonic")?;
    Ok(Value::Float(crate::asyncio::events::monotonic()))
}

// CPython: Modules/timemodule.c time_monotonic_ns
fn time_monotonic_ns(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    clock_fn("monotonic_ns", &args, monotonic_ns_value, true)
}

// CPython: Modules/timemodule.c time_perf_counter
fn time_perf_counter(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "perf_counter")?;
    Ok(Value::Float(crate::asyncio::events::monotonic()))
}

// CPython: Modules/timemodule.c time_perf_counter_ns
fn time_perf_counter_ns(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    clock_fn("perf_counter_ns", &args, monotonic_ns_value, true)
}

// CPython: Modules/timemodule.c time_process_time
fn time_process_time(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    clock_fn("process_time", &args, process_ns, false)
}

// CPython: Modules/timemodule.c time_process_time_ns
fn time_process_time_ns(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    clock_fn("process_time_ns", &args, process_ns, true)
}

// CPython: Modules/timemodule.c time_thread_time
fn time_thread_time(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    clock_fn("thread_time", &args, process_ns, false)
}

// CPython: Modules/timemodule.c time_thread_time_ns
fn time_thread_time_ns(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    clock_fn("thread_time_ns", &args, process_ns, true)
}

fn out_of_range() -> rspy_objects::exceptions::PyErr {
    overflow_error("timestamp out of range for C PyTime_t")
}

/// A number of seconds as nanoseconds, rounding as `sleep` does (toward
/// +infinity). CPython: _PyTime_FromSecondsObject with _PyTime_ROUND_CEILING.
fn seconds_to_ns(interp: &mut dyn Interp, v: &Value) -> PyResult<i128> {
    if let Value::Float(x) = v {
        if x.is_nan() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        let d = (x * 1e9).ceil();
        if !((i64::MIN as f64) <= d && d < -(i64::MIN as f64)) {
            return Err(out_of_range());
        }
        return Ok(d as i128);
    }
    let is_int = matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
        || v.py_type().lookup("__index__").is_some();
    if !is_int {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer or float",
            v.type_name()
        )));
    }
    let i = ops::index(interp, v)?;
    let secs = rspy_objects::int::to_bigint(&i).unwrap_or_default();
    let ns = secs * BigInt::from(NS);
    match ns.to_i64() {
        Some(n) => Ok(n as i128),
        None => Err(out_of_range()),
    }
}

// CPython: Modules/timemodule.c time_sleep
fn time_sleep(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("time.sleep")?;
    let a = args.check_count("time.sleep", 1, 1)?;
    let ns = seconds_to_ns(interp, &a[0])?;
    if ns < 0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    crate::builtins::flush_stdout();
    crate::asyncio::events::sleep_interruptibly(
        interp,
        Some(Duration::from_nanos(ns as u64)),
        false,
    )?;
    Ok(Value::None)
}

// ------------------------------------------------------- get_clock_info

// CPython: Modules/timemodule.c time_get_clock_info
fn time_get_clock_info(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("get_clock_info")?;
    let a = args.positional();
    if a.len() != 1 {
        return Err(type_error(format!(
            "get_clock_info() takes exactly 1 argument ({} given)",
            a.len()
        )));
    }
    let Value::Str(name) = &a[0] else {
        return Err(type_error(format!(
            "get_clock_info() argument 1 must be str, not {}",
            a[0].type_name()
        )));
    };
    let (implementation, monotonic, adjustable) = match name.as_str() {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false),
        _ => return Err(value_error("unknown clock")),
    };
    Ok(rspy_objects::namespace::new_namespace([
        ("implementation", Value::str(implementation)),
        ("monotonic", Value::Bool(monotonic)),
        ("adjustable", Value::Bool(adjustable)),
        ("resolution", Value::Float(1e-09)),
    ]))
}

// ------------------------------------------------------------- calendar

const DAY: i64 = 86_400;

/// Days before each month, in common and leap years. glibc: __mon_yday.
const MON_YDAY: [[i64; 13]; 2] = [
    [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365],
    [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366],
];

const WDAY_ABBR: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const WDAY_FULL: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MON_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MON_FULL: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days from 1970-01-01 to `y-m-d` in the proleptic Gregorian calendar
/// (`m` in 1..=12; `d` may run past the month).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `z` days after 1970-01-01: (year, month 1..=12, day 1..=31).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// C's `struct tm`, with the full year (`tm_year + 1900`) and a `tm_zone`
/// that may be absent. Fields hold C ints; they are `i64` so arithmetic on
/// them cannot overflow.
#[derive(Clone, Debug, Default)]
struct Tm {
    year: i64,
    mon: i64,
    mday: i64,
    hour: i64,
    min: i64,
    sec: i64,
    wday: i64,
    yday: i64,
    isdst: i64,
    gmtoff: i64,
    zone: Option<String>,
}

/// Whether a full year is representable as C's `tm_year` (an int).
fn year_fits(year: i64) -> bool {
    (i32::MIN as i64..=i32::MAX as i64).contains(&(year - 1900))
}

/// `t` seconds since the Epoch shifted by `offset`, broken down; `None`
/// when the year does not fit (EOVERFLOW). glibc: __offtime.
fn offtime(t: i64, offset: i64) -> Option<Tm> {
    let s = t as i128 + offset as i128;
    let days = i64::try_from(s.div_euclid(DAY as i128)).ok()?;
    let rem = s.rem_euclid(DAY as i128) as i64;
    let (y, m, d) = civil_from_days(days);
    if !year_fits(y) {
        return None;
    }
    Some(Tm {
        year: y,
        mon: m - 1,
        mday: d,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        wday: (days + 4).rem_euclid(7),
        yday: days - days_from_civil(y, 1, 1),
        isdst: 0,
        gmtoff: offset,
        zone: None,
    })
}

/// Seconds from the Epoch to day `yday` (0-based, may run past the year)
/// of `year` at `hour:min:sec`, all taken as UTC. glibc: ydhms_diff.
fn ydhms(year: i64, yday: i64, hour: i64, min: i64, sec: i64) -> i128 {
    let days = days_from_civil(year, 1, 1) as i128 + yday as i128;
    days * DAY as i128 + hour as i128 * 3600 + min as i128 * 60 + sec as i128
}

// ------------------------------------------------------------ time zones

/// A local time type of a TZif file.
#[derive(Clone, Debug)]
struct TType {
    off: i64,
    isdst: bool,
    abbr: String,
    /// Transitions into this type are given in standard time.
    isstd: bool,
    /// Transitions into this type are given in UT.
    isut: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum RuleType {
    /// `n`: zero-based day of the year, counting Feb 29.
    J0,
    /// `Jn`: one-based day of the year, never counting Feb 29.
    J1,
    /// `Mm.w.d`: day `d` of week `w` of month `m`.
    M,
}

/// One half of a POSIX TZ string: the name and offset of standard or
/// daylight time and the rule for changing to it. glibc: tz_rule.
#[derive(Clone, Debug)]
struct TzRule {
    name: String,
    /// Seconds east of UTC.
    offset: i64,
    rtype: RuleType,
    m: i64,
    n: i64,
    d: i64,
    secs: i64,
}

impl TzRule {
    fn blank() -> TzRule {
        TzRule {
            name: String::new(),
            offset: 0,
            rtype: RuleType::J0,
            m: 0,
            n: 0,
            d: 0,
            secs: 0,
        }
    }
}

/// A POSIX TZ string: `[0]` standard time, `[1]` daylight time.
#[derive(Clone, Debug)]
struct PosixTz {
    rules: [TzRule; 2],
}

/// A TZif file (RFC 8536). glibc keeps the same tables in tzfile.c.
#[derive(Debug)]
struct TzFile {
    trans: Vec<i64>,
    idx: Vec<usize>,
    types: Vec<TType>,
    /// Leap seconds: (when, total correction from then on).
    leaps: Vec<(i64, i64)>,
    /// The footer's POSIX string, for times after the last transition.
    spec: Option<PosixTz>,
}

#[derive(Debug)]
enum Zone {
    File(TzFile),
    Posix(PosixTz),
}

/// What local time is at some instant.
struct LocalInfo {
    off: i64,
    isdst: bool,
    abbr: String,
}

/// A run of ASCII digits at `*p` as a number (saturating), advancing `p`.
fn scan_digits(b: &[u8], p: &mut usize) -> Option<i64> {
    let start = *p;
    let mut v: i64 = 0;
    while let Some(c) = b.get(*p).filter(|c| c.is_ascii_digit()) {
        v = v.saturating_mul(10).saturating_add((c - b'0') as i64);
        *p += 1;
    }
    (*p > start).then_some(v)
}

/// `h[:m[:s]]` as in sscanf("%hu%n:%hu%n:%hu%n"): what was read and where
/// the last complete field ended.
fn scan_hms(b: &[u8], p: usize) -> Option<(i64, i64, i64, usize)> {
    let mut q = p;
    let h = scan_digits(b, &mut q)? % 65_536;
    let mut end = q;
    let (mut m, mut s) = (0, 0);
    if b.get(q) == Some(&b':') {
        let mut r = q + 1;
        if let Some(v) = scan_digits(b, &mut r) {
            m = v % 65_536;
            end = r;
            if b.get(r) == Some(&b':') {
                let mut u = r + 1;
                if let Some(v) = scan_digits(b, &mut u) {
                    s = v % 65_536;
                    end = u;
                }
            }
        }
    }
    Some((h, m, s, end))
}

// glibc: time/tzset.c parse_tzname
fn parse_tzname(b: &[u8], p: &mut usize, rule: &mut TzRule) -> bool {
    let start = *p;
    let mut q = start;
    while b.get(q).is_some_and(|c| c.is_ascii_alphabetic()) {
        q += 1;
    }
    let (name_start, name_end, next) = if q - start >= 3 {
        (start, q, q)
    } else {
        if b.get(start) != Some(&b'<') {
            return false;
        }
        let mut q = start + 1;
        while b
            .get(q)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'+' || *c == b'-')
        {
            q += 1;
        }
        if b.get(q) != Some(&b'>') || q - (start + 1) < 3 {
            return false;
        }
        (start + 1, q, q + 1)
    };
    rule.name = String::from_utf8_lossy(&b[name_start..name_end]).into_owned();
    *p = next;
    true
}

// glibc: time/tzset.c parse_offset
fn parse_offset(b: &[u8], p: &mut usize, which: usize, rules: &mut [TzRule; 2]) -> bool {
    let c = b.get(*p).copied();
    if which == 0 && !matches!(c, Some(b'+' | b'-' | b'0'..=b'9')) {
        return false;
    }
    let sign = if matches!(c, Some(b'+' | b'-')) {
        *p += 1;
        if c == Some(b'-') {
            1
        } else {
            -1
        }
    } else {
        -1
    };
    match scan_hms(b, *p) {
        Some((h, m, s, end)) => {
            rules[which].offset = sign * (s.min(59) + m.min(59) * 60 + h.min(24) * 3600);
            *p = end;
        }
        None if which == 0 => {
            rules[0].offset = 0;
            return false;
        }
        None => rules[1].offset = rules[0].offset + 3600,
    }
    true
}

// glibc: time/tzset.c parse_rule
fn parse_rule(b: &[u8], p: &mut usize, which: usize, rules: &mut [TzRule; 2]) -> bool {
    let mut q = *p;
    if b.get(q) == Some(&b',') {
        q += 1;
    }
    let r = &mut rules[which];
    match b.get(q).copied() {
        Some(c) if c == b'J' || c.is_ascii_digit() => {
            r.rtype = if c == b'J' {
                RuleType::J1
            } else {
                RuleType::J0
            };
            if c == b'J' {
                q += 1;
            }
            let Some(d) = scan_digits(b, &mut q) else {
                return false;
            };
            if d > 365 || (r.rtype == RuleType::J1 && d == 0) {
                return false;
            }
            r.d = d;
        }
        Some(b'M') => {
            r.rtype = RuleType::M;
            q += 1;
            let Some(m) = scan_digits(b, &mut q) else {
                return false;
            };
            if b.get(q) != Some(&b'.') {
                return false;
            }
            q += 1;
            let Some(n) = scan_digits(b, &mut q) else {
                return false;
            };
            if b.get(q) != Some(&b'.') {
                return false;
            }
            q += 1;
            let Some(d) = scan_digits(b, &mut q) else {
                return false;
            };
            if !(1..=12).contains(&m) || !(1..=5).contains(&n) || d > 6 {
                return false;
            }
            (r.m, r.n, r.d) = (m, n, d);
        }
        None => {
            // The US rules: "M3.2.0,M11.1.0".
            r.rtype = RuleType::M;
            (r.m, r.n, r.d) = if which == 0 { (3, 2, 0) } else { (11, 1, 0) };
        }
        Some(_) => return false,
    }
    match b.get(q).copied() {
        None | Some(b',') => r.secs = 2 * 3600,
        Some(b'/') => {
            q += 1;
            if q >= b.len() {
                return false;
            }
            let negative = b[q] == b'-';
            if negative || b[q] == b'+' {
                q += 1;
            }
            let (mut h, mut m, mut s) = (2, 0, 0);
            if let Some((hh, mm, ss, end)) = scan_hms(b, q) {
                (h, m, s) = (hh, mm, ss);
                q = end;
            }
            r.secs = (if negative { -1 } else { 1 }) * (h * 3600 + m * 60 + s);
        }
        Some(_) => return false,
    }
    *p = q;
    true
}

/// Parse a POSIX TZ string as glibc does: what cannot be parsed is left
/// as UTC under the names read so far. glibc: __tzset_parse_tz.
fn parse_posix_tz(tz: &str) -> PosixTz {
    parse_posix_tz_ex(tz).0
}

/// Like `parse_posix_tz`, also telling whether the string names daylight
/// time without rules, for which glibc takes the rules from the
/// "posixrules" file.
fn parse_posix_tz_ex(tz: &str) -> (PosixTz, bool) {
    let b = tz.as_bytes();
    let mut rules = [TzRule::blank(), TzRule::blank()];
    let mut p = 0;
    let mut wants_default = false;
    if parse_tzname(b, &mut p, &mut rules[0]) && parse_offset(b, &mut p, 0, &mut rules) {
        if p < b.len() {
            if parse_tzname(b, &mut p, &mut rules[1]) {
                parse_offset(b, &mut p, 1, &mut rules);
                wants_default = p == b.len() || &b[p..] == b",";
            }
            if parse_rule(b, &mut p, 0, &mut rules) {
                parse_rule(b, &mut p, 1, &mut rules);
            }
        } else {
            rules[1].name = rules[0].name.clone();
            rules[1].offset = rules[0].offset;
        }
    }
    (PosixTz { rules }, wants_default)
}

fn utc_zone() -> PosixTz {
    let mut r = TzRule::blank();
    r.name = "UTC".to_string();
    PosixTz {
        rules: [r.clone(), r],
    }
}

/// When the change a rule describes happens in `year` (UTC seconds).
/// Years up to 1970 count from 1970-01-01, as glibc's do.
// glibc: time/tzset.c compute_change
fn compute_change(r: &TzRule, year: i64) -> i128 {
    let mut t: i128 = if year > 1970 {
        let y = year as i128;
        ((y - 1970) * 365 + ((y - 1) / 4 - 1970 / 4) - ((y - 1) / 100 - 1970 / 100)
            + ((y - 1) / 400 - 1970 / 400))
            * DAY as i128
    } else {
        0
    };
    let leap = is_leap(year);
    match r.rtype {
        RuleType::J1 => {
            t += (r.d - 1) as i128 * DAY as i128;
            if r.d >= 60 && leap {
                t += DAY as i128;
            }
        }
        RuleType::J0 => t += r.d as i128 * DAY as i128,
        RuleType::M => {
            let myday = &MON_YDAY[leap as usize];
            let m = r.m.clamp(1, 12) as usize;
            t += myday[m - 1] as i128 * DAY as i128;
            // Zeller's congruence: the weekday of the month's first day.
            let m1 = (r.m + 9) % 12 + 1;
            let yy0 = if r.m <= 2 { year - 1 } else { year };
            let (yy1, yy2) = (yy0 / 100, yy0 % 100);
            let mut dow = ((26 * m1 - 2) / 10 + 1 + yy2 + yy2 / 4 + yy1 / 4 - 2 * yy1) % 7;
            if dow < 0 {
                dow += 7;
            }
            let mut d = r.d - dow;
            if d < 0 {
                d += 7;
            }
            for _ in 1..r.n {
                if d + 7 >= myday[m] - myday[m - 1] {
                    break;
                }
                d += 7;
            }
            t += d as i128 * DAY as i128;
        }
    }
    t - r.offset as i128 + r.secs as i128
}

/// Local time under a POSIX string. glibc: __tz_compute.
fn posix_info(tz: &PosixTz, t: i64) -> Option<LocalInfo> {
    let year = offtime(t, 0)?.year;
    let c0 = compute_change(&tz.rules[0], year);
    let c1 = compute_change(&tz.rules[1], year);
    let t = t as i128;
    // Southern hemisphere: daylight time spans the new year.
    let isdst = if c0 > c1 {
        t < c1 || t >= c0
    } else {
        t >= c0 && t < c1
    };
    let r = &tz.rules[isdst as usize];
    Some(LocalInfo {
        off: r.offset,
        isdst,
        abbr: r.name.clone(),
    })
}

fn type_info(ty: &TType) -> LocalInfo {
    LocalInfo {
        off: ty.off,
        isdst: ty.isdst,
        abbr: ty.abbr.clone(),
    }
}

/// Local time under a TZif file, and the names the C library's `tzname`
/// holds afterwards. glibc: __tzfile_compute.
fn file_info(f: &TzFile, t: i64) -> Option<(LocalInfo, [String; 2])> {
    let n_types = f.types.len();
    if n_types == 0 {
        return None;
    }
    let abbr = |i: usize| f.types[i.min(n_types - 1)].abbr.clone();
    let mut names: [Option<String>; 2] = [None, None];
    let ty = match (f.trans.first(), f.trans.last()) {
        (Some(&first), Some(&final_t)) if t >= first => {
            if t >= final_t {
                if let Some(spec) = &f.spec {
                    if let Some(info) = posix_info(spec, t) {
                        let names = [spec.rules[0].name.clone(), spec.rules[1].name.clone()];
                        return Some((info, names));
                    }
                }
            }
            // i: the first transition after t.
            let i = f.trans.partition_point(|&x| x <= t);
            let ty = f.idx[i - 1];
            names[f.types[ty].isdst as usize] = Some(abbr(ty));
            for &tj in &f.idx[i..] {
                let dst = f.types[tj].isdst as usize;
                if names[dst].is_none() {
                    names[dst] = Some(abbr(tj));
                    if names[1 - dst].is_some() {
                        break;
                    }
                }
            }
            if names[0].is_none() {
                names[0] = names[1].clone();
            }
            ty
        }
        _ => {
            // Before the first transition: the first standard-time type.
            let mut i = 0;
            while i < n_types && f.types[i].isdst {
                if names[1].is_none() {
                    names[1] = Some(abbr(i));
                }
                i += 1;
            }
            if i == n_types {
                i = 0;
            }
            names[0] = Some(abbr(i));
            if names[1].is_none() {
                names[1] = (i..n_types).find(|&j| f.types[j].isdst).map(abbr);
            }
            i
        }
    };
    let std = names[0].clone().unwrap_or_default();
    let dst = names[1].clone().unwrap_or_else(|| std.clone());
    Some((type_info(&f.types[ty.min(n_types - 1)]), [std, dst]))
}

/// The leap-second correction at `t` and how many leap seconds `t` is
/// (0 unless `t` is exactly at one). glibc: __tzfile_compute (leap).
fn leap_correction(f: &TzFile, t: i64) -> (i64, i64) {
    let Some(i) = f.leaps.iter().rposition(|&(when, _)| when <= t) else {
        return (0, 0);
    };
    let (when, change) = f.leaps[i];
    let mut hit = 0;
    let before = if i == 0 { 0 } else { f.leaps[i - 1].1 };
    if t == when && change > before {
        hit = 1;
        let mut k = i;
        while k > 0 && f.leaps[k].0 == f.leaps[k - 1].0 + 1 && f.leaps[k].1 == f.leaps[k - 1].1 + 1
        {
            hit += 1;
            k -= 1;
        }
    }
    (change, hit)
}

/// The names the C library's `tzname` holds after reading a TZif file: the
/// latest standard and daylight names. glibc: __tzfile_read.
fn file_tzname(f: &TzFile) -> [String; 2] {
    let mut names: [Option<String>; 2] = [None, None];
    for &ty in f.idx.iter().rev() {
        let dst = f.types[ty].isdst as usize;
        if names[dst].is_none() {
            names[dst] = Some(f.types[ty].abbr.clone());
            if names[1 - dst].is_some() {
                break;
            }
        }
    }
    let std = names[0]
        .clone()
        .or_else(|| f.types.first().map(|t| t.abbr.clone()))
        .unwrap_or_default();
    let dst = names[1].clone().unwrap_or_else(|| std.clone());
    [std, dst]
}

/// The offsets of the latest standard and daylight types of a TZif file.
/// glibc: __tzfile_read (rule_stdoff, rule_dstoff).
fn file_rule_offsets(f: &TzFile) -> (i64, i64) {
    if f.idx.is_empty() {
        let off = f.types.first().map(|t| t.off).unwrap_or(0);
        return (off, off);
    }
    let (mut std, mut dst) = (None, None);
    for &ty in f.idx.iter().rev() {
        let t = &f.types[ty];
        if std.is_none() && !t.isdst {
            std = Some(t.off);
        } else if dst.is_none() && t.isdst {
            dst = Some(t.off);
        }
        if std.is_some() && dst.is_some() {
            break;
        }
    }
    let std = std.unwrap_or(0);
    (std, dst.unwrap_or(std))
}

/// A POSIX string with daylight time but no rules takes its transitions
/// from the "posixrules" file, moved to the string's offsets.
/// glibc: time/tzfile.c __tzfile_default.
fn tzfile_default(rules: &[TzRule; 2]) -> Option<TzFile> {
    let mut f = read_tzfile("posixrules")?;
    if f.types.len() < 2 {
        return None;
    }
    // glibc 2.43 moves wall-clock transitions made from daylight time by
    // the user's whole daylight offset (its rule_dstoff is 0 here, as
    // measured against CPython on glibc 2.43).
    let (rule_std, rule_dst) = (file_rule_offsets(&f).0, 0);
    let (stdoff, dstoff) = (rules[0].offset, rules[1].offset);
    let mut isdst = false;
    for i in 0..f.trans.len() {
        let tt = &f.types[f.idx[i]];
        let shift = if tt.isut {
            0
        } else if isdst && !tt.isstd {
            dstoff - rule_dst
        } else {
            stdoff - rule_std
        };
        f.trans[i] = f.trans[i].saturating_add(shift);
        isdst = tt.isdst;
        f.idx[i] = tt.isdst as usize;
    }
    f.types = vec![
        TType {
            off: stdoff,
            isdst: false,
            abbr: rules[0].name.clone(),
            isstd: false,
            isut: false,
        },
        TType {
            off: dstoff,
            isdst: true,
            abbr: rules[1].name.clone(),
            isstd: false,
            isut: false,
        },
    ];
    Some(f)
}

fn be_u32(b: &[u8], at: usize) -> Option<usize> {
    let s = b.get(at..at + 4)?;
    Some(u32::from_be_bytes([s[0], s[1], s[2], s[3]]) as usize)
}

/// The six counts of a TZif header at `at`: isutcnt, isstdcnt, leapcnt,
/// timecnt, typecnt, charcnt.
fn tzif_header(b: &[u8], at: usize) -> Option<[usize; 6]> {
    if b.get(at..at + 4)? != b"TZif" {
        return None;
    }
    let mut c = [0; 6];
    for (i, slot) in c.iter_mut().enumerate() {
        *slot = be_u32(b, at + 20 + 4 * i)?;
    }
    Some(c)
}

/// Bytes of a TZif data block with these counts and time size.
fn tzif_block_len(c: &[usize; 6], tsize: usize) -> Option<usize> {
    let [isut, isstd, leap, timecnt, typecnt, charcnt] = *c;
    timecnt
        .checked_mul(tsize + 1)?
        .checked_add(typecnt.checked_mul(6)?)?
        .checked_add(charcnt)?
        .checked_add(leap.checked_mul(tsize + 4)?)?
        .checked_add(isstd)?
        .checked_add(isut)
}

/// Parse a TZif file; `None` when it is not one. glibc: __tzfile_read.
fn parse_tzif(b: &[u8]) -> Option<TzFile> {
    let c1 = tzif_header(b, 0)?;
    let version = *b.get(4)?;
    let (c, body, tsize) = if version != 0 {
        let h2 = 44usize.checked_add(tzif_block_len(&c1, 4)?)?;
        (tzif_header(b, h2)?, h2 + 44, 8)
    } else {
        (c1, 44, 4)
    };
    let [_, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = c;
    if typecnt == 0 {
        return None;
    }
    let end = body.checked_add(tzif_block_len(&c, tsize)?)?;
    let data = b.get(body..end)?;
    let mut p = 0;
    let mut trans = Vec::with_capacity(timecnt);
    for _ in 0..timecnt {
        let v = if tsize == 8 {
            i64::from_be_bytes(data[p..p + 8].try_into().ok()?)
        } else {
            i32::from_be_bytes(data[p..p + 4].try_into().ok()?) as i64
        };
        trans.push(v);
        p += tsize;
    }
    let mut idx = Vec::with_capacity(timecnt);
    for _ in 0..timecnt {
        let i = data[p] as usize;
        if i >= typecnt {
            return None;
        }
        idx.push(i);
        p += 1;
    }
    let chars_at = p + typecnt * 6;
    let chars = &data[chars_at..chars_at + charcnt];
    let mut types = Vec::with_capacity(typecnt);
    for _ in 0..typecnt {
        let off = i32::from_be_bytes(data[p..p + 4].try_into().ok()?) as i64;
        let isdst = data[p + 4] != 0;
        let ai = data[p + 5] as usize;
        let name = chars.get(ai..)?;
        let len = name.iter().position(|&c| c == 0).unwrap_or(name.len());
        types.push(TType {
            off,
            isdst,
            abbr: String::from_utf8_lossy(&name[..len]).into_owned(),
            isstd: false,
            isut: false,
        });
        p += 6;
    }
    p += charcnt;
    let mut leaps = Vec::with_capacity(leapcnt);
    for _ in 0..leapcnt {
        let when = if tsize == 8 {
            i64::from_be_bytes(data[p..p + 8].try_into().ok()?)
        } else {
            i32::from_be_bytes(data[p..p + 4].try_into().ok()?) as i64
        };
        p += tsize;
        let change = i32::from_be_bytes(data[p..p + 4].try_into().ok()?) as i64;
        p += 4;
        leaps.push((when, change));
    }
    for (ty, &flag) in types.iter_mut().zip(&data[p..p + isstdcnt]) {
        ty.isstd = flag != 0;
    }
    p += isstdcnt;
    for (ty, &flag) in types.iter_mut().zip(data.get(p..).unwrap_or(&[])) {
        ty.isut = flag != 0;
    }
    let spec = if version != 0 {
        b.get(end..)
            .and_then(|rest| rest.strip_prefix(b"\n"))
            .and_then(|rest| rest.iter().position(|&c| c == b'\n').map(|n| &rest[..n]))
            .filter(|s| !s.is_empty())
            .map(|s| parse_posix_tz(&String::from_utf8_lossy(s)))
    } else {
        None
    };
    Some(TzFile {
        trans,
        idx,
        types,
        leaps,
        spec,
    })
}

fn read_tzfile(name: &str) -> Option<TzFile> {
    let path = if name.starts_with('/') {
        name.to_string()
    } else {
        let dir = std::env::var("TZDIR")
            .ok()
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| "/usr/share/zoneinfo".to_string());
        format!("{dir}/{name}")
    };
    parse_tzif(&std::fs::read(path).ok()?)
}

/// The zone `TZ` names, else /etc/localtime, else UTC. glibc: tzset_internal.
fn load_zone() -> Zone {
    let tz = std::env::var_os("TZ").map(|v| v.to_string_lossy().into_owned());
    let Some(tz) = tz else {
        return match read_tzfile("/etc/localtime") {
            Some(f) => Zone::File(f),
            None => Zone::Posix(utc_zone()),
        };
    };
    let tz = if tz.is_empty() {
        "Universal"
    } else {
        tz.strip_prefix(':').unwrap_or(&tz)
    };
    if tz.is_empty() {
        return Zone::Posix(utc_zone());
    }
    if let Some(f) = read_tzfile(tz) {
        return Zone::File(f);
    }
    let (posix, wants_default) = parse_posix_tz_ex(tz);
    if wants_default {
        if let Some(f) = tzfile_default(&posix.rules) {
            return Zone::File(f);
        }
    }
    Zone::Posix(posix)
}

thread_local! {
    static ZONE: RefCell<Option<Rc<Zone>>> = const { RefCell::new(None) };
    /// glibc's guess of the local offset for the next `mktime`.
    static LOCALTIME_OFFSET: Cell<i64> = const { Cell::new(0) };
    /// The C library's `tzname`, which each localtime() updates: the names
    /// strftime's `%Z` falls back on.
    static GLIBC_TZNAME: RefCell<[String; 2]> =
        RefCell::new(["UTC".to_string(), "UTC".to_string()]);
    /// `time.tzname` and `time.daylight`, as the module was given them:
    /// the names `strptime` accepts.
    static TZNAME: RefCell<([String; 2], bool)> =
        RefCell::new((["UTC".to_string(), "UTC".to_string()], false));
    static MODULE_DICT: RefCell<Option<Rc<PyDict>>> = const { RefCell::new(None) };
}

fn zone() -> Rc<Zone> {
    ZONE.with(|z| {
        z.borrow_mut()
            .get_or_insert_with(|| {
                let zone = load_zone();
                let names = match &zone {
                    Zone::File(f) => file_tzname(f),
                    Zone::Posix(p) => [p.rules[0].name.clone(), p.rules[1].name.clone()],
                };
                GLIBC_TZNAME.with(|n| *n.borrow_mut() = names);
                Rc::new(zone)
            })
            .clone()
    })
}

/// Broken-down time in the local zone or (`local` false) in UTC;
/// `None` on overflow. glibc: time/tzset.c __tz_convert.
fn convert(t: i64, local: bool) -> Option<Tm> {
    let zone = zone();
    let (info, leap) = match &*zone {
        Zone::File(f) => {
            let leap = leap_correction(f, t);
            if !local {
                (None, leap)
            } else {
                let (info, names) = file_info(f, t)?;
                GLIBC_TZNAME.with(|n| *n.borrow_mut() = names);
                (Some(info), leap)
            }
        }
        Zone::Posix(p) if local => (Some(posix_info(p, t)?), (0, 0)),
        Zone::Posix(_) => (None, (0, 0)),
    };
    let (off, isdst, abbr) = match info {
        Some(i) => (i.off, i.isdst, i.abbr),
        None => (0, false, "GMT".to_string()),
    };
    let mut tm = offtime(t, off - leap.0)?;
    tm.sec += leap.1;
    tm.gmtoff = off;
    tm.isdst = isdst as i64;
    tm.zone = Some(abbr);
    Some(tm)
}

/// Broken-down local time; `None` on overflow.
fn localtime_tm(t: i64) -> Option<Tm> {
    convert(t, true)
}

/// Broken-down UTC; `None` on overflow.
fn gmtime_tm(t: i64) -> Option<Tm> {
    convert(t, false)
}

// ----------------------------------------------------------------- mktime

/// `localtime` at `*t` clamped to time_t, or else at the representable
/// time nearest to it on the way to 0. glibc: time/mktime.c ranged_convert.
fn ranged_convert(t: &mut i128) -> Option<Tm> {
    let t1 = (*t).clamp(i64::MIN as i128, i64::MAX as i128) as i64;
    if let Some(tm) = localtime_tm(t1) {
        *t = t1 as i128;
        return Some(tm);
    }
    let (mut ok, mut bad) = (0i64, t1);
    let mut oktm = None;
    loop {
        let mid = ((ok as i128 + bad as i128).div_euclid(2)) as i64;
        if mid == ok || mid == bad {
            break;
        }
        match localtime_tm(mid) {
            Some(tm) => {
                ok = mid;
                oktm = Some(tm);
            }
            None => bad = mid,
        }
    }
    let tm = oktm?;
    *t = ok as i128;
    Some(tm)
}

fn localtime_checked(t: i128) -> Option<Tm> {
    localtime_tm(i64::try_from(t).ok()?)
}

/// glibc: time/mktime.c isdst_differ
fn isdst_differ(a: i64, b: i64) -> bool {
    (a == 0) != (b == 0) && a >= 0 && b >= 0
}

/// Invert `localtime`: the time_t whose local time is `req` (fields may be
/// out of range), and that local time; `None` when out of range.
// glibc: time/mktime.c __mktime_internal
fn mktime_local(req: &Tm) -> Option<(i64, Tm)> {
    let (sec_requested, isdst) = (req.sec, req.isdst);
    let mon_rem = req.mon % 12;
    let negative = (mon_rem < 0) as i64;
    let year = req.year + req.mon / 12 - negative;
    let mon_yday = MON_YDAY[is_leap(year) as usize][(mon_rem + 12 * negative) as usize] - 1;
    let yday = mon_yday + req.mday;
    let (hour, min) = (req.hour, req.min);
    let sec = sec_requested.clamp(0, 59);
    let want = ydhms(year, yday, hour, min, sec);
    let diff = |tm: &Tm| want - ydhms(tm.year, tm.yday, tm.hour, tm.min, tm.sec);

    let off = LOCALTIME_OFFSET.with(|c| c.get());
    let t0 = want + off as i128;
    let (mut t, mut t1, mut t2) = (t0, t0, t0);
    let mut dst2 = false;
    let mut remaining_probes = 6;
    let mut tm;
    let mut oscillating = false;
    loop {
        tm = ranged_convert(&mut t)?;
        let dt = diff(&tm);
        if dt == 0 {
            break;
        }
        if t == t1
            && t != t2
            && (tm.isdst < 0
                || if isdst < 0 {
                    !dst2 || tm.isdst != 0
                } else {
                    (isdst != 0) != (tm.isdst != 0)
                })
        {
            // Oscillating around a spring-forward gap.
            oscillating = true;
            break;
        }
        remaining_probes -= 1;
        if remaining_probes == 0 {
            return None;
        }
        (t1, t2) = (t2, t);
        t += dt;
        dst2 = tm.isdst != 0;
    }

    if !oscillating && isdst_differ(isdst, tm.isdst) {
        // Look for a nearby time with the requested tm_isdst and use its
        // offset; failing that, assume a one-hour difference.
        let dst_difference = (isdst == 0) as i128 - (tm.isdst == 0) as i128;
        let stride: i128 = 601_200;
        let delta_bound: i128 = 457_243_200 / 2 + stride;
        let mut found = None;
        let mut delta = stride;
        'probe: while delta < delta_bound {
            for direction in [-1i128, 1] {
                let mut ot = t + delta * direction;
                let otm = ranged_convert(&mut ot)?;
                if !isdst_differ(isdst, otm.isdst) {
                    let gt = ot + diff(&otm);
                    if let Some(gtm) = localtime_checked(gt) {
                        found = Some((gt, gtm));
                        break 'probe;
                    }
                }
            }
            delta += stride;
        }
        match found {
            Some((gt, gtm)) => {
                t = gt;
                tm = gtm;
            }
            None => {
                t += 3600 * dst_difference;
                tm = localtime_checked(t)?;
            }
        }
    }

    LOCALTIME_OFFSET.with(|c| c.set((t - want) as i64));
    if sec_requested != tm.sec {
        let adjust = (sec == 0 && tm.sec == 60) as i128 - sec as i128 + sec_requested as i128;
        t += adjust;
        tm = localtime_checked(t)?;
    }
    Some((i64::try_from(t).ok()?, tm))
}

// ------------------------------------------------------------ struct_time

/// `time.struct_time`: 9 visible fields, `tm_zone` and `tm_gmtoff` as
/// attributes only. CPython: Modules/timemodule.c struct_time_type_desc.
const STRUCT_TIME: StructSeqDesc = StructSeqDesc {
    name: "time.struct_time",
    doc: None,
    fields: &[
        "tm_year",
        "tm_mon",
        "tm_mday",
        "tm_hour",
        "tm_min",
        "tm_sec",
        "tm_wday",
        "tm_yday",
        "tm_isdst",
        "tm_zone",
        "tm_gmtoff",
    ],
    n_in_sequence: 9,
    constructible: true,
};

thread_local! {
    static STRUCT_TIME_TYPE: Rc<PyType> = structseq::new_type(&STRUCT_TIME);
}

fn struct_time_type() -> Rc<PyType> {
    STRUCT_TIME_TYPE.with(|t| t.clone())
}

/// A struct_time from its 11 fields.
fn make_struct(fields: Vec<Value>) -> PyResult<Value> {
    structseq::new_instance(&struct_time_type(), fields)
}

/// A struct_time from a broken-down time. CPython: timemodule.c tmtotuple.
fn tm_to_struct(tm: &Tm) -> PyResult<Value> {
    let i = Value::Int;
    make_struct(vec![
        i(tm.year),
        i(tm.mon + 1),
        i(tm.mday),
        i(tm.hour),
        i(tm.min),
        i(tm.sec),
        i((tm.wday + 6) % 7),
        i(tm.yday + 1),
        i(tm.isdst),
        tm.zone.as_deref().map(Value::str).unwrap_or(Value::None),
        i(tm.gmtoff),
    ])
}

// ------------------------------------------------------------- arguments

/// OSError(EOVERFLOW): what the C library's failure to convert reports.
fn os_error_overflow(interp: &mut dyn Interp) -> PyErr {
    let args = [
        Value::Int(75),
        Value::str("Value too large for defined data type"),
    ];
    let ty = Value::Type(ExcKind::OSError.get().clone());
    match ops::call0(interp, &ty, &args) {
        Ok(v) => PyErr::from_value(&v)
            .unwrap_or_else(|| PyErr::new(ExcKind::OSError.get(), args.to_vec())),
        Err(e) => e,
    }
}

fn time_t_range_error() -> PyErr {
    overflow_error("timestamp out of range for platform time_t")
}

/// The float a value is, for `float` and its subclasses.
fn as_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(x) => Some(*x),
        Value::Instance(i) => match &i.payload {
            Some(Value::Float(x)) => Some(*x),
            _ => None,
        },
        _ => None,
    }
}

/// Seconds as time_t, rounding toward -infinity.
/// CPython: Python/pytime.c _PyTime_ObjectToTime_t (_PyTime_ROUND_FLOOR).
fn object_to_time_t(interp: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    if let Some(x) = as_float(v) {
        if x.is_nan() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        let f = x.floor();
        if !((i64::MIN as f64) <= f && f < -(i64::MIN as f64)) {
            return Err(time_t_range_error());
        }
        return Ok(f as i64);
    }
    let i = ops::index(interp, v)?;
    rspy_objects::int::to_i64(&i).ok_or_else(time_t_range_error)
}

/// Seconds since the Epoch now, as time(NULL) gives them.
fn now_secs() -> i64 {
    wall_ns().div_euclid(NS) as i64
}

/// The optional seconds argument of gmtime/localtime/ctime.
/// CPython: timemodule.c parse_time_t_args
fn parse_time_t_args(interp: &mut dyn Interp, args: &Args<'_>, name: &str) -> PyResult<i64> {
    args.no_kwargs(name)?;
    let pos = args.check_count(name, 0, 1)?;
    match pos.first() {
        None | Some(Value::None) => Ok(now_secs()),
        Some(v) => object_to_time_t(interp, v),
    }
}

/// A C int from a Python int ("i" of PyArg_ParseTuple).
fn as_c_int(interp: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    let i = ops::index(interp, v)?;
    let Some(x) = rspy_objects::int::to_i64(&i) else {
        return Err(overflow_error("Python int too large to convert to C long"));
    };
    if x > i32::MAX as i64 {
        return Err(overflow_error("signed integer is greater than maximum"));
    }
    if x < i32::MIN as i64 {
        return Err(overflow_error("signed integer is less than minimum"));
    }
    Ok(x)
}

/// The items of a tuple or of an instance of a tuple subclass.
fn tuple_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Tuple(t) => Some(t.items.clone()),
        Value::Instance(i) => match &i.payload {
            Some(Value::Tuple(t)) => Some(t.items.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// A time tuple as `struct tm`. CPython: timemodule.c gettmarg.
fn gettmarg(interp: &mut dyn Interp, v: &Value, fname: &str) -> PyResult<Tm> {
    let Some(items) = tuple_items(v) else {
        return Err(type_error("Tuple or struct_time argument required"));
    };
    if items.len() != STRUCT_TIME.n_in_sequence {
        return Err(type_error(format!(
            "{fname}(): illegal time tuple argument"
        )));
    }
    let mut n = [0i64; STRUCT_TIME.n_in_sequence];
    for (slot, item) in n.iter_mut().zip(&items) {
        *slot = as_c_int(interp, item)?;
    }
    if n[0] < i32::MIN as i64 + 1900 {
        return Err(overflow_error("year out of range"));
    }
    let mut tm = Tm {
        year: n[0],
        mon: n[1] - 1,
        mday: n[2],
        hour: n[3],
        min: n[4],
        sec: n[5],
        // C int arithmetic: INT_MAX + 1 wraps.
        wday: ((n[6] as i32).wrapping_add(1) % 7) as i64,
        yday: n[7] - 1,
        isdst: n[8],
        gmtoff: 0,
        zone: None,
    };
    let is_struct_time =
        matches!(v, Value::Instance(i) if Rc::ptr_eq(&i.class.borrow(), &struct_time_type()));
    if is_struct_time {
        if let Some(f) = structseq::fields(v) {
            match &f[9] {
                Value::None => {}
                Value::Str(s) => tm.zone = Some(s.as_str().to_string()),
                Value::Instance(i) if matches!(i.payload, Some(Value::Str(_))) => {
                    if let Some(Value::Str(s)) = &i.payload {
                        tm.zone = Some(s.as_str().to_string());
                    }
                }
                _ => return Err(type_error("bad argument type for built-in operation")),
            }
            if !f[10].is_none() {
                let g = ops::index(interp, &f[10])?;
                tm.gmtoff = rspy_objects::int::to_i64(&g)
                    .ok_or_else(|| overflow_error("Python int too large to convert to C long"))?;
            }
        }
    }
    Ok(tm)
}

/// Validate (and default) the fields strftime and asctime index with.
/// CPython: timemodule.c checktm.
fn checktm(tm: &mut Tm) -> PyResult<()> {
    if tm.mon == -1 {
        tm.mon = 0;
    } else if !(0..=11).contains(&tm.mon) {
        return Err(value_error("month out of range"));
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return Err(value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.hour) {
        return Err(value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.min) {
        return Err(value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.sec) {
        return Err(value_error("seconds out of range"));
    }
    if tm.wday < 0 {
        return Err(value_error("day of week out of range"));
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return Err(value_error("day of year out of range"));
    }
    Ok(())
}

// --------------------------------------------- gmtime, localtime, mktime

// CPython: Modules/timemodule.c time_gmtime
fn time_gmtime(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let t = parse_time_t_args(interp, &args, "gmtime")?;
    let tm = gmtime_tm(t).ok_or_else(|| os_error_overflow(interp))?;
    tm_to_struct(&tm)
}

// CPython: Modules/timemodule.c time_localtime
fn time_localtime(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let t = parse_time_t_args(interp, &args, "localtime")?;
    let tm = localtime_tm(t).ok_or_else(|| os_error_overflow(interp))?;
    tm_to_struct(&tm)
}

// CPython: Modules/timemodule.c time_mktime
fn time_mktime(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("time.mktime() takes no keyword arguments"));
    }
    let pos = args.positional();
    let [arg] = pos else {
        return Err(type_error(format!(
            "time.mktime() takes exactly one argument ({} given)",
            pos.len()
        )));
    };
    let tm = gettmarg(interp, arg, "mktime")?;
    match mktime_local(&tm) {
        Some((t, _)) => Ok(Value::Float(t as f64)),
        None => Err(overflow_error("mktime argument out of range")),
    }
}

/// `Sun Jun 20 23:21:05 1993`. CPython: timemodule.c _asctime.
fn asctime_of(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        WDAY_ABBR[tm.wday.clamp(0, 6) as usize],
        MON_ABBR[tm.mon.clamp(0, 11) as usize],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

fn now_local(interp: &mut dyn Interp) -> PyResult<Tm> {
    localtime_tm(now_secs()).ok_or_else(|| os_error_overflow(interp))
}

// CPython: Modules/timemodule.c time_asctime
fn time_asctime(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("asctime")?;
    let pos = args.positional();
    if pos.len() > 1 {
        return Err(type_error(format!(
            "asctime expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let tm = match pos.first() {
        None => now_local(interp)?,
        Some(v) => {
            let mut tm = gettmarg(interp, v, "asctime")?;
            checktm(&mut tm)?;
            tm
        }
    };
    Ok(Value::string(asctime_of(&tm)))
}

// CPython: Modules/timemodule.c time_ctime
fn time_ctime(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let t = parse_time_t_args(interp, &args, "ctime")?;
    let tm = localtime_tm(t).ok_or_else(|| os_error_overflow(interp))?;
    Ok(Value::string(asctime_of(&tm)))
}

// --------------------------------------------------------------- strftime

/// Output of glibc's strftime for one format piece, with its size limit:
/// past `limit` characters the result is abandoned (strftime's "does not
/// fit" zero return).
struct FmtOut {
    s: Vec<char>,
    limit: usize,
    overflow: bool,
}

impl FmtOut {
    fn push(&mut self, c: char) {
        if self.s.len() >= self.limit {
            self.overflow = true;
        } else {
            self.s.push(c);
        }
    }

    /// glibc's `add`/`cpy`: pad to `width` (zeros for the `0` flag, else
    /// spaces), then the text, case-converted.
    fn add(&mut self, text: &str, spec: &Spec) {
        let n = text.chars().count() as i64;
        if spec.width > n {
            if (spec.width - n) as usize > self.limit {
                self.overflow = true;
                return;
            }
            let fill = if spec.pad == Some('0') { '0' } else { ' ' };
            for _ in n..spec.width {
                self.push(fill);
            }
        }
        for c in text.chars() {
            self.push(if spec.lower {
                c.to_ascii_lowercase()
            } else if spec.upper {
                c.to_ascii_uppercase()
            } else {
                c
            });
        }
    }
}

/// Flags, width and case of one conversion.
struct Spec {
    pad: Option<char>,
    width: i64,
    upper: bool,
    lower: bool,
}

/// glibc: strftime_l.c iso_week_days
fn iso_week_days(yday: i64, wday: i64) -> i64 {
    let big_enough_multiple_of_7 = (366 / 7 + 2) * 7;
    yday - (yday - wday + 4 + big_enough_multiple_of_7) % 7 + 3
}

/// glibc's `do_number`: `value` with at least `digits` digits.
fn put_number(out: &mut FmtOut, spec: &mut Spec, digits: i64, value: i64) {
    let neg = value < 0;
    let mut buf = value.unsigned_abs().to_string();
    if neg {
        buf.insert(0, '-');
    }
    put_number_text(out, spec, digits, neg, buf);
}

fn put_number_text(out: &mut FmtOut, spec: &mut Spec, digits: i64, neg: bool, mut buf: String) {
    if spec.pad != Some('-') {
        let padding = digits - buf.len() as i64;
        if padding > 0 {
            if padding as usize > out.limit {
                out.overflow = true;
                return;
            }
            if spec.pad == Some('_') {
                for _ in 0..padding {
                    out.push(' ');
                }
                spec.width = if spec.width > padding {
                    spec.width - padding
                } else {
                    0
                };
            } else {
                if neg {
                    buf.remove(0);
                    out.push('-');
                }
                for _ in 0..padding {
                    out.push('0');
                }
                spec.width = 0;
            }
        }
    }
    out.add(&buf, spec);
}

/// The `%Z` name: the time's own, else `tzname` for its DST flag.
fn zone_name(tm: &Tm) -> String {
    match &tm.zone {
        Some(z) if !z.is_empty() => z.clone(),
        _ if (0..=1).contains(&tm.isdst) => {
            // strftime calls tzset() first.
            zone();
            GLIBC_TZNAME.with(|n| n.borrow()[tm.isdst as usize].clone())
        }
        _ => String::new(),
    }
}

/// Format `fmt` (ASCII, no NUL) as glibc's strftime in the C locale.
// glibc: time/strftime_l.c __strftime_internal
fn strftime_glibc(out: &mut FmtOut, fmt: &[char], tm: &Tm) {
    let hour12 = match tm.hour {
        h if h > 12 => h - 12,
        0 => 12,
        h => h,
    };
    let mut i = 0;
    while i < fmt.len() && !out.overflow {
        if fmt[i] != '%' {
            out.push(fmt[i]);
            i += 1;
            continue;
        }
        let start = i;
        let mut spec = Spec {
            pad: None,
            width: -1,
            upper: false,
            lower: false,
        };
        let mut change_case = false;
        i += 1;
        while let Some(&c) = fmt.get(i) {
            match c {
                '_' | '-' | '0' => spec.pad = Some(c),
                '^' => spec.upper = true,
                '#' => change_case = true,
                _ => break,
            }
            i += 1;
        }
        if fmt.get(i).is_some_and(|c| c.is_ascii_digit()) {
            spec.width = 0;
            while let Some(d) = fmt.get(i).and_then(|c| c.to_digit(10)) {
                spec.width = (spec.width * 10 + d as i64).min(i32::MAX as i64);
                i += 1;
            }
        }
        let modifier = match fmt.get(i) {
            Some(&c @ ('E' | 'O')) => {
                i += 1;
                Some(c)
            }
            _ => None,
        };
        let Some(&fc) = fmt.get(i) else {
            // '%' at the end of the format: copied as it is.
            let text: String = fmt[start..].iter().collect();
            out.add(&text, &spec);
            break;
        };
        let bad = |out: &mut FmtOut, spec: &Spec| {
            let text: String = fmt[start..=i].iter().collect();
            out.add(&text, spec);
        };
        let upcase_names = |spec: &mut Spec| {
            if change_case {
                spec.upper = true;
                spec.lower = false;
            }
        };
        let sub = |out: &mut FmtOut, spec: &Spec, subfmt: &str| {
            let chars: Vec<char> = subfmt.chars().collect();
            let mut inner = FmtOut {
                s: Vec::new(),
                limit: out.limit,
                overflow: false,
            };
            strftime_glibc(&mut inner, &chars, tm);
            if inner.overflow {
                out.overflow = true;
                return;
            }
            let text: String = inner.s.iter().collect();
            let spec = Spec {
                pad: spec.pad,
                width: spec.width,
                upper: spec.upper,
                lower: false,
            };
            out.add(&text, &spec);
        };
        let spacepad = |spec: &mut Spec| {
            if spec.pad != Some('0') && spec.pad != Some('-') {
                spec.pad = Some('_');
            }
        };
        let num = |out: &mut FmtOut, spec: &mut Spec, d: i64, v: i64| {
            let digits = d.max(spec.width);
            put_number(out, spec, digits, v);
        };
        let name = |names: &[&str], k: i64| -> String {
            usize::try_from(k)
                .ok()
                .and_then(|k| names.get(k))
                .copied()
                .unwrap_or("?")
                .to_string()
        };
        match (fc, modifier) {
            ('%', _) => out.add("%", &spec),
            ('a', None) => {
                upcase_names(&mut spec);
                out.add(&name(&WDAY_ABBR, tm.wday), &spec);
            }
            ('A', None) => {
                upcase_names(&mut spec);
                out.add(&name(&WDAY_FULL, tm.wday), &spec);
            }
            ('b' | 'h', None | Some('O')) => {
                upcase_names(&mut spec);
                out.add(&name(&MON_ABBR, tm.mon), &spec);
            }
            ('B', None | Some('O')) => {
                upcase_names(&mut spec);
                out.add(&name(&MON_FULL, tm.mon), &spec);
            }
            ('c', None | Some('E')) => sub(out, &spec, "%a %b %e %H:%M:%S %Y"),
            ('C', _) => {
                let y = tm.year;
                num(out, &mut spec, 1, y / 100 - (y % 100 < 0) as i64);
            }
            ('x', None | Some('E')) | ('D', None) => sub(out, &spec, "%m/%d/%y"),
            ('d', None | Some('O')) => num(out, &mut spec, 2, tm.mday),
            ('e', None | Some('O')) => {
                spacepad(&mut spec);
                num(out, &mut spec, 2, tm.mday);
            }
            ('F', None) => sub(out, &spec, "%Y-%m-%d"),
            ('H', None | Some('O')) => num(out, &mut spec, 2, tm.hour),
            ('I', None | Some('O')) => num(out, &mut spec, 2, hour12),
            ('k', None | Some('O')) => {
                spacepad(&mut spec);
                num(out, &mut spec, 2, tm.hour);
            }
            ('l', None | Some('O')) => {
                spacepad(&mut spec);
                num(out, &mut spec, 2, hour12);
            }
            ('j', None | Some('O')) => num(out, &mut spec, 3, 1 + tm.yday),
            ('M', None | Some('O')) => num(out, &mut spec, 2, tm.min),
            ('m', None | Some('O')) => num(out, &mut spec, 2, tm.mon + 1),
            ('n', _) => out.add("\n", &spec),
            ('t', _) => out.add("\t", &spec),
            ('p' | 'P', _) => {
                if fc == 'P' || change_case {
                    spec.lower = true;
                }
                out.add(if tm.hour > 11 { "PM" } else { "AM" }, &spec);
            }
            ('R', _) => sub(out, &spec, "%H:%M"),
            ('r', _) => sub(out, &spec, "%I:%M:%S %p"),
            ('S', None | Some('O')) => num(out, &mut spec, 2, tm.sec),
            ('s', _) => {
                let t = mktime_local(tm).map(|(t, _)| t).unwrap_or(-1);
                let neg = t < 0;
                let mut buf = t.unsigned_abs().to_string();
                if neg {
                    buf.insert(0, '-');
                }
                put_number_text(out, &mut spec, 1, neg, buf);
            }
            ('X', None | Some('E')) | ('T', _) => sub(out, &spec, "%H:%M:%S"),
            ('u', _) => num(out, &mut spec, 1, (tm.wday - 1 + 7) % 7 + 1),
            ('U', None | Some('O')) => num(out, &mut spec, 2, (tm.yday - tm.wday + 7) / 7),
            ('V' | 'g' | 'G', None | Some('O')) => {
                let mut year = tm.year;
                let mut days = iso_week_days(tm.yday, tm.wday);
                if days < 0 {
                    year -= 1;
                    days = iso_week_days(tm.yday + 365 + is_leap(year) as i64, tm.wday);
                } else {
                    let d = iso_week_days(tm.yday - (365 + is_leap(year) as i64), tm.wday);
                    if d >= 0 {
                        year += 1;
                        days = d;
                    }
                }
                match fc {
                    'g' => num(out, &mut spec, 2, (year % 100 + 100) % 100),
                    'G' => num(out, &mut spec, 1, year),
                    _ => num(out, &mut spec, 2, days / 7 + 1),
                }
            }
            ('W', None | Some('O')) => {
                num(out, &mut spec, 2, (tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7)
            }
            ('w', None | Some('O')) => num(out, &mut spec, 1, tm.wday),
            ('Y', None | Some('E')) => num(out, &mut spec, 1, tm.year),
            ('y', _) => num(out, &mut spec, 2, ((tm.year - 1900) % 100 + 100) % 100),
            ('Z', _) => {
                // The C library leaves the zone name's case alone, and
                // pads it only without the `-` flag.
                spec.upper = false;
                spec.lower = false;
                if spec.pad == Some('-') {
                    spec.width = -1;
                }
                out.add(&zone_name(tm), &spec);
            }
            ('z', _) => {
                if tm.isdst >= 0 {
                    let mut diff = tm.gmtoff as i32 as i64;
                    if diff < 0 {
                        out.add("-", &spec);
                        diff = -diff;
                    } else {
                        out.add("+", &spec);
                    }
                    diff /= 60;
                    num(out, &mut spec, 4, (diff / 60) * 100 + diff % 60);
                }
            }
            ('b' | 'h', _) => {
                // The case flag is taken before the modifier is refused.
                upcase_names(&mut spec);
                bad(out, &spec);
            }
            _ => bad(out, &spec),
        }
        i += 1;
    }
}

/// CPython's strftime: the format goes to the C library in runs of ASCII
/// (without NUL); other characters are copied as they are up to the next
/// '%'. A run whose result is empty or does not fit gets a buffer twice as
/// large, up to 256 times its length; past that it contributes nothing.
// CPython: Modules/timemodule.c time_strftime / time_strftime1
fn strftime_python(fmt: &str, tm: &Tm) -> String {
    let chars: Vec<char> = fmt.chars().collect();
    let mut result = String::new();
    let mut size: usize = 1024;
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && chars[i] != '\0' && chars[i].is_ascii() {
            i += 1;
        }
        let piece = &chars[start..i];
        if !piece.is_empty() {
            let cap = 256usize.saturating_mul(piece.len());
            let mut max_size = size;
            while max_size < cap {
                max_size = max_size.saturating_mul(2);
            }
            let mut out = FmtOut {
                s: Vec::new(),
                limit: max_size,
                overflow: false,
            };
            strftime_glibc(&mut out, piece, tm);
            let len = if out.overflow {
                usize::MAX
            } else {
                out.s.len()
            };
            // strftime needs room for the result and its NUL.
            while (len == 0 || len >= size) && size < cap {
                size = size.saturating_mul(2);
            }
            if len > 0 && len < size {
                result.extend(out.s.iter());
            }
        }
        while i < chars.len() && chars[i] != '%' {
            result.push(chars[i]);
            i += 1;
        }
    }
    result
}

// CPython: Modules/timemodule.c time_strftime
fn time_strftime(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("strftime")?;
    let pos = args.check_count("strftime", 1, 2)?;
    let fmt = match &pos[0] {
        Value::Str(s) => s.as_str().to_string(),
        Value::Instance(i) if matches!(i.payload, Some(Value::Str(_))) => match &i.payload {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        },
        other => {
            return Err(type_error(format!(
                "strftime() argument 1 must be str, not {}",
                other.type_name()
            )))
        }
    };
    let mut tm = match pos.get(1) {
        None => now_local(interp)?,
        Some(v) => {
            let mut tm = gettmarg(interp, v, "strftime")?;
            checktm(&mut tm)?;
            tm
        }
    };
    tm.isdst = tm.isdst.clamp(-1, 1);
    Ok(Value::string(strftime_python(&fmt, &tm)))
}

// --------------------------------------------------------------- strptime
//
// Lib/_strptime.py builds one regular expression from the format and
// matches it (IGNORECASE) at the start of the string. The same expression
// text is built here, then parsed and matched by the small backtracking
// matcher below, which knows the constructs those expressions use:
// literals, `\d`, `\s`, classes, `|`, groups (named, plain, `(?-i:...)`)
// and the quantifiers `?`, `*`, `+`, `{m,n}`.

/// Lowercased time zone names `%Z` accepts: (no DST, DST).
/// CPython: Lib/_strptime.py LocaleTime.__calc_timezone.
fn strptime_zones() -> [Vec<String>; 2] {
    let (names, daylight) = TZNAME.with(|n| n.borrow().clone());
    let mut no_saving = vec!["utc".to_string(), "gmt".to_string()];
    let std = names[0].to_lowercase();
    if !no_saving.contains(&std) {
        no_saving.push(std);
    }
    let has_saving = if daylight {
        vec![names[1].to_lowercase()]
    } else {
        Vec::new()
    };
    [no_saving, has_saving]
}

/// CPython: Lib/re/__init__.py escape
fn re_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\u{b}\u{c}".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// An alternation of names, longest first, as a named group (empty when
/// every name is). CPython: Lib/_strptime.py TimeRE.__seqToRE.
fn seq_to_re(items: &[String], directive: &str) -> String {
    let mut v: Vec<&String> = items.iter().collect();
    v.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    if v.iter().all(|s| s.is_empty()) {
        return String::new();
    }
    let alts: Vec<String> = v.iter().map(|s| re_escape(s)).collect();
    format!("(?P<{directive}>{})", alts.join("|"))
}

fn lower_names(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_lowercase()).collect()
}

/// Weekday names Monday first, as `calendar.day_name` gives them.
fn weekdays_monday_first<'a>(names: &[&'a str; 7]) -> Vec<&'a str> {
    (1..8).map(|i| names[i % 7]).collect()
}

/// The C locale's `%c`, `%x`, `%X`, `%r` formats as _strptime derives them
/// from strftime's output for 1999-03-17 22:44:55.
/// CPython: Lib/_strptime.py LocaleTime.__calc_date_time.
fn lc_format(which: usize, zones: &[Vec<String>; 2]) -> String {
    let raw = [
        "wed mar 17 22:44:55 1999",
        "03/17/99",
        "22:44:55",
        "10:44:55 pm",
    ];
    let mut s = raw[which].to_string();
    if which == 0 {
        s = s.replacen("wed", "%a", 1).replacen("mar", "%b", 1);
    }
    s = s.replace("pm", "%p");
    for tz in zones.iter().flatten() {
        if !tz.is_empty() {
            s = s.replace(tz.as_str(), "%Z");
        }
    }
    for (old, new) in [
        ("1999", "%Y"),
        ("99", "%y"),
        ("22", "%H"),
        ("44", "%M"),
        ("55", "%S"),
        ("76", "%j"),
        ("17", "%d"),
        ("03", "%m"),
        ("3", "%m"),
        ("2", "%w"),
        ("10", "%I"),
    ] {
        s = s.replace(old, new);
    }
    s.replace("11", "%U")
}

/// The expression for one directive; `None` for an unknown one.
/// CPython: Lib/_strptime.py TimeRE.__init__
fn directive_re(key: &str, zones: &[Vec<String>; 2]) -> Option<String> {
    let week = |c: char| format!("(?P<{c}>5[0-3]|[0-4]\\d|\\d)");
    Some(match key {
        "d" | "e" => r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])".to_string(),
        "f" => r"(?P<f>[0-9]{1,6})".to_string(),
        "H" | "k" => r"(?P<H>2[0-3]|[0-1]\d|\d| \d)".to_string(),
        "I" | "l" => r"(?P<I>1[0-2]|0[1-9]|[1-9]| [1-9])".to_string(),
        "G" => r"(?P<G>\d\d\d\d)".to_string(),
        "j" => {
            r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])".to_string()
        }
        "m" => r"(?P<m>1[0-2]|0[1-9]|[1-9])".to_string(),
        "M" => r"(?P<M>[0-5]\d|\d)".to_string(),
        "S" => r"(?P<S>6[0-1]|[0-5]\d|\d)".to_string(),
        "U" => week('U'),
        "W" => week('W'),
        "w" => r"(?P<w>[0-6])".to_string(),
        "u" => r"(?P<u>[1-7])".to_string(),
        "V" => r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)".to_string(),
        "y" => r"(?P<y>\d\d)".to_string(),
        "Y" => r"(?P<Y>\d\d\d\d)".to_string(),
        "z" => r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))".to_string(),
        "A" => seq_to_re(&lower_names(&weekdays_monday_first(&WDAY_FULL)), "A"),
        "a" => seq_to_re(&lower_names(&weekdays_monday_first(&WDAY_ABBR)), "a"),
        "B" => seq_to_re(&lower_names(&MON_FULL), "B"),
        "b" => seq_to_re(&lower_names(&MON_ABBR), "b"),
        "p" | "P" | "Op" => seq_to_re(&["am".to_string(), "pm".to_string()], "p"),
        "Z" => seq_to_re(&zones.concat(), "Z"),
        "%" => "%".to_string(),
        // The C locale has no alternative digits: these match nothing.
        "Od" | "Oe" | "Om" | "Ow" | "Oy" | "OC" | "OH" | "OI" | "OM" | "OS" => String::new(),
        "T" | "X" => pattern_text("%H:%M:%S", zones).ok()?,
        "R" => pattern_text("%H:%M", zones).ok()?,
        "r" => pattern_text(&lc_format(3, zones), zones).ok()?,
        "x" => pattern_text(&lc_format(1, zones), zones).ok()?,
        "c" => pattern_text(&lc_format(0, zones), zones).ok()?,
        _ => return None,
    })
}

/// The expression text for a format. CPython: Lib/_strptime.py TimeRE.pattern
fn pattern_text(format: &str, zones: &[Vec<String>; 2]) -> PyResult<String> {
    let mut escaped = String::with_capacity(format.len());
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if py_isspace(c) {
            while chars.peek().is_some_and(|c| py_isspace(*c)) {
                chars.next();
            }
            escaped.push_str("\\s+");
            continue;
        }
        if "\\.^$*+?(){}[]|".contains(c) {
            escaped.push('\\');
        }
        if c == '\'' {
            escaped.push_str("['\u{2bc}]");
        } else {
            escaped.push(c);
        }
    }
    let cs: Vec<char> = escaped.chars().collect();
    let mut out = String::with_capacity(cs.len());
    let mut i = 0;
    while i < cs.len() {
        if cs[i] != '%' {
            out.push(cs[i]);
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < cs.len() && "-_0^#".contains(cs[j]) {
            j += 1;
        }
        while j < cs.len() && cs[j].is_ascii_digit() {
            j += 1;
        }
        let key_start = j;
        if j < cs.len() && (cs[j] == 'O' || cs[j] == 'E') {
            j += 1;
        }
        if j < cs.len() && cs[j] == '\\' {
            j += 1;
        }
        if j < cs.len() && cs[j] != '\n' {
            j += 1;
        }
        let key: String = cs[key_start..j].iter().collect();
        match directive_re(&key, zones) {
            Some(re) => out.push_str(&re),
            None => {
                let bad = key.replace("\\s", "");
                if bad.is_empty() {
                    return Err(value_error(format!("stray % in format '{format}'")));
                }
                let bad = bad.replacen('\\', "", 1);
                return Err(value_error(format!(
                    "'{bad}' is a bad directive in format '{format}'"
                )));
            }
        }
        i = j;
    }
    Ok(out)
}

#[derive(Debug)]
enum Node {
    /// A character; the flag says whether case is ignored.
    Char(char, bool),
    Class(Vec<(char, char)>, bool),
    Digit,
    Space,
    /// A group: its capture number, if it captures, and its alternatives.
    Group(Option<usize>, Vec<Vec<Node>>),
    Repeat(Box<Node>, usize, usize),
}

thread_local! {
    static PATTERN_ERROR: OnceCell<Rc<PyType>> = const { OnceCell::new() };
}

/// `re.PatternError`, for the errors compiling _strptime's expression
/// raises (a directive used twice).
fn pattern_error(msg: String) -> PyErr {
    let ty = PATTERN_ERROR.with(|c| {
        c.get_or_init(|| {
            let t = PyType::new_builtin(
                "PatternError",
                vec![ExcKind::Exception.get().clone()],
                Layout::Exception,
            );
            *t.module.borrow_mut() = "re".to_string();
            t
        })
        .clone()
    });
    PyErr::with_msg(&ty, msg)
}

/// Parser of the expression subset. CPython: Lib/re/_parser.py.
struct ReParser<'a> {
    s: &'a [char],
    p: usize,
    groups: usize,
    names: Vec<(String, usize)>,
}

impl ReParser<'_> {
    fn peek(&self) -> Option<char> {
        self.s.get(self.p).copied()
    }

    fn starts_with(&self, lit: &str) -> bool {
        lit.chars()
            .enumerate()
            .all(|(k, c)| self.s.get(self.p + k) == Some(&c))
    }

    fn alternatives(&mut self, icase: bool) -> PyResult<Vec<Vec<Node>>> {
        let mut alts = vec![self.sequence(icase)?];
        while self.peek() == Some('|') {
            self.p += 1;
            alts.push(self.sequence(icase)?);
        }
        Ok(alts)
    }

    fn sequence(&mut self, icase: bool) -> PyResult<Vec<Node>> {
        let mut seq = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom(icase)?;
            let (min, max) = match self.peek() {
                Some('?') => (0, 1),
                Some('*') => (0, usize::MAX),
                Some('+') => (1, usize::MAX),
                Some('{') => {
                    let close = self.s[self.p..].iter().position(|&c| c == '}');
                    let body: String = match close {
                        Some(n) => self.s[self.p + 1..self.p + n].iter().collect(),
                        None => String::new(),
                    };
                    let (a, b) = body.split_once(',').unwrap_or((&body, &body));
                    match (a.parse::<usize>(), b.parse::<usize>(), close) {
                        (Ok(a), Ok(b), Some(n)) => {
                            self.p += n;
                            (a, b)
                        }
                        _ => {
                            seq.push(atom);
                            continue;
                        }
                    }
                }
                _ => {
                    seq.push(atom);
                    continue;
                }
            };
            self.p += 1;
            seq.push(Node::Repeat(Box::new(atom), min, max));
        }
        Ok(seq)
    }

    fn atom(&mut self, icase: bool) -> PyResult<Node> {
        let Some(c) = self.peek() else {
            return Err(pattern_error("unexpected end of pattern".to_string()));
        };
        self.p += 1;
        match c {
            '(' => {
                let (capture, icase) = if self.starts_with("?P<") {
                    self.p += 3;
                    let name_at = self.p;
                    let end = self.s[self.p..]
                        .iter()
                        .position(|&c| c == '>')
                        .map(|n| self.p + n)
                        .ok_or_else(|| pattern_error("missing >".to_string()))?;
                    let name: String = self.s[self.p..end].iter().collect();
                    self.p = end + 1;
                    self.groups += 1;
                    if let Some((_, old)) = self.names.iter().find(|(n, _)| *n == name) {
                        return Err(pattern_error(format!(
                            "redefinition of group name {} as group {}; was group {} at position {}",
                            py_str_repr(&name),
                            self.groups,
                            old,
                            name_at
                        )));
                    }
                    self.names.push((name, self.groups));
                    (Some(self.groups), icase)
                } else if self.starts_with("?-i:") {
                    self.p += 4;
                    (None, false)
                } else {
                    self.groups += 1;
                    (Some(self.groups), icase)
                };
                let alts = self.alternatives(icase)?;
                if self.peek() != Some(')') {
                    return Err(pattern_error(
                        "missing ), unterminated subpattern".to_string(),
                    ));
                }
                self.p += 1;
                Ok(Node::Group(capture, alts))
            }
            '[' => {
                let mut items = Vec::new();
                loop {
                    let Some(mut a) = self.peek() else {
                        return Err(pattern_error("unterminated character set".to_string()));
                    };
                    self.p += 1;
                    if a == ']' && !items.is_empty() {
                        break;
                    }
                    if a == '\\' {
                        a = self.peek().unwrap_or('\\');
                        self.p += 1;
                    }
                    let mut b = a;
                    if self.peek() == Some('-') && self.s.get(self.p + 1).is_some_and(|&c| c != ']')
                    {
                        b = self.s[self.p + 1];
                        self.p += 2;
                    }
                    items.push((a, b));
                }
                Ok(Node::Class(items, icase))
            }
            '\\' => {
                let Some(e) = self.peek() else {
                    return Err(pattern_error("bad escape (end of pattern)".to_string()));
                };
                self.p += 1;
                Ok(match e {
                    'd' => Node::Digit,
                    's' => Node::Space,
                    other => Node::Char(other, icase),
                })
            }
            other => Ok(Node::Char(other, icase)),
        }
    }
}

fn fold_eq(a: char, b: char) -> bool {
    if a == b {
        return true;
    }
    let single = |mut it: std::char::ToLowercase| match (it.next(), it.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    };
    let single_up = |mut it: std::char::ToUppercase| match (it.next(), it.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    };
    let (la, lb) = (single(a.to_lowercase()), single(b.to_lowercase()));
    if la.is_some() && la == lb {
        return true;
    }
    let (ua, ub) = (single_up(a.to_uppercase()), single_up(b.to_uppercase()));
    ua.is_some() && ua == ub
}

/// Whether a one-character node matches `c`; `None` for other nodes.
fn single_match(node: &Node, c: char) -> Option<bool> {
    Some(match node {
        Node::Char(x, icase) => *x == c || (*icase && fold_eq(*x, c)),
        Node::Digit => py_decimal_value(c).is_some(),
        Node::Space => py_isspace(c),
        Node::Class(items, icase) => {
            let inside = |c: char| items.iter().any(|&(a, b)| a <= c && c <= b);
            inside(c) || (*icase && (c.to_lowercase().any(inside) || c.to_uppercase().any(inside)))
        }
        _ => return None,
    })
}

type Caps = Vec<Option<(usize, usize)>>;

/// Choice points deeper than this give up (the matcher recurses once per
/// choice point; real formats need a few dozen).
const MAX_MATCH_DEPTH: usize = 3000;

struct Matcher<'a> {
    text: &'a [char],
    too_deep: Cell<bool>,
}

impl Matcher<'_> {
    /// Match `nodes` at `pos`, then the continuation `k`; backtracking
    /// order is the `re` module's (alternatives left to right, greedy
    /// quantifiers longest first).
    fn run(
        &self,
        nodes: &[Node],
        mut pos: usize,
        caps: &mut Caps,
        depth: usize,
        k: &mut dyn FnMut(usize, &mut Caps) -> bool,
    ) -> bool {
        if depth > MAX_MATCH_DEPTH {
            self.too_deep.set(true);
            return false;
        }
        for (i, node) in nodes.iter().enumerate() {
            let rest = &nodes[i + 1..];
            match node {
                Node::Group(idx, alts) => {
                    let start = pos;
                    for alt in alts {
                        let ok = self.run(alt, pos, caps, depth + 1, &mut |p, caps| {
                            let old = idx.map(|g| caps[g]);
                            if let Some(g) = idx {
                                caps[*g] = Some((start, p));
                            }
                            if self.run(rest, p, caps, depth + 1, k) {
                                return true;
                            }
                            if let (Some(g), Some(old)) = (idx, old) {
                                caps[*g] = old;
                            }
                            false
                        });
                        if ok {
                            return true;
                        }
                    }
                    return false;
                }
                Node::Repeat(inner, min, max) => {
                    if single_match(inner, ' ').is_none() {
                        return self.repeat(inner, *min, *max, 0, rest, pos, caps, depth, k);
                    }
                    let mut n = 0;
                    while n < *max
                        && self
                            .text
                            .get(pos + n)
                            .is_some_and(|&c| single_match(inner, c) == Some(true))
                    {
                        n += 1;
                    }
                    if n < *min {
                        return false;
                    }
                    for count in (*min..=n).rev() {
                        if self.run(rest, pos + count, caps, depth + 1, k) {
                            return true;
                        }
                    }
                    return false;
                }
                single => match self.text.get(pos) {
                    Some(&c) if single_match(single, c) == Some(true) => pos += 1,
                    _ => return false,
                },
            }
        }
        k(pos, caps)
    }

    /// A greedy repeat of a multi-character node, one occurrence at a time.
    #[allow(clippy::too_many_arguments)]
    fn repeat(
        &self,
        inner: &Node,
        min: usize,
        max: usize,
        count: usize,
        rest: &[Node],
        pos: usize,
        caps: &mut Caps,
        depth: usize,
        k: &mut dyn FnMut(usize, &mut Caps) -> bool,
    ) -> bool {
        if depth > MAX_MATCH_DEPTH {
            self.too_deep.set(true);
            return false;
        }
        if count < max {
            let once = std::slice::from_ref(inner);
            let ok = self.run(once, pos, caps, depth + 1, &mut |p, caps| {
                if p == pos && count >= min {
                    return false;
                }
                self.repeat(inner, min, max, count + 1, rest, p, caps, depth + 1, k)
            });
            if ok {
                return true;
            }
        }
        count >= min && self.run(rest, pos, caps, depth + 1, k)
    }
}

/// Python's `int()` of a matched string.
fn py_int(s: &str) -> PyResult<i64> {
    let v = rspy_objects::numparse::parse_int(s, 10).map_err(|e| value_error(e.msg))?;
    v.to_i64()
        .ok_or_else(|| overflow_error("Python int too large to convert to C long"))
}

// ------------------------------------------ datetime.date, as needed here

const DATE_EPOCH_ORDINAL: i64 = 719_163;

fn days_in_month(y: i64, m: i64) -> i64 {
    let leap = is_leap(y) as usize;
    MON_YDAY[leap][m as usize] - MON_YDAY[leap][m as usize - 1]
}

fn year_error(y: i64) -> PyErr {
    value_error(format!("year must be in 1..9999, not {y}"))
}

/// `date(y, m, d).toordinal()`, with date's checks.
/// CPython: Modules/_datetimemodule.c check_date_args, ymd_to_ord.
fn date_ordinal(y: i64, m: i64, d: i64) -> PyResult<i64> {
    if !(1..=9999).contains(&y) {
        return Err(year_error(y));
    }
    if !(1..=12).contains(&m) {
        return Err(value_error(format!("month must be in 1..12, not {m}")));
    }
    let dim = days_in_month(y, m);
    if !(1..=dim).contains(&d) {
        return Err(value_error(format!(
            "day {d} must be in range 1..{dim} for month {m} in year {y}"
        )));
    }
    Ok(days_from_civil(y, m, d) + DATE_EPOCH_ORDINAL)
}

/// `date.fromordinal(n)`. CPython: _datetimemodule.c date_fromordinal.
fn date_from_ordinal(n: i64) -> PyResult<(i64, i64, i64)> {
    if n < 1 {
        return Err(value_error("ordinal must be >= 1"));
    }
    let (y, m, d) = civil_from_days(n - DATE_EPOCH_ORDINAL);
    if !(1..=9999).contains(&y) {
        return Err(year_error(y));
    }
    Ok((y, m, d))
}

/// `date(y, m, d).weekday()`, Monday 0.
fn date_weekday(y: i64, m: i64, d: i64) -> PyResult<i64> {
    Ok((date_ordinal(y, m, d)? + 6).rem_euclid(7))
}

/// `date.fromisocalendar(year, week, day)`.
/// CPython: _datetimemodule.c date_fromisocalendar.
fn date_from_iso(year: i64, week: i64, day: i64) -> PyResult<(i64, i64, i64)> {
    if !(1..=9999).contains(&year) {
        return Err(year_error(year));
    }
    if week <= 0 || week >= 53 {
        let first = (days_from_civil(year, 1, 1) + DATE_EPOCH_ORDINAL + 6).rem_euclid(7);
        if !(week == 53 && (first == 3 || (first == 2 && is_leap(year)))) {
            return Err(value_error(format!("Invalid week: {week}")));
        }
    }
    if !(1..=7).contains(&day) {
        return Err(value_error(format!(
            "Invalid weekday: {day} (range is [1, 7])"
        )));
    }
    let first_day = days_from_civil(year, 1, 1) + DATE_EPOCH_ORDINAL;
    let first_weekday = (first_day + 6).rem_euclid(7);
    let mut week1_monday = first_day - first_weekday;
    if first_weekday > 3 {
        week1_monday += 7;
    }
    date_from_ordinal(week1_monday + (week - 1) * 7 + day - 1)
}

/// CPython: Lib/_strptime.py _calc_julian_from_U_or_W
fn julian_from_u_or_w(year: i64, week: i64, mut weekday: i64, monday_first: bool) -> PyResult<i64> {
    let mut first_weekday = date_weekday(year, 1, 1)?;
    if !monday_first {
        first_weekday = (first_weekday + 1) % 7;
        weekday = (weekday + 1) % 7;
    }
    let week_0_length = (7 - first_weekday) % 7;
    Ok(if week == 0 {
        1 + weekday - first_weekday
    } else {
        1 + week_0_length + 7 * (week - 1) + weekday
    })
}

/// The position of `value` in `names`, as `list.index` reports it.
fn name_index(names: &[String], value: &str) -> PyResult<i64> {
    names
        .iter()
        .position(|n| n == value)
        .map(|i| i as i64)
        .ok_or_else(|| value_error(format!("{} is not in list", py_str_repr(value))))
}

/// Parse `data` by `format` into the 11 struct_time fields.
// CPython: Lib/_strptime.py _strptime
fn strptime_fields(data: &str, format: &str) -> PyResult<Vec<Value>> {
    let zones = strptime_zones();
    let text = pattern_text(format, &zones)?;
    let chars: Vec<char> = text.chars().collect();
    let mut parser = ReParser {
        s: &chars,
        p: 0,
        groups: 0,
        names: Vec::new(),
    };
    let ast = parser.alternatives(true)?;
    if parser.p != chars.len() {
        return Err(pattern_error(format!(
            "unbalanced parenthesis at position {}",
            parser.p
        )));
    }
    let ast = vec![Node::Group(None, ast)];
    let input: Vec<char> = data.chars().collect();
    let matcher = Matcher {
        text: &input,
        too_deep: Cell::new(false),
    };
    let mut caps: Caps = vec![None; parser.groups + 1];
    let mut found = None;
    matcher.run(&ast, 0, &mut caps, 0, &mut |end, caps| {
        found = Some((end, caps.clone()));
        true
    });
    if matcher.too_deep.get() && found.is_none() {
        return Err(ExcKind::RecursionError
            .new_err("maximum recursion depth exceeded while matching the time format"));
    }
    let Some((end, caps)) = found else {
        return Err(value_error(format!(
            "time data {} does not match format {}",
            py_str_repr(data),
            py_str_repr(format)
        )));
    };
    if end != input.len() {
        let rest: String = input[end..].iter().collect();
        return Err(value_error(format!("unconverted data remains: {rest}")));
    }
    let groups: Vec<(String, String)> = parser
        .names
        .iter()
        .filter_map(|(name, g)| {
            caps[*g].map(|(a, b)| (name.clone(), input[a..b].iter().collect::<String>()))
        })
        .collect();
    let get = |key: &str| {
        groups
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    };

    let (mut iso_year, mut year): (Option<i64>, Option<i64>) = (None, None);
    let (mut month, mut day) = (1i64, 1i64);
    let (mut hour, mut minute, mut second) = (0i64, 0i64, 0i64);
    let mut tz = -1i64;
    let mut gmtoff: Option<i64> = None;
    let (mut iso_week, mut week_of_year, mut week_of_year_start) = (None, None, None);
    let (mut weekday, mut julian): (Option<i64>, Option<i64>) = (None, None);
    let f_month = lower_names(&MON_FULL);
    let a_month = lower_names(&MON_ABBR);
    let f_weekday = lower_names(&weekdays_monday_first(&WDAY_FULL));
    let a_weekday = lower_names(&weekdays_monday_first(&WDAY_ABBR));
    for (key, val) in &groups {
        match key.as_str() {
            "y" => {
                let y = py_int(val)?;
                year = Some(if y <= 68 { y + 2000 } else { y + 1900 });
            }
            "Y" => year = Some(py_int(val)?),
            "G" => iso_year = Some(py_int(val)?),
            "m" => month = py_int(val)?,
            "B" => month = name_index(&f_month, &val.to_lowercase())? + 1,
            "b" => month = name_index(&a_month, &val.to_lowercase())? + 1,
            "d" => day = py_int(val)?,
            "H" => hour = py_int(val)?,
            "I" => {
                hour = py_int(val)?;
                let ampm = get("p").unwrap_or_default().to_lowercase();
                if ampm.is_empty() || ampm == "am" {
                    if hour == 12 {
                        hour = 0;
                    }
                } else if ampm == "pm" && hour != 12 {
                    hour += 12;
                }
            }
            "M" => minute = py_int(val)?,
            "S" => second = py_int(val)?,
            "A" => weekday = Some(name_index(&f_weekday, &val.to_lowercase())?),
            "a" => weekday = Some(name_index(&a_weekday, &val.to_lowercase())?),
            "w" => {
                let w = py_int(val)?;
                weekday = Some(if w == 0 { 6 } else { w - 1 });
            }
            "u" => weekday = Some(py_int(val)? - 1),
            "j" => julian = Some(py_int(val)?),
            "U" | "W" => {
                week_of_year = Some(py_int(val)?);
                week_of_year_start = Some(if key == "U" { 6 } else { 0 });
            }
            "V" => iso_week = Some(py_int(val)?),
            "z" => {
                if val == "Z" {
                    gmtoff = Some(0);
                } else {
                    let mut z: Vec<char> = val.chars().collect();
                    if z.get(3) == Some(&':') {
                        z.remove(3);
                        if z.len() > 5 {
                            if z[5] != ':' {
                                return Err(value_error(format!("Inconsistent use of : in {val}")));
                            }
                            z.remove(5);
                        }
                    }
                    let slice = |a: usize, b: usize| -> String {
                        z.iter().skip(a).take(b.saturating_sub(a)).collect()
                    };
                    let hours = py_int(&slice(1, 3))?;
                    let minutes = py_int(&slice(3, 5))?;
                    let secs = slice(5, 7);
                    let secs = if secs.is_empty() { 0 } else { py_int(&secs)? };
                    let mut off = hours * 3600 + minutes * 60 + secs;
                    if z.first() == Some(&'-') {
                        off = -off;
                    }
                    gmtoff = Some(off);
                }
            }
            "Z" => {
                let found_zone = val.to_lowercase();
                let (names, daylight) = TZNAME.with(|n| n.borrow().clone());
                for (value, tz_values) in zones.iter().enumerate() {
                    if tz_values.contains(&found_zone) {
                        if !(names[0] == names[1]
                            && daylight
                            && found_zone != "utc"
                            && found_zone != "gmt")
                        {
                            tz = value as i64;
                        }
                        break;
                    }
                }
            }
            _ => {}
        }
    }

    if iso_year.is_some() {
        if julian.is_some() {
            return Err(value_error(
                "Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.",
            ));
        } else if iso_week.is_none() || weekday.is_none() {
            return Err(value_error(
                "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').",
            ));
        }
    } else if iso_week.is_some() {
        if year.is_none() || weekday.is_none() {
            return Err(value_error(
                "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').",
            ));
        }
        return Err(value_error(
            "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.",
        ));
    }

    let mut leap_year_fix = false;
    let mut year = match year {
        Some(y) => y,
        None if month == 2 && day == 29 => {
            leap_year_fix = true;
            1904
        }
        None => 1900,
    };

    if let (None, Some(wd)) = (julian, weekday) {
        if let (Some(week), Some(start)) = (week_of_year, week_of_year_start) {
            julian = Some(julian_from_u_or_w(year, week, wd, start == 0)?);
        } else if let (Some(iy), Some(iw)) = (iso_year, iso_week) {
            (year, month, day) = date_from_iso(iy, iw, wd + 1)?;
        }
        if let Some(j) = julian.filter(|&j| j <= 0) {
            year -= 1;
            julian = Some(j + if is_leap(year) { 366 } else { 365 });
        }
    }

    let julian = match julian {
        None => date_ordinal(year, month, day)? - date_ordinal(year, 1, 1)? + 1,
        Some(j) => {
            (year, month, day) = date_from_ordinal((j - 1) + date_ordinal(year, 1, 1)?)?;
            j
        }
    };
    let weekday = match weekday {
        Some(w) => w,
        None => date_weekday(year, month, day)?,
    };
    if leap_year_fix {
        year = 1900;
    }
    let i = Value::Int;
    Ok(vec![
        i(year),
        i(month),
        i(day),
        i(hour),
        i(minute),
        i(second),
        i(weekday),
        i(julian),
        i(tz),
        get("Z").map(Value::string).unwrap_or(Value::None),
        gmtoff.map(Value::Int).unwrap_or(Value::None),
    ])
}

/// The str a value is, for `str` and its subclasses.
fn as_str_arg(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Instance(i) => match &i.payload {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

// CPython: Modules/timemodule.c time_strptime -> Lib/_strptime.py _strptime_time
fn time_strptime(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("strptime")?;
    let pos = args.positional();
    match pos.len() {
        0 => {
            return Err(type_error(
                "_strptime_time() missing 1 required positional argument: 'data_string'",
            ))
        }
        1 | 2 => {}
        n => {
            return Err(type_error(format!(
                "_strptime_time() takes from 1 to 2 positional arguments but {n} were given"
            )))
        }
    }
    let default = Value::str("%a %b %d %H:%M:%S %Y");
    let format_arg = pos.get(1).unwrap_or(&default);
    let mut strs = Vec::with_capacity(2);
    for (index, arg) in [&pos[0], format_arg].into_iter().enumerate() {
        match as_str_arg(arg) {
            Some(s) => strs.push(s),
            None => {
                return Err(type_error(format!(
                    "strptime() argument {index} must be str, not <class '{}'>",
                    arg.py_type().full_name()
                )))
            }
        }
    }
    let fields = strptime_fields(&strs[0], &strs[1])?;
    make_struct(fields)
}

// ------------------------------------------------------------ the module

/// Set `timezone`, `altzone`, `daylight` and `tzname` from local time on
/// January 1st and July 1st (roughly) of this year.
// CPython: Modules/timemodule.c init_timezone (the !HAVE_DECL_TZNAME branch)
fn init_timezone(d: &PyDict) -> PyResult<()> {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let probe = |t: i64| -> (String, i64) {
        match localtime_tm(t) {
            Some(tm) => {
                let mut name = tm.zone.unwrap_or_else(|| "   ".to_string());
                if name.len() > 9 {
                    let mut cut = 9;
                    while !name.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    name.truncate(cut);
                }
                (name, -tm.gmtoff)
            }
            None => ("UTC".to_string(), 0),
        }
    };
    let t = (now_secs() / YEAR) * YEAR;
    let (jan_name, jan) = probe(t);
    let (jul_name, jul) = probe(t + YEAR / 2);
    const MAX_TIMEZONE: i64 = 48 * 3600;
    if !(-MAX_TIMEZONE..=MAX_TIMEZONE).contains(&jan)
        || !(-MAX_TIMEZONE..=MAX_TIMEZONE).contains(&jul)
    {
        return Err(ExcKind::RuntimeError.new_err("invalid GMT offset"));
    }
    // DST is reversed in the southern hemisphere.
    let (timezone, altzone, names) = if jan < jul {
        (jul, jan, [jul_name, jan_name])
    } else {
        (jan, jul, [jan_name, jul_name])
    };
    let daylight = jan != jul;
    d.set_str("timezone", Value::Int(timezone));
    d.set_str("altzone", Value::Int(altzone));
    d.set_str("daylight", Value::Int(daylight as i64));
    d.set_str(
        "tzname",
        Value::tuple(vec![Value::str(&names[0]), Value::str(&names[1])]),
    );
    TZNAME.with(|n| *n.borrow_mut() = (names, daylight));
    Ok(())
}

// CPython: Modules/timemodule.c time_tzset
fn time_tzset(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "tzset")?;
    ZONE.with(|z| *z.borrow_mut() = None);
    zone();
    if let Some(d) = MODULE_DICT.with(|m| m.borrow().clone()) {
        init_timezone(&d)?;
    }
    Ok(Value::None)
}

/// Build the `time` module.
pub fn init(_vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let d = Rc::new(PyDict::new());
    d.set_str("__name__", Value::str("time"));
    let functions: [(&'static str, NativeFn); 20] = [
        ("time", time_time),
        ("time_ns", time_time_ns),
        ("monotonic", time_monotonic),
        ("monotonic_ns", time_monotonic_ns),
        ("perf_counter", time_perf_counter),
        ("perf_counter_ns", time_perf_counter_ns),
        ("process_time", time_process_time),
        ("process_time_ns", time_process_time_ns),
        ("thread_time", time_thread_time),
        ("thread_time_ns", time_thread_time_ns),
        ("sleep", time_sleep),
        ("get_clock_info", time_get_clock_info),
        ("gmtime", time_gmtime),
        ("localtime", time_localtime),
        ("mktime", time_mktime),
        ("asctime", time_asctime),
        ("ctime", time_ctime),
        ("strftime", time_strftime),
        ("strptime", time_strptime),
        ("tzset", time_tzset),
    ];
    for (name, f) in functions {
        d.set_str(name, native(name, f));
    }
    d.set_str("struct_time", Value::Type(struct_time_type()));
    d.set_str(
        "_STRUCT_TM_ITEMS",
        Value::Int(STRUCT_TIME.fields.len() as i64),
    );
    init_timezone(&d)?;
    MODULE_DICT.with(|m| *m.borrow_mut() = Some(d.clone()));
    Ok(Rc::new(PyModule::new("time".to_string(), d)))
}
