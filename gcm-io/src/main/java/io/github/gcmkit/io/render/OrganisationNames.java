package io.github.gcmkit.io.render;

import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.LocalizedText;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * How a rendered document names an organisation: by its code (IOM), or in a French document by
 * the French acronym the entity catalogue has for it (OIM, HCDH, CR). The catalogue records that
 * acronym among the entity's aliases; it is the alias, in capitals and other than the code, whose
 * letters are the initials of the entity's French name, in order ("Organisation internationale
 * pour les migrations" gives OIM; "Commission économique pour l'Europe" gives CEE, not ECE). An
 * entity with no such alias keeps its code.
 */
final class OrganisationNames {

  private final EntityCatalog catalog;

  OrganisationNames(EntityCatalog catalog) {
    this.catalog = catalog;
  }

  /** The name of {@code id} in a document in {@code language}. */
  String name(EntityId id, String language) {
    if (!language.startsWith(LocalizedText.FRENCH)) {
      return id.code();
    }
    return catalog.get(id).flatMap(OrganisationNames::frenchAcronym).orElse(id.code());
  }

  private static Optional<String> frenchAcronym(Entity entity) {
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
    for (String word : plain(name).split("[\\s\\-’']+")) {
      if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString();
  }

  private static String plain(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
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
