package org.tribunal.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An evidence item as a reader allowed to see it sees it.
 *
 * @param id the item
 * @param hashes SHA-256, SHA-512 and size of the original, taken at intake
 * @param mediaType the detected media type
 * @param metadata what was extracted from the file (type, dates, author, GPS...), kept beside it
 * @param handling classification and compartments
 * @param status where it stands in its chain of custody
 * @param receivedAt the first submission's time (UTC)
 * @param submissions every submission, oldest first
 */
public record EvidenceItemView(
    EvidenceId id,
    ContentHashes hashes,
    String mediaType,
    Map<String, String> metadata,
    Handling handling,
    CustodyStatus status,
    Instant receivedAt,
    List<SubmissionView> submissions) {

  public EvidenceItemView {
    metadata = Map.copyOf(metadata);
    submissions = List.copyOf(submissions);
  }

  /** The first submission's original file name. */
  public String fileName() {
    return submissions.isEmpty() ? hashes.sha256() : submissions.get(0).provenance().originalFileName();
  }

  /** The states and bodies any submission shares the item with, plus the submitting states. */
  public Set<String> sharedWith() {
    Set<String> parties = new TreeSet<>();
    for (SubmissionView s : submissions) {
      parties.addAll(s.provenance().sharedWith());
      if (s.provenance().submitterState() != null) {
        parties.add(s.provenance().submitterState().value());
      }
    }
    return parties;
  }
}
