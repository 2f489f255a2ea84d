//! Dates and times as the app writes them ("November 26, 2026", "Thu Nov
//! 26", "09:05"), spelled out by hand: chrono's `format` would compile its
//! whole format-string machinery into the app for these few shapes.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

const MONTHS: [&str; 12] = [
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

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn month(date: NaiveDate) -> &'static str {
    MONTHS[date.month0() as usize]
}

fn weekday(date: NaiveDate) -> &'static str {
    WEEKDAYS[date.weekday().num_days_from_monday() as usize]
}

/// The first three letters, as in "Nov" or "Thu".
fn abbreviated(name: &str) -> &str {
    &name[..3]
}

/// "November 26".
pub fn month_day(date: NaiveDate) -> String {
    format!("{} {}", month(date), date.day())
}

/// "November 26, 2026".
pub fn long_date(date: NaiveDate) -> String {
    format!("{}, {:04}", month_day(date), date.year())
}

/// "Nov 26".
pub fn short_month_day(date: NaiveDate) -> String {
    format!("{} {}", abbreviated(month(date)), date.day())
}

/// "Nov 26, 2026".
pub fn short_date(date: NaiveDate) -> String {
    format!("{}, {:04}", short_month_day(date), date.year())
}

/// "Thu Nov 26".
pub fn weekday_short(date: NaiveDate) -> String {
    format!("{} {}", abbreviated(weekday(date)), short_month_day(date))
}

/// "Thursday, November 26".
pub fn weekday_month_day(date: NaiveDate) -> String {
    format!("{}, {}", weekday(date), month_day(date))
}

/// "Thursday, November 26, 2026".
pub fn weekday_long_date(date: NaiveDate) -> String {
    format!("{}, {}", weekday(date), long_date(date))
}

/// "09:05", as a time input shows it.
pub fn clock(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// The time a time input gives ("09:05"; seconds, if any, are ignored).
pub fn parse_clock(text: &str) -> Option<NaiveTime> {
    let mut parts = text.trim().split(':');
    let hour = parts.next()?.parse().ok()?;
    let minute = parts.next()?.parse().ok()?;
    NaiveTime::from_hms_opt(hour, minute, 0)
}

/// "20261126T090500", the basic form calendar files use.
pub fn basic_stamp(at: NaiveDateTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every day of 2026 and 2027, and a leap day.
    fn days() -> impl Iterator<Item = NaiveDate> {
        let first = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        first
            .iter_days()
            .take(731)
            .chain([NaiveDate::from_ymd_opt(2028, 2, 29).unwrap()])
    }

    #[test]
    fn dates_read_as_chronos_own_formats_would_write_them() {
        for date in days() {
            assert_eq!(month_day(date), date.format("%B %-d").to_string());
            assert_eq!(long_date(date), date.format("%B %-d, %Y").to_string());
            assert_eq!(short_month_day(date), date.format("%b %-d").to_string());
            assert_eq!(short_date(date), date.format("%b %-d, %Y").to_string());
            assert_eq!(weekday_short(date), date.format("%a %b %-d").to_string());
            assert_eq!(
                weekday_month_day(date),
                date.format("%A, %B %-d").to_string()
            );
            assert_eq!(
                weekday_long_date(date),
                date.format("%A, %B %-d, %Y").to_string()
            );
        }
    }

    #[test]
    fn times_and_stamps_read_as_chronos_own_formats_would_write_them() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        for (hour, minute, second) in [(0, 0, 0), (9, 5, 7), (23, 59, 59)] {
            let time = NaiveTime::from_hms_opt(hour, minute, second).unwrap();
            assert_eq!(clock(time), time.format("%H:%M").to_string());
            let at = day.and_time(time);
            assert_eq!(basic_stamp(at), at.format("%Y%m%dT%H%M%S").to_string());
        }
    }

    #[test]
    fn a_time_input_is_read_back() {
        assert_eq!(parse_clock("09:05"), NaiveTime::from_hms_opt(9, 5, 0));
        assert_eq!(parse_clock("23:59:30"), NaiveTime::from_hms_opt(23, 59, 0));
        assert_eq!(parse_clock(""), None);
        assert_eq!(parse_clock("25:00"), None);
        assert_eq!(parse_clock("9"), None);
    }
}
