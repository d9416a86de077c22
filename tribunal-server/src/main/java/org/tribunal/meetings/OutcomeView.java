package org.tribunal.meetings;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/**
 * An outcome of a meeting.
 *
 * @param id identifier
 * @param kind statement adopted, decision or objection
 * @param summary what was adopted, decided or objected to
 * @param textId the positions module's text id of an adopted statement, if linked
 * @param state the objecting state of an objection
 * @param unconfirmed whether the fact is not confirmed
 * @param source where it comes from
 */
public record OutcomeView(
    UUID id, OutcomeKind kind, String summary, @Nullable String textId, @Nullable StateCode state,
    boolean unconfirmed, SourceRef source) {}
