package org.tribunal.positions;

/** The file formats {@link VoteImports} reads (CSV, UTF-8, header line). */
public enum ImportFormat {
  /**
   * UN Digital Library voting data: {@code ms_code}, {@code ms_name}, {@code ms_vote} (Y/N/A/X),
   * {@code date}, {@code resolution}, and optionally {@code undl_id}, {@code title}, {@code total_yes},
   * {@code total_no}, {@code total_abstentions}, {@code total_non_voting}; one line per state and
   * resolution. Unknown resolutions become texts.
   */
  UNDL,
  /**
   * A vote list by state name: {@code state} (or {@code state_name}, {@code name}, {@code country}),
   * {@code vote}, optionally {@code resolution} (otherwise the text named on import), {@code note}
   * (or {@code source_note}), {@code explanation}, {@code source_url}. Names are matched through the
   * alias table.
   */
  NAMES,
  /**
   * Positions on texts: {@code statement_id} (or {@code text_id}), {@code iso3}, {@code position},
   * {@code date} (YYYY-MM-DD, or YYYY-MM when the day is unknown), {@code note}, {@code source_url}.
   */
  POSITIONS,
  /**
   * Texts: {@code id}, {@code symbol}, {@code kind}, {@code body}, {@code date}, {@code title},
   * {@code claims} (;-separated), {@code link}, {@code yes}, {@code no}, {@code abstain},
   * {@code non_voting}, {@code undl_id}, {@code amends}, {@code source_url}, {@code unconfirmed}, {@code note}.
   */
  TEXTS
}
