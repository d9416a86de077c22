package org.tribunal.evidence.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tribunal.evidence.CustodyAction;
import org.tribunal.evidence.CustodyEventView;
import org.tribunal.evidence.IllegalCustodyEventException;
import org.tribunal.evidence.InvalidEvidenceException;
import org.tribunal.record.PublicRecord;
import org.tribunal.record.RecordEntry;
import org.tribunal.record.RecordQueries;
import org.tribunal.record.Sealed;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only chain of custody. {@link #append} checks that the event may follow the chain,
 * seals it into the public record (type {@value CustodyEventView#RECORD_TYPE}, id = item, version =
 * sequence) and stores it with its salt, all in the caller's transaction, on a locked item row.
 */
@Component
class CustodyLedger {

  /** An event may be dated this far ahead of the server's clock (clock skew), no further. */
  private static final Duration SKEW = Duration.ofMinutes(5);

  private final JdbcClient jdbc;
  private final Items items;
  private final PublicRecord record;
  private final RecordQueries recordQueries;
  private final JsonMapper json;
  private final Clock clock = Clock.systemUTC();

  CustodyLedger(JdbcClient jdbc, Items items, PublicRecord record, RecordQueries recordQueries, JsonMapper json) {
    this.jdbc = jdbc;
    this.items = items;
    this.record = record;
    this.recordQueries = recordQueries;
    this.json = json;
  }

  /** What an event says; the ledger adds sequence, times, actor and seal. */
  record Draft(
      CustodyAction action, String reason, @Nullable String location, @Nullable Instant occurredAt,
      @Nullable String custodian, @Nullable String authority, @Nullable String copySha256,
      @Nullable Integer submission) {}

  /**
   * Appends an event to the chain of the locked item {@code item}.
   *
   * @throws IllegalCustodyEventException if the event may not follow the chain
   */
  CustodyEventView append(ItemRow item, Draft draft, String actor) {
    if (!draft.action().isAllowedFrom(item.status())) {
      throw IllegalCustodyEventException.notAllowed(draft.action(), item.status());
    }
    Instant recordedAt = clock.instant();
    Instant occurredAt = draft.occurredAt() == null ? recordedAt : draft.occurredAt();
    if (occurredAt.isAfter(recordedAt.plus(SKEW))) {
      throw InvalidEvidenceException.field("occurredAt", "A custody event cannot be dated in the future.");
    }
    int seq = item.custodySeq() + 1;
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("item", item.id().toString());
    data.put("sequence", seq);
    data.put("action", draft.action().name());
    data.put("occurredAt", occurredAt.toString());
    data.put("recordedAt", recordedAt.toString());
    data.put("actor", actor);
    data.put("reason", draft.reason());
    putIfPresent(data, "location", draft.location());
    putIfPresent(data, "custodian", draft.custodian());
    putIfPresent(data, "authority", draft.authority());
    putIfPresent(data, "copySha256", draft.copySha256());
    putIfPresent(data, "submission", draft.submission());
    data.put("sha256", item.hashes().sha256());
    data.put("sha512", item.hashes().sha512());
    data.put("size", Long.toString(item.hashes().size()));
    Sealed sealed = record.appendSealed(new RecordEntry(CustodyEventView.RECORD_TYPE, item.id().toString(), seq,
        occurredAt.atOffset(ZoneOffset.UTC).toLocalDate(), actor, null, data));
    jdbc.sql("""
        INSERT INTO evidence.custody_event (item_id, seq, action, occurred_at, recorded_at, actor, reason, location,
          custodian, authority, copy_sha256, submission, committed, salt, commitment)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""")
        .params(item.id(), seq, draft.action().name(), Timestamp.from(occurredAt), Timestamp.from(recordedAt), actor,
            draft.reason(), draft.location(), draft.custodian(), draft.authority(), draft.copySha256(),
            draft.submission(), json.writeValueAsString(data), sealed.salt(), sealed.commitment().toHex())
        .update();
    items.advance(item.id(), item.custodySeq(), seq, draft.action().leadsTo());
    return new CustodyEventView(seq, draft.action(), occurredAt, recordedAt, actor, draft.reason(), draft.location(),
        draft.custodian(), draft.authority(), draft.copySha256(), draft.submission(), sealed.commitment().toHex(), null);
  }

  /** The chain of {@code itemId}, oldest first, each event with its log index if sequenced. */
  List<CustodyEventView> chain(UUID itemId) {
    return jdbc.sql("SELECT * FROM evidence.custody_event WHERE item_id = ? ORDER BY seq").param(itemId)
        .query((rs, n) -> {
          int seq = rs.getInt("seq");
          OptionalLong index = recordQueries.findIndex(CustodyEventView.RECORD_TYPE, itemId.toString(), seq);
          Object submission = rs.getObject("submission");
          return new CustodyEventView(seq, CustodyAction.valueOf(rs.getString("action")),
              rs.getTimestamp("occurred_at").toInstant(), rs.getTimestamp("recorded_at").toInstant(),
              rs.getString("actor"), rs.getString("reason"), rs.getString("location"), rs.getString("custodian"),
              rs.getString("authority"), rs.getString("copy_sha256"),
              submission == null ? null : ((Number) submission).intValue(), rs.getString("commitment"),
              index.isPresent() ? index.getAsLong() : null);
        })
        .list();
  }

  private static void putIfPresent(Map<String, Object> data, String key, @Nullable Object value) {
    if (value != null) {
      data.put(key, value);
    }
  }
}
