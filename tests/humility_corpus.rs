//! The humility check measured on labelled corpora of first-contact drafts
//! (tests/fixtures/humility/; its README gives the format). Each file holds
//! drafts to one researched partner and says which of its drafts are held out.
//!
//! A draft is right when the set of rules the check raises equals its label
//! set exactly. Per rule, precision is the share of drafts where the rule was
//! raised that were labelled with it, and recall the share of drafts labelled
//! with it where it was raised. Held-out drafts were written blind and no rule
//! was tuned against them; their figures are shown apart. The test fails when
//! overall accuracy falls below 95% or any rule's recall below 90%, on the
//! whole corpus.

use std::collections::BTreeSet;
use std::time::Instant;

use chrono::{NaiveDate, Utc};
use common_ground::guide::humility::{Context, Rule, check, review};
use common_ground::model::{Channel, Partner, PublicEvent, RecordId, TaxStatus};

/// The corpus files, by name.
const CORPORA: &[(&str, &str)] = &[
    ("access.txt", include_str!("fixtures/humility/access.txt")),
    ("casa.txt", include_str!("fixtures/humility/casa.txt")),
    ("church.txt", include_str!("fixtures/humility/church.txt")),
    ("madres.txt", include_str!("fixtures/humility/madres.txt")),
    ("mosque.txt", include_str!("fixtures/humility/mosque.txt")),
    ("tenants.txt", include_str!("fixtures/humility/tenants.txt")),
    ("youth.txt", include_str!("fixtures/humility/youth.txt")),
];
const MIN_ACCURACY: f64 = 0.95;
const MIN_RECALL: f64 = 0.90;

/// One labelled draft.
struct Draft {
    /// The file and id, as "casa.txt 16".
    name: String,
    partner: &'static str,
    held_out: bool,
    channel: Channel,
    labels: BTreeSet<Rule>,
    text: String,
}

/// Which drafts of a file are held out, as its `# held out:` line says.
fn held_out_rule(file: &str, setting: &str) -> fn(u32) -> bool {
    match setting {
        "all" => |_| true,
        "none" => |_| false,
        "every 4th" => |id| id.is_multiple_of(4),
        other => panic!("{file}: unknown held-out setting {other}"),
    }
}

fn parse(file: &str, corpus: &'static str) -> Vec<Draft> {
    let mut partner = None;
    let mut held_out: Option<fn(u32) -> bool> = None;
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
                other => panic!("{file} {id}: unknown channel {other}"),
            };
            let labels = labels
                .split_whitespace()
                .filter(|label| *label != "none")
                .map(|label| {
                    Rule::from_key(label)
                        .unwrap_or_else(|| panic!("{file} {id}: unknown rule {label}"))
                })
                .collect();
            let id: u32 = id.parse().expect("a numeric id");
            drafts.push(Draft {
                name: format!("{file} {id}"),
                partner: partner.unwrap_or_else(|| panic!("{file}: no `# partner:` line")),
                held_out: held_out.unwrap_or_else(|| panic!("{file}: no `# held out:` line"))(id),
                channel,
                labels,
                text: String::new(),
            });
        } else if let Some(draft) = drafts.last_mut() {
            draft.text.push_str(line);
            draft.text.push('\n');
        } else if let Some(key) = line.strip_prefix("# partner: ") {
            partner = Some(key.trim());
        } else if let Some(setting) = line.strip_prefix("# held out: ") {
            held_out = Some(held_out_rule(file, setting.trim()));
        } else {
            assert!(
                line.is_empty() || line.starts_with('#'),
                "{file}: text before the first draft: {line}"
            );
        }
    }
    for draft in &mut drafts {
        draft.text = draft.text.trim().to_owned();
    }
    drafts
}

/// Every draft of every corpus file.
fn corpus() -> Vec<Draft> {
    CORPORA
        .iter()
        .flat_map(|(file, text)| parse(file, text))
        .collect()
}

/// The researched partner a corpus file writes to.
fn partner(key: &str) -> Partner {
    match key {
        "casa" => casa(),
        "tenants" => tenants(),
        "madres" => madres(),
        "mosque" => mosque(),
        "youth" => youth(),
        "access" => access(),
        "church" => church(),
        other => panic!("unknown partner {other}"),
    }
}

/// A partner with research notes and upcoming events.
fn researched(
    name: &str,
    tax_status: TaxStatus,
    notes: [&str; 8],
    events: &[(&str, u32)],
) -> Partner {
    let now = Utc::now();
    let mut partner = Partner::new(name, now).unwrap();
    let [
        community,
        focus,
        affiliation,
        mission,
        how,
        theory,
        issues,
        tactics,
    ] = notes;
    partner.organization.tax_status = tax_status;
    partner.organization.community_served = community.into();
    partner.organization.other_focus_areas = focus.into();
    partner.organization.affiliation = affiliation.into();
    partner.research.mission = mission.into();
    partner.research.how_they_work = how.into();
    partner.research.theory_of_change = theory.into();
    partner.research.current_issues = issues.into();
    partner.research.tactics = tactics.into();
    for (title, day) in events {
        partner.events.push(PublicEvent {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: NaiveDate::from_ymd_opt(2026, 12, *day),
            title: (*title).into(),
            place: name.into(),
        });
    }
    partner
}

