//! The organizing guide's advice as data and pure functions: the humility
//! check, first-contact templates, research readiness, `mailto:` links, the
//! meeting agenda and calendar file, reciprocity, the report-out and the
//! dashboard's next actions. Reads the model; knows nothing of the browser.

pub mod agenda;
pub mod follow_through;
pub mod follow_up;
pub mod hidden_names;
pub mod humility;
pub mod ics;
pub mod lessons_out;
pub mod mailto;
pub mod next_actions;
pub mod outgoing;
mod placeholders;
pub mod plural;
pub mod readiness;
pub mod reciprocity;
pub mod report_out;
pub mod shared_texts;
pub mod templates;
mod text;
pub mod timeline;
pub mod what_worked;

/// Which groups to approach first, in the guide's terms, said where partners
/// are listed and added and beside the priority signals.
pub const START_WITH: &str = "Start with groups the community organized itself, or that have served it for a long time, and so have its trust; local groups committed to progressive politics, with an analysis of systems of oppression, working to shift power; and local affiliates of national organizations.";

#[cfg(test)]
mod tests {
    #[test]
    fn whom_to_start_with_is_said_in_the_guides_terms() {
        for kind in [
            "groups the community organized itself, or that have served it for a long time, and so have its trust",
            "committed to progressive politics, with an analysis of systems of oppression, working to shift power",
            "local affiliates of national organizations",
        ] {
            assert!(super::START_WITH.contains(kind), "{kind}");
        }
        assert!(!super::START_WITH.contains("holds that community back"));
    }
}
