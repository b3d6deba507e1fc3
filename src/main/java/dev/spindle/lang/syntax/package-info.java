/**
 * Go's syntax: tokens, the lexer, the parser and the syntax tree.
 *
 * <p>This is the first stage of Spindle's pipeline ({@code syntax -> types -> compile -> vm}). It
 * turns the text of one Go file into a {@link dev.spindle.lang.syntax.File} and a list of
 * {@link dev.spindle.lang.syntax.SyntaxError}s, through one door: {@link
 * dev.spindle.lang.syntax.Parser#parse}. The parser never throws and always returns a tree, even
 * for garbage, because the editor asks for one on every keystroke and a property test feeds it
 * random bytes.
 *
 * <p>The design follows the Go compiler's own front end ({@code cmd/compile/internal/syntax})
 * closely, because Spindle must say what {@code go build} says: the same semicolon insertion, the
 * same "syntax error: unexpected newline, expected comma or )" wording, the same rule of one
 * syntax error per line, the same recovery points. The parser is recursive descent with one method
 * per grammar rule, each opening with the rule, layered by concern: {@code ParserCore} (tokens,
 * errors, recovery), {@code TypeParser} (types and signatures), {@code ExprParser} (expressions),
 * {@code StmtParser} (statements), {@code DeclParser} (declarations and the file). The lexer works
 * on UTF-8 bytes so that columns are byte columns, as Go counts them.
 *
 * <p>The tree is made of sealed interfaces ({@link dev.spindle.lang.syntax.Expr}, {@link
 * dev.spindle.lang.syntax.Stmt}, {@link dev.spindle.lang.syntax.Decl}, {@link
 * dev.spindle.lang.syntax.Spec}) and records, so that later stages can switch over node kinds
 * exhaustively. Every node knows the position of its first token; nodes compare by identity, so
 * the checker can key its maps by node. The tree keeps everything the subset rejects (generics,
 * goto, type sets, aliases, complex literals) so that the checker can name the construct in its
 * error rather than the parser stumbling over it. Snippet mode (source without a package clause)
 * lives here too, because adding imports is a syntactic matter: see {@link
 * dev.spindle.lang.syntax.Parser}.
 */
package dev.spindle.lang.syntax;
