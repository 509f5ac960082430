package dev.harness4j.test.store;

import dev.harness4j.store.Store;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

class FileStoreConformanceTest extends StoreConformance {
    @TempDir
    Path dir;

    @Override
    protected Store createStore() {
        return Store.directory(dir);
    }

    @Override
    protected Optional<Store> reopen() {
        return Optional.of(Store.directory(dir));
    }
}
