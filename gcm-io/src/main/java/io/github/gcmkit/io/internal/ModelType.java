package io.github.gcmkit.io.internal;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
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
  private final Method builderFactory;
  private final Method build;

  private ModelType(Class<?> type) {
    this.type = type;
    try {
      Class<?> impl =
          Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), true,
              type.getClassLoader());
      this.builderFactory = findBuilderFactory(type, impl);
      Class<?> builderClass = builderFactory.getReturnType();
      this.build = builderClass.getMethod("build");
      this.build.setAccessible(true);
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(impl, MethodHandles.lookup());
      List<Attribute> found = new ArrayList<>();
      for (Field field : impl.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        Attribute attribute = attribute(type, impl, builderClass, lookup, field.getName());
        if (attribute != null) {
          if (attribute.name().equals("language")) {
            found.add(0, attribute);
          } else {
            found.add(attribute);
          }
        }
      }
      this.attributes = ImmutableList.copyOf(found);
      ImmutableMap.Builder<String, Attribute> names = ImmutableMap.builder();
      attributes.forEach(a -> names.put(a.name(), a));
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

  /** The attribute named {@code name}, if any. */
  public Optional<Attribute> attribute(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** A new, empty builder. */
  Object newBuilder() {
    return Attribute.invoke(builderFactory, null);
  }

  /** Builds the value; the model's invariant failures come out as IllegalArgumentException. */
  Object build(Object builder) {
    return Attribute.invoke(build, builder);
  }

  private static Method findBuilderFactory(Class<?> type, Class<?> impl)
      throws NoSuchMethodException {
    Method factory;
    try {
      factory = type.getMethod("builder");
    } catch (NoSuchMethodException e) {
      factory = impl.getDeclaredMethod("builder");
    }
    factory.setAccessible(true);
    return factory;
  }

  private static @Nullable Attribute attribute(
      Class<?> type, Class<?> impl, Class<?> builderClass, MethodHandles.Lookup lookup, String name)
      throws ReflectiveOperationException {
    Method getter;
    try {
      getter = type.getMethod(name);
    } catch (NoSuchMethodException e) {
      return null;
    }
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
    Method setter = findSetter(builderClass, name, shape);
    if (setter == null) {
      return null;
    }
    MethodHandle defaultValue = null;
    if (shape == Attribute.Shape.DEFAULTED) {
      defaultValue =
          lookup.findSpecial(getter.getDeclaringClass(), name, MethodType.methodType(raw), impl);
    }
    return new Attribute(name, shape, element, generic, getter, setter, defaultValue);
  }

  private static @Nullable Method findSetter(Class<?> builderClass, String name, Attribute.Shape shape) {
    for (Method m : builderClass.getMethods()) {
      if (!m.getName().equals(name) || m.getParameterCount() != 1) {
        continue;
      }
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
