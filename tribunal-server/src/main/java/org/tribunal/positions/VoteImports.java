package org.tribunal.positions;

import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Imports texts, votes and positions from files. An import is all-or-nothing: every line is checked
 * first and, if any is wrong, nothing is written and {@link ImportRejectedException} lists every
 * problem with file, line and field. Importing the same content twice changes nothing. A dry run
 * checks and counts but writes nothing.
 */
public interface VoteImports {

  /**
   * Imports a file.
   *
   * @param format the file's format
   * @param fileName the name reported in problems
   * @param content the file, UTF-8 CSV with a header line; read fully, not closed
   * @param text for {@link ImportFormat#NAMES} without a {@code resolution} column: the text voted on
   * @param dryRun whether to write nothing
   * @return what was (or would be) imported
   * @throws ImportRejectedException if any line is wrong
   */
  ImportReport importFile(ImportFormat format, String fileName, InputStream content, @Nullable TextId text,
      boolean dryRun);
}
