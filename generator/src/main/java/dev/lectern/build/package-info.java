/**
 * The orchestrator: one {@link dev.lectern.build.Pipeline} runs the stages in order; {@link dev.lectern.build.Preview}
 * runs them for the preview server, which shows an edit's open pages first and keeps what it read between builds.
 * May import every package below it.
 */
package dev.lectern.build;
