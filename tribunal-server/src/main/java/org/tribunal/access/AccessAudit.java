package org.tribunal.access;

/**
 * The access audit: who did what, when and from where.
 *
 * <p>Every write request (any method but GET, HEAD, OPTIONS and TRACE) is recorded by the access
 * module itself, including failed ones. Other modules call {@link #recordRead(String)} for each
 * read of a non-public record, and may call {@link #describeWrite(String)} during a write to name
 * the object it touched. The current user, request path and remote address are taken from the
 * calling thread. Never pass passwords, tokens or classified content as an object reference.
 */
public interface AccessAudit {

  /**
   * Records that the current user read the non-public record {@code objectRef}, at once and in its
   * own transaction (the entry stays even if the caller's transaction rolls back).
   *
   * @param objectRef a reference to the record, e.g. {@code "meetings/note/5f1c..."}
   */
  void recordRead(String objectRef);

  /**
   * Records an access of kind {@code action} (e.g. {@code "READ"}, {@code "EXPORT"},
   * {@code "GRANT"}) to {@code objectRef} by the current user.
   *
   * @param action a short upper-case verb, at most 32 characters
   * @param objectRef a reference to the object, at most 500 characters
   * @throws IllegalArgumentException if {@code action} is blank or too long
   */
  void record(String action, String objectRef);

  /**
   * Names the object the current write request touches; the write's audit entry carries it.
   * Outside a request this does nothing.
   *
   * @param objectRef a reference to the object, e.g. {@code "coalition/membership/42"}
   */
  void describeWrite(String objectRef);
}
