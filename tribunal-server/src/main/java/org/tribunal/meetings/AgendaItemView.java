package org.tribunal.meetings;

import java.util.UUID;
import org.tribunal.shared.SourceRef;

/**
 * An item of a meeting's agenda.
 *
 * @param id identifier
 * @param position 1 for the first item
 * @param title what the item is
 * @param unconfirmed whether the fact is not confirmed
 * @param source where it comes from
 */
public record AgendaItemView(UUID id, int position, String title, boolean unconfirmed, SourceRef source) {}
