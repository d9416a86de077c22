package org.tribunal.coalition.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tribunal.coalition.BodyView;
import org.tribunal.coalition.EntryIntoForceRule;
import org.tribunal.coalition.InstrumentActionView;
import org.tribunal.coalition.InstrumentView;
import org.tribunal.coalition.MembershipView;
import org.tribunal.coalition.Party;
import org.tribunal.coalition.StateView;
import org.tribunal.record.PublicRecord;
import org.tribunal.record.RecordEntry;

/**
 * Hands each committed coalition change to the public record: one entry per changed record, in the facade's
 * transaction, so the entry commits or rolls back with the fact. The entry's content is a flat map of the record's
 * fields (codes as strings, dates as ISO strings) so that its canonical JSON does not depend on Java types.
 */
@Component
class CoalitionRecord {

  static final String STATE = "coalition.state";
  static final String BODY = "coalition.body";
  static final String MEMBERSHIP = "coalition.membership";
  static final String INSTRUMENT = "coalition.instrument";
  static final String ACTION = "coalition.instrument-action";

  private final PublicRecord record;

  CoalitionRecord(PublicRecord record) {
    this.record = record;
  }

  void state(StateView s, String actor) {
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("code", s.code().value());
    data.put("nameEn", s.nameEn());
    data.put("nameFr", s.nameFr());
    data.put("nameUk", s.nameUk());
    data.put("unStatus", s.unStatus().name());
    record.append(new RecordEntry(STATE, s.code().value(), 1, null, actor, s.source(), data));
  }

  void body(BodyView b, String actor) {
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("id", b.id().value());
    data.put("name", b.name());
    data.put("kind", b.kind().name());
    data.put("description", b.description());
    data.put("parent", b.parent() == null ? null : b.parent().value());
    data.put("note", b.note());
    record.append(new RecordEntry(BODY, b.id().value(), 1, null, actor, b.source(), data));
  }

  void membership(MembershipView m) {
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    party(data, m.party());
    data.put("body", m.body().value());
    data.put("from", text(m.period().from()));
    data.put("to", text(m.period().to()));
    data.put("status", m.status().name());
    data.put("basis", m.basis());
    data.put("note", m.note());
    data.put("unconfirmed", m.unconfirmed());
    data.put("reason", m.reason());
    data.put("retracted", m.retracted());
    record.append(new RecordEntry(MEMBERSHIP, m.id().toString(), m.version(), m.period().from(), m.recordedBy(),
        m.source(), data));
  }

  void instrument(InstrumentView i) {
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("id", i.id().value());
    data.put("title", i.title());
    data.put("kind", i.kind().name());
    data.put("adoptedOn", text(i.adoptedOn()));
    data.put("place", i.place());
    data.put("signatureRequired", i.signatureRequired());
    data.put("entryIntoForce", rule(i.entryIntoForce()));
    data.put("ruleUnconfirmed", i.ruleUnconfirmed());
    data.put("body", i.body() == null ? null : i.body().value());
    data.put("annexTo", i.annexTo() == null ? null : i.annexTo().value());
    data.put("note", i.note());
    data.put("reason", i.reason());
    record.append(new RecordEntry(INSTRUMENT, i.id().value(), i.version(), i.adoptedOn(), i.recordedBy(),
        i.source(), data));
  }

  void action(InstrumentActionView a) {
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("instrument", a.instrument().value());
    party(data, a.party());
    data.put("act", a.act().name());
    data.put("date", a.on().toString());
    data.put("note", a.note());
    data.put("unconfirmed", a.unconfirmed());
    data.put("reason", a.reason());
    data.put("retracted", a.retracted());
    record.append(new RecordEntry(ACTION, a.id().toString(), a.version(), a.on(), a.recordedBy(), a.source(), data));
  }

  /** Returns the rule as data: its kind and parameters, and the English description. */
  static Map<String, @Nullable Object> rule(EntryIntoForceRule rule) {
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    if (rule instanceof EntryIntoForceRule.AfterConsents a) {
      data.put("kind", "AFTER_CONSENTS");
      data.put("consents", a.consents());
      data.put("months", a.months());
      data.put("firstDayOfMonth", a.firstDayOfMonth());
    } else if (rule instanceof EntryIntoForceRule.OnSignature s) {
      data.put("kind", "ON_SIGNATURE");
      data.put("signatures", s.signatures());
    } else if (rule instanceof EntryIntoForceRule.OnDate d) {
      data.put("kind", "ON_DATE");
      data.put("date", d.date().toString());
    } else if (rule instanceof EntryIntoForceRule.Textual t) {
      data.put("kind", "TEXTUAL");
      data.put("text", t.text());
    }
    data.put("description", rule.describe());
    return data;
  }

  private static void party(Map<String, @Nullable Object> data, Party party) {
    data.put("state", party.isState() ? party.code() : null);
    data.put("organisation", party.isState() ? null : party.code());
  }

  private static @Nullable String text(java.time.@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }
}
