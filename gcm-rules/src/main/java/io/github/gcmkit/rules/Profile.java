package io.github.gcmkit.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.model.GcmStyle;
import io.github.gcmkit.model.InvariantViolation;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.LocalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Which rules run and how: a named selection of rules from a {@link RuleCatalog} — all of them,
 * by id, or by prefix such as {@code charter.*} — with severity overrides and parameter values.
 *
 * <pre>{@code
 * Profile strict = Profile.builder("strict")
 *     .extend(Profile.baseline())
 *     .exclude("workplan.workstream.participants")
 *     .severity("charter.meetings.frequency", Severity.ERROR)
 *     .parameter("charter.meetings.frequency", "maxIntervalMonths", 2)
 *     .build();
 * }</pre>
 *
 * <p>A profile is plain data until it is {@link #resolve(RuleCatalog) resolved} against a
 * catalogue; then an unknown rule id, a selector that selects nothing, a setting for a rule the
 * profile does not select, an unknown parameter name or a parameter value of the wrong type is an
 * error ({@link ProfileException}), never silently ignored. {@link #baseline()} ships with gcmkit.
 *
 * <p>An immutable value, of the same Immutables style as the model; its {@link Builder} checks the
 * form of selectors as they are added.
 */
@Value.Immutable(builder = false, copy = false)
@GcmStyle
public abstract class Profile {

  /** The selector that selects every rule of the catalogue. */
  public static final String ALL = "*";

  private static final JsonPointer INCLUDE = JsonPointer.root().member("include");
  private static final JsonPointer EXCLUDE = JsonPointer.root().member("exclude");
  private static final JsonPointer SEVERITIES = JsonPointer.root().member("severities");
  private static final JsonPointer PARAMETERS = JsonPointer.root().member("parameters");

  private static final Profile BASELINE = baselineProfile();

  /** The last resolution, kept so that resolving again against the same rules costs nothing. */
  private volatile @Nullable Resolution resolved;

  Profile() {}

  /**
   * The {@code baseline} profile: every built-in rule, at its default severity, with its default
   * parameters. Rules from rule packs are not in it; name them in a profile of your own.
   */
  public static Profile baseline() {
    return BASELINE;
  }

  /**
   * A builder of a profile named {@code name}.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The profile's name. */
  @Value.Parameter
  public abstract String name();

  /** The selectors of the rules it runs: {@link #ALL}, rule ids, and prefixes such as {@code charter.*}. */
  @Value.Parameter
  public abstract ImmutableList<String> includes();

  /** The selectors of rules it leaves out of those included. */
  @Value.Parameter
  public abstract ImmutableList<String> excludes();

  /** Severity overrides, by rule id. */
  @Value.Parameter
  public abstract ImmutableMap<String, Severity> severities();

  /** Parameter values by rule id and parameter name, as given (a value or its text form). */
  @Value.Parameter
  public abstract ImmutableMap<String, ImmutableMap<String, Object>> parameters();

  /**
   * The profile this one extends, if it was built with {@link Builder#extend}: its selectors,
   * severities and parameters come first in this profile's, and a profile file written from this one
   * says {@code "extends"} and lists only what this profile adds.
   */
  @Value.Parameter
  public abstract Optional<Profile> extended();

  /** Checks the name. */
  @Value.Check
  protected void check() {
    checkArgument(!name().isBlank(), "name: the profile name is blank");
  }

  /**
   * The rules this profile runs from {@code catalog}, in catalogue order, each with its severity
   * and parameter values. A profile resolved again against a catalogue of the same rules gives the
   * same list without resolving it again.
   *
   * @throws ProfileException listing every problem if the profile does not fit the catalogue
   */
  public ImmutableList<ConfiguredRule> resolve(RuleCatalog catalog) {
    Resolution resolution = resolution(catalog);
    if (!resolution.problems().isEmpty()) {
      throw new ProfileException(name(), resolution.problems());
    }
    return resolution.rules();
  }

  /**
   * Every way this profile does not fit {@code catalog}, in the order of its settings; empty if it
   * {@link #resolve resolves}: a selector that selects nothing, a severity or parameters set for an
   * unknown rule or one the profile does not select, an unknown parameter, a value the parameter
   * does not accept.
   */
  public ImmutableList<ProfileProblem> check(RuleCatalog catalog) {
    return resolution(catalog).problems();
  }

  /** The profile resolved against {@code catalog}: the last resolution if it was of the same rules. */
  private Resolution resolution(RuleCatalog catalog) {
    Resolution last = resolved;
    if (last != null && last.catalog().equals(catalog.rules())) {
      return last;
    }
    Resolution made = resolveAgainst(catalog);
    resolved = made;
    return made;
  }

  private Resolution resolveAgainst(RuleCatalog catalog) {
    List<ProfileProblem> problems = new ArrayList<>();
    Set<Rule> selected = new LinkedHashSet<>();
    for (int i = 0; i < includes().size(); i++) {
      selected.addAll(matches(catalog, includes().get(i), INCLUDE.item(i), "include", problems));
    }
    for (int i = 0; i < excludes().size(); i++) {
      matches(catalog, excludes().get(i), EXCLUDE.item(i), "exclude", problems).forEach(selected::remove);
    }
    severities().keySet().forEach(
        id -> checkSelected(catalog, selected, id, SEVERITIES.member(id), "profile.severity", problems));
    parameters().forEach(
        (id, values) -> {
          JsonPointer at = PARAMETERS.member(id);
          checkSelected(catalog, selected, id, at, "profile.parameters", problems);
          // The parameters of a known rule are checked even when it is not selected: every problem at once.
          catalog.rule(id).ifPresent(rule -> values.forEach(
              (parameter, value) -> checkParameter(rule, at.member(parameter), parameter, value, problems)));
        });
    ImmutableList<ConfiguredRule> rules =
        problems.isEmpty()
            ? catalog.rules().stream()
                .filter(selected::contains)
                .map(this::configure)
                .collect(ImmutableList.toImmutableList())
            : ImmutableList.of();
    return new Resolution(catalog.rules(), rules, ImmutableList.copyOf(problems));
  }

  /** A resolution: the catalogue's rules, the configured rules, and the problems. */
  private record Resolution(
      ImmutableList<Rule> catalog, ImmutableList<ConfiguredRule> rules, ImmutableList<ProfileProblem> problems) {}

  private ConfiguredRule configure(Rule rule) {
    ImmutableMap<String, Object> given = parameters().getOrDefault(rule.id(), ImmutableMap.of());
    ImmutableMap.Builder<String, Object> values = ImmutableMap.builder();
    for (Parameter<?> parameter : rule.parameters()) {
      Object value = given.get(parameter.name());
      values.put(parameter.name(), value == null ? parameter.defaultValue() : parameter.convert(value));
    }
    return ImmutableConfiguredRule.of(
        rule, severities().getOrDefault(rule.id(), rule.severity()), values.buildOrThrow());
  }

  private static List<Rule> matches(
      RuleCatalog catalog, String selector, JsonPointer at, String field, List<ProfileProblem> problems) {
    List<Rule> matches = catalog.select(selector);
    if (matches.isEmpty()) {
      problems.add(suggesting(catalog, selector, at, ProfileProblem.Part.SELECTOR, "profile.selector.no-match",
          field, selector));
    }
    return matches;
  }

  private static void checkSelected(
      RuleCatalog catalog,
      Set<Rule> selected,
      String id,
      JsonPointer at,
      String setting,
      List<ProfileProblem> problems) {
    if (catalog.rule(id).isEmpty()) {
      problems.add(suggesting(catalog, id, at, ProfileProblem.Part.RULE, setting + ".unknown-rule", id));
    } else if (!selected.contains(catalog.rule(id).orElseThrow())) {
      problems.add(problem(at, ProfileProblem.Part.RULE, setting + ".not-selected", id));
    }
  }

  private static void checkParameter(
      Rule rule, JsonPointer at, String name, Object value, List<ProfileProblem> problems) {
    if (rule.parameter(name).isEmpty()) {
      LocalizedText known =
          rule.parameters().isEmpty()
              ? Engine.MESSAGES.text("profile.parameters.none")
              : Engine.MESSAGES.text(
                  "profile.parameters.known",
                  rule.parameters().stream().map(Parameter::name).collect(Collectors.joining(", ")));
      problems.add(problem(at, ProfileProblem.Part.PARAMETER, "profile.parameter.unknown", rule.id(), name, known));
      return;
    }
    try {
      rule.parameter(name).orElseThrow().convert(value);
    } catch (Parameter.Refusal e) {
      problems.add(problem(at, ProfileProblem.Part.VALUE, "profile.parameter.invalid", rule.id(), name, e.reason()));
    } catch (InvariantViolation e) {
      problems.add(problem(at, ProfileProblem.Part.VALUE, "profile.parameter.invalid", rule.id(), name,
          e.localizedProblem()));
    } catch (IllegalArgumentException e) {
      problems.add(problem(at, ProfileProblem.Part.VALUE, "profile.parameter.invalid", rule.id(), name,
          String.valueOf(e.getMessage())));
    }
  }

  private static ProfileProblem problem(JsonPointer at, ProfileProblem.Part part, String key, Object... arguments) {
    return ProfileProblem.of(at, part, key, Arrays.asList(arguments));
  }

  /**
   * The problem {@code key} about {@code wrong}, with the catalogue's closest rule id as its last
   * argument when there is one ({@code key} then ends in {@code .did-you-mean}).
   */
  private static ProfileProblem suggesting(
      RuleCatalog catalog, String wrong, JsonPointer at, ProfileProblem.Part part, String key, Object... arguments) {
    Optional<String> closest = catalog.closest(wrong);
    if (closest.isEmpty()) {
      return problem(at, part, key, arguments);
    }
    Object[] suggested = Arrays.copyOf(arguments, arguments.length + 1);
    suggested[arguments.length] = closest.get();
    return problem(at, part, key + ".did-you-mean", suggested);
  }

  private static Profile baselineProfile() {
    Builder builder = builder("baseline");
    RuleCatalog.builtIn().rules().forEach(r -> builder.include(r.id()));
    return builder.build();
  }

  @Override
  public String toString() {
    return "Profile(" + name() + ": " + includes().size() + " selectors)";
  }

  /** Builds {@link Profile}s. Selectors are checked for form here, against a catalogue on resolution. */
  public static final class Builder {

    private final String name;
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> parameters = new LinkedHashMap<>();
    private @Nullable Profile extended;

    private Builder(String name) {
      checkArgument(!name.isBlank(), "name: the profile name is blank");
      this.name = name;
    }

    /**
     * Starts from {@code base} and remembers it: its selectors, severities and parameters are copied
     * as by {@link #from}, and the profile's {@link Profile#extended()} is {@code base}, so that it
     * is written back as extending it. Call it first, and once.
     *
     * @throws IllegalStateException if the builder already extends a profile or already has settings
     */
    public Builder extend(Profile base) {
      checkState(extended == null, "the profile already extends '%s'", extended == null ? "" : extended.name());
      checkState(includes.isEmpty() && excludes.isEmpty() && severities.isEmpty() && parameters.isEmpty(),
          "extend a profile before adding selectors, severities or parameters");
      extended = base;
      return from(base);
    }

    /** Copies the selectors, severities and parameters of {@code profile} into this builder. */
    public Builder from(Profile profile) {
      profile.includes().forEach(this::include);
      profile.excludes().forEach(this::exclude);
      severities.putAll(profile.severities());
      profile.parameters().forEach((id, values) -> values.forEach((n, v) -> parameter(id, n, v)));
      return this;
    }

    /**
     * Selects rules: {@link #ALL}, a rule id, or a prefix ending in {@code .*}.
     *
     * @throws IllegalArgumentException if a selector has none of these forms
     */
    public Builder include(String... selectors) {
      for (String selector : selectors) {
        includes.add(checkSelector("include", selector));
      }
      return this;
    }

    /**
     * Leaves out rules that {@link #include} selected, by the same kind of selector.
     *
     * @throws IllegalArgumentException if a selector is malformed
     */
    public Builder exclude(String... selectors) {
      for (String selector : selectors) {
        excludes.add(checkSelector("exclude", selector));
      }
      return this;
    }

    /** Gives the findings of rule {@code ruleId} the severity {@code severity}. */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(ruleId, severity);
      return this;
    }

    /**
     * Sets parameter {@code name} of rule {@code ruleId} to {@code value}: a value of the
     * parameter's type ({@link Integer}, {@link String}, {@link io.github.gcmkit.model.EntityId})
     * or its text form. Checked when the profile is resolved.
     */
    public Builder parameter(String ruleId, String name, Object value) {
      parameters.computeIfAbsent(ruleId, id -> new LinkedHashMap<>()).put(name, value);
      return this;
    }

    /**
     * Names rule {@code ruleId} among those the profile sets parameters for, with no value (yet): a
     * profile file's {@code "charter.mission.required": {}}. Resolution checks the rule as it
     * checks one with values.
     */
    public Builder parameters(String ruleId) {
      parameters.computeIfAbsent(ruleId, id -> new LinkedHashMap<>());
      return this;
    }

    /** The profile. */
    public Profile build() {
      return ImmutableProfile.of(
          name,
          includes,
          excludes,
          severities,
          parameters.entrySet().stream()
              .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, e -> ImmutableMap.copyOf(e.getValue()))),
          Optional.ofNullable(extended));
    }

    /** Whether {@code selector} is {@code *}, a rule id, or a rule id's prefix followed by {@code .*}. */
    private static boolean isSelector(String selector) {
      return selector.equals(ALL)
          || Rule.isId(selector)
          || (selector.endsWith(".*") && Rule.isId(selector.substring(0, selector.length() - 2)));
    }

    private static String checkSelector(String field, String selector) {
      checkArgument(
          isSelector(selector),
          "%s: '%s' is not a rule id, a prefix such as 'charter.*', or '*'",
          field,
          selector);
      return selector;
    }
  }
}
