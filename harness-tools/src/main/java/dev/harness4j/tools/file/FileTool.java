package dev.harness4j.tools.file;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.hands.Tool;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolContext;
import dev.harness4j.hands.ToolResult;
import dev.harness4j.workspace.WorkspaceException;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the file tools: holds the specification and turns every refusal into an error result whose text starts
 * with the tool name ({@code read: no such file: /workspace/a.txt}), as the reference toolset does.
 */
abstract class FileTool implements Tool {
    private static final Logger LOG = LoggerFactory.getLogger(FileTool.class);

    private final ToolSpecification specification;

    FileTool(ToolSpecification specification) {
        this.specification = specification;
    }

    @Override
    public final String name() {
        return specification.name();
    }

    @Override
    public final ToolSpecification specification() {
        return specification;
    }

    @Override
    public final ToolResult execute(ToolCall call, ToolContext context) {
        try {
            return ToolResult.ok(run(call, context));
        } catch (ToolFailure | WorkspaceException | InvalidRequestException e) {
            return ToolResult.error(prefixed(e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("{} failed with an I/O error in session {}", name(), context.sessionId(), e);
            return ToolResult.error(prefixed("I/O error (" + e.getClass().getSimpleName() + ")"));
        } catch (RuntimeException e) {
            LOG.error("{} failed unexpectedly in session {}", name(), context.sessionId(), e);
            return ToolResult.error(prefixed("internal error (" + e.getClass().getSimpleName() + ")"));
        }
    }

    /** Runs the call and returns the success text; refusals throw {@link ToolFailure} or a workspace exception. */
    abstract String run(ToolCall call, ToolContext context) throws IOException;

    private String prefixed(String message) {
        String m = message == null ? "failed" : message;
        return m.startsWith(name() + ": ") ? m : name() + ": " + m;
    }
}
