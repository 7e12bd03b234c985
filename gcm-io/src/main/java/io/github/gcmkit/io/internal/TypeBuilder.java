package io.github.gcmkit.io.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * How the values of one model type are built from a draft: a builder made, each attribute set,
 * and the value built. At first through method handles, which cost nothing to make; once the type
 * has been built {@value #OFTEN} times, through functions made by the lambda factory ({@link
 * Lambdas}), which the JIT calls directly but which each cost a class to make. A short run (the
 * {@code gcm} command reading the bundled documents) makes none; a long one makes them for the
 * types it builds often.
 */
final class TypeBuilder {

  /** How many values of a type are built through method handles before functions are made. */
  static final int OFTEN = 512;

  private final List<Attribute> attributes;
  private final Method newBuilderMethod;
  private final Method buildMethod;
  private final MethodHandle newBuilder;
  private final MethodHandle builds;
  private final List<@Nullable MethodHandle> setters = new ArrayList<>();
  /** How many values were built through the handles (counted without a lock: a few more do no harm). */
  private int built;
  private volatile @Nullable Functions functions;

  /** The functions made once the type is built often. */
  private record Functions(Supplier<Object> newBuilder, Function<Object, Object> builds,
      List<@Nullable BiFunction<Object, Object, Object>> setters) {}

  /** Builds values of a type with {@code attributes} through its builder factory and its builder's {@code build}. */
  TypeBuilder(List<Attribute> attributes, Method newBuilder, Method build) {
    this.attributes = attributes;
    this.newBuilderMethod = newBuilder;
    this.buildMethod = build;
    this.newBuilder = Lambdas.unreflect(newBuilder).asType(MethodType.methodType(Object.class));
    this.builds = Lambdas.unreflect(build).asType(MethodType.methodType(Object.class, Object.class));
    for (Attribute attribute : attributes) {
      setters.add(attribute.setter().map(m -> Lambdas.unreflect(m)
          .asType(MethodType.methodType(Object.class, Object.class, Object.class))).orElse(null));
    }
  }

  /** The value of the attribute values in {@code draft} (by {@link Attribute#index()}). */
  Object build(@Nullable Object[] draft) {
    Functions made = functions;
    if (made == null && ++built >= OFTEN) {
      made = functions();
      functions = made;
    }
    return made == null ? throughHandles(draft) : through(made, draft);
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

  private Object throughHandles(@Nullable Object[] draft) {
    try {
      Object builder = (Object) newBuilder.invokeExact();
      for (int i = 0; i < attributes.size(); i++) {
        Object value = draft[attributes.get(i).index()];
        if (value != null) {
          Object unused = (Object) setter(setters.get(i), i).invokeExact(builder, value);
        }
      }
      return (Object) builds.invokeExact(builder);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
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
    return new Functions(Lambdas.supplier(newBuilderMethod), Lambdas.function(Lambdas.unreflect(buildMethod)), made);
  }
}
