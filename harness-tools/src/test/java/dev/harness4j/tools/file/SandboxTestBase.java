package dev.harness4j.tools.file;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.harness4j.hands.ToolResult;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The fixture of the file-tool tests: one {@link Sandbox} per test, on a {@link Backend}, closed afterwards. */
abstract class SandboxTestBase {
    @TempDir
    Path tmp;
    private Sandbox sandbox;

    /** Opens this test's sandbox on {@code backend} under the test's temporary directory. */
    Sandbox open(Backend backend) throws IOException {
        sandbox = Sandbox.open(backend, tmp);
        return sandbox;
    }

    @AfterEach
    void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** The text of a result that must not be an error. */
    static String ok(ToolResult r) {
        assertFalse(r.isError(), r.text());
        return r.text();
    }
}
