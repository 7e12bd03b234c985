package io.github.gcmkit.io.render;

import io.github.gcmkit.io.escape.DotEscaper;
import io.github.gcmkit.io.escape.MermaidEscaper;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;

/**
 * The hierarchy of a federation's networks — global, regional, national — as Mermaid or Graphviz
 * DOT text: one node per network, labelled with its name (its short name when it has one), and an
 * edge from each network to those that report to it. A network reporting to a network outside the
 * federation is drawn with a dashed edge from that id. Names are given in one language, English
 * unless another is asked for, falling back to a name's original language where it has no
 * translation.
 */
public final class NetworkGraph {

  private NetworkGraph() {}

  /** The hierarchy as a Mermaid flowchart, top-down, names in English. */
  public static String mermaid(Federation federation) {
    return mermaid(federation, LocalizedText.ENGLISH);
  }

  /** The hierarchy as a Mermaid flowchart, top-down, names in {@code language} ({@code en}, {@code fr}). */
  public static String mermaid(Federation federation, String language) {
    StringBuilder out = new StringBuilder();
    mermaid(federation, language, out);
    return out.toString();
  }

  /**
   * Writes the hierarchy as a Mermaid flowchart, names in {@code language}, to {@code out}, a few
   * thousand characters at a time: the graph of a federation of any size is never held whole.
   *
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public static void mermaid(Federation federation, String language, Appendable out) {
    Chunks chunks = new Chunks(out);
    StringBuilder text = chunks.text().append("flowchart TD\n");
    for (Network n : federation.networks()) {
      text.append("  ").append(id(n.id())).append('[').append(MermaidEscaper.label(label(n, language))).append("]\n");
      chunks.pass();
    }
    for (Network n : federation.networks()) {
      n.reportsTo().ifPresent(parent -> {
        boolean known = federation.network(parent).isPresent();
        if (!known) {
          text.append("  ").append(id(parent)).append('[').append(MermaidEscaper.label(parent)).append("]\n");
        }
        text.append("  ").append(id(parent)).append(known ? " --> " : " -.-> ").append(id(n.id())).append('\n');
        chunks.pass();
      });
    }
    chunks.end();
  }

  /** The hierarchy as a Graphviz DOT digraph, top-down, names in English. */
  public static String dot(Federation federation) {
    return dot(federation, LocalizedText.ENGLISH);
  }

  /** The hierarchy as a Graphviz DOT digraph, top-down, names in {@code language} ({@code en}, {@code fr}). */
  public static String dot(Federation federation, String language) {
    StringBuilder out = new StringBuilder();
    dot(federation, language, out);
    return out.toString();
  }

  /**
   * Writes the hierarchy as a Graphviz DOT digraph, names in {@code language}, to {@code out}, a few
   * thousand characters at a time: the graph of a federation of any size is never held whole.
   *
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public static void dot(Federation federation, String language, Appendable out) {
    Chunks chunks = new Chunks(out);
    StringBuilder text = chunks.text().append("digraph networks {\n  rankdir=TB;\n  node [shape=box, style=rounded];\n");
    for (Network n : federation.networks()) {
      text.append("  ").append(DotEscaper.quoted(n.id())).append(" [label=").append(DotEscaper.quoted(label(n, language))).append("];\n");
      chunks.pass();
    }
    for (NetworkLevel level : NetworkLevel.values()) {
      if (federation.networks().stream().noneMatch(n -> n.level() == level)) {
        continue;
      }
      text.append("  { rank=same;");
      for (Network n : federation.networks()) {
        if (n.level() == level) {
          text.append(' ').append(DotEscaper.quoted(n.id())).append(';');
          chunks.pass();
        }
      }
      text.append(" }\n");
    }
    for (Network n : federation.networks()) {
      n.reportsTo().ifPresent(parent -> {
        text.append("  ").append(DotEscaper.quoted(parent)).append(" -> ").append(DotEscaper.quoted(n.id()));
        text.append(federation.network(parent).isPresent() ? ";\n" : " [style=dashed];\n");
        chunks.pass();
      });
    }
    text.append("}\n");
    chunks.end();
  }

  private static String label(Network n, String language) {
    LocalizedText name = n.shortName().orElse(n.name());
    return name.text(language) + n.country().map(c -> " (" + c + ")").orElse("");
  }

  private static String id(String networkId) {
    StringBuilder s = new StringBuilder("n_");
    for (char c : networkId.toCharArray()) {
      s.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
    }
    return s.append('_').append(Integer.toHexString(networkId.hashCode())).toString();
  }
}
