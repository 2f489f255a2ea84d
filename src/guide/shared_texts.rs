//! Everything else we send or print for a partner, beside the first
//! contact: our one line about ourselves, the meeting introduction, agenda
//! and invitation, and the agenda of their visit. A 501(c)(3), or a group
//! whose tax status is unknown, must find no electoral wording in any of it.

use super::humility::{electoral_wording, may_be_charity};
use crate::model::{OurGroup, Partner};

/// Electoral wording found in something we share with a partner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ElectoralWording {
    /// Where it is, as the user knows the text ("The meeting agenda").
    pub place: &'static str,
    /// The words, as written.
    pub words: String,
}

/// The electoral wording in what we share with `partner`, once per text,
/// when they are or may be a 501(c)(3); nothing for other partners.
pub fn electoral_in_what_we_share(partner: &Partner, group: &OurGroup) -> Vec<ElectoralWording> {
    if !may_be_charity(partner.organization.tax_status) {
        return Vec::new();
    }
    let meetings = partner.meetings.iter().flat_map(|meeting| {
        [(
            "The meeting introduction",
            meeting.our_introduction.as_str(),
        )]
        .into_iter()
        .chain(
            meeting
                .agenda
                .iter()
                .map(|item| ("The meeting agenda", item.title.as_str())),
        )
        .chain([("The invitation", meeting.after.invitation_extended.as_str())])
    });
    let visits = partner.visits.iter().flat_map(|visit| {
        [
            ("The agenda of their visit", visit.agenda.as_str()),
            ("The agenda of their visit", visit.their_item.as_str()),
        ]
    });
    let texts = [
        ("Our group in one line", group.one_line.as_str()),
        (
            "How our work ties to their purpose",
            partner.value_to_them.ties_to_their_purpose.as_str(),
        ),
    ]
    .into_iter()
    .chain(meetings)
    .chain(visits);
    let mut found: Vec<ElectoralWording> = Vec::new();
    for (place, text) in texts {
        if found.iter().any(|seen| seen.place == place) {
            continue;
        }
        if let Some(words) = electoral_wording(text) {
            found.push(ElectoralWording { place, words });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::model::{AgendaItem, AgendaSection, Meeting, TaxStatus, Visit};

    fn charity() -> Partner {
        let mut partner = Partner::new("Casa Latina", Utc::now()).unwrap();
        partner.organization.tax_status = TaxStatus::Charity501c3;
        partner
    }

    #[test]
    fn every_text_we_share_is_read_for_electoral_wording() {
        let mut partner = charity();
        let mut meeting = Meeting::new(Utc::now());
        meeting.our_introduction = "We are working to re-elect Mayor Diaz.".into();
        meeting.agenda.push(AgendaItem {
            title: "Getting out the vote for our candidate".into(),
            ..AgendaItem::new(AgendaSection::Alignment, Utc::now())
        });
        meeting.after.invitation_extended = "Our election night party, Nov 3".into();
        partner.meetings.push(meeting);
        partner.visits.push(Visit {
            agenda: "Welcome\nHow to defeat the incumbent".into(),
            ..Visit::new(Utc::now())
        });
        let group = OurGroup {
            one_line: "We campaign for Democratic candidates".into(),
            ..OurGroup::default()
        };
        let places: Vec<&str> = electoral_in_what_we_share(&partner, &group)
            .iter()
            .map(|found| found.place)
            .collect();
        assert_eq!(
            places,
            [
                "Our group in one line",
                "The meeting introduction",
                "The meeting agenda",
                "The invitation",
                "The agenda of their visit",
            ]
        );
        partner.organization.tax_status = TaxStatus::SocialWelfare501c4;
        assert!(electoral_in_what_we_share(&partner, &group).is_empty());
    }

    #[test]
    fn policy_work_and_nonpartisan_civic_work_are_not_electoral() {
        let mut partner = charity();
        let mut meeting = Meeting::new(Utc::now());
        meeting.our_introduction =
            "We work to pass the rent stabilization ordinance and host candidate forums.".into();
        partner.meetings.push(meeting);
        let group = OurGroup {
            one_line: "We help neighbors talk to their elected officials".into(),
            ..OurGroup::default()
        };
        assert_eq!(electoral_in_what_we_share(&partner, &group), []);
    }
}
