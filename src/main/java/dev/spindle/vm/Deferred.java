package dev.spindle.vm;

import dev.spindle.vm.value.FuncValue;

/**
 * A deferred call: the function value and its arguments, evaluated (and boxed) when the
 * defer statement ran, as Go requires.
 */
record Deferred(FuncValue fn, Object[] args) {}
