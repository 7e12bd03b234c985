package io.github.gcmkit.io.internal;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The model's accessors and builders' methods as functions made by the Java runtime's lambda
 * factory, once per attribute: a call the JIT compiles to a direct call of the model's method,
 * where a method handle held in a field stays an indirect one. Where the factory cannot reach a
 * method, the function calls its handle instead.
 */
final class Lambdas {

  private Lambdas() {}

  /** {@code method}, a handle taking an instance (an accessor), as a function of the instance. */
  static Function<Object, Object> function(MethodHandle method) {
    Function<Object, Object> made = make(Function.class, "apply", method);
    if (made != null) {
      return made;
    }
    MethodHandle erased = method.asType(MethodType.methodType(Object.class, Object.class));
    return instance -> {
      try {
        return (Object) erased.invokeExact(instance);
      } catch (Throwable e) {
        throw rethrown(e);
      }
    };
  }

  /** {@code method}, a builder's setter, as a function of the builder and the value that gives the builder. */
  static BiFunction<Object, Object, Object> setter(Method method) {
    MethodHandle handle = unreflect(method);
    BiFunction<Object, Object, Object> made = make(BiFunction.class, "apply", handle);
    if (made != null) {
      return made;
    }
    MethodHandle erased = handle.asType(MethodType.methodType(Object.class, Object.class, Object.class));
    return (builder, value) -> {
      try {
        return (Object) erased.invokeExact(builder, value);
      } catch (Throwable e) {
        throw rethrown(e);
      }
    };
  }

  /** {@code method}, a static method without parameters (a builder factory), as a supplier. */
  static Supplier<Object> supplier(Method method) {
    MethodHandle handle = unreflect(method);
    Supplier<Object> made = make(Supplier.class, "get", handle);
    if (made != null) {
      return made;
    }
    MethodHandle erased = handle.asType(MethodType.methodType(Object.class));
    return () -> {
      try {
        return (Object) erased.invokeExact();
      } catch (Throwable e) {
        throw rethrown(e);
      }
    };
  }

  /** A handle on {@code method}, made accessible. */
  static MethodHandle unreflect(Method method) {
    try {
      method.setAccessible(true);
      return MethodHandles.lookup().unreflect(method);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An instance of the functional interface {@code type}, whose single method {@code name} takes
   * and gives objects, calling {@code method}; {@code null} if the factory cannot reach it.
   */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  private static <T> @Nullable T make(Class<?> type, String name, MethodHandle method) {
    MethodType erased = MethodType.genericMethodType(method.type().parameterCount());
    CallSite site;
    try {
      site = LambdaMetafactory.metafactory(MethodHandles.lookup(), name, MethodType.methodType(type), erased,
          method, method.type().wrap());
    } catch (LambdaConversionException | IllegalArgumentException unreachable) {
      return null;
    }
    try {
      return (T) site.getTarget().invoke();
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static RuntimeException rethrown(Throwable e) {
    if (e instanceof RuntimeException r) {
      return r;
    }
    if (e instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(e);
  }
}
