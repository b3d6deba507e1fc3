package dev.spindle.lang.syntax;

import dev.spindle.lang.syntax.Expr.ArrayType;
import dev.spindle.lang.syntax.Expr.BasicLit;
import dev.spindle.lang.syntax.Expr.Binary;
import dev.spindle.lang.syntax.Expr.ChanType;
import dev.spindle.lang.syntax.Expr.FuncType;
import dev.spindle.lang.syntax.Expr.Ident;
import dev.spindle.lang.syntax.Expr.Index;
import dev.spindle.lang.syntax.Expr.Paren;
import dev.spindle.lang.syntax.Expr.Selector;
import dev.spindle.lang.syntax.Expr.Star;
import dev.spindle.lang.syntax.Expr.Unary;
import java.util.ArrayList;
import java.util.List;

/**
 * The type productions of Go's grammar — type names, literal types, signatures, parameter lists,
 * struct fields and interface elements — and the small productions shared with expressions (names,
 * literals, type lists). Type parameters and type sets are parsed too, so that the checker can
 * reject them by name. Each method opens with the rule it parses.
 */
abstract class TypeParser extends ParserCore {

    protected TypeParser(String fileName, String source) {
        super(fileName, source);
    }

    /** Parses an expression (array lengths and type lists need them); see {@link ExprParser}. */
    protected abstract Expr expr();

    /** A parsed type list and whether a comma appeared in it. */
    protected record TypeList(List<Expr> list, boolean comma) {
    }

    // typeList = arg { "," arg } [ "," ] .   (the first arg may be an expression unless strict)
    protected final TypeList typeList(boolean strict) {
        xnest++;
        List<Expr> list = new ArrayList<>();
        list.add(strict ? type_() : expr());
        boolean comma = false;
        if (got(Token.COMMA)) {
            comma = true;
            Expr t = typeOrNil();
            if (t != null) {
                list.add(t);
                while (got(Token.COMMA)) {
                    t = typeOrNil();
                    if (t == null) break;
                    list.add(t);
                }
            }
        }
        xnest--;
        return new TypeList(List.copyOf(list), comma);
    }

    // ---- common productions ------------------------------------------------------------------------

    protected final Ident name() {
        if (tok == Token.NAME) {
            Ident n = new Ident(pos, lit);
            next();
            return n;
        }
        Ident n = new Ident(pos, "_");
        syntaxError("expected name");
        advance();
        return n;
    }

    // IdentifierList = identifier { "," identifier } .
    protected final List<Ident> nameList(Ident first) {
        List<Ident> l = new ArrayList<>();
        l.add(first);
        while (got(Token.COMMA)) {
            l.add(name());
        }
        return List.copyOf(l);
    }

    protected final BasicLit literal() {
        BasicLit b = new BasicLit(pos, kind, lit);
        next();
        return b;
    }

    /** A literal if the current token is one (a struct tag, an import path), else null. */
    protected final BasicLit oliteral() {
        return tok == Token.LITERAL ? literal() : null;
    }

    // TypeName = identifier | QualifiedIdent .   QualifiedIdent = PackageName "." identifier .
    protected final Expr qualifiedName(Ident n) {
        Expr x;
        if (n != null) {
            x = n;
        } else if (tok == Token.NAME) {
            x = name();
        } else {
            x = new Ident(pos, "_");
            syntaxError("expected name");
            advance(Token.PERIOD, Token.SEMICOLON, Token.RBRACE);
        }
        if (tok == Token.PERIOD) {
            next();
            x = new Selector(x.pos(), x, name());
        }
        if (tok == Token.LBRACK) {
            x = typeInstance(x);
        }
        return x;
    }

    // TypeInstance = TypeName "[" TypeList "]" .   (generic: rejected by the checker)
    private Expr typeInstance(Expr type) {
        Pos lbrack = pos;
        want(Token.LBRACK);
        List<Expr> args;
        if (tok == Token.RBRACK) {
            syntaxError("expected type argument list");
            args = List.of(new Expr.Bad(pos));
        } else {
            args = typeList(true).list();
        }
        want(Token.RBRACK);
        return new Index(type.pos(), type, lbrack, args);
    }

