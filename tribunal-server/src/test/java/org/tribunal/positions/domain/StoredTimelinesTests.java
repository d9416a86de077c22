package org.tribunal.positions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.positions.Claim;
import org.tribunal.positions.NewClaim;
import org.tribunal.positions.NewPosition;
import org.tribunal.positions.NewText;
import org.tribunal.positions.PositionCorrection;
import org.tribunal.positions.PositionKind;
import org.tribunal.positions.PositionManagement;
import org.tribunal.positions.PositionQueries;
import org.tribunal.positions.PositionView;
import org.tribunal.positions.TextId;
import org.tribunal.positions.TextKind;
import org.tribunal.positions.TextView;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;
import org.tribunal.support.IntegrationTest;

/**
 * The stored timelines always say what the stance points say: after every kind of write, after a lost value
 * is rebuilt, and when two transactions write points of one state and claim at the same time. Uses
 * Liechtenstein and texts of its own.
 */
@IntegrationTest
class StoredTimelinesTests {

  static final StateCode LIE = StateCode.of("LIE");
  /** Claims of these tests alone (one for the first test), so that no other position is on a text making them. */
  static final Claim WITHDRAWAL = Claim.of("STORED_TIMELINE_TEST_CLAIM");
  static final Claim ONLY_HERE = Claim.of("STORED_TIMELINE_WRITES_CLAIM");
  static final SourceRef SOURCE = new SourceRef("test source", null, null, "https://example.org/lie");
  static final LocalDate END = LocalDate.of(2100, 1, 1);

  @Autowired PositionManagement management;
  @Autowired PositionQueries queries;
  @Autowired PositionStore store;
  @Autowired JdbcClient jdbc;
  @Autowired JdbcTemplate template;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DataSource dataSource;

