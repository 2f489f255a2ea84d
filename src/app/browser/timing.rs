/// Runs `work` and records its duration as a User Timing measure named
/// `name`, so benchmarks and the browser's profiler can read it. Off the
/// web (native tests) it only runs `work`.
pub fn measure<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = if cfg!(target_arch = "wasm32") {
        web_sys::window().and_then(|window| window.performance())
    } else {
        None
    };
    let Some(performance) = performance else {
        return work();
    };
    let start = format!("{name}:start");
    let end = format!("{name}:end");
    // Timing is best effort: a failed mark only loses a measurement.
    let _ = performance.mark(&start);
    let result = work();
    let _ = performance.mark(&end);
    let _ = performance.measure_with_start_mark_and_end_mark(name, &start, &end);
    performance.clear_marks_with_mark_name(&start);
    performance.clear_marks_with_mark_name(&end);
    result
}

/// Waits for the browser's next task, so long work done in slices lets the
/// page paint and answer input between them. Off the web it returns at once.
pub async fn next_task() {
    let Some(window) = web_sys::window().filter(|_| cfg!(target_arch = "wasm32")) else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        // Refused only for a detached document; then the work goes on at once.
        if window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .is_err()
        {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    // The promise only ever resolves.
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
