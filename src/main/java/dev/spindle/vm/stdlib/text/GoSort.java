package dev.spindle.vm.stdlib.text;

/**
 * Go's sorting algorithms, ported from {@code sort/zsortfunc.go} so that elements that compare equal
 * end up in exactly the order Go leaves them: pattern-defeating quicksort for Sort and Slice (not
 * stable; insertion sort up to 12 elements, a deterministic xorshift to break patterns), and
 * insertion-sorted blocks merged by SymMerge for Stable and SliceStable.
 */
public final class GoSort {

    /** The two operations the algorithms need (Go's lessSwap). */
    public interface LessSwap {
        boolean less(int i, int j);

        void swap(int i, int j);
    }

    private static final int UNKNOWN = 0;
    private static final int INCREASING = 1;
    private static final int DECREASING = 2;

    private GoSort() {}

    /** sort.Sort / sort.Slice over n elements. */
    public static void sort(LessSwap data, int n) {
        int limit = 64 - Long.numberOfLeadingZeros(n);
        pdqsort(data, 0, n, limit);
    }

    /** sort.Stable / sort.SliceStable over n elements. */
    public static void stable(LessSwap data, int n) {
        int blockSize = 20;
        int a = 0;
        int b = blockSize;
        while (b <= n) {
            insertionSort(data, a, b);
            a = b;
            b += blockSize;
        }
        insertionSort(data, a, n);
        while (blockSize < n) {
            a = 0;
            b = 2 * blockSize;
            while (b <= n) {
                symMerge(data, a, a + blockSize, b);
                a = b;
                b += 2 * blockSize;
            }
            int m = a + blockSize;
            if (m < n) {
                symMerge(data, a, m, n);
            }
            blockSize *= 2;
        }
    }

    /** sort.IsSorted. */
    public static boolean isSorted(LessSwap data, int n) {
        for (int i = n - 1; i > 0; i--) {
            if (data.less(i, i - 1)) {
                return false;
            }
        }
        return true;
    }

