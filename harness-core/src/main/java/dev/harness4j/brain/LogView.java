package dev.harness4j.brain;

import dev.harness4j.event.Event;
import java.util.List;

/** A read-only positional view of one session's log, as the brain sees it. */
public interface LogView {

    /** The number of events in the log. */
    long size();

    /** Up to {@code limit} events from offset {@code from}. */
    List<Event> read(long from, int limit);
}
