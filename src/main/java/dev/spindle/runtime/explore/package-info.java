/**
 * The outcome explorer: one program, many schedules. {@link dev.spindle.runtime.explore.Explorer}
 * runs a compiled program again and again on the real engine, each time with another
 * {@link dev.spindle.runtime.Chooser} — seeds under the timed model (Go's odds), PCT or a
 * depth-first walk of every decision under the free model (what Go allows) — and tallies the
 * distinct outcomes (stdout, exit status, first stderr line) with a schedule token that
 * reproduces each. {@code spindle explore} prints them; the window's Outcomes panel draws them.
 */
package dev.spindle.runtime.explore;
