// Prints one closing line, "e2e chromium: N passed, N failed[, N skipped]",
// after Playwright's own summary, and writes the counts to
// test-results/chromium-summary.json for the cross-engine suite's last line
// (tests/engines/run.mjs --after-chromium), which counts all three engines.
import { mkdirSync, writeFileSync } from "node:fs";

const SUMMARY_FILE = "test-results/chromium-summary.json";

export default class SummaryReporter {
  constructor() {
    this.counts = { passed: 0, failed: 0, skipped: 0 };
    this.started = Date.now();
  }

  onTestEnd(test, result) {
    if (result.retry < test.retries && result.status !== "passed") return;
    if (result.status === "passed") this.counts.passed += 1;
    else if (result.status === "skipped") this.counts.skipped += 1;
    else this.counts.failed += 1;
  }

  onEnd() {
    const { passed, failed, skipped } = this.counts;
    const seconds = (Date.now() - this.started) / 1000;
    const tail = skipped ? `, ${skipped} skipped` : "";
    console.log(`e2e chromium: ${passed} passed, ${failed} failed${tail} in ${seconds.toFixed(1)} s`);
    mkdirSync("test-results", { recursive: true });
    writeFileSync(SUMMARY_FILE, JSON.stringify({ ...this.counts, seconds }));
  }

  printsToStdio() {
    return true;
  }
}
