package dev.harness4j.test.gen;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the JSON building blocks of events: unicode text, ids, RFC 3339 instants of every
 * precision and free-form JSON objects such as tool {@code input}.
 *
 * <p>Numbers in generated JSON objects are of every Java type a caller might use ({@code Integer}, {@code Long} small and
 * large, {@code Short}, {@code Byte}, {@code BigInteger}, {@code Float}, {@code Double}, {@code BigDecimal}). The event
 * records normalise numbers when they freeze their JSON (integers to the smallest of Integer/Long/BigInteger, others
 * to a finite Double, the types Jackson reads back), so {@code decode(encode(e)).equals(e)} holds for all of them and
 * the property tests prove that normalisation rather than avoid it.
 */
public final class JsonGenerators {
    private static final List<String> FRAGMENTS = List.of("\"", "\\", "\\\"", "/", "\n", "\r\n", "\r", "\t", "\u0000",
            "\u001f", "\u007f", "\u2028", "\u2029", "\uFEFF", "😀", "👩‍💻", "🇫🇷", "é", "e\u0301", "中文", "עברית",
            "…", "</script>", "{\"a\":1}", "[]", "null", "true", " ", "  ", "%s", "${x}", "data: x\n\n", "sevt_");
    private static final String ID_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final long FROM = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();

    private JsonGenerators() {
    }

    /** Unicode text of up to 12 pieces: quotes, backslashes, newlines, control characters, emoji, any code point. */
    public static Gen<String> texts() {
        return texts(12);
    }

