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
import org.tribunal.coalition.DuplicateEntityException;
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
  private final Clock clock = Clock.systemUTC();

  DefaultInstrumentManagement(Instruments instruments, InstrumentActions actions, States states, Bodies bodies,
      ApplicationEventPublisher events) {
    this.instruments = instruments;
    this.actions = actions;
    this.states = states;
    this.bodies = bodies;
    this.events = events;
  }

  @Override
  public InstrumentView register(NewInstrument c) {
    if (instruments.find(c.id()).isPresent()) {
      throw DuplicateEntityException.of("instrument", c.id().value());
    }
    if (c.body() != null && bodies.find(c.body()).isEmpty()) {
      throw UnknownEntityException.body(c.body());
    }
    if (c.annexTo() != null && instruments.find(c.annexTo()).isEmpty()) {
      throw UnknownEntityException.instrument(c.annexTo());
    }
    instruments.insert(c);
    events.publishEvent(new InstrumentRegistered(c.id(), c.kind()));
    return instruments.find(c.id()).orElseThrow();
  }

  @Override
  public InstrumentActionView record(NewInstrumentAction c) {
    InstrumentView instrument = getInstrument(c.instrument());
    if (c.party().isState() && !states.exists(StateCode.of(c.party().code()))) {
      throw UnknownStateException.of(c.party().code());
    }
    actions.lock(c.instrument(), c.party());
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
    InstrumentView instrument = getInstrument(previous.instrument());
    actions.lock(previous.instrument(), previous.party());
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
