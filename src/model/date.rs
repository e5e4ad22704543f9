//! Calendar dates: stored as ISO `YYYY-MM-DD`, shown the Finnish way (`30.5.2024`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A calendar date that exists (no 30 February).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date(time::Date);

/// Why a typed date was not accepted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not of the form d.m.yyyy or yyyy-mm-dd.
    #[error("not a date (expected d.m.yyyy or yyyy-mm-dd): {0:?}")]
    Shape(String),
    /// The form is right but the day does not exist.
    #[error("no such day: {0:?}")]
    NoSuchDay(String),
}

impl Date {
    /// A date from its parts, if that day exists.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Date> {
        let month = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month, day).ok().map(Date)
    }

    /// Year, month (1-12) and day.
    pub fn ymd(self) -> (i32, u8, u8) {
        (self.0.year(), u8::from(self.0.month()), self.0.day())
    }

    /// ISO 8601 form, as stored in files.
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// The Finnish form `30.5.2024` (also used in Swedish; English uses `30 May 2024`).
    pub fn finnish(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{d}.{m}.{y}")
    }

    /// The date as a notice in `lang` writes it.
    pub fn display(self, lang: super::Lang) -> String {
        match lang {
            super::Lang::Fi | super::Lang::Sv => self.finnish(),
            super::Lang::En => {
                let (y, _, d) = self.ymd();
                format!("{d} {} {y}", self.0.month())
            }
        }
    }

    /// Days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i64 {
        (other.0 - self.0).whole_days()
    }

    /// The same day `months` months later (clamped to the month's last day).
    pub fn add_months(self, months: u32) -> Date {
        let (y, m, d) = self.ymd();
        let total = i64::from(y) * 12 + i64::from(m) - 1 + i64::from(months);
        let ny = i32::try_from(total.div_euclid(12)).unwrap_or(i32::MAX);
        let nm = u8::try_from(total.rem_euclid(12) + 1).unwrap_or(1);
        (1..=d).rev().find_map(|day| Date::from_ymd(ny, nm, day)).unwrap_or(self)
    }
}

impl From<time::Date> for Date {
    /// A calendar date, e.g. today's as a shell reads it from the clock
    /// (`time::OffsetDateTime::now_local()`); the model never reads the clock itself.
    fn from(date: time::Date) -> Date {
        Date(date)
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// Accepts `d.m.yyyy` (leading zeros optional) and ISO `yyyy-mm-dd`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let parts: Vec<&str> = if t.contains('.') {
            t.split('.').collect()
        } else {
            let mut p: Vec<&str> = t.split('-').collect();
            p.reverse();
            p
        };
        let [d, m, y] = parts.as_slice() else {
            return Err(DateError::Shape(s.to_owned()));
        };
        let digits = |x: &str, max: usize| !x.is_empty() && x.len() <= max && x.bytes().all(|b| b.is_ascii_digit());
        if !(digits(d, 2) && digits(m, 2) && y.len() == 4 && digits(y, 4)) {
            return Err(DateError::Shape(s.to_owned()));
        }
        let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u8>(), m.parse::<u8>(), y.parse::<i32>()) else {
            return Err(DateError::Shape(s.to_owned()));
        };
        Date::from_ymd(y, m, d).ok_or_else(|| DateError::NoSuchDay(s.to_owned()))
    }
}

impl fmt::Display for Date {
    /// The Finnish form, `30.5.2024`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finnish())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if !s.contains('-') {
            return Err(serde::de::Error::custom(format!("date {s:?} must be written yyyy-mm-dd in the file")));
        }
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_finnish_and_iso() {
        assert_eq!("30.5.2024".parse::<Date>(), Ok(Date::from_ymd(2024, 5, 30).unwrap()));
        assert_eq!("03.05.2024".parse::<Date>().unwrap().finnish(), "3.5.2024");
        assert_eq!("2024-05-30".parse::<Date>().unwrap().iso(), "2024-05-30");
    }

    #[test]
    fn refuses_days_that_do_not_exist() {
        assert!(matches!("30.2.2024".parse::<Date>(), Err(DateError::NoSuchDay(_))));
        assert!(matches!("2023-02-29".parse::<Date>(), Err(DateError::NoSuchDay(_))));
        assert!(matches!("huomenna".parse::<Date>(), Err(DateError::Shape(_))));
        assert!(matches!("1.1.24".parse::<Date>(), Err(DateError::Shape(_))));
    }

    #[test]
    fn adds_months_clamping_to_month_end() {
        let d = Date::from_ymd(2024, 1, 31).unwrap();
        assert_eq!(d.add_months(1).iso(), "2024-02-29");
        assert_eq!(d.add_months(12).iso(), "2025-01-31");
    }
}
