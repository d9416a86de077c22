package org.tribunal.positions;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * A text to record: a resolution, a joint statement, a draft or an amendment.
 *
 * @param id the key
 * @param symbol the document symbol (e.g. {@code A/RES/ES-11/1}), if it has one
 * @param kind resolution, joint statement, draft or amendment
 * @param body the body that adopted or issued it (a coalition body id such as {@code UNGA}, {@code G7})
 * @param date the date of adoption, issue or (for a draft) tabling
 * @param title the title
 * @param fullText the text itself, if recorded
 * @param link where the text can be read
 * @param claims the claims it makes, from the vocabulary
 * @param amends the text this one amends or drafts, if any
 * @param officialTally the official tally of the vote, if it was voted
 * @param undlId the UN Digital Library record id, if any
 * @param source where the facts about the text come from
 * @param unconfirmed whether some of these facts could not be confirmed
 * @param note what is known about the text and its claims
 */
public record NewText(
    TextId id,
    @Nullable String symbol,
    TextKind kind,
    String body,
    LocalDate date,
    String title,
    @Nullable String fullText,
    @Nullable String link,
    Set<Claim> claims,
    @Nullable TextId amends,
    @Nullable Tally officialTally,
    @Nullable String undlId,
    SourceRef source,
    boolean unconfirmed,
    @Nullable String note) {

  /** Requires a body and a title, and copies the claims. */
  public NewText {
    if (body == null || body.isBlank()) {
      throw InvalidPositionException.field("body", "a text needs the body that adopted or issued it");
    }
    if (title == null || title.isBlank()) {
      throw InvalidPositionException.field("title", "a text needs a title");
    }
    if (date == null) {
      throw InvalidPositionException.field("date", "a text needs a date");
    }
    claims = Set.copyOf(new TreeSet<>(claims == null ? Set.of() : claims));
  }
}
