package org.tribunal.coalition.domain;

import static org.tribunal.coalition.ParticipationStatus.CONSENTED;
import static org.tribunal.coalition.ParticipationStatus.NONE;
import static org.tribunal.coalition.ParticipationStatus.SIGNED;
import static org.tribunal.coalition.ParticipationStatus.WITHDRAWN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tribunal.coalition.EntryIntoForceRule;
import org.tribunal.coalition.IllegalActionSequenceException;
import org.tribunal.coalition.ParticipationAct;
import org.tribunal.coalition.ParticipationStatus;
import org.tribunal.coalition.Party;

/**
 * One party's participation in one instrument, built by replaying its acts in date order. Each verb method checks the
 * move against {@link ParticipationStatus#canMoveTo} and the instrument's signature requirement, and throws
 * {@link IllegalActionSequenceException} with an explanation when the act does not follow. Not thread-safe.
 */
final class Participation {

  /** An act as replayed: what, when, and whether the fact is unconfirmed. */
  record Act(ParticipationAct act, LocalDate on, boolean unconfirmed) {}

  private final Party party;
  private final boolean signatureRequired;
  private ParticipationStatus status = NONE;
  private @Nullable LocalDate signedOn;
  private @Nullable LocalDate consentedOn;
  private @Nullable ParticipationAct consentAct;
  private @Nullable LocalDate withdrawnOn;
  private int reservations;
  private int declarations;
  private @Nullable LocalDate jurisdictionDelegatedOn;
  private boolean unconfirmed;

  Participation(Party party, boolean signatureRequired) {
    this.party = party;
    this.signatureRequired = signatureRequired;
  }

  /**
   * Replays {@code acts} in date order (stable for equal dates).
   *
   * @throws IllegalActionSequenceException at the first act that does not follow from the ones before it
   */
  static Participation replay(Party party, boolean signatureRequired, List<Act> acts) {
    var sorted = new ArrayList<>(acts);
    sorted.sort(Comparator.comparing(Act::on));
    var participation = new Participation(party, signatureRequired);
    for (Act act : sorted) {
      participation.apply(act.act(), act.on());
      participation.unconfirmed |= act.unconfirmed();
    }
    return participation;
  }

  /** Applies {@code act} on {@code on} through the matching verb method. */
  void apply(ParticipationAct act, LocalDate on) {
    switch (act) {
      case SIGNATURE -> sign(on);
      case SIGNATURE_DEFINITIVE -> signDefinitively(on);
      case RATIFICATION, ACCEPTANCE, APPROVAL -> confirm(act, on);
      case ACCESSION -> accede(on);
      case RESERVATION, DECLARATION, DELEGATION_OF_JURISDICTION -> declare(act, on);
      case WITHDRAWAL -> withdraw(on);
    }
  }

  /** Signs subject to ratification: NONE to SIGNED. */
  void sign(LocalDate on) {
    ParticipationAct act = ParticipationAct.SIGNATURE;
    refuseAfterWithdrawal(act, on);
    if (status == SIGNED) {
      throw illegal(act, on, party + " already signed on " + signedOn + "; a second signature cannot be recorded");
    }
    if (status == CONSENTED) {
      throw illegal(act, on, party + " already consented to be bound on " + consentedOn + " ("
          + name(consentAct) + "); a signature cannot follow consent");
    }
    move(SIGNED, act, on);
    signedOn = on;
  }

  /** Signs without reservation as to ratification: NONE to CONSENTED. */
  void signDefinitively(LocalDate on) {
    ParticipationAct act = ParticipationAct.SIGNATURE_DEFINITIVE;
    refuseAfterWithdrawal(act, on);
    if (status != NONE) {
      throw illegal(act, on, party + " already " + (status == SIGNED ? "signed on " + signedOn
          + "; it must now ratify, accept or approve" : "consented to be bound on " + consentedOn));
    }
    move(CONSENTED, act, on);
    signedOn = on;
    consentedOn = on;
    consentAct = act;
  }

