/** The orchestrator: one {@link dev.lectern.build.Pipeline} runs the stages in order. May import every package below it. */
package dev.lectern.build;
