package org.tribunal.coalition;

import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * A body or group states belong to (Core Group, G7, EU, Council of Europe, a partial agreement, a team...).
 *
 * @param id identifier
 * @param name full name
 * @param kind what sort of body it is
 * @param description the kind in the source's own words
 * @param parent the body it belongs to (EPA within the Council of Europe), or {@code null}
 * @param note free note, or {@code null}
 * @param source where the facts come from
 */
public record BodyView(BodyId id, String name, BodyKind kind, String description, @Nullable BodyId parent,
    @Nullable String note, SourceRef source) {}
