package io.github.gcmkit.rules.builtin;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.rules.NormativeLevel;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * Where each built-in rule comes from, read from {@code sources.properties} beside the rules: the
 * documents cited once by key, and per rule its normative level, whether it generalises one
 * network's ToR, the version it appeared in and its sources in order.
 */
final class Citations {

  private static final ImmutableMap<String, String> TABLE = load();

  private Citations() {}

  private static ImmutableMap<String, String> load() {
    Properties properties = new Properties();
    try (InputStream in = Citations.class.getResourceAsStream("/io/github/gcmkit/rules/builtin/sources.properties")) {
      checkState(in != null, "the built-in rules' sources are missing from gcm-rules");
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImmutableMap.Builder<String, String> table = ImmutableMap.builder();
    properties.stringPropertyNames().forEach(k -> table.put(k, properties.getProperty(k)));
    return table.buildOrThrow();
  }

  /**
   * Adds rule {@code id}'s level, generalisation, version and sources to {@code rule}; a rule the
   * table does not list is left as it is.
   */
  static Rule.Builder cite(String id, Rule.Builder rule) {
    if (!TABLE.containsKey(id + ".level")) {
      // A rule not in the table yet has no citations: RuleSourceTest names it, rather than every
      // use of the catalogue failing as the class loads.
      return rule;
    }
    String level = required(id + ".level");
    rule.level(NormativeLevel.ofCode(level).orElseThrow(() -> new IllegalStateException(id + ".level: " + level)))
        .generalised(Boolean.parseBoolean(required(id + ".generalised")))
        .since(required(id + ".since"));
    for (int n = 1; TABLE.containsKey(id + ".source." + n); n++) {
      rule.source(source(id + ".source." + n));
    }
    return rule;
  }

  private static RuleSource source(String key) {
    String document = "document." + TABLE.get(key);
    RuleSource.Builder source = RuleSource.builder().document(required(document));
    optional(document + ".language").ifPresent(source::language);
    optional(document + ".url").map(URI::create).ifPresent(source::url);
    optional(key + ".locator").ifPresent(source::locator);
    optional(key + ".quote").ifPresent(source::quote);
    return source.build();
  }

  private static String required(String key) {
    String value = TABLE.get(key);
    checkState(value != null, "sources.properties has no '%s'", key);
    return value;
  }

  private static Optional<String> optional(String key) {
    return Optional.ofNullable(TABLE.get(key));
  }
}
