package org.tribunal.record;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * One change to the record, as a module hands it to {@link PublicRecord}: what kind of record
 * changed, which one, its new version, the date the fact holds from, who made the change, where the
 * fact comes from, and the record's content.
 *
 * @param type the kind of record, {@code <module>.<noun>}, e.g. {@code coalition.membership}
 * @param id the record's identifier within its type
 * @param version the record's version after this change, from 1
 * @param validTime the date from which the fact holds, if it has one
 * @param actor who made the change (a user name, or {@code system} for seed data)
 * @param source where the fact comes from, if it names one
 * @param data the record's content; serialised to JSON and canonicalised (RFC 8785); use strings
 *     for decimal numbers, since canonical JSON numbers are IEEE doubles
 */
public record RecordEntry(
    String type,
    String id,
    int version,
    @Nullable LocalDate validTime,
    String actor,
    @Nullable SourceRef source,
    Object data) {

  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+");

  /**
   * Checks the entry's identity.
   *
   * @throws IllegalArgumentException if the type is not {@code module.noun}, the id or actor is
   *     blank, or the version is below 1
   */
  public RecordEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(data, "data");
    if (!TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("record type must look like module.noun, got '" + type + "'");
    }
    if (id.isBlank() || actor.isBlank()) {
      throw new IllegalArgumentException("a record entry needs an id and an actor");
    }
    if (version < 1) {
      throw new IllegalArgumentException("versions count from 1, got " + version);
    }
  }
}
