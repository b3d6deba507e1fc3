package dev.spindle.lang.compile;

/**
 * The shape of one select statement: for each case whether it sends (the stack then holds
 * the channel and the value) or receives (the channel only), and whether there is a default.
 */
public record SelectDesc(boolean[] sends, boolean hasDefault) {
    public int cases() {
        return sends.length;
    }
}
