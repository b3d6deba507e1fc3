package dev.spindle.lang.syntax;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The parser's machinery, shared by the grammar layers ({@link TypeParser} for types, {@link
 * ExprParser} for expressions, {@link StmtParser} for statements, {@link DeclParser} for
 * declarations and files): the
 * current token, the {@code got/want/advance} helpers, and error reporting in the exact words of
 * Go's parser ({@code cmd/compile/internal/syntax}).
 *
 * <p>Error policy, as the gc compiler applies it: a syntax error names the unexpected token
 * ({@code syntax error: unexpected newline, expected comma or )}); at most one syntax error is
 * kept per line; after an error the parser skips to a token that can follow the broken production
 * (or, inside a function, to a keyword that starts a statement) and carries on, so several errors
 * are found in one run. Every error path consumes at least one token or returns to a caller that
 * does, so parsing always terminates.
 */
abstract class ParserCore {

    /** Keywords that start a statement: good places to resynchronise inside a function. */
    private static final Set<Token> STOPSET = EnumSet.of(Token.BREAK, Token.CONST, Token.CONTINUE,
            Token.DEFER, Token.FALLTHROUGH, Token.FOR, Token.GO, Token.GOTO, Token.IF, Token.RETURN,
            Token.SELECT, Token.SWITCH, Token.TYPE, Token.VAR);

    private final Lexer lexer;
    protected final String fileName;
    protected final List<SyntaxError> errors = new ArrayList<>();
    private int lastSyntaxErrorLine = -1;

    // The current token (a copy of the lexer's state).
    protected Token tok;
    protected String lit;
    protected LitKind kind;
    protected Pos pos;

    /** Function nesting level: the stopset is used for recovery only inside functions. */
    protected int fnest;
    /**
     * Expression nesting level, for the composite-literal ambiguity: in the header of an if, for
     * or switch it is -1, so that {@code if x == T {} } does not read {@code T {}} as a literal.
     * Parentheses, brackets and calls raise it back to 0 and above.
     */
    protected int xnest;

    /**
     * Whether a literal body nested deep may be parsed later (see {@link ExprParser}): true
     * until the first error, and never in the plain parse that {@link ParseAgain} asks for.
     */
    protected boolean mayParseLater;
    /** How many bodies were left for later: after the first, any error means {@link ParseAgain}. */
    protected int parsedLater;

    protected ParserCore(String fileName, String source) {
        this.fileName = fileName;
        this.lexer = new Lexer(source, (line, col, msg) -> errorAt(new Pos(line, col), msg));
        next();
    }

    /** Advances to the next token. */
    protected final void next() {
        lexer.next();
        takeLexerToken();
    }

    /** Makes the lexer's current token the parser's. */
    private void takeLexerToken() {
        tok = lexer.tok;
        lit = lexer.lit;
        kind = lexer.kind;
        pos = new Pos(lexer.tokLine, lexer.tokCol);
    }

    /** Returns the lexer to a {@link Lexer#mark} and makes its token current again. */
    private void resetTo(Lexer.Mark m) {
        lexer.reset(m);
        takeLexerToken();
    }

    protected final boolean got(Token t) {
        if (tok == t) {
            next();
            return true;
        }
        return false;
    }

    protected final void want(Token t) {
        if (!got(t)) {
            syntaxError("expected " + tokstring(t));
            advance();
        }
    }

    /** Like got(ASSIGN) but also accepts (and complains about) ":=", for better recovery. */
    protected final boolean gotAssign() {
        if (tok == Token.DEFINE) {
            syntaxError("expected =");
            next();
            return true;
        }
        return got(Token.ASSIGN);
    }

    // ---- errors ------------------------------------------------------------------------------------

    /** Reports an error as is (lexical errors and the parser's plain errors). */
    protected final void errorAt(Pos at, String msg) {
        if (parsedLater > 0) {
            // Errors must be found in the order and with the state of the plain parse.
            throw new ParseAgain();
        }
        mayParseLater = false;
        if (msg.startsWith("syntax error")) {
            // gc keeps only one syntax error per line, whatever the error.
            if (at.line() == lastSyntaxErrorLine) return;
            lastSyntaxErrorLine = at.line();
        } else {
            for (SyntaxError e : errors) {
                if (e.pos().line() == at.line() && e.message().equals(msg)) return;
            }
        }
        errors.add(new SyntaxError(fileName, at, msg));
    }

    protected final void error(String msg) {
        errorAt(pos, msg);
    }

    protected final void syntaxError(String msg) {
        syntaxErrorAt(pos, msg);
    }