/// Casa del Trabajador, a workers' center and 501(c)(3).
fn casa() -> Partner {
    researched(
        "Casa del Trabajador",
        TaxStatus::Charity501c3,
        [
            "Day laborers and domestic workers, mostly Latino immigrants in the Flats",
            "Immigrant rights",
            "National Day Laborer Organizing Network",
            "We empower day laborers and domestic workers to defend their rights and win fair pay, safe jobs and dignity.",
            "A worker-run hiring hall, monthly membership assemblies, know-your-rights trainings and a leadership school.",
            "Workers who know their rights and act together shift power on the job and at city hall.",
            "A wage theft ordinance before the city council; heat safety protections for outdoor workers.",
            "Worker committees, testimony at public hearings, rallies at job sites, legal clinics.",
        ],
        &[
            ("Heat safety rally at City Hall", 12),
            ("Know Your Rights workshop", 19),
            ("Domestic workers' cafecito", 22),
        ],
    )
}

/// Riverside Tenants Union, whose tax status is not known.
fn tenants() -> Partner {
    researched(
        "Riverside Tenants Union",
        TaxStatus::Unknown,
        [
            "Renters in the Riverside and Mill Hill neighborhoods, many of them Black families and Haitian immigrants",
            "Housing, public transit",
            "Homes for All network",
            "Tenants organizing together for safe, affordable homes and a say in the decisions that shape our neighborhoods.",
            "Building committees in each apartment complex, a tenant hotline, monthly general meetings at Mount Zion church hall, door-knocking.",
            "When renters in a building act together, landlords and the city have to listen.",
            "Repairs and mold in the Mill Hill apartments; a rent stabilization ordinance before the city council; evictions rising since an investor bought three complexes.",
            "Rent strikes, negotiations with landlords, testimony at the housing committee, court watch for eviction hearings.",
        ],
        &[
            ("Tenant rights clinic", 5),
            ("Mill Hill building committee potluck", 10),
            ("Eviction defense training", 14),
        ],
    )
}

/// Comité de Madres del Valle, a mothers' environmental justice group and 501(c)(3).
fn madres() -> Partner {
    researched(
        "Comité de Madres del Valle",
        TaxStatus::Charity501c3,
        [
            "Latina mothers and grandmothers in the Valle Verde neighborhood next to the freight rail yard; many speak Spanish first",
            "Environmental justice, schools",
            "Regional Environmental Justice Alliance",
            "Mothers raising our voices for clean air, healthy schools and the dignity of our families.",
            "Kitchen-table meetings in members' homes, a promotoras program of trained neighbor health workers, Saturday air-monitoring walks, bilingual know-your-rights workshops.",
            "Mothers who document what their children breathe and speak together at school board and county meetings can change what officials allow.",
            "Diesel trucks idling by Valle Verde Elementary; asthma rates among children; a county permit for expanding the rail yard; school lunch quality.",
            "Air monitoring with handheld sensors, testimony at the county board, letters to the school district, community health fairs.",
        ],
        &[
            ("Saturday air walk", 6),
            ("Feria de salud / health fair", 13),
            ("Posada and year-end gathering", 20),
        ],
    )
}

/// Al-Noor Community Center, a 501(c)(3) serving refugee families.
fn mosque() -> Partner {
    researched(
        "Al-Noor Community Center",
        TaxStatus::Charity501c3,
        [
            "Somali, Yemeni and Afghan families on the North Side, many of them recently resettled refugees and taxi and warehouse workers",
            "Language access, youth",
            "Council of North Side Congregations",
            "A home for our neighbors to learn, pray and stand together for a fair and welcoming city.",
            "Friday community dinners, English and citizenship classes, a youth soccer league, a warehouse workers' committee that meets after evening prayer.",
            "Families who know each other and know their rights can win language access and fair treatment from employers and city agencies.",
            "Interpreters at the county hospital and in public schools; injuries and mandatory overtime at the Route 9 warehouses; a bus line to the warehouses cut last spring.",
            "Community listening sessions, meetings with school officials, testimony at the transit board, legal clinics with volunteer lawyers.",
        ],
        &[
            ("Community iftar-style dinner", 4),
            ("Citizenship class graduation", 11),
            ("Youth soccer winter tournament", 18),
        ],
    )
}

