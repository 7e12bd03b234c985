package io.github.gcmkit.io.render;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.Provenance;
import io.github.gcmkit.model.Sourcing;
import io.github.gcmkit.model.charter.ChairSeat;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.CharterObjective;
import io.github.gcmkit.model.charter.Composition;
import io.github.gcmkit.model.charter.DecisionRule;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.model.charter.MeetingPolicy;
import io.github.gcmkit.model.charter.Mission;
import io.github.gcmkit.model.charter.ReportingLine;
import io.github.gcmkit.model.charter.Tenure;
import io.github.gcmkit.model.charter.TenureKind;
import io.github.gcmkit.model.charter.WorkingGroup;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.WorkplanModalities;
import io.github.gcmkit.model.workplan.Workstream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lays a charter or a workplan out as an {@link Outline}, in a language: the document's own, or
 * another one whose headings, labels and organisation names are used, with the document's texts in
 * that language where it has them (in its own otherwise).
 */
final class Outlines {

  private Outlines() {}

  static Outline charter(Charter charter, String language) {
    Labels l = new Labels(language);
    Outline o = new Outline(language, charter.title().map(l::text).orElse(l.word("charter")));
    o.heading(1, o.title());
    charter.adopted().ifPresent(d -> o.paragraph(l.word("adopted"), l.date(d)));
    charter.mission().ifPresent(m -> mission(o, l, m));
    if (!charter.objectives().isEmpty()) {
      o.heading(2, l.word("objectives"));
      List<Outline.Item> objectives = new ArrayList<>();
      for (int i = 0; i < charter.objectives().size(); i++) {
        CharterObjective obj = charter.objectives().get(i);
        objectives.add(item(obj.text().text(l.language())
            + links(l, obj.links(), "/objectives/" + i + "/links", charter.sourcing())));
      }
      o.list(true, objectives);
    }
    charter.composition().ifPresent(c -> composition(o, l, c));
    governance(o, l, charter.governance());
    return o;
  }

  private static void mission(Outline o, Labels l, Mission m) {
    o.heading(2, l.word("mission"));
    o.paragraph(l.text(m.text()));
    if (!m.establishedBy().isEmpty()) {
      o.paragraph(l.word("establishedBy"), l.stakeholders(m.establishedBy()));
    }
    if (!m.guidedBy().isEmpty()) {
      o.paragraph(l.word("guidedBy"), "");
      o.bullets(l.texts(m.guidedBy()));
    }
    if (!m.alignsWith().isEmpty()) {
      o.paragraph(l.word("alignsWith"), "");
      o.bullets(l.texts(m.alignsWith()));
    }
  }

  private static void composition(Outline o, Labels l, Composition c) {
    o.heading(2, l.word("composition"));
    c.basis().ifPresent(b -> o.paragraph(l.word("basis"), l.word(b)));
    c.wording().ifPresent(w -> o.paragraph(l.text(w)));
    if (!c.members().isEmpty()) {
      o.paragraph(l.word("members"),
          c.members().stream().map(m -> l.organisation(m.member())).collect(Collectors.joining(", ")));
    }
    if (!c.memberDuties().isEmpty()) {
      o.paragraph(l.word("memberDuties"), "");
      o.bullets(l.texts(c.memberDuties()));
    }
    if (!c.externalPartners().isEmpty()) {
      o.paragraph(l.word("externalPartners"), "");
      o.bullets(c.externalPartners().stream().map(l::stakeholder).toList());
    }
  }

