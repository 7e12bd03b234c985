package io.github.gcmkit.io.internal;

import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.io.GcmProfiles;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.ProfileProblem;
import io.github.gcmkit.rules.RuleCatalog;
import io.github.gcmkit.rules.Severity;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Reads a rule profile document ({@code "gcmProfile": "1.0"}) and checks it against a rule
 * catalogue: the file's form here, what fits the catalogue by {@link Profile#check(RuleCatalog)}, whose
 * problems (an unknown rule id, a selector that selects nothing, an unknown parameter, a value the
 * parameter refuses) this reader locates where they stand in the file.
 */
public final class ProfileFormat {

  /** The version of the profile format this library writes. */
  public static final String CURRENT = "1.0";

  /** The version field of a profile document. */
  public static final String VERSION = "gcmProfile";

  static final String NAME = "name";
  static final String EXTENDS = "extends";
  static final String INCLUDE = "include";
  static final String EXCLUDE = "exclude";
  static final String SEVERITIES = "severities";
  static final String PARAMETERS = "parameters";

  /** The end of the message key of a setting for a rule the profile does not select. */
  private static final String NOT_SELECTED = ".not-selected";

  /** Stands for a parameter value that could not be read, so that its name is still checked. */
  private static final Object UNREADABLE = new Object();

  private static final Set<String> FIELDS =
      Set.of(Binder.SCHEMA, VERSION, NAME, EXTENDS, INCLUDE, EXCLUDE, SEVERITIES, PARAMETERS);

  /** The profiles gcmkit ships, by name: the ones a profile file may extend. */
  private static final ImmutableMap<String, Profile> SHIPPED = ImmutableMap.of("baseline", Profile.baseline());

  /** A URI with a scheme ({@code https://…}): never read as a profile to extend. */
  private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

  /**
   * Where a profile read from a file stands, so that it may extend another profile file by a path
   * relative to it: the file, the files extending it (to tell a cycle), and how to read another.
   *
   * @param file the profile's own file
   * @param chain the absolute files of the profiles being read, the outermost first, this one last
   * @param reader reads the profile in a file, with the chain of the files extending it
   */
  public record Origin(Path file, List<Path> chain, BiFunction<Path, List<Path>, Profile> reader) {}

  private final RuleCatalog catalog;
  private final Settings settings;
  private final Problems problems;
  private final @Nullable Origin origin;
  /** The index in the file of each selector read, by field: the profile's own, after any extended one's. */
  private final Map<String, List<Integer>> selectorItems = new LinkedHashMap<>();
  /** The parameters whose value could not be read, already said. */
  private final Set<JsonPointer> unreadable = new HashSet<>();

  private ProfileFormat(RuleCatalog catalog, Settings settings, @Nullable Origin origin) {
    this.catalog = catalog;
    this.settings = settings;
    this.problems = settings.problems();
    this.origin = origin;
  }

  /**
   * Reads the profile in {@code text} with {@code engine} (JSON or YAML), checked against {@code
   * catalog}.
   *
   * @throws GcmFormatException listing every problem
   */
  public static Profile read(Engine engine, String text, String source, RuleCatalog catalog) {
    return read(engine, text, source, catalog, null);
  }

  /**
   * Reads the profile in {@code text}, read from the file of {@code origin} when not null, so that
   * it may extend another profile file.
   *
   * @throws GcmFormatException listing every problem
   */
  public static Profile read(
      Engine engine, String text, String source, RuleCatalog catalog, @Nullable Origin origin) {
    Problems problems = new Problems(0);
    Tree tree = engine.parse(text, problems);
    Profile profile = null;
    if (tree != null) {
      Settings settings = new Settings(problems, engine.yaml());
      profile = new ProfileFormat(catalog, settings, origin).profile(tree);
    }
    if (profile == null || problems.any()) {
      throw new GcmFormatException(source, problems.all());
    }
    return profile;
  }

