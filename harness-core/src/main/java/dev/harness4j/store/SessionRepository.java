package dev.harness4j.store;

import dev.harness4j.session.SessionRecord;
import java.util.List;
import java.util.Optional;

/** The session records, one each (an update replaces the record). */
public interface SessionRepository {

    /** Inserts or replaces a session record. */
    void save(SessionRecord session);

    /** A session record by id. */
    Optional<SessionRecord> get(String id);

    /** Every session record (archived included), by creation time, then id. */
    List<SessionRecord> list();

    /** Deletes a session record; false if there was none. */
    boolean delete(String id);
}
