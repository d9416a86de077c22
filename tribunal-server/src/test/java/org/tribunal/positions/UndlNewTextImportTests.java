package org.tribunal.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tribunal.support.IntegrationTest;

/**
 * Votes on a resolution the import itself records are written as first versions while the file is read; in
 * the same file, votes on a resolution already recorded are compared as usual. Either way the import is one
 * public-record entry per position written, all or nothing, and a dry run writes nothing.
 */
@IntegrationTest
class UndlNewTextImportTests {

  static final String HEADER = "undl_id,date,resolution,title,total_yes,total_no,total_abstentions,"
      + "total_non_voting,total_ms,undl_link,ms_code,ms_name,ms_vote\n";

  @Autowired VoteImports imports;
  @Autowired PositionQueries queries;
  @Autowired JdbcClient jdbc;

  @Test
  void votesOnANewResolutionAndOnARecordedOneGoInTogetherWithOneEntryEach() {
    imports.importFile(ImportFormat.UNDL, "earlier.csv",
        bytes(HEADER + row("A/RES/TEST/100", "ISL", "Y") + row("A/RES/TEST/100", "NOR", "Y")), null, false);
    String csv = HEADER
        + row("A/RES/TEST/101", "ISL", "Y") + row("A/RES/TEST/101", "NOR", "N")
        // the resolution recorded above: Iceland's vote is unchanged, Norway's is not
        + row("A/RES/TEST/100", "ISL", "Y") + row("A/RES/TEST/100", "NOR", "A")
        + row("A/RES/TEST/101", "DNK", "A");

    ImportReport report = imports.importFile(ImportFormat.UNDL, "mixed.csv", bytes(csv), null, false);

    assertThat(report.textsCreated()).isEqualTo(1);
    assertThat(report.positionsCreated()).isEqualTo(4);
    assertThat(report.positionsUnchanged()).isEqualTo(1);
    TextId created = TextId.fromSymbol("A/RES/TEST/101");
    assertThat(queries.positionsOn(created, java.time.LocalDate.of(2099, 1, 1)))
        .extracting(p -> p.state().value() + " " + p.kind() + " v" + p.version())
        .containsExactlyInAnyOrder("ISL VOTE_YES v1", "NOR VOTE_NO v1", "DNK VOTE_ABSTAIN v1");
    assertThat(entries(created.value() + "~%")).containsExactly(
        created.value() + "~DNK~VOTE v1", created.value() + "~ISL~VOTE v1", created.value() + "~NOR~VOTE v1");
    String earlier = TextId.fromSymbol("A/RES/TEST/100").value();
    assertThat(entries(earlier + "~NOR~%")).containsExactly(earlier + "~NOR~VOTE v1", earlier + "~NOR~VOTE v2");
    assertThat(entries(earlier + "~ISL~%")).containsExactly(earlier + "~ISL~VOTE v1");
  }

  @Test
  void theRecordGetsANewResolutionBeforeItsVotesAndTheImportRunLast() {
    imports.importFile(ImportFormat.UNDL, "earlier.csv",
        bytes(HEADER + row("A/RES/TEST/104", "ISL", "Y")), null, false);
    long after = lastOutboxId();
    String csv = HEADER + row("A/RES/TEST/105", "ISL", "Y") + row("A/RES/TEST/104", "ISL", "N")
        + row("A/RES/TEST/105", "NOR", "N");

    imports.importFile(ImportFormat.UNDL, "order.csv", bytes(csv), null, false);

    String created = TextId.fromSymbol("A/RES/TEST/105").value();
    String recorded = TextId.fromSymbol("A/RES/TEST/104").value();
    List<String> written = jdbc.sql("""
            SELECT record_type || ' ' || record_id || ' v' || version FROM record.entry_ref
            WHERE outbox_id > ? ORDER BY outbox_id""").param(after).query(String.class).list();
    // the new resolution and the votes on it were written while the file was read, on a second connection
    assertThat(written).hasSize(5).startsWith(
        "positions.text " + created + " v1",
        "positions.position " + created + "~ISL~VOTE v1",
        "positions.position " + created + "~NOR~VOTE v1",
        "positions.position " + recorded + "~ISL~VOTE v2");
    assertThat(written.get(4)).startsWith("positions.import ");
    assertThat(preparedLeft()).isZero();
  }

  @Test
  void aBadLineAfterVotesOnANewResolutionLeavesNothingBehind() {
    long before = positions();
    String csv = HEADER + row("A/RES/TEST/102", "ISL", "Y") + row("A/RES/TEST/102", "NOR", "Q");

    assertThatThrownBy(() -> imports.importFile(ImportFormat.UNDL, "bad.csv", bytes(csv), null, false))
        .isInstanceOf(ImportRejectedException.class);
    assertThat(queries.findText(TextId.fromSymbol("A/RES/TEST/102"))).isEmpty();
    assertThat(positions()).isEqualTo(before);
    assertThat(entries(TextId.fromSymbol("A/RES/TEST/102").value() + "~%")).isEmpty();
    assertThat(preparedLeft()).isZero();
  }

  @Test
  void aDryRunOfVotesOnANewResolutionWritesNothing() {
    long before = positions();
    String csv = HEADER + row("A/RES/TEST/103", "ISL", "Y") + row("A/RES/TEST/103", "NOR", "N");

    ImportReport report = imports.importFile(ImportFormat.UNDL, "dry.csv", bytes(csv), null, true);

    assertThat(report.positionsCreated()).isEqualTo(2);
    assertThat(queries.findText(TextId.fromSymbol("A/RES/TEST/103"))).isEmpty();
    assertThat(positions()).isEqualTo(before);
    assertThat(entries(TextId.fromSymbol("A/RES/TEST/103").value() + "~%")).isEmpty();
  }

  private static String row(String symbol, String state, String vote) {
    String undlId = "9" + symbol.replaceAll("\\D", "");
    return undlId + ",2031-05-02," + symbol + ",Test resolution,,,,,,https://example.org/undl/" + undlId + "," + state
        + "," + state + "," + vote + "\n";
  }

  private static ByteArrayInputStream bytes(String csv) {
    return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
  }

  private long positions() {
    return jdbc.sql("SELECT count(*) FROM positions.position").query(Long.class).single();
  }

  private long lastOutboxId() {
    return jdbc.sql("SELECT coalesce(max(outbox_id), 0) FROM record.entry_ref").query(Long.class).single();
  }

  private int preparedLeft() {
    return jdbc.sql("SELECT count(*) FROM pg_prepared_xacts WHERE database = current_database()")
        .query(Integer.class).single();
  }

  private List<String> entries(String keyPattern) {
    return jdbc.sql("""
            SELECT record_id || ' v' || version FROM record.entry_ref
            WHERE record_type = 'positions.position' AND record_id LIKE ? ORDER BY record_id, version""")
        .param(keyPattern).query(String.class).list();
  }
}