    // ---- types -------------------------------------------------------------------------------------

    // Type = TypeName | TypeLit | "(" Type ")" .
    protected final Expr type_() {
        Expr t = typeOrNil();
        if (t == null) {
            t = new Expr.Bad(pos);
            syntaxError("expected type");
            advance(Token.COMMA, Token.COLON, Token.SEMICOLON, Token.RPAREN, Token.RBRACK, Token.RBRACE);
        }
        return t;
    }

    // Type     = TypeName | TypeLit | "(" Type ")" .
    // TypeLit  = ArrayType | StructType | PointerType | FunctionType | InterfaceType
    //          | SliceType | MapType | ChannelType .
    protected final Expr typeOrNil() {
        Pos start = pos;
        switch (tok) {
            case MUL -> {
                next();
                return new Star(start, type_());
            }
            case ARROW -> {
                next();
                want(Token.CHAN);
                return new ChanType(start, ChanDir.RECV, chanElem());
            }
            case FUNC -> {
                next();
                return funcType("function type", start).type();
            }
            case LBRACK -> {
                next();
                if (got(Token.RBRACK)) {
                    return new Expr.SliceType(start, type_());
                }
                return arrayType(start, null);
            }
            case CHAN -> {
                next();
                ChanDir dir = got(Token.ARROW) ? ChanDir.SEND : ChanDir.BOTH;
                return new ChanType(start, dir, chanElem());
            }
            case MAP -> {
                next();
                want(Token.LBRACK);
                Expr key = type_();
                want(Token.RBRACK);
                return new Expr.MapType(start, key, type_());
            }
            case STRUCT -> {
                return structType();
            }
            case INTERFACE -> {
                return interfaceType();
            }
            case NAME -> {
                return qualifiedName(null);
            }
            case LPAREN -> {
                next();
                Expr t = type_();
                want(Token.RPAREN);
                return new Paren(start, t);
            }
            default -> {
                return null;
            }
        }
    }

    /** A signature with the type parameters that preceded it (non-empty only for generics). */
    protected record Signature(List<Field> typeParams, FuncType type) {
    }

    // Signature  = [ TypeParams ] Parameters [ Result ] .
    // TypeParams = "[" TypeParamList [ "," ] "]" .   (context != "": not permitted here)
    protected final Signature funcType(String context, Pos start) {
        List<Field> tparams = List.of();
        if (tok == Token.LBRACK) {
            Pos lbrack = pos;
            next();
            if (!context.isEmpty()) {
                syntaxErrorAt(lbrack, context + " must have no type parameters");
            }
            if (tok == Token.RBRACK) {
                syntaxError("empty type parameter list");
                next();
            } else {
                tparams = paramList(null, null, Token.RBRACK, true);
            }
        }
        want(Token.LPAREN);
        List<Field> params = paramList(null, null, Token.RPAREN, false);
        List<Field> results = funcResult();
        return new Signature(tparams, new FuncType(start, params, results));
    }

    // ArrayType = "[" ArrayLength "]" ElementType .   ("[" consumed; len may be parsed already)
    protected final Expr arrayType(Pos lbrack, Expr len) {
        if (len == null && !got(Token.ELLIPSIS)) {
            xnest++;
            len = expr();
            xnest--;
        }
        if (tok == Token.COMMA) {
            syntaxError("unexpected comma; expected ]");
            next();
        }
        want(Token.RBRACK);
        return new ArrayType(lbrack, len, type_());
    }

    private Expr chanElem() {
        Expr t = typeOrNil();
        if (t == null) {
            t = new Expr.Bad(pos);
            syntaxError("missing channel element type");
        }
        return t;
    }

    // StructType = "struct" "{" { FieldDecl ";" } "}" .
    private Expr structType() {
        Pos start = pos;
        want(Token.STRUCT);
        want(Token.LBRACE);
        List<Field> fields = new ArrayList<>();
        list("struct type", Token.SEMICOLON, Token.RBRACE, () -> {
            fieldDecl(fields);
            return false;
        });
        return new Expr.StructType(start, List.copyOf(fields));
    }

