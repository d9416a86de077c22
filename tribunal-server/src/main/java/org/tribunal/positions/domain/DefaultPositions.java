package org.tribunal.positions.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.coalition.CoalitionQueries;
import org.tribunal.positions.Claim;
import org.tribunal.positions.ClaimView;
import org.tribunal.positions.DisputeView;
import org.tribunal.positions.DuplicateTextException;
import org.tribunal.positions.InvalidPositionException;
import org.tribunal.positions.NewClaim;
import org.tribunal.positions.NewDispute;
import org.tribunal.positions.NewPosition;
import org.tribunal.positions.NewText;
import org.tribunal.positions.PositionCorrection;
import org.tribunal.positions.PositionManagement;
import org.tribunal.positions.PositionQueries;
import org.tribunal.positions.PositionRef;
import org.tribunal.positions.PositionView;
import org.tribunal.positions.PositionRecorded;
import org.tribunal.positions.Shift;
import org.tribunal.positions.Stance;
import org.tribunal.positions.StanceShifted;
import org.tribunal.positions.ShiftFilter;
import org.tribunal.positions.StanceTimeline;
import org.tribunal.positions.TextFilter;
import org.tribunal.positions.TextId;
import org.tribunal.positions.TextView;
import org.tribunal.positions.UnknownPositionEntityException;
import org.tribunal.record.PublicRecord;
import org.tribunal.shared.StateCode;

/**
 * The positions facade: records and reads texts, positions, timelines and shifts. Public for this module's
 * importers ({@link #recordTexts(List, boolean)}); other modules use its interfaces.
 */
@Service
public class DefaultPositions implements PositionQueries, PositionManagement {

