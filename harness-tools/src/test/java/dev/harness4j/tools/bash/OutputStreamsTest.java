package dev.harness4j.tools.bash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The byte-stream pieces of the bash tool: the tail buffer, the ANSI filter and the sentinel scanner, each checked to
 * give the same result however the stream is split into writes.
 */
class OutputStreamsTest {
    private static final long SEED = 20260421L;
    private static final String NONCE = "0123456789abcdef0123456789abcdef";

    /** Text made of pieces chosen from {@code pieces}. */
    private static Gen<String> textOf(List<String> pieces, int maxPieces) {
        return lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, maxPieces).map(idx -> {
            StringBuilder sb = new StringBuilder();
            idx.forEach(i -> sb.append(pieces.get(i)));
            return sb.toString();
        });
    }

    /** Writes {@code bytes} to {@code out} in chunks whose sizes cycle through {@code sizes}. */
    private static void writeInChunks(byte[] bytes, List<Integer> sizes, OutputStream out) {
        try {
            int pos = 0;
            int k = 0;
            while (pos < bytes.length) {
                int n = Math.min(bytes.length - pos, sizes.isEmpty() ? bytes.length : sizes.get(k++ % sizes.size()));
                out.write(bytes, pos, n);
                pos += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Gen<List<Integer>> chunkSizes() {
        return lists().of(integers().between(1, 40)).ofSizeBetween(0, 8);
    }

    @Test
    void theTailBufferKeepsExactlyTheLastCapacityBytes() {
        qt().withFixedSeed(SEED).withExamples(2_000)
                .forAll(textOf(List.of("a", "bc", "defgh", "\n", "0123456789"), 40), chunkSizes(),
                        integers().between(1, 64))
                .checkAssert((text, sizes, cap) -> {
                    TailBuffer tail = new TailBuffer(cap);
                    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
                    writeInChunks(bytes, sizes, tail);
                    String expected = bytes.length <= cap ? text
                            : "[output truncated: " + (bytes.length - cap) + " bytes dropped]\n"
                                    + text.substring(bytes.length - cap);
                    assertEquals(expected, tail.text());
                    assertEquals(bytes.length, tail.totalBytes());
                    assertTrue(tail.retainedBytes() <= cap);
                });
    }

    @Test
    void theTailNeverStartsInsideAUtf8Character() {
        TailBuffer tail = new TailBuffer(4);
        tail.write("aé€".getBytes(StandardCharsets.UTF_8), 0, 6); // a, é (2 bytes), € (3 bytes)
        assertEquals("[output truncated: 3 bytes dropped]\n€", tail.text());
    }

    @Test
    void ansiStrippingDoesNotDependOnWriteBoundaries() {
        List<String> pieces = List.of("a", "b\n", "\u001b[1;31m", "\u001b[0m", "\u001b]0;title\u0007",
                "\u001b]8;;http://x\u001b\\", "\u001b(B", "[1m");
        qt().withFixedSeed(SEED).withExamples(2_000).forAll(textOf(pieces, 30), chunkSizes())
                .checkAssert((text, sizes) -> {
                    ByteArrayOutputStream sink = new ByteArrayOutputStream();
                    writeInChunks(text.getBytes(StandardCharsets.UTF_8), sizes, new AnsiFilter(sink));
                    String expected = text.replaceAll("\u001b\\[[0-9;]*[A-Za-z]", "")
                            .replaceAll("\u001b\\][^\u0007\u001b]*(\u0007|\u001b\\\\)", "")
                            .replace("\u001b(", "");
                    assertEquals(expected, sink.toString(StandardCharsets.UTF_8));
                });
    }

    @Test
    void theScannerSplitsOutputFromTheMarkerHoweverTheStreamIsChunked() {
        String wrongNonce = NONCE.substring(0, 31) + "0";
        List<String> pieces = List.of("a", "\n", SentinelScanner.PREFIX, NONCE.substring(0, 16), "_", "7",
                SentinelScanner.PREFIX + wrongNonce + "_0\n", "\n\n");
        qt().withFixedSeed(SEED).withExamples(3_000)
                .forAll(textOf(pieces, 20), integers().between(0, 255), chunkSizes())
                .assuming((out, status, sizes) -> !out.contains("\n" + SentinelScanner.PREFIX + NONCE + "_"))
                .checkAssert((out, status, sizes) -> {
                    ByteArrayOutputStream sink = new ByteArrayOutputStream();
                    SentinelScanner scanner = new SentinelScanner(NONCE, sink);
                    String marker = "\n" + SentinelScanner.PREFIX + NONCE + "_" + status + "\n";
                    byte[] stream = (out + marker + "late output").getBytes(StandardCharsets.US_ASCII);
                    int consumed = feedInChunks(scanner, stream, sizes);
                    assertTrue(scanner.done());
                    assertEquals(status, scanner.status());
                    assertEquals(out, sink.toString(StandardCharsets.US_ASCII));
                    assertEquals(out.length() + marker.length(), consumed, "nothing after the marker is consumed");
                });
    }

    @Test
    void withoutAMarkerEverythingIsOutputAtEndOfStream() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        SentinelScanner scanner = new SentinelScanner(NONCE, sink);
        byte[] text = ("x\n" + SentinelScanner.PREFIX + NONCE + "_12").getBytes(StandardCharsets.US_ASCII);
        scanner.feed(text, 0, text.length);
        assertFalse(scanner.done());
        scanner.endOfStream();
        assertEquals(new String(text, StandardCharsets.US_ASCII), sink.toString(StandardCharsets.US_ASCII));
    }

    private static int feedInChunks(SentinelScanner scanner, byte[] stream, List<Integer> sizes) {
        try {
            int pos = 0;
            int k = 0;
            while (pos < stream.length && !scanner.done()) {
                int n = Math.min(stream.length - pos, sizes.isEmpty() ? stream.length : sizes.get(k++ % sizes.size()));
                pos += scanner.feed(stream, pos, n);
            }
            return pos;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
