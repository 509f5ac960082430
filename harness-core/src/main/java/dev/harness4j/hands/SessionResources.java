package dev.harness4j.hands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State a tool keeps for one session (a persistent shell, a connection), one instance per type, created on first use
 * and closed when the session's resources are closed. Safe for concurrent use.
 */
public final class SessionResources implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SessionResources.class);

    private final Map<Class<?>, AutoCloseable> resources = new LinkedHashMap<>();
    private boolean closed;

    /** Creates an empty set of resources. */
    public SessionResources() {
        // created lazily by get
    }

    /**
     * The session's resource of this type, created by {@code create} the first time.
     *
     * @throws IllegalStateException once the resources are closed
     */
    public synchronized <T extends AutoCloseable> T get(Class<T> type, Supplier<? extends T> create) {
        if (closed) {
            throw new IllegalStateException("the session's resources are closed");
        }
        AutoCloseable existing = resources.get(type);
        if (existing != null) {
            return type.cast(existing);
        }
        T created = java.util.Objects.requireNonNull(create.get(), "create returned null");
        resources.put(type, created);
        return created;
    }

    /** Closes and forgets the resource of this type, if there is one (e.g. to restart a shell). */
    public void discard(Class<? extends AutoCloseable> type) {
        AutoCloseable r;
        synchronized (this) {
            r = resources.remove(type);
        }
        closeQuietly(r);
    }

    /** Closes every resource, newest first; failures are logged, not thrown. */
    @Override
    public void close() {
        List<AutoCloseable> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(resources.values());
            resources.clear();
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            closeQuietly(all.get(i));
        }
    }

    private static void closeQuietly(AutoCloseable r) {
        if (r == null) {
            return;
        }
        try {
            r.close();
        } catch (Exception e) {
            LOG.warn("closing a session resource ({}) failed", r.getClass().getName(), e);
        }
    }
}
