package org.tribunal.positions;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an import did, or would do in a dry run.
 *
 * @param file the file's name
 * @param format the file's format
 * @param dryRun whether nothing was written
 * @param rows data lines read
 * @param textsCreated texts the file added
 * @param positionsCreated positions (or new versions) the file added
 * @param positionsUnchanged positions already recorded exactly so
 * @param tallies per text: counts of yes, no, abstain and non-voting in the file
 * @param sha256 the file's SHA-256, hex
 * @param preview the first positions of the file, for a dry-run preview
 * @param note a remark, e.g. that the same file was imported before
 */
public record ImportReport(
    String file,
    ImportFormat format,
    boolean dryRun,
    int rows,
    int textsCreated,
    int positionsCreated,
    int positionsUnchanged,
    Map<TextId, Tally> tallies,
    String sha256,
    List<NewPosition> preview,
    @Nullable String note) {

  /** Copies the collections. */
  public ImportReport {
    tallies = Map.copyOf(tallies);
    preview = List.copyOf(preview);
  }
}
