package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.GcmBaselines;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.rules.Baseline;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes baselines of accepted findings ({@code "gcmBaseline": "1.0"}): each entry
 * names a rule, a network and a JSON Pointer into that network's document, as a report's findings
 * do, and may say why it was accepted, by whom and until when.
 */
public final class BaselineFormat {

  /** The version of the baseline format this library writes. */
  public static final String CURRENT = "1.0";

  /** The version field of a baseline document. */
  public static final String VERSION = "gcmBaseline";

  /** The version of the rule catalogue whose findings the baseline accepts, recorded for readers. */
  static final String CATALOG_VERSION = "catalogVersion";

  static final String ACCEPTED = "accepted";
  static final String RULE = "rule";
  static final String NETWORK = "network";
  static final String PATH = "path";
  static final String REASON = "reason";
  static final String ACCEPTED_BY = "acceptedBy";
  static final String EXPIRES = "expires";

  private BaselineFormat() {}

  /**
   * Reads the baseline in {@code text} with {@code engine}.
   *
   * @throws GcmFormatException listing every problem
   */
  public static Baseline read(Engine engine, String text, String source) {
    Problems problems = new Problems(0);
    Settings settings = new Settings(problems, engine.yaml());
    Entries entries = new Entries(settings);
    Tree tree = engine.parse(text, problems, entries);
    Baseline baseline = tree == null ? null : baseline(tree, settings, entries.read);
    if (baseline == null || problems.any()) {
      throw new GcmFormatException(source, problems.all());
    }
    return baseline;
  }

  /**
   * The entries, made one by one as the parser reaches them, so that neither the tree nor the
   * problems of a large baseline hold them all; past the limit, a problem at the first one too many.
   */
  private static final class Entries implements TreeReader.Items {
    private final Settings settings;
    private final List<Baseline.Entry> read = new ArrayList<>();

    Entries(Settings settings) {
      this.settings = settings;
    }

    @Override
    public String member() {
      return ACCEPTED;
    }

    @Override
    public void item(int index, Tree item) {
      String pointer = Pointer.item("/" + ACCEPTED, index);
      if (index == GcmBaselines.MAX_ENTRIES) {
        settings.problems().report(pointer, item, "limit.baseline-entries", GcmBaselines.MAX_ENTRIES);
      }
      if (index >= GcmBaselines.MAX_ENTRIES) {
        return;
      }
      Baseline.Entry entry = entry(item, pointer, settings);
      if (entry != null) {
        read.add(entry);
      }
    }
  }

  private static @Nullable Baseline baseline(Tree tree, Settings settings, List<Baseline.Entry> entries) {
    Tree.Obj root = settings.envelope(tree, VERSION, "a gcmkit baseline");
    if (root == null) {
      return null;
    }
    settings.unknownFields(root, "", Set.of(Binder.SCHEMA, VERSION, CATALOG_VERSION, ACCEPTED));
    Tree catalogVersion = root.get(CATALOG_VERSION);
    String version = catalogVersion == null ? null : settings.text(catalogVersion, "/" + CATALOG_VERSION);
    Tree node = settings.required(root, "", ACCEPTED);
    Tree.Arr array = node == null ? null : settings.array(node, "/" + ACCEPTED);
    if (array == null) {
      return null;
    }
    return Baseline.of(entries).withCatalogVersion(Optional.ofNullable(version));
  }

  private static Baseline.@Nullable Entry entry(Tree node, String pointer, Settings settings) {
    Tree.Obj obj = settings.object(node, pointer);
    if (obj == null) {
      return null;
    }
    settings.unknownFields(obj, pointer, Set.of(RULE, NETWORK, PATH, REASON, ACCEPTED_BY, EXPIRES));
    Tree ruleNode = settings.required(obj, pointer, RULE);
    Tree pathNode = settings.required(obj, pointer, PATH);
    Tree networkNode = obj.get(NETWORK);
    String rule = ruleNode == null ? null : settings.text(ruleNode, Pointer.member(pointer, RULE));
    String network = networkNode == null ? null : settings.text(networkNode, Pointer.member(pointer, NETWORK));
    String path = pathNode == null ? null : pathText(pathNode, Pointer.member(pointer, PATH), settings);
    String reason = note(obj, pointer, REASON, settings);
    String acceptedBy = note(obj, pointer, ACCEPTED_BY, settings);
    Tree expiresNode = obj.get(EXPIRES);
    LocalDate expires = expiresNode == null ? null : date(expiresNode, Pointer.member(pointer, EXPIRES), settings);
    if (rule == null || path == null || (networkNode != null && network == null)
        || (obj.get(REASON) != null && reason == null) || (obj.get(ACCEPTED_BY) != null && acceptedBy == null)
        || (expiresNode != null && expires == null)) {
      return null;
    }
    return Baseline.Entry.of(rule, Optional.ofNullable(network), JsonPointer.parse(path), Optional.ofNullable(reason),
        Optional.ofNullable(acceptedBy), Optional.ofNullable(expires));
  }

  /** An optional text field's text; null when absent or, with a problem recorded, when it is not non-blank text. */
  private static @Nullable String note(Tree.Obj obj, String pointer, String field, Settings settings) {
    Tree node = obj.get(field);
    String text = node == null ? null : settings.text(node, Pointer.member(pointer, field));
    if (node != null && text != null && text.isBlank()) {
      settings.problems().report(Pointer.member(pointer, field), node, "baseline.note-blank");
      return null;
    }
    return text;
  }

  private static @Nullable LocalDate date(Tree node, String pointer, Settings settings) {
    String text = settings.text(node, pointer);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      settings.problems().report(pointer, node, "baseline.not-date", text);
      return null;
    }
  }

  /** Whether every {@code ~} of {@code pointer} begins an escape, {@code ~0} or {@code ~1} (RFC 6901). */
  private static boolean validEscapes(String pointer) {
    for (int i = pointer.indexOf('~'); i >= 0; i = pointer.indexOf('~', i + 1)) {
      if (i + 1 == pointer.length() || (pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1')) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable String pathText(Tree node, String pointer, Settings settings) {
    if (node instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.STRING) {
      if (!s.text().isEmpty() && !s.text().startsWith("/")) {
        settings.problems().report(pointer, node, "baseline.not-pointer", s.text());
        return null;
      }
      if (!validEscapes(s.text())) {
        settings.problems().report(pointer, node, "baseline.pointer-escape", s.text());
        return null;
      }
      return s.text();
    }
    return settings.wrongType(node, pointer, "a string");
  }

  /**
   * The canonical JSON text of {@code baseline}, its entries ordered by network, pointer and rule,
   * with the version of the rule catalogue it records, if any.
   */
  public static String write(Baseline baseline) {
    return JsonOut.write(out -> {
      out.writeStartObject();
      JsonOut.text(out, VERSION, CURRENT);
      baseline.catalogVersion().ifPresent(v -> JsonOut.text(out, CATALOG_VERSION, v));
      out.writeName(ACCEPTED);
      out.writeStartArray();
      for (Baseline.Entry entry : baseline.entries()) {
        out.writeStartObject();
        JsonOut.text(out, RULE, entry.ruleId());
        entry.networkId().ifPresent(n -> JsonOut.text(out, NETWORK, n));
        JsonOut.text(out, PATH, entry.pointer().toString());
        entry.reason().ifPresent(r -> JsonOut.text(out, REASON, r));
        entry.acceptedBy().ifPresent(a -> JsonOut.text(out, ACCEPTED_BY, a));
        entry.expires().ifPresent(d -> JsonOut.text(out, EXPIRES, d.toString()));
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    });
  }
}
