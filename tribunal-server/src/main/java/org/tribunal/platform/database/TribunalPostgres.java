package org.tribunal.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What an embedded PostgreSQL needs to be for Tribunal, for the application's own server ({@link
 * EmbeddedPostgresConfiguration}) and the tests' one alike: the settings the schema and the code rely on,
 * not the ones for durability or speed.
 */
public final class TribunalPostgres {

  private TribunalPostgres() {}

  /** Returns a builder of an embedded PostgreSQL with the settings Tribunal relies on. */
  public static EmbeddedPostgres.Builder builder() {
    return EmbeddedPostgres.builder()
        // A bulk import writes its record entries on a second connection, in a transaction prepared
        // and committed with the import's (the record's PreparedAppend); without prepared transactions
        // it writes them on its own connection, after its positions.
        .setServerConfig("max_prepared_transactions", "16")
        // Text sorts and compares by code point with PostgreSQL's own C.UTF-8 locale (17 and later)
        // instead of whatever locale the machine's environment gives initdb: the same order as glibc's
        // C.UTF-8, on every machine, and index keys compared with memcmp rather than strcoll.
        .setLocaleConfig("locale-provider", "builtin")
        .setLocaleConfig("builtin-locale", "C.UTF-8");
  }
}
