package org.tribunal.coalition;

/** What sort of body a {@link BodyView} is. */
public enum BodyKind {
  INTERGOVERNMENTAL_GROUP, ORGANISATION, ORGAN, AGENCY, TREATY_BODY, PARTIAL_AGREEMENT, TRIBUNAL, TEAM, CONFERENCE
}