    /**
     * Reports a syntax error. A message starting with "in ", "at ", "after " or "expected " is
     * prefixed by the unexpected token ({@code unexpected newline, expected comma or )}); any other
     * message is reported as it is, after "syntax error: ".
     */
    protected final void syntaxErrorAt(Pos at, String msg) {
        if (tok == Token.EOF && !errors.isEmpty()) return; // avoid meaningless follow-up errors
        if (msg.startsWith("in ") || msg.startsWith("at ") || msg.startsWith("after ")) {
            msg = " " + msg;
        } else if (msg.startsWith("expected ")) {
            msg = ", " + msg;
        } else if (!msg.isEmpty()) {
            errorAt(at, "syntax error: " + msg);
            return;
        }
        errorAt(at, "syntax error: unexpected " + currentTokenString() + msg);
    }

    /** The current token as Go's messages name it: "name x", "literal 42", "newline", "keyword func". */
    protected final String currentTokenString() {
        return switch (tok) {
            case NAME -> "name " + lit;
            case SEMICOLON -> lit;
            case LITERAL -> "literal " + lit;
            default -> tokstring(tok);
        };
    }

    /** The English word for a token in an error message. */
    protected static String tokstring(Token t) {
        return switch (t) {
            case COMMA -> "comma";
            case SEMICOLON -> "semicolon or newline";
            default -> t.isKeyword() ? "keyword " + t.text() : t.text();
        };
    }

    /**
     * Skips tokens until one in the follow list (or, inside a function, a statement keyword) or
     * EOF. With an empty follow list exactly one token is skipped, so that the parser progresses.
     */
    protected final void advance(Token... followlist) {
        if (followlist.length == 0) {
            if (tok != Token.EOF) next();
            return;
        }
        while (tok != Token.EOF && !follows(followlist)) {
            next();
        }
    }

    private boolean follows(Token[] followlist) {
        if (fnest > 0 && STOPSET.contains(tok)) return true;
        for (Token t : followlist) {
            if (t == tok) return true;
        }
        return false;
    }

    // ---- parsing a block later ---------------------------------------------------------------------

    /** Where to parse again from: the lexer's state (its current token included) and the nesting levels. */
    protected record Resume(Lexer.Mark lexer, int fnest, int xnest) {
    }

    protected final Resume resumePoint() {
        return new Resume(lexer.mark(), fnest, xnest);
    }

    /** Makes {@code r}'s token current again, with the nesting levels it had. */
    protected final void resume(Resume r) {
        resetTo(r.lexer());
        fnest = r.fnest();
        xnest = r.xnest();
    }

    /** A block already skipped once: its {@code }} and the lexer's state after the token that follows. */
    private record Skipped(Pos rbrace, Lexer.Mark after) {
    }

    /** Skipped blocks by the offset of their {@code {}, so that no block is scanned twice. */
    private final java.util.HashMap<Integer, Skipped> skipped = new java.util.HashMap<>();

    /**
     * Skips from the current {@code {} to its matching {@code }}, and past it, as parsing the
     * block would have; returns the position of the {@code }}. Go's tokens do not depend on
     * the parser, so the braces match as the grammar's do when the block has no error (and
     * if it has one, the parse is started again anyway: {@link ParseAgain}). Every block met
     * on the way is remembered: the bodies parsed later skip their own nested blocks again,
     * and without this a nest n deep would be scanned n/16 times.
     */
    protected final Pos skipBlock() {
        Skipped known = skipped.get(lexer.tokOffset);
        if (known != null) {
            resetTo(known.after());
            return known.rbrace();
        }
        int[] open = new int[16];
        int depth = 0;
        while (true) {
            switch (tok) {
                case LBRACE -> {
                    if (depth == open.length) {
                        open = java.util.Arrays.copyOf(open, depth * 2);
                    }
                    open[depth++] = lexer.tokOffset;
                }
                case RBRACE -> {
                    int lbrace = open[--depth];
                    Pos rbrace = pos;
                    next();
                    skipped.put(lbrace, new Skipped(rbrace, lexer.mark()));
                    if (depth == 0) {
                        return rbrace;
                    }
                    continue;
                }
                case EOF -> throw new ParseAgain();
                default -> {
                }
            }
            next();
        }
    }

    // ---- lists -------------------------------------------------------------------------------------

    /**
     * {@code list = [ f { sep f } [sep] ] close .} Calls {@code f} for each element (f returns true
     * to accept no more elements) and returns the position of the closing token.
     */
    protected final Pos list(String context, Token sep, Token close, java.util.function.BooleanSupplier f) {
        boolean done = false;
        while (tok != Token.EOF && tok != close && !done) {
            Pos before = pos;
            Token beforeTok = tok;
            done = f.getAsBoolean();
            if (!got(sep) && tok != close) {
                syntaxError("in " + context + "; possibly missing " + tokstring(sep) + " or " + tokstring(close));
                advance(Token.RPAREN, Token.RBRACK, Token.RBRACE);
                if (tok != close) {
                    return pos;
                }
            } else if (pos == before && tok == beforeTok && tok != close) {
                next(); // defensive: f consumed nothing and no separator followed
            }
        }
        Pos closePos = pos;
        want(close);
        return closePos;
    }
}
