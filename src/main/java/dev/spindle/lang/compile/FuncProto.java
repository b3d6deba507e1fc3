package dev.spindle.lang.compile;
public final class FuncProto { public String name() { return ""; } }
