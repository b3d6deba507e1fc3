package dev.spindle.lang.syntax;

import dev.spindle.lang.syntax.Expr.ArrayType;
import dev.spindle.lang.syntax.Expr.BasicLit;
import dev.spindle.lang.syntax.Expr.Binary;
import dev.spindle.lang.syntax.Expr.Call;
import dev.spindle.lang.syntax.Expr.ChanType;
import dev.spindle.lang.syntax.Expr.CompositeLit;
import dev.spindle.lang.syntax.Expr.FuncType;
import dev.spindle.lang.syntax.Expr.Ident;
import dev.spindle.lang.syntax.Expr.Index;
import dev.spindle.lang.syntax.Expr.Paren;
import dev.spindle.lang.syntax.Expr.Selector;
import dev.spindle.lang.syntax.Expr.Star;
import dev.spindle.lang.syntax.Expr.Unary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The expression productions of Go's grammar, including composite literals and the decision, in
 * if/for/switch headers, whether a brace opens a literal or the statement's block. Each method opens
 * with the rule it parses; structure and messages follow {@code cmd/compile/internal/syntax/parser.go}.
 */
abstract class ExprParser extends TypeParser {

    /**
     * Function literals nested deeper than this inside one body have their bodies parsed later,
     * from {@link #later}, each starting again at nesting 0 (as the compiler does with
     * literal bodies). A nest of 25,000 literals otherwise makes the parser's recursion 25,000
     * literals deep: HotSpot then compiles {@link #operand} halfway down, before any literal
     * body has returned, and every compiled activation on the stack deoptimizes on the way back
     * up (17,000 deoptimizations per run were measured), and every garbage collection scans the
     * deep stack.
     */
    static final int MAX_LITERAL_NESTING = 16;

    /** A literal body skipped for now: where it starts, and the list its statements go into. */
    private record LaterBody(Resume at, List<Stmt> stmts, Pos rbrace) {
    }

    private final ArrayDeque<LaterBody> later = new ArrayDeque<>();
    /** Literals nested inside the body being parsed (bodies parsed later start again at 0). */
    private int literalNesting;

    protected ExprParser(String fileName, String source) {
        super(fileName, source);
    }

    /**
     * Parses the literal bodies left for later (and those they leave), after the file. Each
     * resumes the lexer at its {@code {} with the nesting it had there, so its tree is the one
     * the plain parse makes: a parse that left any body for later has met no error so far, and
     * an error from here on means {@link ParseAgain}.
     */
    protected final void parseLaterBodies() {
        LaterBody b;
        while ((b = later.pollLast()) != null) {
            resume(b.at());
            literalNesting = 0;
            Stmt.Block body = funcBody();
            if (!body.rbrace().equals(b.rbrace())) {
                throw new ParseAgain(); // the braces matched otherwise: only an error does that
            }
            b.stmts().addAll(body.stmts());
        }
    }

    /** A function literal's body, now or (nested deep, in a parse without errors so far) later. */
    private Stmt.Block literalBody() {
        if (literalNesting < MAX_LITERAL_NESTING || !mayParseLater) {
            literalNesting++;
            Stmt.Block body = funcBody();
            literalNesting--;
            return body;
        }
        parsedLater++;
        Resume at = resumePoint();
        Pos lbrace = pos;
        Pos rbrace = skipBlock();
        List<Stmt> stmts = new ArrayList<>();
        later.addLast(new LaterBody(at, stmts, rbrace));
        return new Stmt.Block(lbrace, Collections.unmodifiableList(stmts), rbrace);
    }

    /** Parses a function body (a block); implemented by the statement layer. */
    protected abstract Stmt.Block funcBody();

    // ---- expressions -------------------------------------------------------------------------------

    // Expression = UnaryExpr | Expression binary_op Expression .
    @Override
    protected final Expr expr() {
        return binaryExpr(null, 0);
    }

    // Expression = UnaryExpr | Expression binary_op Expression .  (precedence climbing)
    protected final Expr binaryExpr(Expr x, int prec) {
        if (x == null) x = unaryExpr();
        while (tok.precedence() > prec) {
            Token op = tok;
            Pos opPos = pos;
            next();
            Expr y = binaryExpr(null, op.precedence());
            x = new Binary(x.pos(), x, op, opPos, y);
        }
        return x;
    }

    // UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
    // unary_op  = "+" | "-" | "!" | "^" | "*" | "&" | "<-" .
    protected final Expr unaryExpr() {
        Pos start = pos;
        switch (tok) {
            case MUL -> {
                next();
                return new Star(start, unaryExpr());
            }
            case ADD, SUB, NOT, XOR, TILDE -> {
                Token op = tok;
                next();
                return new Unary(start, op, unaryExpr());
            }
            case AND -> {
                next();
                // &(T{}) is taken as &T{}: drop the parentheses, as Go does
                return new Unary(start, Token.AND, Expr.unparen(unaryExpr()));
            }
            case ARROW -> {
                next();
                // <-x is a receive, but <-chan T is a type: decide once x is parsed.
                Expr x = unaryExpr();
                if (x instanceof ChanType c) {
                    return recvChan(start, c);
                }
                return new Unary(start, Token.ARROW, x);
            }
            default -> {
                return pexpr(null, true);
            }
        }
    }

    /** Re-associates {@code <-} with a parsed channel type: {@code <-(chan E)} is {@code <-chan E}. */
    private Expr recvChan(Pos at, ChanType c) {
        switch (c.dir()) {
            case BOTH -> {
                return new ChanType(at, ChanDir.RECV, c.elem());
            }
            case RECV -> {
                syntaxError("unexpected <-, expected chan");
                return new ChanType(at, ChanDir.RECV, c.elem());
            }
            default -> {
                // <-(chan<- E) is <-chan (<-E): E must itself be a channel type
                if (c.elem() instanceof ChanType inner) {
                    return new ChanType(at, ChanDir.RECV, recvChan(inner.pos(), inner));
                }
                syntaxError("unexpected " + ExprString.of(c.elem()) + ", expected chan");
                return new ChanType(at, ChanDir.RECV, c.elem());
            }
        }
    }

    // Operand     = Literal | OperandName | "(" Expression ")" .
    // Literal     = BasicLit | CompositeLit | FunctionLit .
    // OperandName = identifier | QualifiedIdent .
    protected final Expr operand(boolean keepParens) {
        switch (tok) {
            case NAME -> {
                return name();
            }
            case LITERAL -> {
                return literal();
            }
            case LPAREN -> {
                Pos start = pos;
                next();
                xnest++;
                Expr x = expr();
                xnest--;
                want(Token.RPAREN);
                // Spindle keeps every pair of parentheses (Go keeps some); see Expr.unparen.
                return new Paren(start, x);
            }
            case FUNC -> {
                Pos start = pos;
                next();
                FuncType ft = funcType("function type", start).type();
                if (tok == Token.LBRACE) {
                    xnest++;
                    Stmt.Block body = literalBody();
                    xnest--;
                    return new Expr.FuncLit(start, ft, body);
                }
                return ft;
            }
            case LBRACK, CHAN, MAP, STRUCT, INTERFACE -> {
                return type_();
            }
            default -> {
                Expr x = new Expr.Bad(pos);
                syntaxError("expected expression");
                advance(Token.RPAREN, Token.RBRACK, Token.RBRACE);
                return x;
            }
        }
    }

    // PrimaryExpr = Operand | Conversion | PrimaryExpr Selector | PrimaryExpr Index
    //             | PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
    // Selector      = "." identifier .
    // Index         = "[" Expression "]" .
    // Slice         = "[" [ Expression ] ":" [ Expression ] [ ":" Expression ] "]" .
    // TypeAssertion = "." "(" Type ")" .
    // Arguments     = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" .
    protected final Expr pexpr(Expr x, boolean keepParens) {
        if (x == null) x = operand(keepParens);
        while (true) {
            switch (tok) {
                case PERIOD -> {
                    Pos dot = pos;
                    next();
                    if (tok == Token.NAME) {
                        x = new Selector(x.pos(), x, name());
                    } else if (tok == Token.LPAREN) {
                        next();
                        if (got(Token.TYPE)) {
                            x = new Expr.TypeAssert(x.pos(), x, dot, null);
                        } else {
                            x = new Expr.TypeAssert(x.pos(), x, dot, type_());
                        }
                        want(Token.RPAREN);
                    } else {
                        syntaxError("expected name or (");
                        advance(Token.SEMICOLON, Token.RPAREN);
                    }
                }
                case LBRACK -> x = indexOrSlice(x);
                case LPAREN -> {
                    Pos lparen = pos;
                    next();
                    x = arguments(x, lparen);
                }
                case LBRACE -> {
                    // Does '{' open a composite literal or the block of an if/for/switch?
                    Expr t = Expr.unparen(x);
                    boolean complitOk = switch (t) {
                        case Ident i -> xnest >= 0;
                        case Selector s -> xnest >= 0;
                        case Index i -> xnest >= 0 && !isValue(t);
                        case ArrayType a -> true;
                        case Expr.SliceType s -> true;
                        case Expr.StructType s -> true;
                        case Expr.MapType m -> true;
                        default -> false;
                    };
                    if (!complitOk) return x;
                    if (t != x) {
                        syntaxError("cannot parenthesize type in composite literal");
                    }
                    x = complitexpr(x);
                }
                default -> {
                    return x;
                }
            }
        }
    }

