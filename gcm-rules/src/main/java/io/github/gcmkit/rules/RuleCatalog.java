package io.github.gcmkit.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.model.Spelling;
import io.github.gcmkit.rules.builtin.BuiltInRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * A set of rules with distinct ids, which {@link Profile}s select from: the {@link #builtIn()}
 * catalogue, the {@link #installed()} one that adds the {@link RulePack}s on the class or module
 * path, or any set of rules of your own.
 *
 * <pre>{@code
 * for (Rule rule : RuleCatalog.builtIn().rules()) {
 *   System.out.println(rule.id() + "  " + rule.severity() + "  " + rule.title().text("en"));
 * }
 * }</pre>
 */
public final class RuleCatalog {

  private static final RuleCatalog BUILT_IN = of(BuiltInRules.all()).withVersion(builtInVersion());

  private final ImmutableMap<String, Rule> rules;
  private final Optional<String> version;

  private RuleCatalog(ImmutableMap<String, Rule> rules, Optional<String> version) {
    this.rules = rules;
    this.version = version;
  }

  private static String builtInVersion() {
    Properties properties = new Properties();
    try (InputStream in = RuleCatalog.class.getResourceAsStream("/io/github/gcmkit/rules/catalog.properties")) {
      checkState(in != null, "the built-in catalogue's version is missing from gcm-rules");
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }

  /**
   * The rules that ship with gcmkit, in the order of {@code docs/rules.md}; its {@link #version()}
   * is gcmkit's.
   */
  public static RuleCatalog builtIn() {
    return BUILT_IN;
  }

  /**
   * The built-in rules and those of every {@link RulePack} that {@link ServiceLoader} finds, packs
   * in the order of their class names. Its version is the built-in catalogue's: each pack's rules
   * say in which version of their pack they appeared ({@link Rule#since()}).
   *
   * @throws IllegalArgumentException if two rules share an id
   * @throws java.util.ServiceConfigurationError if a pack cannot be loaded
   */
  public static RuleCatalog installed() {
    List<RulePack> packs = new ArrayList<>();
    ServiceLoader.load(RulePack.class).forEach(packs::add);
    packs.sort(Comparator.comparing(p -> p.getClass().getName()));
    RuleCatalog catalog = builtIn();
    for (RulePack pack : packs) {
      catalog = catalog.plus(pack.rules());
    }
    return catalog;
  }

  /**
   * A catalogue of {@code rules}, in their order.
   *
   * @throws IllegalArgumentException if two rules share an id
   */
  public static RuleCatalog of(Iterable<Rule> rules) {
    return new RuleCatalog(ImmutableMap.of(), Optional.empty()).plus(rules);
  }

  /**
   * A catalogue of {@code rules}, in their order.
   *
   * @throws IllegalArgumentException if two rules share an id
   */
  public static RuleCatalog of(Rule... rules) {
    return of(List.of(rules));
  }

  /**
   * This catalogue with {@code more} rules after its own.
   *
   * @throws IllegalArgumentException if a rule's id is already in the catalogue
   */
  public RuleCatalog plus(Iterable<Rule> more) {
    Map<String, Rule> all = new LinkedHashMap<>(rules);
    for (Rule rule : more) {
      checkArgument(
          all.putIfAbsent(rule.id(), rule) == null,
          "rule id '%s' is defined twice in the catalogue",
          rule.id());
    }
    return new RuleCatalog(ImmutableMap.copyOf(all), version);
  }

  /**
   * The catalogue's version, which reports and baselines record so that a reader knows which rules
   * judged: gcmkit's version for the built-in catalogue, whatever {@link #withVersion} set for
   * another, none for a catalogue made with {@link #of}.
   */
  public Optional<String> version() {
    return version;
  }

  /**
   * This catalogue, of version {@code version}.
   *
   * @throws IllegalArgumentException if it is blank or holds white space
   */
  public RuleCatalog withVersion(String version) {
    checkArgument(
        !version.isEmpty() && version.chars().noneMatch(Character::isWhitespace),
        "version: '%s' is not a version such as '0.1.0'",
        version);
    return new RuleCatalog(rules, Optional.of(version));
  }

  /** The rules, in catalogue order. */
  public ImmutableList<Rule> rules() {
    return rules.values().asList();
  }

  /** The rule with this id. */
  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * The rules a profile selector selects, in catalogue order: every rule for {@link Profile#ALL}
   * ({@code *}), the rules whose ids start with {@code charter.} for {@code charter.*}, the rule of
   * that id otherwise. Empty when nothing matches.
   */
  public ImmutableList<Rule> select(String selector) {
    return rules.values().stream()
        .filter(r -> selects(selector, r.id()))
        .collect(ImmutableList.toImmutableList());
  }

  private static boolean selects(String selector, String id) {
    if (selector.equals(Profile.ALL)) {
      return true;
    }
    if (selector.endsWith(".*")) {
      return id.startsWith(selector.substring(0, selector.length() - 1));
    }
    return id.equals(selector);
  }

  /**
   * The id of the rule whose id is spelt closest to {@code id}, for "did you mean" suggestions, as
   * {@link Spelling#closest} judges: the first closest in catalogue order.
   */
  public Optional<String> closest(String id) {
    return Spelling.closest(id, rules.keySet());
  }

  /** The number of rules. */
  public int size() {
    return rules.size();
  }

  @Override
  public String toString() {
    return "RuleCatalog(" + rules.size() + " rules" + version.map(v -> ", version " + v).orElse("") + ")";
  }
}