  @Test
  void everyKindOfWriteLeavesTheStoredTimelinesEqualToTheStancePoints() {
    assertThat(pairsDifferingFromTheirStancePoints()).as("after the demo's imports").isEmpty();
    TextId both = text("LIE_STORED_BOTH", LocalDate.of(2034, 1, 10), Set.of(Claim.NAMES_AGGRESSOR, ONLY_HERE));
    TextId later = text("LIE_STORED_LATER", LocalDate.of(2034, 2, 10), Set.of());

    PositionView signed = management.recordPosition(new NewPosition(LIE, both, PositionKind.SIGNATORY,
        LocalDate.of(2034, 1, 10), null, SOURCE, false, "first"));
    management.recordPosition(new NewPosition(LIE, later, PositionKind.DECLINED_TO_SIGN, LocalDate.of(2034, 2, 10),
        "explained", SOURCE, true, null));
    assertThat(stored(LIE, ONLY_HERE)).as("a pair with points has a stored timeline").isEqualTo(1);
    assertThat(pairsDifferingFromTheirStancePoints()).as("after recording").isEmpty();

    management.correctPosition(signed.ref(), new PositionCorrection(PositionKind.DECLINED_TO_SIGN,
        LocalDate.of(2034, 1, 11), null, SOURCE, false, null, false, "declined after all"));
    assertThat(pairsDifferingFromTheirStancePoints()).as("after a correction").isEmpty();

    management.correctText(copy(queries.getText(later), Set.of(Claim.NAMES_AGGRESSOR)), "it names the aggressor");
    assertThat(pairsDifferingFromTheirStancePoints()).as("after a text gained a claim").isEmpty();
    assertThat(queries.timeline(LIE, Claim.NAMES_AGGRESSOR, END).points()).extracting(p -> p.position().text())
        .endsWith(both, later);

    management.correctText(copy(queries.getText(both), Set.of(Claim.NAMES_AGGRESSOR)), "no withdrawal demanded");
    assertThat(stored(LIE, ONLY_HERE)).as("a pair left without points has none").isZero();
    assertThat(pairsDifferingFromTheirStancePoints()).as("after a text lost a claim").isEmpty();

    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      try (PositionBatch batch = PositionBatch.open(dataSource, "clerk")) {
        batch.add(new NewPosition(LIE, later, PositionKind.SIGNATORY, LocalDate.of(2034, 2, 12), null, SOURCE, false,
            null));
        batch.merge(true, "imported");
      }
    });
    assertThat(pairsDifferingFromTheirStancePoints()).as("after an import").isEmpty();

    management.correctPosition(signed.ref(), new PositionCorrection(PositionKind.DECLINED_TO_SIGN,
        LocalDate.of(2034, 1, 11), null, SOURCE, false, null, true, "withdrawn"));
    assertThat(pairsDifferingFromTheirStancePoints()).as("after a retraction").isEmpty();
    assertThat(queries.timeline(LIE, Claim.NAMES_AGGRESSOR, END).points()).extracting(p -> p.position().text())
        .endsWith(later).doesNotContain(both);
  }

  @Test
  void aMissingStoredTimelineIsReadFromTheStancePointsAndBuiltAgain() {
    TextId id = text("LIE_STORED_LOST", LocalDate.of(2035, 1, 10), Set.of(WITHDRAWAL));
    management.recordPosition(new NewPosition(LIE, id, PositionKind.SIGNATORY, LocalDate.of(2035, 1, 10), null,
        SOURCE, false, null));
    List<PositionView> before = queries.timeline(LIE, WITHDRAWAL, END).points().stream().map(p -> p.position()).toList();
    jdbc.sql("DELETE FROM positions.stance_timeline WHERE state_code = ? AND claim = ?")
        .params(LIE.value(), WITHDRAWAL.code()).update();

    assertThat(queries.timeline(LIE, WITHDRAWAL, END).points()).extracting(p -> p.position()).isEqualTo(before);
    int built = new TransactionTemplate(transactions).execute(status ->
        template.execute((ConnectionCallback<Integer>) StoredTimelines::buildMissing));

    assertThat(built).isEqualTo(1);
    assertThat(stored(LIE, WITHDRAWAL)).isEqualTo(1);
    assertThat(pairsDifferingFromTheirStancePoints()).isEmpty();
  }

  @Test
  void ofTwoTransactionsWritingOnePairTheLaterRebuildSeesTheEarlierOnesPoints() throws Exception {
    TextId first = text("LIE_STORED_RACE_1", LocalDate.of(2036, 1, 10), Set.of(WITHDRAWAL));
    TextId second = text("LIE_STORED_RACE_2", LocalDate.of(2036, 2, 10), Set.of(WITHDRAWAL));
    TransactionTemplate tx = new TransactionTemplate(transactions);
    AtomicReference<CompletableFuture<Void>> other = new AtomicReference<>();

    tx.executeWithoutResult(status -> {
      // from here this transaction holds the pair's lock until it commits
      management.recordPosition(new NewPosition(LIE, first, PositionKind.SIGNATORY, LocalDate.of(2036, 1, 10), null,
          SOURCE, false, null));
      other.set(CompletableFuture.runAsync(() -> tx.executeWithoutResult(s ->
          management.recordPosition(new NewPosition(LIE, second, PositionKind.DECLINED_TO_SIGN,
              LocalDate.of(2036, 2, 10), null, SOURCE, false, null)))));
      await().atMost(Duration.ofSeconds(30)).until(() -> waitingForAnAdvisoryLock() > 0 || other.get().isDone());
      assertThat(other.get()).as("the second writer waits for the pair's lock").isNotDone();
    });
    other.get().get(30, TimeUnit.SECONDS);

    assertThat(queries.timeline(LIE, WITHDRAWAL, END).points()).extracting(p -> p.position().text())
        .contains(first, second);
    assertThat(pairsDifferingFromTheirStancePoints()).isEmpty();
  }

  @BeforeEach
  void addTheClaim() {
    for (Claim claim : List.of(WITHDRAWAL, ONLY_HERE)) {
      if (queries.claims().stream().noneMatch(c -> c.claim().equals(claim))) {
        management.addClaim(new NewClaim(claim, "Test claim", "Affirmation d'essai", "Тестове твердження", null));
      }
    }
  }

  private int waitingForAnAdvisoryLock() {
    // the locks of stored timelines: classid is the first of the two keys, as an unsigned number
    return jdbc.sql("""
            SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objsubid = 2
              AND classid::bigint = (hashtext('positions.stance_timeline')::bigint & 4294967295)""")
        .query(Integer.class).single();
  }

  /** The pairs whose timeline read from the stored value differs from the one read from the stance points. */
  private List<String> pairsDifferingFromTheirStancePoints() {
    List<String> differing = new ArrayList<>();
    List<String[]> pairs = jdbc.sql("""
            SELECT DISTINCT state_code, claim FROM positions.stance_point
            UNION SELECT state_code, claim FROM positions.stance_timeline""")
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    for (String[] pair : pairs) {
      StateCode state = StateCode.of(pair[0]);
      Claim claim = Claim.of(pair[1]);
      if (stored(state, claim) == 0) {
        differing.add(pair[0] + "/" + pair[1] + ": no stored timeline");
        continue;
      }
      PositionStore.OnClaims fromStored = new TransactionTemplate(transactions).execute(s ->
          store.onClaim(state, claim, END));
      PositionStore.OnClaims fromPoints = new TransactionTemplate(transactions).execute(s ->
          store.onClaims(state, Set.of(claim), END));
      List<PositionView> expected = new ArrayList<>(fromPoints.positions());
      expected.sort(StanceTimelines.CHRONOLOGICAL);
      if (!fromStored.positions().equals(expected) || !fromStored.texts().equals(fromPoints.texts())) {
        differing.add(pair[0] + "/" + pair[1]);
      }
    }
    return differing;
  }

  private int stored(StateCode state, Claim claim) {
    return jdbc.sql("SELECT count(*) FROM positions.stance_timeline WHERE state_code = ? AND claim = ?")
        .params(state.value(), claim.code()).query(Integer.class).single();
  }

  private TextId text(String key, LocalDate date, Set<Claim> claims) {
    TextId id = TextId.of(key);
    management.recordText(new NewText(id, null, TextKind.JOINT_STATEMENT, "G7", date, "Test statement " + key, null,
        null, new TreeSet<>(claims), null, null, null, SOURCE, false, null));
    return id;
  }

  private static NewText copy(TextView t, Set<Claim> claims) {
    return new NewText(t.id(), t.symbol(), t.kind(), t.body(), t.date(), t.title(), t.fullText(), t.link(),
        new TreeSet<>(claims), t.amends(), t.officialTally(), t.undlId(), t.source(), t.unconfirmed(), t.note());
  }
}
