/**
 * The value-free core of the library: Go's algorithms over byte strings, integers and doubles —
 * UTF-8 decoding with Go's rules, float formatting ('e', 'f', 'g', shortest digits), quoting and
 * unquoting, number parsing with strconv's syntax and errors, Duration formatting and parsing,
 * the strings package's splitting/replacing/trimming/case mapping, Go's sort algorithms, Time
 * layouts, and math/rand's seeded source.
 * Nothing here knows the VM; everything is testable with plain Java values.
 */
package dev.spindle.vm.stdlib.text;
