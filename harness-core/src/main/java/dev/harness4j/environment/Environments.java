package dev.harness4j.environment;

import dev.harness4j.ConflictException;
import dev.harness4j.NotFoundException;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.store.EnvironmentRepository;
import dev.harness4j.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The environments of a harness: create, retrieve, list, update (for sessions created afterwards), archive and
 * delete. Names are unique among unarchived environments. Thread-safe.
 */
public final class Environments {
    private static final Logger LOG = LoggerFactory.getLogger(Environments.class);

    private final EnvironmentRepository repository;
    private final Clock clock;
    private final IdGenerator ids;
    private final Object writeLock = new Object();

    /** Environments kept in {@code store}, stamped with {@code clock} and named by {@code ids}. */
    public Environments(Store store, Clock clock, IdGenerator ids) {
        this.repository = Objects.requireNonNull(store, "store").environments();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** Creates an environment; a name already used by an unarchived environment is a conflict. */
    public Environment create(EnvironmentSpec spec) {
        Objects.requireNonNull(spec, "spec");
        synchronized (writeLock) {
            checkNameFree(spec.name(), null);
            String id = ids.next(IdGenerator.Prefix.ENVIRONMENT);
            if (repository.get(id).isPresent()) {
                throw new ConflictException("generated environment id " + id + " is already in use (does the id "
                        + "generator restart its sequence over a durable store?)");
            }
            Instant now = clock.instant();
            Environment env = new Environment(id, spec.name(),
                    spec.description(), spec.config(), spec.metadata(), spec.seedFiles(), now, now, null);
            repository.save(env);
            LOG.debug("created environment {} ({}, {})", env.id(), env.name(), env.config().type());
            return env;
        }
    }

    /** An environment by id. */
    public Environment retrieve(String id) {
        return repository.get(id).orElseThrow(() -> new NotFoundException("environment", id));
    }

    /** Every environment that is not archived, oldest first. */
    public List<Environment> list() {
        List<Environment> active = new ArrayList<>();
        for (Environment e : repository.list()) {
            if (!e.archived()) {
                active.add(e);
            }
        }
        return List.copyOf(active);
    }

    /** Every environment, archived ones included, oldest first. */
    public List<Environment> listIncludingArchived() {
        return repository.list();
    }

    /** Applies an update; running sessions keep the configuration they started with. */
    public Environment update(String id, EnvironmentUpdate update) {
        Objects.requireNonNull(update, "update");
        synchronized (writeLock) {
            Environment current = retrieve(id);
            if (current.archived()) {
                throw new ConflictException("environment " + id + " is archived and cannot be updated");
            }
            Environment next = update.applyTo(current);
            if (next.equals(current)) {
                return current;
            }
            if (!next.name().equals(current.name())) {
                checkNameFree(next.name(), id);
            }
            Environment saved = new Environment(id, next.name(), next.description(), next.config(), next.metadata(),
                    next.seedFiles(), current.createdAt(), clock.instant(), null);
            repository.save(saved);
            return saved;
        }
    }

    /** Archives an environment: new sessions cannot use it; existing ones continue. Idempotent. */
    public Environment archive(String id) {
        synchronized (writeLock) {
            Environment current = retrieve(id);
            if (current.archived()) {
                return current;
            }
            Environment archived = current.withArchivedAt(clock.instant());
            repository.save(archived);
            return archived;
        }
    }

    /** Deletes an environment for good. */
    public void delete(String id) {
        synchronized (writeLock) {
            if (!repository.delete(id)) {
                throw new NotFoundException("environment", id);
            }
            LOG.debug("deleted environment {}", id);
        }
    }

    private void checkNameFree(String name, String exceptId) {
        for (Environment e : repository.list()) {
            if (!e.archived() && e.name().equals(name) && !e.id().equals(exceptId)) {
                throw new ConflictException("an environment named '" + name + "' already exists: " + e.id());
            }
        }
    }
}
