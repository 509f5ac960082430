package com.acme.app;

import java.util.ArrayList;
import java.util.List;

/** A list of items with a capacity. */
public final class Inventory {
    private final List<String> items = new ArrayList<>();
    private final int capacity;

    Inventory(int capacity) {
        this.capacity = capacity;
    }

    public boolean add(String item) {
        if (items.size() >= capacity) {
            return false;
        }
        items.add(item);
        return true;
    }

    public int size() {
        return items.size();
    }

    // FIXME: remove is not implemented
    public boolean remove(String item) {
        throw new UnsupportedOperationException("remove");
    }
}
