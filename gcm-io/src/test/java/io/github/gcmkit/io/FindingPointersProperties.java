package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleCatalog;
import io.github.gcmkit.rules.Validator;
import io.github.gcmkit.testkit.Generator;
import io.github.gcmkit.testkit.ModelGenerators;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every JSON Pointer a rule reports names a place in the canonical form of the document that
 * triggered it: the place itself, or, when the finding is about something the document leaves out
 * ("the charter states no mission"), a field of the format on an object that is there. The pointers
 * the rules spell by hand are thereby tied to the model and to the writer.
 */
class FindingPointersProperties {

  private static final int SAMPLES = 60;
  private static final ModelGenerators GEN = ModelGenerators.defaults();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Validator ALL_RULES =
      Validator.of(Profile.builder("all").include(Profile.ALL).build());

  @Test
  void everyRulesPointersResolveInTheDocumentsThatTriggerIt() {
    Set<String> fired = new TreeSet<>();
    check(GEN.federation(), ALL_RULES::validate, fired);
    check(GEN.network(), ALL_RULES::validate, fired);
    check(GEN.charter(), ALL_RULES::validate, fired);
    check(GEN.workplan(), ALL_RULES::validate, fired);
    check(GEN.fullFederation(5), ALL_RULES::validate, fired);
    check(GEN.federation().map(FindingPointersProperties::misreporting), ALL_RULES::validate, fired);
    assertThat(fired)
        .as("rules whose pointers were checked: each fired on some generated document")
        .containsAll(RuleCatalog.builtIn().rules().stream().map(Rule::id).toList());
  }

  private static <T> void check(
      Generator<T> generator, Function<T, Report> validate, Set<String> fired) {
    for (long seed = 0; seed < SAMPLES; seed++) {
      T value = generator.sample(seed);
      Report report = validate.apply(value);
      if (report.findings().isEmpty()) {
        continue;
      }
      JsonNode canonical = JSON.readTree(GcmJson.defaults().write(value));
      for (Finding finding : report.findings()) {
        fired.add(finding.ruleId());
        assertThat(resolves(canonical, value, finding.pointer().toString()))
            .as("seed %s: %s", seed, finding)
            .isTrue();
      }
    }
  }

  /**
   * The federation with its global network reporting to its last network, and that network, if
   * national, reporting to the global one: a cycle, and levels skipped.
   */
  private static Federation misreporting(Federation federation) {
    List<Network> networks = new ArrayList<>(federation.networks());
    int last = networks.size() - 1;
    networks.set(0, networks.get(0).withReportsTo(networks.get(last).id()));
    if (last > 0 && networks.get(last).level() == NetworkLevel.NATIONAL) {
      networks.set(last, networks.get(last).withReportsTo(networks.get(0).id()));
    }
    return federation.withNetworks(networks);
  }

  /**
   * Whether {@code pointer} is a place in {@code canonical}, or an absent field of the model type
   * of an object that is there.
   */
  private static boolean resolves(JsonNode canonical, Object model, String pointer) {
    if (!canonical.at(pointer).isMissingNode()) {
      return true;
    }
    JsonPointer path = JsonPointer.compile(pointer);
    JsonNode parent = canonical.at(path.head());
    if (!parent.isObject()) {
      return false;
    }
    Optional<Object> value = Optional.of(model);
    for (JsonPointer step = path.head(); !step.matches(); step = step.tail()) {
      String token = step.getMatchingProperty();
      value = value.flatMap(v -> child(v, token));
    }
    String field = path.last().getMatchingProperty();
    return value.flatMap(v -> accessor(v, field)).isPresent();
  }

  private static Optional<Object> child(Object value, String token) {
    if (value instanceof List<?> list) {
      int index = Integer.parseInt(token);
      return index < list.size() ? Optional.of(list.get(index)) : Optional.empty();
    }
    Optional<Method> accessor = accessor(value, token);
    if (accessor.isEmpty()) {
      return Optional.empty();
    }
    try {
      Object child = accessor.get().invoke(value);
      return child instanceof Optional<?> optional ? optional.map(o -> (Object) o) : Optional.of(child);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public accessor of the attribute {@code name} on the public model type of {@code value}. */
  private static Optional<Method> accessor(Object value, String name) {
    for (Class<?> type = value.getClass(); type != null; type = type.getSuperclass()) {
      if (Modifier.isPublic(type.getModifiers())) {
        try {
          Method method = type.getMethod(name);
          return Modifier.isStatic(method.getModifiers()) ? Optional.empty() : Optional.of(method);
        } catch (NoSuchMethodException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
