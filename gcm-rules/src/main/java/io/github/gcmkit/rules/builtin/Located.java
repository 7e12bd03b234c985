package io.github.gcmkit.rules.builtin;

/**
 * A part of a subject with its JSON Pointer relative to the subject.
 *
 * @param pointer where the part is
 * @param value the part
 * @param <T> the part's type
 */
record Located<T>(String pointer, T value) {}
