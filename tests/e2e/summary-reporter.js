// Prints one closing line, "e2e: N passed, N failed[, N skipped]", that any
// CI log reader understands, after Playwright's own summary.
export default class SummaryReporter {
  constructor() {
    this.counts = { passed: 0, failed: 0, skipped: 0 };
  }

  onTestEnd(test, result) {
    if (result.retry < test.retries && result.status !== "passed") return;
    if (result.status === "passed") this.counts.passed += 1;
    else if (result.status === "skipped") this.counts.skipped += 1;
    else this.counts.failed += 1;
  }

  onEnd() {
    const { passed, failed, skipped } = this.counts;
    const tail = skipped ? `, ${skipped} skipped` : "";
    console.log(`e2e: ${passed} passed, ${failed} failed${tail}`);
  }

  printsToStdio() {
    return true;
  }
}
