//! The `random` module: the Mersenne Twister generator and the `Random`
//! class with its integer, sequence and distribution methods; the module
//! functions are bound methods of a hidden instance (`random._inst`).
//!
//! Sequences are CPython's for the same seed: seeding (init_by_array over
//! the 32-bit words of `abs(seed)`, or of the seed's SHA-512 extension for
//! str and bytes), `random()`'s 53-bit construction, `getrandbits`'s word
//! order, and every method's use of `_randbelow`/`random()` follow CPython
//! call for call. A Python subclass that overrides `random`,
//! `getrandbits` or `_randbelow` is honoured the way
//! `Random.__init_subclass__` arranges it.
//! CPython: Modules/_randommodule.c (generator, seed, getrandbits, state),
//! Lib/random.py (class Random and the module functions).

use std::any::Any;
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};

use rspy_objects::code::{BinOp, CmpOp};
use rspy_objects::dict::PyDict;
use rspy_objects::exceptions::{index_error, overflow_error, type_error, value_error, PyErr};
use rspy_objects::function::{Args, BoundMethod, NativeFn};
use rspy_objects::int::to_bigint;
use rspy_objects::interp::Interp;
use rspy_objects::ops;
use rspy_objects::types::{types, Layout, PyType};
use rspy_objects::value::{downcast_object, NativeObject, PyBytes, PyModule, PyResult, Value};
use rspy_vm::Vm;

use crate::math::as_double;

// ------------------------------------------------------ Mersenne Twister

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// MT19937 state. CPython: RandomObject.
struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    /// The all-zero state of a freshly allocated generator.
    fn zeroed() -> Mt {
        Mt {
            state: [0; N],
            index: 0,
        }
    }

    // CPython: _randommodule.c init_genrand
    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    // CPython: _randommodule.c init_by_array
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let k = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(k)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    // CPython: _randommodule.c genrand_uint32
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// A float in [0, 1) with 53 random bits. CPython: random_random.
    fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for 1 <= k <= 64: the first word fills the low bits.
    fn bits_u64(&mut self, k: u32) -> u64 {
        if k <= 32 {
            return (self.next_u32() >> (32 - k)) as u64;
        }
        let lo = self.next_u32() as u64;
        let hi = (self.next_u32() >> (64 - k)) as u64;
        lo | (hi << 32)
    }

    /// `getrandbits(k)` for any k: 32-bit words from least to most
    /// significant, the last one keeping its top bits.
    /// CPython: _random_Random_getrandbits_impl.
    fn bits_big(&mut self, k: u64) -> BigInt {
        if k == 0 {
            return BigInt::zero();
        }
        if k <= 64 {
            return BigInt::from(self.bits_u64(k as u32));
        }
        let words = (k - 1) / 32 + 1;
        let mut out = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &out)
    }

    /// A uniform int in [0, n) for n > 0. CPython: Random._randbelow_with_getrandbits.
    fn below_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    fn below_big(&mut self, n: &BigInt) -> BigInt {
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.below_u64(small));
        }
        if !n.is_positive() {
            return BigInt::zero();
        }
        let k = n.bits();
        loop {
            let r = self.bits_big(k);
            if &r < n {
                return r;
            }
        }
    }

    /// Seed from a non-negative int: its 32-bit words, least significant
    /// first. CPython: random_seed.
    fn seed_uint(&mut self, n: &BigUint) {
        let mut key = n.to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }

    /// Seed from the OS, or from the clock and pid when that fails.
    /// CPython: random_seed_urandom, random_seed_time_pid.
    fn seed_from_os(&mut self) {
        let mut buf = [0u8; N * 4];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
            .is_ok();
        if ok {
            let key: Vec<u32> = buf
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            self.init_by_array(&key);
            return;
        }
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        let mono = (crate::asyncio::events::monotonic() * 1e9) as u64;
        let key = [
            now as u32,
            (now >> 32) as u32,
            std::process::id(),
            mono as u32,
            (mono >> 32) as u32,
        ];
        self.init_by_array(&key);
    }
}

// ---------------------------------------------------------------- SHA-512

