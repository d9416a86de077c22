package org.tribunal.positions;

import java.util.List;
import java.util.UUID;

/**
 * Event: an import committed new texts or position versions. One event per import rather than one
 * {@link PositionRecorded} per line, so a million-line import does not publish a million events; a
 * listener that needs the positions reads them through {@link PositionQueries}.
 *
 * @param importId the import run
 * @param fileName the file
 * @param format its format
 * @param textsCreated texts created
 * @param positionsCreated position versions created
 * @param texts the texts whose positions changed, by key
 */
public record PositionsImported(UUID importId, String fileName, ImportFormat format, int textsCreated,
    int positionsCreated, List<TextId> texts) {

  /** Copies the texts. */
  public PositionsImported {
    texts = List.copyOf(texts);
  }
}
