//! How a call reads in the visitor's language: its status, its dates in the call's own time zone, the time
//! left before the deadline, amounts with their currency, its eligibility rules as plain sentences, its
//! criteria and questions as the public page and the editor show them.
//!
//! Everything here is a pure function of a [`CallView`] (or a part of it) and a [`Lang`]; nothing reads the
//! database or decides anything: the domain does.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use domain::calls::service::{CallView, Phase};
use domain::calls::translations::Reading;
use domain::calls::{CallState, CriterionView, EligibilityRule, QuestionView};
use domain::money::Currency;
use domain::{Arg, Message};
use rust_decimal::Decimal;

/// Numbers and amounts are written by the shared formatters, so that pages and emails agree.
pub use crate::i18n::format::{amount, amount_of_minor, decimal};
use crate::i18n::{Lang, format, places};

/// The catalog key of a call's state, as managers see it.
pub fn state_key(state: CallState) -> &'static str {
    match state {
        CallState::Draft => "state-draft",
        CallState::Open => "state-open",
        CallState::Closed => "state-closed",
        CallState::Reviewing => "state-reviewing",
        CallState::Decided => "state-decided",
        CallState::Archived => "state-archived",
    }
}

/// The catalog key of where a call stands for the public: whether one can apply now or soon, else its state.
pub fn status_key(view: &CallView, now: DateTime<Utc>) -> &'static str {
    match view.phase(now) {
        Phase::Upcoming => "call-status-upcoming",
        Phase::Open => "call-status-open",
        Phase::Draft | Phase::Past => state_key(view.state),
    }
}

/// The style of a status tag: open calls stand out, upcoming ones are announced, the rest are quiet.
pub fn status_class(view: &CallView, now: DateTime<Utc>) -> &'static str {
    match view.phase(now) {
        Phase::Open => "tag-success",
        Phase::Upcoming | Phase::Draft => "tag-warning",
        Phase::Past => "tag-muted",
    }
}

/// The call's display time zone; UTC if the stored name is not one (it always is, the domain checks it).
pub fn time_zone_of(name: &str) -> Tz {
    name.parse().unwrap_or(Tz::UTC)
}

/// How long until a deadline, in the two largest units that matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeLeft {
    /// A day or more.
    Days {
        /// Whole days.
        days: u64,
        /// Whole hours beyond the days.
        hours: u64,
    },
    /// Less than a day.
    Hours {
        /// Whole hours.
        hours: u64,
        /// Minutes beyond the hours.
        minutes: u64,
    },
    /// Less than an hour.
    Minutes(u64),
}

impl TimeLeft {
    /// The time from `now` to `deadline`, or `None` once it has passed. Minutes are rounded up, so that "1
    /// minute left" is shown until the very end rather than "0 minutes".
    pub fn until(now: DateTime<Utc>, deadline: DateTime<Utc>) -> Option<TimeLeft> {
        let seconds = u64::try_from((deadline - now).num_seconds()).ok()?;
        if seconds == 0 {
            return None;
        }
        let minutes = seconds.div_ceil(60);
        let (days, hours, minutes) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
        Some(if days > 0 {
            TimeLeft::Days { days, hours }
        } else if hours > 0 {
            TimeLeft::Hours { hours, minutes }
        } else {
            TimeLeft::Minutes(minutes)
        })
    }

    /// "12 days 3 hours left", with each number's plural form chosen by the language's rules.
    pub fn phrase(self, lang: Lang) -> String {
        match self {
            TimeLeft::Days { days, hours } => {
                lang.t_numbers("call-time-left-days", &[("days", days), ("hours", hours)])
            }
            TimeLeft::Hours { hours, minutes } => lang.t_numbers(
                "call-time-left-hours",
                &[("hours", hours), ("minutes", minutes)],
            ),
            TimeLeft::Minutes(minutes) => {
                lang.t_numbers("call-time-left-minutes", &[("minutes", minutes)])
            }
        }
    }
}

/// The language a call's own texts are shown in when it is not the page's: for their `lang` and `dir`
/// attributes, with a note when the reader's language is not one the call is published in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentLanguage {
    /// The BCP 47 code.
    pub code: &'static str,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// Why the texts are not in the reader's language, if so.
    pub note: Option<String>,
}

/// How a page in `lang` shows texts read as `reading` says; `None` when they are in the page's language
/// (or the programme names none).
pub fn content_language(lang: Lang, reading: &Reading) -> Option<ContentLanguage> {
    let shown = Lang::from(reading.shown?);
    if shown == lang {
        return None;
    }
    let note = reading.fallback.then(|| {
        let languages: Vec<&str> = reading
            .languages
            .iter()
            .map(|language| Lang::from(*language).native_name())
            .collect();
        lang.t_args(
            "call-language-fallback",
            &[
                ("shown", shown.native_name()),
                ("languages", &languages.join(", ")),
            ],
        )
    });
    Some(ContentLanguage {
        code: shown.code(),
        dir: shown.dir(),
        note,
    })
}

