package dev.harness4j.tools.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Shell variables with function-local scopes (dynamic scoping); every variable may be an indexed array. */
final class Variables {

    /** One variable: its elements by index (a scalar is element 0) and attributes. */
    static final class Var {
        final TreeMap<Integer, String> values = new TreeMap<>();
        boolean exported;
        boolean readonly;
        boolean array;
        boolean integer;
        /** The elements of an associative array ({@code declare -A}), or null for an indexed one. */
        Map<String, String> assoc;

        Var copy() {
            Var v = new Var();
            v.values.putAll(values);
            v.assoc = assoc == null ? null : new LinkedHashMap<>(assoc);
            v.exported = exported;
            v.readonly = readonly;
            v.array = array;
            v.integer = integer;
            return v;
        }

        String scalar() {
            return values.get(0);
        }

        List<String> list() {
            return assoc != null ? new ArrayList<>(assoc.values()) : new ArrayList<>(values.values());
        }

        List<String> keys() {
            List<String> keys = new ArrayList<>();
            if (assoc != null) {
                keys.addAll(assoc.keySet());
            } else {
                values.keySet().forEach(k -> keys.add(Integer.toString(k)));
            }
            return keys;
        }
    }

    /** Thrown when assigning a readonly variable. */
    static final class ReadonlyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReadonlyException(String name) {
            super(name + ": readonly variable", null, false, false);
        }
    }

    private final List<Map<String, Var>> scopes = new ArrayList<>();

    Variables() {
        scopes.add(new LinkedHashMap<>());
    }

    Variables copy() {
        Variables v = new Variables();
        v.scopes.clear();
        for (Map<String, Var> scope : scopes) {
            Map<String, Var> c = new LinkedHashMap<>();
            scope.forEach((k, var) -> c.put(k, var == null ? null : var.copy()));
            v.scopes.add(c);
        }
        return v;
    }

    /** The variable visible under {@code name}, or null. */
    Var find(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Map<String, Var> scope = scopes.get(i);
            if (scope.containsKey(name)) {
                return scope.get(name);
            }
        }
        return null;
    }

    /** The scalar value (element 0), or null when unset. */
    String get(String name) {
        Var v = find(name);
        return v == null ? null : v.scalar();
    }

    private Var findOrCreate(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Map<String, Var> scope = scopes.get(i);
            if (scope.containsKey(name)) {
                Var v = scope.get(name);
                if (v == null) {
                    v = new Var();
                    scope.put(name, v);
                }
                return v;
            }
        }
        Var v = new Var();
        scopes.get(0).put(name, v);
        return v;
    }

    /** Sets a scalar (element 0 of an array). */
    void set(String name, String value) {
        setIndex(name, 0, value);
    }

    void setIndex(String name, int index, String value) {
        Var v = findOrCreate(name);
        if (v.readonly) {
            throw new ReadonlyException(name);
        }
        v.values.put(index, value);
    }

    /** Makes {@code name} an (empty) associative array unless it already is one. */
    Var declareAssoc(String name) {
        Var v = findOrCreate(name);
        if (v.assoc == null) {
            v.assoc = new LinkedHashMap<>();
            v.values.clear();
            v.array = true;
        }
        return v;
    }

    void setArray(String name, List<String> values) {
        Var v = findOrCreate(name);
        if (v.readonly) {
            throw new ReadonlyException(name);
        }
        v.values.clear();
        for (int i = 0; i < values.size(); i++) {
            v.values.put(i, values.get(i));
        }
        v.array = true;
    }

    /** Marks a variable exported (creating it unset if needed). */
    void export(String name) {
        findOrCreate(name).exported = true;
    }

    /** Unsets; returns false if readonly. */
    boolean unset(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Map<String, Var> scope = scopes.get(i);
            if (scope.containsKey(name)) {
                Var v = scope.get(name);
                if (v != null && v.readonly) {
                    return false;
                }
                if (i == 0) {
                    scope.remove(name);
                } else {
                    scope.put(name, null);
                }
                return true;
            }
        }
        return true;
    }

    /** Declares {@code name} local to the innermost function scope (no-op at top level). */
    void local(String name) {
        if (scopes.size() > 1) {
            Map<String, Var> top = scopes.get(scopes.size() - 1);
            if (!top.containsKey(name) || top.get(name) == null) {
                Var outer = find(name);
                Var v = new Var();
                if (outer != null) {
                    v.exported = outer.exported;
                }
                top.put(name, v);
            }
        }
    }

    boolean inFunction() {
        return scopes.size() > 1;
    }

    void push() {
        scopes.add(new LinkedHashMap<>());
    }

    void pop() {
        if (scopes.size() > 1) {
            scopes.remove(scopes.size() - 1);
        }
    }

    /** Drops every function scope (after an aborted call). */
    void resetScopes() {
        while (scopes.size() > 1) {
            scopes.remove(scopes.size() - 1);
        }
    }

    /** Every visible variable, innermost binding winning, sorted by name. */
    Map<String, Var> visible() {
        Map<String, Var> out = new TreeMap<>();
        for (Map<String, Var> scope : scopes) {
            scope.forEach((k, v) -> {
                if (v == null) {
                    out.remove(k);
                } else {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    /** The exported variables with a value, as an environment. */
    Map<String, String> environment() {
        Map<String, String> env = new TreeMap<>();
        visible().forEach((k, v) -> {
            if (v.exported && v.scalar() != null) {
                env.put(k, v.scalar());
            }
        });
        return env;
    }
}
