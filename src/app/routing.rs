//! Hash-based locations (`#/partners/…`): the page is always `index.html`, so
//! deep links survive a reload on any static host, under any sub-path, with no
//! rewrite rules.

use leptos::prelude::*;

use std::cell::RefCell;

use crate::app::browser::{
    ScrollMemory, focus_in_place, focus_is_within, location_hash, replace_location,
    reveal_when_rendered, set_location_hash, set_title,
};

/// Controls that stay on screen from page to page (the undo bar and the
/// walk-through): focus left in them stays there when a page opens.
const LASTING_CONTROLS: &str = ".undo-bar, .walk-through";

thread_local! {
    /// The page being opened (its href) and the part of it to bring into
    /// view in place of its top, until its `hashchange` arrives.
    static PENDING_REVEAL: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}
use crate::model::{Choice, RecordId, Stage};

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

    /// The step a partner at `stage` is most likely to act on next.
    pub fn for_stage(stage: Stage) -> Step {
        match stage {
            Stage::Researching | Stage::Paused => Step::Research,
            Stage::ReadyToReachOut | Stage::Contacted => Step::Contact,
            Stage::MeetingPlanned => Step::Meeting,
            Stage::Met | Stage::OngoingPartnership => Step::Log,
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
    /// A partner without a step named: it opens on the step of its stage.
    PartnerByStage(RecordId),
    Coalitions,
    Coalition(RecordId),
    Data,
    /// The Data page opened at its import, for data from another device.
    DataImport,
    Guide,
    /// The guide opened at one habit (`#/guide?habit=listen-first`).
    GuideHabit(&'static str),
    /// Opens the demo workspace (`#/demo`), for facilitators to share.
    Demo,
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
            ["partners", id] => id.parse().map_or(Route::NotFound, Route::PartnerByStage),
            ["partners", id, step] => match Step::from_segment(step) {
                Some(step) => partner_route(id, step),
                None => Route::NotFound,
            },
            ["coalitions"] => Route::Coalitions,
            ["coalitions", id] => id.parse().map_or(Route::NotFound, Route::Coalition),
            ["data"] => Route::Data,
            ["data", "import"] => Route::DataImport,
            ["guide"] => query
                .split('&')
                .find_map(|pair| pair.strip_prefix("habit="))
                .and_then(crate::app::guide::habit)
                .map_or(Route::Guide, |habit| Route::GuideHabit(habit.id)),
            ["demo"] => Route::Demo,
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
            Route::PartnerByStage(id) => format!("#/partners/{id}"),
            Route::Coalitions => "#/coalitions".into(),
            Route::Coalition(id) => format!("#/coalitions/{id}"),
            Route::Data => "#/data".into(),
            Route::DataImport => "#/data/import".into(),
            Route::Guide => "#/guide".into(),
            Route::GuideHabit(habit) => format!("#/guide?habit={habit}"),
            Route::Demo => "#/demo".into(),
            Route::NotFound => "#/not-found".into(),
        }
    }

    /// The screen's name, used in the navigation and the document title.
    pub fn label(self) -> &'static str {
        match self {
            Route::Dashboard => "Dashboard",
            Route::Partners | Route::PartnersInStage(_) => "Partners",
            Route::Partner(_, step) => step.label(),
            Route::PartnerByStage(_) => "Partner",
            Route::Coalitions => "Coalitions",
            Route::Coalition(_) => "Coalition",
            Route::Data | Route::DataImport => "Data",
            Route::Guide | Route::GuideHabit(_) => "Guide",
            Route::Demo => "Demo workspace",
            Route::NotFound => "Page not found",
        }
    }

    /// Names the step of a partner opened without one, from its stage; a
    /// partner not stored here (`stage_of` gives `None`) opens on Research.
    pub fn resolve(self, stage_of: impl Fn(RecordId) -> Option<Stage>) -> Route {
        match self {
            Route::PartnerByStage(id) => {
                let step = stage_of(id).map_or(Step::Research, Step::for_stage);
                Route::Partner(id, step)
            }
            other => other,
        }
    }

    /// The navigation section this screen belongs to.
    pub fn section(self) -> Route {
        match self {
            Route::Partner(..) | Route::PartnerByStage(_) | Route::PartnersInStage(_) => {
                Route::Partners
            }
            Route::Coalition(_) => Route::Coalitions,
            Route::DataImport => Route::Data,
            Route::GuideHabit(_) => Route::Guide,
            other => other,
        }
    }
}

fn partner_route(id: &str, step: Step) -> Route {
    id.parse()
        .map_or(Route::NotFound, |id| Route::Partner(id, step))
}

