package org.tribunal.record;

import java.util.List;
import java.util.OptionalLong;

/**
 * Tells a module where its records are in the public log. Reads only; safe to call from any
 * transaction or none.
 */
public interface RecordQueries {

  /**
   * Returns the log index of one version of a record.
   *
   * @param type the record type, e.g. {@code coalition.membership}
   * @param id the record's id
   * @param version the version
   * @return the index, or empty if that version was never appended or waits in the outbox
   */
  OptionalLong findIndex(String type, String id, int version);

  /**
   * Lists every version of a record that went into the record, oldest first.
   *
   * @param type the record type
   * @param id the record's id
   * @return the versions; empty if the record was never appended
   */
  List<RecordVersion> history(String type, String id);
}
