package org.tribunal.evidence;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.StateCode;

/**
 * Where a submitted file comes from and on which conditions the tribunal holds it.
 *
 * @param originalFileName the file's name as submitted, 1 to 255 characters, no path
 * @param submitterState the submitting state, if a state submits
 * @param submitterOrganisation the submitting organisation, if any
 * @param submitterPerson the person who handed it over, if named
 * @param acquisitionMethod how the submitter obtained it
 * @param acquiredOn when it was acquired, if known
 * @param acquiredAt where it was acquired (a place, a URL), if known
 * @param consent the consent given and the conditions of use, if any
 * @param sharedWith the states (ISO alpha-3) and bodies that may see it besides the registry and the
 *     submitting state; each 2 to 40 upper-case letters, digits or dashes
 */
public record Provenance(
    String originalFileName,
    @Nullable StateCode submitterState,
    @Nullable String submitterOrganisation,
    @Nullable String submitterPerson,
    AcquisitionMethod acquisitionMethod,
    @Nullable LocalDate acquiredOn,
    @Nullable String acquiredAt,
    @Nullable String consent,
    Set<String> sharedWith) {

  private static final Pattern PARTY = Pattern.compile("[A-Z][A-Z0-9-]{1,39}");

  /**
   * Checks the provenance.
   *
   * @throws InvalidEvidenceException if the file name is blank, too long or a path, a text is too
   *     long, or a sharing party is malformed
   */
  public Provenance {
    Objects.requireNonNull(acquisitionMethod, "acquisitionMethod");
    originalFileName = fileName(originalFileName);
    submitterOrganisation = text("submitterOrganisation", submitterOrganisation, 200);
    submitterPerson = text("submitterPerson", submitterPerson, 200);
    acquiredAt = text("acquiredAt", acquiredAt, 500);
    consent = text("consent", consent, 2000);
    TreeSet<String> parties = new TreeSet<>();
    for (String party : sharedWith) {
      String p = party.strip();
      if (!PARTY.matcher(p).matches()) {
        throw InvalidEvidenceException.field("sharedWith",
            "A sharing party is a state code or body id: 2 to 40 upper-case letters, digits or dashes (got '"
                + party + "').");
      }
      parties.add(p);
    }
    sharedWith = Set.copyOf(parties);
  }

  /** A provenance naming only the file and method, shared with nobody beyond the registry. */
  public static Provenance of(String originalFileName, AcquisitionMethod method) {
    return new Provenance(originalFileName, null, null, null, method, null, null, null, Set.of());
  }

  /** Who submitted it, e.g. {@code UKR / Prosecutor General's Office / O. Petrenko}; empty if nobody is named. */
  public String submitter() {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (submitterState != null) {
      parts.add(submitterState.value());
    }
    if (submitterOrganisation != null) {
      parts.add(submitterOrganisation);
    }
    if (submitterPerson != null) {
      parts.add(submitterPerson);
    }
    return String.join(" / ", parts);
  }

  private static String fileName(@Nullable String name) {
    if (name == null || name.isBlank() || name.length() > 255 || name.contains("/") || name.contains("\\")
        || name.equals(".") || name.equals("..") || name.chars().anyMatch(c -> c < 0x20)) {
      throw InvalidEvidenceException.field("originalFileName",
          "The original file name has 1 to 255 characters and no path or control characters.");
    }
    return name.strip();
  }

  private static @Nullable String text(String field, @Nullable String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > max) {
      throw InvalidEvidenceException.field(field, "'" + field + "' has at most " + max + " characters.");
    }
    return value.strip();
  }
}
