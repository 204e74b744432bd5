//! Coarse time: the day, never the hour. Stored as `YYYY-MM-DD` (UTC).

use time::macros::format_description;
use time::OffsetDateTime;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Day(String);

impl Day {
    pub fn today() -> Self {
        let format = format_description!("[year]-[month]-[day]");
        Self(
            OffsetDateTime::now_utc()
                .date()
                .format(&format)
                .expect("a date formats as YYYY-MM-DD"),
        )
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn today_is_a_day_and_nothing_finer() {
        let day = super::Day::today();
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
}
