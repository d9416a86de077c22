package org.tribunal.positions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.positions.NewPosition;
import org.tribunal.positions.NewText;
import org.tribunal.positions.PositionKind;
import org.tribunal.positions.PositionManagement;
import org.tribunal.positions.PositionQueries;
import org.tribunal.positions.PositionRef;
import org.tribunal.positions.TextId;
import org.tribunal.positions.TextKind;
import org.tribunal.record.RecordEntry;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;
import org.tribunal.support.IntegrationTest;

/**
 * One batch mixing positions on a text that has none yet (written as first versions without comparison) with
 * positions on a text that has some (compared: a different one becomes the next version, an equal one is left
 * alone). Uses Monaco and texts of its own.
 */
@IntegrationTest
class PositionBatchTests {

  static final StateCode MCO = StateCode.of("MCO");
  static final StateCode AND = StateCode.of("AND");
  static final SourceRef SOURCE = new SourceRef("test source", null, null, "https://example.org/mco");

  @Autowired PositionManagement management;
  @Autowired PositionQueries queries;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DataSource dataSource;

  @Test
  void positionsOnAFreshTextAreFirstVersionsAndOnesOnAKnownTextAreCompared() {
    TextId known = text("MCO_BATCH_KNOWN");
    TextId fresh = text("MCO_BATCH_FRESH");
    management.recordPosition(vote(MCO, known, PositionKind.VOTE_YES));
    management.recordPosition(vote(AND, known, PositionKind.VOTE_YES));
    List<RecordEntry> entries = new ArrayList<>();

    int changed = new TransactionTemplate(transactions).execute(status -> {
      try (PositionBatch batch = PositionBatch.open(dataSource, "clerk")) {
        batch.add(vote(MCO, known, PositionKind.VOTE_NO));
        batch.add(vote(AND, known, PositionKind.VOTE_YES));
        batch.add(vote(MCO, fresh, PositionKind.VOTE_ABSTAIN));
        batch.add(vote(AND, fresh, PositionKind.VOTE_YES));
        return batch.merge(true, "corrected by import", entries::addAll);
      }
    });

    assertThat(changed).isEqualTo(3);
    assertThat(entries).extracting(RecordEntry::id, RecordEntry::version).containsExactly(
        tuple(key(MCO, known), 2),
        tuple(key(MCO, fresh), 1),
        tuple(key(AND, fresh), 1));
    assertThat(queries.history(new PositionRef(known, MCO, PositionKind.Slot.VOTE)))
        .extracting(p -> p.kind(), p -> p.reason())
        .containsExactly(tuple(PositionKind.VOTE_YES, null),
            tuple(PositionKind.VOTE_NO, "corrected by import"));
    assertThat(queries.history(new PositionRef(known, AND, PositionKind.Slot.VOTE))).hasSize(1);
    assertThat(queries.history(new PositionRef(fresh, AND, PositionKind.Slot.VOTE)))
        .extracting(p -> p.version(), p -> p.reason()).containsExactly(tuple(1, null));
  }

  private static String key(StateCode state, TextId text) {
    return new PositionRef(text, state, PositionKind.Slot.VOTE).key();
  }

  private static NewPosition vote(StateCode state, TextId text, PositionKind kind) {
    return new NewPosition(state, text, kind, LocalDate.of(2037, 3, 1), null, SOURCE, false, null);
  }

  private TextId text(String key) {
    TextId id = TextId.of(key);
    management.recordText(new NewText(id, null, TextKind.JOINT_STATEMENT, "G7", LocalDate.of(2037, 3, 1),
        "Test statement " + key, null, null, new TreeSet<>(), null, null, null, SOURCE, false, null));
    return id;
  }
}