  private static void governance(Outline o, Labels l, Governance g) {
    o.heading(2, l.word("governance"));
    if (!g.coChairs().isEmpty()) {
      o.heading(3, l.word("coChairs"));
      List<List<String>> rows = new ArrayList<>();
      for (ChairSeat seat : g.coChairs()) {
        rows.add(List.of(l.stakeholder(seat.holder()), seat.post().map(l::text).orElse(""), tenure(l, seat.tenure())));
      }
      o.table(List.of(l.word("holder"), l.word("post"), l.word("tenure")), rows);
      if (!g.chairDuties().isEmpty()) {
        o.paragraph(l.word("chairDuties"), "");
        o.bullets(l.texts(g.chairDuties()));
      }
    }
    g.coordinator().ifPresent(c -> o.paragraph(l.word("coordinator"), l.stakeholder(c)));
    g.executiveCommittee().ifPresent(ec -> {
      o.heading(3, l.word("executiveCommittee"));
      o.paragraph(l.word("members"), l.stakeholders(ec.members()));
      o.bullets(l.texts(ec.functions()));
    });
    g.meetings().ifPresent(m -> meetings(o, l, m));
    if (!g.decisions().isEmpty()) {
      o.heading(3, l.word("decisions"));
      o.bullets(g.decisions().stream().map(d -> decision(l, d)).toList());
    }
    if (g.workingGroupPolicy().isPresent() || !g.workingGroups().isEmpty()) {
      o.heading(3, l.word("workingGroups"));
      g.workingGroupPolicy().ifPresent(p -> {
        p.purpose().ifPresent(t -> o.paragraph(l.text(t)));
        p.validatedBy().ifPresent(b -> o.paragraph(l.word("validatedBy"), l.word(b)));
        if (!p.drawnFrom().isEmpty()) {
          o.paragraph(l.word("drawnFrom"), l.stakeholders(p.drawnFrom()));
        }
        if (p.formedAsNeeded()) {
          o.paragraph(l.word("formedAsNeeded"));
        }
        if (p.chairOpenToAllMembers().orElse(false)) {
          o.paragraph(l.word("chairOpenToAllMembers"));
        }
        o.bullets(l.texts(p.wording()));
      });
      for (WorkingGroup wg : g.workingGroups()) {
        o.paragraph(l.text(wg.name()), wg.focus().map(l::text).orElse("") + chairs(l, wg));
      }
    }
    g.annualReview().ifPresent(r -> {
      o.heading(3, l.word("annualReview"));
      o.paragraph(l.word("frequency"), l.frequency(r.frequency()));
      o.bullets(l.texts(r.purposes()));
      o.bullets(l.texts(r.outcomes()));
    });
    g.secretariat().ifPresent(s -> {
      o.heading(3, l.word("secretariat"));
      o.paragraph(l.word("providedBy"), l.stakeholders(s.leads()));
      if (!s.support().isEmpty()) {
        o.paragraph(l.word("support"), l.stakeholders(s.support()));
      }
      o.bullets(l.texts(s.duties()));
    });
    if (!g.reportingLines().isEmpty()) {
      o.heading(3, l.word("reporting"));
      o.bullets(g.reportingLines().stream().map(r -> reporting(l, r)).toList());
    }
    g.partnerMeeting().ifPresent(p -> {
      o.heading(3, l.word("partnerMeeting"));
      o.paragraph(l.word("frequency"), l.frequency(p.frequency()) + p.condition().map(c -> " — " + l.text(c)).orElse(""));
      p.wording().ifPresent(w -> o.paragraph(l.text(w)));
      if (!p.participants().isEmpty()) {
        o.bullets(p.participants().stream().map(l::stakeholder).toList());
      }
    });
  }

  private static void meetings(Outline o, Labels l, MeetingPolicy m) {
    o.heading(3, l.word("meetings"));
    String frequency = m.frequency().map(l::frequency).orElse("");
    if (m.asNeeded()) {
      frequency = (frequency + " " + l.word("asNeeded")).strip();
    }
    o.paragraph(l.word("frequency"), frequency);
    if (!m.modalities().isEmpty()) {
      o.paragraph(l.word("modalities"), m.modalities().stream().map(l::word).collect(Collectors.joining(", ")));
    }
    if (!m.venues().isEmpty()) {
      o.paragraph(l.word("venues"), String.join(", ", l.texts(m.venues())));
    }
    m.wording().ifPresent(w -> o.paragraph(l.text(w)));
  }

  private static String tenure(Labels l, Tenure t) {
    if (t.kind() == TenureKind.UNSPECIFIED) {
      return t.wording().map(l::text).orElse("");
    }
    String s = l.word(t.kind()) + t.termMonths().map(m -> ", " + m + " " + l.word("months")).orElse("");
    return s + t.wording().map(w -> " — " + l.text(w)).orElse("");
  }

  private static String decision(Labels l, DecisionRule d) {
    if (d.wording().isPresent()) {
      return l.text(d.wording().get());
    }
    return d.subject().map(l::text).map(s -> s + ": ").orElse("") + d.method().map(l::word).orElse("");
  }

  private static String chairs(Labels l, WorkingGroup wg) {
    return wg.chairs().isEmpty() ? "" : " (" + l.word("coChairs") + ": " + l.stakeholders(wg.chairs()) + ")";
  }

  private static String reporting(Labels l, ReportingLine r) {
    String to = r.network().or(() -> r.recipient().map(l::stakeholder)).orElse("");
    String subjects = String.join("; ", l.texts(r.subjects()));
    String head = r.wording().map(l::text).orElse(l.word("reportsTo") + " " + to);
    return subjects.isEmpty() ? head : head + ": " + subjects;
  }

