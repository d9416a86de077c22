package org.tribunal.evidence;

import org.jspecify.annotations.Nullable;

/**
 * A command to add a working copy derived from an original.
 *
 * @param kind how it was derived
 * @param tool the tool that made it, with its version (e.g. {@code ffmpeg 6.1}), 1 to 200 characters
 * @param fileName the copy's file name, 1 to 255 characters, no path
 * @param note what was done, if worth saying
 */
public record NewWorkingCopy(DerivationKind kind, String tool, String fileName, @Nullable String note) {

  /**
   * Checks the command.
   *
   * @throws InvalidEvidenceException if the tool or file name is missing or malformed
   */
  public NewWorkingCopy {
    if (kind == null) {
      throw InvalidEvidenceException.field("kind", "A working copy names how it was derived.");
    }
    if (tool == null || tool.isBlank() || tool.length() > 200) {
      throw InvalidEvidenceException.field("tool", "A working copy names the tool that made it (1 to 200 characters).");
    }
    tool = tool.strip();
    fileName = Provenance.of(fileName, AcquisitionMethod.OTHER).originalFileName();
    if (note != null && note.length() > 2000) {
      throw InvalidEvidenceException.field("note", "'note' has at most 2000 characters.");
    }
    note = note == null || note.isBlank() ? null : note.strip();
  }
}
