package io.github.gcmkit.model;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A resource bundle of messages in English and French: {@code <base>.properties} (English) and
 * {@code <base>_fr.properties}, read as UTF-8 from a module's own resources. gcmkit's one way of
 * wording what people read in both languages — rule messages, reports, renderers — and open to
 * rule packs for their own messages.
 *
 * <pre>{@code
 * MessageBundle words = MessageBundle.load(name -> MyRules.class.getResourceAsStream(name), "/my/rules/messages");
 * LocalizedText message = words.text("meeting.too-rare", 12);
 * }</pre>
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, … and are replaced literally: apostrophes need no
 * escaping. An argument that is a {@link LocalizedText} or a {@link Message} is given in the
 * message's language.
 *
 * <p>The French file is read when a text is first asked for in French, so that a program that
 * words everything in English (a check whose report is in English) does not read it.
 *
 * <p>The files are read directly rather than through {@link java.util.ResourceBundle#getBundle},
 * whose fall-back to the JVM's default locale would give French text for English on a French
 * machine, and whose {@code Control} is not supported in named modules.
 */
public final class MessageBundle {

  private static final Object[] NO_ARGUMENTS = {};

  private final String base;
  private final ImmutableMap<String, String> english;
  /** The French texts, read when first asked for. */
  private final Supplier<ImmutableMap<String, String>> french;
  /**
   * Each key of the bundle, to itself: a message keeps the bundle's own key, so that a key made
   * for each message ({@code rule + "." + suffix}) is not held once per finding.
   */
  private final ImmutableMap<String, String> keys;

  private MessageBundle(
      String base, ImmutableMap<String, String> english, Supplier<ImmutableMap<String, String>> french) {
    this.base = base;
    this.english = english;
    this.french = french;
    ImmutableMap.Builder<String, String> keys = ImmutableMap.builderWithExpectedSize(english.size());
    for (String key : english.keySet()) {
      keys.put(key, key);
    }
    this.keys = keys.buildOrThrow();
  }

  /**
   * Loads the bundle {@code base}, an absolute resource name without the {@code .properties}
   * suffix ({@code /io/github/gcmkit/rules/builtin/messages}), through {@code resources}: a named
   * module's resources are read by its own code, as {@code
   * MessageBundle.load(name -> MyClass.class.getResourceAsStream(name), "/my/package/words")} does.
   * A lambda rather than the method reference {@code MyClass.class::getResourceAsStream}: a
   * reference to that caller-sensitive method makes the JVM generate a hidden class and
   * method-handle classes when it is first used, which a class-data-sharing archive cannot hold.
   *
   * <p>The English file is read now, the French one when a text is first asked for in French
   * (through {@code resources} then, once).
   *
   * @throws IllegalStateException if the English file is missing; if the French one is, when a
   *     French text is first asked for
   */
  public static MessageBundle load(Function<String, @Nullable InputStream> resources, String base) {
    return new MessageBundle(
        base,
        read(resources, base + ".properties"),
        Suppliers.memoize(() -> read(resources, base + "_fr.properties")));
  }

  /**
   * The message {@code key} in English and French, with its placeholders filled.
   *
   * @throws IllegalStateException if the bundle has no such key
   */
  public LocalizedText text(String key, Object... args) {
    return LocalizedText.en(format(english, key, LocalizedText.ENGLISH, args))
        .withTranslation(LocalizedText.FRENCH, format(french.get(), key, LocalizedText.FRENCH, args));
  }

  /**
   * The message {@code key} with {@code args} for its placeholders, worded only when read and then
   * in the language asked for: what {@link #text} gives, without formatting anything now. The
   * arguments are kept as they are: give immutable ones. {@code message(key, args).text(language)}
   * words a message in one language only, and reads no French for English.
   *
   * @throws IllegalStateException if the English bundle has no such key; a key missing from the
   *     French one, when the message is read in French
   */
  public Message message(String key, Object... args) {
    String known = keys.get(key);
    if (known == null) {
      throw new IllegalStateException(
          "message '" + key + "' is missing from " + base + " (" + LocalizedText.ENGLISH + ")");
    }
    return new Keyed(known, args.length == 0 ? NO_ARGUMENTS : args.clone());
  }

  /** The message {@code key} in {@code language} ({@code fr}, else English), with its placeholders filled. */
  private String text(String language, String key, Object... args) {
    return LocalizedText.FRENCH.equals(language)
        ? format(french.get(), key, LocalizedText.FRENCH, args)
        : format(english, key, LocalizedText.ENGLISH, args);
  }

  /** Whether the bundle has the message {@code key}. */
  public boolean has(String key) {
    return english.containsKey(key);
  }

  /** The keys of the English bundle, sorted. */
  public ImmutableSortedSet<String> englishKeys() {
    return ImmutableSortedSet.copyOf(english.keySet());
  }

  /** The keys of the French bundle, sorted. */
  public ImmutableSortedSet<String> frenchKeys() {
    return ImmutableSortedSet.copyOf(french.get().keySet());
  }

  private String format(ImmutableMap<String, String> texts, String key, String language, Object... args) {
    String pattern = texts.get(key);
    if (pattern == null) {
      throw new IllegalStateException(
          "message '" + key + "' is missing from " + base + " (" + language + ")");
    }
    String text = pattern;
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      String value = arg instanceof LocalizedText localized
          ? localized.text(language)
          : arg instanceof Message message ? message.text(language) : String.valueOf(arg);
      text = text.replace("{" + i + "}", value);
    }
    return text;
  }

  private static ImmutableMap<String, String> read(
      Function<String, @Nullable InputStream> resources, String resource) {
    try (InputStream in = resources.apply(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource bundle " + resource + " is missing");
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      // A file's keys and values are strings; a plain loop, since a stream's set-up costs a
      // short run (gcm check) more than the loop itself.
      ImmutableMap.Builder<String, String> texts = ImmutableMap.builderWithExpectedSize(properties.size());
      for (Map.Entry<Object, Object> entry : properties.entrySet()) {
        texts.put((String) entry.getKey(), ((String) entry.getValue()).strip());
      }
      return texts.buildOrThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource bundle " + resource, e);
    }
  }

  /** A message of this bundle: its key and arguments, worded when read. */
  private final class Keyed extends Message {

    private final String key;
    private final Object[] args;

    Keyed(String key, Object[] args) {
      this.key = key;
      this.args = args;
    }

    @Override
    public String text(String language) {
      return MessageBundle.this.text(language, key, args);
    }

    @Override
    public LocalizedText toLocalizedText() {
      return MessageBundle.this.text(key, args);
    }
  }
}
