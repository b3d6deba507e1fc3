/**
 * {@code spindle vet}: Go's vet analyzers that concurrency lessons meet, over the checked
 * syntax tree, with go vet's exact words — copylocks (a WaitGroup or Mutex copied: passed,
 * assigned, ranged over, returned), waitgroup (Add inside the goroutine it counts), printf
 * (a verb and its argument disagree), lostcancel (a context's cancel function discarded),
 * unusedresult (fmt.Sprintf and friends as statements) and assign (self-assignment).
 *
 * <p>Each analyzer walks the file in source order (parents first, as go/ast's inspector does)
 * and reports {@link Finding}s; {@link Vet#run} lists them analyzer by analyzer, in the
 * alphabetical order go vet prints them. The analyzers see Go's types, not Spindle's
 * implementation: a sync.WaitGroup "contains sync.noCopy" because Go 1.25's does.
 */
package dev.spindle.lang.vet;
