package org.tribunal.coalition;

/**
 * What a party is in a body during a membership period. {@link #WITHDRAWN} records the time after leaving (so
 * "who had left by then" is answerable), and is not counted as a current member.
 */
public enum MembershipStatus {
  MEMBER, ASSOCIATE, PARTICIPANT, OBSERVER, SUSPENDED, WITHDRAWN;

  /** Returns whether a party with this status belongs to the body (everything except {@link #WITHDRAWN}). */
  public boolean belongs() {
    return this != WITHDRAWN;
  }
}
