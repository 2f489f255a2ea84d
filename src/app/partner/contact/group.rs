use leptos::prelude::*;

use crate::app::components::TextField;
use crate::app::handles::{GroupHandle, Place, lens};
use crate::app::state::use_app_state;

/// Our group's name, one-line description and the writer's name, which every template uses.
#[component]
pub fn GroupDetails() -> impl IntoView {
    let state = use_app_state();
    let group = GroupHandle(state);
    let (name, set_name) = group.text(lens!(name));
    let your_name = Memo::new(move |_| state.group_with(|group| group.your_name.clone()));
    let set_your_name = Callback::new(move |name| state.set_your_name(name));
    let (one_line, set_one_line) = group.text(lens!(one_line));
    view! {
        <details class="group-details" open=name.get_untracked().is_empty() || your_name.get_untracked().is_empty()>
            <summary>"About your group"</summary>
            <TextField id="group-name" label="Your group's name" value=name on_input=set_name />
            <TextField
                id="group-your-name"
                label="Your name"
                help="It signs the messages you start here. It stays on this device: no file or teammate takes it."
                value=your_name
                on_input=set_your_name
            />
            <TextField
                id="group-one-line"
                label="What your group does, in one line"
                help="Plain words, about what you do, not what you want from them."
                value=one_line
                on_input=set_one_line
            />
        </details>
    }
}
