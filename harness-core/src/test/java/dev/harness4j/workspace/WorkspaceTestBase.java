package dev.harness4j.workspace;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

/** The fixture of the workspace tests: one workspace per test, host directories under a temp dir, closed after. */
abstract class WorkspaceTestBase {
    @TempDir
    Path temp;
    private Workspace ws;

    /** Opens this test's workspace of {@code kind} with {@link WorkspaceFixtures#create}. */
    Workspace open(WorkspaceKind kind) throws IOException {
        return track(WorkspaceFixtures.create(kind, temp));
    }

    /** Makes {@code workspace} this test's workspace, closed after the test. */
    Workspace track(Workspace workspace) {
        ws = workspace;
        return ws;
    }

    @AfterEach
    void close() {
        if (ws != null) {
            ws.close();
        }
    }
}
