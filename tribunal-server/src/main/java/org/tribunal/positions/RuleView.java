package org.tribunal.positions;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of a participation rule.
 *
 * @param id the rule's id
 * @param version the version number, 1 for the first
 * @param name short name
 * @param description the rule in words
 * @param spec the rule as data
 * @param validFrom first date this version applies to
 * @param reason why this version was made
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record RuleView(
    String id, int version, String name, String description, RuleSpec spec, LocalDate validFrom,
    @Nullable String reason, String recordedBy, Instant recordedAt) {}
