package dev.spindle.lang.syntax;

/**
 * Go's tokens. The AST uses the operator and keyword constants ({@link Expr.Binary#op()},
 * {@link Stmt.Assign#op()}, ...); the lexer uses all of them.
 */
public enum Token {
    EOF("EOF"),
    NAME("name"),
    LITERAL("literal"),

    // operators, in Go's spelling
    ADD("+"), SUB("-"), MUL("*"), QUO("/"), REM("%"),
    AND("&"), OR("|"), XOR("^"), SHL("<<"), SHR(">>"), AND_NOT("&^"),
    ADD_ASSIGN("+="), SUB_ASSIGN("-="), MUL_ASSIGN("*="), QUO_ASSIGN("/="), REM_ASSIGN("%="),
    AND_ASSIGN("&="), OR_ASSIGN("|="), XOR_ASSIGN("^="), SHL_ASSIGN("<<="), SHR_ASSIGN(">>="),
    AND_NOT_ASSIGN("&^="),
    LAND("&&"), LOR("||"), ARROW("<-"), INC("++"), DEC("--"),
    EQL("=="), LSS("<"), GTR(">"), ASSIGN("="), NOT("!"), TILDE("~"),
    NEQ("!="), LEQ("<="), GEQ(">="), DEFINE(":="), ELLIPSIS("..."),
    LPAREN("("), LBRACK("["), LBRACE("{"), COMMA(","), PERIOD("."),
    RPAREN(")"), RBRACK("]"), RBRACE("}"), SEMICOLON(";"), COLON(":"),

    // keywords
    BREAK("break"), CASE("case"), CHAN("chan"), CONST("const"), CONTINUE("continue"),
    DEFAULT("default"), DEFER("defer"), ELSE("else"), FALLTHROUGH("fallthrough"), FOR("for"),
    FUNC("func"), GO("go"), GOTO("goto"), IF("if"), IMPORT("import"), INTERFACE("interface"),
    MAP("map"), PACKAGE("package"), RANGE("range"), RETURN("return"), SELECT("select"),
    STRUCT("struct"), SWITCH("switch"), TYPE("type"), VAR("var");

    private final String text;

    Token(String text) {
        this.text = text;
    }

    /** The token as Go spells it ({@code "+="}, {@code "func"}). */
    public String text() {
        return text;
    }

    /** Whether this is a keyword. */
    public boolean isKeyword() {
        return ordinal() >= BREAK.ordinal();
    }

    /** For an op-assignment ({@code +=}), the binary operator ({@code +}); otherwise null. */
    public Token binaryOfAssign() {
        return switch (this) {
            case ADD_ASSIGN -> ADD;
            case SUB_ASSIGN -> SUB;
            case MUL_ASSIGN -> MUL;
            case QUO_ASSIGN -> QUO;
            case REM_ASSIGN -> REM;
            case AND_ASSIGN -> AND;
            case OR_ASSIGN -> OR;
            case XOR_ASSIGN -> XOR;
            case SHL_ASSIGN -> SHL;
            case SHR_ASSIGN -> SHR;
            case AND_NOT_ASSIGN -> AND_NOT;
            default -> null;
        };
    }

    /** Binary operator precedence as in the Go spec (5 highest), 0 if not a binary operator. */
    public int precedence() {
        return switch (this) {
            case LOR -> 1;
            case LAND -> 2;
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> 3;
            case ADD, SUB, OR, XOR -> 4;
            case MUL, QUO, REM, SHL, SHR, AND, AND_NOT -> 5;
            default -> 0;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
