package org.tribunal.coalition;

import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * Command: register a body. Fields as in {@link BodyView}; the parent must already be registered.
 *
 * @param id identifier
 * @param name full name, not blank
 * @param kind what sort of body it is
 * @param description the kind in the source's words
 * @param parent parent body or {@code null}
 * @param note free note or {@code null}
 * @param source where the facts come from
 * @param recordedBy who registers it (a user name, or {@code seed})
 */
public record NewBody(BodyId id, String name, BodyKind kind, String description, @Nullable BodyId parent,
    @Nullable String note, SourceRef source, String recordedBy) {

  /** Rejects a blank name and over-long text. */
  public NewBody {
    Text.required("name", name);
    Text.required("recordedBy", recordedBy);
    Text.limited("description", description);
    Text.limited("note", note);
  }
}
