package dev.spindle.vm.stdlib.lib;

import dev.spindle.lang.types.Array;
import dev.spindle.lang.types.Slice;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Type;
import dev.spindle.lang.types.TypeString;
import dev.spindle.vm.stdlib.GoValues;
import dev.spindle.vm.stdlib.NativeContext;
import dev.spindle.vm.stdlib.NativeFunction;
import dev.spindle.vm.stdlib.NativePanic;
import dev.spindle.vm.stdlib.text.GoSort;
import dev.spindle.vm.value.ArrayValue;
import dev.spindle.vm.value.FuncValue;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructValue;
import java.util.Comparator;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Package sort, with Go's own algorithms ({@link GoSort}) so that equal elements end where Go puts
 * them. User collections are sorted through their Len/Less/Swap methods; sort.Slice through the
 * less func and a swap of the slice's slots (struct elements swap contents, since a pointer to an
 * element is its holder).
 */
public final class SortNatives {

    private SortNatives() {}

    public static void register(Map<String, NativeFunction> m) {
        m.put("sort.Sort", (ctx, a) -> {
            IfaceValue data = (IfaceValue) a[0];
            GoSort.sort(iface(ctx, data), len(ctx, data));
            return null;
        });
        m.put("sort.Stable", (ctx, a) -> {
            IfaceValue data = (IfaceValue) a[0];
            GoSort.stable(iface(ctx, data), len(ctx, data));
            return null;
        });
        m.put("sort.IsSorted", (ctx, a) -> {
            IfaceValue data = (IfaceValue) a[0];
            return GoSort.isSorted(iface(ctx, data), len(ctx, data));
        });
        m.put("sort.Reverse", (ctx, a) -> {
            StructValue r = GoValues.newStruct(ctx, "sort.reverse", a[0]);
            return new IfaceValue(ctx.libraryType("sort.reverse"), r);
        });
        m.put("sort.reverse.Less", (ctx, a) ->
                ctx.callMethod((IfaceValue) ((StructValue) a[0]).fields[0], "Less", a[2], a[1]));

        m.put("sort.Ints", (ctx, a) -> sortSlice((SliceValue) a[0], SortNatives::lessInt, false));
        m.put("sort.Strings", (ctx, a) -> sortSlice((SliceValue) a[0], SortNatives::lessString, false));
        m.put("sort.Float64s", (ctx, a) -> sortSlice((SliceValue) a[0], SortNatives::lessFloat, false));
        m.put("sort.IntsAreSorted", (ctx, a) -> sorted((SliceValue) a[0], SortNatives::lessInt));
        m.put("sort.StringsAreSorted", (ctx, a) -> sorted((SliceValue) a[0], SortNatives::lessString));
        m.put("sort.Float64sAreSorted", (ctx, a) -> sorted((SliceValue) a[0], SortNatives::lessFloat));
        for (String[] t : new String[][] {{"IntSlice", "int"}, {"StringSlice", "string"}, {"Float64Slice", "float"}}) {
            Comparator<Object> less = switch (t[1]) {
                case "int" -> SortNatives::lessInt;
                case "string" -> SortNatives::lessString;
                default -> SortNatives::lessFloat;
            };
            String p = "sort." + t[0] + ".";
            m.put(p + "Len", (ctx, a) -> (long) (a[0] == null ? 0 : ((SliceValue) a[0]).len));
            m.put(p + "Less", (ctx, a) -> {
                SliceValue s = (SliceValue) a[0];
                return less.compare(at(s, a[1]), at(s, a[2])) < 0;
            });
            m.put(p + "Swap", (ctx, a) -> {
                SliceValue s = (SliceValue) a[0];
                int i = index(s, a[1]);
                int j = index(s, a[2]);
                Object t0 = s.get(i);
                s.set(i, s.get(j));
                s.set(j, t0);
                return null;
            });
            m.put(p + "Sort", (ctx, a) -> sortSlice((SliceValue) a[0], less, false));
        }

        m.put("sort.Slice", (ctx, a) -> {
            IfaceValue x = (IfaceValue) a[0];
            GoSort.sort(sliceFunc(ctx, x, (FuncValue) a[1]), sliceLen(x));
            return null;
        });
        m.put("sort.SliceStable", (ctx, a) -> {
            IfaceValue x = (IfaceValue) a[0];
            GoSort.stable(sliceFunc(ctx, x, (FuncValue) a[1]), sliceLen(x));
            return null;
        });
        m.put("sort.SliceIsSorted", (ctx, a) -> {
            IfaceValue x = (IfaceValue) a[0];
            return GoSort.isSorted(sliceFunc(ctx, x, (FuncValue) a[1]), sliceLen(x));
        });

        m.put("sort.Search", (ctx, a) -> search((Long) a[0], h -> (Boolean) ctx.call((FuncValue) a[1], h)));
        m.put("sort.SearchInts", (ctx, a) -> {
            SliceValue s = (SliceValue) a[0];
            return search(s == null ? 0 : s.len, h -> (Long) s.get((int) h) >= (Long) a[1]);
        });
        m.put("sort.SearchStrings", (ctx, a) -> {
            SliceValue s = (SliceValue) a[0];
            return search(s == null ? 0 : s.len, h -> ((String) s.get((int) h)).compareTo((String) a[1]) >= 0);
        });
        m.put("sort.SearchFloat64s", (ctx, a) -> {
            SliceValue s = (SliceValue) a[0];
            return search(s == null ? 0 : s.len, h -> (Double) s.get((int) h) >= (Double) a[1]);
        });
    }

