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
    StringBuilder out = new StringBuilder("flowchart TD\n");
    for (Network n : federation.networks()) {
      out.append("  ").append(id(n.id())).append('[').append(MermaidEscaper.label(label(n, language))).append("]\n");
    }
    for (Network n : federation.networks()) {
      n.reportsTo().ifPresent(parent -> {
        boolean known = federation.network(parent).isPresent();
        if (!known) {
          out.append("  ").append(id(parent)).append('[').append(MermaidEscaper.label(parent)).append("]\n");
        }
        out.append("  ").append(id(parent)).append(known ? " --> " : " -.-> ").append(id(n.id())).append('\n');
      });
    }
    return out.toString();
  }

  /** The hierarchy as a Graphviz DOT digraph, top-down, names in English. */
  public static String dot(Federation federation) {
    return dot(federation, LocalizedText.ENGLISH);
  }

  /** The hierarchy as a Graphviz DOT digraph, top-down, names in {@code language} ({@code en}, {@code fr}). */
  public static String dot(Federation federation, String language) {
    StringBuilder out = new StringBuilder("digraph networks {\n  rankdir=TB;\n  node [shape=box, style=rounded];\n");
    for (Network n : federation.networks()) {
      out.append("  ").append(DotEscaper.quoted(n.id())).append(" [label=").append(DotEscaper.quoted(label(n, language))).append("];\n");
    }
    for (NetworkLevel level : NetworkLevel.values()) {
      StringBuilder rank = new StringBuilder();
      federation.networks().stream()
          .filter(n -> n.level() == level)
          .forEach(n -> rank.append(' ').append(DotEscaper.quoted(n.id())).append(';'));
      if (rank.length() > 0) {
        out.append("  { rank=same;").append(rank).append(" }\n");
      }
    }
    for (Network n : federation.networks()) {
      n.reportsTo().ifPresent(parent -> {
        out.append("  ").append(DotEscaper.quoted(parent)).append(" -> ").append(DotEscaper.quoted(n.id()));
        out.append(federation.network(parent).isPresent() ? ";\n" : " [style=dashed];\n");
      });
    }
    return out.append("}\n").toString();
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
