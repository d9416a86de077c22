package org.tribunal.coalition;

import java.util.Locale;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/**
 * A registered state: ISO 3166-1 alpha-3 code, short names in English, French and Ukrainian, UN standing.
 *
 * @param code alpha-3 code
 * @param nameEn English short name
 * @param nameFr French short name
 * @param nameUk Ukrainian short name
 * @param unStatus UN member, observer or neither
 * @param source where the names and UN standing come from
 */
public record StateView(StateCode code, String nameEn, String nameFr, String nameUk, UnStatus unStatus,
    SourceRef source) {

  /** Returns the name in {@code locale}'s language (fr, uk), English otherwise. */
  public String name(Locale locale) {
    return switch (locale.getLanguage()) {
      case "fr" -> nameFr;
      case "uk" -> nameUk;
      default -> nameEn;
    };
  }
}
