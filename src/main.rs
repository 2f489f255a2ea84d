//! Entry point of the WebAssembly build: installs the panic hook and mounts the app.

fn main() {
    console_error_panic_hook::set_once();
    #[cfg(feature = "crash-test")]
    common_ground::app::crash_test::arm();
    leptos::mount::mount_to_body(common_ground::App);
}
