use serde::{Deserialize, Serialize};

use super::choice::choice;

/// The causes a partner organization works on, as the guide lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FocusArea {
    RacialJustice,
    ImmigrantRights,
    EconomicJustice,
    GenderRights,
    EnvironmentalJustice,
    DisabilityRights,
    LgbtqiaRights,
}

impl FocusArea {
    /// Every focus area, in the order the app lists them.
    pub const ALL: [FocusArea; 7] = [
        FocusArea::RacialJustice,
        FocusArea::ImmigrantRights,
        FocusArea::EconomicJustice,
        FocusArea::GenderRights,
        FocusArea::EnvironmentalJustice,
        FocusArea::DisabilityRights,
        FocusArea::LgbtqiaRights,
    ];
}

choice!(FocusArea {
    RacialJustice => "racial_justice", "Racial justice";
    ImmigrantRights => "immigrant_rights", "Immigrant rights";
    EconomicJustice => "economic_justice", "Economic justice / poverty";
    GenderRights => "gender_rights", "Women's and gender rights";
    EnvironmentalJustice => "environmental_justice", "Environmental justice";
    DisabilityRights => "disability_rights", "Disability rights";
    LgbtqiaRights => "lgbtqia_rights", "LGBTQIA+ rights";
});

/// How far an organization's work reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Local,
    State,
    National,
}

impl Scope {
    /// Every scope, smallest first.
    pub const ALL: [Scope; 3] = [Scope::Local, Scope::State, Scope::National];
}

choice!(Scope {
    Local => "local", "Local";
    State => "state", "State";
    National => "national", "National";
});

/// The organization's tax status, which shapes what we may ask of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaxStatus {
    /// A 501(c)(3) charity: no partisan or electoral asks.
    #[serde(rename = "501c3")]
    Charity501c3,
    /// A 501(c)(4) social welfare organization.
    #[serde(rename = "501c4")]
    SocialWelfare501c4,
    Other,
    #[default]
    Unknown,
}

impl TaxStatus {
    /// Every tax status, in the order the app lists them.
    pub const ALL: [TaxStatus; 4] = [
        TaxStatus::Charity501c3,
        TaxStatus::SocialWelfare501c4,
        TaxStatus::Other,
        TaxStatus::Unknown,
    ];
}

choice!(TaxStatus {
    Charity501c3 => "501c3", "501(c)(3)";
    SocialWelfare501c4 => "501c4", "501(c)(4)";
    Other => "other", "Other";
    Unknown => "unknown", "Unknown";
});

/// Who the organization is: the facts the research step gathers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organization {
    pub name: String,
    /// Other names it goes by (short forms, initials), comma-separated:
    /// hidden with its name in what we share. Written only when set.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short_names: String,
    #[serde(default)]
    pub focus_areas: Vec<FocusArea>,
    /// Focus areas beyond the listed ones, in the user's words.
    #[serde(default)]
    pub other_focus_areas: String,
    #[serde(default)]
    pub scope: Option<Scope>,
    /// The national organization or coalition it is a local affiliate of.
    #[serde(default)]
    pub affiliation: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub community_served: String,
    #[serde(default)]
    pub tax_status: TaxStatus,
}

/// What we learned about their work, in our own words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResearchNotes {
    pub mission: String,
    pub how_they_work: String,
    pub theory_of_change: String,
    pub current_issues: String,
    pub tactics: String,
}

/// How working together could advance *their* change.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ValueToThem {
    pub short_term: String,
    pub long_term: String,
    /// Our objectives, stated truthfully by their impact on people in their
    /// community and tied to their own purpose: what a 501(c)(3) needs to
    /// hear from us. Written only when set.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub ties_to_their_purpose: String,
}

/// The signs the guide says to give priority to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PrioritySignals {
    pub local: bool,
    /// Organized by the community itself, or serving it for a long time, so
    /// that it has the community's trust. Written only when set.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub trusted_by_community: bool,
    pub led_by_community_served: bool,
    pub analysis_of_oppression: bool,
    pub shifts_power: bool,
}

impl PrioritySignals {
    /// Whether the organization shows `signal`.
    pub fn has(self, signal: PrioritySignal) -> bool {
        match signal {
            PrioritySignal::Local => self.local,
            PrioritySignal::TrustedByCommunity => self.trusted_by_community,
            PrioritySignal::LedByCommunityServed => self.led_by_community_served,
            PrioritySignal::AnalysisOfOppression => self.analysis_of_oppression,
            PrioritySignal::ShiftsPower => self.shifts_power,
        }
    }

    /// How many of the signals it shows.
    pub fn count(self) -> usize {
        PrioritySignal::ALL
            .into_iter()
            .filter(|signal| self.has(*signal))
            .count()
    }
}

/// One of the signs the guide says to give priority to, to filter by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PrioritySignal {
    Local,
    TrustedByCommunity,
    LedByCommunityServed,
    AnalysisOfOppression,
    ShiftsPower,
}

impl PrioritySignal {
    /// Every signal, in the order the research step lists them.
    pub const ALL: [PrioritySignal; 5] = [
        PrioritySignal::Local,
        PrioritySignal::TrustedByCommunity,
        PrioritySignal::LedByCommunityServed,
        PrioritySignal::AnalysisOfOppression,
        PrioritySignal::ShiftsPower,
    ];
}

choice!(PrioritySignal {
    Local => "local", "Local";
    TrustedByCommunity => "trusted_by_community", "Trusted by the community it serves";
    LedByCommunityServed => "led_by_community_served", "Led by the community it serves";
    AnalysisOfOppression => "analysis_of_oppression", "Has an analysis of systems of oppression";
    ShiftsPower => "shifts_power", "Works to shift power";
});

/// The homework to finish before reaching out; advice, never a lock.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResearchChecklist {
    pub website_reviewed: bool,
    pub mission_in_our_words: bool,
    pub theory_of_change_noted: bool,
    pub practices_checked: bool,
    pub value_to_them_written: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_signal_reads_its_own_flag_and_they_are_counted() {
        crate::model::assert_keys_read_back::<PrioritySignal>();
        let signals = PrioritySignals {
            local: true,
            shifts_power: true,
            ..PrioritySignals::default()
        };
        let shown: Vec<_> = PrioritySignal::ALL
            .into_iter()
            .filter(|signal| signals.has(*signal))
            .collect();
        assert_eq!(shown, [PrioritySignal::Local, PrioritySignal::ShiftsPower]);
        assert_eq!(signals.count(), 2);
        assert_eq!(PrioritySignals::default().count(), 0);
    }
}
