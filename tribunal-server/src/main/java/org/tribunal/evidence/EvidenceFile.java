package org.tribunal.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Kept bytes ready to be read: an original or a working copy.
 *
 * @param fileName the name to give the file
 * @param mediaType its media type
 * @param hashes its hashes and size
 * @param content opens the bytes (read-only)
 */
public record EvidenceFile(String fileName, String mediaType, ContentHashes hashes, Content content) {

  /** Opens the bytes of a kept file. */
  @FunctionalInterface
  public interface Content {

    /**
     * Opens a new stream over the bytes; the caller closes it.
     *
     * @throws IOException if the file is missing or unreadable
     */
    InputStream open() throws IOException;
  }
}
