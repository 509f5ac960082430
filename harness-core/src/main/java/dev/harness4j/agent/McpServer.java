package dev.harness4j.agent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.harness4j.InvalidRequestException;
import java.net.URI;
import java.net.URISyntaxException;

/** An MCP server the agent may use, reached over Streamable HTTP: JSON {@code {"type":"url", name, url}}. */
@JsonPropertyOrder({"type", "name", "url"})
public record McpServer(String name, String url) {

    /** The only server type. */
    public static final String TYPE = "url";
    /** Longest server name. */
    public static final int MAX_NAME_LENGTH = 255;

    /** Validates the name (1–255 characters) and that the URL is an absolute http(s) URL. */
    public McpServer {
        Check.text(name, "mcp_servers.name", 1, MAX_NAME_LENGTH);
        Check.required(url, "mcp_servers(" + name + ").url");
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                throw new InvalidRequestException("mcp_servers(" + name + ").url must be an http or https URL, got '"
                        + url + "'");
            }
        } catch (URISyntaxException e) {
            throw new InvalidRequestException("mcp_servers(" + name + ").url is not a valid URL: " + e.getMessage());
        }
    }

    /** A server reached at {@code url}. */
    public static McpServer url(String name, String url) {
        return new McpServer(name, url);
    }

    /** The wire type, always {@code url}. */
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }

    @JsonCreator
    static McpServer fromJson(@JsonProperty("type") String type, @JsonProperty("name") String name,
            @JsonProperty("url") String url) {
        if (type != null && !TYPE.equals(type)) {
            throw new InvalidRequestException("mcp_servers(" + name + ").type must be \"url\", got \"" + type + "\"");
        }
        return new McpServer(name, url);
    }
}
