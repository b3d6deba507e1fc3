package dev.spindle.lang.syntax;

import java.nio.charset.StandardCharsets;

/**
 * Go's scanner: turns UTF-8 source into tokens, one {@link #next()} at a time, inserting the
 * semicolons that Go's grammar needs but programmers leave out.
 *
 * <p>Semicolon insertion follows the spec: after a line's last token, if that token is an
 * identifier, a literal, one of the keywords {@code break continue fallthrough return}, or one of
 * {@code ++ -- ) ] }}, the newline (or the end of the file, or a block comment spanning lines)
 * becomes a {@link Token#SEMICOLON} whose {@link #lit} is {@code "newline"} or {@code "EOF"} — the
 * words Go's parser uses in "unexpected newline". A written {@code ;} has lit {@code "semicolon"}.
 *
 * <p>The lexer works on bytes so that columns are byte columns, as Go counts them. Lexical errors
 * are reported to the {@link ErrorSink} in Go's words ({@code newline in string}, {@code invalid
 * character U+0040 '@'}) and lexing continues.
 */
final class Lexer {

    /** Receives lexical errors. */
    interface ErrorSink {
        void error(int line, int col, String msg);
    }

    /** Receives the byte range of each comment (for highlighting); the parser needs none. */
    interface CommentSink {
        void comment(int start, int end);
    }

    private final byte[] src;
    private final ErrorSink errors;
    private CommentSink comments = (start, end) -> { };

    private int off;          // offset of the current character
    private int line = 1;     // line of the current character
    private int lineStart;    // offset of the current line's first byte
    private boolean nlsemi;   // whether a newline now becomes a semicolon

    // The current token, valid after next().
    Token tok;
    /** Identifier name, literal text, or for SEMICOLON "semicolon", "newline" or "EOF". */
    String lit;
    LitKind kind;
    int tokLine;
    int tokCol;
    /** Byte offset of the current token's first byte. */
    int tokOffset;
    /** Whether the current literal token is malformed (an error was reported). */
    boolean bad;

    Lexer(String source, ErrorSink errors) {
        this.src = source.getBytes(StandardCharsets.UTF_8);
        this.errors = errors;
        if (src.length >= 3 && (src[0] & 0xFF) == 0xEF && (src[1] & 0xFF) == 0xBB && (src[2] & 0xFF) == 0xBF) {
            off = 3; // a byte order mark at the start is ignored, as Go does
            lineStart = 3;
        }
    }

    /** The scanner's whole state after a token: {@link #reset} scans again from there. */
    record Mark(int off, int line, int lineStart, boolean nlsemi, Token tok, String lit, LitKind kind,
                int tokLine, int tokCol, int tokOffset, boolean bad) {
    }

    Mark mark() {
        return new Mark(off, line, lineStart, nlsemi, tok, lit, kind, tokLine, tokCol, tokOffset, bad);
    }

    /** Returns to a {@link #mark}: the same token is current and the same tokens follow it. */
    void reset(Mark m) {
        off = m.off;
        line = m.line;
        lineStart = m.lineStart;
        nlsemi = m.nlsemi;
        tok = m.tok;
        lit = m.lit;
        kind = m.kind;
        tokLine = m.tokLine;
        tokCol = m.tokCol;
        tokOffset = m.tokOffset;
        bad = m.bad;
    }

    void setCommentSink(CommentSink sink) {
        this.comments = sink;
    }

    /** Byte offset just after the current token (valid right after {@link #next()}). */
    int offset() {
        return off;
    }

    /** The source as UTF-8 bytes. */
    byte[] bytes() {
        return src;
    }

    /** The current character, -1 at the end. */
    private int ch() {
        return off < src.length ? src[off] & 0xFF : -1;
    }

    private int peek(int k) {
        return off + k < src.length ? src[off + k] & 0xFF : -1;
    }

    private void advance() {
        if (off < src.length) {
            if (src[off] == '\n') {
                line++;
                lineStart = off + 1;
            }
            off++;
        }
    }

    private int col() {
        return off - lineStart + 1;
    }

    private void errorHere(String msg) {
        errors.error(line, col(), msg);
    }

    private void errorAtTok(int offset, String msg) {
        errors.error(tokLine, tokCol + offset, msg);
    }

