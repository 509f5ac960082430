package dev.harness4j.store;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.NotFoundException;
import dev.harness4j.agent.Agent;
import dev.harness4j.environment.Environment;
import dev.harness4j.session.SessionRecord;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Store} of JSON files: {@code agents/<id>/v<version>.json} (plus {@code archived.json} once archived),
 * {@code environments/<id>.json} and {@code sessions/<id>.json}, each written atomically. Writes are serialised within
 * this instance; one directory must not be opened by two live stores at once.
 */
final class FileStore implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(FileStore.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final Pattern VERSION_FILE = Pattern.compile("v([1-9][0-9]{0,17})\\.json");
    private static final Pattern RECORD_FILE = Pattern.compile("([A-Za-z0-9_-]{1,128})\\.json");
    private static final String ARCHIVED_FILE = "archived.json";

    private final Path agentsDir;
    private final Object writeLock = new Object();
    private final EnvironmentRepository environments;
    private final SessionRepository sessions;
    private final AgentRepository agents = new FileAgents();
    private volatile boolean closed;

    FileStore(Path root) {
        Objects.requireNonNull(root, "dir");
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new StoreException("store path " + root + " exists and is not a directory", null);
        }
        this.agentsDir = root.resolve("agents");
        Path environmentsDir = root.resolve("environments");
        Path sessionsDir = root.resolve("sessions");
        try {
            Files.createDirectories(agentsDir);
            Files.createDirectories(environmentsDir);
            Files.createDirectories(sessionsDir);
        } catch (IOException e) {
            throw new StoreException("cannot create store directories under " + root + ": " + e, e);
        }
        this.environments = new FileEnvironments(environmentsDir);
        this.sessions = new FileSessions(sessionsDir);
        LOG.debug("opened file store at {}", root);
    }

    @Override
    public AgentRepository agents() {
        return agents;
    }

    @Override
    public EnvironmentRepository environments() {
        return environments;
    }

    @Override
    public SessionRepository sessions() {
        return sessions;
    }

    @Override
    public void close() {
        closed = true;
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("store is closed");
        }
    }

    private static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static void requireValidId(String id, String kind) {
        if (!validId(id)) {
            throw new InvalidRequestException(kind + " id '" + id + "' cannot be stored: ids are 1–128 characters of "
                    + "letters, digits, '_' and '-'");
        }
    }

    /** Names the entries of a directory; empty when it does not exist. */
    private static List<Path> entries(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new StoreException("cannot list " + dir + ": " + e, e);
        }
        return entries;
    }

    /** The version files of an agent by version number. */
    private TreeMap<Long, Path> versionFiles(String id) {
        TreeMap<Long, Path> files = new TreeMap<>();
        for (Path p : entries(agentsDir.resolve(id))) {
            Matcher m = VERSION_FILE.matcher(p.getFileName().toString());
            if (m.matches()) {
                files.put(Long.parseLong(m.group(1)), p);
            }
        }
        return files;
    }

    private Agent readVersion(String id, long version, Path file) {
        Agent agent = AtomicFiles.readJson(file, Agent.class)
                .orElseThrow(() -> new StoreCorruptedException(file, "the version file vanished", null));
        if (!agent.id().equals(id) || agent.version() != version) {
            throw new StoreCorruptedException(file, "holds agent " + agent.id() + " version " + agent.version(), null);
        }
        Optional<ArchiveMarker> marker = AtomicFiles.readJson(agentsDir.resolve(id).resolve(ARCHIVED_FILE),
                ArchiveMarker.class);
        return agent.withArchivedAt(marker.map(ArchiveMarker::archivedAt).orElse(null));
    }

    /** When an agent was archived, written as {@code agents/<id>/archived.json}. */
    record ArchiveMarker(Instant archivedAt) {
        ArchiveMarker {
            Objects.requireNonNull(archivedAt, "archived_at");
        }
    }

    private final class FileAgents implements AgentRepository {
        @Override
        public void saveVersion(Agent agent) {
            Objects.requireNonNull(agent, "agent");
            requireValidId(agent.id(), "agent");
            synchronized (writeLock) {
                open();
                TreeMap<Long, Path> files = versionFiles(agent.id());
                Versions.checkNext(agent, files.isEmpty() ? 0 : files.lastKey());
                AtomicFiles.writeJson(agentsDir.resolve(agent.id()).resolve("v" + agent.version() + ".json"),
                        agent.withArchivedAt(null));
            }
        }

        @Override
        public Optional<Agent> latest(String id) {
            open();
            if (!validId(id)) {
                return Optional.empty();
            }
            TreeMap<Long, Path> files = versionFiles(id);
            if (files.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(readVersion(id, files.lastKey(), files.lastEntry().getValue()));
        }

        @Override
        public Optional<Agent> version(String id, long version) {
            open();
            if (!validId(id) || version < 1) {
                return Optional.empty();
            }
            Path file = agentsDir.resolve(id).resolve("v" + version + ".json");
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return Optional.of(readVersion(id, version, file));
        }

        @Override
        public List<Agent> versions(String id) {
            open();
            if (!validId(id)) {
                return List.of();
            }
            List<Agent> all = new ArrayList<>();
            versionFiles(id).forEach((v, file) -> all.add(readVersion(id, v, file)));
            return List.copyOf(all);
        }

        @Override
        public List<Agent> list() {
            open();
            List<Agent> latest = new ArrayList<>();
            for (Path dir : entries(agentsDir)) {
                String id = dir.getFileName().toString();
                if (validId(id) && Files.isDirectory(dir)) {
                    latest(id).ifPresent(latest::add);
                }
            }
            return Versions.sortAgents(latest);
        }

        @Override
        public void markArchived(String id, Instant archivedAt) {
            Objects.requireNonNull(archivedAt, "archivedAt");
            synchronized (writeLock) {
                open();
                if (!validId(id) || versionFiles(id).isEmpty()) {
                    throw new NotFoundException("agent", id);
                }
                AtomicFiles.writeJson(agentsDir.resolve(id).resolve(ARCHIVED_FILE), new ArchiveMarker(archivedAt));
            }
        }
    }

    /** One JSON file per record, named by its id. */
    private final class RecordFiles<T> {
        private final Path dir;
        private final Class<T> type;
        private final Function<T, String> idOf;
        private final Function<List<T>, List<T>> sort;

        RecordFiles(Path dir, Class<T> type, Function<T, String> idOf, Function<List<T>, List<T>> sort) {
            this.dir = dir;
            this.type = type;
            this.idOf = idOf;
            this.sort = sort;
        }

        void save(T record, String kind) {
            Objects.requireNonNull(record, kind);
            String id = idOf.apply(record);
            requireValidId(id, kind);
            synchronized (writeLock) {
                open();
                AtomicFiles.writeJson(dir.resolve(id + ".json"), record);
            }
        }

        Optional<T> get(String id) {
            open();
            if (!validId(id)) {
                return Optional.empty();
            }
            Path file = dir.resolve(id + ".json");
            Optional<T> record = AtomicFiles.readJson(file, type);
            if (record.isPresent() && !idOf.apply(record.get()).equals(id)) {
                throw new StoreCorruptedException(file, "holds record " + idOf.apply(record.get()), null);
            }
            return record;
        }

        List<T> list() {
            open();
            List<T> records = new ArrayList<>();
            for (Path p : entries(dir)) {
                Matcher m = RECORD_FILE.matcher(p.getFileName().toString());
                if (m.matches()) {
                    get(m.group(1)).ifPresent(records::add);
                }
            }
            return sort.apply(records);
        }

        boolean delete(String id) {
            if (!validId(id)) {
                return false;
            }
            synchronized (writeLock) {
                open();
                return AtomicFiles.delete(dir.resolve(id + ".json"));
            }
        }
    }

    private final class FileEnvironments implements EnvironmentRepository {
        private final RecordFiles<Environment> files;

        FileEnvironments(Path dir) {
            files = new RecordFiles<>(dir, Environment.class, Environment::id, Versions::sortEnvironments);
        }

        @Override
        public void save(Environment environment) {
            files.save(environment, "environment");
        }

        @Override
        public Optional<Environment> get(String id) {
            return files.get(id);
        }

        @Override
        public List<Environment> list() {
            return files.list();
        }

        @Override
        public boolean delete(String id) {
            return files.delete(id);
        }
    }

    private final class FileSessions implements SessionRepository {
        private final RecordFiles<SessionRecord> files;

        FileSessions(Path dir) {
            files = new RecordFiles<>(dir, SessionRecord.class, SessionRecord::id, Versions::sortSessions);
        }

        @Override
        public void save(SessionRecord session) {
            files.save(session, "session");
        }

        @Override
        public Optional<SessionRecord> get(String id) {
            return files.get(id);
        }

        @Override
        public List<SessionRecord> list() {
            return files.list();
        }

        @Override
        public boolean delete(String id) {
            return files.delete(id);
        }
    }
}
