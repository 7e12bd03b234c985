package io.github.gcmkit.io.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * How the values of one model type are built from a draft: a builder made, each attribute set,
 * and the value built. At first through core reflection ({@link Method#invoke}), which costs
 * nothing to set up; once the type has been built {@value #OFTEN} times, through functions made by
 * the lambda factory ({@link Lambdas}), which the JIT calls directly but which each cost a class to
 * make. A short run (the {@code gcm} command reading the bundled documents) makes none; a long one
 * makes them for the types it builds often.
 *
 * <p>Reflection rather than method handles for the first values: a handle of each setter adapted
 * to take and give objects ({@code asType}) made the Java runtime spin method-handle classes at
 * run time, which a class-data archive does not hold, and setting up the types of the bundled
 * documents cost a start-up tens of milliseconds (docs/performance.md, startup6).
 */
final class TypeBuilder {

  /** How many values of a type are built through reflection before functions are made. */
  static final int OFTEN = 512;

  private final List<Attribute> attributes;
  private final Method newBuilder;
  private final Method build;
  /** The setters by position, {@code null} for an attribute without one. */
  private final @Nullable Method[] setters;
  /** How many values were built through reflection (counted without a lock: a few more do no harm). */
  private int built;
  private volatile @Nullable Functions functions;

  /** The functions made once the type is built often. */
  private record Functions(Supplier<Object> newBuilder, Function<Object, Object> builds,
      List<@Nullable BiFunction<Object, Object, Object>> setters) {}

  /** Builds values of a type with {@code attributes} through its builder factory and its builder's {@code build}. */
  TypeBuilder(List<Attribute> attributes, Method newBuilder, Method build) {
    this.attributes = attributes;
    this.newBuilder = accessible(newBuilder);
    this.build = accessible(build);
    this.setters = new Method[attributes.size()];
    for (int i = 0; i < setters.length; i++) {
      setters[i] = attributes.get(i).setter().map(TypeBuilder::accessible).orElse(null);
    }
  }

  private static Method accessible(Method method) {
    method.setAccessible(true);
    return method;
  }

  /** The value of the attribute values in {@code draft} (by {@link Attribute#index()}). */
  Object build(@Nullable Object[] draft) {
    Functions made = functions;
    if (made == null && ++built >= OFTEN) {
      made = functions();
      functions = made;
    }
    return made == null ? throughReflection(draft) : through(made, draft);
  }

  private Object through(Functions made, @Nullable Object[] draft) {
    Object builder = made.newBuilder().get();
    for (int i = 0; i < attributes.size(); i++) {
      Object value = draft[attributes.get(i).index()];
      if (value != null) {
        Object unused = setter(made.setters().get(i), i).apply(builder, value);
      }
    }
    return made.builds().apply(builder);
  }

  private Object throughReflection(@Nullable Object[] draft) {
    Object builder = Attribute.invoke(newBuilder, null);
    for (int i = 0; i < attributes.size(); i++) {
      Object value = draft[attributes.get(i).index()];
      if (value != null) {
        Object unused = Attribute.invoke(setter(setters[i], i), builder, value);
      }
    }
    return Attribute.invoke(build, builder);
  }

  private <T> T setter(@Nullable T setter, int position) {
    if (setter == null) {
      throw new IllegalStateException("no setter for " + attributes.get(position));
    }
    return setter;
  }

  private Functions functions() {
    List<@Nullable BiFunction<Object, Object, Object>> made = new ArrayList<>();
    for (Attribute attribute : attributes) {
      made.add(attribute.setter().map(Lambdas::setter).orElse(null));
    }
    return new Functions(Lambdas.supplier(newBuilder), Lambdas.function(Lambdas.unreflect(build)), made);
  }
}
