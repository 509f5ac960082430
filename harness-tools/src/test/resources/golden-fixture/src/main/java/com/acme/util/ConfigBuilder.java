package com.acme.util;

import java.util.HashMap;
import java.util.Map;

/** Builds configuration maps. */
public final class ConfigBuilder {
    private final Map<String, String> values = new HashMap<>();

    public ConfigBuilder set(String key, String value) {
        values.put(key, value);
        return this;
    }

    public Map<String, String> build() {
        return Map.copyOf(values);
    }
}
