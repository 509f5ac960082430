package dev.harness4j.tools.web;

import dev.harness4j.environment.Networking;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * What {@code web_fetch} may reach: the URL's scheme, its host under the environment's {@link Networking}, and every
 * address the host resolves to. Checked before the first request and again before every redirect hop.
 */
final class FetchPolicy {
    private final WebFetchOptions options;

    FetchPolicy(WebFetchOptions options) {
        this.options = options;
    }

    /** Checks a hop; throws {@link FetchRefused} naming the reason. */
    void check(URI uri, Networking networking) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchRefused("only http and https URLs can be fetched, not " + uri);
        }
        String host = host(uri);
        if (host.isEmpty()) {
            throw new FetchRefused("the URL " + uri + " has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchRefused("URLs with credentials (user@host) are not fetched: " + uri);
        }
        checkHost(host, port(uri), networking);
        checkAddresses(host);
    }

    /** The host in lower case, without IPv6 brackets or a trailing dot. */
    static String host(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return "";
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static void checkHost(String host, int port, Networking networking) {
        if (networking instanceof Networking.None) {
            throw new FetchRefused("this environment allows no network access (networking: none)");
        }
        if (networking instanceof Networking.Limited limited) {
            for (String entry : limited.allowedHosts()) {
                if (matches(entry.toLowerCase(Locale.ROOT), host, port)) {
                    return;
                }
            }
            throw new FetchRefused("host " + host + " is not in this environment's allowed_hosts "
                    + limited.allowedHosts());
        }
    }

    /** {@code host}, {@code host:port} or {@code *.domain} (any subdomain of domain, not domain itself). */
    static boolean matches(String entry, String host, int port) {
        String e = entry.endsWith(".") ? entry.substring(0, entry.length() - 1) : entry;
        int colon = e.lastIndexOf(':');
        if (colon > 0 && e.indexOf(':') == colon && e.chars().skip(colon + 1L).allMatch(Character::isDigit)
                && colon < e.length() - 1) {
            if (Integer.parseInt(e.substring(colon + 1)) != port) {
                return false;
            }
            e = e.substring(0, colon);
        }
        if (e.startsWith("[") && e.endsWith("]")) {
            e = e.substring(1, e.length() - 1);
        }
        if (e.startsWith("*.")) {
            String domain = e.substring(1);
            return host.endsWith(domain) && host.length() > domain.length();
        }
        return e.equals(host);
    }

    private void checkAddresses(String host) {
        List<InetAddress> addresses;
        try {
            addresses = options.resolver().resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchRefused("cannot resolve host " + host);
        }
        if (addresses == null || addresses.isEmpty()) {
            throw new FetchRefused("cannot resolve host " + host);
        }
        for (InetAddress address : addresses) {
            String kind = forbiddenKind(address);
            if (kind != null) {
                throw new FetchRefused("host " + host + " resolves to " + address.getHostAddress() + ", " + kind
                        + "; web_fetch only reaches public addresses");
            }
        }
    }

    /** Why this address may not be reached under the options, or null when it may. */
    String forbiddenKind(InetAddress address) {
        if (address instanceof Inet6Address) {
            Inet4Address embedded = embeddedIpv4(address.getAddress());
            if (embedded != null) {
                return forbiddenKind(embedded);
            }
        }
        if (address.isAnyLocalAddress() || isZeroNetwork(address)) {
            return "an unspecified address";
        }
        if (address.isMulticastAddress() || isBroadcast(address)) {
            return "a multicast or broadcast address";
        }
        if (address.isLoopbackAddress()) {
            return options.allowLoopback() ? null : "a loopback address";
        }
        if (address.isLinkLocalAddress() || address.isSiteLocalAddress() || isUniqueLocal(address)
                || isSharedAddressSpace(address)) {
            return options.allowPrivateAddresses() ? null : "a private or link-local address";
        }
        return null;
    }

    private static boolean isZeroNetwork(InetAddress a) {
        return a instanceof Inet4Address && a.getAddress()[0] == 0;
    }

    private static boolean isBroadcast(InetAddress a) {
        byte[] b = a.getAddress();
        return a instanceof Inet4Address && b[0] == (byte) 255 && b[1] == (byte) 255 && b[2] == (byte) 255
                && b[3] == (byte) 255;
    }

    /** fc00::/7. */
    private static boolean isUniqueLocal(InetAddress a) {
        return a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10 (carrier-grade NAT), internal to providers' networks. */
    private static boolean isSharedAddressSpace(InetAddress a) {
        byte[] b = a.getAddress();
        return a instanceof Inet4Address && b[0] == 100 && (b[1] & 0xc0) == 64;
    }

    /** The IPv4 address inside an IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
    private static Inet4Address embeddedIpv4(byte[] b) {
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= b[i] == 0;
        }
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        try {
            if ((compatible && (b[12] | b[13] | b[14] | b[15]) != 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0))
                    || nat64) {
                return (Inet4Address) InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return (Inet4Address) InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }
}
