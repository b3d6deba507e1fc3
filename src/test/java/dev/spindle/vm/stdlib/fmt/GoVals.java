package dev.spindle.vm.stdlib.fmt;

import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Interface;
import dev.spindle.lang.types.MapType;
import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Slice;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Type;
import dev.spindle.lang.types.Universe;
import dev.spindle.vm.stdlib.GoValues;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.MapValue;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructValue;
import java.util.List;

/** Small builders of Go values for fmt tests: {@code i(5)} is {@code any(5)}, and so on. */
final class GoVals {

    static final Interface ANY = Universe.ANY;

    private GoVals() {}

    static IfaceValue i(long v) {
        return new IfaceValue(Basic.INT, v);
    }

    static IfaceValue typed(Type t, Object v) {
        return new IfaceValue(t, v);
    }

    static IfaceValue f(double v) {
        return new IfaceValue(Basic.FLOAT64, v);
    }

    static IfaceValue f32(float v) {
        return new IfaceValue(Basic.FLOAT32, (double) v);
    }

    static IfaceValue s(String v) {
        return new IfaceValue(Basic.STRING, v);
    }

    static IfaceValue b(boolean v) {
        return new IfaceValue(Basic.BOOL, v);
    }

    static IfaceValue r(int rune) {
        return new IfaceValue(Basic.RUNE, (long) rune);
    }

    static SliceValue slice(Object... elems) {
        return SliceValue.of(elems);
    }

    static Slice sliceOf(Type elem) {
        return new Slice(elem);
    }

    static MapValue map(Object... kv) {
        MapValue m = new MapValue(false);
        for (int k = 0; k < kv.length; k += 2) {
            m.put(kv[k], kv[k + 1]);
        }
        return m;
    }

    static MapType mapOf(Type k, Type v) {
        return new MapType(k, v);
    }

    static Named struct(String name, Object... namesAndTypes) {
        List<Struct.Field> fields = new java.util.ArrayList<>();
        for (int k = 0; k < namesAndTypes.length; k += 2) {
            fields.add(new Struct.Field((String) namesAndTypes[k], (Type) namesAndTypes[k + 1], false, "main"));
        }
        return new Named("main", name, new Struct(fields));
    }

    static StructValue value(Named t, Object... fields) {
        return new StructValue(GoValues.shapeOf(t), fields);
    }
}