/// SHA-512 (FIPS 180-4), for seeding from str and bytes. The constants
/// are the first 64 bits of the fractional parts of the square roots (H)
/// and cube roots (K) of the first primes, computed once exactly.
fn sha512(data: &[u8]) -> [u8; 64] {
    thread_local! {
        static CONSTANTS: ([u64; 8], [u64; 80]) = sha512_constants();
    }
    let (h0, k) = CONSTANTS.with(|c| *c);
    let mut h = h0;
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u128).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    for block in msg.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (i, c) in block.chunks_exact(8).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            w[i] = u64::from_be_bytes(b);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(k[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

fn sha512_constants() -> ([u64; 8], [u64; 80]) {
    let mut primes = Vec::with_capacity(80);
    let mut p = 2u64;
    while primes.len() < 80 {
        if (2..p)
            .take_while(|d| d * d <= p)
            .all(|d| !p.is_multiple_of(d))
        {
            primes.push(p);
        }
        p += 1;
    }
    // frac(root(p)) * 2**64 == floor(root(p * 2**(64*r))) mod 2**64.
    let low64 = |x: BigUint| x.iter_u64_digits().next().unwrap_or(0);
    let mut h = [0u64; 8];
    for (slot, &p) in h.iter_mut().zip(&primes) {
        *slot = low64((BigUint::from(p) << 128usize).sqrt());
    }
    let mut k = [0u64; 80];
    for (slot, &p) in k.iter_mut().zip(&primes) {
        *slot = low64((BigUint::from(p) << 192usize).cbrt());
    }
    (h, k)
}

// ---------------------------------------------------------- Random type

/// A `random.Random` (or subclass) instance.
pub struct PyRandom {
    cls: Rc<PyType>,
    dict: OnceCell<Rc<PyDict>>,
    mt: RefCell<Mt>,
}

impl NativeObject for PyRandom {
    fn py_type(&self) -> Rc<PyType> {
        self.cls.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn instance_dict(&self) -> Option<&Rc<PyDict>> {
        Some(self.dict.get_or_init(|| Rc::new(PyDict::new())))
    }
}

impl PyRandom {
    fn set_gauss_next(&self, v: Value) {
        if let Some(d) = self.instance_dict() {
            d.set_str("gauss_next", v);
        }
    }
}

thread_local! {
    static RANDOM_TYPE: OnceCell<Rc<PyType>> = const { OnceCell::new() };
}

/// The `random.Random` type object.
pub fn random_type() -> Rc<PyType> {
    RANDOM_TYPE.with(|c| c.get_or_init(make_random_type).clone())
}

/// The methods of `Random`, in CPython's order.
const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", random_init),
    ("seed", random_seed),
    ("getstate", random_getstate),
    ("setstate", random_setstate),
    ("random", random_random),
    ("getrandbits", random_getrandbits),
    ("randbytes", random_randbytes),
    ("_randbelow", random_randbelow),
    ("randrange", random_randrange),
    ("randint", random_randint),
    ("choice", random_choice),
    ("shuffle", random_shuffle),
    ("sample", random_sample),
    ("choices", random_choices),
    ("uniform", random_uniform),
    ("triangular", random_triangular),
    ("normalvariate", random_normalvariate),
    ("gauss", random_gauss),
    ("lognormvariate", random_lognormvariate),
    ("expovariate", random_expovariate),
    ("vonmisesvariate", random_vonmisesvariate),
    ("gammavariate", random_gammavariate),
    ("betavariate", random_betavariate),
    ("paretovariate", random_paretovariate),
    ("weibullvariate", random_weibullvariate),
];

fn make_random_type() -> Rc<PyType> {
    let t = PyType::new_builtin("Random", vec![types().object_type.clone()], Layout::Native);
    *t.module.borrow_mut() = "random".to_string();
    t.add_static("__new__", random_new);
    for (name, f) in METHODS {
        t.add_method(name, *f);
    }
    t.dict.set_str("VERSION", Value::Int(3));
    t
}

fn this_random(args: &Args<'_>, name: &str) -> PyResult<(Value, Rc<PyRandom>)> {
    let Some(this) = args.positional().first().cloned() else {
        return Err(type_error(format!(
            "unbound method Random.{name}() needs an argument"
        )));
    };
    match downcast_object::<PyRandom>(&this) {
        Some(r) => Ok((this, r)),
        None => Err(type_error(format!(
            "descriptor '{name}' for '_random.Random' objects doesn't apply to a '{}' object",
            this.type_name()
        ))),
    }
}

/// Bind a method's arguments the way a Python `def` would: `params` after
/// `self` (the first `required` without defaults), then keyword-only
/// `kwonly` (all with defaults). CPython: ceval's argument errors.
fn bind(
    args: &Args<'_>,
    qualname: &str,
    params: &[&str],
    required: usize,
    kwonly: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.positional();
    let given = pos.len().saturating_sub(1);
    if given > params.len() {
        let max = params.len() + 1;
        let takes = if required == params.len() {
            format!(
                "{max} positional argument{}",
                if max == 1 { "" } else { "s" }
            )
        } else {
            format!("from {} to {max} positional arguments", required + 1)
        };
        let were = if pos.len() == 1 { "was" } else { "were" };
        return Err(type_error(format!(
            "{qualname}() takes {takes} but {} {were} given",
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; params.len() + kwonly.len()];
    for (slot, v) in out.iter_mut().zip(pos.iter().skip(1)) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let name = k.as_str();
        let i = match params.iter().position(|p| *p == name) {
            Some(i) => i,
            None => match kwonly.iter().position(|p| *p == name) {
                Some(i) => params.len() + i,
                None => {
                    return Err(type_error(format!(
                        "{qualname}() got an unexpected keyword argument '{name}'"
                    )))
                }
            },
        };
        if out[i].is_some() {
            return Err(type_error(format!(
                "{qualname}() got multiple values for argument '{name}'"
            )));
        }
        out[i] = Some(v.clone());
    }
    let missing: Vec<String> = params[..required]
        .iter()
        .zip(&out)
        .filter(|(_, v)| v.is_none())
        .map(|(p, _)| format!("'{p}'"))
        .collect();
    if !missing.is_empty() {
        let names = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        return Err(type_error(format!(
            "{qualname}() missing {} required positional argument{}: {names}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )));
    }
    Ok(out)
}

/// Argument `i` of a bound vector, or `default`.
fn arg_or(p: &[Option<Value>], i: usize, default: Value) -> Value {
    p.get(i).cloned().flatten().unwrap_or(default)
}

fn is_exact(this: &Value) -> bool {
    Rc::ptr_eq(&this.py_type(), &random_type())
}

/// Whether `name` resolves to something other than `Random`'s own method.
fn overridden(this: &Value, name: &str) -> bool {
    if is_exact(this) {
        return false;
    }
    match this.py_type().lookup_with_owner(name) {
        Some((_, owner)) => !Rc::ptr_eq(&owner, &random_type()),
        None => false,
    }
}

/// `self.random()`.
fn next_float(interp: &mut dyn Interp, this: &Value, rng: &PyRandom) -> PyResult<f64> {
    if overridden(this, "random") {
        let v = ops::call_method(interp, this, "random", &[])?;
        return as_double(interp, &v);
    }
    Ok(rng.mt.borrow_mut().random())
}

/// How a subclass draws integers, as `Random.__init_subclass__` decides.
enum Below {
    Native,
    Method,
    WithGetrandbits,
    WithoutGetrandbits,
}

fn below_strategy(this: &Value) -> Below {
    if is_exact(this) {
        return Below::Native;
    }
    let base = random_type();
    for c in this.py_type().mro() {
        if Rc::ptr_eq(&c, &base) {
            break;
        }
        if c.dict.get_str("_randbelow").is_some() {
            return Below::Method;
        }
        if c.dict.get_str("getrandbits").is_some() {
            return Below::WithGetrandbits;
        }
        if c.dict.get_str("random").is_some() {
            return Below::WithoutGetrandbits;
        }
    }
    Below::Native
}

/// `self._randbelow(n)` for n > 0.
fn below(interp: &mut dyn Interp, this: &Value, rng: &PyRandom, n: &BigInt) -> PyResult<BigInt> {
    match below_strategy(this) {
        Below::Native => Ok(rng.mt.borrow_mut().below_big(n)),
        Below::Method => {
            let r = ops::call_method(interp, this, "_randbelow", &[Value::from_bigint(n.clone())])?;
            index_big(interp, &r)
        }
        Below::WithGetrandbits => {
            let k = Value::Int(n.bits() as i64);
            loop {
                let r = ops::call_method(interp, this, "getrandbits", std::slice::from_ref(&k))?;
                let r = index_big(interp, &r)?;
                if &r < n {
                    return Ok(r);
                }
            }
        }
        Below::WithoutGetrandbits => {
            // CPython: Random._randbelow_without_getrandbits (maxsize 2**53).
            let maxsize = BigInt::one() << 53usize;
            let nf = rspy_objects::float::to_f64(&Value::from_bigint(n.clone()))?;
            if n >= &maxsize {
                let r = next_float(interp, this, rng)?;
                return floor_big(r * nf);
            }
            let rem = (&maxsize % n).to_f64().unwrap_or(0.0);
            let ms = 9_007_199_254_740_992.0f64;
            let limit = (ms - rem) / ms;
            let mut r = next_float(interp, this, rng)?;
            while r >= limit {
                r = next_float(interp, this, rng)?;
            }
            Ok(floor_big(r * ms)? % n)
        }
    }
}

fn below_usize(interp: &mut dyn Interp, this: &Value, rng: &PyRandom, n: usize) -> PyResult<usize> {
    if let Below::Native = below_strategy(this) {
        return Ok(rng.mt.borrow_mut().below_u64(n as u64) as usize);
    }
    let r = below(interp, this, rng, &BigInt::from(n))?;
    Ok(r.to_usize().unwrap_or(0))
}

fn floor_big(x: f64) -> PyResult<BigInt> {
    rspy_objects::numparse::float_to_bigint(x.floor()).map_err(PyErr::from)
}

fn index_big(interp: &mut dyn Interp, v: &Value) -> PyResult<BigInt> {
    let i = ops::index(interp, v)?;
    Ok(to_bigint(&i).unwrap_or_default())
}

fn f(x: f64) -> Value {
    Value::Float(x)
}

fn arith(interp: &mut dyn Interp, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    ops::binary_op(interp, a, b, op)
}

// --------------------------------------------------------- construction

// CPython: PyType_GenericNew for _random.Random (zeroed state)
fn random_new(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = match args.values.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => return Err(type_error("Random.__new__(X): X is not a type object")),
    };
    if !cls.is_subtype(&random_type()) {
        return Err(type_error(format!(
            "Random.__new__({}): {} is not a subtype of Random",
            cls.name, cls.name
        )));
    }
    Ok(Value::object(Rc::new(PyRandom {
        cls,
        dict: OnceCell::new(),
        mt: RefCell::new(Mt::zeroed()),
    })))
}

// CPython: Lib/random.py Random.__init__
fn random_init(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "__init__")?;
    let p = bind(&args, "Random.__init__", &["x"], 0, &[])?;
    let x = arg_or(&p, 0, Value::None);
    if overridden(&this, "seed") {
        ops::call_method(interp, &this, "seed", &[x])?;
    } else {
        seed(interp, &rng, &x, &Value::Int(2))?;
    }
    rng.set_gauss_next(Value::None);
    Ok(Value::None)
}

/// Seed from any supported value. CPython: Lib/random.py Random.seed,
/// then _randommodule.c random_seed.
fn seed(interp: &mut dyn Interp, rng: &PyRandom, a: &Value, version: &Value) -> PyResult<()> {
    let text: Option<Vec<u8>> = match a {
        Value::Str(s) => Some(s.as_str().as_bytes().to_vec()),
        Value::Bytes(b) => Some(b.data.clone()),
        _ => None,
    };
    let version1 = ops::eq(interp, version, &Value::Int(1))?;
    let version2 = ops::eq(interp, version, &Value::Int(2))?;
    let mut a = a.clone();
    if let (true, Some(bytes)) = (version1, &text) {
        // Version 1: a 64-bit string hash of the code points.
        let points: Vec<u64> = match &a {
            Value::Str(s) => s.as_str().chars().map(|c| c as u64).collect(),
            _ => bytes.iter().map(|b| *b as u64).collect(),
        };
        let mut x: u64 = points.first().map_or(0, |c| c << 7);
        for c in &points {
            x = 1_000_003u64.wrapping_mul(x) ^ c;
        }
        x ^= points.len() as u64;
        a = Value::from_i128(x as i128);
    } else if let (true, Some(bytes)) = (version2, &text) {
        // Version 2: all bits, extended by the SHA-512 digest.
        let mut all = bytes.clone();
        all.extend_from_slice(&sha512(bytes));
        a = Value::from_bigint(BigInt::from_bytes_be(Sign::Plus, &all));
    } else if !matches!(
        a,
        Value::None | Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
    ) && text.is_none()
    {
        return Err(type_error(
            "The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.",
        ));
    }
    let n: BigUint = match &a {
        Value::None => {
            rng.mt.borrow_mut().seed_from_os();
            rng.set_gauss_next(Value::None);
            return Ok(());
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            to_bigint(&a).unwrap_or_default().magnitude().clone()
        }
        other => BigUint::from(ops::hash(interp, other)? as u64),
    };
    rng.mt.borrow_mut().seed_uint(&n);
    rng.set_gauss_next(Value::None);
    Ok(())
}

// CPython: Lib/random.py Random.seed
fn random_seed(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (_, rng) = this_random(&args, "seed")?;
    let p = bind(&args, "Random.seed", &["a", "version"], 0, &[])?;
    let a = arg_or(&p, 0, Value::None);
    let version = arg_or(&p, 1, Value::Int(2));
    seed(interp, &rng, &a, &version)?;
    Ok(Value::None)
}

// CPython: Lib/random.py Random.getstate, _randommodule.c random_getstate
fn random_getstate(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "getstate")?;
    bind(&args, "Random.getstate", &[], 0, &[])?;
    let state = {
        let mt = rng.mt.borrow();
        let mut items: Vec<Value> = mt.state.iter().map(|w| Value::Int(*w as i64)).collect();
        items.push(Value::Int(mt.index as i64));
        Value::tuple(items)
    };
    let gauss_next = ops::getattr(interp, &this, "gauss_next")?;
    Ok(Value::tuple(vec![Value::Int(3), state, gauss_next]))
}

// CPython: Lib/random.py Random.setstate, _randommodule.c random_setstate
fn random_setstate(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "setstate")?;
    let p = bind(&args, "Random.setstate", &["state"], 1, &[])?;
    let state = arg_or(&p, 0, Value::None);
    let version = ops::getitem(interp, &state, &Value::Int(0))?;
    let is_v3 = ops::eq(interp, &version, &Value::Int(3))?;
    let is_v2 = ops::eq(interp, &version, &Value::Int(2))?;
    if !is_v3 && !is_v2 {
        let v = ops::str_of(interp, &version)?;
        return Err(value_error(format!(
            "state with version {v} passed to Random.setstate() of version 3"
        )));
    }
    let parts = rspy_objects::iter::collect(interp, &state)?;
    if parts.len() != 3 {
        return Err(value_error(if parts.len() > 3 {
            "too many values to unpack (expected 3)".to_string()
        } else {
            format!(
                "not enough values to unpack (expected 3, got {})",
                parts.len()
            )
        }));
    }
    let Value::Tuple(internal) = &parts[1] else {
        if is_v2 {
            // The version-2 path iterates the state before the C check.
            rspy_objects::iter::collect(interp, &parts[1])?;
        }
        return Err(type_error("state vector must be a tuple"));
    };
    ops::setattr(interp, &this, "gauss_next", parts[2].clone())?;
    if internal.items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, item) in words.iter_mut().zip(&internal.items) {
        let mut v = index_big(interp, item)?;
        if is_v2 {
            // Version 2 saved signed ints: take them mod 2**32.
            v = ((v % (1i64 << 32)) + (1i64 << 32)) % (1i64 << 32);
        }
        if v.is_negative() {
            return Err(overflow_error(
                "can't convert negative value to unsigned int",
            ));
        }
        *w = (v.iter_u32_digits().next().unwrap_or(0)) as u32;
    }
    let index = index_big(interp, &internal.items[N])?;
    let index = match index.to_usize() {
        Some(i) if i <= N && !index.is_negative() => i,
        _ => return Err(value_error("invalid state")),
    };
    let mut mt = rng.mt.borrow_mut();
    mt.state = words;
    mt.index = index;
    Ok(Value::None)
}

// ------------------------------------------------------ core generators

// CPython: _randommodule.c _random_Random_random_impl
fn random_random(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (_, rng) = this_random(&args, "random")?;
    args.no_kwargs("Random.random")?;
    let n = args.positional().len().saturating_sub(1);
    if n != 0 {
        return Err(type_error(format!(
            "Random.random() takes no arguments ({n} given)"
        )));
    }
    let x = rng.mt.borrow_mut().random();
    Ok(f(x))
}

/// A bit count for getrandbits. CPython: the uint64 converter.
fn bit_count(interp: &mut dyn Interp, v: &Value) -> PyResult<u64> {
    let k = index_big(interp, v)?;
    if k.is_negative() {
        return Err(value_error("Cannot convert negative int"));
    }
    k.to_u64()
        .ok_or_else(|| overflow_error("Python int too large for C uint64_t"))
}

fn getrandbits(interp: &mut dyn Interp, this: &Value, rng: &PyRandom, k: u64) -> PyResult<BigInt> {
    if overridden(this, "getrandbits") {
        let r = ops::call_method(interp, this, "getrandbits", &[Value::Int(k as i64)])?;
        return index_big(interp, &r);
    }
    if k > 1 << 40 {
        return Err(rspy_objects::seq::memory_error());
    }
    Ok(rng.mt.borrow_mut().bits_big(k))
}

// CPython: _randommodule.c _random_Random_getrandbits_impl
fn random_getrandbits(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (_, rng) = this_random(&args, "getrandbits")?;
    args.no_kwargs("Random.getrandbits")?;
    let pos = args.positional().get(1..).unwrap_or(&[]);
    if pos.len() != 1 {
        return Err(type_error(format!(
            "Random.getrandbits() takes exactly one argument ({} given)",
            pos.len()
        )));
    }
    let k = bit_count(interp, &pos[0])?;
    if k > 1 << 40 {
        return Err(rspy_objects::seq::memory_error());
    }
    let r = rng.mt.borrow_mut().bits_big(k);
    Ok(Value::from_bigint(r))
}

// CPython: Lib/random.py Random.randbytes
fn random_randbytes(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "randbytes")?;
    let p = bind(&args, "Random.randbytes", &["n"], 1, &[])?;
    let n = index_big(interp, &arg_or(&p, 0, Value::None))?;
    let bits = n * 8;
    let k = bit_count(interp, &Value::from_bigint(bits))?;
    let r = getrandbits(interp, &this, &rng, k)?;
    let len = (k / 8) as usize;
    let mut data = if r.is_zero() {
        Vec::new()
    } else {
        r.to_bytes_le().1
    };
    if data.len() > len || r.is_negative() {
        return Err(overflow_error("int too big to convert"));
    }
    data.resize(len, 0);
    Ok(Value::Bytes(Rc::new(PyBytes { data })))
}

// CPython: Lib/random.py Random._randbelow_with_getrandbits
fn random_randbelow(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "_randbelow")?;
    let p = bind(&args, "Random._randbelow_with_getrandbits", &["n"], 1, &[])?;
    let n = index_big(interp, &arg_or(&p, 0, Value::None))?;
    let k = n.bits();
    loop {
        let r = getrandbits(interp, &this, &rng, k)?;
        if r < n || n.is_zero() {
            return Ok(Value::from_bigint(r));
        }
    }
}

