/**
 * Package fmt, split as Go splits it: {@link dev.spindle.vm.stdlib.fmt.Printer} walks the format
 * string (flags, {@code [n]} indexes, {@code *} widths, the error forms), {@link
 * dev.spindle.vm.stdlib.fmt.Fmt} formats one basic value under the flags (padding, integers, floats,
 * strings, quoting), {@link dev.spindle.vm.stdlib.fmt.ValuePrinter} prints a Go value of any kind
 * (methods first: Error, String; then by kind: slices, maps with sorted keys, structs, pointers),
 * and {@link dev.spindle.vm.stdlib.fmt.FmtNatives} are the Print/Sprint/Fprint/Errorf functions.
 */
package dev.spindle.vm.stdlib.fmt;
