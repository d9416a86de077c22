package org.tribunal.record;

import java.util.List;

/**
 * Published, in the sequencer's transaction, when a batch of entries got its place in the log.
 *
 * @param firstIndex the log index of the batch's first entry
 * @param treeSize the tree size after the batch
 * @param entries the batch's entries with their indexes, in log order
 */
public record EntriesSequenced(long firstIndex, long treeSize, List<SequencedEntry> entries) {

  /** Copies the list. */
  public EntriesSequenced {
    entries = List.copyOf(entries);
  }

  /**
   * One entry of a sequenced batch.
   *
   * @param type the record type
   * @param id the record's id
   * @param version the version
   * @param logIndex its index in the log
   */
  public record SequencedEntry(String type, String id, int version, long logIndex) {}
}