/// Southside Youth Power, a 501(c)(3) of students and young adults.
fn youth() -> Partner {
    researched(
        "Southside Youth Power",
        TaxStatus::Charity501c3,
        [
            "High school students and young adults on the South Side, mostly Black and Puerto Rican youth",
            "Education, policing",
            "Alliance for Educational Justice",
            "Young people leading the fight for schools that treat us as students, not suspects.",
            "Youth organizers trained through a summer fellowship, student unions in four high schools, weekly Thursday meetings at the Southside library branch, spoken word open mics.",
            "When students organize across schools and speak for themselves at the school board, adults in power have to answer to them.",
            "Police officers stationed in schools; counselors cut from the district budget; a student transit pass that expires in June.",
            "Student walkouts, testimony at school board meetings, surveys of students, murals and open mics.",
        ],
        &[
            ("Open mic night", 3),
            ("Student union assembly at Jefferson High", 9),
            ("Winter fellowship info session", 16),
        ],
    )
}

/// Access Now Coalition, a 501(c)(3) led by disabled people.
fn access() -> Partner {
    researched(
        "Access Now Coalition",
        TaxStatus::Charity501c3,
        [
            "Disabled residents of the county, many of them wheelchair users, Deaf residents and people living in group homes; led by disabled people",
            "Housing, transit",
            "National Council on Independent Living",
            "Nothing about us without us: disabled people leading the fight for a county we can all live in.",
            "A peer support network, monthly accessibility audits of public buildings with volunteers, an ASL-interpreted town hall each quarter, a ride-share pool for members.",
            "When disabled people document barriers themselves and bring them to officials together, the county fixes what it ignored.",
            "Broken elevators at the Central and Oak Street transit stations; paratransit rides cut to weekdays only; a shortage of accessible units in new housing.",
            "Accessibility audits, public comment at the transit authority, ADA complaints, sit-ins at inaccessible offices.",
        ],
        &[
            ("Quarterly town hall with ASL", 4),
            ("Elevator watch at Central Station", 10),
            ("Peer support holiday gathering", 17),
        ],
    )
}

/// Greater Bethel AME Social Justice Ministry, a congregation's 501(c)(3) ministry.
fn church() -> Partner {
    researched(
        "Greater Bethel AME Social Justice Ministry",
        TaxStatus::Charity501c3,
        [
            "The congregation and neighbors of the West End, a historically Black neighborhood facing rising property taxes; many elders and longtime homeowners",
            "Housing, health",
            "West End Community Land Trust",
            "Faith in action: keeping West End families in their homes and their neighborhood whole.",
            "A Sunday-after-service justice table, a senior tax-relief clinic, a food pantry every Wednesday, block captains who check on elders, a community land trust they helped found.",
            "When longtime residents own land together and show up as a congregation at City Hall, the West End stays in the hands of the people who built it.",
            "Property tax assessments jumping for longtime homeowners; a developer's plan for the old Carver school site; heat and cooling for elders during summer.",
            "Tax-appeal workshops, testimony at the zoning board, prayer vigils, land trust purchases, block captain phone trees.",
        ],
        &[
            ("Tax appeal workshop", 6),
            ("Wednesday food pantry", 3),
            ("Carver site community meeting", 15),
        ],
    )
}

fn raised(draft: &Draft) -> BTreeSet<Rule> {
    check(
        &draft.text,
        &Context::for_partner(&partner(draft.partner), draft.channel),
    )
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
    let drafts = corpus();
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
    let names: BTreeSet<&str> = drafts.iter().map(|draft| draft.name.as_str()).collect();
    assert_eq!(names.len(), drafts.len(), "ids are unique in each file");
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
        assert!(!draft.text.is_empty(), "{} is empty", draft.name);
        assert!(
            !(draft.channel == Channel::AtTheirEvent
                && draft.labels.contains(&Rule::NoOfferToGoToThem)),
            "{}: at their event, no offer is needed",
            draft.name
        );
    }
    let held_out = drafts.iter().filter(|draft| draft.held_out).count();
    assert!(
        held_out * 4 >= drafts.len(),
        "{held_out} of {} held out",
        drafts.len()
    );
}

#[test]
fn the_check_agrees_with_the_labels() {
    let (mut tuning, mut held_out, mut all) = (Score::new(), Score::new(), Score::new());
    for draft in &corpus() {
        let raised = raised(draft);
        if raised != draft.labels {
            println!(
                "{}{}: expected {}, raised {}",
                draft.name,
                if draft.held_out { " (held out)" } else { "" },
                keys(&draft.labels),
                keys(&raised)
            );
        }
        all.add(&draft.labels, &raised);
        if draft.held_out {
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
#[ignore = "prints what the check found in one draft: DRAFT='casa.txt 16'"]
fn explain_one_draft() {
    let name = std::env::var("DRAFT").unwrap();
    let draft = corpus()
        .into_iter()
        .find(|draft| draft.name == name)
        .unwrap();
    println!(
        "{:#?}",
        review(
            &draft.text,
            &Context::for_partner(&partner(draft.partner), draft.channel)
        )
    );
}
