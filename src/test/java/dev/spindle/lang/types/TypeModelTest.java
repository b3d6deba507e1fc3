package dev.spindle.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeModelTest {

    private static Named named(String name, Type u) {
        return new Named("main", name, u);
    }

    @Test
    void typeStringsFollowReflectAtRuntimeAndTypes2InMessages() {
        Type st = new Struct(List.of(new Struct.Field("x", Basic.INT, false, "main")));
        assertThat(new Slice(Basic.INT).toString()).isEqualTo("[]int");
        assertThat(new MapType(Basic.STRING, Basic.INT).toString()).isEqualTo("map[string]int");
        assertThat(Signature.of(List.of(Basic.INT), List.of(Basic.STRING)).toString()).isEqualTo("func(int) string");
        assertThat(new Signature(List.of(Basic.STRING, new Slice(Universe.ANY)), List.of(), true).toString())
                .isEqualTo("func(string, ...interface {})");
        assertThat(new Chan(Chan.Dir.SEND, Basic.INT).toString()).isEqualTo("chan<- int");
        assertThat(new Chan(Chan.Dir.RECV, Basic.INT).toString()).isEqualTo("<-chan int");
        assertThat(st.toString()).isEqualTo("struct { x int }");
        assertThat(TypeString.relativeTo(st, "main")).isEqualTo("struct{x int}");
        assertThat(Interface.empty().toString()).isEqualTo("interface {}");
        assertThat(TypeString.relativeTo(Universe.ANY, "main")).isEqualTo("any");
        assertThat(TypeString.relativeTo(Interface.empty(), "main")).isEqualTo("interface{}");
        Named t = named("T", Basic.INT);
        assertThat(new Pointer(t).toString()).isEqualTo("*main.T");
        assertThat(TypeString.relativeTo(new Pointer(t), "main")).isEqualTo("*T");
        assertThat(new Slice(Basic.BYTE).toString()).isEqualTo("[]uint8");
        assertThat(TypeString.relativeTo(new Slice(Basic.BYTE), "main")).isEqualTo("[]byte");
        assertThat(new Named("sync/atomic", "Int64", null).toString()).isEqualTo("atomic.Int64");
        assertThat(Signature.of(List.of(), List.of(Basic.INT, Universe.ERROR)).toString()).isEqualTo("func() (int, error)");
    }

    @Test
    void identityIsStructuralExceptForNamedTypes() {
        assertThat(new Slice(Basic.INT)).isEqualTo(new Slice(Basic.INT));
        assertThat(Basic.BYTE).isEqualTo(Basic.UINT8);
        assertThat(Basic.RUNE).isEqualTo(Basic.INT32);
        assertThat(named("A", Basic.INT)).isNotEqualTo(named("A", Basic.INT));
        assertThat(Universe.ANY).isEqualTo(Interface.empty());
        assertThat(new Chan(Chan.Dir.SEND, Basic.INT)).isNotEqualTo(new Chan(Chan.Dir.BOTH, Basic.INT));
    }

    @Test
    void assignabilityAndConversions() {
        Named myInt = named("MyInt", Basic.INT);
        assertThat(Types.assignable(Basic.INT, myInt)).isFalse();
        assertThat(Types.convertible(Basic.INT, myInt)).isTrue();
        assertThat(Types.assignable(Basic.UNTYPED_INT, myInt)).isTrue();
        assertThat(Types.assignable(Basic.UNTYPED_NIL, new Slice(Basic.INT))).isTrue();
        assertThat(Types.assignable(Basic.UNTYPED_NIL, Basic.INT)).isFalse();
        assertThat(Types.assignable(new Chan(Chan.Dir.BOTH, Basic.INT), new Chan(Chan.Dir.RECV, Basic.INT))).isTrue();
        assertThat(Types.assignable(new Chan(Chan.Dir.RECV, Basic.INT), new Chan(Chan.Dir.BOTH, Basic.INT))).isFalse();
        assertThat(Types.assignableReason(Universe.ANY, Basic.STRING, "main")).isEqualTo("need type assertion");
        assertThat(Types.convertible(Basic.STRING, new Slice(Basic.BYTE))).isTrue();
        assertThat(Types.convertible(Basic.INT, Basic.STRING)).isTrue();
        assertThat(Types.convertible(Basic.FLOAT64, Basic.STRING)).isFalse();
        assertThat(Types.comparable(new Slice(Basic.INT))).isFalse();
        assertThat(Types.defaultType(Basic.UNTYPED_RUNE)).isEqualTo(Basic.INT32);
    }

    @Test
    void methodSetsDistinguishPointerReceivers() {
        Named t = named("T", new Struct(List.of()));
        Symbol.Func m = new Symbol.Func("M", Signature.of(List.of(), List.of()), "main", false, 1, 1);
        m.setReceiver(new Symbol.Var("t", new Pointer(t), Symbol.VarKind.RECEIVER, "main", 1, 1));
        t.addMethod(m);
        Named i = named("I", new Interface(List.of(new Interface.Method("M", Signature.of(List.of(), List.of()), "main")), List.of()));
        Interface iu = (Interface) i.underlying();
        assertThat(MethodSets.missingMethodReason(t, iu, "main")).isEqualTo("(method M has pointer receiver)");
        assertThat(MethodSets.missingMethodReason(new Pointer(t), iu, "main")).isNull();
        assertThat(MethodSets.missingMethodReason(Basic.INT, iu, "main")).isEqualTo("(missing method M)");
        assertThat(Types.assignableReason(t, i, "main")).isEqualTo("T does not implement I (method M has pointer receiver)");
        // Embedding *T in a struct brings the pointer method into the value's method set.
        Named outer = named("Outer", new Struct(List.of(new Struct.Field("T", new Pointer(t), true, "main"))));
        assertThat(MethodSets.missingMethodReason(outer, iu, "main")).isNull();
        Lookup.Found f = Lookup.fieldOrMethod(outer, "M");
        assertThat(f.kind()).isEqualTo(Lookup.Kind.METHOD);
        assertThat(f.path()).containsExactly(0);
        assertThat(m.qualifiedName()).isEqualTo("main.T.M");
    }

    @Test
    void constantsAreExactAndCheckedAgainstTheirTypes() {
        Constant big = ConstOps.shift("<<", Constant.Int.of(1), 100);
        assertThat(ConstOps.shift(">>", big, 98)).isEqualTo(Constant.Int.of(4));
        Constant third = ConstOps.binary("/", Constant.Float.of(BigInteger.ONE), Constant.Int.of(3), false);
        Constant one = ConstOps.binary("*", third, Constant.Int.of(3), false);
        assertThat(one.toBigInteger()).isEqualTo(BigInteger.ONE);
        assertThat(Representable.check(Constant.Int.of(300), Basic.INT8).failure()).isEqualTo(Representable.Failure.OVERFLOWS);
        assertThat(Representable.check(Constant.Int.of(255), Basic.UINT8).ok()).isTrue();
        assertThat(Representable.check(Constant.Int.of(-1), Basic.UINT).failure()).isEqualTo(Representable.Failure.OVERFLOWS);
        assertThat(Representable.check(Constant.Float.of(1.5), Basic.INT).failure()).isEqualTo(Representable.Failure.TRUNCATED);
        assertThat(Representable.check(Constant.Float.of(2.0), Basic.INT).value()).isEqualTo(Constant.Int.of(2));
        assertThat(ConstOps.unary("^", Constant.Int.of(1), 8)).isEqualTo(Constant.Int.of(254));
        assertThat(Constant.Float.of(1.5).toString()).isEqualTo("1.5");
        assertThat(Constant.Float.of(1e100).toString()).isEqualTo("1e+100");
        assertThat(new Constant.Str("a\"b").toString()).isEqualTo("\"a\\\"b\"");
    }
}