/// A text's paragraphs (separated by blank lines), each as its lines; templates escape them.
pub fn paragraphs(text: &str) -> Vec<Vec<String>> {
    let mut paragraphs = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line.trim_end().to_owned());
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}

/// "between 10,000 and 500,000", "at least 2", "at most 5" (the domain's phrasing of ranges).
fn range(min: Option<String>, max: Option<String>) -> Arg {
    let message = match (min, max) {
        (Some(min), Some(max)) => Message::new("eligibility-range-between")
            .arg("min", min)
            .arg("max", max),
        (Some(min), None) => Message::new("eligibility-range-at-least").arg("min", min),
        (None, Some(max)) => Message::new("eligibility-range-at-most").arg("max", max),
        (None, None) => Message::new("eligibility-range-any"),
    };
    Arg::Message(Box::new(message))
}

/// What a rule demands, as one sentence of the language ("Applicants must be: Municipality, Province.").
/// Unlike the domain's verdicts, it describes the rule itself, not whether someone passes it.
pub fn rule_sentence(lang: Lang, rule: &EligibilityRule, currency: Currency) -> String {
    let number = |n: i64| format::integer(lang, n);
    let message = match rule {
        EligibilityRule::ApplicantKinds { kinds } => Message::new("rule-applicant-kinds")
            .arg_phrased(
                "kinds",
                Arg::List(
                    kinds
                        .iter()
                        .map(|kind| Arg::Message(Box::new(kind.label())))
                        .collect(),
                ),
            ),
        EligibilityRule::Population { min, max } => Message::new("rule-population")
            .arg_phrased("range", range(min.map(number), max.map(number))),
        EligibilityRule::Location {
            countries,
            subdivisions,
        } => Message::new("rule-location").arg_phrased(
            "places",
            Arg::List(
                countries
                    .iter()
                    .map(|code| Arg::Text(places::country_name(lang, code)))
                    .chain(
                        subdivisions
                            .iter()
                            .map(|code| Arg::Text(places::subdivision_label(lang, code))),
                    )
                    .collect(),
            ),
        ),
        EligibilityRule::Prerequisites { required } => Message::new("rule-prerequisites")
            .arg_phrased(
                "required",
                Arg::List(required.iter().map(|p| Arg::Text(p.name.clone())).collect()),
            ),
        EligibilityRule::Consortium { minimums } => Message::new("rule-consortium").arg_phrased(
            "minimums",
            Arg::List(
                minimums
                    .iter()
                    .map(|m| {
                        Arg::Message(Box::new(
                            Message::new("rule-consortium-minimum")
                                .arg_phrased("kind", Arg::Message(Box::new(m.kind.label())))
                                .arg("minimum", m.minimum),
                        ))
                    })
                    .collect(),
            ),
        ),
        EligibilityRule::RequestedAmount {
            min_minor,
            max_minor,
        } => {
            let show = |minor: i64| amount_of_minor(lang, minor, currency);
            Message::new("rule-requested-amount")
                .arg_phrased("range", range(min_minor.map(show), max_minor.map(show)))
        }
        EligibilityRule::CoFunding { min_share_percent } => {
            Message::new("rule-cofunding").arg("share", format::percent(lang, *min_share_percent))
        }
    };
    lang.message(&message)
}

/// A criterion as pages list it.
pub struct CriterionLine {
    /// Its position (1-based), which tie-break orders refer to.
    pub position: i32,
    /// Title.
    pub title: String,
    /// What reviewers look for.
    pub guidance: String,
    /// The weight, written in the language.
    pub weight: String,
    /// The weight's share of the total, in percent, written in the language.
    pub share: String,
    /// Highest score.
    pub max_score: i32,
    /// Lowest score that qualifies, if any.
    pub min_score: Option<i32>,
}

/// The criteria of a call with each weight's share of the total, so that a reader sees what counts most.
pub fn criterion_lines(lang: Lang, criteria: &[CriterionView]) -> Vec<CriterionLine> {
    let total: Decimal = criteria.iter().map(|c| c.weight).sum();
    criteria
        .iter()
        .map(|c| {
            let share = if total.is_zero() {
                Decimal::ZERO
            } else {
                (c.weight * Decimal::ONE_HUNDRED / total).round_dp(1)
            };
            CriterionLine {
                position: c.position,
                title: c.title.clone(),
                guidance: c.guidance.clone(),
                weight: decimal(lang, &c.weight.normalize().to_string()),
                share: format::percent(lang, share),
                max_score: c.max_score,
                min_score: c.min_score,
            }
        })
        .collect()
}

