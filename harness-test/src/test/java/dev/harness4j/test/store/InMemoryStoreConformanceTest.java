package dev.harness4j.test.store;

import dev.harness4j.store.Store;

class InMemoryStoreConformanceTest extends StoreConformance {
    @Override
    protected Store createStore() {
        return Store.inMemory();
    }
}
