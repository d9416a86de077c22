package org.tribunal.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CustodyActionTests {

  @ParameterizedTest
  @EnumSource(CustodyAction.class)
  void nothingFollowsADestruction(CustodyAction action) {
    assertThat(action.isAllowedFrom(CustodyStatus.DESTROYED)).isFalse();
  }

  @Test
  void aReturnFollowsOnlyARelease() {
    assertThat(CustodyAction.RETURNED.isAllowedFrom(CustodyStatus.IN_CUSTODY)).isFalse();
    assertThat(CustodyAction.RETURNED.isAllowedFrom(CustodyStatus.RELEASED)).isTrue();
    assertThat(CustodyAction.RETURNED.leadsTo()).isEqualTo(CustodyStatus.IN_CUSTODY);
  }

  @Test
  void aReleasedItemCannotBeExaminedOrCopied() {
    assertThat(CustodyAction.EXAMINED.isAllowedFrom(CustodyStatus.RELEASED)).isFalse();
    assertThat(CustodyAction.COPIED.isAllowedFrom(CustodyStatus.RELEASED)).isFalse();
    assertThat(CustodyAction.RELEASED.leadsTo()).isEqualTo(CustodyStatus.RELEASED);
  }

  @Test
  void eventsCarryWhatTheirActionNeeds() {
    assertThatThrownBy(() -> NewCustodyEvent.of(CustodyAction.COPIED, "copy"))
        .isInstanceOf(InvalidEvidenceException.class);
    assertThatThrownBy(() -> NewCustodyEvent.of(CustodyAction.DESTROYED, "order"))
        .isInstanceOf(InvalidEvidenceException.class);
    assertThatThrownBy(() -> NewCustodyEvent.of(CustodyAction.TRANSFERRED, "shift change"))
        .isInstanceOf(InvalidEvidenceException.class);
    assertThatThrownBy(() -> NewCustodyEvent.of(CustodyAction.RECEIVED, "again"))
        .isInstanceOf(InvalidEvidenceException.class);
    assertThatThrownBy(() -> NewCustodyEvent.of(CustodyAction.SEALED, " "))
        .isInstanceOf(InvalidEvidenceException.class);
    assertThat(new NewCustodyEvent(CustodyAction.COPIED, "copy", null, null, null, null, "a".repeat(64)).copySha256())
        .hasSize(64);
  }

  @Test
  void provenanceRefusesPathsAndMalformedParties() {
    assertThatThrownBy(() -> Provenance.of("../etc/passwd", AcquisitionMethod.OTHER))
        .isInstanceOf(InvalidEvidenceException.class);
    assertThatThrownBy(() -> new Provenance("a.pdf", null, null, null, AcquisitionMethod.OTHER, null, null, null,
        java.util.Set.of("ukr"))).isInstanceOf(InvalidEvidenceException.class);
  }

  @Test
  void theStrictestHandlingTakesTheHigherLevelAndAllCompartments() {
    Handling a = new Handling(org.tribunal.shared.Classification.RESTRICTED, java.util.Set.of("alpha"));
    Handling b = new Handling(org.tribunal.shared.Classification.SECRET, java.util.Set.of("bravo"));
    assertThat(a.strictest(b)).isEqualTo(new Handling(org.tribunal.shared.Classification.SECRET,
        java.util.Set.of("alpha", "bravo")));
  }
}
