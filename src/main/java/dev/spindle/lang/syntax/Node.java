package dev.spindle.lang.syntax;

/**
 * A node of the syntax tree.
 *
 * <p><b>Identity.</b> Every node record overrides {@code equals}/{@code hashCode} to mean
 * <em>identity</em>: two {@code x} identifiers at different places (or even two structurally equal
 * subtrees) are different keys. A checker can therefore attach types and objects to nodes with a
 * plain {@code HashMap<Expr, Type>} (or an {@code IdentityHashMap}, which is the same here) at O(1)
 * per lookup; records would otherwise hash the whole subtree. Compare trees structurally with
 * {@link AstPrinter}.
 *
 * <p><b>Positions.</b> {@link #pos()} is always the position of the node's first token (like
 * go/ast's {@code Pos()}); records carry further positions where Go reports errors elsewhere (the
 * operator of a binary expression or assignment, the closing brace of a block, ...).
 */
public sealed interface Node permits Expr, Stmt, Decl, Spec, Field, CaseClause, CommClause, File {

    /** The position of the node's first token. */
    Pos pos();
}
