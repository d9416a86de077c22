package org.tribunal.record.log;

import java.util.Objects;
import org.tribunal.merkle.hash.Hash;

/**
 * The size and root hash of the log's tree at one moment.
 *
 * @param size number of entries
 * @param root RFC 6962 root hash of those entries
 */
public record TreeHead(long size, Hash root) {

  /** Checks the values. */
  public TreeHead {
    Objects.requireNonNull(root, "root");
    if (size < 0) {
      throw new IllegalArgumentException("tree size must be below 2^63, got " + size);
    }
  }
}
