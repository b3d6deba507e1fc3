/**
 * The lessons in the window: a picker in the toolbar (the course in order, with the
 * student's progress), and a panel at the right of the yard with the lesson's text, the
 * prediction to make before the first Play, the narration as the matching events are
 * drawn, and "Next lesson".
 *
 * <p>Everything here is a thin JavaFX skin over {@code dev.spindle.scenario}: lessons,
 * their validation, the event patterns and the narration matcher are plain Java and tested
 * there. The panel never asks the engine anything: it listens to the same batches of events
 * the yard draws (the playback's shown listener), so the story can never run ahead of the
 * picture, and stepping back retells it from the start. Extra instruments run the program
 * headless and flat out on the engine, off the FX thread: "Run with another seed" (two
 * outputs side by side) and lesson 5's kitchen chart (wall time and speedup at 1..N cores,
 * measured on this machine).
 *
 * <p>Progress is remembered with java.util.prefs ({@link dev.spindle.app.lesson.PrefsProgressStore}).
 */
package dev.spindle.app.lesson;
