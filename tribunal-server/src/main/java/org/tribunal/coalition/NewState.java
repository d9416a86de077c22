package org.tribunal.coalition;

import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/**
 * Command: register a state.
 *
 * @param code alpha-3 code
 * @param nameEn English short name, not blank
 * @param nameFr French short name, not blank
 * @param nameUk Ukrainian short name, not blank
 * @param unStatus UN standing
 * @param source where the facts come from
 * @param recordedBy who registers it (a user name, or {@code seed})
 */
public record NewState(StateCode code, String nameEn, String nameFr, String nameUk, UnStatus unStatus,
    SourceRef source, String recordedBy) {

  /** Rejects blank names. */
  public NewState {
    Text.required("nameEn", nameEn);
    Text.required("nameFr", nameFr);
    Text.required("nameUk", nameUk);
    Text.required("recordedBy", recordedBy);
  }
}