// --------------------------------------------------------- integer methods

// CPython: Lib/random.py Random.randrange
fn random_randrange(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "randrange")?;
    let p = bind(
        &args,
        "Random.randrange",
        &["start", "stop", "step"],
        1,
        &[],
    )?;
    let start = arg_or(&p, 0, Value::None);
    let istart = index_big(interp, &start)?;
    let stop = arg_or(&p, 1, Value::None);
    let step = p.get(2).cloned().flatten();
    if stop.is_none() {
        if step.as_ref().is_some_and(|s| !matches!(s, Value::Int(1))) {
            return Err(type_error("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            return Ok(Value::from_bigint(below(interp, &this, &rng, &istart)?));
        }
        return Err(value_error("empty range for randrange()"));
    }
    let istop = index_big(interp, &stop)?;
    let width = &istop - &istart;
    let step = step.unwrap_or(Value::Int(1));
    let istep = index_big(interp, &step)?;
    if istep.is_one() {
        if width.is_positive() {
            let r = below(interp, &this, &rng, &width)?;
            return Ok(Value::from_bigint(istart + r));
        }
        let (a, b) = (ops::str_of(interp, &start)?, ops::str_of(interp, &stop)?);
        return Err(value_error(format!("empty range in randrange({a}, {b})")));
    }
    let n = if istep.is_positive() {
        floor_div(&(&width + &istep - 1), &istep)?
    } else if istep.is_negative() {
        floor_div(&(&width + &istep + 1), &istep)?
    } else {
        return Err(value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        let a = ops::str_of(interp, &start)?;
        let b = ops::str_of(interp, &stop)?;
        let c = ops::str_of(interp, &step)?;
        return Err(value_error(format!(
            "empty range in randrange({a}, {b}, {c})"
        )));
    }
    let r = below(interp, &this, &rng, &n)?;
    Ok(Value::from_bigint(istart + istep * r))
}

/// `a // b` for ints (b != 0), through int's own floor division.
fn floor_div(a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    let q = rspy_objects::int::binop(
        &Value::from_bigint(a.clone()),
        &Value::from_bigint(b.clone()),
        BinOp::FloorDiv,
    )?;
    Ok(to_bigint(&q).unwrap_or_default())
}

// CPython: Lib/random.py Random.randint
fn random_randint(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "randint")?;
    let p = bind(&args, "Random.randint", &["a", "b"], 2, &[])?;
    let a = index_big(interp, &arg_or(&p, 0, Value::None))?;
    let b = index_big(interp, &arg_or(&p, 1, Value::None))?;
    if b < a {
        return Err(value_error(format!("empty range in randint({a}, {b})")));
    }
    let width: BigInt = &b - &a + 1;
    let r = below(interp, &this, &rng, &width)?;
    Ok(Value::from_bigint(a + r))
}

// -------------------------------------------------------- sequence methods

/// `seq[i]`, directly for the built-in sequences.
fn item_at(interp: &mut dyn Interp, seq: &Value, i: usize) -> PyResult<Value> {
    match seq {
        Value::List(l) => {
            if let Some(v) = l.items.borrow().get(i) {
                return Ok(v.clone());
            }
        }
        Value::Tuple(t) => {
            if let Some(v) = t.items.get(i) {
                return Ok(v.clone());
            }
        }
        Value::Range(r) if (i as i128) < r.len() => {
            return Ok(Value::from_i128(r.get(i as i128)));
        }
        _ => {}
    }
    ops::getitem(interp, seq, &Value::Int(i as i64))
}

// CPython: Lib/random.py Random.choice
fn random_choice(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "choice")?;
    let p = bind(&args, "Random.choice", &["seq"], 1, &[])?;
    let seq = arg_or(&p, 0, Value::None);
    let n = ops::len(interp, &seq)?;
    if n == 0 {
        return Err(index_error("Cannot choose from an empty sequence"));
    }
    let i = below_usize(interp, &this, &rng, n)?;
    item_at(interp, &seq, i)
}

