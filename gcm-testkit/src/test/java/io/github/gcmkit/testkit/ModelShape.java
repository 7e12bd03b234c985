package io.github.gcmkit.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.gcmkit.model.network.Federation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The public shape of the model, found from the compiled model itself rather than listed by hand:
 * every Immutables value type (an abstract type with a generated {@code Immutable…} sibling) and
 * its attributes (the generated class's fields that the abstract type exposes as accessors and its
 * builder sets). A type or attribute added to the model appears here with no change to the tests.
 */
final class ModelShape {

  private static final String PREFIX = "Immutable";

  private ModelShape() {}

  /** Every value type of the model, with the accessors of its attributes by name. */
  static ImmutableMap<Class<?>, ImmutableMap<String, Method>> valueTypes() {
    ImmutableMap.Builder<Class<?>, ImmutableMap<String, Method>> types = ImmutableMap.builder();
    for (String name : generatedClassNames()) {
      Class<?> generated = load(name);
      String abstractName =
          generated.getPackageName() + "." + generated.getSimpleName().substring(PREFIX.length());
      Class<?> type = load(abstractName);
      types.put(type, attributes(type, generated));
    }
    return types.buildOrThrow();
  }

  private static ImmutableMap<String, Method> attributes(Class<?> type, Class<?> generated) {
    ImmutableSet<String> builderMethods =
        Arrays.stream(generated.getDeclaredClasses())
            .filter(c -> c.getSimpleName().equals("Builder"))
            .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
            .map(Method::getName)
            .collect(ImmutableSet.toImmutableSet());
    ImmutableMap.Builder<String, Method> attributes = ImmutableMap.builder();
    for (Field field : generated.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
        continue;
      }
      Method accessor;
      try {
        accessor = type.getMethod(field.getName());
      } catch (NoSuchMethodException e) {
        continue;
      }
      // A type without a builder is built by its of(...) factory from every attribute.
      if (builderMethods.isEmpty() || builderMethods.contains(field.getName())) {
        attributes.put(field.getName(), accessor);
      }
    }
    return attributes.buildOrThrow();
  }

  private static ImmutableList<String> generatedClassNames() {
    try {
      URI location = Federation.class.getProtectionDomain().getCodeSource().getLocation().toURI();
      Path root = Path.of(location);
      if (Files.isDirectory(root)) {
        return classNames(root);
      }
      try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
        return classNames(jar.getPath("/"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ImmutableList<String> classNames(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .filter(f -> f.endsWith(".class"))
          .filter(f -> f.substring(f.lastIndexOf('/') + 1).startsWith(PREFIX))
          .filter(f -> !f.contains("$"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .collect(ImmutableList.toImmutableList());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Federation.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