    // FieldDecl     = (IdentifierList Type | EmbeddedField) [ Tag ] .
    // EmbeddedField = [ "*" ] TypeName [ TypeArgs ] .
    // Tag           = string_lit .
    private void fieldDecl(List<Field> fields) {
        Pos start = pos;
        switch (tok) {
            case NAME -> {
                Ident n = name();
                if (tok == Token.PERIOD || tok == Token.LITERAL || tok == Token.SEMICOLON || tok == Token.RBRACE) {
                    Expr typ = qualifiedName(n);
                    fields.add(new Field(start, List.of(), typ, oliteral()));
                    return;
                }
                List<Ident> names = nameList(n);
                Expr typ;
                if (names.size() == 1 && tok == Token.LBRACK) {
                    typ = arrayOrTypeArgs(n);
                    if (typ instanceof Index) {
                        fields.add(new Field(start, List.of(), typ, oliteral()));
                        return;
                    }
                } else {
                    typ = type_();
                }
                fields.add(new Field(start, names, typ, oliteral()));
            }
            case MUL -> {
                next();
                Expr typ;
                if (tok == Token.LPAREN) {
                    syntaxError("cannot parenthesize embedded type");
                    next();
                    typ = qualifiedName(null);
                    got(Token.RPAREN);
                } else {
                    typ = qualifiedName(null);
                }
                fields.add(new Field(start, List.of(), new Star(start, typ), oliteral()));
            }
            case LPAREN -> {
                syntaxError("cannot parenthesize embedded type");
                next();
                Expr typ;
                if (tok == Token.MUL) {
                    Pos star = pos;
                    next();
                    typ = new Star(star, qualifiedName(null));
                } else {
                    typ = qualifiedName(null);
                }
                got(Token.RPAREN);
                fields.add(new Field(start, List.of(), typ, oliteral()));
            }
            default -> {
                syntaxError("expected field name or embedded type");
                advance(Token.SEMICOLON, Token.RBRACE);
            }
        }
    }

    /** After {@code name}: either {@code [n]E} / {@code []E} (a field type) or {@code name[T1, T2]}. */
    private Expr arrayOrTypeArgs(Ident n) {
        Pos lbrack = pos;
        want(Token.LBRACK);
        if (got(Token.RBRACK)) {
            return new Expr.SliceType(lbrack, type_());
        }
        TypeList tl = typeList(false);
        want(Token.RBRACK);
        if (!tl.comma()) {
            Expr elem = typeOrNil();
            if (elem != null) {
                return new ArrayType(lbrack, tl.list().get(0), elem);
            }
        }
        return new Index(n.pos(), n, lbrack, tl.list());
    }

    // InterfaceType = "interface" "{" { ( MethodSpec | InterfaceElem ) ";" } "}" .
    private Expr interfaceType() {
        Pos start = pos;
        want(Token.INTERFACE);
        want(Token.LBRACE);
        List<Field> elems = new ArrayList<>();
        list("interface type", Token.SEMICOLON, Token.RBRACE, () -> {
            Field f = null;
            if (tok == Token.NAME) {
                f = methodDecl();
            }
            if (f == null || f.names().isEmpty()) {
                f = embeddedElem(f);
            }
            elems.add(f);
            return false;
        });
        return new Expr.InterfaceType(start, List.copyOf(elems));
    }

