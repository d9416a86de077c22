package org.tribunal.meetings;

import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * A command to list a public document of a meeting.
 *
 * @param title the document's title
 * @param url where it can be read, if anywhere
 * @param unconfirmed whether the fact is not confirmed
 * @param source where it comes from
 */
public record NewDocument(String title, @Nullable String url, boolean unconfirmed, SourceRef source) {}