/// The current route as a signal that follows `hashchange` events. A
/// partner opened without a step gets the step of its stage (`stage_of`),
/// written into the location so a reload stays there. Each page starts at
/// its top with focus on the main region; Back returns to where it was.
pub fn use_hash_route(
    stage_of: impl Fn(RecordId) -> Option<Stage> + Copy + 'static,
) -> ReadSignal<Route> {
    let memory = StoredValue::new_local(ScrollMemory::start());
    let arrive = move || {
        let parsed = Route::from_hash(&location_hash());
        let route = parsed.resolve(stage_of);
        if route != parsed {
            replace_location(&route.href());
        }
        route
    };
    let (route, set_route) = signal(arrive());
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| {
        memory.update_value(ScrollMemory::record);
    });
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        let saved = memory.try_update_value(ScrollMemory::arrive).flatten();
        let next = arrive();
        if route.get_untracked() == next {
            // A location changed twice before its events ran: the first event
            // already opened where the location ended, so this one is stale.
            return;
        }
        set_route.set(next);
        // Once the new page is rendered: its top (or where Back left it, or
        // the part it was opened to show), then focus, unless it is in a
        // control that stays from page to page (Undo, the walk-through).
        let reveal = take_pending_reveal(&location_hash());
        request_animation_frame(move || {
            match reveal {
                Some(part) => reveal_when_rendered(part),
                None => ScrollMemory::scroll_to(saved.unwrap_or(0.0)),
            }
            if !focus_is_within(LASTING_CONTROLS) {
                focus_main();
            }
        });
    });
    on_cleanup(move || {
        on_scroll.remove();
        on_hash.remove();
    });
    route
}

/// Opens `route` as a link would: a new history entry, and the new page
/// at its top.
pub fn go_to(route: Route) {
    set_location_hash(&route.href());
}

/// Opens `route` as [`go_to`] does, showing the part of it with DOM id
/// `part` rather than its top, when one is given.
pub fn go_to_and_reveal(route: Route, part: Option<&'static str>) {
    let href = route.href();
    let already_there = location_hash() == href;
    let still_opening = PENDING_REVEAL.with(|pending| {
        pending
            .borrow()
            .as_ref()
            .is_some_and(|(opening, _)| *opening == href)
    });
    if already_there && !still_opening {
        // No page opens, so nothing else will move the window.
        if let Some(part) = part {
            reveal_when_rendered(part.to_owned());
        }
        return;
    }
    PENDING_REVEAL.with(|pending| {
        *pending.borrow_mut() = part.map(|part| (href.clone(), part.to_owned()));
    });
    if !already_there {
        set_location_hash(&href);
    }
}

/// The part to reveal on the page at `href`, if that page was opened to
/// show one; a part meant for a page since left behind is dropped.
fn take_pending_reveal(href: &str) -> Option<String> {
    PENDING_REVEAL.with(|pending| {
        pending
            .borrow_mut()
            .take()
            .and_then(|(opening, part)| (opening == href).then_some(part))
    })
}

/// Names the page in the document title.
pub fn announce_page(route: Route) {
    set_title(&format!("{} · Common Ground", route.label()));
}

/// Moves focus to the main region without scrolling, so keyboard and screen
/// reader users land on the new page where sighted users see it start.
pub fn focus_main() {
    focus_in_place(MAIN_ID);
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
    fn the_guide_opens_at_a_habit_it_knows() {
        let route = Route::from_hash("#/guide?habit=listen-first");
        assert_eq!(route, Route::GuideHabit("listen-first"));
        assert_eq!(Route::from_hash(&route.href()), route);
        assert_eq!(Route::from_hash("#/guide?habit=nowhere"), Route::Guide);
        assert_eq!(route.section(), Route::Guide);
    }

    #[test]
    fn the_demo_address_round_trips_and_matches_the_one_read_at_start() {
        assert_eq!(Route::from_hash("#/demo"), Route::Demo);
        assert_eq!(Route::Demo.href(), crate::app::browser::DEMO_HASH);
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
    fn a_partner_without_a_step_opens_on_the_step_of_its_stage() {
        let id = RecordId::random();
        let route = Route::from_hash(&format!("#/partners/{id}"));
        assert_eq!(route, Route::PartnerByStage(id));
        assert_eq!(Route::from_hash(&route.href()), route);
        let expected = [
            (Stage::Researching, Step::Research),
            (Stage::ReadyToReachOut, Step::Contact),
            (Stage::Contacted, Step::Contact),
            (Stage::MeetingPlanned, Step::Meeting),
            (Stage::Met, Step::Log),
            (Stage::OngoingPartnership, Step::Log),
            (Stage::Paused, Step::Research),
        ];
        for (stage, step) in expected {
            assert_eq!(route.resolve(|_| Some(stage)), Route::Partner(id, step));
        }
        assert_eq!(
            route.resolve(|_| None),
            Route::Partner(id, Step::Research),
            "a partner not stored here"
        );
        let explicit = Route::Partner(id, Step::Meeting);
        assert_eq!(explicit.resolve(|_| Some(Stage::Met)), explicit);
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
