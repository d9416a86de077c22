package org.tribunal.positions.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tribunal.positions.Claim;
import org.tribunal.positions.ClaimView;
import org.tribunal.positions.DisputeView;
import org.tribunal.positions.PositionView;
import org.tribunal.positions.RuleView;
import org.tribunal.positions.TextView;
import org.tribunal.record.RecordEntry;
import org.tribunal.shared.SourceRef;

/**
 * Builds the public-record entries of this module's changes: one entry per changed record, typed
 * {@code positions.<noun>}. Public for this module's importers; not part of the module's API.
 */
public final class RecordEntries {

  private RecordEntries() {}

  /** Returns the entry of a claim added to the vocabulary. */
  static RecordEntry claim(ClaimView c, String actor) {
    Map<String, @Nullable Object> d = new LinkedHashMap<>();
    d.put("code", c.claim().code());
    d.put("labelEn", c.labelEn());
    d.put("labelFr", c.labelFr());
    d.put("labelUk", c.labelUk());
    d.put("description", c.description());
    return new RecordEntry("positions.claim", c.claim().code(), 1, null, actor, null, d);
  }

  /** Returns the entry of a recorded text version (the reason is in the content from version 2 on). */
  public static RecordEntry text(TextView t) {
    Map<String, @Nullable Object> d = new LinkedHashMap<>();
    d.put("symbol", t.symbol());
    d.put("kind", t.kind().name());
    d.put("body", t.body());
    d.put("date", t.date().toString());
    d.put("title", t.title());
    d.put("link", t.link());
    d.put("claims", t.claims().stream().map(Claim::code).toList());
    d.put("amends", t.amends() == null ? null : t.amends().value());
    d.put("officialTally", t.officialTally() == null ? null : t.officialTally().toString());
    d.put("undlId", t.undlId());
    d.put("unconfirmed", t.unconfirmed());
    d.put("note", t.note());
    if (t.version() > 1) {
      d.put("reason", t.reason());
    }
    return new RecordEntry("positions.text", t.id().value(), t.version(), t.date(), t.recordedBy(), t.source(), d);
  }

  /** Returns the entry of a recorded position version. */
  public static RecordEntry position(PositionView p) {
    return position(p.ref().key(), p.version(), p.ref().text().value(), p.ref().state().value(), p.ref().slot().name(),
        p.kind().name(), p.date(), p.explanation(), p.unconfirmed(), p.note(), p.retracted(), p.reason(),
        p.recordedBy(), p.source());
  }

  /** Returns the entry of a position version, from its columns (for bulk imports). */
  public static RecordEntry position(String key, int version, String text, String state, String slot, String kind,
      LocalDate date, @Nullable String explanation, boolean unconfirmed, @Nullable String note, boolean retracted,
      @Nullable String reason, String actor, SourceRef source) {
    Map<String, @Nullable Object> d = new LinkedHashMap<>();
    d.put("text", text);
    d.put("state", state);
    d.put("slot", slot);
    d.put("kind", kind);
    d.put("date", date.toString());
    d.put("explanation", explanation);
    d.put("unconfirmed", unconfirmed);
    d.put("note", note);
    d.put("retracted", retracted);
    d.put("reason", reason);
    return new RecordEntry("positions.position", key, version, date, actor, source, d);
  }

  /** Returns the entry of a dispute recorded beside a position. */
  static RecordEntry dispute(DisputeView v) {
    Map<String, @Nullable Object> d = new LinkedHashMap<>();
    d.put("position", v.position().key());
    d.put("positionVersion", v.version());
    d.put("statement", v.statement());
    d.put("sourceUrl", v.sourceUrl());
    return new RecordEntry("positions.dispute", v.id().toString(), 1, null, v.disputedBy(),
        v.sourceUrl() == null ? null : SourceRef.ofUrl(v.sourceUrl()), d);
  }

  /** Returns the entry of a rule version. */
  static RecordEntry rule(RuleView r) {
    Map<String, @Nullable Object> d = new LinkedHashMap<>();
    d.put("name", r.name());
    d.put("description", r.description());
    d.put("claims", r.spec().claims().stream().map(Claim::code).sorted().toList());
    d.put("windowMonths", r.spec().windowMonths());
    d.put("requirement", r.spec().requirement().name());
    d.put("countUnconfirmed", r.spec().countUnconfirmed());
    d.put("bodies", r.spec().bodies().stream().sorted().toList());
    d.put("reason", r.reason());
    return new RecordEntry("positions.rule", r.id(), r.version(), r.validFrom(), r.recordedBy(), null, d);
  }

  /** Returns the entry of a committed import run. */
  public static RecordEntry importRun(String id, String file, String sha256, String format, int rows, int texts,
      int created, int unchanged, String actor) {
    Map<String, @Nullable Object> d = new LinkedHashMap<>();
    d.put("file", file);
    d.put("sha256", sha256);
    d.put("format", format);
    d.put("rows", rows);
    d.put("textsCreated", texts);
    d.put("positionsCreated", created);
    d.put("positionsUnchanged", unchanged);
    return new RecordEntry("positions.import", id, 1, null, actor, null, d);
  }
}
