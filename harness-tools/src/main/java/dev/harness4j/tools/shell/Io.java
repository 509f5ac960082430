package dev.harness4j.tools.shell;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/** The open file descriptors of a command: 0, 1, 2 and any others a redirection opened. */
final class Io {
    private final Map<Integer, Object> fds;

    Io(InputStream in, OutputStream out, OutputStream err) {
        fds = new HashMap<>();
        fds.put(0, in);
        fds.put(1, out);
        fds.put(2, err);
    }

    private Io(Map<Integer, Object> fds) {
        this.fds = new HashMap<>(fds);
    }

    InputStream in() {
        Object o = fds.get(0);
        return o instanceof InputStream i ? i : InputStream.nullInputStream();
    }

    OutputStream out() {
        Object o = fds.get(1);
        return o instanceof OutputStream s ? s : OutputStream.nullOutputStream();
    }

    OutputStream err() {
        Object o = fds.get(2);
        return o instanceof OutputStream s ? s : OutputStream.nullOutputStream();
    }

    Object get(int fd) {
        return fds.get(fd);
    }

    boolean has(int fd) {
        return fds.containsKey(fd);
    }

    /** A copy with {@code fd} bound to {@code stream} (null closes it). */
    Io with(int fd, Object stream) {
        Io io = new Io(fds);
        if (stream == null) {
            io.fds.remove(fd);
        } else {
            io.fds.put(fd, stream);
        }
        return io;
    }
}
