//! Hash-based locations (`#/partners/…`): the page is always `index.html`, so
//! deep links survive a reload on any static host, under any sub-path, with no
//! rewrite rules.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::{RecordId, Stage};

/// The id of the `<main>` element, which takes focus when the page changes.
pub const MAIN_ID: &str = "main";

/// The four steps of the journey with one partner, each a page of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Research,
    Contact,
    Meeting,
    Log,
}

impl Step {
    /// Every step, in journey order.
    pub const ALL: [Step; 4] = [Step::Research, Step::Contact, Step::Meeting, Step::Log];

    /// The step's name in links and headings.
    pub fn label(self) -> &'static str {
        match self {
            Step::Research => "Research",
            Step::Contact => "First contact",
            Step::Meeting => "Meeting",
            Step::Log => "Log",
        }
    }

    fn segment(self) -> &'static str {
        match self {
            Step::Research => "research",
            Step::Contact => "contact",
            Step::Meeting => "meeting",
            Step::Log => "log",
        }
    }

    fn from_segment(segment: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|step| step.segment() == segment)
    }
}

/// A screen of the app, parsed from and written to the location's hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Dashboard,
    Partners,
    /// The partner list filtered by a stage (`#/partners?stage=met`).
    PartnersInStage(Stage),
    Partner(RecordId, Step),
    Coalitions,
    Coalition(RecordId),
    Data,
    /// The Data page opened at its import, for data from another device.
    DataImport,
    Guide,
    NotFound,
}

/// The sections of the main navigation, in order.
pub const MAIN_SECTIONS: [Route; 5] = [
    Route::Dashboard,
    Route::Partners,
    Route::Coalitions,
    Route::Data,
    Route::Guide,
];

impl Route {
    /// Parses a location hash such as `#/partners`; unknown paths are
    /// [`Route::NotFound`]. A query (`?stage=met`) is read on the partner
    /// list, where an unknown stage shows every partner, and ignored elsewhere.
    pub fn from_hash(hash: &str) -> Self {
        let location = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = location.split_once('?').unwrap_or((location, ""));
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] | ["dashboard"] => Route::Dashboard,
            ["partners"] => query
                .split('&')
                .find_map(|pair| pair.strip_prefix("stage="))
                .and_then(Stage::from_key)
                .map_or(Route::Partners, Route::PartnersInStage),
            ["partners", id] => partner_route(id, Step::Research),
            ["partners", id, step] => match Step::from_segment(step) {
                Some(step) => partner_route(id, step),
                None => Route::NotFound,
            },
            ["coalitions"] => Route::Coalitions,
            ["coalitions", id] => id.parse().map_or(Route::NotFound, Route::Coalition),
            ["data"] => Route::Data,
            ["data", "import"] => Route::DataImport,
            ["guide"] => Route::Guide,
            _ => Route::NotFound,
        }
    }

    /// The link target for this screen, relative to the current page.
    pub fn href(self) -> String {
        match self {
            Route::Dashboard => "#/".into(),
            Route::Partners => "#/partners".into(),
            Route::PartnersInStage(stage) => format!("#/partners?stage={}", stage.key()),
            Route::Partner(id, step) => format!("#/partners/{id}/{}", step.segment()),
            Route::Coalitions => "#/coalitions".into(),
            Route::Coalition(id) => format!("#/coalitions/{id}"),
            Route::Data => "#/data".into(),
            Route::DataImport => "#/data/import".into(),
            Route::Guide => "#/guide".into(),
            Route::NotFound => "#/not-found".into(),
        }
    }

    /// The screen's name, used in the navigation and the document title.
    pub fn label(self) -> &'static str {
        match self {
            Route::Dashboard => "Dashboard",
            Route::Partners | Route::PartnersInStage(_) => "Partners",
            Route::Partner(_, step) => step.label(),
            Route::Coalitions => "Coalitions",
            Route::Coalition(_) => "Coalition",
            Route::Data | Route::DataImport => "Data",
            Route::Guide => "Guide",
            Route::NotFound => "Page not found",
        }
    }

    /// The navigation section this screen belongs to.
    pub fn section(self) -> Route {
        match self {
            Route::Partner(..) | Route::PartnersInStage(_) => Route::Partners,
            Route::Coalition(_) => Route::Coalitions,
            Route::DataImport => Route::Data,
            other => other,
        }
    }
}

