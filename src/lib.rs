//! Common Ground: a listen-first partnership planner for community organizers.
//!
//! Data flows one way: [`model`] holds plain data, [`guide`] turns the
//! organizing guide's advice into pure functions over it, [`store`] persists
//! it and [`app`] renders it. Only `app` knows about Leptos.

pub mod app;
pub mod guide;
pub mod model;
pub mod store;
pub mod team;

pub use app::App;
