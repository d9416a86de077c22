package org.tribunal.record.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tribunal.record.RecordQueries;
import org.tribunal.record.RecordVersion;
import org.tribunal.record.checkpoint.CheckpointStore;
import org.tribunal.record.checkpoint.LogSigningKey;
import org.tribunal.record.checkpoint.StoredCheckpoint;
import org.tribunal.record.log.LogStore;
import org.tribunal.record.witness.WitnessRegistry;

/** The record's pages: "About the record" and a record's history of versions with their entries. */
@Controller
class RecordPageController {

  private final LogSigningKey key;
  private final LogStore store;
  private final CheckpointStore checkpoints;
  private final WitnessRegistry witnesses;
  private final RecordQueries queries;

  RecordPageController(LogSigningKey key, LogStore store, CheckpointStore checkpoints, WitnessRegistry witnesses,
      RecordQueries queries) {
    this.key = key;
    this.store = store;
    this.checkpoints = checkpoints;
    this.witnesses = witnesses;
    this.queries = queries;
  }

  @GetMapping("/record")
  @PreAuthorize("permitAll()")
  String about(Model model) {
    model.addAttribute("origin", key.origin());
    model.addAttribute("verifierKey", key.verifier().verifierKey());
    model.addAttribute("head", store.head());
    model.addAttribute("checkpoint", checkpoints.latestPublished().map(StoredCheckpoint::note).orElse(null));
    model.addAttribute("witnesses", witnesses.active());
    model.addAttribute("quorum", witnesses.quorum());
    return "record/about";
  }

  /** One row of the history page. */
  record VersionRow(int version, @Nullable Long logIndex, @Nullable String entry, @Nullable String receipt) {}

  @GetMapping("/record/entries")
  @PreAuthorize("permitAll()")
  String entries(@RequestParam String type, @RequestParam String id, Model model) {
    List<VersionRow> rows = new ArrayList<>();
    for (RecordVersion v : queries.history(type, id)) {
      String entry = v.logIndex() == null ? null
          : store.entry(v.logIndex()).map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
      String receipt = v.logIndex() == null ? null
          : "/api/v1/record/receipts?type=" + type + "&id=" + id + "&version=" + v.version();
      rows.add(new VersionRow(v.version(), v.logIndex(), entry, receipt));
    }
    model.addAttribute("type", type);
    model.addAttribute("id", id);
    model.addAttribute("versions", rows);
    return "record/entries";
  }
}
