package io.github.gcmkit.cli;

import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.GuidingPrinciple;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.charter.AnnualReview;
import io.github.gcmkit.model.charter.ChairSeat;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.CharterObjective;
import io.github.gcmkit.model.charter.Composition;
import io.github.gcmkit.model.charter.DecisionRule;
import io.github.gcmkit.model.charter.ExecutiveCommittee;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.model.charter.MeetingPolicy;
import io.github.gcmkit.model.charter.Mission;
import io.github.gcmkit.model.charter.PartnerMeeting;
import io.github.gcmkit.model.charter.ReportingLine;
import io.github.gcmkit.model.charter.Secretariat;
import io.github.gcmkit.model.charter.Tenure;
import io.github.gcmkit.model.charter.TenureKind;
import io.github.gcmkit.model.charter.WorkingGroupPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A charter as its clauses — mission, objectives, composition, co-chairs, meetings, decisions,
 * working groups, annual review, secretariat, reporting — each summed up in plain words, so that
 * two charters can be set side by side clause by clause. An absent clause is the empty string.
 */
final class CharterClauses {

  private final Words w;

  CharterClauses(String language) {
    this.w = new Words(language);
  }

  /** The clauses of {@code charter}, by name, in the order of a Terms of Reference. */
  Map<String, String> of(Charter c) {
    Governance g = c.governance();
    Map<String, String> clauses = new LinkedHashMap<>();
    clauses.put("Title", c.title().map(w::text).orElse(""));
    clauses.put("Adopted", c.adopted().map(Object::toString).orElse(""));
    clauses.put("Mission", c.mission().map(m -> w.text(m.text())).orElse(""));
    clauses.put("Established by", c.mission().map(m -> w.stakeholders(m.establishedBy())).orElse(""));
    clauses.put("Aligns with", c.mission().map(m -> w.texts(m.alignsWith())).orElse(""));
    clauses.put("Objectives", objectives(c.objectives()));
    clauses.put("GCM links", links(c));
    clauses.put("Composition", c.composition().map(this::composition).orElse(""));
    clauses.put("Members", c.composition().map(this::members).orElse(""));
    clauses.put("External partners", c.composition().map(p -> w.stakeholders(p.externalPartners())).orElse(""));
    clauses.put("Co-chairs", g.coChairs().stream().map(this::seat).collect(Collectors.joining("; ")));
    clauses.put("Chair duties", w.texts(g.chairDuties()));
    clauses.put("Coordinator", g.coordinator().map(w::stakeholder).orElse(""));
    clauses.put("Executive committee", g.executiveCommittee().map(this::committee).orElse(""));
    clauses.put("Meetings", g.meetings().map(this::meetings).orElse(""));
    clauses.put("Decisions", g.decisions().stream().map(this::decision).collect(Collectors.joining("; ")));
    clauses.put("Working groups", workingGroups(g));
    clauses.put("Annual review", g.annualReview().map(this::review).orElse(""));
    clauses.put("Secretariat", g.secretariat().map(this::secretariat).orElse(""));
    clauses.put("Reporting", g.reportingLines().stream().map(this::reporting).collect(Collectors.joining("; ")));
    clauses.put("Meeting with partners", g.partnerMeeting().map(this::partners).orElse(""));
    return clauses;
  }

  private String objectives(List<CharterObjective> objectives) {
    if (objectives.isEmpty()) {
      return "";
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < objectives.size(); i++) {
      items.add((i + 1) + ". " + w.text(objectives.get(i).text()));
    }
    return objectives.size() + (objectives.size() == 1 ? " objective: " : " objectives: ") + String.join(" ", items);
  }

  /** The GCM objectives and guiding principles the mission and objectives link to. */
  private String links(Charter c) {
    List<GcmLinks> links = new ArrayList<>();
    c.mission().map(Mission::links).ifPresent(links::add);
    c.objectives().forEach(o -> links.add(o.links()));
    TreeSet<GcmObjective> objectives = new TreeSet<>();
    TreeSet<GuidingPrinciple> principles = new TreeSet<>();
    links.forEach(l -> {
      objectives.addAll(l.objectives());
      principles.addAll(l.principles());
    });
    List<String> parts = new ArrayList<>();
    if (!objectives.isEmpty()) {
      parts.add("GCM objectives " + objectives.stream().map(o -> String.valueOf(o.number())).collect(Collectors.joining(", ")));
    }
    if (!principles.isEmpty()) {
      parts.add("principles: " + principles.stream().map(p -> w.text(p.title())).collect(Collectors.joining(", ")));
    }
    return String.join("; ", parts);
  }

