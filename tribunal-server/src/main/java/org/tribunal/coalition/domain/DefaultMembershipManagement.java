package org.tribunal.coalition.domain;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.coalition.BodyRegistered;
import org.tribunal.coalition.BodyView;
import org.tribunal.coalition.DuplicateEntityException;
import org.tribunal.coalition.MembershipCorrection;
import org.tribunal.coalition.MembershipId;
import org.tribunal.coalition.MembershipManagement;
import org.tribunal.coalition.MembershipOverlapException;
import org.tribunal.coalition.MembershipPeriod;
import org.tribunal.coalition.MembershipRecorded;
import org.tribunal.coalition.MembershipView;
import org.tribunal.coalition.NewBody;
import org.tribunal.coalition.NewMembership;
import org.tribunal.coalition.NewState;
import org.tribunal.coalition.Party;
import org.tribunal.coalition.StateRegistered;
import org.tribunal.coalition.StateView;
import org.tribunal.coalition.UnknownEntityException;
import org.tribunal.coalition.UnknownStateException;
import org.tribunal.shared.StateCode;

/** Implements {@link MembershipManagement}: checks, one insert per command, one event per command. */
@Service
@Transactional
class DefaultMembershipManagement implements MembershipManagement {

  private final States states;
  private final Bodies bodies;
  private final Memberships memberships;
  private final ApplicationEventPublisher events;
  private final CoalitionRecord record;
  private final Clock clock = Clock.systemUTC();

  DefaultMembershipManagement(States states, Bodies bodies, Memberships memberships,
      ApplicationEventPublisher events, CoalitionRecord record) {
    this.states = states;
    this.bodies = bodies;
    this.memberships = memberships;
    this.events = events;
    this.record = record;
  }

  @Override
  public StateView registerState(NewState command) {
    if (states.exists(command.code())) {
      throw DuplicateEntityException.of("state", command.code().value());
    }
    states.insert(command);
    StateView view = states.find(command.code()).orElseThrow();
    record.state(view, command.recordedBy());
    events.publishEvent(new StateRegistered(command.code(), command.unStatus()));
    return view;
  }

  @Override
  public BodyView registerBody(NewBody command) {
    if (bodies.find(command.id()).isPresent()) {
      throw DuplicateEntityException.of("body", command.id().value());
    }
    if (command.parent() != null && bodies.find(command.parent()).isEmpty()) {
      throw UnknownEntityException.body(command.parent());
    }
    bodies.insert(command);
    BodyView view = bodies.find(command.id()).orElseThrow();
    record.body(view, command.recordedBy());
    events.publishEvent(new BodyRegistered(command.id(), command.kind()));
    return view;
  }

  @Override
  public MembershipView record(NewMembership c) {
    requireKnown(c.party());
    if (bodies.find(c.body()).isEmpty()) {
      throw UnknownEntityException.body(c.body());
    }
    memberships.lock(c.party(), c.body());
    refuseOverlap(c.party(), c.body(), c.period(), null);
    var view = new MembershipView(MembershipId.random(), 1, c.party(), c.body(), c.period(), c.status(), c.basis(),
        c.note(), c.unconfirmed(), c.source(), null, c.recordedBy(), now(), false);
    memberships.insert(view);
    record.membership(view);
    events.publishEvent(MembershipRecorded.of(view));
    return view;
  }

  @Override
  public MembershipView correct(MembershipId id, MembershipCorrection c) {
    MembershipView previous = memberships.latest(id).orElseThrow(() -> UnknownEntityException.membership(id));
    memberships.lock(previous.party(), previous.body());
    previous = memberships.latest(id).orElseThrow();
    if (!c.retract()) {
      refuseOverlap(previous.party(), previous.body(), c.period(), id);
    }
    var view = new MembershipView(id, previous.version() + 1, previous.party(), previous.body(), c.period(),
        c.status(), c.basis(), c.note(), c.unconfirmed(), c.source(), c.reason(), c.recordedBy(), now(), c.retract());
    memberships.insert(view);
    record.membership(view);
    events.publishEvent(MembershipRecorded.of(view));
    return view;
  }

  private void refuseOverlap(Party party, org.tribunal.coalition.BodyId body, MembershipPeriod period,
      @org.jspecify.annotations.Nullable MembershipId except) {
    for (MembershipView existing : memberships.currentOf(party, body)) {
      if (!existing.id().equals(except) && existing.period().overlaps(period)) {
        throw MembershipOverlapException.between(party, body, period, existing.period(), existing.id());
      }
    }
  }

  private void requireKnown(Party party) {
    if (party.isState() && !states.exists(StateCode.of(party.code()))) {
      throw UnknownStateException.of(party.code());
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }
}
