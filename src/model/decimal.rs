//! Numbers shown with one decimal ("4.2 MB", "44.6%"), worked out in whole
//! numbers: formatting floats would add their large formatter to the app.

/// `numerator / denominator` rounded half up to one decimal; "0.0" when
/// `denominator` is zero.
pub fn one_decimal(numerator: u64, denominator: u64) -> String {
    if denominator == 0 {
        return "0.0".to_owned();
    }
    let tenths =
        (u128::from(numerator) * 10 + u128::from(denominator) / 2) / u128::from(denominator);
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_decimal_rounds_half_up() {
        assert_eq!(one_decimal(0, 7), "0.0");
        assert_eq!(one_decimal(1, 20), "0.1");
        assert_eq!(one_decimal(1, 21), "0.0");
        assert_eq!(one_decimal(4_289_791 * 100, 5_242_880), "81.8");
        assert_eq!(one_decimal(10_485_761, 1_048_576), "10.0");
        assert_eq!(one_decimal(u64::MAX, 1), format!("{}.0", u64::MAX));
        assert_eq!(one_decimal(5, 0), "0.0");
    }
}