    // MethodSpec = MethodName Signature | InterfaceTypeName .
    private Field methodDecl() {
        Pos start = pos;
        Ident n = name();
        switch (tok) {
            case LPAREN -> {
                return new Field(start, List.of(n), funcType("interface method", pos).type(), null);
            }
            case LBRACK -> {
                // a generic method m[T any]() (rejected) or an embedded instance I[T]
                Pos lbrack = pos;
                next();
                if (tok == Token.RBRACK) {
                    Pos rb = pos;
                    next();
                    if (tok == Token.LPAREN) {
                        errorAt(rb, "empty type parameter list");
                        return new Field(start, List.of(n), funcType("interface method", pos).type(), null);
                    }
                    errorAt(rb, "empty type argument list");
                    return new Field(start, List.of(), n, null);
                }
                List<Field> list = paramList(null, null, Token.RBRACK, false);
                if (list.isEmpty()) {
                    if (tok == Token.LPAREN) {
                        return new Field(start, List.of(n), funcType("interface method", pos).type(), null);
                    }
                    return new Field(start, List.of(), n, null);
                }
                if (!list.get(0).names().isEmpty()) {
                    Field f = new Field(start, List.of(n), funcType("interface method", pos).type(), null);
                    errorAt(lbrack, "interface method must have no type parameters");
                    return f;
                }
                List<Expr> args = list.stream().map(Field::type).toList();
                return new Field(start, List.of(), new Index(n.pos(), n, lbrack, args), null);
            }
            default -> {
                return new Field(start, List.of(), qualifiedName(n), null);
            }
        }
    }

    // InterfaceElem = MethodSpec | TypeTerm { "|" TypeTerm } .
    private Field embeddedElem(Field f) {
        if (f == null) {
            f = new Field(pos, List.of(), embeddedTerm(), null);
        }
        Expr t = f.type();
        while (tok == Token.OR) {
            Pos opPos = pos;
            next();
            t = new Binary(t.pos(), t, Token.OR, opPos, embeddedTerm());
        }
        return t == f.type() ? f : new Field(f.pos(), List.of(), t, null);
    }

    // TypeTerm = Type | "~" Type .
    private Expr embeddedTerm() {
        if (tok == Token.TILDE) {
            Pos start = pos;
            next();
            return new Unary(start, Token.TILDE, type_());
        }
        Expr t = typeOrNil();
        if (t == null) {
            t = new Expr.Bad(pos);
            syntaxError("expected ~ term or type");
            advance(Token.OR, Token.SEMICOLON, Token.RPAREN, Token.RBRACK, Token.RBRACE);
        }
        return t;
    }

    // Result = Parameters | Type .
    private List<Field> funcResult() {
        if (got(Token.LPAREN)) {
            return paramList(null, null, Token.RPAREN, false);
        }
        Pos start = pos;
        Expr t = typeOrNil();
        if (t != null) {
            return List.of(new Field(start, List.of(), t, null));
        }
        return List.of();
    }

    /** One parsed parameter before names and types are distributed. */
    private static final class Param {
        Pos pos;
        Ident name;
        Expr type;
        boolean explicit; // whether the type was written here (not distributed from the right)

        Param(Pos pos, Ident name, Expr type) {
            this.pos = pos;
            this.name = name;
            this.type = type;
            this.explicit = type != null;
        }
    }

    // ParameterDecl = [ IdentifierList ] [ "..." ] Type .
    private Param paramDeclOrNil(Ident n, Token follow) {
        boolean typeSetsOk = follow == Token.RBRACK;
        Pos start = n != null ? n.pos() : pos;
        if (n == null && typeSetsOk && tok == Token.TILDE) {
            return new Param(start, null, embeddedElem(null).type());
        }
        Param par = new Param(start, null, null);
        if (tok == Token.NAME || n != null) {
            if (n == null) n = name();
            if (tok == Token.LBRACK) {
                Expr t = arrayOrTypeArgs(n);
                if (t instanceof Index) {
                    par.type = t;
                } else {
                    par.name = n;
                    par.type = t;
                }
                if (typeSetsOk && tok == Token.OR) {
                    par.type = embeddedElem(new Field(start, List.of(), par.type, null)).type();
                }
                par.explicit = true;
                return par;
            }
            if (tok == Token.PERIOD) {
                par.type = qualifiedName(n);
                if (typeSetsOk && tok == Token.OR) {
                    par.type = embeddedElem(new Field(start, List.of(), par.type, null)).type();
                }
                par.explicit = true;
                return par;
            }
            if (typeSetsOk && tok == Token.OR) {
                par.type = embeddedElem(new Field(start, List.of(), n, null)).type();
                par.explicit = true;
                return par;
            }
            par.name = n;
        }
        if (tok == Token.ELLIPSIS) {
            Pos dots = pos;
            next();
            Expr elem = typeOrNil();
            if (elem == null) {
                elem = new Expr.Bad(pos);
                syntaxError("... is missing type");
            }
            par.type = new Expr.Ellipsis(dots, elem);
            par.explicit = true;
            return par;
        }
        if (typeSetsOk && tok == Token.TILDE) {
            par.type = embeddedElem(null).type();
            par.explicit = true;
            return par;
        }
        par.type = typeOrNil();
        if (typeSetsOk && tok == Token.OR && par.type != null) {
            par.type = embeddedElem(new Field(start, List.of(), par.type, null)).type();
        }
        par.explicit = par.type != null;
        if (par.name != null || par.type != null) {
            return par;
        }
        syntaxError("expected " + tokstring(follow));
        advance(Token.COMMA, follow);
        return null;
    }