    /** Reads the next token into {@link #tok} and friends. */
    void next() {
        boolean nl = nlsemi;
        nlsemi = false;
        lit = null;
        kind = null;
        bad = false;
        while (true) {
            int c = ch();
            while (c == ' ' || c == '\t' || c == '\r' || (c == '\n' && !nl)) {
                advance();
                c = ch();
            }
            tokLine = line;
            tokCol = col();
            tokOffset = off;
            if (c == 0) {
                errorHere("invalid NUL character");
                advance();
                continue;
            }
            if (c == 0xEF && peek(1) == 0xBB && peek(2) == 0xBF) {
                errorHere("invalid BOM in the middle of the file");
                off += 3;
                continue;
            }
            if (c >= 0x80) {
                // Go takes any non-ASCII character here as the start of an identifier, and
                // complains if it is not a letter.
                int start = off;
                int cp = decodeRune();
                off = start;
                if (Character.isDigit(cp)) {
                    errorHere("identifier cannot begin with digit " + formatU(cp));
                } else if (!Character.isLetter(cp)) {
                    errorHere("invalid character " + formatU(cp) + " in identifier");
                }
                identifier(start + Character.toString(cp).getBytes(StandardCharsets.UTF_8).length);
                return;
            }
            if (isLetter(c)) {
                identifier(off + 1);
                return;
            }
            switch (c) {
                case -1 -> {
                    if (nl) {
                        semi("EOF");
                    } else {
                        tok = Token.EOF;
                    }
                    return;
                }
                case '\n' -> {
                    advance();
                    semi("newline");
                    return;
                }
                case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                    number(false);
                    return;
                }
                case '"' -> {
                    stdString();
                    return;
                }
                case '`' -> {
                    rawString();
                    return;
                }
                case '\'' -> {
                    rune();
                    return;
                }
                case '/' -> {
                    if (peek(1) == '/') {
                        while (ch() >= 0 && ch() != '\n') advance();
                        comments.comment(tokOffset, off);
                        continue;
                    }
                    if (peek(1) == '*') {
                        int startLine = line;
                        advance();
                        advance();
                        skipBlockComment();
                        comments.comment(tokOffset, off);
                        if (line > startLine && nl) {
                            // A multi-line comment acts like a newline.
                            semi("newline");
                            return;
                        }
                        continue;
                    }
                    op(Token.QUO, Token.QUO_ASSIGN);
                    return;
                }
                default -> {
                    if (operator(c)) return;
                    int cp = decodeRune();
                    errorAtTok(0, "invalid character " + formatU(cp));
                    // decodeRune consumed it; go on with the next token
                }
            }
        }
    }

    private void semi(String why) {
        tok = Token.SEMICOLON;
        lit = why;
    }

    /** Scans an operator or delimiter starting with {@code c}; false if {@code c} starts none. */
    private boolean operator(int c) {
        switch (c) {
            case '(' -> simple(Token.LPAREN, false);
            case '[' -> simple(Token.LBRACK, false);
            case '{' -> simple(Token.LBRACE, false);
            case ',' -> simple(Token.COMMA, false);
            case ')' -> simple(Token.RPAREN, true);
            case ']' -> simple(Token.RBRACK, true);
            case '}' -> simple(Token.RBRACE, true);
            case '~' -> simple(Token.TILDE, false);
            case ';' -> {
                advance();
                semi("semicolon");
            }
            case ':' -> {
                advance();
                if (ch() == '=') {
                    advance();
                    tok = Token.DEFINE;
                } else {
                    tok = Token.COLON;
                }
            }
            case '.' -> {
                if (isDecimal(peek(1))) {
                    number(true);
                } else if (peek(1) == '.' && peek(2) == '.') {
                    off += 3;
                    tok = Token.ELLIPSIS;
                } else {
                    simple(Token.PERIOD, false);
                }
            }
            case '+' -> {
                if (peek(1) == '+') {
                    off += 2;
                    tok = Token.INC;
                    nlsemi = true;
                } else {
                    op(Token.ADD, Token.ADD_ASSIGN);
                }
            }
            case '-' -> {
                if (peek(1) == '-') {
                    off += 2;
                    tok = Token.DEC;
                    nlsemi = true;
                } else {
                    op(Token.SUB, Token.SUB_ASSIGN);
                }
            }
            case '*' -> op(Token.MUL, Token.MUL_ASSIGN);
            case '%' -> op(Token.REM, Token.REM_ASSIGN);
            case '^' -> op(Token.XOR, Token.XOR_ASSIGN);
            case '&' -> {
                if (peek(1) == '&') {
                    off += 2;
                    tok = Token.LAND;
                } else if (peek(1) == '^') {
                    off++;
                    op(Token.AND_NOT, Token.AND_NOT_ASSIGN);
                } else {
                    op(Token.AND, Token.AND_ASSIGN);
                }
            }
            case '|' -> {
                if (peek(1) == '|') {
                    off += 2;
                    tok = Token.LOR;
                } else {
                    op(Token.OR, Token.OR_ASSIGN);
                }
            }
            case '<' -> {
                if (peek(1) == '=') {
                    off += 2;
                    tok = Token.LEQ;
                } else if (peek(1) == '<') {
                    off++;
                    op(Token.SHL, Token.SHL_ASSIGN);
                } else if (peek(1) == '-') {
                    off += 2;
                    tok = Token.ARROW;
                } else {
                    simple(Token.LSS, false);
                }
            }
            case '>' -> {
                if (peek(1) == '=') {
                    off += 2;
                    tok = Token.GEQ;
                } else if (peek(1) == '>') {
                    off++;
                    op(Token.SHR, Token.SHR_ASSIGN);
                } else {
                    simple(Token.GTR, false);
                }
            }
            case '=' -> {
                if (peek(1) == '=') {
                    off += 2;
                    tok = Token.EQL;
                } else {
                    simple(Token.ASSIGN, false);
                }
            }
            case '!' -> {
                if (peek(1) == '=') {
                    off += 2;
                    tok = Token.NEQ;
                } else {
                    simple(Token.NOT, false);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void simple(Token t, boolean semiAfter) {
        advance();
        tok = t;
        nlsemi = semiAfter;
    }

    /** The one-character operator {@code plain}, or {@code assign} if followed by '='. */
    private void op(Token plain, Token assign) {
        advance();
        if (ch() == '=') {
            advance();
            tok = assign;
        } else {
            tok = plain;
        }
    }

    private void skipBlockComment() {
        while (ch() >= 0) {
            if (ch() == '*' && peek(1) == '/') {
                advance();
                advance();
                return;
            }
            advance();
        }
        errorAtTok(0, "comment not terminated");
    }

    // identifier = letter { letter | unicode_digit } .
    private void identifier(int firstEnd) {
        int start = off;
        off = firstEnd;
        while (true) {
            int c = ch();
            if (isLetter(c) || isDecimal(c)) {
                advance();
            } else if (c >= 0x80) {
                int errCol = col();
                int cp = decodeRune();
                if (Character.isLetter(cp) || Character.isDigit(cp)) {
                    continue;
                }
                // Go: a non-ASCII character that is no letter or digit is an error inside an
                // identifier, but still part of it.
                errors.error(line, errCol, "invalid character " + formatU(cp) + " in identifier");
            } else {
                break;
            }
        }
        String name = new String(src, start, off - start, StandardCharsets.UTF_8);
        Token kw = Keywords.lookup(name);
        if (kw != null) {
            tok = kw;
            nlsemi = kw == Token.BREAK || kw == Token.CONTINUE || kw == Token.FALLTHROUGH || kw == Token.RETURN;
        } else {
            tok = Token.NAME;
            lit = name;
            nlsemi = true;
        }
    }

    /** Decodes the UTF-8 sequence at the current offset, advancing past it; U+FFFD if invalid. */
    private int decodeRune() {
        int b0 = ch();
        int n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
        if (b0 < 0x80) {
            advance();
            return b0;
        }
        if (n == 1 || off + n > src.length) {
            off++;
            return 0xFFFD;
        }
        String s = new String(src, off, n, StandardCharsets.UTF_8);
        off += n;
        return s.codePointAt(0);
    }

    // ---- numbers -------------------------------------------------------------------------------

    private void number(boolean seenPoint) {
        int start = off;
        boolean ok = true;
        LitKind k = LitKind.INT;
        int base = 10;
        char prefix = 0;
        int digsep = 0;
        int[] invalid = {-1};
        if (!seenPoint) {
            if (ch() == '0') {
                advance();
                switch (lower(ch())) {
                    case 'x' -> {
                        advance();
                        base = 16;
                        prefix = 'x';
                    }
                    case 'o' -> {
                        advance();
                        base = 8;
                        prefix = 'o';
                    }
                    case 'b' -> {
                        advance();
                        base = 2;
                        prefix = 'b';
                    }
                    default -> {
                        base = 8;
                        prefix = '0';
                        digsep = 1;
                    }
                }
            }
            digsep |= digits(start, base, invalid);
            if (ch() == '.') {
                if (prefix == 'o' || prefix == 'b') {
                    errorHere("invalid radix point in " + baseName(base) + " literal");
                    ok = false;
                }
                advance();
                seenPoint = true;
            }
        } else {
            advance(); // the '.'
        }
        if (seenPoint) {
            k = LitKind.FLOAT;
            digsep |= digits(start, base, invalid);
        }
        if ((digsep & 1) == 0 && ok) {
            errorHere(baseName(base) + " literal has no digits");
            ok = false;
        }
        int e = lower(ch());
        if (e == 'e' || e == 'p') {
            if (ok) {
                if (e == 'e' && prefix != 0 && prefix != '0') {
                    errorHere("'" + (char) ch() + "' exponent requires decimal mantissa");
                    ok = false;
                } else if (e == 'p' && prefix != 'x') {
                    errorHere("'" + (char) ch() + "' exponent requires hexadecimal mantissa");
                    ok = false;
                }
            }
            advance();
            k = LitKind.FLOAT;
            if (ch() == '+' || ch() == '-') advance();
            int ds = digits(start, 10, null);
            digsep = ds | (digsep & 2);
            if ((ds & 1) == 0 && ok) {
                errorHere("exponent has no digits");
                ok = false;
            }
        } else if (prefix == 'x' && k == LitKind.FLOAT && ok) {
            errorHere("hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }
        if (ch() == 'i') {
            k = LitKind.IMAG;
            advance();
        }
        String text = new String(src, start, off - start, StandardCharsets.ISO_8859_1);
        if (k == LitKind.INT && invalid[0] >= 0 && ok) {
            errorAtTok(invalid[0], "invalid digit '" + text.charAt(invalid[0]) + "' in " + baseName(base) + " literal");
            ok = false;
        }
        if ((digsep & 2) != 0 && ok) {
            int i = invalidSep(text);
            if (i >= 0) {
                errorAtTok(i, "'_' must separate successive digits");
                ok = false;
            }
        }
        if (k == LitKind.IMAG && ok) {
            errorAtTok(0, "complex numbers are not supported by spindle");
            ok = false;
        }
        literal(k, text, ok);
    }

    private void literal(LitKind k, String text, boolean ok) {
        tok = Token.LITERAL;
        kind = k;
        lit = text;
        bad = !ok;
        nlsemi = true;
    }

    /** Accepts {digit | '_'}; bit 0 of the result: digits seen, bit 1: separators seen. */
    private int digits(int start, int base, int[] invalid) {
        int digsep = 0;
        if (base <= 10) {
            int max = '0' + base;
            while (isDecimal(ch()) || ch() == '_') {
                int ds = 1;
                if (ch() == '_') {
                    ds = 2;
                } else if (ch() >= max && invalid != null && invalid[0] < 0) {
                    invalid[0] = off - start;
                }
                digsep |= ds;
                advance();
            }
        } else {
            while (isHex(ch()) || ch() == '_') {
                digsep |= ch() == '_' ? 2 : 1;
                advance();
            }
        }
        return digsep;
    }

    private static int invalidSep(String x) {
        int x1 = ' ';
        char d = '.';
        int i = 0;
        if (x.length() >= 2 && x.charAt(0) == '0') {
            x1 = lower(x.charAt(1));
            if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
                d = '0';
                i = 2;
            }
        }
        for (; i < x.length(); i++) {
            char p = d;
            d = x.charAt(i);
            if (d == '_') {
                if (p != '0') return i;
            } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
                d = '0';
            } else {
                if (p == '_') return i - 1;
                d = '.';
            }
        }
        return d == '_' ? x.length() - 1 : -1;
    }

    private static String baseName(int base) {
        return switch (base) {
            case 2 -> "binary";
            case 8 -> "octal";
            case 16 -> "hexadecimal";
            default -> "decimal";
        };
    }

    // ---- strings and runes -----------------------------------------------------------------------

    private void rune() {
        int start = off;
        boolean ok = true;
        advance();
        for (int n = 0; ; n++) {
            int c = ch();
            if (c == '\'') {
                if (ok) {
                    if (n == 0) {
                        errorHere("empty rune literal or unescaped '");
                        ok = false;
                    } else if (n != 1) {
                        errorAtTok(0, "more than one character in rune literal");
                        ok = false;
                    }
                }
                advance();
                break;
            }
            if (c == '\\') {
                advance();
                if (!escape('\'')) ok = false;
                continue;
            }
            if (c == '\n') {
                if (ok) {
                    errorHere("newline in rune literal");
                    ok = false;
                }
                break;
            }
            if (c < 0) {
                if (ok) {
                    errorAtTok(0, "rune literal not terminated");
                    ok = false;
                }
                break;
            }
            decodeRune();
        }
        literal(LitKind.RUNE, text(start), ok);
    }

    private void stdString() {
        int start = off;
        boolean ok = true;
        advance();
        while (true) {
            int c = ch();
            if (c == '"') {
                advance();
                break;
            }
            if (c == '\\') {
                advance();
                if (!escape('"')) ok = false;
                continue;
            }
            if (c == '\n') {
                errorHere("newline in string");
                ok = false;
                break;
            }
            if (c < 0) {
                errorAtTok(0, "string not terminated");
                ok = false;
                break;
            }
            advance();
        }
        literal(LitKind.STRING, text(start), ok);
    }

    private void rawString() {
        int start = off;
        boolean ok = true;
        advance();
        while (true) {
            int c = ch();
            if (c == '`') {
                advance();
                break;
            }
            if (c < 0) {
                errorAtTok(0, "string not terminated");
                ok = false;
                break;
            }
            advance();
        }
        literal(LitKind.STRING, text(start), ok);
    }

    private String text(int start) {
        return new String(src, start, off - start, StandardCharsets.UTF_8);
    }

    /** Checks the escape after a backslash (already consumed); reports errors as Go does. */
    private boolean escape(int quote) {
        int n;
        int base;
        int max;
        int c = ch();
        if (c == quote || c == 'a' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't' || c == 'v'
                || c == '\\') {
            advance();
            return true;
        }
        if (c >= '0' && c <= '7') {
            n = 3;
            base = 8;
            max = 255;
        } else if (c == 'x') {
            advance();
            n = 2;
            base = 16;
            max = 255;
        } else if (c == 'u') {
            advance();
            n = 4;
            base = 16;
            max = 0x10FFFF;
        } else if (c == 'U') {
            advance();
            n = 8;
            base = 16;
            max = 0x10FFFF;
        } else {
            if (c < 0) return true; // the caller complains about EOF
            errorHere("unknown escape");
            return false;
        }
        long x = 0;
        for (int i = n; i > 0; i--) {
            c = ch();
            if (c < 0) return true;
            int d = base;
            if (isDecimal(c)) {
                d = c - '0';
            } else if (lower(c) >= 'a' && lower(c) <= 'f') {
                d = lower(c) - 'a' + 10;
            }
            if (d >= base) {
                errorHere("invalid character " + quoteChar(c) + " in " + baseName(base) + " escape");
                return false;
            }
            x = x * base + d;
            advance();
        }
        if (x > max && base == 8) {
            errorHere("octal escape value " + x + " > 255");
            return false;
        }
        if (x > max || (x >= 0xD800 && x < 0xE000)) {
            errorHere("escape is invalid Unicode code point " + formatU((int) x));
            return false;
        }
        return true;
    }

    // ---- character classes and formatting ----------------------------------------------------------

    private static int lower(int c) {
        return ('a' - 'A') | c;
    }

    private static boolean isLetter(int c) {
        return ('a' <= lower(c) && lower(c) <= 'z') || c == '_';
    }

    private static boolean isDecimal(int c) {
        return '0' <= c && c <= '9';
    }

    private static boolean isHex(int c) {
        return isDecimal(c) || ('a' <= lower(c) && lower(c) <= 'f');
    }

    /** Go's {@code %#U}: {@code U+0040 '@'}, or just {@code U+00A0} for a rune strconv.IsPrint rejects. */
    static String formatU(int cp) {
        String hex = String.format("U+%04X", cp);
        return isPrint(cp) ? hex + " '" + new String(Character.toChars(cp)) + "'" : hex;
    }

    /** Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    private static boolean isPrint(int cp) {
        if (cp == ' ') return true;
        if (cp == 0xFFFD) return true;
        return switch (Character.getType(cp)) {
            case Character.UNASSIGNED, Character.CONTROL, Character.FORMAT, Character.SURROGATE,
                 Character.PRIVATE_USE, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Go's {@code %q} of a character as it appears in an escape error. */
    private static String quoteChar(int c) {
        return switch (c) {
            case '\n' -> "'\\n'";
            case '\t' -> "'\\t'";
            case '\'' -> "'\\''";
            case '\\' -> "'\\\\'";
            default -> c >= 0x20 && c < 0x7F ? "'" + (char) c + "'" : String.format("'\\x%02x'", c);
        };
    }
}
