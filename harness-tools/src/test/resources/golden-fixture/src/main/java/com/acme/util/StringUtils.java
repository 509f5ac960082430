package com.acme.util;

/** String helpers. */
public final class StringUtils {
    private StringUtils() {
    }

    public static String capitalize(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // TODO: add a reverse helper
    public static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }
}
