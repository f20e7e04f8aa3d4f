/** The command line (picocli): parses flags, turns user mistakes into one line and exit code 2. */
package io.parallax.cli;
