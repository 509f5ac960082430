package dev.harness4j.workspace;

/** A path resolves (after following links) to a location outside every mount. */
public class PathOutsideWorkspaceException extends WorkspaceException {
    private final String input;

    /** Creates the exception for the path exactly as the caller gave it. */
    public PathOutsideWorkspaceException(String input) {
        super("path outside the workspace: " + input);
        this.input = input;
    }

    /** The path as the caller gave it. */
    public String input() {
        return input;
    }
}