fn partner_route(id: &str, step: Step) -> Route {
    id.parse()
        .map_or(Route::NotFound, |id| Route::Partner(id, step))
}

/// The current route as a signal that follows `hashchange` events.
pub fn use_hash_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::from_hash(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::from_hash(&current_hash()));
    });
    on_cleanup(move || handle.remove());
    route
}

/// Names the new page in the document title and, after a navigation, moves
/// focus to the main region so keyboard and screen reader users land on it.
pub fn announce_page(route: Route, after_navigation: bool) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    document.set_title(&format!("{} · Common Ground", route.label()));
    if after_navigation {
        focus_main(&document);
    }
}

/// Moves focus to the main region.
pub fn focus_main(document: &web_sys::Document) {
    if let Some(main) = document
        .get_element_by_id(MAIN_ID)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        // Focus can only fail on a detached element; nothing to tell the user then.
        let _ = main.focus();
    }
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_root_hashes_are_the_dashboard() {
        for hash in ["", "#", "#/", "#/dashboard"] {
            assert_eq!(Route::from_hash(hash), Route::Dashboard, "{hash:?}");
        }
    }

    #[test]
    fn every_route_round_trips_through_its_href() {
        let id = RecordId::random();
        let routes = MAIN_SECTIONS
            .into_iter()
            .chain(Step::ALL.map(|step| Route::Partner(id, step)))
            .chain(Stage::ALL.map(Route::PartnersInStage))
            .chain([Route::Coalition(id), Route::DataImport]);
        for route in routes {
            assert_eq!(Route::from_hash(&route.href()), route);
        }
    }

    #[test]
    fn trailing_slashes_are_forgiven() {
        assert_eq!(Route::from_hash("#/partners/"), Route::Partners);
    }

    #[test]
    fn unknown_paths_and_bad_ids_are_not_found() {
        assert_eq!(Route::from_hash("#/nowhere"), Route::NotFound);
        assert_eq!(Route::from_hash("#/partners/not-a-uuid"), Route::NotFound);
        let id = RecordId::random();
        assert_eq!(
            Route::from_hash(&format!("#/partners/{id}/nowhere")),
            Route::NotFound
        );
        assert_eq!(Route::from_hash("#main"), Route::NotFound);
    }

    #[test]
    fn a_partner_without_a_step_opens_its_research() {
        let id = RecordId::random();
        assert_eq!(
            Route::from_hash(&format!("#/partners/{id}")),
            Route::Partner(id, Step::Research)
        );
    }

    #[test]
    fn the_partner_list_reads_its_stage_filter_and_forgives_the_rest() {
        assert_eq!(
            Route::from_hash("#/partners?stage=ready_to_reach_out"),
            Route::PartnersInStage(Stage::ReadyToReachOut)
        );
        assert_eq!(
            Route::from_hash("#/partners/?sort=name&stage=met"),
            Route::PartnersInStage(Stage::Met)
        );
        assert_eq!(Route::from_hash("#/partners?stage=nope"), Route::Partners);
        assert_eq!(Route::from_hash("#/partners?"), Route::Partners);
        assert_eq!(Route::from_hash("#/data?stage=met"), Route::Data);
    }

    #[test]
    fn filtered_lists_and_the_import_belong_to_their_sections() {
        assert_eq!(
            Route::PartnersInStage(Stage::Met).section(),
            Route::Partners
        );
        assert_eq!(Route::PartnersInStage(Stage::Met).label(), "Partners");
        assert_eq!(Route::DataImport.section(), Route::Data);
        assert_eq!(Route::DataImport.label(), "Data");
    }

    #[test]
    fn a_partner_page_belongs_to_the_partners_section() {
        let route = Route::Partner(RecordId::random(), Step::Contact);
        assert_eq!(route.section(), Route::Partners);
        assert_eq!(Route::Data.section(), Route::Data);
    }
}
