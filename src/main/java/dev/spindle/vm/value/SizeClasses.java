package dev.spindle.vm.value;

/**
 * Go's malloc size classes (runtime/sizeclasses.go). append rounds a grown backing array up
 * to the next class, which is why {@code cap} after an append is often more than asked for;
 * Spindle reproduces the rounding so programs print the capacities Go prints.
 */
final class SizeClasses {
    private SizeClasses() {}

    private static final int[] CLASSES = {
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
        288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
        1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
        6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
        20480, 21760, 24576, 27264, 28672, 32768,
    };
    private static final long PAGE = 8192;

    /** The size malloc really allocates for a request of {@code size} bytes (roundupsize). */
    static long roundUp(long size) {
        if (size <= 32768) {
            int lo = 0, hi = CLASSES.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (CLASSES[mid] >= size) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return CLASSES[lo];
        }
        return (size + PAGE - 1) / PAGE * PAGE;
    }
}