  /** Ratifies, accepts or approves: SIGNED to CONSENTED (or NONE to CONSENTED where signature is not required). */
  void confirm(ParticipationAct act, LocalDate on) {
    refuseAfterWithdrawal(act, on);
    if (status == CONSENTED) {
      throw illegal(act, on, party + " already consented to be bound on " + consentedOn + " (" + name(consentAct)
          + "); it cannot " + act.verb() + " the instrument again");
    }
    if (status == NONE && signatureRequired) {
      throw illegal(act, on, party + " cannot " + act.verb() + " on " + on
          + " before signing: the instrument requires signature before ratification, acceptance or approval");
    }
    move(CONSENTED, act, on);
    consentedOn = on;
    consentAct = act;
  }

  /** Accedes without having signed: NONE to CONSENTED. */
  void accede(LocalDate on) {
    ParticipationAct act = ParticipationAct.ACCESSION;
    refuseAfterWithdrawal(act, on);
    if (status == SIGNED) {
      throw illegal(act, on, party + " signed on " + signedOn
          + "; a signatory consents by ratification, acceptance or approval, not by accession");
    }
    if (status == CONSENTED) {
      throw illegal(act, on, party + " already consented to be bound on " + consentedOn + " (" + name(consentAct) + ")");
    }
    move(CONSENTED, act, on);
    consentedOn = on;
    consentAct = act;
  }

  /** Records a reservation, declaration or delegation of jurisdiction; needs a signature or consent first. */
  void declare(ParticipationAct act, LocalDate on) {
    refuseAfterWithdrawal(act, on);
    if (status == NONE) {
      throw illegal(act, on, party + " cannot " + act.verb() + " the instrument on " + on
          + " before signing it or consenting to be bound");
    }
    switch (act) {
      case RESERVATION -> reservations++;
      case DECLARATION -> declarations++;
      default -> jurisdictionDelegatedOn = jurisdictionDelegatedOn == null ? on : jurisdictionDelegatedOn;
    }
  }

  /** Withdraws (denounces): CONSENTED to WITHDRAWN. */
  void withdraw(LocalDate on) {
    ParticipationAct act = ParticipationAct.WITHDRAWAL;
    if (status == WITHDRAWN) {
      throw illegal(act, on, party + " already withdrew on " + withdrawnOn + "; a second withdrawal cannot be recorded");
    }
    if (status != CONSENTED) {
      throw illegal(act, on, party + " cannot withdraw on " + on + " before being a party: "
          + (status == SIGNED ? "it signed on " + signedOn + " but never consented to be bound"
              : "it has neither signed nor consented to be bound"));
    }
    move(WITHDRAWN, act, on);
    withdrawnOn = on;
  }

  private void refuseAfterWithdrawal(ParticipationAct act, LocalDate on) {
    if (status == WITHDRAWN) {
      throw illegal(act, on, party + " withdrew on " + withdrawnOn + "; it cannot " + act.verb()
          + " the instrument afterwards (" + on + ")");
    }
  }

  private void move(ParticipationStatus next, ParticipationAct act, LocalDate on) {
    if (!status.canMoveTo(next)) {
      throw illegal(act, on, party + " cannot move from " + status + " to " + next);
    }
    status = next;
  }

  private IllegalActionSequenceException illegal(ParticipationAct act, LocalDate on, String why) {
    return IllegalActionSequenceException.of(party, act, on, status, why);
  }

  private static String name(@Nullable ParticipationAct act) {
    return act == null ? "?" : act.name().toLowerCase().replace('_', ' ');
  }

  /**
   * Returns the date this party's consent counts for entry into force under {@code rule}: its consent, or, for
   * instruments in force on signature, its signature.
   */
  @Nullable LocalDate effectiveConsent(EntryIntoForceRule rule) {
    if (consentedOn != null) {
      return consentedOn;
    }
    return rule instanceof EntryIntoForceRule.OnSignature ? signedOn : null;
  }

  Party party() {
    return party;
  }

  ParticipationStatus status() {
    return status;
  }

  @Nullable LocalDate signedOn() {
    return signedOn;
  }

  @Nullable LocalDate consentedOn() {
    return consentedOn;
  }

  @Nullable ParticipationAct consentAct() {
    return consentAct;
  }

  @Nullable LocalDate withdrawnOn() {
    return withdrawnOn;
  }

  int reservations() {
    return reservations;
  }

  int declarations() {
    return declarations;
  }

  @Nullable LocalDate jurisdictionDelegatedOn() {
    return jurisdictionDelegatedOn;
  }

  boolean unconfirmed() {
    return unconfirmed;
  }
}
