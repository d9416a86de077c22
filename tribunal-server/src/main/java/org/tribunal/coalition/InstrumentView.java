package org.tribunal.coalition;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * An instrument: agreement, statute, convention or partial-agreement resolution, with its entry-into-force rule.
 *
 * @param id identifier
 * @param version this version, from 1; a correction is the next version
 * @param title full title
 * @param kind agreement, statute...
 * @param adoptedOn adoption or opening for signature, or {@code null} when unknown
 * @param place where it was adopted, or {@code null}
 * @param signatureRequired whether ratification, acceptance or approval must follow a signature
 * @param entryIntoForce the entry-into-force clause as data
 * @param ruleUnconfirmed whether the clause was not read in the primary text
 * @param body the body it establishes or belongs to, or {@code null}
 * @param annexTo the instrument it is annexed to (the Statute to the Agreement), or {@code null}
 * @param note free note or {@code null}
 * @param source where the facts come from
 * @param reason why this version corrects the previous one, or {@code null} for version 1
 * @param recordedBy who recorded this version
 * @param recordedAt when this version was recorded
 */
public record InstrumentView(InstrumentId id, int version, String title, InstrumentKind kind, @Nullable LocalDate adoptedOn,
    @Nullable String place, boolean signatureRequired, EntryIntoForceRule entryIntoForce, boolean ruleUnconfirmed,
    @Nullable BodyId body, @Nullable InstrumentId annexTo, @Nullable String note, SourceRef source,
    @Nullable String reason, String recordedBy, Instant recordedAt) {}
