package org.tribunal.evidence.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tribunal.evidence.CustodyAction;
import org.tribunal.evidence.CustodyEventView;
import org.tribunal.evidence.CustodyReport;
import org.tribunal.evidence.CustodyStatus;
import org.tribunal.evidence.DerivationKind;
import org.tribunal.evidence.EvidenceItemView;
import org.tribunal.evidence.IntakeOutcome;
import org.tribunal.evidence.IntegrityProblem;
import org.tribunal.evidence.SubmissionView;
import org.tribunal.evidence.SweepFinding;
import org.tribunal.evidence.SweepReport;
import org.tribunal.evidence.WorkingCopyView;
import org.tribunal.shared.Classification;

/** The JSON bodies of the evidence API. */
final class EvidenceBodies {

  private EvidenceBodies() {}

  /** An item. */
  record ItemResponse(
      UUID id, String fileName, String sha256, String sha512, long size, String mediaType,
      Classification classification, Set<String> compartments, CustodyStatus status, Instant receivedAt,
      Set<String> sharedWith, List<SubmissionResponse> submissions, Map<String, String> metadata) {

    static ItemResponse of(EvidenceItemView v) {
      return new ItemResponse(v.id().value(), v.fileName(), v.hashes().sha256(), v.hashes().sha512(),
          v.hashes().size(), v.mediaType(), v.handling().classification(), v.handling().compartments(), v.status(),
          v.receivedAt(), v.sharedWith(), v.submissions().stream().map(SubmissionResponse::of).toList(), v.metadata());
    }
  }

  /** A submission with its provenance. */
  record SubmissionResponse(
      int number, Instant receivedAt, String receivedBy, String originalFileName, @Nullable String submitterState,
      @Nullable String submitterOrganisation, @Nullable String submitterPerson, String acquisitionMethod,
      @Nullable LocalDate acquiredOn, @Nullable String acquiredAt, @Nullable String consent, Set<String> sharedWith) {

    static SubmissionResponse of(SubmissionView s) {
      var p = s.provenance();
      return new SubmissionResponse(s.number(), s.receivedAt(), s.receivedBy(), p.originalFileName(),
          p.submitterState() == null ? null : p.submitterState().value(), p.submitterOrganisation(),
          p.submitterPerson(), p.acquisitionMethod().name(), p.acquiredOn(), p.acquiredAt(), p.consent(),
          p.sharedWith());
    }
  }

  /** The answer to an upload. */
  record IntakeResponse(ItemResponse item, int submission, boolean duplicate) {

    static IntakeResponse of(IntakeOutcome o) {
      return new IntakeResponse(ItemResponse.of(o.item()), o.submission(), o.duplicate());
    }
  }

  /** One page of items. */
  record ItemPage(List<ItemResponse> items, @Nullable String next) {}

  /** A custody event command. */
  record CustodyEventRequest(
      CustodyAction action, String reason, @Nullable String location, @Nullable Instant occurredAt,
      @Nullable String custodian, @Nullable String authority, @Nullable String copySha256) {}

  /** A custody event. */
  record CustodyEventResponse(
      int sequence, CustodyAction action, Instant occurredAt, Instant recordedAt, String actor, String reason,
      @Nullable String location, @Nullable String custodian, @Nullable String authority, @Nullable String copySha256,
      @Nullable Integer submission, String commitment, @Nullable Long logIndex) {

    static CustodyEventResponse of(CustodyEventView e) {
      return new CustodyEventResponse(e.sequence(), e.action(), e.occurredAt(), e.recordedAt(), e.actor(), e.reason(),
          e.location(), e.custodian(), e.authority(), e.copySha256(), e.submission(), e.commitment(), e.logIndex());
    }
  }

  /** A working copy. */
  record WorkingCopyResponse(
      UUID id, UUID original, DerivationKind kind, String tool, String fileName, @Nullable String note, String sha256,
      String sha512, long size, String mediaType, Instant createdAt, String createdBy, int custodySequence) {

    static WorkingCopyResponse of(WorkingCopyView c) {
      return new WorkingCopyResponse(c.id(), c.original().value(), c.kind(), c.tool(), c.fileName(), c.note(),
          c.hashes().sha256(), c.hashes().sha512(), c.hashes().size(), c.mediaType(), c.createdAt(), c.createdBy(),
          c.custodySequence());
    }
  }

  /** The custody report. */
  record CustodyReportResponse(
      String recordType, ItemResponse item, List<CustodyEventResponse> chain, List<WorkingCopyResponse> workingCopies,
      Instant generatedAt) {

    static CustodyReportResponse of(CustodyReport r) {
      return new CustodyReportResponse(CustodyEventView.RECORD_TYPE, ItemResponse.of(r.item()),
          r.chain().stream().map(CustodyEventResponse::of).toList(),
          r.workingCopies().stream().map(WorkingCopyResponse::of).toList(), r.generatedAt());
    }
  }

  /** A sweep finding. */
  record FindingResponse(
      String sha256, @Nullable UUID item, @Nullable UUID workingCopy, IntegrityProblem problem,
      @Nullable String actualSha256) {

    static FindingResponse of(SweepFinding f) {
      return new FindingResponse(f.sha256(), f.item() == null ? null : f.item().value(), f.workingCopy(), f.problem(),
          f.actualSha256());
    }
  }

  /** A sweep report. */
  record SweepResponse(
      UUID id, Instant startedAt, Instant finishedAt, String triggeredBy, int filesChecked, long bytesChecked,
      boolean clean, List<FindingResponse> findings) {

    static SweepResponse of(SweepReport r) {
      return new SweepResponse(r.id(), r.startedAt(), r.finishedAt(), r.triggeredBy(), r.filesChecked(),
          r.bytesChecked(), r.isClean(), r.findings().stream().map(FindingResponse::of).toList());
    }
  }

  /** The alarm state: up when the last sweep found damage. */
  record AlarmResponse(boolean raised, @Nullable SweepResponse lastSweep) {}

  /** An export request. */
  record ExportRequest(List<UUID> items, String reason) {}
}
