package org.tribunal.coalition.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tribunal.coalition.BodyId;
import org.tribunal.coalition.DuplicateEntityException;
import org.tribunal.coalition.InstrumentCorrected;
import org.tribunal.coalition.InstrumentCorrection;
import org.tribunal.coalition.InvalidFieldException;
import org.tribunal.coalition.InstrumentActionCorrection;
import org.tribunal.coalition.InstrumentActionId;
import org.tribunal.coalition.InstrumentActionRecorded;
import org.tribunal.coalition.InstrumentActionView;
import org.tribunal.coalition.InstrumentEntryIntoForceFixed;
import org.tribunal.coalition.InstrumentId;
import org.tribunal.coalition.InstrumentManagement;
import org.tribunal.coalition.InstrumentRegistered;
import org.tribunal.coalition.InstrumentView;
import org.tribunal.coalition.NewInstrument;
import org.tribunal.coalition.NewInstrumentAction;
import org.tribunal.coalition.Party;
import org.tribunal.coalition.UnknownEntityException;
import org.tribunal.coalition.UnknownStateException;
import org.tribunal.shared.StateCode;

/**
 * Implements {@link InstrumentManagement}. Before an action is stored, the party's actions are replayed in date order
 * with the new one ({@link Participation}), so an illegal sequence never reaches the database.
 */
@Service
@Transactional
class DefaultInstrumentManagement implements InstrumentManagement {

  private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);

  private final Instruments instruments;
  private final InstrumentActions actions;
  private final States states;
  private final Bodies bodies;
  private final ApplicationEventPublisher events;
  private final CoalitionRecord record;
  private final Clock clock = Clock.systemUTC();

  DefaultInstrumentManagement(Instruments instruments, InstrumentActions actions, States states, Bodies bodies,
      ApplicationEventPublisher events, CoalitionRecord record) {
    this.instruments = instruments;
    this.actions = actions;
    this.states = states;
    this.bodies = bodies;
    this.events = events;
    this.record = record;
  }

  @Override
  public InstrumentView register(NewInstrument c) {
    if (instruments.find(c.id()).isPresent()) {
      throw DuplicateEntityException.of("instrument", c.id().value());
    }
    requireRelated(c.id(), c.body(), c.annexTo());
    Instant at = now();
    var view = new InstrumentView(c.id(), 1, c.title(), c.kind(), c.adoptedOn(), c.place(), c.signatureRequired(),
        c.entryIntoForce(), c.ruleUnconfirmed(), c.body(), c.annexTo(), c.note(), c.source(), null, c.recordedBy(), at);
    instruments.create(c.id(), at);
    instruments.insert(view);
    record.instrument(view);
    events.publishEvent(new InstrumentRegistered(c.id(), c.kind()));
    return view;
  }

  @Override
  public InstrumentView correct(InstrumentId id, InstrumentCorrection c) {
    getInstrument(id);
    instruments.lock(id);
    InstrumentView previous = getInstrument(id);
    requireRelated(id, c.body(), c.annexTo());
    var view = new InstrumentView(id, previous.version() + 1, c.title(), c.kind(), c.adoptedOn(), c.place(),
        c.signatureRequired(), c.entryIntoForce(), c.ruleUnconfirmed(), c.body(), c.annexTo(), c.note(), c.source(),
        c.reason(), c.recordedBy(), now());
    if (view.signatureRequired() != previous.signatureRequired()) {
      Map<Party, List<InstrumentActionView>> byParty = new LinkedHashMap<>();
      actions.current(id).forEach(a -> byParty.computeIfAbsent(a.party(), p -> new ArrayList<>()).add(a));
      byParty.forEach((party, acts) -> Participation.replay(party, view.signatureRequired(),
          acts.stream().map(a -> new Participation.Act(a.act(), a.on(), a.unconfirmed())).toList()));
    }
    @Nullable LocalDate before = inForceFrom(previous);
    instruments.insert(view);
    record.instrument(view);
    events.publishEvent(new InstrumentCorrected(id, view.version()));
    @Nullable LocalDate after = inForceFrom(view);
    if (after != null && !after.equals(before)) {
      events.publishEvent(new InstrumentEntryIntoForceFixed(id, after));
    }
    return view;
  }

  private void requireRelated(InstrumentId id, @Nullable BodyId body, @Nullable InstrumentId annexTo) {
    if (body != null && bodies.find(body).isEmpty()) {
      throw UnknownEntityException.body(body);
    }
    if (annexTo != null) {
      if (annexTo.equals(id)) {
        throw InvalidFieldException.of("annexTo", "must name another instrument, not " + id.value() + " itself");
      }
      if (instruments.find(annexTo).isEmpty()) {
        throw UnknownEntityException.instrument(annexTo);
      }
    }
  }

  @Override
  public InstrumentActionView record(NewInstrumentAction c) {
    getInstrument(c.instrument());
    if (c.party().isState() && !states.exists(StateCode.of(c.party().code()))) {
      throw UnknownStateException.of(c.party().code());
    }
    instruments.lock(c.instrument());
    actions.lock(c.instrument(), c.party());
    InstrumentView instrument = getInstrument(c.instrument());
    var view = new InstrumentActionView(InstrumentActionId.random(), 1, c.instrument(), c.party(), c.act(), c.on(),
        c.note(), c.unconfirmed(), c.source(), null, c.recordedBy(), now(), false);
    var sequence = new ArrayList<>(actions.currentOf(c.instrument(), c.party()));
    sequence.add(view);
    store(instrument, c.party(), sequence, view);
    return view;
  }

  @Override
  public InstrumentActionView correct(InstrumentActionId id, InstrumentActionCorrection c) {
    InstrumentActionView previous = actions.latest(id).orElseThrow(() -> UnknownEntityException.action(id));
    instruments.lock(previous.instrument());
    actions.lock(previous.instrument(), previous.party());
    InstrumentView instrument = getInstrument(previous.instrument());
    previous = actions.latest(id).orElseThrow();
    var view = new InstrumentActionView(id, previous.version() + 1, previous.instrument(), previous.party(), c.act(),
        c.on(), c.note(), c.unconfirmed(), c.source(), c.reason(), c.recordedBy(), now(), c.retract());
    var sequence = new ArrayList<InstrumentActionView>();
    for (InstrumentActionView a : actions.currentOf(previous.instrument(), previous.party())) {
      if (!a.id().equals(id)) {
        sequence.add(a);
      }
    }
    if (!c.retract()) {
      sequence.add(view);
    }
    store(instrument, previous.party(), sequence, view);
    return view;
  }

  private void store(InstrumentView instrument, Party party, List<InstrumentActionView> sequence,
      InstrumentActionView view) {
    Participation.replay(party, instrument.signatureRequired(),
        sequence.stream().map(a -> new Participation.Act(a.act(), a.on(), a.unconfirmed())).toList());
    @Nullable LocalDate before = inForceFrom(instrument);
    actions.insert(view);
    record.action(view);
    events.publishEvent(InstrumentActionRecorded.of(view));
    @Nullable LocalDate after = inForceFrom(instrument);
    if (after != null && !after.equals(before)) {
      events.publishEvent(new InstrumentEntryIntoForceFixed(instrument.id(), after));
    }
  }

  private @Nullable LocalDate inForceFrom(InstrumentView instrument) {
    return Charts.chart(instrument, actions.current(instrument.id()), END_OF_TIME).standing().inForceFrom();
  }

  private InstrumentView getInstrument(InstrumentId id) {
    return instruments.find(id).orElseThrow(() -> UnknownEntityException.instrument(id));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