    // Parameters    = "(" [ ParameterList [ "," ] ] ")" .
    // ParameterList = ParameterDecl { "," ParameterDecl } .
    // ("(" or "[" already consumed; n and typ, if given, are the first parameter's name and type.)
    protected final List<Field> paramList(Ident n, Expr typ, Token close, boolean requireNames) {
        List<Param> list = new ArrayList<>();
        if (n != null && typ != null && tok == close) {
            next();
            return List.of(new Field(n.pos(), List.of(n), typ, null));
        }
        Ident[] firstName = {n};
        Expr[] firstType = {typ};
        Pos end = list("parameter list", Token.COMMA, close, () -> {
            Param par;
            if (firstType[0] != null) {
                par = new Param(firstName[0].pos(), firstName[0], firstType[0]);
            } else {
                par = paramDeclOrNil(firstName[0], close);
            }
            firstName[0] = null;
            firstType[0] = null;
            if (par != null) list.add(par);
            return false;
        });
        if (list.isEmpty()) return List.of();

        int named = 0;
        int typed = 0;
        for (Param p : list) {
            if (p.name != null && p.type != null) named++;
            if (p.type != null) typed++;
        }
        if (named == 0 && !requireNames) {
            // all unnamed: the names we found are type names
            List<Field> out = new ArrayList<>();
            for (Param p : list) {
                Expr t = p.type != null ? p.type : p.name;
                out.add(new Field(p.pos, List.of(), t, null));
            }
            return List.copyOf(out);
        }
        if (named != list.size()) {
            // some named: all must be named; distribute types from right to left
            Pos errPos = null;
            Expr t = null;
            for (int i = list.size() - 1; i >= 0; i--) {
                Param p = list.get(i);
                if (p.type != null) {
                    t = p.type;
                    if (p.name == null) {
                        errPos = t.pos();
                        p.name = new Ident(errPos, "_");
                    }
                } else if (t != null) {
                    p.type = t;
                } else {
                    errPos = p.name.pos();
                    p.type = new Expr.Bad(errPos);
                    p.explicit = true;
                }
            }
            if (errPos != null) {
                String msg;
                if (requireNames) {
                    if (named == typed) {
                        errPos = end;
                        msg = "missing type constraint";
                    } else {
                        msg = "missing type parameter name" + (list.size() == 1 ? " or invalid array length" : "");
                    }
                } else {
                    msg = "mixed named and unnamed parameters";
                }
                syntaxErrorAt(errPos, msg);
            }
        }
        // group "a, b int" into one field
        List<Field> out = new ArrayList<>();
        List<Ident> names = new ArrayList<>();
        Pos groupPos = null;
        for (Param p : list) {
            if (groupPos == null) groupPos = p.pos;
            names.add(p.name);
            if (p.explicit) {
                out.add(new Field(groupPos, List.copyOf(names), p.type, null));
                names.clear();
                groupPos = null;
            }
        }
        return List.copyOf(out);
    }
}
