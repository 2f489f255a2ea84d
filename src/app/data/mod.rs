//! The Data page: where the data lives, export, import and deletion of all
//! of it, and the lessons we share with other groups.

mod delete_section;
mod export_section;
pub use export_section::export_workspace;
mod import_plan;
mod import_section;
mod lessons_section;
mod merge_plan;
mod recently_deleted_section;
mod recovery_section;
mod storage_section;

use leptos::prelude::*;

use delete_section::DeleteSection;
use export_section::ExportSection;
use import_section::ImportSection;
use lessons_section::LessonsSection;
use recently_deleted_section::RecentlyDeletedSection;
use recovery_section::RecoverySection;
use storage_section::StorageSection;

/// Gives the user full control of their data: see where it is, take it
/// out, bring it back, or delete it.
#[component]
pub fn DataPage(
    /// Puts moving between devices and the import first, for someone who
    /// arrives with a file from another device.
    #[prop(optional)]
    import_first: bool,
) -> impl IntoView {
    view! {
        <h1>"Data"</h1>
        {import_first.then(|| view! { <MovingBetweenDevices /> <ImportSection /> })}
        <StorageSection />
        {(!import_first).then(|| view! { <MovingBetweenDevices /> })}
        <ExportSection />
        {(!import_first).then(|| view! { <ImportSection /> })}
        <LessonsSection />
        <RecentlyDeletedSection />
        <DemoSection />
        <RecoverySection />
        <DeleteSection />
    }
}

/// The demo workspace, for workshops and for looking around.
#[component]
fn DemoSection() -> impl IntoView {
    view! {
        <section aria-labelledby="demo-heading">
            <h2 id="demo-heading">"Demo workspace"</h2>
            <crate::app::workspaces::OpenDemo />
            <p>"While the demo is open, a banner at the top offers to reset it or to go back to your own workspace."</p>
        </section>
    }
}

/// Says how to carry the data to another device, since nothing syncs by itself.
#[component]
fn MovingBetweenDevices() -> impl IntoView {
    view! {
        <section aria-labelledby="devices-heading">
            <h2 id="devices-heading">"Moving between devices"</h2>
            <p>"On the device that has your data: " <strong>"Export data"</strong> ", and keep the file."</p>
            <p>
                "On the other device: " <strong>"Import data"</strong> ", choose that file, then "
                <strong>"Merge with my data"</strong> "."
            </p>
        </section>
    }
}
