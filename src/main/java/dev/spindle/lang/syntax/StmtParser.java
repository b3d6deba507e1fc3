package dev.spindle.lang.syntax;

import dev.spindle.lang.syntax.Expr.Ident;
import dev.spindle.lang.syntax.Stmt.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * The statement productions of Go's grammar, including the headers of {@code if}, {@code for} and
 * {@code switch} where composite literals need parentheses ({@link #xnest} is -1 there).
 */
abstract class StmtParser extends ExprParser {

    /** Set by {@link #simpleStmt} when it parsed a range clause (only for keyword FOR). */
    private RangeClause range;
    /** Set by {@link #simpleStmt} when it parsed a type switch guard {@code v := x.(type)}. */
    private Expr.TypeAssert guard;
    private Ident guardBinding;

    private record RangeClause(Pos pos, List<Expr> lhs, Token tok, Expr x) {
    }

    protected StmtParser(String fileName, String source) {
        super(fileName, source);
    }

    /** Parses a var, const or type declaration (keyword is current); implemented by the decl layer. */
    protected abstract Decl.GenDecl genDecl(Token keyword);

    // FunctionBody = Block .
    @Override
    protected final Block funcBody() {
        fnest++;
        Block b = blockStmt("");
        fnest--;
        return b;
    }

    // SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
    // RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .  (keyword FOR)
    private Stmt simpleStmt(List<Expr> lhs, Token keyword) {
        if (keyword == Token.FOR && tok == Token.RANGE) {
            range = rangeClause(List.of(), null);
            return null;
        }
        if (lhs == null) lhs = exprList();
        if (lhs.size() == 1 && tok != Token.ASSIGN && tok != Token.DEFINE) {
            Expr x = lhs.get(0);
            Pos opPos = pos;
            switch (tok) {
                case ADD_ASSIGN, SUB_ASSIGN, MUL_ASSIGN, QUO_ASSIGN, REM_ASSIGN, AND_ASSIGN, OR_ASSIGN,
                     XOR_ASSIGN, SHL_ASSIGN, SHR_ASSIGN, AND_NOT_ASSIGN -> {
                    Token op = tok;
                    next();
                    return new Stmt.Assign(x.pos(), lhs, op, opPos, List.of(expr()));
                }
                case INC, DEC -> {
                    Token op = tok;
                    next();
                    return new Stmt.IncDec(x.pos(), x, op, opPos);
                }
                case ARROW -> {
                    next();
                    return new Stmt.Send(x.pos(), x, opPos, expr());
                }
                default -> {
                    return new Stmt.ExprStmt(x.pos(), x);
                }
            }
        }
        switch (tok) {
            case ASSIGN, DEFINE -> {
                Token op = tok;
                Pos opPos = pos;
                next();
                if (keyword == Token.FOR && tok == Token.RANGE) {
                    range = rangeClause(lhs, op);
                    return null;
                }
                List<Expr> rhs = exprList();
                if (keyword == Token.SWITCH && op == Token.DEFINE && lhs.size() == 1 && rhs.size() == 1
                        && lhs.get(0) instanceof Ident id && rhs.get(0) instanceof Expr.TypeAssert ta
                        && ta.type() == null) {
                    // switch v := x.(type)
                    guard = ta;
                    guardBinding = id;
                    return new Stmt.ExprStmt(ta.pos(), ta);
                }
                return new Stmt.Assign(lhs.get(0).pos(), lhs, op, opPos, rhs);
            }
            default -> {
                syntaxError("expected := or = or comma");
                advance(Token.SEMICOLON, Token.RBRACE);
                Expr x = lhs.get(0);
                return new Stmt.ExprStmt(x.pos(), x);
            }
        }
    }

    private RangeClause rangeClause(List<Expr> lhs, Token op) {
        Pos at = pos;
        next(); // range
        return new RangeClause(at, lhs, op, expr());
    }

    // LabeledStmt = Label ":" Statement .
    private Stmt labeledStmtOrNil(Ident label) {
        Pos colon = pos;
        want(Token.COLON);
        if (tok == Token.RBRACE) {
            // a label before "}" labels an empty statement
            return new Stmt.Labeled(label.pos(), label, new Stmt.Empty(pos));
        }
        Stmt s = stmtOrNil();
        if (s != null) {
            return new Stmt.Labeled(label.pos(), label, s);
        }
        syntaxErrorAt(colon, "missing statement after label");
        return null;
    }

    // Block = "{" StatementList "}" .
    protected final Block blockStmt(String context) {
        Pos lbrace = pos;
        if (!got(Token.LBRACE)) {
            syntaxError("expected { after " + context);
            advance(Token.NAME, Token.RBRACE);
            Pos rb = pos;
            if (got(Token.RBRACE)) {
                return new Block(lbrace, List.of(), rb);
            }
        }
        List<Stmt> stmts = stmtList();
        Pos rbrace = pos;
        want(Token.RBRACE);
        return new Block(lbrace, stmts, rbrace);
    }

    // Declaration = ConstDecl | TypeDecl | VarDecl .   (inside a function)
    private Stmt declStmt() {
        Pos start = pos;
        return new Stmt.DeclStmt(start, genDecl(tok));
    }

    /** The parts of an if/for/switch header. */
    private record Header(Stmt init, Expr cond, Stmt post, RangeClause range) {
    }

    // ForStmt   = "for" [ Condition | ForClause | RangeClause ] Block .
    // ForClause = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] .
    private Stmt forStmt() {
        Pos start = pos;
        Header h = header(Token.FOR);
        Block body = blockStmt("for clause");
        if (h.range() != null) {
            RangeClause r = h.range();
            List<Expr> lhs = r.lhs();
            if (lhs.size() > 2) {
                errorAt(lhs.get(2).pos(), "range clause permits at most two iteration variables");
            }
            Expr key = lhs.isEmpty() ? null : lhs.get(0);
            Expr value = lhs.size() > 1 ? lhs.get(1) : null;
            return new Stmt.Range(start, key, value, r.tok(), r.x(), body);
        }
        return new Stmt.For(start, h.init(), h.cond(), h.post(), body);
    }

    // header = [ SimpleStmt ";" ] [ Condition | Tag ]  (if, switch) or a for clause (for).
    private Header header(Token keyword) {
        want(keyword);
        if (tok == Token.LBRACE) {
            Expr cond = null;
            if (keyword == Token.IF) {
                syntaxError("missing condition in if statement");
                cond = new Expr.Bad(pos);
            }
            return new Header(null, cond, null, null);
        }
        int outer = xnest;
        xnest = -1;
        try {
            Stmt init = null;
            if (tok != Token.SEMICOLON) {
                if (got(Token.VAR)) {
                    syntaxError("var declaration not allowed in " + keyword.text() + " initializer");
                }
                range = null;
                init = simpleStmt(null, keyword);
                if (range != null) {
                    RangeClause r = range;
                    range = null;
                    return new Header(null, null, null, r);
                }
            }
            Stmt condStmt = null;
            Stmt post = null;
            Pos semiPos = null;
            String semiLit = null;
            if (tok != Token.LBRACE) {
                if (tok == Token.SEMICOLON) {
                    semiPos = pos;
                    semiLit = lit;
                    next();
                } else {
                    // asking for a '{' rather than a ';' gives a better message
                    want(Token.LBRACE);
                    if (tok != Token.LBRACE) {
                        advance(Token.LBRACE, Token.RBRACE);
                    }
                }
                if (keyword == Token.FOR) {
                    boolean missingCond = false;
                    if (tok != Token.SEMICOLON) {
                        if (tok == Token.LBRACE) {
                            syntaxError("expected for loop condition");
                            missingCond = true;
                        } else {
                            condStmt = simpleStmt(null, null);
                        }
                    }
                    if (!missingCond) {
                        want(Token.SEMICOLON);
                        if (tok != Token.LBRACE) {
                            post = simpleStmt(null, null);
                            if (post instanceof Stmt.Assign a && a.op() == Token.DEFINE) {
                                syntaxErrorAt(a.opPos(), "cannot declare in post statement of for loop");
                            }
                        }
                    }
                } else if (tok != Token.LBRACE) {
                    condStmt = simpleStmt(null, keyword);
                }
            } else {
                condStmt = init;
                init = null;
            }
            Expr cond = null;
            switch (condStmt) {
                case null -> {
                    if (keyword == Token.IF && semiPos != null) {
                        if (!"semicolon".equals(semiLit)) {
                            syntaxErrorAt(semiPos, "unexpected " + semiLit + ", expected { after if clause");
                        } else {
                            syntaxErrorAt(semiPos, "missing condition in if statement");
                        }
                        cond = new Expr.Bad(semiPos);
                    }
                }
                case Stmt.ExprStmt e -> cond = e.x();
                default -> {
                    String str;
                    if (condStmt instanceof Stmt.Assign a && a.op() == Token.ASSIGN) {
                        str = "assignment " + emphasize(a.lhs()) + " = " + emphasize(a.rhs());
                    } else {
                        str = ExprString.of(condStmt);
                    }
                    syntaxErrorAt(opPos(condStmt), "cannot use " + str + " as value");
                    cond = new Expr.Bad(condStmt.pos());
                }
            }
            return new Header(init, cond, post, null);
        } finally {
            xnest = outer;
        }
    }

    /** Where Go's syntax tree puts a simple statement: at its operator, if it has one. */
    private static Pos opPos(Stmt s) {
        return switch (s) {
            case Stmt.Assign a -> a.opPos();
            case Stmt.IncDec i -> i.opPos();
            case Stmt.Send se -> se.arrow();
            default -> s.pos();
        };
    }

    /** An expression list for a message, with a lone binary expression in parentheses. */
    private static String emphasize(List<Expr> xs) {
        StringBuilder sb = new StringBuilder();
        ExprString.list(sb, xs);
        if (xs.size() == 1 && xs.get(0) instanceof Expr.Binary) {
            return "(" + sb + ")";
        }
        return sb.toString();
    }

    // IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
    private Stmt.If ifStmt() {
        Pos start = pos;
        Header h = header(Token.IF);
        Block then = blockStmt("if clause");
        Stmt els = null;
        if (got(Token.ELSE)) {
            switch (tok) {
                case IF -> els = ifStmt();
                case LBRACE -> els = blockStmt("");
                default -> {
                    syntaxError("else must be followed by if or statement block");
                    advance(Token.NAME, Token.RBRACE);
                }
            }
        }
        Expr cond = h.cond() != null ? h.cond() : new Expr.Bad(start);
        return new Stmt.If(start, h.init(), cond, then, els);
    }

    // SwitchStmt     = ExprSwitchStmt | TypeSwitchStmt .
    // ExprSwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ] "{" { ExprCaseClause } "}" .
    // TypeSwitchStmt = "switch" [ SimpleStmt ";" ] TypeSwitchGuard "{" { TypeCaseClause } "}" .
    // TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" .
    private Stmt switchStmt() {
        Pos start = pos;
        guard = null;
        guardBinding = null;
        Header h = header(Token.SWITCH);
        Ident binding = null;
        Expr.TypeAssert ta = null;
        if (h.cond() instanceof Expr.TypeAssert t && t.type() == null) {
            ta = t;
            if (t == guard) binding = guardBinding;
        }
        guard = null;
        guardBinding = null;
        if (!got(Token.LBRACE)) {
            syntaxError("missing { after switch clause");
            advance(Token.CASE, Token.DEFAULT, Token.RBRACE);
        }
        List<CaseClause> clauses = new ArrayList<>();
        while (tok != Token.EOF && tok != Token.RBRACE) {
            clauses.add(caseClause());
        }
        Pos rbrace = pos;
        want(Token.RBRACE);
        if (ta != null) {
            return new Stmt.TypeSwitch(start, h.init(), binding, ta.x(), ta.dot(), List.copyOf(clauses), rbrace);
        }
        return new Stmt.Switch(start, h.init(), h.cond(), List.copyOf(clauses), rbrace);
    }

    // SelectStmt = "select" "{" { CommClause } "}" .
    private Stmt selectStmt() {
        Pos start = pos;
        want(Token.SELECT);
        if (!got(Token.LBRACE)) {
            syntaxError("missing { after select clause");
            advance(Token.CASE, Token.DEFAULT, Token.RBRACE);
        }
        List<CommClause> clauses = new ArrayList<>();
        while (tok != Token.EOF && tok != Token.RBRACE) {
            clauses.add(commClause());
        }
        Pos rbrace = pos;
        want(Token.RBRACE);
        return new Stmt.Select(start, List.copyOf(clauses), rbrace);
    }

    // ExprCaseClause = ExprSwitchCase ":" StatementList .
    // ExprSwitchCase = "case" ExpressionList | "default" .
    private CaseClause caseClause() {
        Pos start = pos;
        List<Expr> exprs = List.of();
        boolean isDefault = false;
        switch (tok) {
            case CASE -> {
                next();
                exprs = exprList();
            }
            case DEFAULT -> {
                next();
                isDefault = true;
            }
            default -> {
                syntaxError("expected case or default or }");
                advance(Token.COLON, Token.CASE, Token.DEFAULT, Token.RBRACE);
            }
        }
        Pos colon = pos;
        want(Token.COLON);
        return new CaseClause(start, exprs, isDefault, colon, stmtList());
    }

    // CommClause = CommCase ":" StatementList .
    // CommCase   = "case" ( SendStmt | RecvStmt ) | "default" .
    private CommClause commClause() {
        Pos start = pos;
        Stmt comm = null;
        switch (tok) {
            case CASE -> {
                next();
                comm = simpleStmt(null, null);
            }
            case DEFAULT -> next();
            default -> {
                syntaxError("expected case or default or }");
                advance(Token.COLON, Token.CASE, Token.DEFAULT, Token.RBRACE);
            }
        }
        Pos colon = pos;
        want(Token.COLON);
        return new CommClause(start, comm, colon, stmtList());
    }

    // GoStmt = "go" Expression .   DeferStmt = "defer" Expression .
    private Stmt callStmt() {
        Pos start = pos;
        Token kw = tok;
        next();
        Expr x = pexpr(null, tok == Token.LPAREN);
        Expr t = Expr.unparen(x);
        if (t != x) {
            errorAt(x.pos(), "expression in " + kw.text() + " must not be parenthesized");
            x = t;
        }
        return kw == Token.GO ? new Stmt.Go(start, x) : new Stmt.Defer(start, x);
    }

    // Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt | BreakStmt
    //           | ContinueStmt | GotoStmt | FallthroughStmt | Block | IfStmt | SwitchStmt
    //           | SelectStmt | ForStmt | DeferStmt .
    protected final Stmt stmtOrNil() {
        Pos start = pos;
        if (tok == Token.NAME) {
            List<Expr> lhs = exprList();
            if (lhs.size() == 1 && lhs.get(0) instanceof Ident label && tok == Token.COLON) {
                return labeledStmtOrNil(label);
            }
            return simpleStmt(lhs, null);
        }
        switch (tok) {
            case VAR, CONST, TYPE -> {
                return declStmt();
            }
            case LBRACE -> {
                return blockStmt("");
            }
            case ADD, SUB, MUL, AND, XOR, NOT, LITERAL, FUNC, LPAREN, LBRACK, STRUCT, MAP, CHAN, INTERFACE,
                 ARROW -> {
                return simpleStmt(null, null);
            }
            case FOR -> {
                return forStmt();
            }
            case SWITCH -> {
                return switchStmt();
            }
            case SELECT -> {
                return selectStmt();
            }
            case IF -> {
                return ifStmt();
            }
            case FALLTHROUGH -> {
                next();
                return new Stmt.Branch(start, Token.FALLTHROUGH, null);
            }
            case BREAK, CONTINUE -> {
                Token kw = tok;
                next();
                Ident label = tok == Token.NAME ? name() : null;
                return new Stmt.Branch(start, kw, label);
            }
            case GO, DEFER -> {
                return callStmt();
            }
            case GOTO -> {
                next();
                return new Stmt.Branch(start, Token.GOTO, name());
            }
            case RETURN -> {
                next();
                List<Expr> results = List.of();
                if (tok != Token.SEMICOLON && tok != Token.RBRACE) {
                    results = exprList();
                }
                return new Stmt.Return(start, results);
            }
            case SEMICOLON -> {
                return new Stmt.Empty(start);
            }
            default -> {
                return null;
            }
        }
    }

    // StatementList = { Statement ";" } .
    protected final List<Stmt> stmtList() {
        List<Stmt> list = new ArrayList<>();
        while (tok != Token.EOF && tok != Token.RBRACE && tok != Token.CASE && tok != Token.DEFAULT) {
            Pos before = pos;
            Stmt s = stmtOrNil();
            if (s == null) break;
            list.add(s);
            if (pos == before && tok != Token.SEMICOLON && tok != Token.RBRACE) {
                advance(); // defensive: never loop on a statement that consumed nothing
                continue;
            }
            // ";" is optional before "}"
            if (!got(Token.SEMICOLON) && tok != Token.RBRACE) {
                syntaxError("at end of statement");
                advance(Token.SEMICOLON, Token.RBRACE, Token.CASE, Token.DEFAULT);
                got(Token.SEMICOLON);
            }
        }
        return List.copyOf(list);
    }
}
