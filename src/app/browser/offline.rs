//! The service worker that keeps the app usable with no network: registered
//! once the app runs, and saying when a new version has arrived and waits to
//! take over, which happens only when the user chooses to reload.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

use super::BrowserError;
use super::navigator::navigator_part;

/// The worker script Workbox writes beside index.html (scripts/service-worker.mjs).
const SCRIPT: &str = "./sw.js";

/// The message the waiting worker takes over on (Workbox's `generateSW`).
const TAKE_OVER: &str = "SKIP_WAITING";

/// The page's service worker container, where the browser offers one: not
/// in an insecure context, and not in every private mode.
fn service_workers() -> Result<ServiceWorkerContainer, BrowserError> {
    navigator_part("serviceWorker", "service worker")
}

/// Registers the service worker, and calls `update_ready` whenever a new
/// version has installed beside the one running this page.
pub async fn keep_working_offline(update_ready: impl Fn() + 'static) -> Result<(), BrowserError> {
    let container = service_workers()?;
    let registration: ServiceWorkerRegistration = JsFuture::from(container.register(SCRIPT))
        .await?
        .dyn_into()
        .map_err(|_| BrowserError::Missing("service worker registration"))?;
    let update_ready = Rc::new(update_ready);
    // A version already waiting, from an earlier visit.
    if registration.waiting().is_some() && container.controller().is_some() {
        update_ready();
    }
    let found = registration.clone();
    let on_update_found = Closure::<dyn Fn()>::new(move || {
        let Some(installing) = found.installing() else {
            return;
        };
        let worker = installing.clone();
        let update_ready = update_ready.clone();
        let on_state_change = Closure::<dyn Fn()>::new(move || {
            // The first install has no page to replace; only a later one is an update.
            let replaces_one =
                service_workers().is_ok_and(|container| container.controller().is_some());
            if worker.state() == ServiceWorkerState::Installed && replaces_one {
                update_ready();
            }
        });
        installing.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
        // It listens for as long as the worker installs; the page keeps it.
        on_state_change.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
    Ok(())
}

/// Lets the waiting version take over, then reloads the page in it.
pub async fn take_new_version() -> Result<(), BrowserError> {
    let container = service_workers()?;
    let registration: ServiceWorkerRegistration = JsFuture::from(container.ready()?)
        .await?
        .dyn_into()
        .map_err(|_| BrowserError::Missing("service worker registration"))?;
    let waiting = registration
        .waiting()
        .ok_or(BrowserError::Missing("new version"))?;
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(window) = web_sys::window() {
            // A refused reload leaves the page as it is, still working.
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    let message = js_sys::Object::new();
    js_sys::Reflect::set(&message, &"type".into(), &TAKE_OVER.into())?;
    waiting.post_message(&message)?;
    Ok(())
}
