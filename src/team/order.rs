//! Where each entry of a keyed list sits. A Yrs map has no order, so each
//! entry keeps a number of its own; the list reads in the order of those
//! numbers (then of keys, when two devices added at once). An edit keeps
//! every number it can and gives new or moved entries numbers between their
//! neighbours', so adding an entry never rewrites the others.

/// The order number each entry of `entries` (in their new order) should
/// hold. `current` is an entry's number today, `None` for a new entry.
pub fn place(entries: &[Option<f64>]) -> Vec<f64> {
    let kept = kept_in_order(entries);
    let mut placed = vec![0.0; entries.len()];
    let mut start = 0;
    while start < entries.len() {
        if let Some(number) = entries[start].filter(|_| kept[start]) {
            placed[start] = number;
            start += 1;
            continue;
        }
        // A run of entries that need a number, between two kept ones.
        let end = (start..entries.len())
            .find(|&index| kept[index])
            .unwrap_or(entries.len());
        let below = start.checked_sub(1).map(|index| placed[index]);
        let above = entries.get(end).copied().flatten();
        let count = end - start;
        for (step, slot) in placed[start..end].iter_mut().enumerate() {
            *slot = between(below, above, step + 1, count + 1);
        }
        start = end;
    }
    placed
}

/// Which entries keep their number: those already in increasing order,
/// taken greedily from the start.
fn kept_in_order(entries: &[Option<f64>]) -> Vec<bool> {
    let mut highest = f64::NEG_INFINITY;
    entries
        .iter()
        .map(|current| match current {
            Some(number) if *number > highest && number.is_finite() => {
                highest = *number;
                true
            }
            _ => false,
        })
        .collect()
}

/// The `step`-th of `parts - 1` numbers spread evenly between `below` and
/// `above`; whole steps past the end or before the start when either is
/// missing.
fn between(below: Option<f64>, above: Option<f64>, step: usize, parts: usize) -> f64 {
    match (below, above) {
        (Some(low), Some(high)) => low + (high - low) * step as f64 / parts as f64,
        (Some(low), None) => low + step as f64,
        (None, Some(high)) => high - (parts - step) as f64,
        (None, None) => step as f64 - 1.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn increasing(numbers: &[f64]) -> bool {
        numbers.windows(2).all(|pair| pair[0] < pair[1])
    }

    #[test]
    fn a_new_list_counts_from_zero() {
        assert_eq!(place(&[None, None, None]), vec![0.0, 1.0, 2.0]);
    }

    #[test]
    fn an_entry_added_at_the_end_leaves_the_others_alone() {
        assert_eq!(place(&[Some(0.0), Some(1.0), None]), vec![0.0, 1.0, 2.0]);
    }

    #[test]
    fn an_entry_added_between_two_takes_a_number_between_theirs() {
        assert_eq!(place(&[Some(0.0), None, Some(1.0)]), vec![0.0, 0.5, 1.0]);
        assert_eq!(place(&[None, Some(3.0)]), vec![2.0, 3.0]);
    }

    #[test]
    fn a_moved_entry_gets_a_new_number_and_the_rest_keep_theirs() {
        // The last entry moved to the front.
        let placed = place(&[Some(2.0), Some(0.0), Some(1.0)]);
        assert!(increasing(&placed), "{placed:?}");
        assert_eq!(placed[0], 2.0);
        // Greedy: 0 and 1 come after 2, so they are placed after it.
        assert!(placed[1] > 2.0 && placed[2] > placed[1]);
    }

    #[test]
    fn any_mix_reads_back_in_the_order_given() {
        let cases: [&[Option<f64>]; 4] = [
            &[Some(5.0), None, None, Some(1.0), Some(9.0), None],
            &[None, Some(0.5), Some(0.5), None],
            &[Some(f64::NAN), Some(1.0), None],
            &[Some(3.0), Some(2.0), Some(1.0), Some(0.0)],
        ];
        for case in cases {
            let placed = place(case);
            assert!(increasing(&placed), "{case:?} -> {placed:?}");
        }
    }
}
