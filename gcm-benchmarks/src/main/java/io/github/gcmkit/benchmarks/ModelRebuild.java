package io.github.gcmkit.benchmarks;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What building a model value costs by itself, with nothing read: every value of a model, built
 * again through the model's own builders (its builder made, each attribute set, {@code build()} and
 * the model's invariants run), from attribute values that are already there. It is the floor under
 * any reader that gives the model: whatever the parser, each value of the document is built so.
 *
 * <p>The values are found from the model's public shape alone (a type with a static {@code
 * builder()}, whose builder has a setter of each accessor's name), and a value met twice (the reader
 * shares equal dates and texts) is built once, as the reader builds it. The builders' methods are
 * called through functions made by the lambda factory, which the JIT compiles to direct calls. A
 * collection of model values is given to its builder as a new list of the values built again; a
 * collection or map of plain values (strings, numbers, enum constants) as it is, which its builder
 * copies.
 */
final class ModelRebuild {

  /** How one model type is built: its builder factory, its setters by attribute, its {@code build()}. */
  private record Shape(Supplier<Object> builder, Function<Object, Object> build) {}

  /** One value to build: its type's shape, and each setter with what it is given. */
  private static final class Step {
    final Shape shape;
    final List<BiFunction<Object, Object, Object>> setters;
    final Object[] values;

    Step(Shape shape, List<BiFunction<Object, Object, Object>> setters, Object[] values) {
      this.shape = shape;
      this.setters = setters;
      this.values = values;
    }
  }

  /** The value of the step at {@code index}, already built. */
  private record Built(int index) {}

  /** A new list of {@code elements}, each a plain value or a {@link Built}. */
  private record Listed(List<Object> elements) {}

  private final List<Step> steps = new ArrayList<>();
  private final Map<Object, Integer> planned = new IdentityHashMap<>();
  private final Map<Class<?>, Shape> shapes = new HashMap<>();
  private final Map<Method, BiFunction<Object, Object, Object>> setters = new HashMap<>();
  private final int root;

  /** Plans the building again of {@code model} and of every model value it holds. */
  ModelRebuild(Object model) {
    root = plan(model);
  }

  /** How many values a rebuild builds. */
  int values() {
    return steps.size();
  }

  /** Builds every value again, in the order the reader finishes them (a value after what it holds). */
  Object rebuild() {
    Object[] built = new Object[steps.size()];
    for (int i = 0; i < built.length; i++) {
      Step step = steps.get(i);
      Object builder = step.shape.builder().get();
      for (int s = 0; s < step.values.length; s++) {
        Object unused = step.setters.get(s).apply(builder, given(step.values[s], built));
      }
      built[i] = step.shape.build().apply(builder);
    }
    return built[root];
  }

  private static Object given(Object value, Object[] built) {
    if (value instanceof Built b) {
      return built[b.index()];
    }
    if (value instanceof Listed listed) {
      List<Object> list = new ArrayList<>(listed.elements().size());
      for (Object element : listed.elements()) {
        list.add(element instanceof Built b ? built[b.index()] : element);
      }
      return list;
    }
    return value;
  }

