package org.tribunal.evidence.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tribunal.access.AccessAudit;
import org.tribunal.access.AccessQueries;
import org.tribunal.access.CurrentUser;
import org.tribunal.access.Role;
import org.tribunal.evidence.EvidenceItemView;
import org.tribunal.evidence.UnknownEvidenceException;
import org.tribunal.shared.Classification;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may see an item, and turning rows into views. A reader needs a clearance that dominates the
 * item's classification and every one of its compartments (any role, administrators included); then
 * the registry sees it, and a delegation sees it only if a submission came from its state or shares
 * the item with it. Nobody else sees evidence. Each read of a restricted item goes to the access audit.
 */
@Component
class Readers {

  private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

  private final AccessQueries access;
  private final AccessAudit audit;
  private final Items items;
  private final JsonMapper json;

  Readers(AccessQueries access, AccessAudit audit, Items items, JsonMapper json) {
    this.access = access;
    this.audit = audit;
    this.items = items;
    this.json = json;
  }

  CurrentUser current() {
    return access.currentUser();
  }

  /** The item as a view if {@code reader} may see it (the read is audited), otherwise empty. */
  Optional<EvidenceItemView> visible(ItemRow row, CurrentUser reader) {
    EvidenceItemView view = view(row);
    if (!maySee(reader, view)) {
      return Optional.empty();
    }
    if (!view.handling().isUnrestricted()) {
      audit.recordRead("evidence/item/" + row.id());
    }
    return Optional.of(view);
  }

  /** The row of {@code id} if the current user may see it. */
  ItemRow visibleRow(UUID id) {
    ItemRow row = items.find(id).orElseThrow(() -> UnknownEvidenceException.withId(id));
    visible(row, current()).orElseThrow(() -> UnknownEvidenceException.withId(id));
    return row;
  }

  static boolean maySee(CurrentUser reader, EvidenceItemView item) {
    if (!reader.mayRead(item.handling().classification(), item.handling().compartments())) {
      return false;
    }
    if (reader.hasRole(Role.REGISTRAR)) {
      return true;
    }
    return reader.hasRole(Role.DELEGATION) && reader.state() != null
        && item.sharedWith().contains(reader.state().value());
  }

  /** Whether the reader may see any evidence at all. */
  static boolean readsEvidence(CurrentUser reader) {
    return reader.hasRole(Role.REGISTRAR) || (reader.hasRole(Role.DELEGATION) && reader.state() != null);
  }

  /** The classifications {@code reader} is cleared for. */
  static Set<Classification> levels(CurrentUser reader) {
    Set<Classification> levels = EnumSet.noneOf(Classification.class);
    for (Classification c : Classification.values()) {
      if (reader.clearance().dominates(c)) {
        levels.add(c);
      }
    }
    return levels;
  }

  EvidenceItemView view(ItemRow row) {
    Map<String, String> metadata = json.readValue(row.metadataJson(), FIELDS);
    return new EvidenceItemView(row.evidenceId(), row.hashes(), row.mediaType(), metadata, row.handling(),
        row.status(), row.receivedAt(), items.submissions(row.id()));
  }
}
