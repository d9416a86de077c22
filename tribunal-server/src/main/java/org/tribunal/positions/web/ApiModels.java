package org.tribunal.positions.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tribunal.positions.Claim;
import org.tribunal.positions.ClaimView;
import org.tribunal.positions.ConsideredPosition;
import org.tribunal.positions.DisputeView;
import org.tribunal.positions.InvalidPositionException;
import org.tribunal.positions.NewClaim;
import org.tribunal.positions.NewDispute;
import org.tribunal.positions.NewPosition;
import org.tribunal.positions.NewRule;
import org.tribunal.positions.NewText;
import org.tribunal.positions.PositionCorrection;
import org.tribunal.positions.PositionKind;
import org.tribunal.positions.PositionView;
import org.tribunal.positions.RuleEvaluation;
import org.tribunal.positions.RuleSpec;
import org.tribunal.positions.RuleView;
import org.tribunal.positions.Shift;
import org.tribunal.positions.StancePoint;
import org.tribunal.positions.StanceTimeline;
import org.tribunal.positions.Tally;
import org.tribunal.positions.TextId;
import org.tribunal.positions.TextKind;
import org.tribunal.positions.TextView;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;

/** Request and response bodies of the positions API: plain strings for ids and codes. */
final class ApiModels {

  private ApiModels() {}

  record Source(String title, @Nullable String publisher, @Nullable LocalDate date, @Nullable String url) {
    static Source of(SourceRef s) {
      return new Source(s.title(), s.publisher(), s.date(), s.url());
    }

    static SourceRef required(@Nullable Source source) {
      if (source == null) {
        throw InvalidPositionException.field("source", "a source is required");
      }
      return source.ref();
    }

    SourceRef ref() {
      return new SourceRef(title, publisher, date, url);
    }
  }

  record ClaimBody(String code, String labelEn, String labelFr, String labelUk, @Nullable String description) {
    static ClaimBody of(ClaimView c) {
      return new ClaimBody(c.claim().code(), c.labelEn(), c.labelFr(), c.labelUk(), c.description());
    }

    NewClaim command() {
      return new NewClaim(Claim.of(code), labelEn, labelFr, labelUk, description);
    }
  }

  record TextRequest(String id, @Nullable String symbol, TextKind kind, String body, LocalDate date, String title,
      @Nullable String fullText, @Nullable String link, @Nullable Set<String> claims, @Nullable String amends,
      @Nullable Tally officialTally, @Nullable String undlId, Source source, boolean unconfirmed,
      @Nullable String note) {
    NewText command() {
      return new NewText(TextId.of(id), symbol, kind, body, date, title, fullText, link,
          claims == null ? Set.of() : claims.stream().map(Claim::of).collect(Collectors.toSet()),
          amends == null ? null : TextId.of(amends), officialTally, undlId, Source.required(source), unconfirmed, note);
    }
  }

  /** A text's corrected content (all of it, claims included) and the reason for the correction. */
  record TextCorrectionRequest(@Nullable String symbol, TextKind kind, String body, LocalDate date, String title,
      @Nullable String fullText, @Nullable String link, @Nullable Set<String> claims, @Nullable String amends,
      @Nullable Tally officialTally, @Nullable String undlId, Source source, boolean unconfirmed,
      @Nullable String note, String reason) {
    NewText command(TextId id) {
      return new NewText(id, symbol, kind, body, date, title, fullText, link,
          claims == null ? Set.of() : claims.stream().map(Claim::of).collect(Collectors.toSet()),
          amends == null ? null : TextId.of(amends), officialTally, undlId, Source.required(source), unconfirmed, note);
    }
  }

  record TextResponse(String id, int version, @Nullable String symbol, TextKind kind, String body, LocalDate date,
      String title, @Nullable String fullText, @Nullable String link, List<String> claims, @Nullable String amends,
      @Nullable Tally officialTally, @Nullable String undlId, Source source, boolean unconfirmed,
      @Nullable String note, @Nullable String reason, String recordedBy, Instant recordedAt) {
    static TextResponse of(TextView t) {
      return new TextResponse(t.id().value(), t.version(), t.symbol(), t.kind(), t.body(), t.date(), t.title(),
          t.fullText(), t.link(), t.claims().stream().map(Claim::code).toList(),
          t.amends() == null ? null : t.amends().value(), t.officialTally(), t.undlId(), Source.of(t.source()),
          t.unconfirmed(), t.note(), t.reason(), t.recordedBy(), t.recordedAt());
    }
  }

  record PositionRequest(String state, String text, PositionKind kind, LocalDate date, @Nullable String explanation,
      Source source, boolean unconfirmed, @Nullable String note) {
    NewPosition command() {
      return new NewPosition(StateCode.of(state), TextId.of(text), kind, date, explanation, Source.required(source),
          unconfirmed,
          note);
    }
  }

  record CorrectionRequest(PositionKind kind, LocalDate date, @Nullable String explanation, Source source,
      boolean unconfirmed, @Nullable String note, boolean retract, String reason) {
    PositionCorrection command() {
      return new PositionCorrection(kind, date, explanation, Source.required(source), unconfirmed, note, retract,
          reason);
    }
  }

