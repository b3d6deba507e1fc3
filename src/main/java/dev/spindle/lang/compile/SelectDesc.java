package dev.spindle.lang.compile;

/**
 * The shape of one select statement: for each case whether it sends (the stack then holds
 * the channel and the value) or receives (the channel only), the source line of each case
 * (so a choice among ready cases can point at them), and whether there is a default.
 */
public record SelectDesc(boolean[] sends, int[] lines, boolean hasDefault) {
    public int cases() {
        return sends.length;
    }
}