  private int plan(Object value) {
    Integer known = planned.get(value);
    if (known != null) {
      return known;
    }
    Class<?> type = modelType(value.getClass()).orElseThrow();
    List<BiFunction<Object, Object, Object>> stepSetters = new ArrayList<>();
    List<Object> stepValues = new ArrayList<>();
    Class<?> builderClass = newBuilder(type).getClass();
    for (Method getter : type.getMethods()) {
      if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
          || getter.getDeclaringClass() == Object.class || !sets(builderClass, getter.getName())) {
        continue;
      }
      Object held = invoke(getter, value);
      if (held instanceof Optional<?> optional) {
        if (optional.isEmpty()) {
          continue;
        }
        held = optional.get();
      }
      Optional<Method> setter = setter(builderClass, getter.getName(), held);
      if (setter.isEmpty()) {
        continue;
      }
      stepSetters.add(setters.computeIfAbsent(setter.get(), ModelRebuild::function));
      stepValues.add(planned(held));
    }
    Step step = new Step(shapes.computeIfAbsent(type, ModelRebuild::shape), stepSetters, stepValues.toArray());
    steps.add(step);
    planned.put(value, steps.size() - 1);
    return steps.size() - 1;
  }

  /** What a setter is given for {@code held}: a value built again, a list of such, or the value itself. */
  private Object planned(Object held) {
    if (modelType(held.getClass()).isPresent()) {
      return new Built(plan(held));
    }
    if (held instanceof Collection<?> collection
        && collection.stream().anyMatch(e -> modelType(e.getClass()).isPresent())) {
      return new Listed(collection.stream().map(this::planned).toList());
    }
    return held;
  }

  /**
   * The model type {@code implementation} implements: the most general class of the model's
   * packages with a static {@code builder()}, if any.
   */
  private static Optional<Class<?>> modelType(Class<?> implementation) {
    Optional<Class<?>> found = Optional.empty();
    for (Class<?> c = implementation; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.getPackageName().startsWith("io.github.gcmkit.model") && builderFactory(c).isPresent()) {
        found = Optional.of(c);
      }
    }
    return found;
  }

  private static Optional<Method> builderFactory(Class<?> type) {
    try {
      Method factory = type.getDeclaredMethod("builder");
      return Modifier.isStatic(factory.getModifiers()) ? Optional.of(factory) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static boolean sets(Class<?> builderClass, String name) {
    for (Method m : builderClass.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1) {
        return true;
      }
    }
    return false;
  }

  /** The builder's setter called {@code name} that takes {@code held} (a collection: an iterable; a map: a map). */
  private static Optional<Method> setter(Class<?> builderClass, String name, Object held) {
    for (Method m : builderClass.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1 && !m.isBridge()) {
        Class<?> parameter = m.getParameterTypes()[0];
        boolean fits = held instanceof Collection<?>
            ? parameter == Iterable.class
            : held instanceof Map<?, ?> ? Map.class.isAssignableFrom(parameter)
            : parameter != Optional.class && box(parameter).isInstance(held);
        if (fits) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  private static Class<?> box(Class<?> type) {
    return type == int.class ? Integer.class : type == long.class ? Long.class
        : type == boolean.class ? Boolean.class : type == double.class ? Double.class : type;
  }

  private static Shape shape(Class<?> type) {
    Method factory = builderFactory(type).orElseThrow();
    Class<?> builderClass = newBuilder(type).getClass();
    try {
      return new Shape(made(Supplier.class, "get", factory),
          made(Function.class, "apply", builderClass.getMethod("build")));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type + " has a builder without build()", e);
    }
  }

  private static BiFunction<Object, Object, Object> function(Method setter) {
    return made(BiFunction.class, "apply", setter);
  }

  /**
   * {@code method} as an instance of the functional interface {@code type}, made by the lambda
   * factory, or calling its handle where the factory cannot reach it (a method of a class the
   * model keeps to its package).
   */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  private static <T> T made(Class<?> type, String name, Method method) {
    MethodHandle handle;
    try {
      method.setAccessible(true);
      handle = MethodHandles.lookup().unreflect(method);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
    try {
      CallSite site = LambdaMetafactory.metafactory(MethodHandles.lookup(), name, MethodType.methodType(type),
          MethodType.genericMethodType(handle.type().parameterCount()), handle, handle.type().wrap());
      return (T) site.getTarget().invoke();
    } catch (Throwable unreachable) {
      MethodHandle erased = handle.asType(MethodType.genericMethodType(handle.type().parameterCount()));
      Object made = type == Supplier.class ? (Supplier<Object>) () -> call(erased)
          : type == Function.class ? (Function<Object, Object>) a -> call(erased, a)
          : (BiFunction<Object, Object, Object>) (a, b) -> call(erased, a, b);
      return (T) made;
    }
  }

  private static Object call(MethodHandle handle, Object... arguments) {
    try {
      return handle.invokeWithArguments(arguments);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object newBuilder(Class<?> type) {
    Method factory = builderFactory(type).orElseThrow();
    try {
      factory.setAccessible(true);
      return factory.invoke(type);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invoke(Method method, Object target) {
    try {
      method.setAccessible(true);
      return method.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }
}
