package dev.spindle.lang.compile;

import dev.spindle.lang.types.Type;

/**
 * Prints bytecode, one instruction a line: pc, source line, opcode and operands, with the
 * constants they refer to spelled out. Deterministic, so disassembly golden files are stable.
 */
public final class Disassembler {
    private Disassembler() {}

    public static String disassemble(Program p) {
        StringBuilder b = new StringBuilder();
        for (FuncProto f : p.functions()) {
            b.append(disassemble(f)).append('\n');
        }
        return b.toString();
    }

    public static String disassemble(FuncProto f) {
        StringBuilder b = new StringBuilder();
        b.append("func ").append(f.name()).append(" params=").append(f.numParams())
                .append(" results=").append(f.numResults()).append(" locals=").append(f.numLocals());
        if (f.freeNames().length > 0) {
            b.append(" free=").append(String.join(",", f.freeNames()));
        }
        if (f.hasDefer()) {
            b.append(" defer");
        }
        b.append('\n');
        int[] code = f.code();
        int pc = 0;
        int lastLine = -1;
        while (pc < code.length) {
            Opcode op = Opcode.of(code[pc]);
            int line = f.lines().line(pc);
            b.append(String.format("%5d %5s  %-14s", pc, line == lastLine ? "" : String.valueOf(line), op.name()));
            lastLine = line;
            for (int i = 1; i <= op.operands(); i++) {
                b.append(' ').append(code[pc + i]);
            }
            String note = note(f, op, code, pc);
            if (!note.isEmpty()) {
                b.append("\t; ").append(note);
            }
            b.append('\n');
            pc += 1 + op.operands();
        }
        return b.toString();
    }

    private static final String[] CMP = {"==", "!=", "<", "<=", ">", ">="};

    private static String note(FuncProto f, Opcode op, int[] code, int pc) {
        return switch (op) {
            case JMP, JT, JF, LOOP -> "-> " + (pc + 2 + code[pc + 1]);
            case JCMP_LL, JCMP_LK -> "unless " + CMP[code[pc + 1]] + " -> " + (pc + 5 + code[pc + 4]);
            case LOOP_LL, LOOP_LK -> "if " + CMP[code[pc + 1]] + " -> " + (pc + 7 + code[pc + 4]) + ", stop at " + (pc + 7 + code[pc + 5])
                    + (code[pc + 6] != 0 ? ", scalar" : "");
            case INC_LOOP_LL, INC_LOOP_LK -> "if " + CMP[code[pc + 3]] + " -> " + (pc + 9 + code[pc + 6]) + ", stop at " + (pc + 9 + code[pc + 7])
                    + (code[pc + 8] != 0 ? ", scalar" : "");
            case CONST_REF, CALL, CLOSURE, ZERO, MAKE_IFACE, ASSERT, ASSERT2, ASSERT_IFACE, ASSERT_IFACE2, TYPE_IS,
                 CALL_NATIVE, HOST_CALL, NEW_STRUCT, MAKE_SLICE, APPEND, APPEND_SLICE, MAKE_CHAN, MAP_GET, MAP_GET2,
                 CALL_IFACE, SELECT, RUNTIME_PANIC -> describe(f.consts()[code[pc + 1]]);
            case CONST_LONG -> String.valueOf(f.longs()[code[pc + 1]]);
            case BOX, UNBOX -> Kind.name(code[pc + 1]);
            default -> "";
        };
    }

    private static String describe(Object c) {
        return switch (c) {
            case String s -> quote(s);
            case FuncProto p -> p.name();
            case Type t -> t.toString();
            case StructLayout s -> "struct " + (s.name() == null ? "" : s.name()) + "{" + String.join(",", s.fieldNames()) + "}";
            case ZeroValue.Struct z -> "zero " + describe(z.layout());
            case ZeroValue.Array a -> "zero [" + a.length() + "]" + describe(a.elem());
            case ElemInfo e -> "elem " + e.typeName();
            case IfaceCall ic -> "method " + ic.name();
            case AssertInfo a -> a.target().toString();
            case SelectDesc d -> d.cases() + " cases" + (d.hasDefault() ? " + default" : "");
            case null -> "nil";
            default -> String.valueOf(c);
        };
    }

    private static String quote(String bytes) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < bytes.length(); i++) {
            char ch = bytes.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20 || ch >= 0x7f) {
                        b.append(String.format("\\x%02x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
