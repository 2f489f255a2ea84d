//! The humility check measured on a labelled corpus of first-contact drafts
//! (tests/fixtures/humility/drafts.txt; its README gives the format).
//!
//! A draft is right when the set of rules the check raises equals its label
//! set exactly. Per rule, precision is the share of drafts where the rule was
//! raised that were labelled with it, and recall the share of drafts labelled
//! with it where it was raised. Drafts whose id is a multiple of 4 are held
//! out: no rule was tuned against them, and their figures are shown apart.
//! The test fails when overall accuracy falls below 95% or any rule's recall
//! below 90%, on the whole corpus.

use std::collections::BTreeSet;
use std::time::Instant;

use chrono::{NaiveDate, Utc};
use common_ground::guide::humility::{Context, Rule, check, review};
use common_ground::model::{Channel, Partner, PublicEvent, RecordId, TaxStatus};

const CORPUS: &str = include_str!("fixtures/humility/drafts.txt");
const MIN_ACCURACY: f64 = 0.95;
const MIN_RECALL: f64 = 0.90;

/// One labelled draft.
struct Draft {
    id: u32,
    channel: Channel,
    labels: BTreeSet<Rule>,
    text: String,
}

impl Draft {
    fn held_out(&self) -> bool {
        self.id.is_multiple_of(4)
    }
}

fn parse(corpus: &str) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    for line in corpus.lines() {
        if let Some(header) = line.strip_prefix("=== ") {
            let header = header.split(" -- ").next().unwrap();
            let (id_and_channel, labels) =
                header.split_once(':').expect("a colon after the channel");
            let (id, channel) = id_and_channel
                .trim()
                .split_once(' ')
                .expect("an id and a channel");
            let channel = match channel {
                "email" => Channel::Email,
                "phone" => Channel::PhoneCall,
                "in-person" => Channel::AtTheirEvent,
                other => panic!("draft {id}: unknown channel {other}"),
            };
            let labels = labels
                .split_whitespace()
                .filter(|label| *label != "none")
                .map(|label| {
                    Rule::from_key(label)
                        .unwrap_or_else(|| panic!("draft {id}: unknown rule {label}"))
                })
                .collect();
            drafts.push(Draft {
                id: id.parse().expect("a numeric id"),
                channel,
                labels,
                text: String::new(),
            });
        } else if let Some(draft) = drafts.last_mut() {
            draft.text.push_str(line);
            draft.text.push('\n');
        } else {
            assert!(
                line.is_empty() || line.starts_with('#'),
                "text before the first draft: {line}"
            );
        }
    }
    for draft in &mut drafts {
        draft.text = draft.text.trim().to_owned();
    }
    drafts
}

/// Casa del Trabajador, researched in full: every draft is written to them.
fn casa() -> Partner {
    let now = Utc::now();
    let mut partner = Partner::new("Casa del Trabajador", now).unwrap();
    partner.organization.tax_status = TaxStatus::Charity501c3;
    partner.organization.community_served =
        "Day laborers and domestic workers, mostly Latino immigrants in the Flats".into();
    partner.organization.other_focus_areas = "Immigrant rights".into();
    partner.organization.affiliation = "National Day Laborer Organizing Network".into();
    partner.research.mission = "We empower day laborers and domestic workers to defend their rights and win fair pay, safe jobs and dignity.".into();
    partner.research.how_they_work = "A worker-run hiring hall, monthly membership assemblies, know-your-rights trainings and a leadership school.".into();
    partner.research.theory_of_change =
        "Workers who know their rights and act together shift power on the job and at city hall."
            .into();
    partner.research.current_issues = "A wage theft ordinance before the city council; heat safety protections for outdoor workers.".into();
    partner.research.tactics =
        "Worker committees, testimony at public hearings, rallies at job sites, legal clinics."
            .into();
    for (title, day) in [
        ("Heat safety rally at City Hall", 12),
        ("Know Your Rights workshop", 19),
        ("Domestic workers' cafecito", 22),
    ] {
        partner.events.push(PublicEvent {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: NaiveDate::from_ymd_opt(2026, 12, day),
            title: title.into(),
            place: "Casa del Trabajador".into(),
        });
    }
    partner
}

fn raised(draft: &Draft, partner: &Partner) -> BTreeSet<Rule> {
    check(&draft.text, &Context::for_partner(partner, draft.channel))
        .into_iter()
        .map(|flag| flag.rule)
        .collect()
}

/// Counts for one set of drafts.
#[derive(Default)]
struct Score {
    drafts: usize,
    right: usize,
    /// Per rule: raised and labelled, raised only, labelled only.
    per_rule: Vec<(Rule, usize, usize, usize)>,
}

impl Score {
    fn new() -> Self {
        Self {
            per_rule: Rule::ALL.iter().map(|rule| (*rule, 0, 0, 0)).collect(),
            ..Self::default()
        }
    }

    fn add(&mut self, labels: &BTreeSet<Rule>, raised: &BTreeSet<Rule>) {
        self.drafts += 1;
        self.right += usize::from(labels == raised);
        for (rule, both, raised_only, labelled_only) in &mut self.per_rule {
            match (raised.contains(rule), labels.contains(rule)) {
                (true, true) => *both += 1,
                (true, false) => *raised_only += 1,
                (false, true) => *labelled_only += 1,
                (false, false) => {}
            }
        }
    }

    fn accuracy(&self) -> f64 {
        self.right as f64 / self.drafts.max(1) as f64
    }

