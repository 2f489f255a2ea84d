//! Counts that read as English: "1 time", "2 times", "1,000 partners".

use crate::model::grouped;

/// `n` followed by the singular or plural form of a noun, as `n` needs.
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    if n == 1 {
        format!("1 {singular}")
    } else {
        format!("{} {plural}", grouped(n as u64))
    }
}

/// A number of days counted between two dates ("1 day", "45 days"); a
/// negative count, from a date still to come, reads as 0 days.
pub fn days(n: i64) -> String {
    count(usize::try_from(n).unwrap_or(0), "day", "days")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(count(0, "time", "times"), "0 times");
        assert_eq!(count(1, "time", "times"), "1 time");
        assert_eq!(count(2, "partner", "partners"), "2 partners");
        assert_eq!(count(11, "entry", "entries"), "11 entries");
        assert_eq!(count(1_000, "partner", "partners"), "1,000 partners");
    }

    #[test]
    fn days_read_as_a_count_and_never_below_zero() {
        assert_eq!(days(1), "1 day");
        assert_eq!(days(45), "45 days");
        assert_eq!(days(-3), "0 days");
    }
}
