package org.tribunal.coalition;

import org.tribunal.shared.SourceRef;

/** Checks that a fact's source has a title and that its fields fit. */
final class Sources {

  private Sources() {}

  static void check(SourceRef source) {
    Text.required("source.title", source.title());
    Text.limited("source.publisher", source.publisher());
    Text.limited("source.url", source.url());
  }
}
