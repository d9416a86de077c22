package org.tribunal.evidence;

import java.util.Optional;

/**
 * Re-hashes every kept file and raises an alarm (log, pages, API) on any mismatch or missing file.
 * Each sweep is recorded, and sealed into the public record. Runs on a schedule
 * ({@code tribunal.evidence.sweep-cron}) and on request.
 *
 * <p>Reports are answered as the current reader may see them: a finding on an item beyond the reader's
 * clearance, compartments or sharing is left out, as if that item did not exist (the server log and the
 * sealed entry in the public record keep every finding).
 */
public interface IntegritySweeps {

  /**
   * Runs a sweep now.
   *
   * @param triggeredBy {@code schedule} or the requesting user's name
   * @return its report, as the current reader may see it
   */
  SweepReport run(String triggeredBy);

  /** The last sweep's report as the current reader may see it, or empty if none ran yet. */
  Optional<SweepReport> latest();

  /** The last sweep's report if it found damage the current reader may see (the alarm is up), otherwise empty. */
  default Optional<SweepReport> alarm() {
    return latest().filter(report -> !report.isClean());
  }
}
