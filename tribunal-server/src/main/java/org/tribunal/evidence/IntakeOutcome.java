package org.tribunal.evidence;

/**
 * The result of an intake.
 *
 * @param item the item the bytes belong to
 * @param submission the number of this submission within the item
 * @param duplicate whether the vault already held these bytes (this is a further submission)
 */
public record IntakeOutcome(EvidenceItemView item, int submission, boolean duplicate) {}