  private String composition(Composition c) {
    return join(c.basis().map(Words::code).orElse(""), c.wording().map(w::text).orElse(""));
  }

  private String members(Composition c) {
    return c.members().stream().map(m -> m.member().code()).collect(Collectors.joining(", "));
  }

  private String seat(ChairSeat seat) {
    return w.stakeholder(seat.holder()) + seat.post().map(p -> " (" + w.text(p) + ")").orElse("")
        + ", " + tenure(seat.tenure());
  }

  private String tenure(Tenure t) {
    if (t.kind() == TenureKind.PERMANENT) {
      return "permanent";
    }
    return "rotating" + t.termMonths().map(m -> " every " + m + " months").orElse(", term not stated")
        + (t.eligible().isEmpty() ? "" : " among " + w.stakeholders(t.eligible()))
        + t.nextHolderNamedAt().map(b -> ", next holder named by the " + Words.code(b)).orElse(", succession not stated");
  }

  private String committee(ExecutiveCommittee e) {
    return join(w.stakeholders(e.members()), w.texts(e.functions()));
  }

  private String meetings(MeetingPolicy m) {
    return orWording(m.wording(), join(
        m.frequency().map(f -> f.label(language())).orElse(""),
        m.asNeeded() ? "and as needed" : "",
        Words.codes(m.modalities()),
        w.texts(m.venues())));
  }

  private String decision(DecisionRule d) {
    return orWording(d.wording(), join(
        d.subject().map(w::text).orElse(""),
        d.method().map(Words::code).orElse(""),
        d.decidingBody().map(b -> "by the " + Words.code(b)).orElse(""),
        d.consultedFirst().isEmpty() ? "" : "after consulting the " + Words.codes(d.consultedFirst())));
  }

  private String workingGroups(Governance g) {
    String policy = g.workingGroupPolicy().map(this::policy).orElse("");
    String groups = g.workingGroups().stream().map(wg -> w.text(wg.name())).collect(Collectors.joining(", "));
    return join(policy, groups.isEmpty() ? "" : "groups: " + groups);
  }

  private String policy(WorkingGroupPolicy p) {
    return join(
        p.purpose().map(w::text).orElse(""),
        p.formedAsNeeded() ? "formed as needed" : "",
        p.validatedBy().map(b -> "validated by the " + Words.code(b)).orElse(""),
        p.chairOpenToAllMembers().map(open -> open ? "chair open to every member" : "chair not open to every member").orElse(""));
  }

  private String review(AnnualReview r) {
    return join(
        r.frequency().label(language()),
        w.texts(r.purposes()),
        r.attendees().isEmpty() ? "" : "attended by the " + Words.codes(r.attendees()));
  }

  private String secretariat(Secretariat s) {
    return join(w.stakeholders(s.leads()), s.support().isEmpty() ? "" : "supported by " + w.stakeholders(s.support()));
  }

  private String reporting(ReportingLine r) {
    return orWording(r.wording(), join(
        r.network().map(n -> "to network " + n).orElse(""),
        r.recipient().map(x -> "to " + w.stakeholder(x)).orElse(""),
        w.texts(r.subjects()),
        r.frequency().map(f -> f.label(language())).orElse("")));
  }

  private String partners(PartnerMeeting p) {
    return join(p.frequency().label(language()), p.condition().map(w::text).orElse(""), w.stakeholders(p.participants()));
  }

  private String language() {
    return w.language();
  }

  /** {@code summary} of the structured fields, or the document's own wording when they say nothing. */
  private String orWording(Optional<LocalizedText> wording, String summary) {
    return summary.isEmpty() ? wording.map(w::text).orElse("") : summary;
  }

  /** The non-empty parts, joined by commas. */
  private static String join(String... parts) {
    return Arrays.stream(parts).filter(p -> !p.isBlank()).collect(Collectors.joining(", "));
  }
}
