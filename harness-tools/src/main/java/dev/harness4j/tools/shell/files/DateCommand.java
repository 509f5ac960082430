package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * {@code date [-uR] [-I[FMT]] [-d DATE] [-r FILE] [+FORMAT]}: the time comes from the shell clock and the zone is
 * always UTC (TZ is not consulted).
 */
final class DateCommand extends BaseCommand {
    private static final String DEFAULT = "%a %b %e %H:%M:%S %Z %Y";

    DateCommand() {
        super("date");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "uRd:r:I::", true, "utc=u", "universal=u", "rfc-email=R", "date=d",
                "reference=r", "iso-8601::", "rfc-3339:");
        Instant when = context.clock().instant();
        if (o.has("d")) {
            when = DateParser.parse(o.value("d"), context.clock());
            if (when == null) {
                error(context, "invalid date " + quote(o.value("d")));
                return 1;
            }
        } else if (o.has("r")) {
            try {
                when = Files.getLastModifiedTime(Fs.follow(context, o.value("r"), Intent.READ)).toInstant();
            } catch (Fs.PathError | IOException e) {
                error(context, o.value("r") + ": No such file or directory");
                return 1;
            }
        }
        String format = DEFAULT;
        for (String operand : o.operands()) {
            if (!operand.startsWith("+")) {
                throw new UsageException("invalid date " + quote(operand), false);
            }
        }
        if (o.operands().size() > 1) {
            throw new UsageException("extra operand " + quote(o.operands().get(1)));
        }
        if (!o.operands().isEmpty()) {
            format = o.operands().get(0).substring(1);
        } else if (o.has("R")) {
            format = "%a, %d %b %Y %H:%M:%S %z";
        } else if (o.has("I") || o.has("iso-8601")) {
            String spec = o.value("I") != null ? o.value("I") : o.value("iso-8601");
            format = iso(spec == null ? "date" : spec);
            if (format == null) {
                throw new UsageException("invalid argument " + quote(spec) + " for '--iso-8601'");
            }
        } else if (o.has("rfc-3339")) {
            format = switch (o.value("rfc-3339")) {
                case "date" -> "%Y-%m-%d";
                case "ns" -> "%Y-%m-%d %H:%M:%S.%N%:z";
                default -> "%Y-%m-%d %H:%M:%S%:z";
            };
        }
        format = format.replace("%:z", "+00:00");
        ZonedDateTime t = when.atZone(ZoneOffset.UTC);
        write(context.stdout(), Strftime.format(format, t) + "\n");
        return 0;
    }

    private static String iso(String spec) {
        return switch (spec) {
            case "date", "d" -> "%Y-%m-%d";
            case "hours", "h" -> "%Y-%m-%dT%H%:z";
            case "minutes", "m" -> "%Y-%m-%dT%H:%M%:z";
            case "seconds", "s" -> "%Y-%m-%dT%H:%M:%S%:z";
            case "ns", "n" -> "%Y-%m-%dT%H:%M:%S,%N%:z";
            default -> null;
        };
    }
}
