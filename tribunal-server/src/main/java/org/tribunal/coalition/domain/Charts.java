package org.tribunal.coalition.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tribunal.coalition.ChartRow;
import org.tribunal.coalition.ChartRow.Standing;
import org.tribunal.coalition.InstrumentActionView;
import org.tribunal.coalition.InstrumentChart;
import org.tribunal.coalition.InstrumentStanding;
import org.tribunal.coalition.InstrumentView;
import org.tribunal.coalition.ParticipationAct;
import org.tribunal.coalition.Party;

/**
 * Derives an instrument's chart and standing on a date from its actions. Pure: the caller passes the current,
 * non-retracted actions; this class keeps only those dated on or before the day asked about.
 */
final class Charts {

  private Charts() {}

  static InstrumentChart chart(InstrumentView instrument, List<InstrumentActionView> actions, LocalDate asOf) {
    Map<Party, List<InstrumentActionView>> byParty = new LinkedHashMap<>();
    actions.stream()
        .filter(a -> !a.on().isAfter(asOf))
        .sorted(Comparator.comparing((InstrumentActionView a) -> a.party().code()))
        .forEach(a -> byParty.computeIfAbsent(a.party(), p -> new ArrayList<>()).add(a));

    var participations = new LinkedHashMap<Party, Participation>();
    var consents = new ArrayList<EntryIntoForce.Consent>();
    byParty.forEach((party, acts) -> {
      var participation = Participation.replay(party, instrument.signatureRequired(),
          acts.stream().map(a -> new Participation.Act(a.act(), a.on(), a.unconfirmed())).toList());
      participations.put(party, participation);
      LocalDate consent = participation.effectiveConsent(instrument.entryIntoForce());
      if (consent != null) {
        consents.add(new EntryIntoForce.Consent(consent, participation.withdrawnOn()));
      }
    });

    Optional<LocalDate> inForce = EntryIntoForce.ofInstrument(instrument.entryIntoForce(), consents);
    var rows = new ArrayList<ChartRow>();
    participations.forEach((party, p) -> {
      LocalDate consent = p.effectiveConsent(instrument.entryIntoForce());
      LocalDate partyInForce = consent == null ? null
          : EntryIntoForce.forParty(instrument.entryIntoForce(), inForce, consent).orElse(null);
      if (partyInForce != null && p.withdrawnOn() != null && !partyInForce.isBefore(p.withdrawnOn())) {
        partyInForce = null;
      }
      Standing standing = p.withdrawnOn() != null ? Standing.WITHDRAWN
          : partyInForce != null && !partyInForce.isAfter(asOf) ? Standing.PARTY
          : consent != null ? Standing.CONTRACTING
          : Standing.SIGNATORY;
      String notes = byParty.get(party).stream().map(InstrumentActionView::note).filter(Objects::nonNull)
          .filter(n -> !n.isBlank()).distinct().collect(Collectors.joining("; "));
      rows.add(new ChartRow(party, standing, p.signedOn(), p.consentAct() == ParticipationAct.SIGNATURE_DEFINITIVE,
          p.consentAct() == ParticipationAct.SIGNATURE_DEFINITIVE ? null : p.consentedOn(), p.consentAct(),
          partyInForce, p.withdrawnOn(), p.reservations(), p.declarations(), p.jurisdictionDelegatedOn(), notes,
          p.unconfirmed()));
    });

    InstrumentStanding.Status status = !instrument.entryIntoForce().isComputable()
        ? InstrumentStanding.Status.UNDETERMINED
        : inForce.isPresent() && !inForce.get().isAfter(asOf) ? InstrumentStanding.Status.IN_FORCE
        : InstrumentStanding.Status.NOT_YET_IN_FORCE;
    var standing = new InstrumentStanding(instrument.id(), asOf, status, inForce.orElse(null),
        instrument.entryIntoForce().describe(), instrument.ruleUnconfirmed(), count(rows, Standing.SIGNATORY),
        count(rows, Standing.CONTRACTING), count(rows, Standing.PARTY), count(rows, Standing.WITHDRAWN));
    return new InstrumentChart(standing, rows);
  }

  private static int count(List<ChartRow> rows, Standing standing) {
    return (int) rows.stream().filter(r -> r.standing() == standing).count();
  }
}
