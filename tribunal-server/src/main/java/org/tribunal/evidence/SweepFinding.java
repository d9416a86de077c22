package org.tribunal.evidence;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One file a sweep found damaged.
 *
 * @param sha256 the hash taken at intake (the file's name in the store)
 * @param item the original concerned, or {@code null} for a working copy
 * @param workingCopy the working copy concerned, or {@code null} for an original
 * @param problem what is wrong
 * @param actualSha256 what the bytes hash to now (MISMATCH), otherwise {@code null}
 */
public record SweepFinding(
    String sha256, @Nullable EvidenceId item, @Nullable UUID workingCopy, IntegrityProblem problem,
    @Nullable String actualSha256) {}