/// A custom question as pages list it.
pub struct QuestionLine {
    /// The question.
    pub prompt: String,
    /// Help shown under it.
    pub help: String,
    /// The kind of answer, translated.
    pub kind: String,
    /// Whether an answer is required.
    pub required: bool,
    /// Limits on the answer, as sentences.
    pub limits: Vec<String>,
    /// The choices offered, if it is a choice question.
    pub choices: Vec<String>,
}

/// The catalog key of a question kind's label (`question-kind-short-text`).
pub fn question_kind_key(kind: &str) -> String {
    format!("question-kind-{}", kind.replace('_', "-"))
}

/// The questions of a call with their limits in words.
pub fn question_lines(lang: Lang, questions: &[QuestionView]) -> Vec<QuestionLine> {
    questions
        .iter()
        .map(|q| {
            let mut limits = Vec::new();
            if let Some(max) = q.max_length {
                limits.push(lang.t_count(
                    "question-limit-length",
                    "max",
                    u64::try_from(max).unwrap_or(0),
                ));
            }
            if q.min_number.is_some() || q.max_number.is_some() {
                let number = |n: &Option<Decimal>| n.map(|n| decimal(lang, &n.to_string()));
                limits.push(
                    lang.message(
                        &Message::new("question-limit-number").arg_phrased(
                            "range",
                            range(number(&q.min_number), number(&q.max_number)),
                        ),
                    ),
                );
            }
            let key = question_kind_key(q.kind.as_str());
            QuestionLine {
                prompt: q.prompt.clone(),
                help: q.help.clone(),
                kind: if lang.has(&key) {
                    lang.t(&key)
                } else {
                    q.kind.as_str().to_owned()
                },
                required: q.required,
                limits,
                choices: q.choices.clone(),
            }
        })
        .collect()
}

/// The regional quotas of a call as sentences ("Kasserine (TN-42): between 1 and 3").
pub fn quota_sentences(lang: Lang, view: &CallView) -> Vec<String> {
    view.quotas
        .iter()
        .map(|quota| {
            let count = |n: Option<i32>| n.map(|n| format::integer(lang, i64::from(n)));
            lang.message(
                &Message::new("call-quota")
                    .arg(
                        "subdivision",
                        places::subdivision_label(lang, &quota.subdivision),
                    )
                    .arg_phrased(
                        "range",
                        range(count(quota.min_awards), count(quota.max_awards)),
                    ),
            )
        })
        .collect()
}

/// A call's deadline in its time zone, or, for a rolling call, which has none, that it is open until closed.
pub fn deadline_text(lang: Lang, deadline: Option<DateTime<Utc>>, tz: Tz) -> String {
    match deadline {
        Some(at) => format::date_time(lang, at, tz),
        None => lang.t("call-rolling-no-deadline"),
    }
}

#[cfg(test)]
mod tests {
    use domain::calls::eligibility::{KindMinimum, RequiredPrerequisite};
    use domain::organisations::OrganisationKind;

    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn time_left_takes_the_two_largest_units() {
        let deadline = at("2027-01-31T23:59:00Z");
        let before = |seconds: i64| deadline - chrono::Duration::seconds(seconds);
        assert_eq!(
            TimeLeft::until(before(12 * 86_400 + 3 * 3600 + 120), deadline),
            Some(TimeLeft::Days { days: 12, hours: 3 })
        );
        assert_eq!(
            TimeLeft::until(before(5 * 3600 + 30 * 60), deadline),
            Some(TimeLeft::Hours {
                hours: 5,
                minutes: 30
            })
        );
        assert_eq!(
            TimeLeft::until(before(1), deadline),
            Some(TimeLeft::Minutes(1))
        );
        assert_eq!(TimeLeft::until(deadline, deadline), None);
        assert_eq!(TimeLeft::until(before(-60), deadline), None);
    }

    #[test]
    fn time_left_reads_naturally_with_plurals_in_every_language() {
        let twelve = TimeLeft::Days { days: 12, hours: 3 };
        assert_eq!(twelve.phrase(Lang::En), "12 days 3 hours left");
        assert_eq!(twelve.phrase(Lang::Es), "Quedan 12 días y 3 horas");
        assert_eq!(twelve.phrase(Lang::Fr), "Il reste 12 jours et 3 heures");
        let one = TimeLeft::Days { days: 1, hours: 1 };
        assert_eq!(one.phrase(Lang::En), "1 day 1 hour left");
        assert_eq!(one.phrase(Lang::Es), "Queda 1 día y 1 hora");
        let whole_days = TimeLeft::Days { days: 2, hours: 0 };
        assert_eq!(whole_days.phrase(Lang::En), "2 days left");
        assert_eq!(whole_days.phrase(Lang::Fr), "Il reste 2 jours");
        assert_eq!(
            TimeLeft::Hours {
                hours: 1,
                minutes: 0
            }
            .phrase(Lang::En),
            "1 hour left"
        );
        assert_eq!(TimeLeft::Minutes(1).phrase(Lang::En), "1 minute left");
        assert_eq!(TimeLeft::Minutes(5).phrase(Lang::Es), "Quedan 5 minutos");
        for lang in Lang::ALL {
            for left in [
                twelve,
                one,
                whole_days,
                TimeLeft::Hours {
                    hours: 2,
                    minutes: 1,
                },
                TimeLeft::Minutes(59),
            ] {
                let text = left.phrase(lang);
                assert!(!text.contains('{') && !text.contains("  "), "{text}");
            }
        }
    }

