package org.tribunal.positions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * A recorded text. See {@link NewText} for the fields.
 *
 * @param id the key
 * @param symbol document symbol
 * @param kind what sort of text
 * @param body the body that adopted or issued it
 * @param date date of adoption or issue
 * @param title the title
 * @param fullText the text, if recorded
 * @param link where it can be read
 * @param claims the claims it makes, sorted
 * @param amends the text it amends or drafts
 * @param officialTally the official tally
 * @param undlId UN Digital Library record id
 * @param source where the facts come from
 * @param unconfirmed whether some facts are unconfirmed
 * @param note remarks
 * @param recordedBy who recorded this version
 * @param recordedAt when
 * @param version this version's number, from 1; a correction adds the next one
 * @param reason why this version replaced the previous one; null for version 1
 */
public record TextView(
    TextId id,
    @Nullable String symbol,
    TextKind kind,
    String body,
    LocalDate date,
    String title,
    @Nullable String fullText,
    @Nullable String link,
    SortedSet<Claim> claims,
    @Nullable TextId amends,
    @Nullable Tally officialTally,
    @Nullable String undlId,
    SourceRef source,
    boolean unconfirmed,
    @Nullable String note,
    String recordedBy,
    Instant recordedAt,
    int version,
    @Nullable String reason) {

  /** Returns the symbol, or the key if the text has no symbol. */
  public String label() {
    return symbol == null ? id.value() : symbol;
  }
}
