package dev.spindle.vm.stdlib.fmt;

/** Go's %x/%X of floats ({@code strconv} format 'x'): -0x1.yyyyp±dd, ported from fmtX in ftoa.go. */
final class HexFloat {

    private HexFloat() {}

    static String format(double v, char fmt, int prec, int bitSize) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        long mant;
        int exp;
        boolean neg;
        int mantbits;
        if (bitSize == 32) {
            int bits = Float.floatToRawIntBits((float) v);
            neg = bits < 0;
            mantbits = 23;
            exp = (bits >>> 23) & 0xff;
            mant = bits & ((1 << 23) - 1);
            if (exp == 0) {
                exp++;
            } else {
                mant |= 1L << 23;
            }
            exp += -127;
        } else {
            long bits = Double.doubleToRawLongBits(v);
            neg = bits < 0;
            mantbits = 52;
            exp = (int) ((bits >>> 52) & 0x7ff);
            mant = bits & ((1L << 52) - 1);
            if (exp == 0) {
                exp++;
            } else {
                mant |= 1L << 52;
            }
            exp += -1023;
        }
        if (mant == 0) {
            exp = 0;
        }
        mant <<= 60 - mantbits;
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            if ((extra | (mant & 1)) > 1L << 59) {
                mant++;
            }
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1;
                exp++;
            }
        }
        String hex = fmt == 'X' ? Fmt.UDIGITS : Fmt.LDIGITS;
        StringBuilder out = new StringBuilder(24);
        if (neg) {
            out.append('-');
        }
        out.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0) {
            out.append('.');
            while (mant != 0) {
                out.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        } else if (prec > 0) {
            out.append('.');
            for (int i = 0; i < prec; i++) {
                out.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        }
        out.append(fmt == 'X' ? 'P' : 'p');
        out.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            out.append('0');
        }
        out.append(exp);
        return out.toString();
    }
}
