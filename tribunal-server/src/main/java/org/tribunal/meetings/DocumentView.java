package org.tribunal.meetings;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * A public document of a meeting.
 *
 * @param id identifier
 * @param title the document's title
 * @param url where it can be read, if anywhere
 * @param unconfirmed whether the fact is not confirmed
 * @param source where it comes from
 */
public record DocumentView(UUID id, String title, @Nullable String url, boolean unconfirmed, SourceRef source) {}
