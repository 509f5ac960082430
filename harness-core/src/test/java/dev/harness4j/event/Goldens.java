package dev.harness4j.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Loads the golden event files under {@code src/test/resources/golden} and checks their round trip. */
final class Goldens {
    private static final EventCodec CODEC = EventCodec.get();

    private Goldens() {
    }

    /** The names (file name without {@code .json}) of every golden file, sorted. */
    static List<String> names() {
        URL dir = Goldens.class.getClassLoader().getResource("golden");
        if (dir == null) {
            throw new IllegalStateException("no golden directory on the test class path");
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event type a golden file holds: the first two dot-separated parts of its name. */
    static String typeOf(String name) {
        String[] parts = name.split("\\.");
        return parts[0] + "." + parts[1];
    }

    /** The text of a golden file. */
    static String text(String name) {
        try (InputStream in = Goldens.class.getClassLoader().getResourceAsStream("golden/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file " + name + ".json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON tree, parsed without any of the codec's rules. */
    static JsonNode tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    /**
     * Decodes a golden file, checks that it is a {@code type}, that encoding gives back the file's JSON tree, that
     * re-encoding is stable and that the byte codec agrees; returns the decoded event.
     */
    static <T extends Event> T roundTrip(String name, Class<T> type) {
        String json = text(name);
        Event event = CODEC.decode(json);
        T typed = assertInstanceOf(type, event, name);
        assertEquals(typeOf(name), event.type(), name + ": type");

        String encoded = CODEC.encode(event);
        assertEquals(tree(json), tree(encoded), name + ": encoding differs from the golden file");
        assertEquals(encoded, CODEC.encode(CODEC.decode(encoded)), name + ": re-encoding is not stable");
        assertEquals(event, CODEC.decode(encoded), name + ": decode(encode(e)) != e");

        byte[] bytes = CODEC.encodeBytes(event);
        assertArrayEquals(encoded.getBytes(StandardCharsets.UTF_8), bytes, name + ": encodeBytes != encode");
        byte[] padded = new byte[bytes.length + 6];
        System.arraycopy(bytes, 0, padded, 3, bytes.length);
        assertEquals(event, CODEC.decode(padded, 3, bytes.length), name + ": decode(bytes, off, len)");
        assertEquals(event, CODEC.decode(tree(json)), name + ": decode(JsonNode)");
        assertEquals(tree(encoded), CODEC.toTree(event), name + ": toTree");
        return typed;
    }
}
