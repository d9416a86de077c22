package org.tribunal.evidence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The result of one integrity sweep over every kept file (originals and working copies).
 *
 * @param id the sweep
 * @param startedAt when it started (UTC)
 * @param finishedAt when it ended (UTC)
 * @param triggeredBy {@code schedule} or the user who asked for it
 * @param filesChecked how many files were re-hashed or found missing
 * @param bytesChecked how many bytes were re-hashed
 * @param findings the damaged files; empty when all is well
 */
public record SweepReport(
    UUID id, Instant startedAt, Instant finishedAt, String triggeredBy, int filesChecked, long bytesChecked,
    List<SweepFinding> findings) {

  /** The record type of sweeps in the public record. */
  public static final String RECORD_TYPE = "evidence.sweep";

  public SweepReport {
    findings = List.copyOf(findings);
  }

  /** Whether every file hashed as at intake. */
  public boolean isClean() {
    return findings.isEmpty();
  }
}
