package io.github.gcmkit.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.rules.builtin.BuiltInRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  private static final RuleCatalog BUILT_IN = of(BuiltInRules.all());

  private final ImmutableMap<String, Rule> rules;

  private RuleCatalog(ImmutableMap<String, Rule> rules) {
    this.rules = rules;
  }

  /** The rules that ship with gcmkit, in the order of {@code docs/rules.md}. */
  public static RuleCatalog builtIn() {
    return BUILT_IN;
  }

  /**
   * The built-in rules and those of every {@link RulePack} that {@link ServiceLoader} finds, packs
   * in the order of their class names.
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
    return new RuleCatalog(ImmutableMap.of()).plus(rules);
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
    return new RuleCatalog(ImmutableMap.copyOf(all));
  }

  /** The rules, in catalogue order. */
  public ImmutableList<Rule> rules() {
    return rules.values().asList();
  }

  /** The rule with this id. */
  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /** The number of rules. */
  public int size() {
    return rules.size();
  }

  @Override
  public String toString() {
    return "RuleCatalog(" + rules.size() + " rules)";
  }
}
