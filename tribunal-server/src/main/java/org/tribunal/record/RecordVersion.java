package org.tribunal.record;

import org.jspecify.annotations.Nullable;

/**
 * One version of a record as the public record knows it.
 *
 * @param type the record type
 * @param id the record's id
 * @param version the version
 * @param logIndex its index in the log, or {@code null} while it waits to be sequenced
 */
public record RecordVersion(String type, String id, int version, @Nullable Long logIndex) {

  /** Returns whether the version has its place in the log. */
  public boolean isSequenced() {
    return logIndex != null;
  }
}
