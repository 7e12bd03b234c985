/**
 * The {@code gcm} command-line tool: {@link io.github.gcmkit.cli.Gcm} and its
 * subcommands {@code check}, {@code render}, {@code timeline}, {@code graph}, {@code coverage},
 * {@code diff}, {@code schema}, {@code rules}, {@code format} and {@code generate}, described in
 * {@code docs/cli.md}. Not exported: the tool is used from the command line, not as an API.
 */
@NullMarked
package io.github.gcmkit.cli;

import org.jspecify.annotations.NullMarked;
