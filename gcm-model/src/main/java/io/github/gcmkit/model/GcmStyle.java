package io.github.gcmkit.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every package of the gcmkit model, and by the value types of
 * gcm-rules and gcm-io ({@code Profile}, {@code Finding}, {@code Report}, {@code Location}, {@code
 * GcmDocument}…), which carry it on their type.
 *
 * <p>Generated implementations are package-private: users only ever see the abstract value types,
 * their {@code builder()} and their {@code with*} copies. Collections are Guava immutable
 * collections, and plural collection attributes get singular adders ({@code members} gives
 * {@code addMember}). This annotation configures code generation only and is not meant for use
 * outside gcmkit.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    depluralize = true,
    depluralizeDictionary = {
      "activity:activities",
      "subActivity:subActivities",
      "priority:priorities",
      "entity:entities",
      "category:categories",
      "country:countries",
      "alias:aliases",
      "duty:duties",
      "responsibility:responsibilities",
      "body:bodies",
      "paragraph:paragraphs"
    },
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface GcmStyle {}
