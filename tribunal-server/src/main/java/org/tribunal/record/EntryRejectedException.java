package org.tribunal.record;

import org.tribunal.shared.DomainException;

/** Thrown when an entry cannot go into the log: appended before, or too large. */
public final class EntryRejectedException extends DomainException {

  private static final long serialVersionUID = 1L;

  private EntryRejectedException(String slug, String title, String detail) {
    super(slug, 409, title, detail);
  }

  /**
   * The entry was appended before.
   *
   * @param type the record type
   * @param id the record id
   * @param version the version appended twice
   * @return the exception
   */
  public static EntryRejectedException duplicate(String type, String id, int version) {
    EntryRejectedException e =
        new EntryRejectedException(
            "duplicate-log-entry",
            "Entry already in the record",
            "Version " + version + " of " + type + " " + id + " is already in the record");
    e.with("recordType", type).with("recordId", id).with("version", version);
    return e;
  }

  /**
   * The entry's canonical form exceeds the limit.
   *
   * @param type the record type
   * @param id the record id
   * @param size the canonical size in bytes
   * @param limit the limit in bytes
   * @return the exception
   */
  public static EntryRejectedException tooLarge(String type, String id, int size, int limit) {
    EntryRejectedException e =
        new EntryRejectedException(
            "log-entry-too-large",
            "Entry too large for the record",
            "The entry for " + type + " " + id + " has " + size + " bytes; the limit is " + limit);
    e.with("size", size).with("limit", limit);
    return e;
  }
}
