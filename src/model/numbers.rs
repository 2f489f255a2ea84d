//! Numbers as people read them: "5,242,880", "0.1 %", "4.2 MB", "10 GB".
//! Worked out in whole numbers: formatting floats would add their large
//! formatter to the app.

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

/// A whole number with its thousands grouped: "5,242,880".
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// `part` of `whole` as a percentage with one decimal: "44.6 %"; a share
/// too small to show is "less than 0.1 %", never "0.0 %".
pub fn percent(part: u64, whole: u64) -> String {
    match one_decimal(part.saturating_mul(100), whole).as_str() {
        "0.0" if part > 0 => "less than 0.1 %".to_owned(),
        share => format!("{share} %"),
    }
}

/// A size in bytes in the largest unit that keeps a number from 1 up, in
/// the decimal units browsers report: "800 bytes", "4.2 MB", "10 GB".
/// Below 10 it keeps one decimal; from 10 up it is whole.
pub fn size(bytes: u64) -> String {
    const UNITS: [(u64, &str); 4] = [
        (1_000_000_000_000, "TB"),
        (1_000_000_000, "GB"),
        (1_000_000, "MB"),
        (1_000, "KB"),
    ];
    let Some(&(unit, name)) = UNITS.iter().find(|(unit, _)| bytes >= *unit) else {
        return match bytes {
            1 => "1 byte".to_owned(),
            bytes => format!("{bytes} bytes"),
        };
    };
    let amount = one_decimal(bytes, unit);
    let amount = match amount.split_once('.') {
        Some((whole, _)) if whole.len() >= 2 => grouped((bytes + unit / 2) / unit),
        Some((whole, "0")) => whole.to_owned(),
        _ => amount,
    };
    format!("{amount} {name}")
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

    #[test]
    fn whole_numbers_group_their_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000), "1,000");
        assert_eq!(grouped(6_233), "6,233");
        assert_eq!(grouped(5_242_880), "5,242,880");
        assert_eq!(grouped(123_456_789_012), "123,456,789,012");
    }

    #[test]
    fn percentages_keep_one_decimal_and_never_say_zero_for_something() {
        assert_eq!(percent(2_338_511, 5_242_880), "44.6 %");
        assert_eq!(percent(6_233, 5_242_880), "0.1 %");
        assert_eq!(percent(100, 5_242_880), "less than 0.1 %");
        assert_eq!(percent(0, 5_242_880), "0.0 %");
        assert_eq!(percent(5_242_880, 5_242_880), "100.0 %");
    }

    #[test]
    fn sizes_use_the_largest_unit_and_drop_needless_decimals() {
        assert_eq!(size(1), "1 byte");
        assert_eq!(size(800), "800 bytes");
        assert_eq!(size(1_000), "1 KB");
        assert_eq!(size(4_200_000), "4.2 MB");
        assert_eq!(size(9_960_000), "10 MB");
        assert_eq!(size(10_737_418_240), "11 GB");
        assert_eq!(size(10_000_000_000), "10 GB");
        assert_eq!(size(299_706_000_000), "300 GB");
        assert_eq!(size(1_500_000_000_000_000), "1,500 TB");
    }
}