  record DisputeRequest(String statement, @Nullable String sourceUrl) {
    NewDispute command() {
      return new NewDispute(statement, sourceUrl);
    }
  }

  record DisputeResponse(String id, String position, int version, String statement, @Nullable String sourceUrl,
      String disputedBy, Instant disputedAt) {
    static DisputeResponse of(DisputeView d) {
      return new DisputeResponse(d.id().toString(), d.position().key(), d.version(), d.statement(), d.sourceUrl(),
          d.disputedBy(), d.disputedAt());
    }
  }

  record PositionResponse(String key, String state, String text, String slot, int version, PositionKind kind,
      @Nullable String stance, LocalDate date, @Nullable String explanation, Source source, boolean unconfirmed,
      @Nullable String note, boolean retracted, @Nullable String reason, String recordedBy, Instant recordedAt,
      List<DisputeResponse> disputes) {
    static PositionResponse of(PositionView p) {
      return new PositionResponse(p.ref().key(), p.state().value(), p.text().value(), p.ref().slot().name(),
          p.version(), p.kind(), p.kind().stance() == null ? null : p.kind().stance().name(), p.date(),
          p.explanation(), Source.of(p.source()), p.unconfirmed(), p.note(), p.retracted(), p.reason(),
          p.recordedBy(), p.recordedAt(), p.disputes().stream().map(DisputeResponse::of).toList());
    }
  }

  record PointResponse(LocalDate date, String stance, String text, String textLabel, String body,
      PositionResponse position) {
    static PointResponse of(StancePoint p) {
      return new PointResponse(p.date(), p.stance().name(), p.text().id().value(), p.text().label(), p.text().body(),
          PositionResponse.of(p.position()));
    }
  }

  record ShiftResponse(String id, String state, String claim, LocalDate date, String from, String to,
      boolean unconfirmed, PointResponse before, PointResponse after) {
    static ShiftResponse of(Shift s) {
      return new ShiftResponse(s.id(), s.state().value(), s.claim().code(), s.date(), s.from().name(), s.to().name(),
          s.unconfirmed(), PointResponse.of(s.before()), PointResponse.of(s.after()));
    }
  }

  record TimelineResponse(String state, String claim, LocalDate asOf, @Nullable String current,
      List<PointResponse> points, List<ShiftResponse> shifts) {
    static TimelineResponse of(StanceTimeline t) {
      return new TimelineResponse(t.state().value(), t.claim().code(), t.asOf(),
          t.current() == null ? null : t.current().name(), t.points().stream().map(PointResponse::of).toList(),
          t.shifts().stream().map(ShiftResponse::of).toList());
    }
  }

  record RuleSpecBody(Set<String> claims, int windowMonths, RuleSpec.Requirement requirement,
      boolean countUnconfirmed, @Nullable Set<String> bodies) {
    static RuleSpecBody of(RuleSpec s) {
      return new RuleSpecBody(s.claims().stream().map(Claim::code).collect(Collectors.toCollection(java.util.TreeSet::new)),
          s.windowMonths(), s.requirement(), s.countUnconfirmed(), new java.util.TreeSet<>(s.bodies()));
    }

    RuleSpec spec() {
      if (claims == null) {
        throw InvalidPositionException.field("spec.claims", "a rule needs at least one claim");
      }
      return new RuleSpec(claims.stream().map(Claim::of).collect(Collectors.toSet()), windowMonths, requirement,
          countUnconfirmed, bodies == null ? Set.of() : bodies);
    }
  }

  record RuleRequest(String id, String name, String description, RuleSpecBody spec, LocalDate validFrom,
      @Nullable String reason) {
    NewRule command() {
      if (spec == null) {
        throw InvalidPositionException.field("spec", "a rule needs its specification");
      }
      return new NewRule(id, name, description == null ? "" : description, spec.spec(), validFrom, reason);
    }
  }

  record RuleResponse(String id, int version, String name, String description, RuleSpecBody spec,
      LocalDate validFrom, @Nullable String reason, String recordedBy, Instant recordedAt) {
    static RuleResponse of(RuleView r) {
      return new RuleResponse(r.id(), r.version(), r.name(), r.description(), RuleSpecBody.of(r.spec()),
          r.validFrom(), r.reason(), r.recordedBy(), r.recordedAt());
    }
  }

  record ConsideredResponse(String consideration, @Nullable String stance, String text, String textLabel,
      String body, PositionResponse position) {
    static ConsideredResponse of(ConsideredPosition c) {
      return new ConsideredResponse(c.consideration().name(), c.stance() == null ? null : c.stance().name(),
          c.text().id().value(), c.text().label(), c.text().body(), PositionResponse.of(c.position()));
    }
  }

  record EvaluationResponse(String rule, int version, String ruleName, String state, LocalDate asOf, String verdict,
      String explanation, List<ConsideredResponse> deciding, List<ConsideredResponse> notCounted) {
    static EvaluationResponse of(RuleEvaluation e) {
      return new EvaluationResponse(e.rule(), e.version(), e.ruleName(), e.state().value(), e.asOf(),
          e.verdict().name(), e.explanation(), e.deciding().stream().map(ConsideredResponse::of).toList(),
          e.notCounted().stream().map(ConsideredResponse::of).toList());
    }
  }
}
