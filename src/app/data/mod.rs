//! The Data page: where the data lives, and export, import and deletion of all of it.

mod delete_section;
mod export_section;
mod import_section;
mod merge_plan;
mod recovery_section;
mod storage_section;

use leptos::prelude::*;

use delete_section::DeleteSection;
use export_section::ExportSection;
use import_section::ImportSection;
use recovery_section::RecoverySection;
use storage_section::StorageSection;

/// Gives the user full control of their data: see where it is, take it
/// out, bring it back, or delete it.
#[component]
pub fn DataPage() -> impl IntoView {
    view! {
        <h1>"Data"</h1>
        <StorageSection />
        <ExportSection />
        <ImportSection />
        <RecoverySection />
        <DeleteSection />
    }
}
