/**
 * Lessons: real Go programs with a text, a prediction and narration.
 *
 * <p>A lesson is a folder {@code NN-slug/} holding {@code main.go} (the program, real and
 * idiomatic Go that runs unchanged under {@code go run}) and {@code lesson.yaml} (what to
 * say about it). The built-in course lives in {@code resources/lessons/}, in the order of
 * {@code course.txt} ({@link dev.spindle.scenario.Course}); a teacher opens their own folder,
 * or any single {@code .go} file, through {@link dev.spindle.scenario.LessonLoader}.
 *
 * <p>Why narration is tied to <em>events</em> and not to time or lines: the engine's event
 * log is the one truth about a run (DESIGN.md: the UI is a fold of events). A sentence such
 * as "main blocks on wg.Wait" is shown when the event that makes it true is drawn, at any
 * speed, after any number of steps back and forth, and tests can check that each sentence
 * is actually said in the run it was written for. The {@link dev.spindle.scenario.EventPattern}
 * language is deliberately small: an event name and a few {@code field=value} conditions,
 * and {@link dev.spindle.scenario.NarrationMatcher} tells the steps strictly in order.
 *
 * <h2>lesson.yaml</h2>
 * <pre>
 * title: Waiting with a WaitGroup          # required
 * summary: &gt;                               # required: the lesson's text
 *   The classic ...
 * concepts: [sync.WaitGroup, wg.Wait]      # required, at least one
 * ends: normally                           # normally (default) | panic | deadlock
 * recommended: {cores: 2, seed: 7, speed: 1.0}   # defaults 2, 1, 1.0; the narration is
 *                                          # checked in a run with these cores and seed
 * tools: [compare-seeds]                   # optional: compare-seeds, kitchen-chart, race-detector, outcomes
 * compareSeeds: [1, 2, 3]                  # optional: seeds "Run with another seed" uses
 * prediction:                              # optional, asked before the first Play
 *   question: In which order ...?
 *   choices: [..., ...]                    # at least 2
 *   answer: 2                              # the right choice, counting from 1
 *   explanation: ...
 *   outcomes: [1, 2, 6]                    # optional: how many outputs each choice says the
 *                                          # program can have; the Outcomes panel's count judges it
 * narration:                               # optional, told in order
 *   - when: block g=main reason=sync.WaitGroup.Wait   # an EventPattern
 *     say: main blocks on wg.Wait().
 *     lines: [23]                          # optional: main.go lines to highlight
 *     goroutines: [g]                      # optional: tokens to pulse in the yard
 * goal:                                    # optional: a "You schedule" level's goal
 *   when: print text~"balance 10"          # an EventPattern, or a list of them in order:
 *                                          #   [print text~2nd, print text~1st]
 *   say: Make the update get lost.         # the goal as the panel states it
 * variants:                                # optional: a gallery of programs instead of main.go
 *   - title: Send, no receiver             # the program's button in the lesson panel
 *     file: send-no-receiver.go            # a .go file in the lesson's folder
 *     summary: An unbuffered send ...      # optional: what this program shows
 *     ends: deadlock                       # optional: how this program ends, if not as the lesson says
 *     narration: [...]                     # optional: as above, for this program
 * </pre>
 *
 * <p>A gallery ({@code variants:}, at least two) is one lesson with several small programs
 * that show one idea in different ways, such as lesson 15's classic deadlocks; the panel
 * shows them as buttons and the student steps through them. Each program is a complete Go
 * file of its own ({@code go run send-no-receiver.go}); the lesson opens on the first, and
 * the narration and its {@code lines} belong to each program, so a top-level
 * {@code narration:} next to {@code variants:} is an error, and so are a missing or repeated
 * file and a file name with a folder in it. The text, concepts, ending, recommended settings
 * and prediction are the lesson's, shared by its programs (a program may end otherwise, with
 * its own {@code ends:}), and so is the progress mark.
 * {@link dev.spindle.scenario.Lesson#variant(int)} is the lesson showing another program.
 *
 * <p>A step's highlights last until the next step is told. {@code lines} are main.go's
 * line numbers (from 1; the code view marks them and scrolls to the first).
 * {@code goroutines} lists {@link dev.spindle.scenario.Highlight}s: {@code g} (the matched
 * event's goroutine: the one that blocked, was created, printed ...), {@code parent}
 * (create), {@code by} (unblock: the waker), {@code stolen} (steal: the goroutines moved),
 * {@code waiting} (every goroutine waiting then; at a deadlock, the whole cycle), or a fixed
 * {@code main} / {@code G7} / {@code 7}. Prefer the event's words to fixed ids: ids depend on
 * the program, and which goroutine blocks first depends on the cores and seed. A word the
 * step's event cannot give ({@code by} on a block step) is an error, like any bad value.
 *
 * <p>A goal makes the lesson a level of "You schedule" mode (the toolbar's toggle): the run
 * stops at each choice the scheduler makes and the student makes it, trying to make the run
 * reach the goal's events ({@code print text~"balance 10"}, {@code deadlock}, {@code panic},
 * {@code print text~"claimed" nth=2}); a list means those events in that order, each
 * counted from the event after the previous one's, as narration steps are. The choices are
 * those of the runtime's free model (which goroutine's next operation goes first, which
 * runnable goroutine a P runs next, which ready select case fires, whether an idle P wakes
 * now), so a goal can be any run Go allows, not only a likely one. A goal should be reachable
 * (a test walks each built-in level's decisions with the explorer's {@code GoalSearch} and
 * finds the shortest list that reaches it; "Show me" in the window does the same), and the
 * lesson's other fields keep their meaning: the narration is written for the seeded run at
 * the recommended cores and seed, which the student sees with the mode off.
 * {@link dev.spindle.scenario.Goal} holds it.
 *
 * <p>Every problem is reported, not only the first, in the compilers' format with the
 * field's path ({@code lessons/02-waitgroup/lesson.yaml:31:11: narration[2].when: unknown
 * event "stael"}); list positions in paths count from 1, as a teacher counts. Unknown
 * fields are errors, so a typo never silently drops a setting. Jackson's streaming parser
 * gives the positions ({@code YamlTree}); Jackson's data binding is not used because it
 * forgets where a value came from.
 *
 * <p>Arrows: this package reads lessons and matches events; it imports {@code lang} (to
 * check that a program compiles) and {@code trace} (the events), never the runtime or
 * JavaFX. Progress is an interface ({@link dev.spindle.scenario.ProgressStore}) that the
 * app backs with java.util.prefs.
 */
package dev.spindle.scenario;