  private @Nullable Profile profile(Tree tree) {
    Tree.Obj root = settings.envelope(tree, VERSION, "a gcmkit rule profile");
    if (root == null) {
      return null;
    }
    settings.unknownFields(root, "", FIELDS);
    if (tooManySelectors(root)) {
      return null;
    }
    Tree nameNode = settings.required(root, "", NAME);
    String name = nameNode == null ? null : settings.text(nameNode, "/" + NAME);
    Profile.Builder builder = Profile.builder(name == null ? "profile" : name);
    Tree extendsNode = root.get(EXTENDS);
    Profile extended = null;
    if (extendsNode != null) {
      String base = settings.text(extendsNode, "/" + EXTENDS);
      extended = base == null ? null : SHIPPED.get(base);
      if (extended == null && base != null) {
        extended = file(base, extendsNode);
      }
      if (extended != null) {
        builder.extend(extended);
      }
    }
    Tree include = root.get(INCLUDE);
    Profile base = extended;
    boolean includes = selectors(root, INCLUDE, builder);
    selectors(root, EXCLUDE, builder);
    if (extendsNode == null && !includes && (include == null || include instanceof Tree.Arr)) {
      problems.report("", root, "profile.selects-nothing", EXTENDS, INCLUDE);
    }
    severities(root, builder);
    parameters(root, builder);
    Profile profile = builder.build();
    List<ProfileProblem> misfits = profile.check(catalog);
    // Whether a setting's rule is selected is known only when every selector was read and selects rules.
    boolean selectionKnown =
        !problems.any() && misfits.stream().noneMatch(p -> p.part() == ProfileProblem.Part.SELECTOR);
    for (ProfileProblem misfit : misfits) {
      boolean valueSaid = misfit.part() == ProfileProblem.Part.VALUE && unreadable.contains(misfit.pointer());
      if (!valueSaid && (selectionKnown || !misfit.key().endsWith(NOT_SELECTED))) {
        locate(misfit, root, extendsNode, base);
      }
    }
    return problems.any() ? null : profile;
  }

  /**
   * Records {@code misfit} where it stands in the file: at the selector, rule id, parameter name or
   * value its pointer names; at {@code "extends"} when the setting comes from the extended profile.
   */
  private void locate(ProfileProblem misfit, Tree.Obj root, @Nullable Tree extendsNode, @Nullable Profile base) {
    String key = misfit.key();
    LocalizedText message = misfit.message();
    List<String> tokens = misfit.pointer().tokens();
    String field = tokens.isEmpty() ? "" : tokens.get(0);
    Tree fieldNode = root.get(field);
    if ((field.equals(INCLUDE) || field.equals(EXCLUDE)) && tokens.size() == 2 && fieldNode instanceof Tree.Arr array) {
      int inherited = base == null ? 0 : (field.equals(INCLUDE) ? base.includes() : base.excludes()).size();
      int own = Integer.parseInt(tokens.get(1)) - inherited;
      List<Integer> items = selectorItems.getOrDefault(field, List.of());
      if (own >= 0 && own < items.size()) {
        int item = items.get(own);
        Tree where = array.items().get(item);
        problems.worded(JsonPointer.root().member(field).item(item).toString(), where.line(), where.column(), key, message);
        return;
      }
    } else if (fieldNode instanceof Tree.Obj obj && tokens.size() >= 2) {
      Tree.Member rule = member(obj, tokens.get(1));
      JsonPointer at = JsonPointer.root().member(field).member(tokens.get(1));
      if (rule != null && tokens.size() == 2) {
        problems.worded(at.toString(), rule.line(), rule.column(), key, message);
        return;
      }
      Tree.Member parameter =
          rule != null && rule.value() instanceof Tree.Obj values ? member(values, tokens.get(2)) : null;
      if (parameter != null) {
        Tree where = parameter.value();
        if (misfit.part() == ProfileProblem.Part.VALUE) {
          problems.worded(at.member(tokens.get(2)).toString(), where.line(), where.column(), key, message);
        } else {
          problems.worded(at.member(tokens.get(2)).toString(), parameter.line(), parameter.column(), key, message);
        }
        return;
      }
    }
    Tree where = extendsNode != null ? extendsNode : root;
    problems.worded(extendsNode != null ? "/" + EXTENDS : "", where.line(), where.column(), key, message);
  }

