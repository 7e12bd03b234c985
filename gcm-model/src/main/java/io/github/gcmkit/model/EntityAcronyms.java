package io.github.gcmkit.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The French acronym an entity's aliases record for it (OIM for IOM, HCDH for OHCHR, CR for RC):
 * the alias, in capitals and other than the code, whose letters are the initials of the entity's
 * French name, in order ("Organisation internationale pour les migrations" gives OIM; "Commission
 * économique pour l'Europe" gives CEE, not ECE).
 */
final class EntityAcronyms {

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-’']+");

  private EntityAcronyms() {}

  /** The French acronym of {@code entity}, if its French name and aliases give one. */
  static Optional<String> french(Entity entity) {
    Optional<String> french = entity.name().get(LocalizedText.FRENCH);
    if (french.isEmpty()) {
      return Optional.empty();
    }
    String initials = initials(french.get());
    return entity.aliases().stream()
        .filter(a -> a.length() >= 2 && a.equals(a.toUpperCase(Locale.ROOT)) && a.chars().allMatch(Character::isLetter))
        .filter(a -> !a.equals(entity.id().code()))
        .filter(a -> isSubsequence(plain(a), initials))
        .findFirst();
  }

  /** The first letters of the words of {@code name}, hyphenated parts counted apart, without accents. */
  private static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : WORD_BREAKS.split(plain(name))) {
      if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString();
  }

  private static String plain(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toUpperCase(Locale.ROOT);
  }

  private static boolean isSubsequence(String letters, String initials) {
    int at = 0;
    for (char c : letters.toCharArray()) {
      at = initials.indexOf(c, at);
      if (at < 0) {
        return false;
      }
      at++;
    }
    return letters.charAt(0) == initials.charAt(0);
  }
}
