package dev.harness4j.store;

import dev.harness4j.environment.Environment;
import java.util.List;
import java.util.Optional;

/** The environments, one record each (an update replaces the record). */
public interface EnvironmentRepository {

    /** Inserts or replaces an environment. */
    void save(Environment environment);

    /** An environment by id. */
    Optional<Environment> get(String id);

    /** Every environment (archived included), by creation time, then id. */
    List<Environment> list();

    /** Deletes an environment; false if there was none. */
    boolean delete(String id);
}