  private static Tree.@Nullable Member member(Tree.Obj obj, String name) {
    for (Tree.Member member : obj.members()) {
      if (member.name().equals(name)) {
        return member;
      }
    }
    return null;
  }

  /**
   * Whether the profile names more selectors than {@link GcmProfiles#MAX_SELECTORS} (patterns in {@code
   * include} and {@code exclude}, rules in {@code severities} and {@code parameters}), after saying
   * so at the first one past the limit: each is matched against the whole catalogue.
   */
  private boolean tooManySelectors(Tree.Obj root) {
    int count = 0;
    for (String field : List.of(INCLUDE, EXCLUDE, SEVERITIES, PARAMETERS)) {
      Tree node = root.get(field);
      int size = node instanceof Tree.Arr arr ? arr.items().size() : node instanceof Tree.Obj obj ? obj.members().size() : 0;
      if (count + size > GcmProfiles.MAX_SELECTORS) {
        int index = GcmProfiles.MAX_SELECTORS - count;
        Problems.Said message = Problems.said("limit.profile-selectors", GcmProfiles.MAX_SELECTORS);
        if (node instanceof Tree.Arr arr) {
          problems.report(JsonPointer.root().member(field).item(index).toString(), arr.items().get(index), message);
        } else if (node instanceof Tree.Obj obj) {
          Tree.Member member = obj.members().get(index);
          problems.report(JsonPointer.root().member(field).member(member.name()).toString(), member.value(), message);
        }
        return true;
      }
      count += size;
    }
    return false;
  }

  /**
   * The profile in the file {@code base} names, relative to this profile's file, or null after
   * saying at {@code node} why it cannot be extended: a URL, no such file, a cycle, or problems in
   * that profile.
   */
  private @Nullable Profile file(String base, Tree node) {
    String pointer = "/" + EXTENDS;
    String shipped = String.join(", ", SHIPPED.keySet());
    if (URL.matcher(base).matches() && !base.matches("^[A-Za-z]:[\\\\/].*")) {
      problems.report(pointer, node, "profile.extends-url", base);
      return null;
    }
    Origin from = origin;
    if (from == null) {
      problems.report(pointer, node, "profile.extends-unknown", base, shipped);
      return null;
    }
    Path folder = from.file().toAbsolutePath().getParent();
    Path file = (folder == null ? Path.of(base) : folder.resolve(base)).normalize();
    if (from.chain().contains(file)) {
      List<String> cycle = new ArrayList<>();
      from.chain().subList(from.chain().indexOf(file), from.chain().size()).forEach(f -> cycle.add(name(f)));
      cycle.add(name(file));
      problems.report(pointer, node, "profile.extends-cycle", String.join(" → ", cycle));
      return null;
    }
    if (!Files.isRegularFile(file)) {
      problems.report(pointer, node, "profile.extends-missing", base, file, shipped);
      return null;
    }
    List<Path> chain = new ArrayList<>(from.chain());
    chain.add(file);
    try {
      return from.reader().apply(file, List.copyOf(chain));
    } catch (GcmFormatException e) {
      FormatProblem first = e.problems().get(0);
      String at = e.source() + ":" + first.line() + ":" + first.column();
      if (e.problems().size() > 1) {
        problems.report(pointer, node, "profile.extends-unreadable.more", base, at, first.text(), e.problems().size() - 1,
            first.pointer().isRoot() ? "/" : first.pointer());
      } else {
        problems.report(pointer, node, "profile.extends-unreadable", base, at, first.text(),
            first.pointer().isRoot() ? "/" : first.pointer());
      }
    } catch (UncheckedIOException e) {
      problems.report(pointer, node, "profile.extends-unreadable.io", base, String.valueOf(e.getMessage()));
    }
    return null;
  }

