/** Load drivers for the evidence vault (run by hand, never by the test suites); see docs/performance.md. */
@org.jspecify.annotations.NullMarked
package org.tribunal.evidence.bench;