    #[test]
    fn amounts_are_grouped_as_each_language_writes_them() {
        let tnd = Currency::parse("TND").unwrap();
        let budget = domain::money::Money::parse("500000", tnd).unwrap();
        assert_eq!(amount(Lang::En, budget, tnd), "500,000.000 TND");
        assert_eq!(amount(Lang::Es, budget, tnd), "500.000,000 TND");
        assert_eq!(amount(Lang::Fr, budget, tnd), "500\u{202f}000,000 TND");
        assert_eq!(amount(Lang::De, budget, tnd), "500.000,000 TND");
        // Arabic as written in Tunisia: Latin digits, the Maghreb's separators, isolated from the sentence.
        assert_eq!(
            amount(Lang::Ar, budget, tnd),
            "\u{2068}500.000,000 TND\u{2069}"
        );
        assert_eq!(decimal(Lang::En, "999"), "999");
        assert_eq!(decimal(Lang::En, "1000"), "1,000");
        assert_eq!(decimal(Lang::En, "1234567.5"), "1,234,567.5");
        assert_eq!(decimal(Lang::En, "-1000"), "-1,000");
    }

    #[test]
    fn descriptions_keep_their_paragraphs_and_lines() {
        assert_eq!(
            paragraphs("First line\nsecond line\n\n  \nNext paragraph\n"),
            vec![
                vec!["First line".to_owned(), "second line".to_owned()],
                vec!["Next paragraph".to_owned()]
            ]
        );
        assert!(paragraphs("  \n").is_empty());
    }

    #[test]
    fn every_rule_reads_as_a_sentence_in_every_language() {
        let tnd = Currency::parse("TND").unwrap();
        let rules = [
            EligibilityRule::ApplicantKinds {
                kinds: vec![OrganisationKind::Municipality, OrganisationKind::Province],
            },
            EligibilityRule::Population {
                min: Some(10_000),
                max: None,
            },
            EligibilityRule::Location {
                countries: vec!["TN".into()],
                subdivisions: vec!["AR-B".into()],
            },
            EligibilityRule::Prerequisites {
                required: vec![RequiredPrerequisite {
                    id: uuid::Uuid::now_v7(),
                    name: "Open government training".into(),
                }],
            },
            EligibilityRule::Consortium {
                minimums: vec![
                    KindMinimum {
                        kind: OrganisationKind::Municipality,
                        minimum: 2,
                    },
                    KindMinimum {
                        kind: OrganisationKind::CivilSociety,
                        minimum: 1,
                    },
                ],
            },
            EligibilityRule::RequestedAmount {
                min_minor: Some(10_000_000),
                max_minor: Some(50_000_000),
            },
            EligibilityRule::CoFunding {
                min_share_percent: Decimal::new(105, 1),
            },
        ];
        let english: Vec<String> = rules
            .iter()
            .map(|rule| rule_sentence(Lang::En, rule, tnd))
            .collect();
        assert_eq!(english[0], "Applicants must be: Municipality, Province.");
        assert_eq!(
            english[1],
            "The applicant’s population must be at least 10,000."
        );
        assert_eq!(
            english[4],
            "The application must come from a consortium with Municipality (at least 2), Civil-society organisation (at least 1)."
        );
        assert_eq!(
            english[5],
            "The requested amount must be between 10,000.000 TND and 50,000.000 TND."
        );
        assert!(english[6].contains("at least 10.5% of"), "{}", english[6]);
        assert_eq!(
            english[2],
            "Applicants must be located in: Tunisia, Buenos Aires (AR-B)."
        );
        assert!(rule_sentence(Lang::Fr, &rules[6], tnd).contains("10,5"));
        for lang in Lang::ALL {
            for rule in &rules {
                let text = rule_sentence(lang, rule, tnd);
                assert!(
                    !text.contains('{') && !text.contains("rule-") && !text.contains("kind-"),
                    "{lang:?}: {text}"
                );
            }
        }
    }
}
