package dev.spindle.lang.syntax;

import dev.spindle.lang.syntax.Expr.Ident;
import java.util.ArrayList;
import java.util.List;

/**
 * The top of Go's grammar: the source file, its package clause and imports, and the declarations.
 * A file without a package clause is a snippet (see {@link Parser}): it is parsed as if it began
 * with {@code package main}.
 */
final class DeclParser extends StmtParser {

    private final List<Spec.ImportSpec> imports = new ArrayList<>();
    private boolean snippet;

    /** {@code laterBodies}: whether deeply nested literal bodies may be parsed after the file. */
    DeclParser(String fileName, String source, boolean laterBodies) {
        super(fileName, source);
        this.mayParseLater = laterBodies;
    }

    boolean isSnippet() {
        return snippet;
    }

    List<SyntaxError> errors() {
        return errors;
    }

    // SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
    // PackageClause = "package" PackageName .
    File file() {
        Pos start = pos;
        Ident pkg;
        if (got(Token.PACKAGE)) {
            pkg = name();
            want(Token.SEMICOLON);
            if (!errors.isEmpty()) {
                // like Go: don't bother continuing if the package clause has errors
                return new File(start, fileName, pkg, List.of(), List.of());
            }
        } else {
            snippet = true;
            pkg = new Ident(new Pos(1, 1), "main");
        }
        List<Decl> decls = new ArrayList<>();
        Token prev = Token.IMPORT;
        while (tok != Token.EOF) {
            if (tok == Token.IMPORT && prev != Token.IMPORT) {
                syntaxError("imports must appear before other declarations");
            }
            prev = tok;
            switch (tok) {
                case IMPORT -> genDecl(Token.IMPORT);
                case CONST, TYPE, VAR -> decls.add(genDecl(tok));
                case FUNC -> decls.add(funcDecl());
                default -> {
                    if (tok == Token.LBRACE && !decls.isEmpty()
                            && decls.getLast() instanceof Decl.FuncDecl f && f.body() == null) {
                        // the opening { of a function declaration on the next line
                        syntaxError("unexpected semicolon or newline before {");
                    } else {
                        syntaxError("non-declaration statement outside function body");
                    }
                    advance(Token.IMPORT, Token.CONST, Token.TYPE, Token.VAR, Token.FUNC);
                    continue;
                }
            }
            if (tok != Token.EOF && !got(Token.SEMICOLON)) {
                syntaxError("after top level declaration");
                advance(Token.IMPORT, Token.CONST, Token.TYPE, Token.VAR, Token.FUNC);
            }
        }
        parseLaterBodies();
        return new File(start, fileName, pkg, List.copyOf(imports), List.copyOf(decls));
    }

    // Declaration = ConstDecl | TypeDecl | VarDecl .   (and ImportDecl at the top)
    // XxxDecl     = "xxx" ( XxxSpec | "(" { XxxSpec ";" } ")" ) .
    @Override
    protected Decl.GenDecl genDecl(Token keyword) {
        Pos start = pos;
        next(); // the keyword
        List<Spec> specs = new ArrayList<>();
        if (tok == Token.LPAREN) {
            Pos lparen = pos;
            next();
            Pos rparen = list("grouped declaration", Token.SEMICOLON, Token.RPAREN, () -> {
                Spec s = spec(keyword, specs.size());
                if (s != null) specs.add(s);
                return false;
            });
            return new Decl.GenDecl(start, keyword, lparen, List.copyOf(specs), rparen);
        }
        Spec s = spec(keyword, 0);
        if (s != null) specs.add(s);
        return new Decl.GenDecl(start, keyword, null, List.copyOf(specs), null);
    }

    private Spec spec(Token keyword, int index) {
        return switch (keyword) {
            case IMPORT -> importSpec();
            case CONST -> constSpec(index);
            case TYPE -> typeSpec();
            default -> varSpec(index);
        };
    }

    // ImportSpec = [ "." | PackageName ] ImportPath .
    // ImportPath = string_lit .
    private Spec importSpec() {
        Pos start = pos;
        Ident local = null;
        if (tok == Token.NAME) {
            local = name();
        } else if (tok == Token.PERIOD) {
            local = new Ident(pos, ".");
            next();
        }
        Expr.BasicLit path = oliteral();
        if (path == null) {
            syntaxError("missing import path");
            advance(Token.SEMICOLON, Token.RPAREN);
            return null;
        }
        if (path.kind() != LitKind.STRING) {
            syntaxErrorAt(path.pos(), "import path must be a string");
            return null;
        }
        Spec.ImportSpec s = new Spec.ImportSpec(start, local, path);
        imports.add(s);
        return s;
    }

    // ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
    private Spec constSpec(int index) {
        Pos start = pos;
        List<Ident> names = nameList(name());
        Expr type = null;
        List<Expr> values = List.of();
        if (tok != Token.EOF && tok != Token.SEMICOLON && tok != Token.RPAREN) {
            type = typeOrNil();
            if (gotAssign()) {
                values = exprList();
            }
        }
        return new Spec.ValueSpec(start, names, type, values, index);
    }

    // VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
    private Spec varSpec(int index) {
        Pos start = pos;
        List<Ident> names = nameList(name());
        Expr type = null;
        List<Expr> values = List.of();
        if (gotAssign()) {
            values = exprList();
        } else {
            type = type_();
            if (gotAssign()) {
                values = exprList();
            }
        }
        return new Spec.ValueSpec(start, names, type, values, index);
    }

    // TypeSpec = AliasDecl | TypeDef .
    // AliasDecl = identifier [ TypeParams ] "=" Type .
    // TypeDef   = identifier [ TypeParams ] Type .
    private Spec typeSpec() {
        Pos start = pos;
        Ident n = name();
        List<Field> tparams = List.of();
        boolean alias = false;
        Expr type;
        if (tok == Token.LBRACK) {
            // an array or slice type, or a type parameter list
            Pos lbrack = pos;
            next();
            switch (tok) {
                case NAME -> {
                    Expr x = name();
                    if (tok != Token.LBRACK) {
                        xnest++;
                        x = binaryExpr(pexpr(x, false), 0);
                        xnest--;
                    }
                    Expr[] split = extractName(x, tok == Token.COMMA);
                    if (split[0] != null && (split[1] != null || tok != Token.RBRACK)) {
                        tparams = paramList((Ident) split[0], split[1], Token.RBRACK, true);
                        alias = gotAssign();
                        type = typeOrNil();
                    } else {
                        type = arrayType(lbrack, x);
                    }
                }
                case RBRACK -> {
                    next();
                    type = new Expr.SliceType(lbrack, type_());
                }
                default -> type = arrayType(lbrack, null);
            }
        } else {
            alias = gotAssign();
            type = typeOrNil();
        }
        if (type == null) {
            type = new Expr.Bad(pos);
            syntaxError("in type declaration");
            advance(Token.SEMICOLON, Token.RPAREN);
        }
        return new Spec.TypeSpec(start, n, tparams, alias, type);
    }

    /**
     * Splits x into {name, type} if it can be read as a type parameter {@code name type}: {@code
     * P *C}, {@code P C|D}, {@code P(C)}. Returns {name, null} for a lone name, {null, x} otherwise.
     */
    private static Expr[] extractName(Expr x, boolean force) {
        switch (x) {
            case Ident i -> {
                return new Expr[] {i, null};
            }
            case Expr.Binary b when b.op() == Token.MUL -> {
                if (b.x() instanceof Ident n && (force || isTypeElem(b.y()))) {
                    return new Expr[] {n, new Expr.Star(b.opPos(), b.y())};
                }
            }
            case Expr.Binary b when b.op() == Token.OR -> {
                Expr[] lhs = extractName(b.x(), force || isTypeElem(b.y()));
                if (lhs[0] != null && lhs[1] != null) {
                    return new Expr[] {lhs[0], new Expr.Binary(lhs[1].pos(), lhs[1], Token.OR, b.opPos(), b.y())};
                }
            }
            case Expr.Call c -> {
                if (c.fun() instanceof Ident n && c.args().size() == 1 && !c.hasEllipsis()
                        && (force || isTypeElem(c.args().get(0)))) {
                    return new Expr[] {n, Expr.unparen(c.args().get(0))};
                }
            }
            default -> {
            }
        }
        return new Expr[] {null, x};
    }

    /** Whether x is certainly a type element (and could not be a value expression). */
    private static boolean isTypeElem(Expr x) {
        return switch (x) {
            case Expr.ArrayType a -> true;
            case Expr.StructType s -> true;
            case Expr.FuncType f -> true;
            case Expr.InterfaceType i -> true;
            case Expr.SliceType s -> true;
            case Expr.MapType m -> true;
            case Expr.ChanType c -> true;
            case Expr.Binary b -> isTypeElem(b.x()) || isTypeElem(b.y());
            case Expr.Unary u -> u.op() == Token.TILDE || isTypeElem(u.x());
            case Expr.Star s -> isTypeElem(s.x());
            case Expr.Paren p -> isTypeElem(p.x());
            default -> false;
        };
    }

    // FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [ FunctionBody ] .
    // MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
    // Receiver     = Parameters .
    private Decl.FuncDecl funcDecl() {
        Pos start = pos;
        next(); // func
        Field recv = null;
        boolean hasRecv = false;
        if (got(Token.LPAREN)) {
            hasRecv = true;
            List<Field> rcvr = paramList(null, null, Token.RPAREN, false);
            int count = 0;
            for (Field f : rcvr) count += Math.max(1, f.names().size());
            if (count == 0) {
                error("method has no receiver");
            } else {
                if (count > 1) error("method has multiple receivers");
                recv = rcvr.get(0);
            }
        }
        Ident n;
        Signature sig;
        if (tok == Token.NAME) {
            n = name();
            sig = funcType("", start);
        } else {
            n = new Ident(pos, "_");
            sig = new Signature(List.of(), new Expr.FuncType(pos, List.of(), List.of()));
            syntaxError(hasRecv ? "expected name" : "expected name or (");
            advance(Token.LBRACE, Token.SEMICOLON);
        }
        Stmt.Block body = null;
        if (tok == Token.LBRACE) {
            body = funcBody();
        }
        return new Decl.FuncDecl(start, recv, n, sig.typeParams(), sig.type(), body);
    }
}
