/** The picocli command line: commands, options, exit codes. May import: build, config, diag. */
package dev.lectern.cli;
