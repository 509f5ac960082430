package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** {@code sleep NUMBER[smhd]...}: waits the sum in short slices, checking for cancellation between them. */
final class Sleep extends BaseCommand {
    private static final long SLICE_NANOS = 20_000_000L;

    Sleep() {
        super("sleep");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        if (args.isEmpty()) {
            throw new UsageException("missing operand");
        }
        BigDecimal seconds = BigDecimal.ZERO;
        for (String a : args) {
            BigDecimal s = parse(a);
            if (s == null) {
                throw new UsageException("invalid time interval " + quote(a));
            }
            seconds = seconds.add(s);
        }
        long total = seconds.movePointRight(9).min(BigDecimal.valueOf(Long.MAX_VALUE / 2)).longValue();
        long start = System.nanoTime();
        while (true) {
            context.checkCancelled();
            long left = total - (System.nanoTime() - start);
            if (left <= 0) {
                return 0;
            }
            LockSupport.parkNanos(Math.min(left, SLICE_NANOS));
        }
    }

    private static BigDecimal parse(String a) {
        if (a.isEmpty()) {
            return null;
        }
        if (a.equalsIgnoreCase("inf") || a.equalsIgnoreCase("infinity")) {
            return BigDecimal.valueOf(Long.MAX_VALUE);
        }
        int unit = switch (a.charAt(a.length() - 1)) {
            case 's' -> 1;
            case 'm' -> 60;
            case 'h' -> 3600;
            case 'd' -> 86400;
            default -> 0;
        };
        String number = unit == 0 ? a : a.substring(0, a.length() - 1);
        if (!number.matches("\\+?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return new BigDecimal(number.replace("+", "")).multiply(BigDecimal.valueOf(unit == 0 ? 1 : unit));
    }
}