// CPython: Lib/random.py Random.shuffle
fn random_shuffle(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "shuffle")?;
    let p = bind(&args, "Random.shuffle", &["x"], 1, &[])?;
    let x = arg_or(&p, 0, Value::None);
    let n = ops::len(interp, &x)?;
    if let (Value::List(l), Below::Native) = (&x, below_strategy(&this)) {
        // No Python code runs while the list is borrowed.
        let mut items = l.items.borrow_mut();
        let mut mt = rng.mt.borrow_mut();
        for i in (1..n.min(items.len())).rev() {
            let j = mt.below_u64(i as u64 + 1) as usize;
            items.swap(i, j);
        }
        return Ok(Value::None);
    }
    for i in (1..n).rev() {
        let j = below_usize(interp, &this, &rng, i + 1)?;
        let xi = item_at(interp, &x, i)?;
        let xj = item_at(interp, &x, j)?;
        ops::setitem(interp, &x, &Value::Int(i as i64), xj)?;
        ops::setitem(interp, &x, &Value::Int(j as i64), xi)?;
    }
    Ok(Value::None)
}

/// Whether `v` is a sequence as `collections.abc.Sequence` sees the
/// built-in types (instances qualify by having `__len__` and `__getitem__`).
fn is_sequence(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(_) => {
            true
        }
        Value::Instance(_) | Value::Object(_) => {
            let t = v.py_type();
            t.lookup("__len__").is_some() && t.lookup("__getitem__").is_some()
        }
        _ => false,
    }
}