    fn recall(&self, rule: Rule) -> f64 {
        let (_, both, _, labelled_only) = self.per_rule.iter().find(|(r, ..)| *r == rule).unwrap();
        ratio(*both, both + labelled_only)
    }

    fn report(&self, name: &str) {
        println!(
            "{name}: {} drafts, accuracy {:.1}% ({} of {} right)",
            self.drafts,
            100.0 * self.accuracy(),
            self.right,
            self.drafts
        );
        println!(
            "  {:<12} {:>9} {:>9} {:>9}",
            "rule", "precision", "recall", "labelled"
        );
        for (rule, both, raised_only, labelled_only) in &self.per_rule {
            println!(
                "  {:<12} {:>8.1}% {:>8.1}% {:>9}",
                rule.key(),
                100.0 * ratio(*both, both + raised_only),
                100.0 * ratio(*both, both + labelled_only),
                both + labelled_only
            );
        }
    }
}

/// A share, counting an empty one as perfect.
fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

fn keys(rules: &BTreeSet<Rule>) -> String {
    let keys: Vec<&str> = rules.iter().map(|rule| rule.key()).collect();
    if keys.is_empty() {
        "none".into()
    } else {
        keys.join(" ")
    }
}

#[test]
fn the_corpus_is_large_varied_and_well_formed() {
    let drafts = parse(CORPUS);
    assert!(drafts.len() >= 150, "{} drafts", drafts.len());
    let humble = drafts
        .iter()
        .filter(|draft| draft.labels.is_empty())
        .count();
    assert!(
        humble >= 70 && drafts.len() - humble >= 70,
        "{humble} humble of {}",
        drafts.len()
    );
    let ids: BTreeSet<u32> = drafts.iter().map(|draft| draft.id).collect();
    assert_eq!(ids.len(), drafts.len(), "ids are unique");
    for channel in Channel::ALL {
        assert!(
            drafts
                .iter()
                .filter(|draft| draft.channel == channel)
                .count()
                >= 15,
            "{channel:?}"
        );
    }
    for rule in Rule::ALL {
        assert!(
            drafts.iter().any(|draft| draft.labels.contains(&rule)),
            "{rule:?} is never expected"
        );
    }
    for draft in &drafts {
        assert!(!draft.text.is_empty(), "draft {} is empty", draft.id);
        assert!(
            !(draft.channel == Channel::AtTheirEvent
                && draft.labels.contains(&Rule::NoOfferToGoToThem)),
            "draft {}: at their event, no offer is needed",
            draft.id
        );
    }
    assert!(drafts.iter().filter(|draft| draft.held_out()).count() * 4 >= drafts.len() - 3);
}

#[test]
fn the_check_agrees_with_the_labels() {
    let partner = casa();
    let drafts = parse(CORPUS);
    let (mut tuning, mut held_out, mut all) = (Score::new(), Score::new(), Score::new());
    for draft in &drafts {
        let raised = raised(draft, &partner);
        if raised != draft.labels {
            println!(
                "draft {}{}: expected {}, raised {}",
                draft.id,
                if draft.held_out() { " (held out)" } else { "" },
                keys(&draft.labels),
                keys(&raised)
            );
        }
        all.add(&draft.labels, &raised);
        if draft.held_out() {
            &mut held_out
        } else {
            &mut tuning
        }
        .add(&draft.labels, &raised);
    }
    tuning.report("tuning set");
    held_out.report("held-out set");
    all.report("whole corpus");
    assert!(
        all.accuracy() >= MIN_ACCURACY,
        "accuracy {:.3}",
        all.accuracy()
    );
    for rule in Rule::ALL {
        assert!(
            all.recall(rule) >= MIN_RECALL,
            "{rule:?} recall {:.3}",
            all.recall(rule)
        );
    }
}

/// The median of `runs` timings of `work`, in milliseconds.
fn median_ms(runs: usize, mut work: impl FnMut(usize)) -> f64 {
    let mut timings: Vec<f64> = (0..runs)
        .map(|run| {
            let start = Instant::now();
            work(run);
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    timings.sort_by(f64::total_cmp);
    timings[timings.len() / 2]
}

/// A benchmark, not a test: run it with
/// `cargo test --release --test humility_corpus -- --ignored --nocapture keystroke`.
#[test]
#[ignore = "benchmark: prints the time a keystroke's check takes"]
fn keystroke_check_of_a_180_word_draft() {
    let partner = casa();
    let sentence = "We read about your heat safety campaign and would love to hear what your members need most this summer. ";
    let mut draft = String::new();
    while draft.split_whitespace().count() < 180 {
        draft.push_str(sentence);
    }
    let context = Context::for_partner(&partner, Channel::Email);
    let check_ms = median_ms(200, |run| {
        let typed = format!("{draft}{}", "x".repeat(run % 7));
        std::hint::black_box(review(&typed, &context));
    });
    let research_ms = median_ms(200, |_| {
        std::hint::black_box(Context::for_partner(&partner, Channel::Email));
    });
    println!(
        "{}-word draft: check median {check_ms:.3} ms; research words derived in {research_ms:.3} ms",
        draft.split_whitespace().count()
    );
}

#[test]
#[ignore = "prints what the check found in one draft: DRAFT=<id>"]
fn explain_one_draft() {
    let id: u32 = std::env::var("DRAFT").unwrap().parse().unwrap();
    let partner = casa();
    let draft = parse(CORPUS)
        .into_iter()
        .find(|draft| draft.id == id)
        .unwrap();
    println!(
        "{:#?}",
        review(&draft.text, &Context::for_partner(&partner, draft.channel))
    );
}
