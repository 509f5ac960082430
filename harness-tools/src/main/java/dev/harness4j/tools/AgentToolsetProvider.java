package dev.harness4j.tools;

import dev.harness4j.hands.Tool;
import dev.harness4j.hands.ToolsetProvider;
import dev.harness4j.tools.bash.BashTool;
import dev.harness4j.tools.bash.HostShellMode;
import dev.harness4j.tools.file.EditTool;
import dev.harness4j.tools.file.GlobTool;
import dev.harness4j.tools.file.GrepTool;
import dev.harness4j.tools.file.ReadTool;
import dev.harness4j.tools.file.WriteTool;
import dev.harness4j.tools.web.WebFetchTool;
import dev.harness4j.tools.web.WebSearchTool;
import java.util.List;
import java.util.Objects;

/**
 * The built-in toolset {@value #TYPE}: {@code bash, read, write, edit, glob, grep, web_fetch, web_search}. Registered
 * through {@link java.util.ServiceLoader} with the defaults; {@link #builder()} sets options. {@code bash} runs the
 * Java shell on in-memory workspaces and jailed {@code /bin/bash} on host directories; {@code web_fetch} obeys the
 * environment's networking policy; {@code web_search} needs a {@link dev.harness4j.tools.web.WebSearchProvider}.
 */
public final class AgentToolsetProvider implements ToolsetProvider {
    /** The toolset type, as it appears in an agent's {@code tools[].type}. */
    public static final String TYPE = "agent_toolset_20260401";

    private final List<Tool> tools;

    /**
     * Creates the provider with the defaults (ServiceLoader calls this): {@code web_fetch} for public addresses only,
     * {@code web_search} over the first {@link dev.harness4j.tools.web.WebSearchProvider} found through ServiceLoader.
     */
    public AgentToolsetProvider() {
        this(builder());
    }

    private AgentToolsetProvider(Builder b) {
        BashTool bash = BashTool.builder()
                .hostShellMode(b.unconfinedHostShell
                        ? HostShellMode.UNCONFINED_WITHOUT_BUBBLEWRAP : HostShellMode.JAILED_ONLY)
                .maxOutputBytes(b.bashMaxOutputBytes)
                .build();
        tools = List.of(
                bash,
                new ReadTool(),
                new WriteTool(),
                new EditTool(),
                new GlobTool(),
                new GrepTool(),
                b.webFetch != null ? b.webFetch : new WebFetchTool(),
                b.webSearch != null ? b.webSearch : WebSearchTool.fromServiceLoader());
    }

    /** A builder of a provider with non-default options; register the result with {@code Harness.builder().toolset}. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Tool> tools() {
        return tools;
    }

    /** Options of the built-in toolset. */
    public static final class Builder {
        private boolean unconfinedHostShell;
        private int bashMaxOutputBytes = BashTool.DEFAULT_MAX_OUTPUT_BYTES;
        private WebFetchTool webFetch;
        private WebSearchTool webSearch;

        private Builder() {
        }

        /**
         * Whether {@code bash} may run UNCONFINED on a host-directory workspace when bubblewrap is missing (default
         * false: it refuses, naming the fix). Unconfined, commands can read and write anything this JVM's user can and
         * reach the network; only the environment is scrubbed and the process tree killed on timeout.
         */
        public Builder unconfinedHostShell(boolean allowed) {
            this.unconfinedHostShell = allowed;
            return this;
        }

        /** The most output bytes one {@code bash} result keeps, the tail (default 100 KiB). */
        public Builder bashMaxOutputBytes(int bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("bashMaxOutputBytes must be positive: " + bytes);
            }
            this.bashMaxOutputBytes = bytes;
            return this;
        }

        /** The {@code web_fetch} tool to offer, e.g. {@code new WebFetchTool(options)} (default: public hosts only). */
        public Builder webFetch(WebFetchTool tool) {
            this.webFetch = Objects.requireNonNull(tool, "webFetch");
            return this;
        }

        /** The {@code web_search} tool to offer, e.g. {@code new WebSearchTool(myProvider)}. */
        public Builder webSearch(WebSearchTool tool) {
            this.webSearch = Objects.requireNonNull(tool, "webSearch");
            return this;
        }

        /** The provider. */
        public AgentToolsetProvider build() {
            return new AgentToolsetProvider(this);
        }
    }
}
