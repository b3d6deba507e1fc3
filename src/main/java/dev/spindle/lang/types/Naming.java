package dev.spindle.lang.types;

/** Small helpers for Go names. */
final class Naming {
    private Naming() {
    }

    /** The package name of an import path: "rand" for "math/rand". */
    static String pkgName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    static boolean isExported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }
}
