package dev.spindle.runtime.race;

/**
 * One data race as found: Go's report text and, for the event log, who made the two
 * accesses and where.
 *
 * @param text          the report, from the first {@code ==================} line to the last, with newlines
 * @param goid          the goroutine of the access that revealed the race (Go's "second access")
 * @param write         whether that access was a write
 * @param line          its source line
 * @param previousGoid  the goroutine of the earlier, unordered access
 * @param previousWrite whether the earlier access was a write
 * @param previousLine  its source line
 * @param address       the location's address as the report prints it
 */
public record RaceReport(String text, long goid, boolean write, int line,
                         long previousGoid, boolean previousWrite, int previousLine, String address) {}
