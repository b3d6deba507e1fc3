package dev.spindle.lang.compile;

/**
 * What slice and channel instructions need to know about an element type at run time.
 *
 * @param size the element's size in bytes as Go lays it out (append's growth rounds by it)
 * @param zero the zero value (a {@link ZeroValue} recipe for aggregates; the vm's loader replaces it with the template it copies), null for nilable types
 * @param inline whether elements are structs or arrays held by value
 * @param kind the element's {@link Kind}
 * @param typeName the element type as Go prints it (for make(chan T) descriptions)
 */
public record ElemInfo(long size, Object zero, boolean inline, int kind, String typeName) {}
