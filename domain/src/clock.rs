//! The time services see. Production uses the system clock; tests set the time, so that deadlines can be
//! tested to the second without waiting.

use std::sync::{Arc, RwLock};

use chrono::{DateTime, Utc};

/// A clock: the system time unless a time has been set.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    fixed: Arc<RwLock<Option<DateTime<Utc>>>>,
}

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Self::default()
    }

    /// The current time.
    pub fn now(&self) -> DateTime<Utc> {
        self.fixed
            .read()
            .map(|fixed| fixed.unwrap_or_else(Utc::now))
            .unwrap_or_else(|_| Utc::now())
    }

    /// Stops the clock at `time` (tests), or lets it run again with `None`. Every copy of this clock sees
    /// the change.
    pub fn set(&self, time: Option<DateTime<Utc>>) {
        if let Ok(mut fixed) = self.fixed.write() {
            *fixed = time;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_time_is_seen_by_every_copy_until_released() {
        let clock = Clock::system();
        let copy = clock.clone();
        let moment: DateTime<Utc> = "2020-01-31T22:58:59Z".parse().unwrap();
        clock.set(Some(moment));
        assert_eq!(copy.now(), moment);
        clock.set(None);
        assert!(copy.now() > moment);
    }
}