/// Running sums, as `list(itertools.accumulate(xs))`.
fn accumulate(interp: &mut dyn Interp, xs: &Value) -> PyResult<Vec<Value>> {
    let it = ops::get_iter(interp, xs)?;
    let mut out: Vec<Value> = Vec::new();
    while let Some(x) = ops::next(interp, &it)? {
        let next = match (out.last(), &x) {
            (None, _) => x,
            (Some(Value::Int(a)), Value::Int(b)) if a.checked_add(*b).is_some() => {
                Value::Int(a + b)
            }
            (Some(acc), _) => {
                let acc = acc.clone();
                arith(interp, &acc, &x, BinOp::Add)?
            }
        };
        out.push(next);
    }
    Ok(out)
}

/// `bisect.bisect_right(a, x, lo, hi)`.
fn bisect_right(
    interp: &mut dyn Interp,
    a: &[Value],
    x: &Value,
    mut lo: usize,
    mut hi: usize,
) -> PyResult<usize> {
    while lo < hi {
        let mid = (lo + hi) / 2;
        let less = match (x, &a[mid]) {
            (Value::Float(p), Value::Float(q)) => p < q,
            (Value::Int(p), Value::Int(q)) => p < q,
            (p, q) => ops::compare_bool(interp, p, q, CmpOp::Lt)?,
        };
        if less {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

// CPython: Lib/random.py Random.sample
fn random_sample(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "sample")?;
    let p = bind(&args, "Random.sample", &["population", "k"], 2, &["counts"])?;
    let population = arg_or(&p, 0, Value::None);
    let k = arg_or(&p, 1, Value::None);
    let counts = arg_or(&p, 2, Value::None);
    if !is_sequence(&population) {
        return Err(type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = ops::len(interp, &population)?;
    if !counts.is_none() {
        let mut cum_counts = accumulate(interp, &counts)?;
        if cum_counts.len() != n {
            return Err(value_error(
                "The number of counts does not match the population",
            ));
        }
        let total = cum_counts.pop().unwrap_or(Value::Int(0));
        let Some(total_int) = to_bigint(&total) else {
            return Err(type_error("Counts must be integers"));
        };
        if total_int.is_negative() {
            return Err(value_error("Counts must be non-negative"));
        }
        let range = Value::Range(Rc::new(rspy_objects::value::PyRange {
            start: 0,
            stop: total_int.to_i128().unwrap_or(i128::MAX),
            step: 1,
        }));
        let selections = if overridden(&this, "sample") {
            let kw = [ops::name_str("k")];
            let f = ops::getattr(interp, &this, "sample")?;
            ops::call(interp, &f, Args::with_kw(&[range, k], &kw))?
        } else {
            sample_plain(interp, &this, &rng, &range, &k)?
        };
        let selections = rspy_objects::iter::collect(interp, &selections)?;
        let mut out = Vec::with_capacity(selections.len());
        for s in &selections {
            let i = bisect_right(interp, &cum_counts, s, 0, cum_counts.len())?;
            out.push(item_at(interp, &population, i)?);
        }
        return Ok(Value::list(out));
    }
    sample_plain(interp, &this, &rng, &population, &k)
}

fn sample_plain(
    interp: &mut dyn Interp,
    this: &Value,
    rng: &PyRandom,
    population: &Value,
    k: &Value,
) -> PyResult<Value> {
    let n = ops::len(interp, population)?;
    // `0 <= k <= n` compares first, so a non-int k fails here as in CPython.
    let k_ok = ops::compare_bool(interp, &Value::Int(0), k, CmpOp::Le)?
        && ops::compare_bool(interp, k, &Value::Int(n as i64), CmpOp::Le)?;
    if !k_ok {
        return Err(value_error("Sample larger than population or is negative"));
    }
    let k = ops::index(interp, k)?;
    let k = rspy_objects::int::to_i64(&k).unwrap_or(0).max(0) as usize;
    let mut result = Vec::with_capacity(k);
    // Track the pool when a list of n is smaller than a set of k.
    let mut setsize: u128 = 21;
    if k > 5 {
        let e = (((k as u128 * 3) as f64).ln() / 4f64.ln()).ceil();
        setsize += 4u128.checked_pow(e as u32).unwrap_or(u128::MAX - 21);
    }
    if n as u128 <= setsize {
        let mut pool = rspy_objects::iter::collect(interp, population)?;
        for i in 0..k {
            let j = below_usize(interp, this, rng, n - i)?;
            // A population whose len() disagrees with its items fails
            // here as `pool[j]` does in CPython.
            let (Some(picked), Some(last)) = (pool.get(j).cloned(), pool.get(n - i - 1).cloned())
            else {
                return Err(index_error("list index out of range"));
            };
            result.push(picked);
            pool[j] = last;
        }
    } else {
        let mut selected = std::collections::HashSet::with_capacity(k);
        for _ in 0..k {
            let mut j = below_usize(interp, this, rng, n)?;
            while selected.contains(&j) {
                j = below_usize(interp, this, rng, n)?;
            }
            selected.insert(j);
            result.push(item_at(interp, population, j)?);
        }
    }
    Ok(Value::list(result))
}

// CPython: Lib/random.py Random.choices
fn random_choices(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "choices")?;
    let p = bind(
        &args,
        "Random.choices",
        &["population", "weights"],
        1,
        &["cum_weights", "k"],
    )?;
    let population = arg_or(&p, 0, Value::None);
    let weights = arg_or(&p, 1, Value::None);
    let cum_weights = arg_or(&p, 2, Value::None);
    let k = arg_or(&p, 3, Value::Int(1));
    let n = ops::len(interp, &population)?;
    let count = |interp: &mut dyn Interp| -> PyResult<usize> {
        // `for i in repeat(None, k)`: k must be an int; negative means none.
        let k = ops::index(interp, &k)?;
        Ok(rspy_objects::int::to_i64(&k).unwrap_or(i64::MAX).max(0) as usize)
    };
    let cum = if cum_weights.is_none() {
        if weights.is_none() {
            let count = count(interp)?;
            let nf = n as f64;
            let mut out = Vec::with_capacity(count.min(1 << 20));
            for _ in 0..count {
                let r = next_float(interp, &this, &rng)?;
                let i = (r * nf).floor() as usize;
                out.push(item_at(interp, &population, i)?);
            }
            return Ok(Value::list(out));
        }
        match accumulate(interp, &weights) {
            Ok(c) => c,
            Err(e) => {
                if e.matches(rspy_objects::ExcKind::TypeError) {
                    if let Value::Int(k) = weights {
                        return Err(type_error(format!(
                            "The number of choices must be a keyword argument: k={k}"
                        )));
                    }
                }
                return Err(e);
            }
        }
    } else if !weights.is_none() {
        return Err(type_error(
            "Cannot specify both weights and cumulative weights",
        ));
    } else {
        rspy_objects::iter::collect(interp, &cum_weights)?
    };
    if cum.len() != n {
        return Err(value_error(
            "The number of weights does not match the population",
        ));
    }
    let last = match cum.last() {
        Some(v) => v.clone(),
        None => return Err(index_error("list index out of range")),
    };
    let total = arith(interp, &last, &f(0.0), BinOp::Add)?;
    if ops::compare_bool(interp, &total, &f(0.0), CmpOp::Le)? {
        return Err(value_error("Total of weights must be greater than zero"));
    }
    if !as_double(interp, &total)?.is_finite() {
        return Err(value_error("Total of weights must be finite"));
    }
    let hi = n - 1;
    let count = count(interp)?;
    let mut out = Vec::with_capacity(count.min(1 << 20));
    for _ in 0..count {
        let r = next_float(interp, &this, &rng)?;
        let x = match &total {
            Value::Float(t) => f(r * t),
            t => arith(interp, &f(r), t, BinOp::Mul)?,
        };
        let i = bisect_right(interp, &cum, &x, 0, hi)?;
        out.push(item_at(interp, &population, i)?);
    }
    Ok(Value::list(out))
}

// ------------------------------------------------- real-valued distributions

// CPython: Lib/random.py Random.uniform
fn random_uniform(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "uniform")?;
    let p = bind(&args, "Random.uniform", &["a", "b"], 2, &[])?;
    let a = arg_or(&p, 0, Value::None);
    let b = arg_or(&p, 1, Value::None);
    let width = arith(interp, &b, &a, BinOp::Sub)?;
    let r = next_float(interp, &this, &rng)?;
    let scaled = arith(interp, &width, &f(r), BinOp::Mul)?;
    arith(interp, &a, &scaled, BinOp::Add)
}

// CPython: Lib/random.py Random.triangular
fn random_triangular(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "triangular")?;
    let p = bind(&args, "Random.triangular", &["low", "high", "mode"], 0, &[])?;
    let mut low = arg_or(&p, 0, f(0.0));
    let mut high = arg_or(&p, 1, f(1.0));
    let mode = arg_or(&p, 2, Value::None);
    let mut u = next_float(interp, &this, &rng)?;
    let mut c = if mode.is_none() {
        0.5
    } else {
        let num = arith(interp, &mode, &low, BinOp::Sub)?;
        let den = arith(interp, &high, &low, BinOp::Sub)?;
        match arith(interp, &num, &den, BinOp::TrueDiv) {
            Ok(c) => as_double(interp, &c)?,
            Err(e) if e.matches(rspy_objects::ExcKind::ZeroDivisionError) => return Ok(low),
            Err(e) => return Err(e),
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    let width = arith(interp, &high, &low, BinOp::Sub)?;
    let scaled = arith(interp, &width, &f((u * c).sqrt()), BinOp::Mul)?;
    arith(interp, &low, &scaled, BinOp::Add)
}

/// `mu + z * sigma`.
fn shift_scale(interp: &mut dyn Interp, mu: &Value, z: f64, sigma: &Value) -> PyResult<Value> {
    if let (Value::Float(m), Value::Float(s)) = (mu, sigma) {
        return Ok(f(m + z * s));
    }
    let zs = arith(interp, &f(z), sigma, BinOp::Mul)?;
    arith(interp, mu, &zs, BinOp::Add)
}

/// 4 * exp(-0.5) / sqrt(2.0). CPython: random.NV_MAGICCONST.
fn nv_magicconst() -> f64 {
    4.0 * (-0.5f64).exp() / 2.0f64.sqrt()
}

fn normal_z(interp: &mut dyn Interp, this: &Value, rng: &PyRandom) -> PyResult<f64> {
    // Kinderman and Monahan's ratio of uniforms.
    let magic = nv_magicconst();
    loop {
        let u1 = next_float(interp, this, rng)?;
        let u2 = 1.0 - next_float(interp, this, rng)?;
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return Ok(z);
        }
    }
}

// CPython: Lib/random.py Random.normalvariate
fn random_normalvariate(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "normalvariate")?;
    let p = bind(&args, "Random.normalvariate", &["mu", "sigma"], 0, &[])?;
    let mu = arg_or(&p, 0, f(0.0));
    let sigma = arg_or(&p, 1, f(1.0));
    let z = normal_z(interp, &this, &rng)?;
    shift_scale(interp, &mu, z, &sigma)
}

// CPython: Lib/random.py Random.gauss
fn random_gauss(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "gauss")?;
    let p = bind(&args, "Random.gauss", &["mu", "sigma"], 0, &[])?;
    let mu = arg_or(&p, 0, f(0.0));
    let sigma = arg_or(&p, 1, f(1.0));
    let z = ops::getattr(interp, &this, "gauss_next")?;
    ops::setattr(interp, &this, "gauss_next", Value::None)?;
    let z = if z.is_none() {
        let x2pi = next_float(interp, &this, &rng)? * std::f64::consts::TAU;
        let g2rad = (-2.0 * (1.0 - next_float(interp, &this, &rng)?).ln()).sqrt();
        ops::setattr(interp, &this, "gauss_next", f(x2pi.sin() * g2rad))?;
        x2pi.cos() * g2rad
    } else {
        as_double(interp, &z)?
    };
    shift_scale(interp, &mu, z, &sigma)
}

