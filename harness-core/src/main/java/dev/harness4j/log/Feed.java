package dev.harness4j.log;

import dev.harness4j.event.Event;
import java.util.List;

/** One session's log as a subscription sees it: positional batches plus the signal its appends fire. */
interface Feed {

    /** Up to {@code limit} published events from {@code from}; empty when caught up. */
    List<Event> read(long from, int limit);

    /** The signal fired after each publish and ended when the session or the log goes away. */
    Signal signal();
}
