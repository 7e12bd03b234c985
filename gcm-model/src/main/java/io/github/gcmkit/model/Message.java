package io.github.gcmkit.model;

import com.google.common.base.Suppliers;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Words people read, in English and French, kept as what they are made of and worded only when
 * read: a message of a {@link MessageBundle} with its arguments ({@link MessageBundle#message}), or
 * a {@link LocalizedText} given as it is ({@link #of(LocalizedText)}).
 *
 * <p>A rule's finding holds its message this way, so that a validation with many findings records
 * a key and a few arguments for each and words none of them until a report is written, and then
 * only in the language the report is read in, without keeping the text.
 *
 * <p>Messages are immutable and thread-safe when their arguments are (strings, numbers, {@link
 * LocalizedText}s and other messages are). Two messages are equal when they read the same in every
 * language they have.
 */
public abstract class Message {

  Message() {}

  /** The message that reads {@code text}. */
  public static Message of(LocalizedText text) {
    return new TextMessage(Suppliers.ofInstance(text));
  }

  /**
   * The message that reads what {@code text} gives, asked for when the message is first read, once;
   * {@code text} may be called on another thread and must not fail.
   */
  public static Message of(Supplier<LocalizedText> text) {
    return new TextMessage(Suppliers.memoize(text::get));
  }

  /**
   * The message in {@code language} ({@code "en"} or {@code "fr"}); in its original language if it
   * has no text in that one.
   */
  public abstract String text(String language);

  /** The message in every language it has: English and French for a bundle's. */
  public abstract LocalizedText toLocalizedText();

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || (other instanceof Message that && toLocalizedText().equals(that.toLocalizedText()));
  }

  @Override
  public int hashCode() {
    return toLocalizedText().hashCode();
  }

  /** The message in English. */
  @Override
  public String toString() {
    return text(LocalizedText.ENGLISH);
  }

  /** A message given as a {@link LocalizedText}, or by a supplier of one. */
  private static final class TextMessage extends Message {

    private final Supplier<LocalizedText> text;

    TextMessage(Supplier<LocalizedText> text) {
      this.text = text;
    }

    @Override
    public String text(String language) {
      return text.get().text(language);
    }

    @Override
    public LocalizedText toLocalizedText() {
      return text.get();
    }
  }
}
