package dev.harness4j.environment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.harness4j.InvalidRequestException;
import java.util.List;

/**
 * What network a session's tools may reach. harness4j defaults to {@link None} — unlike the hosted default of
 * {@code unrestricted} — because here the sandbox shares the host's network (DESIGN §1).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Networking.None.class, name = "none"),
    @JsonSubTypes.Type(value = Networking.Limited.class, name = "limited"),
    @JsonSubTypes.Type(value = Networking.Unrestricted.class, name = "unrestricted")
})
public sealed interface Networking {

    /** No network (the default). */
    Networking NONE = new None();
    /** Full egress. */
    Networking UNRESTRICTED = new Unrestricted();

    /** Only the listed hosts. */
    static Limited limited(List<String> allowedHosts) {
        return new Limited(allowedHosts, false, false);
    }

    /** No network access at all. */
    record None() implements Networking {
    }

    /**
     * Only {@code allowed_hosts}, plus package registries when {@code allow_package_managers} and the agent's MCP
     * servers when {@code allow_mcp_servers}.
     */
    @JsonPropertyOrder({"allowed_hosts", "allow_package_managers", "allow_mcp_servers"})
    record Limited(
            List<String> allowedHosts,
            @JsonInclude(JsonInclude.Include.ALWAYS) boolean allowPackageManagers,
            @JsonInclude(JsonInclude.Include.ALWAYS) boolean allowMcpServers) implements Networking {
        /** Validates the host names (non-empty, no scheme, path or whitespace) and copies the list. */
        public Limited {
            allowedHosts = allowedHosts == null ? List.of() : allowedHosts;
            for (String host : allowedHosts) {
                if (host == null || host.isEmpty() || host.contains("/")
                        || host.chars().anyMatch(Character::isWhitespace)) {
                    throw new InvalidRequestException("networking.allowed_hosts: '" + host
                            + "' is not a host name (give hosts like api.example.com, without scheme or path)");
                }
            }
            allowedHosts = List.copyOf(allowedHosts);
        }

        @JsonCreator
        static Limited fromJson(@JsonProperty("allowed_hosts") List<String> allowedHosts,
                @JsonProperty("allow_package_managers") Boolean allowPackageManagers,
                @JsonProperty("allow_mcp_servers") Boolean allowMcpServers) {
            return new Limited(allowedHosts, Boolean.TRUE.equals(allowPackageManagers),
                    Boolean.TRUE.equals(allowMcpServers));
        }
    }

    /** Full egress to any host. */
    record Unrestricted() implements Networking {
    }
}
