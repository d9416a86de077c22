package org.tribunal.evidence.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tribunal.evidence.AcquisitionMethod;
import org.tribunal.evidence.Handling;
import org.tribunal.evidence.InvalidEvidenceException;
import org.tribunal.evidence.Provenance;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;

/**
 * The provenance and handling fields of an upload, as form fields (API multipart and the page form
 * alike). Lists ({@code sharedWith}, {@code compartments}) are comma- or space-separated.
 */
record UploadForm(
    @Nullable String originalFileName,
    @Nullable String submitterState,
    @Nullable String submitterOrganisation,
    @Nullable String submitterPerson,
    @Nullable String acquisitionMethod,
    @Nullable String acquiredOn,
    @Nullable String acquiredAt,
    @Nullable String consent,
    @Nullable String sharedWith,
    @Nullable String classification,
    @Nullable String compartments) {

  Provenance provenance(@Nullable String uploadedName) {
    String name = originalFileName == null || originalFileName.isBlank() ? baseName(uploadedName) : originalFileName;
    AcquisitionMethod method;
    try {
      method = acquisitionMethod == null || acquisitionMethod.isBlank() ? AcquisitionMethod.HANDED_OVER
          : AcquisitionMethod.valueOf(acquisitionMethod.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidEvidenceException.field("acquisitionMethod", "Unknown acquisition method '" + acquisitionMethod
          + "'; one of " + Arrays.toString(AcquisitionMethod.values()) + ".");
    }
    LocalDate on = null;
    if (acquiredOn != null && !acquiredOn.isBlank()) {
      try {
        on = LocalDate.parse(acquiredOn.strip());
      } catch (DateTimeParseException e) {
        throw InvalidEvidenceException.field("acquiredOn", "'acquiredOn' is a date, YYYY-MM-DD.");
      }
    }
    StateCode state = submitterState == null || submitterState.isBlank() ? null
        : StateCode.of(submitterState.strip().toUpperCase(Locale.ROOT));
    return new Provenance(name, state, submitterOrganisation, submitterPerson, method, on, acquiredAt, consent,
        list(sharedWith, true));
  }

  Handling handling() {
    Classification level;
    try {
      level = classification == null || classification.isBlank() ? Classification.RESTRICTED
          : Classification.valueOf(classification.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidEvidenceException.field("classification", "Unknown classification '" + classification + "'.");
    }
    return new Handling(level, list(compartments, false));
  }

  private static String baseName(@Nullable String uploaded) {
    if (uploaded == null || uploaded.isBlank()) {
      throw InvalidEvidenceException.field("originalFileName", "Name the file: 'originalFileName' or the part's file name.");
    }
    String name = uploaded.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }

  private static Set<String> list(@Nullable String text, boolean upper) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    Set<String> values = new LinkedHashSet<>();
    for (String v : text.split("[,\\s]+")) {
      if (!v.isBlank()) {
        values.add(upper ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT));
      }
    }
    return values;
  }
}