    static void insertionSort(LessSwap data, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            for (int j = i; j > a && data.less(j, j - 1); j--) {
                data.swap(j, j - 1);
            }
        }
    }

    private static void siftDown(LessSwap data, int lo, int hi, int first) {
        int root = lo;
        while (true) {
            int child = 2 * root + 1;
            if (child >= hi) {
                return;
            }
            if (child + 1 < hi && data.less(first + child, first + child + 1)) {
                child++;
            }
            if (!data.less(first + root, first + child)) {
                return;
            }
            data.swap(first + root, first + child);
            root = child;
        }
    }

    private static void heapSort(LessSwap data, int a, int b) {
        int first = a;
        int lo = 0;
        int hi = b - a;
        for (int i = (hi - 1) / 2; i >= 0; i--) {
            siftDown(data, i, hi, first);
        }
        for (int i = hi - 1; i >= 0; i--) {
            data.swap(first, first + i);
            siftDown(data, lo, i, first);
        }
    }

    private static void pdqsort(LessSwap data, int a, int b, int limit) {
        final int maxInsertion = 12;
        boolean wasBalanced = true;
        boolean wasPartitioned = true;
        while (true) {
            int length = b - a;
            if (length <= maxInsertion) {
                insertionSort(data, a, b);
                return;
            }
            if (limit == 0) {
                heapSort(data, a, b);
                return;
            }
            if (!wasBalanced) {
                breakPatterns(data, a, b);
                limit--;
            }
            int[] ph = choosePivot(data, a, b);
            int pivot = ph[0];
            int hint = ph[1];
            if (hint == DECREASING) {
                reverseRange(data, a, b);
                pivot = (b - 1) - (pivot - a);
                hint = INCREASING;
            }
            if (wasBalanced && wasPartitioned && hint == INCREASING) {
                if (partialInsertionSort(data, a, b)) {
                    return;
                }
            }
            if (a > 0 && !data.less(a - 1, pivot)) {
                a = partitionEqual(data, a, b, pivot);
                continue;
            }
            int[] pa = partition(data, a, b, pivot);
            int mid = pa[0];
            wasPartitioned = pa[1] != 0;
            int leftLen = mid - a;
            int rightLen = b - mid;
            int balanceThreshold = length / 8;
            if (leftLen < rightLen) {
                wasBalanced = leftLen >= balanceThreshold;
                pdqsort(data, a, mid, limit);
                a = mid + 1;
            } else {
                wasBalanced = rightLen >= balanceThreshold;
                pdqsort(data, mid + 1, b, limit);
                b = mid;
            }
        }
    }

    private static int[] partition(LessSwap data, int a, int b, int pivot) {
        data.swap(a, pivot);
        int i = a + 1;
        int j = b - 1;
        while (i <= j && data.less(i, a)) {
            i++;
        }
        while (i <= j && !data.less(j, a)) {
            j--;
        }
        if (i > j) {
            data.swap(j, a);
            return new int[] {j, 1};
        }
        data.swap(i, j);
        i++;
        j--;
        while (true) {
            while (i <= j && data.less(i, a)) {
                i++;
            }
            while (i <= j && !data.less(j, a)) {
                j--;
            }
            if (i > j) {
                break;
            }
            data.swap(i, j);
            i++;
            j--;
        }
        data.swap(j, a);
        return new int[] {j, 0};
    }

    private static int partitionEqual(LessSwap data, int a, int b, int pivot) {
        data.swap(a, pivot);
        int i = a + 1;
        int j = b - 1;
        while (true) {
            while (i <= j && !data.less(a, i)) {
                i++;
            }
            while (i <= j && data.less(a, j)) {
                j--;
            }
            if (i > j) {
                break;
            }
            data.swap(i, j);
            i++;
            j--;
        }
        return i;
    }

    private static boolean partialInsertionSort(LessSwap data, int a, int b) {
        final int maxSteps = 5;
        final int shortestShifting = 50;
        int i = a + 1;
        for (int step = 0; step < maxSteps; step++) {
            while (i < b && !data.less(i, i - 1)) {
                i++;
            }
            if (i == b) {
                return true;
            }
            if (b - a < shortestShifting) {
                return false;
            }
            data.swap(i, i - 1);
            if (i - a >= 2) {
                for (int j = i - 1; j >= 1; j--) {
                    if (!data.less(j, j - 1)) {
                        break;
                    }
                    data.swap(j, j - 1);
                }
            }
            if (b - i >= 2) {
                for (int j = i + 1; j < b; j++) {
                    if (!data.less(j, j - 1)) {
                        break;
                    }
                    data.swap(j, j - 1);
                }
            }
        }
        return false;
    }

    private static void breakPatterns(LessSwap data, int a, int b) {
        int length = b - a;
        if (length >= 8) {
            long random = length; // xorshift seeded with the length, as Go does
            long modulus = 1L << (64 - Long.numberOfLeadingZeros(length));
            for (int idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
                random ^= random << 13;
                random ^= random >>> 17;
                random ^= random << 5;
                int other = (int) (random & (modulus - 1));
                if (other >= length) {
                    other -= length;
                }
                data.swap(idx, a + other);
            }
        }
    }

    private static int[] choosePivot(LessSwap data, int a, int b) {
        final int shortestNinther = 50;
        final int maxSwaps = 4 * 3;
        int l = b - a;
        int[] swaps = {0};
        int i = a + l / 4 * 1;
        int j = a + l / 4 * 2;
        int k = a + l / 4 * 3;
        if (l >= 8) {
            if (l >= shortestNinther) {
                i = median(data, i - 1, i, i + 1, swaps);
                j = median(data, j - 1, j, j + 1, swaps);
                k = median(data, k - 1, k, k + 1, swaps);
            }
            j = median(data, i, j, k, swaps);
        }
        if (swaps[0] == 0) {
            return new int[] {j, INCREASING};
        }
        if (swaps[0] == maxSwaps) {
            return new int[] {j, DECREASING};
        }
        return new int[] {j, UNKNOWN};
    }

    private static int median(LessSwap data, int a, int b, int c, int[] swaps) {
        // order2(a, b); order2(b, c); order2(a, b); return b
        if (data.less(b, a)) {
            swaps[0]++;
            int t = a;
            a = b;
            b = t;
        }
        if (data.less(c, b)) {
            swaps[0]++;
            int t = b;
            b = c;
            c = t;
        }
        if (data.less(b, a)) {
            swaps[0]++;
            int t = a;
            a = b;
            b = t;
        }
        return b;
    }

    private static void reverseRange(LessSwap data, int a, int b) {
        int i = a;
        int j = b - 1;
        while (i < j) {
            data.swap(i, j);
            i++;
            j--;
        }
    }

    private static void swapRange(LessSwap data, int a, int b, int n) {
        for (int i = 0; i < n; i++) {
            data.swap(a + i, b + i);
        }
    }

    private static void symMerge(LessSwap data, int a, int m, int b) {
        if (m - a == 1) {
            int i = m;
            int j = b;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (data.less(h, a)) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int k = a; k < i - 1; k++) {
                data.swap(k, k + 1);
            }
            return;
        }
        if (b - m == 1) {
            int i = a;
            int j = m;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (!data.less(m, h)) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int k = m; k > i; k--) {
                data.swap(k, k - 1);
            }
            return;
        }
        int mid = (a + b) >>> 1;
        int n = mid + m;
        int start;
        int r;
        if (m > mid) {
            start = n - b;
            r = mid;
        } else {
            start = a;
            r = m;
        }
        int p = n - 1;
        while (start < r) {
            int c = (start + r) >>> 1;
            if (!data.less(p - c, c)) {
                start = c + 1;
            } else {
                r = c;
            }
        }
        int end = n - start;
        if (start < m && m < end) {
            rotate(data, start, m, end);
        }
        if (a < start && start < mid) {
            symMerge(data, a, start, mid);
        }
        if (mid < end && end < b) {
            symMerge(data, mid, end, b);
        }
    }

    private static void rotate(LessSwap data, int a, int m, int b) {
        int i = m - a;
        int j = b - m;
        while (i != j) {
            if (i > j) {
                swapRange(data, m - i, m, j);
                i -= j;
            } else {
                swapRange(data, m - i, m + j - i, i);
                j -= i;
            }
        }
        swapRange(data, m - i, m, i);
    }
}
