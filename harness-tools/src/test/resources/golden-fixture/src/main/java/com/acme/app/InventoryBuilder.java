package com.acme.app;

/** Builds an {@link Inventory}. */
public final class InventoryBuilder {
    private int capacity = 10;

    public InventoryBuilder withCapacity(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        return this;
    }

    public Inventory build() {
        return new Inventory(capacity);
    }
}
