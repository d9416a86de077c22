package org.tribunal.coalition.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.coalition.BodyId;
import org.tribunal.coalition.BodyView;
import org.tribunal.coalition.CoalitionQueries;
import org.tribunal.coalition.InstrumentActionId;
import org.tribunal.coalition.InstrumentActionView;
import org.tribunal.coalition.InstrumentChart;
import org.tribunal.coalition.InstrumentId;
import org.tribunal.coalition.InstrumentStanding;
import org.tribunal.coalition.InstrumentView;
import org.tribunal.coalition.MembershipId;
import org.tribunal.coalition.MembershipView;
import org.tribunal.coalition.Page;
import org.tribunal.coalition.PageRequest;
import org.tribunal.coalition.Party;
import org.tribunal.coalition.StateView;
import org.tribunal.coalition.UnknownEntityException;
import org.tribunal.coalition.UnknownStateException;
import org.tribunal.shared.StateCode;

/** Implements {@link CoalitionQueries} over the coalition schema. */
@Service
@Transactional(readOnly = true)
class DefaultCoalitionQueries implements CoalitionQueries {

  private final States states;
  private final Bodies bodies;
  private final Memberships memberships;
  private final Instruments instruments;
  private final InstrumentActions actions;

  DefaultCoalitionQueries(States states, Bodies bodies, Memberships memberships, Instruments instruments,
      InstrumentActions actions) {
    this.states = states;
    this.bodies = bodies;
    this.memberships = memberships;
    this.instruments = instruments;
    this.actions = actions;
  }

  @Override
  public List<StateView> states() {
    return states.all();
  }

  @Override
  public Page<StateView> states(PageRequest page) {
    return states.page(page);
  }

  @Override
  public Page<MembershipView> membersOf(BodyId body, LocalDate asOf, PageRequest page) {
    getBody(body);
    return memberships.page(body, null, asOf, true, page);
  }

  @Override
  public Page<MembershipView> memberships(@Nullable BodyId body, @Nullable Party party, @Nullable LocalDate asOf,
      PageRequest page) {
    return memberships.page(body, party, asOf, false, page);
  }

  @Override
  public Page<InstrumentActionView> actions(InstrumentId instrument, LocalDate asOf, PageRequest page) {
    getInstrument(instrument);
    return actions.page(instrument, asOf, page);
  }

  @Override
  public Optional<StateView> findState(StateCode code) {
    return states.find(code);
  }

  @Override
  public StateView getState(StateCode code) {
    return states.find(code).orElseThrow(() -> UnknownStateException.of(code.value()));
  }

  @Override
  public List<BodyView> bodies() {
    return bodies.all();
  }

  @Override
  public BodyView getBody(BodyId id) {
    return bodies.find(id).orElseThrow(() -> UnknownEntityException.body(id));
  }

  @Override
  public List<MembershipView> membersOf(BodyId body, LocalDate asOf) {
    getBody(body);
    return memberships.current(body, null, asOf).stream().filter(m -> m.status().belongs()).toList();
  }

  @Override
  public boolean isMember(Party party, BodyId body, LocalDate asOf) {
    return memberships.current(body, party, asOf).stream().anyMatch(m -> m.status().belongs());
  }

  @Override
  public List<MembershipView> membershipsOf(Party party) {
    return memberships.current(null, party, null);
  }

  @Override
  public List<MembershipView> memberships(@Nullable BodyId body, @Nullable Party party, @Nullable LocalDate asOf) {
    return memberships.current(body, party, asOf);
  }

  @Override
  public List<MembershipView> membershipHistory(MembershipId id) {
    List<MembershipView> history = memberships.history(id);
    if (history.isEmpty()) {
      throw UnknownEntityException.membership(id);
    }
    return history;
  }

  @Override
  public Optional<MembershipView> findMembership(MembershipId id) {
    return memberships.latest(id);
  }

  @Override
  public List<InstrumentView> instruments() {
    return instruments.all();
  }

  @Override
  public InstrumentView getInstrument(InstrumentId id) {
    return instruments.find(id).orElseThrow(() -> UnknownEntityException.instrument(id));
  }

  @Override
  public List<InstrumentView> instrumentHistory(InstrumentId id) {
    List<InstrumentView> history = instruments.history(id);
    if (history.isEmpty()) {
      throw UnknownEntityException.instrument(id);
    }
    return history;
  }

  @Override
  public List<InstrumentActionView> actions(InstrumentId instrument, LocalDate asOf) {
    getInstrument(instrument);
    return actions.current(instrument).stream().filter(a -> !a.on().isAfter(asOf)).toList();
  }

  @Override
  public List<InstrumentActionView> actionsOf(Party party, LocalDate asOf) {
    return actions.currentOf(party, asOf);
  }

  @Override
  public List<InstrumentActionView> actionHistory(InstrumentActionId id) {
    List<InstrumentActionView> history = actions.history(id);
    if (history.isEmpty()) {
      throw UnknownEntityException.action(id);
    }
    return history;
  }

  @Override
  public InstrumentStanding standing(InstrumentId instrument, LocalDate asOf) {
    return chart(instrument, asOf).standing();
  }

  @Override
  public InstrumentChart chart(InstrumentId instrument, LocalDate asOf) {
    return Charts.chart(getInstrument(instrument), actions.current(instrument), asOf);
  }
}