// CPython: Lib/random.py Random.lognormvariate
fn random_lognormvariate(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "lognormvariate")?;
    let p = bind(&args, "Random.lognormvariate", &["mu", "sigma"], 2, &[])?;
    let mu = arg_or(&p, 0, Value::None);
    let sigma = arg_or(&p, 1, Value::None);
    let v = if overridden(&this, "normalvariate") {
        ops::call_method(interp, &this, "normalvariate", &[mu, sigma])?
    } else {
        let z = normal_z(interp, &this, &rng)?;
        shift_scale(interp, &mu, z, &sigma)?
    };
    let x = as_double(interp, &v)?.exp();
    if x.is_infinite() {
        return Err(overflow_error("math range error"));
    }
    Ok(f(x))
}

// CPython: Lib/random.py Random.expovariate
fn random_expovariate(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "expovariate")?;
    let p = bind(&args, "Random.expovariate", &["lambd"], 0, &[])?;
    let lambd = arg_or(&p, 0, f(1.0));
    let r = next_float(interp, &this, &rng)?;
    arith(interp, &f(-(1.0 - r).ln()), &lambd, BinOp::TrueDiv)
}

// CPython: Lib/random.py Random.vonmisesvariate
fn random_vonmisesvariate(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    use std::f64::consts::{PI, TAU};
    let (this, rng) = this_random(&args, "vonmisesvariate")?;
    let p = bind(&args, "Random.vonmisesvariate", &["mu", "kappa"], 2, &[])?;
    let mu = as_double(interp, &arg_or(&p, 0, Value::None))?;
    let kappa = as_double(interp, &arg_or(&p, 1, Value::None))?;
    if kappa <= 1e-6 {
        return Ok(f(TAU * next_float(interp, &this, &rng)?));
    }
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let u1 = next_float(interp, &this, &rng)?;
        let z = (PI * u1).cos();
        let d = z / (r + z);
        let u2 = next_float(interp, &this, &rng)?;
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let fz = (q + z) / (1.0 + q * z);
    let u3 = next_float(interp, &this, &rng)?;
    let theta = if u3 > 0.5 {
        mu + fz.acos()
    } else {
        mu - fz.acos()
    };
    let m = rspy_objects::numparse::float_mod(theta, TAU).map_err(PyErr::from)?;
    Ok(f(m))
}

