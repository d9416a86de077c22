package org.tribunal.meetings;

import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/**
 * A command to record an outcome of a held meeting.
 *
 * @param kind a statement adopted, a decision or an objection
 * @param summary what was adopted, decided or objected to
 * @param textId for a statement, the id of its text in the positions module, if it is there
 * @param state for an objection, the objecting state; {@code null} otherwise
 * @param unconfirmed whether the fact is not confirmed
 * @param source where it comes from
 */
public record NewOutcome(
    OutcomeKind kind, String summary, @Nullable String textId, @Nullable StateCode state, boolean unconfirmed,
    SourceRef source) {}