  private static String name(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  /** Adds the selectors of the array {@code field}; whether it holds at least one. */
  private boolean selectors(Tree.Obj root, String field, Profile.Builder builder) {
    Tree node = root.get(field);
    if (node == null) {
      return false;
    }
    Tree.Arr array = settings.array(node, "/" + field);
    if (array == null) {
      return false;
    }
    for (int i = 0; i < array.items().size(); i++) {
      Tree item = array.items().get(i);
      String pointer = JsonPointer.root().member(field).item(i).toString();
      String selector = settings.text(item, pointer);
      if (selector == null) {
        continue;
      }
      try {
        Profile.builder("check").include(selector);
      } catch (IllegalArgumentException e) {
        problems.report(pointer, item, "profile.bad-selector", selector);
        continue;
      }
      selectorItems.computeIfAbsent(field, f -> new ArrayList<>()).add(i);
      if (field.equals(INCLUDE)) {
        builder.include(selector);
      } else {
        builder.exclude(selector);
      }
    }
    return !array.items().isEmpty();
  }

  private void severities(Tree.Obj root, Profile.Builder builder) {
    Tree node = root.get(SEVERITIES);
    Tree.Obj obj = node == null ? null : settings.object(node, "/" + SEVERITIES);
    if (obj == null) {
      return;
    }
    for (Tree.Member member : obj.members()) {
      String id = member.name();
      String pointer = JsonPointer.root().member(SEVERITIES).member(id).toString();
      Tree value = member.value();
      String level = settings.text(value, pointer);
      if (level != null) {
        Optional<Severity> severity = severity(level);
        if (severity.isEmpty()) {
          problems.report(pointer, value, "profile.unknown-severity", level);
        } else {
          builder.severity(id, severity.get());
        }
      }
    }
  }

  private static Optional<Severity> severity(String level) {
    for (Severity severity : Severity.values()) {
      if (severity.name().toLowerCase(Locale.ROOT).equals(level)) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }

  private void parameters(Tree.Obj root, Profile.Builder builder) {
    Tree node = root.get(PARAMETERS);
    Tree.Obj obj = node == null ? null : settings.object(node, "/" + PARAMETERS);
    if (obj == null) {
      return;
    }
    for (Tree.Member member : obj.members()) {
      String id = member.name();
      JsonPointer pointer = JsonPointer.root().member(PARAMETERS).member(id);
      Tree.Obj values = settings.object(member.value(), pointer.toString());
      if (values == null) {
        continue;
      }
      if (values.members().isEmpty()) {
        // No value to check: the rule id alone is checked, as the profile's parameters for it.
        builder.parameters(id);
      }
      for (Tree.Member parameter : values.members()) {
        JsonPointer at = pointer.member(parameter.name());
        Object value = value(parameter.value(), at.toString());
        if (value == null) {
          // Said already; the parameter's name is still checked, its value not again.
          unreadable.add(at);
        }
        builder.parameter(id, parameter.name(), value == null ? UNREADABLE : value);
      }
    }
  }

  /** A parameter value as given: a whole number, a decimal, text or a boolean. */
  private @Nullable Object value(Tree node, String pointer) {
    if (!(node instanceof Tree.Scalar s) || s.kind() == Tree.ScalarKind.NULL) {
      return settings.wrongType(node, pointer, "a number or a string");
    }
    switch (s.kind()) {
      case INTEGER:
      case DECIMAL:
        BigDecimal number;
        try {
          number = new BigDecimal(s.text());
        } catch (NumberFormatException e) {
          // An exponent beyond the range of an int (1e10000000000), or a YAML form such as 0x1F.
          problems.report(pointer, node, "not-decimal", s.text());
          return null;
        }
        if (s.kind() == Tree.ScalarKind.DECIMAL) {
          return number;
        }
        try {
          return number.intValueExact();
        } catch (ArithmeticException e) {
          return number;
        }
      case BOOLEAN:
        return Boolean.valueOf(s.text().equalsIgnoreCase("true"));
      default:
        return s.text();
    }
  }

  /**
   * The canonical JSON text of {@code profile}: its selectors, severities and parameters as given.
   * A profile that extends one gcmkit ships says so and lists only what it adds.
   */
  public static String write(Profile profile) {
    @Nullable Profile base = profile.extended().filter(SHIPPED::containsValue).orElse(null);
    List<String> includes = base == null ? profile.includes() : added(base.includes(), profile.includes());
    List<String> excludes = base == null ? profile.excludes() : added(base.excludes(), profile.excludes());
    Map<String, Severity> severities = base == null ? profile.severities() : added(base.severities(), profile.severities());
    Map<String, Map<String, Object>> parameters = new LinkedHashMap<>();
    profile.parameters().forEach((id, values) -> {
      Map<String, Object> own = base == null ? values : added(base.parameters().getOrDefault(id, ImmutableMap.of()), values);
      if (!own.isEmpty()) {
        parameters.put(id, own);
      }
    });
    return JsonOut.write(out -> {
      out.writeStartObject();
      JsonOut.text(out, VERSION, CURRENT);
      JsonOut.text(out, NAME, profile.name());
      if (base != null) {
        JsonOut.text(out, EXTENDS, base.name());
      }
      if (base == null || !includes.isEmpty()) {
        strings(out, INCLUDE, includes);
      }
      if (!excludes.isEmpty()) {
        strings(out, EXCLUDE, excludes);
      }
      if (!severities.isEmpty()) {
        out.writeName(SEVERITIES);
        out.writeStartObject();
        severities.forEach((id, severity) -> JsonOut.text(out, id, severity.name().toLowerCase(Locale.ROOT)));
        out.writeEndObject();
      }
      if (!parameters.isEmpty()) {
        out.writeName(PARAMETERS);
        out.writeStartObject();
        parameters.forEach((id, values) -> {
          out.writeName(id);
          out.writeStartObject();
          values.forEach((name, value) -> parameter(out, name, value));
          out.writeEndObject();
        });
        out.writeEndObject();
      }
      out.writeEndObject();
    });
  }

  /** What {@code all} adds to the {@code base} it starts with. */
  private static List<String> added(List<String> base, List<String> all) {
    return all.subList(Math.min(base.size(), all.size()), all.size());
  }

  /** The entries of {@code all} that {@code base} does not have as they are. */
  private static <V> Map<String, V> added(Map<String, ? extends V> base, Map<String, V> all) {
    Map<String, V> added = new LinkedHashMap<>();
    all.forEach((key, value) -> {
      if (!value.equals(base.get(key))) {
        added.put(key, value);
      }
    });
    return added;
  }

  /** Writes parameter {@code name} with its value as given: a number, a boolean, or text. */
  private static void parameter(JsonGenerator out, String name, Object value) {
    out.writeName(name);
    if (value instanceof Integer i) {
      out.writeNumber(i);
    } else if (value instanceof Long l) {
      out.writeNumber(l);
    } else if (value instanceof BigDecimal d) {
      out.writeNumber(d);
    } else if (value instanceof Boolean b) {
      out.writeBoolean(b);
    } else if (value instanceof EntityId e) {
      out.writeString(e.code());
    } else {
      out.writeString(String.valueOf(value));
    }
  }

  private static void strings(JsonGenerator out, String name, List<String> values) {
    out.writeName(name);
    out.writeStartArray();
    values.forEach(out::writeString);
    out.writeEndArray();
  }
}
