package io.github.gcmkit.io.internal;

import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The organisation codes a network uses before it declares its own organisations ({@code entities},
 * which the canonical order writes after the charter and workplans), while the network is read live:
 * each is taken as written for now, and settled once the network's end is reached and all of its
 * organisations are known.
 *
 * <p>A code written as the organisation's own code settles at once: the value read is the one the
 * network's catalogue gives. A code that is unknown even then is a located problem, as it would have
 * been had the organisations come first. A code that names a declared organisation otherwise (by an
 * alias, or spelt differently) would have been read as that organisation's code: the document is then
 * read again, its networks' organisations bound first ({@link ReadAgain}).
 */
final class LateCodes {

  /** A code met before the network's organisations were declared, and where. */
  private record Late(String code, Path pointer, int line, int column, boolean taken) {}

  private final List<Late> codes = new ArrayList<>();

  /**
   * Notes {@code code}, met at {@code pointer}; {@code taken} if it was read as written (a well-formed
   * code), else it was read as nothing.
   */
  void add(String code, Path pointer, int line, int column, boolean taken) {
    codes.add(new Late(code, pointer, line, column, taken));
  }

  /**
   * Settles the codes against {@code catalog}, the network's whole catalogue, recording the problems of
   * those no organisation has; whether all of them resolve.
   *
   * @throws ReadAgain if a code names one of the network's organisations other than by its code
   */
  boolean settle(EntityCatalog catalog, Problems problems, boolean lenient) {
    boolean complete = true;
    for (Late late : codes) {
      Optional<Entity> entity = late.code().isBlank() ? Optional.empty() : catalog.resolve(late.code());
      if (entity.isPresent()) {
        if (!late.taken() || !entity.get().id().equals(EntityId.of(late.code()))) {
          throw ReadAgain.organisationsFirst(late.pointer(), late.line(), late.column(), late.code());
        }
      } else if (!lenient) {
        LocalEntities.unknown(problems, late.pointer(), late.line(), late.column(), catalog, late.code());
        complete = false;
      } else if (!late.taken()) {
        complete &= lenientCode(late, problems) != null;
      }
    }
    return complete;
  }

  /** The code a lenient reading keeps when no organisation has it, or {@code null} if it is no code. */
  private static @Nullable EntityId lenientCode(Late late, Problems problems) {
    try {
      return EntityId.of(late.code());
    } catch (IllegalArgumentException e) {
      problems.refused(late.pointer().toString(), late.line(), late.column(), e);
      return null;
    }
  }
}
