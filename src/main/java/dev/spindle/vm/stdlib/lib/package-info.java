/**
 * The natives of errors, strconv, strings, math, sort, math/rand, time (Duration, Month, Weekday)
 * and os (Stdout, Stderr, Write), one class per Go package, each registering its functions under
 * their qualified names. They convert between the value representation and the value-free
 * algorithms of {@code stdlib.text}.
 */
package dev.spindle.vm.stdlib.lib;
