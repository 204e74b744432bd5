//! Coarse time: the day, never the hour. Stored as `YYYY-MM-DD` (UTC), which also sorts.

use time::format_description::FormatItem;
use time::macros::format_description;
use time::{Date, Duration, OffsetDateTime};

const FORMAT: &[FormatItem<'static>] = format_description!("[year]-[month]-[day]");

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(String);

impl Day {
    pub fn today() -> Self {
        Self::from_date(OffsetDateTime::now_utc().date())
    }

    fn from_date(date: Date) -> Self {
        Self(date.format(&FORMAT).expect("a date formats as YYYY-MM-DD"))
    }

    /// A `YYYY-MM-DD` day; anything else is `None`.
    pub fn parse(raw: &str) -> Option<Self> {
        Date::parse(raw, &FORMAT).ok().map(Self::from_date)
    }

    /// The day `days` before this one.
    pub fn minus_days(&self, days: u32) -> Self {
        let date = Date::parse(&self.0, &FORMAT).expect("a Day always parses");
        Self::from_date(date - Duration::days(i64::from(days)))
    }

    /// The day `days` after this one.
    pub fn plus_days(&self, days: u32) -> Self {
        let date = Date::parse(&self.0, &FORMAT).expect("a Day always parses");
        Self::from_date(date + Duration::days(i64::from(days)))
    }

    /// The same day `months` calendar months later (or earlier, for a negative number); the
    /// 31st becomes the month's last day where the month is shorter.
    pub fn add_months(&self, months: i32) -> Self {
        let date = Date::parse(&self.0, &FORMAT).expect("a Day always parses");
        let index = date.year() * 12 + i32::from(u8::from(date.month())) - 1 + months;
        let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
        let month = time::Month::try_from(month).expect("1 to 12 is a month");
        let day = date.day().min(month.length(year));
        Self::from_date(Date::from_calendar_date(year, month, day).expect("a valid day"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::Day;

    #[test]
    fn months_move_by_the_calendar() {
        let d = Day::parse("2026-01-31").unwrap();
        assert_eq!(d.add_months(1).as_str(), "2026-02-28");
        assert_eq!(d.add_months(12).as_str(), "2027-01-31");
        assert_eq!(d.add_months(-1).as_str(), "2025-12-31");
        assert_eq!(
            Day::parse("2026-03-15").unwrap().add_months(-14).as_str(),
            "2025-01-15"
        );
    }

    #[test]
    fn today_is_a_day_and_nothing_finer() {
        let day = Day::today();
        let parts: Vec<&str> = day.as_str().split('-').collect();
        assert_eq!(parts.len(), 3, "{day:?}");
        assert_eq!(parts[0].len(), 4);
        assert_eq!(parts[1].len(), 2);
        assert_eq!(parts[2].len(), 2);
        assert!(day
            .as_str()
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'-'));
    }

    #[test]
    fn days_parse_subtract_and_sort() {
        let day = Day::parse("2026-03-01").unwrap();
        assert_eq!(day.minus_days(1).as_str(), "2026-02-28");
        assert_eq!(day.minus_days(90).as_str(), "2025-12-01");
        assert!(day.minus_days(1) < day);
        assert_eq!(Day::parse("2026-3-1"), None);
        assert_eq!(Day::parse("2026-03-01T10:00"), None);
    }
}