  static Outline workplan(Workplan workplan, String language) {
    Labels l = new Labels(language);
    Outline o = new Outline(language, l.text(workplan.title()));
    o.heading(1, o.title());
    workplan.period().ifPresent(p -> o.paragraph(l.word("period"), l.period(p)));
    workplan.issued().ifPresent(d -> o.paragraph(l.word("issued"), l.date(d)));
    if (workplan.livingDocument()) {
      o.paragraph(l.word("livingDocument"));
    }
    if (!workplan.introduction().isEmpty()) {
      o.heading(2, l.word("introduction"));
      workplan.introduction().forEach(p -> o.paragraph(l.text(p)));
    }
    workplan.modalities().ifPresent(m -> modalities(o, l, m));
    if (!workplan.priorities().isEmpty()) {
      o.heading(2, l.word("priorities"));
      for (int i = 0; i < workplan.priorities().size(); i++) {
        priority(o, l, workplan.priorities().get(i), "/priorities/" + i, workplan.sourcing());
      }
    }
    if (!workplan.crossCuttingIssues().isEmpty()) {
      o.heading(2, l.word("crossCuttingIssues"));
      workplan.crossCuttingIssues().forEach(c -> {
        o.heading(3, l.text(c.title()));
        c.description().forEach(d -> o.paragraph(l.text(d)));
      });
    }
    if (!workplan.pledges().isEmpty()) {
      o.heading(2, l.word("pledges"));
      o.bullets(workplan.pledges().stream()
          .map(p -> (p.pledgedBy().isEmpty() ? "" : l.stakeholders(p.pledgedBy()) + ": ") + l.text(p.text()))
          .toList());
    }
    if (!workplan.notes().isEmpty()) {
      o.heading(2, l.word("notes"));
      o.list(false, workplan.notes().stream().map(n -> item(n.id() + ". " + l.text(n.text()))).toList());
    }
    return o;
  }

  private static void modalities(Outline o, Labels l, WorkplanModalities m) {
    o.heading(2, l.word("workplanModalities"));
    m.meetingFrequency().ifPresent(f -> o.paragraph(l.word("meetingFrequency"), l.frequency(f)));
    m.coordinator().ifPresent(c -> o.paragraph(l.word("coordinator"), l.stakeholder(c)));
    m.progressUpdateFrequency().ifPresent(f -> o.paragraph(l.word("progressUpdates"),
        l.frequency(f) + (m.progressUpdatesTo().isEmpty() ? "" : " → " + l.stakeholders(m.progressUpdatesTo()))));
    m.wording().forEach(w -> o.paragraph(l.text(w)));
  }

  private static void priority(Outline o, Labels l, Priority p, String pointer, Sourcing sourcing) {
    o.heading(3, l.word(p.kind()) + " " + p.number() + ". " + l.text(p.title()));
    String linked = links(l, p.links(), pointer + "/links", sourcing);
    if (!linked.isEmpty()) {
      o.paragraph(linked.strip());
    }
    List<List<String>> rows = new ArrayList<>();
    for (Workstream w : p.workstreams()) {
      rows.add(List.of(
          w.id(),
          w.outcome().map(l::text).orElse(""),
          l.schedule(w.schedule()),
          w.leadsWording().map(l::text).orElse(l.stakeholders(w.leads())),
          w.participantsWording().map(l::text).orElse(l.stakeholders(w.participants()))));
    }
    o.table(List.of(l.word("workstream"), l.word("outcome"), l.word("timeline"), l.word("leads"), l.word("participants")), rows);
    for (Workstream w : p.workstreams()) {
      if (!w.activities().isEmpty()) {
        o.heading(4, l.word("workstream") + " " + w.id() + " — " + l.word("activities"));
        o.list(false, activities(l, w.activities()));
      }
    }
    if (!p.activities().isEmpty()) {
      o.heading(4, l.word("activities"));
      o.list(false, activities(l, p.activities()));
    }
  }

  private static List<Outline.Item> activities(Labels l, List<Activity> activities) {
    return activities.stream()
        .map(a -> new Outline.Item(
            a.id() + ". " + l.text(a.text()) + a.schedule().map(s -> " (" + l.schedule(s) + ")").orElse(""),
            ImmutableList.copyOf(activities(l, a.subActivities()))))
        .toList();
  }

  /**
   * The GCM objectives and guiding principles of {@code links}, at {@code pointer} in a document
   * sourced as {@code sourcing}: those the document states, then those interpreted when it was
   * encoded, marked as such — " (GCM objectives: 2, 7; interpreted: 16)".
   */
  private static String links(Labels l, GcmLinks links, String pointer, Sourcing sourcing) {
    List<String> parts = new ArrayList<>();
    part(parts, l, "gcmObjectives", links.objectives(), o -> links.provenance(o, pointer, sourcing),
        o -> String.valueOf(o.number()));
    part(parts, l, "guidingPrinciples", links.principles(), p -> links.provenance(p, pointer, sourcing),
        p -> "15(" + p.paragraph() + ")");
    return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
  }

  private static <T> void part(
      List<String> parts,
      Labels l,
      String word,
      Collection<T> linked,
      Function<T, Provenance> provenance,
      Function<T, String> name) {
    if (linked.isEmpty()) {
      return;
    }
    String stated = linked.stream().filter(t -> provenance.apply(t) != Provenance.INTERPRETED)
        .map(name).collect(Collectors.joining(", "));
    String interpreted = linked.stream().filter(t -> provenance.apply(t) == Provenance.INTERPRETED)
        .map(name).collect(Collectors.joining(", "));
    String colon = Labels.colon(l.language()) + " ";
    parts.add(l.word(word) + colon + (stated.isEmpty() ? "" : stated + (interpreted.isEmpty() ? "" : "; "))
        + (interpreted.isEmpty() ? "" : l.word("interpreted") + colon + interpreted));
  }

  private static Outline.Item item(String text) {
    return new Outline.Item(text, ImmutableList.of());
  }
}
