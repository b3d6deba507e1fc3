package dev.spindle.vm.stdlib.fmt;

/**
 * The flags, width and precision of the verb being printed: Go's {@code fmt.fmtFlags} plus
 * {@code wid}/{@code prec}. Mutable on purpose — one instance lives for one Printf call and is
 * cleared before each verb, exactly as Go's printer state is.
 */
final class Flags {
    boolean widPresent;
    boolean precPresent;
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean space;
    boolean zero;
    /** %+v: print struct field names. */
    boolean plusV;
    /** %#v: Go syntax. */
    boolean sharpV;
    int wid;
    int prec;

    void clear() {
        widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
        wid = prec = 0;
    }

    Flags copy() {
        Flags f = new Flags();
        f.widPresent = widPresent;
        f.precPresent = precPresent;
        f.minus = minus;
        f.plus = plus;
        f.sharp = sharp;
        f.space = space;
        f.zero = zero;
        f.plusV = plusV;
        f.sharpV = sharpV;
        f.wid = wid;
        f.prec = prec;
        return f;
    }

    void restore(Flags f) {
        widPresent = f.widPresent;
        precPresent = f.precPresent;
        minus = f.minus;
        plus = f.plus;
        sharp = f.sharp;
        space = f.space;
        zero = f.zero;
        plusV = f.plusV;
        sharpV = f.sharpV;
        wid = f.wid;
        prec = f.prec;
    }
}