fn gamma(
    interp: &mut dyn Interp,
    this: &Value,
    rng: &PyRandom,
    alpha: f64,
    beta: f64,
) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    if alpha > 1.0 {
        // R.C.H. Cheng, "The generation of Gamma variables with
        // non-integral shape parameters", Applied Statistics (1977).
        let log4 = 4.0f64.ln();
        let sg_magicconst = 1.0 + 4.5f64.ln();
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - log4;
        let ccc = alpha + ainv;
        loop {
            let u1 = next_float(interp, this, rng)?;
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - next_float(interp, this, rng)?;
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magicconst - 4.5 * z >= 0.0 || r >= z.ln() {
                return Ok(x * beta);
            }
        }
    }
    if alpha == 1.0 {
        return Ok(-(1.0 - next_float(interp, this, rng)?).ln() * beta);
    }
    // ALGORITHM GS of Statistical Computing - Kennedy & Gentle.
    let e = std::f64::consts::E;
    loop {
        let u = next_float(interp, this, rng)?;
        let b = (e + alpha) / e;
        let p = b * u;
        let x = if p <= 1.0 {
            p.powf(1.0 / alpha)
        } else {
            -((b - p) / alpha).ln()
        };
        let u1 = next_float(interp, this, rng)?;
        let accept = if p > 1.0 {
            u1 <= x.powf(alpha - 1.0)
        } else {
            u1 <= (-x).exp()
        };
        if accept {
            return Ok(x * beta);
        }
    }
}

