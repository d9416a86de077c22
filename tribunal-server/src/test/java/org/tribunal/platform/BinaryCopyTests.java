package org.tribunal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.support.IntegrationTest;

@IntegrationTest
class BinaryCopyTests {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;

  private static final String TABLE = """
      CREATE TEMP TABLE copied (n integer, code char(3), name text, day date, yes boolean, raw bytea, at timestamptz)
      ON COMMIT DROP""";

  private static final String COPY = "COPY copied FROM STDIN WITH (FORMAT binary)";

  @Test
  void storesEveryTypeAsPostgresReadsItsTextForm() {
    Instant at = Instant.parse("2025-02-24T10:15:30.123456Z");
    List<Map<String, Object>> rows = tx.execute(status -> {
      jdbc.execute(TABLE);
      try (BinaryCopy copy = BinaryCopy.open(dataSource, COPY)) {
        copy.row(7).int4(141).text("UKR").text("Côte d'Ivoire, \"Україна\"\n").date(LocalDate.of(2022, 3, 2))
            .bool(true).bytes(new byte[] {0, (byte) 0xFF, 42}).timestamp(at);
        copy.row(7).int4(-5).text("RUS").text("").date(LocalDate.of(1945, 6, 26)).bool(false).bytes(new byte[0])
            .timestamp(Instant.parse("1999-12-31T23:59:59Z"));
        copy.row(7).nul().nul().text(null).date(null).nul().nul().nul();
        assertThat(copy.finish()).isEqualTo(3);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return jdbc.queryForList("""
          SELECT n, code, name, day::text AS day, yes, encode(raw, 'hex') AS raw,
                 to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS at
          FROM copied ORDER BY n NULLS LAST""");
    });

    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).containsEntry("n", -5).containsEntry("code", "RUS").containsEntry("name", "")
        .containsEntry("day", "1945-06-26").containsEntry("yes", false).containsEntry("raw", "")
        .containsEntry("at", "1999-12-31T23:59:59.000000");
    assertThat(rows.get(1)).containsEntry("n", 141).containsEntry("code", "UKR")
        .containsEntry("name", "Côte d'Ivoire, \"Україна\"\n").containsEntry("day", "2022-03-02")
        .containsEntry("yes", true).containsEntry("raw", "00ff2a").containsEntry("at", "2025-02-24T10:15:30.123456");
    assertThat(rows.get(2).values()).containsOnlyNulls();
  }

  @Test
  void sendsLargeCopiesInChunksAndKeepsEveryRow() {
    int n = 50_000;
    Long stored = tx.execute(status -> {
      jdbc.execute(TABLE);
      try (BinaryCopy copy = BinaryCopy.open(dataSource, COPY)) {
        for (int i = 0; i < n; i++) {
          copy.row(7).int4(i).text("AAA").text("row " + i).date(LocalDate.of(2000, 1, 1).plusDays(i))
              .bool(i % 2 == 0).bytes(new byte[] {(byte) i}).timestamp(Instant.EPOCH.plusSeconds(i));
        }
        copy.finish();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return jdbc.queryForObject("""
          SELECT count(*) FROM copied
          WHERE name = 'row ' || n AND day = date '2000-01-01' + n AND yes = (n % 2 = 0)
            AND at = to_timestamp(n)""", Long.class);
    });
    assertThat(stored).isEqualTo(n);
  }

  @Test
  void aRowPostgresRefusesFailsTheCopy() {
    assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
      jdbc.execute(TABLE);
      try (BinaryCopy copy = BinaryCopy.open(dataSource, COPY)) {
        copy.row(7).int4(1).text("TOOLONG").text("x").date(null).nul().nul().nul();
        copy.finish();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    })).hasRootCauseInstanceOf(SQLException.class).rootCause().hasMessageContaining("character(3)");
  }
}
