package io.github.gcmkit.io.internal;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the format knows of one Immutables value type of the model: its attributes in canonical
 * order and how to build a value. Found by reflection over the abstract type and its generated
 * implementation, so that the model carries no serialization annotations.
 *
 * <p>The canonical field order is the order in which the model declares the attributes, except that
 * {@code language} comes first where a type has one.
 */
public final class ModelType {

  private static final ClassValue<Boolean> VALUE_TYPES =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return findValueType(type);
        }
      };

  private static final ClassValue<ModelType> CACHE =
      new ClassValue<>() {
        @Override
        protected ModelType computeValue(Class<?> type) {
          return new ModelType(type);
        }
      };

  private final Class<?> type;
  private final ImmutableList<Attribute> attributes;
  private final ImmutableMap<String, Attribute> byName;
  private final @Nullable Method builderFactory;
  private final @Nullable Method build;
  private final @Nullable Method factory;
  private final @Nullable TypeBuilder builder;

  private ModelType(Class<?> type) {
    this.type = type;
    try {
      Class<?> impl =
          Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), true,
              type.getClassLoader());
      this.builderFactory = findBuilderFactory(type, impl);
      Class<?> builderClass = builderFactory == null ? null : builderFactory.getReturnType();
      this.build = builderClass == null ? null : builderClass.getMethod("build");
      if (build != null) {
        build.setAccessible(true);
      }
      // The builder's public one-parameter methods by name, listed once for all the attributes
      // (Class.getMethods copies every public method on each call).
      Map<String, List<Method>> setters = new HashMap<>();
      if (builderClass != null) {
        for (Method m : builderClass.getMethods()) {
          if (m.getParameterCount() == 1) {
            List<Method> named = setters.get(m.getName());
            if (named == null) {
              named = new ArrayList<>(2);
              setters.put(m.getName(), named);
            }
            named.add(m);
          }
        }
      }
      List<Attribute> found = new ArrayList<>();
      for (Field field : impl.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        Attribute attribute = attribute(type, builderClass, setters, field.getName(), found.size());
        if (attribute != null) {
          found.add(attribute);
        }
      }
      this.factory = builderClass == null ? findFactory(impl, found) : null;
      // language first, the others in declaration order (a loop, not a comparator: no lambda to
      // link at start-up)
      for (int i = 1; i < found.size(); i++) {
        if (found.get(i).name().equals("language")) {
          found.add(0, found.remove(i));
          break;
        }
      }
      this.attributes = ImmutableList.copyOf(found);
      this.builder = builderFactory == null || build == null ? null : new TypeBuilder(attributes, builderFactory, build);
      ImmutableMap.Builder<String, Attribute> names = ImmutableMap.builder();
      for (Attribute a : attributes) {
        names.put(a.name(), a);
      }
      this.byName = names.buildOrThrow();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot bind " + type.getName() + ": " + e, e);
    }
  }

  /** The metadata of the value type {@code type}. */
  public static ModelType of(Class<?> type) {
    return CACHE.get(type);
  }

  /** Whether {@code type} is an Immutables value type of the model with a builder. */
  public static boolean isValueType(Class<?> type) {
    return VALUE_TYPES.get(type);
  }

  private static boolean findValueType(Class<?> type) {
    if (!type.getPackageName().startsWith("io.github.gcmkit.model")
        || !Modifier.isAbstract(type.getModifiers())
        || type.isInterface()) {
      return false;
    }
    try {
      Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
          type.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The abstract value type. */
  public Class<?> type() {
    return type;
  }

  /** The attributes in canonical order. */
  public ImmutableList<Attribute> attributes() {
    return attributes;
  }

  /** The attributes' names (the document's field names) in canonical order. */
  public ImmutableList<String> names() {
    return attributes.stream().map(Attribute::name).collect(ImmutableList.toImmutableList());
  }

  /** The attribute named {@code name}, if any. */
  public Optional<Attribute> attribute(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** A new, empty draft of a value: its attribute values by {@link Attribute#index()}. */
  @Nullable Object[] newDraft() {
    return new Object[attributes.size()];
  }

  /**
   * Builds the value from a draft, through the type's builder or, for a type without one, its
   * {@code of(...)} factory; the model's invariant failures come out as IllegalArgumentException.
   */
  Object build(@Nullable Object[] draft) {
    if (builder == null) {
      return Attribute.invoke(Objects.requireNonNull(factory, "factory"), null, (Object[]) draft);
    }
    return builder.build(draft);
  }

  private static @Nullable Method findBuilderFactory(Class<?> type, Class<?> impl) {
    Method factory;
    try {
      factory = type.getMethod("builder");
    } catch (NoSuchMethodException e) {
      try {
        factory = impl.getDeclaredMethod("builder");
      } catch (NoSuchMethodException none) {
        return null;
      }
    }
    factory.setAccessible(true);
    return factory;
  }

  private static Method findFactory(Class<?> impl, List<Attribute> attributes)
      throws NoSuchMethodException {
    Class<?>[] parameters = new Class<?>[attributes.size()];
    for (Attribute attribute : attributes) {
      parameters[attribute.index()] = attribute.rawType();
    }
    Method of = impl.getDeclaredMethod("of", parameters);
    of.setAccessible(true);
    return of;
  }

  private static @Nullable Attribute attribute(
      Class<?> type,
      @Nullable Class<?> builderClass,
      Map<String, List<Method>> setters,
      String name,
      int index)
      throws ReflectiveOperationException {
    Method getter;
    try {
      getter = type.getMethod(name);
    } catch (NoSuchMethodException e) {
      return null;
    }
    // Read by every write: skip the access check on each call.
    getter.setAccessible(true);
    Class<?> raw = getter.getReturnType();
    Type generic = getter.getGenericReturnType();
    Attribute.Shape shape;
    Class<?> element;
    if (raw == Optional.class) {
      shape = Attribute.Shape.OPTIONAL;
      element = typeArgument(generic);
    } else if (ImmutableCollection.class.isAssignableFrom(raw)) {
      shape = Attribute.Shape.COLLECTION;
      element = typeArgument(generic);
    } else if (Modifier.isAbstract(getter.getModifiers())) {
      shape = Attribute.Shape.REQUIRED;
      element = raw;
    } else {
      shape = Attribute.Shape.DEFAULTED;
      element = raw;
    }
    Method setter = null;
    if (builderClass != null) {
      setter = findSetter(setters.getOrDefault(name, List.of()), shape);
      if (setter == null) {
        return null;
      }
    } else if (shape != Attribute.Shape.REQUIRED) {
      return null;
    }
    return new Attribute(name, index, shape, element, generic, getter, setter);
  }

  /** The setter among {@code candidates}, the builder's one-parameter methods named as the attribute, that fits its shape. */
  private static @Nullable Method findSetter(List<Method> candidates, Attribute.Shape shape) {
    for (Method m : candidates) {
      Class<?> parameter = m.getParameterTypes()[0];
      boolean fits =
          shape == Attribute.Shape.COLLECTION
              ? parameter == Iterable.class
              : parameter != Optional.class;
      if (fits) {
        m.setAccessible(true);
        return m;
      }
    }
    return null;
  }

  private static Class<?> typeArgument(Type generic) {
    Type argument = ((ParameterizedType) generic).getActualTypeArguments()[0];
    if (argument instanceof Class<?> c) {
      return c;
    }
    return (Class<?>) ((ParameterizedType) argument).getRawType();
  }
}