    // Index = "[" Expression { "," Expression } [ "," ] "]" .   (several: a generic instantiation)
    // Slice = "[" [ Expression ] ":" [ Expression ] [ ":" Expression ] "]" .
    private Expr indexOrSlice(Expr x) {
        Pos lbrack = pos;
        next();
        Expr lo = null;
        if (tok != Token.COLON) {
            List<Expr> indices;
            boolean comma = false;
            if (tok == Token.RBRACK) {
                syntaxError("expected operand");
                indices = List.of(new Expr.Bad(pos));
            } else {
                TypeList tl = typeList(false);
                indices = tl.list();
                comma = tl.comma();
            }
            if (comma || tok == Token.RBRACK) {
                want(Token.RBRACK);
                return new Index(x.pos(), x, lbrack, indices);
            }
            lo = indices.get(0);
        }
        if (!got(Token.COLON)) {
            syntaxError("expected comma, : or ]");
            advance(Token.COMMA, Token.COLON, Token.RBRACK);
        }
        xnest++;
        Expr hi = null;
        Expr max = null;
        boolean full = false;
        if (tok != Token.COLON && tok != Token.RBRACK) {
            hi = expr();
        }
        if (tok == Token.COLON) {
            full = true;
            if (hi == null) {
                error("middle index required in 3-index slice");
                hi = new Expr.Bad(pos);
            }
            next();
            if (tok != Token.RBRACK) {
                max = expr();
            } else {
                error("final index required in 3-index slice");
                max = new Expr.Bad(pos);
            }
        }
        xnest--;
        want(Token.RBRACK);
        return new Expr.Slice(x.pos(), x, lbrack, lo, hi, max, full);
    }

    // Arguments = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" .   ("(" already consumed)
    private Call arguments(Expr fun, Pos lparen) {
        List<Expr> args = new ArrayList<>();
        Pos[] dots = {null};
        xnest++;
        Pos rparen = list("argument list", Token.COMMA, Token.RPAREN, () -> {
            args.add(expr());
            if (tok == Token.ELLIPSIS) {
                dots[0] = pos;
                next();
                return true;
            }
            return false;
        });
        xnest--;
        return new Call(fun.pos(), fun, lparen, List.copyOf(args), dots[0], rparen);
    }

    /** Whether x must syntactically be a value (not a type), for the composite-literal decision. */
    private static boolean isValue(Expr x) {
        return switch (x) {
            case BasicLit b -> true;
            case CompositeLit c -> true;
            case Expr.FuncLit f -> true;
            case Expr.Slice s -> true;
            case Expr.TypeAssert t -> true;
            case Call c -> true;
            case Unary u -> true;
            case Binary b -> true;
            case Paren p -> isValue(p.x());
            case Index i -> isValue(i.x()) || i.indices().stream().anyMatch(ExprParser::isValue);
            default -> false;
        };
    }

    // Element = Expression | LiteralValue .
    private Expr bareComplitexpr() {
        if (tok == Token.LBRACE) {
            return complitexpr(null);
        }
        return expr();
    }

    // LiteralValue = "{" [ ElementList [ "," ] ] "}" .
    // ElementList  = KeyedElement { "," KeyedElement } .
    // KeyedElement = [ Key ":" ] Element .
    private CompositeLit complitexpr(Expr type) {
        Pos lbrace = pos;
        List<Expr> elts = new ArrayList<>();
        xnest++;
        want(Token.LBRACE);
        Pos rbrace = list("composite literal", Token.COMMA, Token.RBRACE, () -> {
            Expr e = bareComplitexpr();
            if (tok == Token.COLON) {
                Pos colon = pos;
                next();
                e = new Expr.KeyValue(e.pos(), e, colon, bareComplitexpr());
            }
            elts.add(e);
            return false;
        });
        xnest--;
        return new CompositeLit(type == null ? lbrace : type.pos(), type, lbrace, List.copyOf(elts), rbrace);
    }

    // ExpressionList = Expression { "," Expression } .
    protected final List<Expr> exprList() {
        List<Expr> list = new ArrayList<>();
        list.add(expr());
        while (got(Token.COMMA)) {
            list.add(expr());
        }
        return List.copyOf(list);
    }
}
