package io.github.gcmkit.io.internal;

import io.github.gcmkit.model.Entity;
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
 * <p>A code written as the organisation's own code (in any case) settles at once: the value read is
 * the one the network's catalogue gives. A code that is unknown even then is a located problem, as it
 * would have been had the organisations come first. A code that names a declared organisation by an
 * alias would have been read as that organisation's code: the document is then read again, its
 * networks' organisations bound first ({@link ReadAgain}).
 */
final class LateCodes {

  /** A code met before the network's organisations were declared, where, and what it was read as. */
  private record Late(String code, Path pointer, int line, int column, @Nullable EntityId taken) {}

  private final List<Late> codes = new ArrayList<>();

  /**
   * Notes {@code code}, met at {@code pointer}, read as {@code taken} (a well-formed code, as written)
   * or as nothing ({@code null}).
   */
  void add(String code, Path pointer, int line, int column, @Nullable EntityId taken) {
    codes.add(new Late(code, pointer, line, column, taken));
  }

  /**
   * Settles the codes against the network's whole catalogue, as {@code scalars} now has it, reading
   * those no organisation has as {@code scalars} reads such codes; whether all of them resolve.
   *
   * @throws ReadAgain if a code names one of the network's organisations other than by its code
   */
  boolean settle(Scalars scalars, boolean lenient) {
    boolean complete = true;
    for (Late late : codes) {
      Optional<Entity> entity = late.code().isBlank() ? Optional.empty() : scalars.catalog().resolve(late.code());
      if (entity.isPresent()) {
        if (!entity.get().id().equals(late.taken())) {
          throw ReadAgain.organisationsFirst(late.pointer(), late.line(), late.column(), late.code());
        }
      } else if (!lenient || late.taken() == null) {
        // Strictly, an unknown code; leniently, a code kept as written unless it is no code.
        complete &= scalars.unresolved(late.code(), late.pointer(), late.line(), late.column()) != null;
      }
    }
    return complete;
  }
}
