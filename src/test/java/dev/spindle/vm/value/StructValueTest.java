package dev.spindle.vm.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StructValueTest {
    private final StructShape inner = StructShape.flat("main.In", "A");
    private final StructShape outer = new StructShape("main.Out", new String[] {"In", "P"}, new boolean[] {true, false});

    @Test
    void copyIsDeepForInlineAndShallowForPointers() {
        StructValue pointee = new StructValue(inner, new Object[] {7L});
        StructValue o = new StructValue(outer, new Object[] {new StructValue(inner, new Object[] {1L}), pointee});
        StructValue c = o.copy();
        ((StructValue) c.fields[0]).fields[0] = 99L;
        assertThat(((StructValue) o.fields[0]).fields[0]).isEqualTo(1L);
        assertThat(c.fields[1]).isSameAs(pointee);
    }

    @Test
    void assignFromKeepsTheHolder() {
        StructValue a = new StructValue(inner, new Object[] {1L});
        StructValue alias = a;
        a.assignFrom(new StructValue(inner, new Object[] {2L}));
        assertThat(alias.fields[0]).isEqualTo(2L);
        assertThat(a).isEqualTo(new StructValue(inner, new Object[] {2L}));
    }
}
