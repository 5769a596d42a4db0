/** The picocli command line: commands, options, exit codes. May import: build, check, config, diag, scaffold. */
package dev.lectern.cli;
