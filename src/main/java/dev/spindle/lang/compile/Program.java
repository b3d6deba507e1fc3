package dev.spindle.lang.compile;

import dev.spindle.lang.types.Type;
import java.util.List;
import java.util.Map;

/**
 * A compiled Go program: its functions, its package variables and the method tables that
 * interface calls dispatch through. Immutable once built; one Program can be run many times
 * (each run makes its own globals).
 *
 * @param fileName the source file name used in tracebacks ({@code prog.go})
 * @param init the function that initializes package variables and then calls {@code init()}s
 * @param main {@code main.main}
 * @param functions every proto, for the disassembler
 * @param globalNames the package variables in slot order
 * @param globalZeros each package variable's zero value (templates copied at run start)
 * @param globalKinds each package variable's {@link Kind}
 * @param methods the method set of every type that may be stored in an interface
 */
public record Program(String fileName, FuncProto init, FuncProto main, List<FuncProto> functions,
                      List<String> globalNames, List<Object> globalZeros, int[] globalKinds,
                      Map<Type, Map<String, MethodRef>> methods) {}
