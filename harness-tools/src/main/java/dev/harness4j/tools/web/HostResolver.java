package dev.harness4j.tools.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves a host name to its addresses; {@link #system()} uses the JVM's resolver (tests inject fixed answers). */
@FunctionalInterface
public interface HostResolver {

    /** Every address the host resolves to, never empty; throws when the host is unknown. */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The JVM resolver ({@link InetAddress#getAllByName}), whose cache the JDK HTTP client shares. */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
