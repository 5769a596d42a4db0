/** The picocli command line: commands, options, exit codes. May import: build, check, config, diag, model, scaffold, serve. */
package dev.lectern.cli;
