//! `dict`'s hash table (insertion-ordered entries plus an index of hashes,
//! like CPython's compact dict, Objects/dictobject.c) and the `set` object
//! over the table in set_table.rs.
//!
//! Keys whose equality is known natively (str, int, float, tuple of such,
//! identity-compared objects) are compared while the table is borrowed; keys
//! with a Python `__eq__` are compared after the borrow is released, since
//! that code may touch the table itself.

use std::cell::RefCell;
use std::rc::Rc;

use hashbrown::HashTable;

use crate::interp::Interp;
use crate::ops;
use crate::set_table::{self, SetTable};
use crate::value::{PyResult, PyStr, Value};

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    /// `Value::Null` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

/// The index table's hash for a Python hash. Python hashes of ints are
/// the ints themselves, so their high bits (hashbrown's 7-bit tags) are
/// all zero and runs of consecutive keys fill whole probe groups: every
/// lookup that misses would compare against the whole run. A bijective
/// multiply-xorshift spreads them (order and equality are unaffected).
#[inline]
fn table_hash(hash: i64) -> u64 {
    let h = (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^ (h >> 29)
}

/// Insertion-ordered hash table.
#[derive(Default)]
pub struct DictTable {
    entries: Vec<Entry>,
    indices: HashTable<usize>,
    len: usize,
    /// Changes whenever an entry is added or removed (never for a value
    /// replaced in place), to a number no table had before: while it is
    /// unchanged, a key found at an entry index is still there. 0: never
    /// changed. CPython: dict keys versions (`dk_version`).
    keys_version: u64,
}

thread_local! {
    static KEYS_VERSIONS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

impl DictTable {
    fn keys_changed(&mut self) {
        self.keys_version = KEYS_VERSIONS.with(|c| {
            let v = c.get() + 1;
            c.set(v);
            v
        });
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// Entry slots including deleted ones; iterators walk positions.
    pub fn slot(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos)
    }

    pub fn slots_len(&self) -> usize {
        self.entries.len()
    }

    fn find_str(&self, name: &str, hash: i64) -> Option<usize> {
        self.indices
            .find(table_hash(hash), |&i| {
                let e = &self.entries[i];
                e.hash == hash
                    && (matches!(&e.key, Value::Str(s) if s.as_str() == name)
                        || str_subclass_key(&e.key, name))
            })
            .copied()
    }

    /// Like `find_str` for an interned name: pointer equality first.
    fn find_name(&self, name: &PyStr) -> Option<usize> {
        let hash = name.hash();
        self.indices
            .find(table_hash(hash), |&i| {
                let e = &self.entries[i];
                e.hash == hash
                    && (matches!(&e.key, Value::Str(s)
                        if std::ptr::eq(Rc::as_ptr(s), name) || s.as_str() == name.as_str())
                        || str_subclass_key(&e.key, name.as_str()))
            })
            .copied()
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        self.keys_changed();
        let idx = self.entries.len();
        self.entries.push(Entry { hash, key, value });
        let entries = &self.entries;
        self.indices
            .insert_unique(table_hash(hash), idx, |&i| table_hash(entries[i].hash));
        self.len += 1;
    }

    fn remove_at(&mut self, idx: usize) -> Entry {
        self.keys_changed();
        let hash = self.entries[idx].hash;
        if let Ok(e) = self.indices.find_entry(table_hash(hash), |&i| i == idx) {
            e.remove();
        }
        let removed = std::mem::replace(
            &mut self.entries[idx],
            Entry {
                hash: 0,
                key: Value::Null,
                value: Value::Null,
            },
        );
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        removed
    }

    fn compact(&mut self) {
        let entries: Vec<Entry> = std::mem::take(&mut self.entries)
            .into_iter()
            .filter(|e| !e.key.is_null())
            .collect();
        self.indices.clear();
        self.len = 0;
        for e in entries {
            self.insert_new(e.hash, e.key, e.value);
        }
    }

    /// Remove every entry, handing them to the caller (to drop outside
    /// any borrow of this table).
    pub fn take_entries(&mut self) -> Vec<Entry> {
        self.keys_changed();
        self.indices.clear();
        self.len = 0;
        std::mem::take(&mut self.entries)
    }

    pub fn clear(&mut self) {
        self.keys_changed();
        self.entries.clear();
        self.indices.clear();
        self.len = 0;
    }

    fn pop_last(&mut self) -> Option<Entry> {
        let idx = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let e = self.remove_at(idx);
        // Trailing deleted slots are dropped so repeated popitem stays O(1).
        while matches!(self.entries.last(), Some(e) if e.key.is_null()) {
            self.entries.pop();
        }
        Some(e)
    }

    fn pop_first(&mut self) -> Option<Entry> {
        let idx = self.entries.iter().position(|e| !e.key.is_null())?;
        Some(self.remove_at(idx))
    }
}

/// Find the slot of `key`, calling Python `__eq__` only outside the borrow.
/// A key that is an instance of a str subclass equal to `name` (found by
/// a plain str, as its hash and equality are str's).
fn str_subclass_key(key: &Value, name: &str) -> bool {
    matches!(key, Value::Instance(i)
        if matches!(&i.payload, Some(Value::Str(s)) if s.as_str() == name))
}

fn find(
    table: &RefCell<DictTable>,
    interp: &mut dyn Interp,
    key: &Value,
    hash: i64,
) -> PyResult<Option<usize>> {
    let mut slow: Vec<(usize, Value)> = Vec::new();
    {
        let t = table.borrow();
        for &idx in t.indices.iter_hash(table_hash(hash)) {
            let e = &t.entries[idx];
            if e.hash != hash || e.key.is_null() {
                continue;
            }
            if e.key.is(key) {
                return Ok(Some(idx));
            }
            match ops::eq_fast(&e.key, key) {
                Some(true) => return Ok(Some(idx)),
                Some(false) => {}
                None => slow.push((idx, e.key.clone())),
            }
        }
    }
    for (idx, k) in slow {
        if ops::eq(interp, &k, key)? {
            let t = table.borrow();
            if matches!(t.entries.get(idx), Some(e) if e.key.is(&k)) {
                return Ok(Some(idx));
            }
        }
    }
    Ok(None)
}

/// dict. CPython: Objects/dictobject.c.
#[derive(Default)]
pub struct PyDict {
    pub table: RefCell<DictTable>,
    /// A class's namespace: changing it invalidates the type attribute
    /// cache (crate::types).
    type_dict: std::cell::Cell<bool>,
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    /// Mark this dict as a class namespace (see `type_dict`).
    pub fn mark_type_dict(&self) {
        self.type_dict.set(true);
    }

    /// The table, for a change: every mutation of a dict goes through here.
    /// Empty the dict unless it is borrowed, returning the entries (the
    /// cycle collector drops them after its borrow ends).
    pub fn take_entries(&self) -> Vec<Entry> {
        let Ok(mut table) = self.table.try_borrow_mut() else {
            return Vec::new();
        };
        if self.type_dict.get() {
            crate::types::type_attributes_changed();
        }
        table.take_entries()
    }

    pub fn table_mut(&self) -> std::cell::RefMut<'_, DictTable> {
        if self.type_dict.get() {
            crate::types::type_attributes_changed();
        }
        self.table.borrow_mut()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Lookup by a Rust string (attribute and global names).
    pub fn get_str(&self, name: &str) -> Option<Value> {
        let t = self.table.borrow();
        let idx = t.find_str(name, crate::value::hash_str(name))?;
        Some(t.entries[idx].value.clone())
    }

    /// `get_str` with the name's hash already computed.
    pub fn get_str_hashed(&self, name: &str, hash: i64) -> Option<Value> {
        let t = self.table.borrow();
        let idx = t.find_str(name, hash)?;
        Some(t.entries[idx].value.clone())
    }

    /// Where `name` is: the table's keys version and the entry index
    /// (for the eval loop's global-name caches).
    pub fn find_name_slot(&self, name: &PyStr) -> Option<(u64, usize)> {
        let t = self.table.borrow();
        let idx = t.find_name(name)?;
        Some((t.keys_version, idx))
    }

    /// Push the value at entry `index` onto `out` if no key was added or
    /// removed since the table's keys version was `version` (see
    /// `find_name_slot`); false on a miss. No `Option` temporary: this is
    /// the eval loop's `LoadGlobal`.
    #[inline]
    pub fn push_value_at_version(&self, version: u64, index: usize, out: &mut Vec<Value>) -> bool {
        let t = self.table.borrow();
        if t.keys_version != version {
            return false;
        }
        match t.entries.get(index) {
            Some(e) => {
                out.push(e.value.clone());
                true
            }
            None => false,
        }
    }

    /// Whether entry `index` still holds `v` itself (identity) and no key
    /// was added or removed since `version` (no value is cloned).
    pub fn holds_at_version(&self, version: u64, index: usize, v: &Value) -> bool {
        let t = self.table.borrow();
        t.keys_version == version && t.entries.get(index).is_some_and(|e| e.value.is(v))
    }

    pub fn keys_version(&self) -> u64 {
        self.table.borrow().keys_version
    }

    /// Lookup by an interned name: its hash is cached.
    pub fn get_name(&self, name: &PyStr) -> Option<Value> {
        let t = self.table.borrow();
        let idx = t.find_name(name)?;
        Some(t.entries[idx].value.clone())
    }

    pub fn set_str(&self, name: &str, value: Value) {
        self.set_name(Rc::new(PyStr::new(name)), value);
    }

    pub fn set_name(&self, name: Rc<PyStr>, value: Value) {
        let hash = name.hash();
        let mut t = self.table_mut();
        if let Some(idx) = t.find_name(&name) {
            t.entries[idx].value = value;
        } else {
            t.insert_new(hash, Value::Str(name), value);
        }
    }

    pub fn del_str(&self, name: &str) -> Option<Value> {
        let mut t = self.table_mut();
        let idx = t.find_str(name, crate::value::hash_str(name))?;
        Some(t.remove_at(idx).value)
    }

    pub fn get_item(&self, interp: &mut dyn Interp, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            return Ok(self.get_name(s));
        }
        let hash = ops::hash(interp, key)?;
        self.get_hashed(interp, key, hash)
    }

    pub fn get_hashed(
        &self,
        interp: &mut dyn Interp,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<Value>> {
        let idx = find(&self.table, interp, key, hash)?;
        Ok(idx.and_then(|i| {
            let t = self.table.borrow();
            t.entries.get(i).map(|e| e.value.clone())
        }))
    }

    pub fn contains(&self, interp: &mut dyn Interp, key: &Value) -> PyResult<bool> {
        Ok(self.get_item(interp, key)?.is_some())
    }

    pub fn set_item(&self, interp: &mut dyn Interp, key: Value, value: Value) -> PyResult<()> {
        if let Value::Str(s) = &key {
            self.set_name(s.clone(), value);
            return Ok(());
        }
        let hash = ops::hash(interp, &key)?;
        self.set_hashed(interp, key, hash, value)
    }

    pub fn set_hashed(
        &self,
        interp: &mut dyn Interp,
        key: Value,
        hash: i64,
        value: Value,
    ) -> PyResult<()> {
        match find(&self.table, interp, &key, hash)? {
            Some(idx) => self.table_mut().entries[idx].value = value,
            None => self.table_mut().insert_new(hash, key, value),
        }
        Ok(())
    }

    /// Remove `key`, returning its value if it was present.
    pub fn del_item(&self, interp: &mut dyn Interp, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(interp, key)?;
        let Some(idx) = find(&self.table, interp, key, hash)? else {
            return Ok(None);
        };
        Ok(Some(self.table_mut().remove_at(idx).value))
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table
            .borrow()
            .iter()
            .map(|e| e.value.clone())
            .collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn clear(&self) {
        self.table_mut().clear();
    }

    pub fn copy(&self) -> PyDict {
        let t = self.table.borrow();
        let mut n = DictTable::default();
        for e in t.iter() {
            n.insert_new(e.hash, e.key.clone(), e.value.clone());
        }
        PyDict {
            table: RefCell::new(n),
            type_dict: Default::default(),
        }
    }

    /// Remove and return the last inserted pair. CPython: dict.popitem.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        self.table_mut().pop_last().map(|e| (e.key, e.value))
    }

    pub fn pop_first(&self) -> Option<(Value, Value)> {
        self.table_mut().pop_first().map(|e| (e.key, e.value))
    }

    /// Insert an entry whose key is known not to be present (fresh copies).
    pub fn insert_unique_hashed(&self, hash: i64, key: Value, value: Value) {
        self.table_mut().insert_new(hash, key, value);
    }
}

/// set and frozenset. CPython: Objects/setobject.c.
#[derive(Default)]
pub struct PySet {
    pub table: RefCell<SetTable>,
}

impl PySet {
    pub fn new() -> PySet {
        PySet::default()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn contains(&self, interp: &mut dyn Interp, key: &Value) -> PyResult<bool> {
        let hash = ops::hash(interp, key)?;
        set_table::contains(&self.table, interp, key, hash)
    }

    pub fn add(&self, interp: &mut dyn Interp, key: Value) -> PyResult<()> {
        let hash = ops::hash(interp, &key)?;
        set_table::add(&self.table, interp, key, hash)
    }

    /// Remove `key`; false when it was absent.
    pub fn discard(&self, interp: &mut dyn Interp, key: &Value) -> PyResult<bool> {
        let hash = ops::hash(interp, key)?;
        set_table::discard(&self.table, interp, key, hash)
    }

    /// The elements in iteration (table) order.
    pub fn items(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|e| e.key.clone()).collect()
    }

    pub fn clear(&self) {
        self.table.borrow_mut().clear();
    }

    /// A copy with CPython's layout, so it iterates in the same order.
    pub fn copy(&self) -> PySet {
        PySet {
            table: RefCell::new(self.table.borrow().copy()),
        }
    }

    pub fn pop(&self) -> Option<Value> {
        self.table.borrow_mut().pop()
    }
}