  private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);

  private final PositionStore store;
  private final PublicRecord record;
  private final ApplicationEventPublisher events;

  private final CoalitionQueries coalition;

  DefaultPositions(PositionStore store, PublicRecord record, ApplicationEventPublisher events,
      CoalitionQueries coalition) {
    this.coalition = coalition;
    this.store = store;
    this.record = record;
    this.events = events;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ClaimView> claims() {
    return store.claims();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<TextView> findText(TextId id) {
    return store.findText(id);
  }

  @Override
  @Transactional(readOnly = true)
  public TextView getText(TextId id) {
    return store.findText(id).orElseThrow(() -> UnknownPositionEntityException.text(id));
  }

  @Override
  @Transactional(readOnly = true)
  public List<TextView> texts(TextFilter filter, LocalDate asOf) {
    return store.texts(filter, asOf);
  }

  @Override
  @Transactional(readOnly = true)
  public List<PositionView> positionsOn(TextId text, LocalDate asOf) {
    getText(text);
    return store.withDisputes(store.currentOnText(text, asOf));
  }

  @Override
  @Transactional(readOnly = true)
  public List<PositionView> positionsOf(StateCode state, LocalDate asOf) {
    return store.withDisputes(store.currentOfState(state, asOf));
  }

  @Override
  @Transactional(readOnly = true)
  public List<PositionView> history(PositionRef ref) {
    List<PositionView> versions = store.history(ref);
    if (versions.isEmpty()) {
      throw UnknownPositionEntityException.position(ref);
    }
    return store.withDisputes(versions);
  }

  @Override
  @Transactional(readOnly = true)
  public StanceTimeline timeline(StateCode state, Claim claim, LocalDate asOf) {
    requireClaim(claim);
    PositionStore.OnClaims on = store.onClaim(state, claim, asOf);
    return on.stancePoints()
        ? StanceTimelines.ofStancePoints(state, claim, asOf, on.positions(), on.texts())
        : StanceTimelines.compute(state, claim, asOf, on.positions(), on.texts());
  }

  @Override
  @Transactional(readOnly = true)
  public List<Shift> shifts(ShiftFilter filter) {
    List<Claim> claims = filter.claim() != null ? List.of(filter.claim())
        : store.claims().stream().map(ClaimView::claim).toList();
    LocalDate asOf = filter.to() != null ? filter.to() : LocalDate.now();
    PositionStore.OnClaims on = store.onClaims(filter.state(), claims, asOf);
    Map<TextId, TextView> texts = on.texts();
    Map<StateCode, List<PositionView>> byState = on.positions().stream()
        .collect(Collectors.groupingBy(PositionView::state, TreeMap::new, Collectors.toList()));
    List<Shift> shifts = new ArrayList<>();
    for (var entry : byState.entrySet()) {
      for (Claim claim : claims) {
        for (Shift s : StanceTimelines.compute(entry.getKey(), claim, asOf, entry.getValue(), texts).shifts()) {
          if (filter.accepts(s)) {
            shifts.add(s);
          }
        }
      }
    }
    shifts.sort(Comparator.comparing(Shift::date).reversed().thenComparing(Shift::id));
    return shifts;
  }

  @Override
  @Transactional(readOnly = true)
  public List<StateCode> statesWithPositions() {
    return store.statesWithPositions();
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> bodies() {
    return store.bodies();
  }

  @Override
  @Transactional
  public ClaimView addClaim(NewClaim claim) {
    if (store.claimExists(claim.claim())) {
      throw DuplicateTextException.claim(claim.claim());
    }
    store.insertClaim(claim);
    ClaimView view = new ClaimView(claim.claim(), claim.labelEn(), claim.labelFr(), claim.labelUk(),
        claim.description());
    record.append(RecordEntries.claim(view, Recorder.current()));
    return view;
  }

  @Override
  @Transactional
  public TextView recordText(NewText text) {
    if (store.textExists(text.id())) {
      throw DuplicateTextException.text(text.id());
    }
    checkText(text);
    store.insertText(text, Recorder.current());
    TextView view = getText(text.id());
    record.append(RecordEntries.text(view));
    return view;
  }

  @Override
  @Transactional
  public List<TextView> recordTexts(List<NewText> texts) {
    return recordTexts(texts, true);
  }

  /**
   * Records new texts, with or without their public-record entries: an importer that appended them
   * already, before the entries of the texts' positions (see {@link org.tribunal.record.ConcurrentAppend}),
   * records the texts without. Not part of the module's API.
   *
   * @param texts the texts
   * @param appendEntries whether to append the texts' entries
   * @return the recorded texts
   */
  @Transactional
  public List<TextView> recordTexts(List<NewText> texts, boolean appendEntries) {
    if (texts.isEmpty()) {
      return List.of();
    }
    Set<Claim> vocabulary = store.claims().stream().map(ClaimView::claim).collect(Collectors.toSet());
    Set<TextId> referenced = new java.util.HashSet<>();
    texts.forEach(t -> {
      referenced.add(t.id());
      if (t.amends() != null) {
        referenced.add(t.amends());
      }
    });
    Set<TextId> existing = store.existingTexts(referenced);
    Set<TextId> recorded = new java.util.HashSet<>();
    for (NewText t : texts) {
      if (existing.contains(t.id()) || recorded.contains(t.id())) {
        throw DuplicateTextException.text(t.id());
      }
      for (Claim c : new TreeSet<>(t.claims())) {
        if (!vocabulary.contains(c)) {
          throw UnknownPositionEntityException.claim(c);
        }
      }
      if (t.amends() != null && !existing.contains(t.amends()) && !recorded.contains(t.amends())) {
        throw UnknownPositionEntityException.text(t.amends());
      }
      recorded.add(t.id());
    }
    store.insertTexts(texts, Recorder.current());
    Map<TextId, TextView> views = store.texts(recorded);
    List<TextView> out = texts.stream().map(t -> views.get(t.id())).toList();
    if (appendEntries) {
      record.appendAll(out.stream().map(RecordEntries::text).toList());
    }
    return out;
  }

  @Override
  @Transactional(readOnly = true)
  public List<TextView> textHistory(TextId id) {
    TextView current = getText(id);
    List<TextView> versions = new ArrayList<>(store.earlierTextVersions(id));
    versions.add(current);
    return versions;
  }

  @Override
  @Transactional
  public TextView correctText(NewText corrected, String reason) {
    TextId id = corrected.id();
    TextView current = getText(id);
    if (reason == null || reason.isBlank()) {
      throw InvalidPositionException.field("reason", "a correction of a text needs a reason");
    }
    if (id.equals(corrected.amends())) {
      throw InvalidPositionException.field("amends", "a text cannot amend itself");
    }
    checkText(corrected);
    if (sameText(current, corrected)) {
      throw InvalidPositionException.field("text", "the correction changes nothing in " + id);
    }
    if (corrected.symbol() != null && store.symbolTakenByAnother(corrected.symbol(), id)) {
      throw DuplicateTextException.symbol(corrected.symbol());
    }
    Set<Claim> affected = new TreeSet<>(current.claims());
    affected.addAll(corrected.claims());
    Map<ShiftKey, Shift> before = shiftsOnClaims(affected);
    store.replaceText(corrected, current.version() + 1, reason, Recorder.current());
    TextView view = getText(id);
    record.append(RecordEntries.text(view));
    shiftsOnClaims(affected).forEach((key, shift) -> {
      if (!before.containsKey(key)) {
        events.publishEvent(StanceShifted.of(shift));
      }
    });
    return view;
  }

  /** The shifts of every state on {@code claims}, as of the end of time, by what makes each the same shift. */
  private Map<ShiftKey, Shift> shiftsOnClaims(Set<Claim> claims) {
    PositionStore.OnClaims on = store.onClaims(null, claims, END_OF_TIME);
    Map<StateCode, List<PositionView>> byState = on.positions().stream()
        .collect(Collectors.groupingBy(PositionView::state));
    Map<ShiftKey, Shift> shifts = new java.util.HashMap<>();
    byState.forEach((state, positions) -> {
      for (Claim c : claims) {
        for (Shift s : StanceTimelines.compute(state, c, END_OF_TIME, positions, on.texts()).shifts()) {
          shifts.put(ShiftKey.of(s), s);
        }
      }
    });
    return shifts;
  }

  static boolean sameText(TextView t, NewText n) {
    return java.util.Objects.equals(t.symbol(), n.symbol()) && t.kind() == n.kind() && t.body().equals(n.body())
        && t.date().equals(n.date()) && t.title().equals(n.title())
        && java.util.Objects.equals(t.fullText(), n.fullText()) && java.util.Objects.equals(t.link(), n.link())
        && t.claims().equals(new TreeSet<>(n.claims())) && java.util.Objects.equals(t.amends(), n.amends())
        && java.util.Objects.equals(t.officialTally(), n.officialTally())
        && java.util.Objects.equals(t.undlId(), n.undlId()) && t.source().equals(n.source())
        && t.unconfirmed() == n.unconfirmed() && java.util.Objects.equals(t.note(), n.note());
  }

  /** Checks a text's references: its claims are in the vocabulary and the amended text exists. */
  void checkText(NewText text) {
    for (Claim c : new TreeSet<>(text.claims())) {
      requireClaim(c);
    }
    if (text.amends() != null && !store.textExists(text.amends())) {
      throw UnknownPositionEntityException.text(text.amends());
    }
  }

  @Override
  @Transactional
  public PositionView recordPosition(NewPosition position) {
    getText(position.text());
    if (coalition.findState(position.state()).isEmpty()) {
      throw UnknownPositionEntityException.state(position.state());
    }
    Optional<PositionView> current = store.current(position.ref());
    if (current.isPresent() && sameAs(current.get(), position)) {
      return store.withDisputes(List.of(current.get())).get(0);
    }
    int version = current.map(p -> p.version() + 1).orElse(1);
    Set<Shift> before = shiftsOf(position.state(), position.text());
    store.insertVersion(position, version, false, current.isPresent() ? "new position in the same slot" : null,
        Recorder.current());
    return recorded(position.ref(), before);
  }

  /** Appends the new current version of {@code ref} to the record and publishes its events. */
  private PositionView recorded(PositionRef ref, Set<Shift> shiftsBefore) {
    PositionView view = store.withDisputes(List.of(store.current(ref).orElseThrow())).get(0);
    record.append(RecordEntries.position(view));
    events.publishEvent(PositionRecorded.of(view));
    Set<ShiftKey> known = shiftsBefore.stream().map(ShiftKey::of).collect(Collectors.toSet());
    for (Shift s : shiftsOf(ref.state(), ref.text())) {
      if (!known.contains(ShiftKey.of(s))) {
        events.publishEvent(StanceShifted.of(s));
      }
    }
    return view;
  }

  /** The shifts of {@code state} on the claims {@code text} makes, as of the end of time. */
  private Set<Shift> shiftsOf(StateCode state, TextId text) {
    TextView t = store.findText(text).orElseThrow(() -> UnknownPositionEntityException.text(text));
    if (t.claims().isEmpty()) {
      return Set.of();
    }
    PositionStore.OnClaims on = store.onClaims(state, t.claims(), END_OF_TIME);
    Set<Shift> shifts = new java.util.HashSet<>();
    for (Claim c : t.claims()) {
      shifts.addAll(StanceTimelines.compute(state, c, END_OF_TIME, on.positions(), on.texts()).shifts());
    }
    return shifts;
  }

  /** What makes a shift the same shift, whatever the versions of the positions proving it. */
  private record ShiftKey(StateCode state, Claim claim, LocalDate date, Stance from, Stance to) {
    static ShiftKey of(Shift s) {
      return new ShiftKey(s.state(), s.claim(), s.date(), s.from(), s.to());
    }
  }

  @Override
  @Transactional
  public PositionView correctPosition(PositionRef ref, PositionCorrection c) {
    PositionView current = store.current(ref).orElseThrow(() -> UnknownPositionEntityException.position(ref));
    if (c.kind().slot() != ref.slot()) {
      throw InvalidPositionException.field("kind",
          c.kind() + " records a " + c.kind().slot() + ", not a " + ref.slot() + "; record a new position instead");
    }
    NewPosition next = new NewPosition(ref.state(), ref.text(), c.kind(), c.date(), c.explanation(), c.source(),
        c.unconfirmed(), c.note());
    Set<Shift> before = shiftsOf(ref.state(), ref.text());
    store.insertVersion(next, current.version() + 1, c.retract(), c.reason(), Recorder.current());
    return recorded(ref, before);
  }

  @Override
  @Transactional
  public DisputeView dispute(PositionRef ref, NewDispute dispute) {
    PositionView current = store.current(ref).orElseThrow(() -> UnknownPositionEntityException.position(ref));
    DisputeView view = store.insertDispute(current, dispute, Recorder.current());
    record.append(RecordEntries.dispute(view));
    return view;
  }

  private void requireClaim(Claim claim) {
    if (!store.claimExists(claim)) {
      throw UnknownPositionEntityException.claim(claim);
    }
  }

  static boolean sameAs(PositionView current, NewPosition p) {
    return !current.retracted() && current.kind() == p.kind() && current.date().equals(p.date())
        && java.util.Objects.equals(current.explanation(), p.explanation())
        && current.unconfirmed() == p.unconfirmed() && java.util.Objects.equals(current.note(), p.note())
        && java.util.Objects.equals(current.source().url(), p.source().url());
  }
}
