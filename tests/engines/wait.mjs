// Waiting in the cross-engine suite: one polling loop for the scenarios'
// `App` and for the drivers (a download to arrive, a frame to reload, a
// WebDriver server to answer).

const POLL_MS = 50;

/** Resolves after `ms` milliseconds. */
export function sleep(ms) {
  return new Promise((done) => setTimeout(done, ms));
}

/**
 * Calls `check` every 50 ms until it returns a truthy value, and returns that
 * value; after `timeout` ms it fails, naming `what` it waited for.
 */
export async function waitFor(what, check, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(POLL_MS);
  }
}
