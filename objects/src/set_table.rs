//! The open-addressing hash table behind `set` and `frozenset`, laid out
//! exactly like CPython's so that iteration order (and so every printed
//! set of ints) matches: linear probing in runs of 9, then perturbed
//! jumps; resize at 3/5 full; copies that keep the source's layout.
//! CPython: Objects/setobject.c (set_add_entry, set_insert_clean,
//! set_table_resize, set_merge, set_pop).

use crate::interp::Interp;
use crate::ops;
use crate::value::{PyResult, Value};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// The hash of a deleted slot (never a real hash: Python hashes are never -1).
const DUMMY: i64 = -1;

#[derive(Clone)]
pub struct SetEntry {
    pub hash: i64,
    /// `Value::Null` for unused and deleted slots.
    pub key: Value,
}

impl SetEntry {
    const UNUSED: SetEntry = SetEntry {
        hash: 0,
        key: Value::Null,
    };

    fn is_unused(&self) -> bool {
        self.key.is_null() && self.hash != DUMMY
    }

    fn is_dummy(&self) -> bool {
        self.key.is_null() && self.hash == DUMMY
    }
}

pub struct SetTable {
    entries: Vec<SetEntry>,
    /// Active plus deleted slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` continues scanning.
    finger: usize,
    /// Bumped on every mutation, to detect changes during a Python `__eq__`.
    version: u64,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable {
            entries: vec![SetEntry::UNUSED; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }
}

/// Outcome of probing for a key.
enum Probe {
    Found(usize),
    /// Not present; the slot to insert into and whether it was unused.
    Vacant(usize, bool),
    /// A Python `__eq__` must decide: the slot and its key.
    Ask(usize, Value),
}

impl SetTable {
    fn mask(&self) -> usize {
        self.entries.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Slots in table order; `key` is `Null` for empty ones.
    pub fn slot(&self, pos: usize) -> Option<&SetEntry> {
        self.entries.get(pos)
    }

    pub fn slots_len(&self) -> usize {
        self.entries.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &SetEntry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// Probe for `key`, skipping the first `skip` equal-hash candidates
    /// already rejected by Python `__eq__`. CPython: set_add_entry's loop.
    fn probe(&self, key: &Value, hash: i64, skip: &[usize]) -> Probe {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let e = &self.entries[j];
                if e.is_unused() {
                    return match freeslot {
                        Some(f) => Probe::Vacant(f, false),
                        None => Probe::Vacant(j, true),
                    };
                }
                if e.hash == hash && !e.key.is_null() && !skip.contains(&j) {
                    if e.key.is(key) {
                        return Probe::Found(j);
                    }
                    match ops::eq_fast(&e.key, key) {
                        Some(true) => return Probe::Found(j),
                        Some(false) => {}
                        None => return Probe::Ask(j, e.key.clone()),
                    }
                } else if e.is_dummy() {
                    freeslot = Some(j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Insert into a table known to hold no equal key and no dummies.
    /// CPython: set_insert_clean.
    fn insert_clean(entries: &mut [SetEntry], key: Value, hash: i64) {
        let mask = entries.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            if entries[i].key.is_null() {
                entries[i] = SetEntry { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                if let Some(slot) = entries[i + 1..=i + LINEAR_PROBES]
                    .iter_mut()
                    .find(|e| e.key.is_null())
                {
                    *slot = SetEntry { hash, key };
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Rebuild with room for `minused` keys. CPython: set_table_resize.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.entries.len() == MINSIZE && self.fill == self.used {
            // No dummies to purge: CPython leaves the small table alone.
            return;
        }
        let old = std::mem::replace(&mut self.entries, vec![SetEntry::UNUSED; newsize]);
        for e in old {
            if !e.key.is_null() {
                SetTable::insert_clean(&mut self.entries, e.key, e.hash);
            }
        }
        self.fill = self.used;
        self.version += 1;
    }

    fn store(&mut self, slot: usize, unused: bool, key: Value, hash: i64) {
        self.entries[slot] = SetEntry { hash, key };
        self.used += 1;
        self.version += 1;
        if unused {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let n = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(n);
            }
        }
    }

    fn remove_slot(&mut self, slot: usize) -> Value {
        let key = std::mem::replace(&mut self.entries[slot].key, Value::Null);
        self.entries[slot].hash = DUMMY;
        self.used -= 1;
        self.version += 1;
        key
    }

    pub fn clear(&mut self) {
        *self = SetTable::default();
    }

    /// Remove an arbitrary key. CPython: set_pop.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.entries[i].key.is_null() {
            i = (i + 1) & mask;
        }
        self.finger = i + 1;
        Some(self.remove_slot(i))
    }

    /// A copy with the same layout when possible. CPython: set_merge into
    /// an empty set.
    pub fn copy(&self) -> SetTable {
        let mut t = SetTable::default();
        if self.used * 5 >= t.mask() * 3 {
            t.resize(self.used * 2);
        }
        if t.entries.len() == self.entries.len() && self.fill == self.used {
            t.entries = self.entries.clone();
        } else {
            for e in self.iter() {
                SetTable::insert_clean(&mut t.entries, e.key.clone(), e.hash);
            }
        }
        t.fill = self.used;
        t.used = self.used;
        t
    }
}

/// Where `key` is, asking Python `__eq__` outside the borrow when needed.
fn lookup(
    table: &std::cell::RefCell<SetTable>,
    interp: &mut dyn Interp,
    key: &Value,
    hash: i64,
) -> PyResult<Probe> {
    let mut rejected: Vec<usize> = Vec::new();
    loop {
        let (probe, version) = {
            let t = table.borrow();
            (t.probe(key, hash, &rejected), t.version)
        };
        let Probe::Ask(slot, other) = probe else {
            return Ok(probe);
        };
        let equal = ops::eq(interp, &other, key)?;
        if table.borrow().version != version {
            // The table changed under the comparison: start over.
            rejected.clear();
            continue;
        }
        if equal {
            return Ok(Probe::Found(slot));
        }
        rejected.push(slot);
    }
}

pub fn contains(
    table: &std::cell::RefCell<SetTable>,
    interp: &mut dyn Interp,
    key: &Value,
    hash: i64,
) -> PyResult<bool> {
    Ok(matches!(lookup(table, interp, key, hash)?, Probe::Found(_)))
}

pub fn add(
    table: &std::cell::RefCell<SetTable>,
    interp: &mut dyn Interp,
    key: Value,
    hash: i64,
) -> PyResult<()> {
    if let Probe::Vacant(slot, unused) = lookup(table, interp, &key, hash)? {
        table.borrow_mut().store(slot, unused, key, hash);
    }
    Ok(())
}

/// Remove `key`; false when absent. CPython: set_discard_entry.
pub fn discard(
    table: &std::cell::RefCell<SetTable>,
    interp: &mut dyn Interp,
    key: &Value,
    hash: i64,
) -> PyResult<bool> {
    match lookup(table, interp, key, hash)? {
        Probe::Found(slot) => {
            table.borrow_mut().remove_slot(slot);
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// Add every element of `other` to `table`. CPython: set_merge.
pub fn merge(
    table: &std::cell::RefCell<SetTable>,
    interp: &mut dyn Interp,
    other: &SetTable,
) -> PyResult<()> {
    if other.used == 0 {
        return Ok(());
    }
    {
        let mut t = table.borrow_mut();
        if t.fill == 0 {
            *t = other.copy();
            return Ok(());
        }
        if (t.fill + other.used) * 5 >= t.mask() * 3 {
            let n = (t.used + other.used) * 2;
            t.resize(n);
        }
    }
    let pairs: Vec<(Value, i64)> = other.iter().map(|e| (e.key.clone(), e.hash)).collect();
    for (key, hash) in pairs {
        add(table, interp, key, hash)?;
    }
    Ok(())
}

/// The elements of a table with their hashes, in table order.
pub fn entries(table: &std::cell::RefCell<SetTable>) -> Vec<(Value, i64)> {
    table
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.hash))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(t: &SetTable) -> Vec<i64> {
        t.iter()
            .map(|e| match e.key {
                Value::Int(i) => i,
                _ => -99,
            })
            .collect()
    }

    fn add_int(t: &mut SetTable, i: i64) {
        if let Probe::Vacant(slot, unused) = t.probe(&Value::Int(i), i, &[]) {
            t.store(slot, unused, Value::Int(i), i);
        }
    }

    #[test]
    fn small_ints_iterate_in_slot_order() {
        let mut t = SetTable::default();
        for i in [3, 1, 2] {
            add_int(&mut t, i);
        }
        assert_eq!(keys(&t), vec![1, 2, 3]);
    }

    #[test]
    fn resizes_keep_every_key() {
        let mut t = SetTable::default();
        for i in (0..100).rev() {
            add_int(&mut t, i * 7);
        }
        assert_eq!(t.len(), 100);
        let mut k = keys(&t);
        k.sort();
        assert_eq!(k, (0..100).map(|i| i * 7).collect::<Vec<_>>());
    }
}
