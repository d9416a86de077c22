package org.tribunal.record.web;

import org.tribunal.shared.DomainException;

/** A proof, receipt or entry that cannot be given for the values asked. */
final class ProofRequestException extends DomainException {

  private static final long serialVersionUID = 1L;

  private ProofRequestException(String slug, int status, String title, String detail) {
    super(slug, status, title, detail);
  }

  static ProofRequestException indexNotBelowSize(long index, long size) {
    ProofRequestException e = new ProofRequestException("index-not-in-tree", 400, "Index not in the tree",
        "Index " + index + " is not below tree size " + size + "; use 0 <= index < size");
    e.with("index", index).with("size", size);
    return e;
  }

  static ProofRequestException sizesOutOfOrder(long from, long to) {
    ProofRequestException e = new ProofRequestException("sizes-out-of-order", 400, "Sizes out of order",
        "A consistency proof needs 0 <= from <= to, got from " + from + " and to " + to);
    e.with("from", from).with("to", to);
    return e;
  }

  static ProofRequestException beyondTree(long size, long treeSize) {
    ProofRequestException e = new ProofRequestException("size-beyond-tree", 422, "Tree not that large yet",
        "Size " + size + " is larger than the log's tree, which has " + treeSize + " entries");
    e.with("size", size).with("treeSize", treeSize);
    return e;
  }

  static ProofRequestException unknownEntry(String type, String id, int version) {
    ProofRequestException e = new ProofRequestException("unknown-record-entry", 404, "No such entry",
        "Version " + version + " of " + type + " " + id + " was never appended to the record");
    e.with("recordType", type).with("recordId", id).with("version", version);
    return e;
  }

  static ProofRequestException unknownIndex(long index) {
    ProofRequestException e = new ProofRequestException("unknown-log-index", 404, "No such entry",
        "The log has no entry at index " + index);
    e.with("index", index);
    return e;
  }

  static ProofRequestException notYetSequenced(String type, String id, int version) {
    ProofRequestException e = new ProofRequestException("entry-not-yet-sequenced", 409, "Entry not in the log yet",
        "Version " + version + " of " + type + " " + id + " waits for the sequencer; try again in a second");
    e.with("recordType", type).with("recordId", id).with("version", version);
    return e;
  }

  static ProofRequestException notYetPublished(long index) {
    ProofRequestException e = new ProofRequestException("entry-not-yet-published", 409, "No checkpoint covers the entry yet",
        "Entry " + index + " is in the log but no published checkpoint covers it yet; try again in a few seconds");
    e.with("index", index);
    return e;
  }
}