    /** Unicode text of up to {@code maxPieces} pieces (a piece is a tricky fragment, a code point or a word). */
    public static Gen<String> texts(int maxPieces) {
        Gen<Integer> pieces = Generate.range(0, maxPieces);
        Gen<Integer> kind = Generate.range(0, 3);
        Gen<String> fragment = Generate.pick(FRAGMENTS);
        Gen<Integer> codePoint = Generate.range(1, Character.MAX_CODE_POINT);
        Gen<Integer> letter = Generate.range('a', 'z');
        Gen<Integer> wordLength = Generate.range(1, 8);
        return rs -> {
            int n = pieces.generate(rs);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                switch (kind.generate(rs)) {
                    case 0:
                        sb.append(fragment.generate(rs));
                        break;
                    case 1:
                        int cp = codePoint.generate(rs);
                        sb.appendCodePoint(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE
                                ? cp - Character.MIN_SURROGATE + 0xE000 : cp);
                        break;
                    default:
                        int len = wordLength.generate(rs);
                        for (int j = 0; j < len; j++) {
                            sb.append((char) letter.generate(rs).intValue());
                        }
                        sb.append(' ');
                }
            }
            return sb.toString();
        };
    }

    /** Ids with the given prefix ({@code sevt_}, {@code sthr_}, ...) and 1 to 26 alphanumerics. */
    public static Gen<String> ids(String prefix) {
        Gen<Integer> length = Generate.range(1, 26);
        Gen<Integer> index = Generate.range(0, ID_CHARS.length() - 1);
        return rs -> {
            int n = length.generate(rs);
            StringBuilder sb = new StringBuilder(prefix);
            for (int i = 0; i < n; i++) {
                sb.append(ID_CHARS.charAt(index.generate(rs)));
            }
            return sb.toString();
        };
    }

    /** Instants between 2000 and 2100 with whole-second, milli-, micro- or nanosecond precision. */
    public static Gen<Instant> instants() {
        Gen<Long> seconds = Generate.longRange(FROM, TO - 1);
        Gen<Integer> precision = Generate.range(0, 3);
        Gen<Integer> nanos = Generate.range(0, 999_999_999);
        return rs -> {
            long s = seconds.generate(rs);
            int n = nanos.generate(rs);
            switch (precision.generate(rs)) {
                case 0:
                    return Instant.ofEpochSecond(s);
                case 1:
                    return Instant.ofEpochSecond(s, n / 1_000_000 * 1_000_000L);
                case 2:
                    return Instant.ofEpochSecond(s, n / 1_000 * 1_000L);
                default:
                    return Instant.ofEpochSecond(s, n);
            }
        };
    }

    /** Base64 text of 0 to 48 random bytes. */
    public static Gen<String> base64() {
        Gen<Integer> length = Generate.range(0, 48);
        Gen<Integer> octet = Generate.range(0, 255);
        return rs -> {
            byte[] bytes = new byte[length.generate(rs)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) octet.generate(rs).intValue();
            }
            return Base64.getEncoder().encodeToString(bytes);
        };
    }

    /** JSON objects (as maps) nested up to three levels, with every kind of JSON value. */
    public static Gen<Map<String, Object>> jsonObjects() {
        return objects(3);
    }

    /** Any JSON value (null, boolean, number, string, list, map) nested up to three levels. */
    public static Gen<Object> jsonValues() {
        return values(3);
    }

    /** JSON numbers as the many Java types callers use; all finite. */
    public static Gen<Number> numbers() {
        Gen<Integer> kind = Generate.range(0, 9);
        Gen<Integer> ints = Generate.range(Integer.MIN_VALUE, Integer.MAX_VALUE);
        Gen<Integer> small = Generate.range(-1000, 1000);
        Gen<Long> longs = Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE);
        Gen<Long> bits = Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE);
        return rs -> {
            switch (kind.generate(rs)) {
                case 0:
                    return ints.generate(rs);
                case 1:
                    return (long) small.generate(rs);
                case 2:
                    return longs.generate(rs);
                case 3:
                    return BigInteger.valueOf(longs.generate(rs)).multiply(BigInteger.valueOf(longs.generate(rs)))
                            .add(BigInteger.valueOf(small.generate(rs)));
                case 4:
                    return (short) small.generate(rs).intValue();
                case 5:
                    double d = Double.longBitsToDouble(bits.generate(rs));
                    return Double.isFinite(d) ? d : small.generate(rs) / 8.0;
                case 6:
                    return small.generate(rs) / 3.0;
                case 7:
                    float f = Float.intBitsToFloat(ints.generate(rs));
                    return Float.isFinite(f) ? f : small.generate(rs) / 4f;
                case 8:
                    return new BigDecimal(BigInteger.valueOf(longs.generate(rs)), small.generate(rs) % 20);
                default:
                    return (byte) small.generate(rs).intValue();
            }
        };
    }

    private static Gen<Map<String, Object>> objects(int depth) {
        Gen<Integer> size = Generate.range(0, depth == 3 ? 5 : 3);
        Gen<String> keys = texts(3);
        Gen<Object> values = values(depth - 1);
        return rs -> {
            int n = size.generate(rs);
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                map.put(keys.generate(rs), values.generate(rs));
            }
            return map;
        };
    }

    private static Gen<Object> values(int depth) {
        Gen<Integer> kind = Generate.range(0, depth > 0 ? 6 : 4);
        Gen<Boolean> booleans = Generate.booleans();
        Gen<Number> numbers = numbers();
        Gen<String> strings = texts(6);
        if (depth <= 0) {
            return rs -> scalar(kind.generate(rs), rs, booleans, numbers, strings);
        }
        Gen<Integer> size = Generate.range(0, 3);
        Gen<Object> inner = values(depth - 1);
        Gen<Map<String, Object>> objects = objects(depth);
        return rs -> {
            int k = kind.generate(rs);
            if (k == 5) {
                int n = size.generate(rs);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(inner.generate(rs));
                }
                return list;
            }
            if (k == 6) {
                return objects.generate(rs);
            }
            return scalar(k, rs, booleans, numbers, strings);
        };
    }

    private static Object scalar(int kind, org.quicktheories.core.RandomnessSource rs, Gen<Boolean> booleans,
                                 Gen<Number> numbers, Gen<String> strings) {
        switch (kind) {
            case 0:
                return null;
            case 1:
                return booleans.generate(rs);
            case 2:
                return numbers.generate(rs);
            default:
                return strings.generate(rs);
        }
    }

    /** A generator that gives null about one time in four and otherwise a value of {@code gen}. */
    public static <T> Gen<T> orNull(Gen<T> gen) {
        Gen<Integer> coin = Generate.range(0, 3);
        return rs -> coin.generate(rs) == 0 ? null : gen.generate(rs);
    }

    /** Lists of {@code min} to {@code max} values of {@code gen}. */
    public static <T> Gen<List<T>> listsOf(Gen<T> gen, int min, int max) {
        Gen<Integer> size = Generate.range(min, max);
        return rs -> {
            int n = size.generate(rs);
            List<T> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(gen.generate(rs));
            }
            return list;
        };
    }

    /** One of the values, uniformly. */
    @SafeVarargs
    public static <T> Gen<T> oneOf(T... values) {
        List<T> choices = new ArrayList<>(values.length);
        for (T value : values) {
            choices.add(value);
        }
        return Generate.pick(choices);
    }
}
