package dev.spindle.lang.types;

/** The predeclared functions. COMPLEX, REAL and IMAG exist only to be refused by name. */
public enum BuiltinKind {
    APPEND, CAP, CLEAR, CLOSE, COPY, DELETE, LEN, MAKE, MAX, MIN, NEW, PANIC, PRINT, PRINTLN, RECOVER,
    COMPLEX, REAL, IMAG;

    public String goName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the call is allowed as an expression statement (Go: not len, cap, append, ...). */
    public boolean isStatement() {
        return switch (this) {
            case CLEAR, CLOSE, COPY, DELETE, PANIC, PRINT, PRINTLN, RECOVER -> true;
            default -> false;
        };
    }
}
