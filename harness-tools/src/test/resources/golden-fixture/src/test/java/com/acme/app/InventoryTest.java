package com.acme.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class InventoryTest {
    @Test
    void addsUpToCapacity() {
        Inventory inventory = new InventoryBuilder().withCapacity(1).build();
        inventory.add("a");
        assertFalse(inventory.add("b"));
        assertEquals(1, inventory.size());
    }
}
