//! Counts written as English: "1 partner", "2 partners".

/// `count` followed by the singular or plural noun as English needs it.
pub fn count(count: usize, singular: &str, plural: &str) -> String {
    let noun = if count == 1 { singular } else { plural };
    format!("{count} {noun}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(count(0, "partner", "partners"), "0 partners");
        assert_eq!(count(1, "partner", "partners"), "1 partner");
        assert_eq!(count(2, "partner", "partners"), "2 partners");
    }
}
