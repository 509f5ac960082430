package dev.harness4j.tools.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineScannerTest {

    private static List<String> lines(byte[] bytes, int maxChars) throws IOException {
        LineScanner scanner = new LineScanner(new ByteArrayInputStream(bytes), maxChars);
        List<String> out = new ArrayList<>();
        for (String line = scanner.next(); line != null; line = scanner.next()) {
            out.add(line == LineScanner.TOO_LONG ? "<TOO_LONG>" : line);
        }
        return out;
    }

    @Test
    void splitsOnNewlineAndDropsCarriageReturn() throws IOException {
        assertEquals(List.of("a", "", "b", "c"), lines("a\n\r\nb\r\nc".getBytes(StandardCharsets.UTF_8), 10));
        assertEquals(List.of(), lines(new byte[0], 10));
        assertEquals(List.of("x"), lines("x\n".getBytes(StandardCharsets.UTF_8), 10));
    }

    @Test
    void overLongLinesAreMarkedButDoNotHideTheNextLine() throws IOException {
        byte[] huge = ("y".repeat(200_000) + "\nok\n" + "é".repeat(6) + "\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("<TOO_LONG>", "ok", "éééééé"), lines(huge, 6));
        assertEquals(List.of("<TOO_LONG>"), lines("é".repeat(7).getBytes(StandardCharsets.UTF_8), 6));
    }

    @Test
    void binarySniffLooksAtTheFirst512BytesOnly() throws IOException {
        byte[] early = new byte[600];
        early[511] = 0;
        java.util.Arrays.fill(early, 0, 511, (byte) 'a');
        java.util.Arrays.fill(early, 512, 600, (byte) 'a');
        assertTrue(new LineScanner(new ByteArrayInputStream(early), 2000).looksBinary());
        byte[] late = "abc\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        late[512] = 0;
        LineScanner scanner = new LineScanner(new ByteArrayInputStream(late), 2000);
        assertFalse(scanner.looksBinary());
        assertEquals("abc", scanner.next(), "sniffed bytes are still scanned");
    }

    @Test
    void joinedLinesComeBackUnchanged() {
        // code points from space up to the surrogates: no line breaks, every one encodable
        qt().withFixedSeed(20260401L).forAll(lists().of(strings().betweenCodePoints(0x20, 0xD7FF).ofLengthBetween(0, 40)).ofSizeBetween(1, 30))
                .checkAssert(input -> {
                    try {
                        byte[] bytes = (String.join("\n", input) + "\n").getBytes(StandardCharsets.UTF_8);
                        List<String> expected = new ArrayList<>();
                        for (String s : input) {
                            expected.add(s.length() > 20 ? "<TOO_LONG>" : s);
                        }
                        assertEquals(expected, lines(bytes, 20));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Test
    void endOfInputIsNull() throws IOException {
        LineScanner scanner = new LineScanner(new ByteArrayInputStream("a".getBytes(StandardCharsets.UTF_8)), 5);
        assertEquals("a", scanner.next());
        assertNull(scanner.next());
        assertNull(scanner.next());
        assertSame(LineScanner.TOO_LONG, new LineScanner(
                new ByteArrayInputStream("abcdef".getBytes(StandardCharsets.UTF_8)), 5).next());
    }
}
