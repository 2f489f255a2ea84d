//! The demo workspace's story shows every part of the journey, on any day
//! it is opened: the facilitator's walk-through relies on each of these.

use chrono::NaiveDate;
use common_ground::guide::follow_through::losing_touch;
use common_ground::guide::humility::{Context, check};
use common_ground::guide::next_actions::{ActionKind, next_actions};
use common_ground::guide::reciprocity::Ledger;
use common_ground::model::{Channel, DraftStatus, Partner, Stage, demo_workspace};

#[test]
fn the_story_shows_every_part_of_the_journey() {
    let today = NaiveDate::from_ymd_opt(2027, 5, 20).unwrap();
    let workspace = demo_workspace(today).unwrap();
    let stages: Vec<Stage> = workspace.partners.iter().map(|p| p.stage).collect();
    for stage in Stage::ALL {
        assert!(stages.contains(&stage), "a partner at {stage:?}");
    }
    let coalition = &workspace.coalitions[0];
    assert_eq!(coalition.partner_ids.len(), 3, "a coalition of three");

    let draft = workspace
        .partners
        .iter()
        .find_map(|p| {
            let draft = p.drafts.iter().find(|d| d.status == DraftStatus::Draft)?;
            Some((p, draft))
        })
        .unwrap();
    let flags = check(
        &draft.1.body,
        &Context::for_partner(draft.0, Channel::Email),
    );
    assert!(flags.len() >= 2, "a draft with humility flags to fix");

    let partners = &workspace.partners;
    let has = |test: &dyn Fn(&Partner) -> bool| partners.iter().any(test);
    assert!(has(&|p| p
        .meetings
        .iter()
        .any(|m| m.after.held && !m.after.what_we_heard.is_empty())));
    assert!(has(&|p| p.visits.iter().any(|v| v.date > Some(today))));
    assert!(has(&|p| p.lessons.iter().any(|l| l.feedback_id.is_some())));
    assert!(
        has(&|p| Ledger::of(p).warning().is_some()),
        "a reciprocity warning"
    );
    assert!(
        !losing_touch(&workspace, today).is_empty(),
        "a partner we are losing touch with"
    );
    let actions = next_actions(&workspace, today);
    assert!(
        actions.ours.iter().any(
            |action| matches!(action.kind, ActionKind::WePromised { .. })
                && action.date < Some(today)
        ),
        "an overdue commitment"
    );
    assert!(
        actions
            .ours
            .iter()
            .any(|action| action.kind == ActionKind::Meeting)
    );
    assert!(
        actions
            .ours
            .iter()
            .any(|action| action.kind == ActionKind::Visit)
    );
}

#[test]
fn the_demo_says_nothing_electoral_to_a_501c3() {
    use common_ground::guide::humility::{electoral_wording, may_be_charity};
    use common_ground::guide::shared_texts::electoral_in_what_we_share;

    let workspace = common_ground::model::demo_workspace(chrono::Utc::now().date_naive()).unwrap();
    let mut charities = 0;
    for partner in &workspace.partners {
        if !may_be_charity(partner.organization.tax_status) {
            continue;
        }
        charities += 1;
        assert_eq!(
            electoral_in_what_we_share(partner, &workspace.our_group),
            [],
            "{}",
            partner.name()
        );
        for draft in &partner.drafts {
            let text = format!("{}\n{}", draft.subject, draft.body);
            assert_eq!(electoral_wording(&text), None, "{}: {text}", partner.name());
        }
    }
    assert!(charities > 0, "the demo has 501(c)(3) partners to check");
}
