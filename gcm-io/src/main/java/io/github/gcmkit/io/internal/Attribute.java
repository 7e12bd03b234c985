package io.github.gcmkit.io.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;

/**
 * One attribute of a model value type, as the format sees it: its name (the JSON field name), its
 * shape, the Java type of its values, and how to read it from a value and set it on a builder.
 */
public final class Attribute {

  /** How an attribute holds its value. */
  public enum Shape {
    /** Must be present. */
    REQUIRED,
    /** An {@code Optional}: absent when empty. */
    OPTIONAL,
    /** A Guava immutable collection: absent when empty. */
    COLLECTION,
    /** Has a default in the model: absent when equal to it. */
    DEFAULTED
  }

  private final String name;
  private final int index;
  private final Shape shape;
  private final Class<?> elementType;
  private final Type genericType;
  private final Method getter;
  private final @Nullable Method setter;
  /** The default's handle, made on first use (by writers alone); a race makes it twice, harmlessly. */
  private volatile @Nullable MethodHandle defaultMethod;

  Attribute(
      String name,
      int index,
      Shape shape,
      Class<?> elementType,
      Type genericType,
      Method getter,
      @Nullable Method setter) {
    this.name = name;
    this.index = index;
    this.shape = shape;
    this.elementType = elementType;
    this.genericType = genericType;
    this.getter = getter;
    // How it is called is the type's builder's to decide (TypeBuilder), as its writer's for the
    // getter (TypeWriter).
    this.setter = setter;
  }

  /** The attribute's name, which is also its JSON field name. */
  public String name() {
    return name;
  }

  /** The attribute's place among its type's attributes in declaration order. */
  int index() {
    return index;
  }

  /** The model's accessor of the attribute, on the abstract value type. */
  Method getter() {
    return getter;
  }

  /**
   * The model's own default of the attribute as a direct handle on the abstract type's method
   * (called on an instance, it gives what the builder puts there when the attribute is not set),
   * or empty when the attribute has no default.
   */
  java.util.Optional<MethodHandle> defaultMethod() {
    if (shape != Shape.DEFAULTED) {
      return java.util.Optional.empty();
    }
    MethodHandle made = defaultMethod;
    if (made == null) {
      // The abstract type's own method, called on the value without dispatch to the generated
      // class (which returns the field): the default the builder gives when the field is not set.
      // Made when first asked for: reading never asks, and a handle costs a start-up its lookup.
      Class<?> declaring = getter.getDeclaringClass();
      try {
        made = MethodHandles.privateLookupIn(declaring, MethodHandles.lookup())
            .findSpecial(declaring, name, MethodType.methodType(getter.getReturnType()), declaring);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot reach the default of " + declaring.getName() + "." + name, e);
      }
      defaultMethod = made;
    }
    return java.util.Optional.of(made);
  }

  /** The accessor's raw return type. */
  Class<?> rawType() {
    return getter.getReturnType();
  }

  /** How the attribute holds its value. */
  public Shape shape() {
    return shape;
  }

  /** The type of one value: the element type of an optional or collection attribute. */
  public Class<?> elementType() {
    return elementType;
  }

  /** The full generic type of the accessor. */
  public Type genericType() {
    return genericType;
  }

  /** Whether the attribute is a sorted set (whose JSON array is written in the model's order). */
  public boolean isSortedSet() {
    return com.google.common.collect.ImmutableSortedSet.class.isAssignableFrom(getter.getReturnType());
  }

  /** Whether the attribute is a set (duplicates are merged). */
  public boolean isSet() {
    return java.util.Set.class.isAssignableFrom(getter.getReturnType());
  }

  /** The builder's setter of the attribute, if its type is built through a builder. */
  java.util.Optional<Method> setter() {
    return java.util.Optional.ofNullable(setter);
  }


  /**
   * {@code method} called on {@code target} (a model method: a factory, a builder's method): what
   * it throws unchecked, the model's invariant failures and errors such as running out of memory,
   * comes out as it is.
   */
  static Object invoke(Method method, @Nullable Object target, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return name + " (" + shape + " " + elementType.getSimpleName() + ")";
  }
}