    /** Go's binary search: the smallest i in [0, n) with f(i) true, or n. */
    static long search(long n, LongPredicate f) {
        long i = 0;
        long j = n;
        while (i < j) {
            long h = (i + j) >>> 1;
            if (!f.test(h)) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        return i;
    }

    private static int lessInt(Object a, Object b) {
        return Long.compare((Long) a, (Long) b);
    }

    private static int lessString(Object a, Object b) {
        return ((String) a).compareTo((String) b);
    }

    /** Float64Slice.Less: x < y, and NaN before everything else. */
    private static int lessFloat(Object a, Object b) {
        double x = (Double) a;
        double y = (Double) b;
        if (x < y || (Double.isNaN(x) && !Double.isNaN(y))) {
            return -1;
        }
        return 0; // "not less" is all the algorithms ask
    }

    private static Object at(SliceValue s, Object i) {
        return s.get(index(s, i));
    }

    private static int index(SliceValue s, Object i) {
        long k = (Long) i;
        int len = s == null ? 0 : s.len;
        if (k < 0 || k >= len) {
            throw NativePanic.runtimeError("index out of range [" + k + "] with length " + len);
        }
        return (int) k;
    }

    private static Object sortSlice(SliceValue s, Comparator<Object> less, boolean stable) {
        if (s == null) {
            return null;
        }
        GoSort.LessSwap data = new GoSort.LessSwap() {
            @Override
            public boolean less(int i, int j) {
                return less.compare(s.get(i), s.get(j)) < 0;
            }

            @Override
            public void swap(int i, int j) {
                Object t = s.get(i);
                s.set(i, s.get(j));
                s.set(j, t);
            }
        };
        if (stable) {
            GoSort.stable(data, s.len);
        } else {
            GoSort.sort(data, s.len);
        }
        return null;
    }

    private static boolean sorted(SliceValue s, Comparator<Object> less) {
        if (s == null) {
            return true;
        }
        for (int i = s.len - 1; i > 0; i--) {
            if (less.compare(s.get(i), s.get(i - 1)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int len(NativeContext ctx, IfaceValue data) {
        if (data == null) {
            throw NativePanic.runtimeError("invalid memory address or nil pointer dereference");
        }
        IfaceValue inner = reversed(ctx, data);
        return (int) (long) (Long) ctx.callMethod(inner != null ? inner : data, "Len");
    }

    /** The Interface inside a sort.Reverse value, or null: sorting it directly saves a dispatch per call. */
    private static IfaceValue reversed(NativeContext ctx, IfaceValue data) {
        if (data.dynType().equals(ctx.libraryType("sort.reverse")) && data.value() instanceof StructValue r
                && r.fields[0] instanceof IfaceValue inner) {
            return inner;
        }
        return null;
    }

    private static GoSort.LessSwap iface(NativeContext ctx, IfaceValue data) {
        IfaceValue inner = reversed(ctx, data);
        if (inner != null) {
            return new GoSort.LessSwap() {
                @Override
                public boolean less(int i, int j) {
                    return (Boolean) ctx.callMethod(inner, "Less", (long) j, (long) i);
                }

                @Override
                public void swap(int i, int j) {
                    ctx.callMethod(inner, "Swap", (long) i, (long) j);
                }
            };
        }
        return new GoSort.LessSwap() {
            @Override
            public boolean less(int i, int j) {
                return (Boolean) ctx.callMethod(data, "Less", (long) i, (long) j);
            }

            @Override
            public void swap(int i, int j) {
                ctx.callMethod(data, "Swap", (long) i, (long) j);
            }
        };
    }

    private static int sliceLen(IfaceValue x) {
        if (x == null || !(x.dynType().underlying() instanceof Slice)) {
            String what = x == null ? "zero Value" : TypeString.of(x.dynType()) + " Value";
            throw NativePanic.ofString("reflect: call of Swapper on " + what);
        }
        SliceValue s = (SliceValue) x.value();
        return s == null ? 0 : s.len;
    }

    private static GoSort.LessSwap sliceFunc(NativeContext ctx, IfaceValue x, FuncValue less) {
        SliceValue s = (SliceValue) x.value();
        Type elem = ((Slice) x.dynType().underlying()).elem().underlying();
        boolean holders = elem instanceof Struct || elem instanceof Array;
        return new GoSort.LessSwap() {
            @Override
            public boolean less(int i, int j) {
                return (Boolean) ctx.call(less, (long) i, (long) j);
            }

            @Override
            public void swap(int i, int j) {
                if (holders) {
                    swapContents(s.get(i), s.get(j));
                } else {
                    Object t = s.get(i);
                    s.set(i, s.get(j));
                    s.set(j, t);
                }
            }
        };
    }

    private static void swapContents(Object a, Object b) {
        if (a instanceof StructValue x && b instanceof StructValue y) {
            StructValue t = x.copy();
            x.assignFrom(y);
            y.assignFrom(t);
        } else if (a instanceof ArrayValue x && b instanceof ArrayValue y) {
            ArrayValue t = x.copy();
            x.assignFrom(y);
            y.assignFrom(t);
        }
    }
}
