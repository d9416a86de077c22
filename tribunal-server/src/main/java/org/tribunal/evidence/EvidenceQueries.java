package org.tribunal.evidence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Reads of the vault, each limited to what the caller may see: the registry sees every item its
 * clearance and compartments allow; a delegation also needs the item's sharing conditions (or its own
 * submission) to name its state. Reads of restricted items are written to the access audit.
 */
public interface EvidenceQueries {

  /**
   * The item {@code id}.
   *
   * @return the item, or empty if it does not exist or the caller may not see it
   */
  Optional<EvidenceItemView> find(EvidenceId id);

  /**
   * The item {@code id}.
   *
   * @throws UnknownEvidenceException if it does not exist or the caller may not see it
   */
  EvidenceItemView get(EvidenceId id);

  /**
   * One page of the items the caller may see, newest first.
   *
   * @param limit 1 to 200
   * @param after the previous page's {@code next}, or {@code null}
   * @throws InvalidEvidenceException if the cursor is not one this method returned
   */
  EvidencePage list(int limit, @Nullable String after);

  /**
   * The items holding the bytes with this SHA-256 that the caller may see (at most one live item).
   */
  List<EvidenceItemView> findBySha256(String sha256);

  /**
   * The chain of custody of {@code id} with each event's log index.
   *
   * @throws UnknownEvidenceException if it does not exist or the caller may not see it
   */
  CustodyReport custodyReport(EvidenceId id);

  /**
   * A working copy's bytes (copies are not originals: reading one is not a custody event).
   *
   * @throws UnknownEvidenceException if the copy does not exist or the caller may not see its original
   */
  EvidenceFile workingCopy(UUID copyId);
}
