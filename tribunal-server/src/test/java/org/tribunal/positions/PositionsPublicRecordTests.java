package org.tribunal.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;
import org.tribunal.support.IntegrationTest;

/**
 * Every committed change in positions appends exactly one public-record entry per changed record, and
 * position changes publish their events. Uses Iceland and texts of its own so the demo data other
 * tests read is untouched.
 */
@IntegrationTest
@RecordApplicationEvents
class PositionsPublicRecordTests {

  static final StateCode ISL = StateCode.of("ISL");
  static final SourceRef SOURCE = new SourceRef("test source", null, null, "https://example.org/isl");

  @Autowired PositionManagement management;
  @Autowired PositionQueries queries;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  @Test
  void theDemoLoadAppendedOneEntryPerTextPositionRuleVersionAndImport() {
    assertThat(entries("positions.position")).isEqualTo(rows("positions.position")).isGreaterThan(150);
    assertThat(entries("positions.text")).as("one entry per version of each text")
        .isEqualTo(jdbc.sql("SELECT coalesce(sum(version), 0) FROM positions.text").query(Integer.class).single());
    assertThat(entries("positions.rule")).isEqualTo(rows("positions.rule_version"));
    assertThat(entries("positions.import")).isEqualTo(rows("positions.import_run"));
  }

  @Test
  void recordingCorrectingAndDisputingAppendOneEntryEachAndPublishTheShift() {
    TextId earlier = text("ISL_TEST_SUPPORT", LocalDate.of(2030, 1, 10));
    TextId later = text("ISL_TEST_DECLINE", LocalDate.of(2030, 2, 10));
    int before = entries("positions.position");

    PositionView signed = management.recordPosition(new NewPosition(ISL, earlier, PositionKind.SIGNATORY,
        LocalDate.of(2030, 1, 10), null, SOURCE, false, null));
    PositionView again = management.recordPosition(new NewPosition(ISL, earlier, PositionKind.SIGNATORY,
        LocalDate.of(2030, 1, 10), null, SOURCE, false, null));
    assertThat(again.version()).isEqualTo(signed.version());
    assertThat(entries("positions.position")).as("an identical position changes nothing").isEqualTo(before + 1);

    PositionView declined = management.recordPosition(new NewPosition(ISL, later, PositionKind.DECLINED_TO_SIGN,
        LocalDate.of(2030, 2, 10), null, SOURCE, false, null));
    assertThat(events.stream(PositionRecorded.class).map(PositionRecorded::ref))
        .contains(signed.ref(), declined.ref());
    List<StanceShifted> shifts = events.stream(StanceShifted.class).filter(s -> s.state().equals(ISL)).toList();
    assertThat(shifts).singleElement().satisfies(s -> {
      assertThat(s.from()).isEqualTo(Stance.SUPPORTS);
      assertThat(s.to()).isEqualTo(Stance.OPPOSES);
      assertThat(s.before()).isEqualTo(signed.ref());
      assertThat(s.after()).isEqualTo(declined.ref());
    });

    PositionView corrected = management.correctPosition(declined.ref(), new PositionCorrection(
        PositionKind.DECLINED_TO_SIGN, LocalDate.of(2030, 2, 11), null, SOURCE, false, null, false, "date was wrong"));
    assertThat(corrected.version()).isEqualTo(2);
    assertThat(entries("positions.position")).isEqualTo(before + 3);
    assertThat(jdbc.sql("SELECT count(*) FROM record.entry_ref WHERE record_type = 'positions.position'"
        + " AND record_id = ?").param(declined.ref().key()).query(Integer.class).single()).isEqualTo(2);

    int disputes = entries("positions.dispute");
    management.dispute(corrected.ref(), new NewDispute("Iceland did not decline", null));
    assertThat(entries("positions.dispute")).isEqualTo(disputes + 1);
  }

  private TextId text(String key, LocalDate date) {
    TextId id = TextId.of(key);
    int before = entries("positions.text");
    management.recordText(new NewText(id, null, TextKind.JOINT_STATEMENT, "G7", date, "Test statement " + key, null,
        null, new TreeSet<>(Set.of(Claim.NAMES_AGGRESSOR)), null, null, null, SOURCE, false, null));
    assertThat(entries("positions.text")).isEqualTo(before + 1);
    return id;
  }

  private int entries(String type) {
    return jdbc.sql("SELECT count(*) FROM record.entry_ref WHERE record_type = ?").param(type)
        .query(Integer.class).single();
  }

  private int rows(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
  }
}