// CPython: Lib/random.py Random.gammavariate
fn random_gammavariate(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "gammavariate")?;
    let p = bind(&args, "Random.gammavariate", &["alpha", "beta"], 2, &[])?;
    let alpha = as_double(interp, &arg_or(&p, 0, Value::None))?;
    let beta = as_double(interp, &arg_or(&p, 1, Value::None))?;
    Ok(f(gamma(interp, &this, &rng, alpha, beta)?))
}

// CPython: Lib/random.py Random.betavariate
fn random_betavariate(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "betavariate")?;
    let p = bind(&args, "Random.betavariate", &["alpha", "beta"], 2, &[])?;
    let alpha = as_double(interp, &arg_or(&p, 0, Value::None))?;
    let beta = as_double(interp, &arg_or(&p, 1, Value::None))?;
    let y = gamma(interp, &this, &rng, alpha, 1.0)?;
    if y != 0.0 {
        let z = gamma(interp, &this, &rng, beta, 1.0)?;
        return Ok(f(y / (y + z)));
    }
    Ok(f(0.0))
}

// CPython: Lib/random.py Random.paretovariate
fn random_paretovariate(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "paretovariate")?;
    let p = bind(&args, "Random.paretovariate", &["alpha"], 1, &[])?;
    let alpha = arg_or(&p, 0, Value::None);
    let u = 1.0 - next_float(interp, &this, &rng)?;
    let e = arith(interp, &f(-1.0), &alpha, BinOp::TrueDiv)?;
    arith(interp, &f(u), &e, BinOp::Pow)
}

// CPython: Lib/random.py Random.weibullvariate
fn random_weibullvariate(interp: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (this, rng) = this_random(&args, "weibullvariate")?;
    let p = bind(&args, "Random.weibullvariate", &["alpha", "beta"], 2, &[])?;
    let alpha = arg_or(&p, 0, Value::None);
    let beta = arg_or(&p, 1, Value::None);
    let u = 1.0 - next_float(interp, &this, &rng)?;
    let e = arith(interp, &f(1.0), &beta, BinOp::TrueDiv)?;
    let x = arith(interp, &f(-u.ln()), &e, BinOp::Pow)?;
    arith(interp, &alpha, &x, BinOp::Mul)
}

// ----------------------------------------------------------------- module

/// Build the `random` module: `Random`, a hidden instance seeded from the
/// OS, and its bound methods as the module functions.
pub fn init(_vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let d = Rc::new(PyDict::new());
    d.set_str("__name__", Value::str("random"));
    let ty = random_type();
    d.set_str("Random", Value::Type(ty.clone()));
    let rng = PyRandom {
        cls: ty.clone(),
        dict: OnceCell::new(),
        mt: RefCell::new(Mt::zeroed()),
    };
    rng.mt.borrow_mut().seed_from_os();
    rng.set_gauss_next(Value::None);
    let inst = Value::object(Rc::new(rng));
    d.set_str("_inst", inst.clone());
    for (name, _) in METHODS {
        if name.starts_with('_') {
            continue;
        }
        if let Some(func) = ty.dict.get_str(name) {
            let m = BoundMethod {
                self_value: inst.clone(),
                func,
            };
            d.set_str(name, Value::Method(Rc::new(m)));
        }
    }
    Ok(Rc::new(PyModule::new("random".to_string(), d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_sequence() {
        // The reference MT19937 output for init_by_array([0x123, 0x234, 0x345, 0x456]).
        let mut mt = Mt::zeroed();
        mt.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..3).map(|_| mt.next_u32()).collect();
        assert_eq!(first, [1_067_595_299, 955_945_823, 477_289_528]);
    }

    #[test]
    fn sha512_of_abc() {
        let d = sha512(b"abc");
        assert_eq!(d[..4], [0xdd, 0xaf, 0x35, 0xa1]);
        assert_eq!(d[60..], [0xa5, 0x4c, 0xa4, 0x9f]);
    }
}
