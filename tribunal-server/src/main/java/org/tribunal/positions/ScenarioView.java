package org.tribunal.positions;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One saved version of a scenario. Saving a scenario under a name that exists adds a version; earlier
 * versions stay readable and comparable.
 *
 * @param id the scenario's key (from its name)
 * @param version 1, then one more per save
 * @param spec what the scenario asks
 * @param reason why this version replaced the previous one, or {@code null}
 * @param recordedBy who saved it
 * @param recordedAt when
 */
public record ScenarioView(String id, int version, ScenarioSpec spec, @Nullable String reason, String recordedBy,
    Instant recordedAt) {

  /** Returns {@code id@version}, the reference {@link ViabilityScenarios#compare} takes. */
  public String ref() {
    return id + "@" + version;
  }
}
