package org.tribunal.meetings;

import org.tribunal.shared.SourceRef;

/**
 * A command to add an item at the end of a meeting's agenda.
 *
 * @param title what the item is
 * @param unconfirmed whether the fact is not confirmed
 * @param source where it comes from
 */
public record NewAgendaItem(String title, boolean unconfirmed, SourceRef source) {}
