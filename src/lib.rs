//! Common Ground: a listen-first partnership planner for community organizers.
//!
//! Data flows one way: [`model`] holds plain data, [`store`] persists it and
//! [`app`] renders it. Only `app` knows about Leptos.

pub mod app;
pub mod model;
pub mod store;

pub use app::App;
