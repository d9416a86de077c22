package org.tribunal.positions.web;

import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Writes values as JSON for pages' data attributes (bean {@code positionsJson} in templates). */
@Component("positionsJson")
class PositionsJson {

  private final ObjectMapper mapper;

  PositionsJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Returns {@code value} as JSON. */
  public String write(Object value) {
    return mapper.writeValueAsString(value);
  }
}
