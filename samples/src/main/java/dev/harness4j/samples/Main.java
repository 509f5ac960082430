package dev.harness4j.samples;

import java.util.Arrays;

/**
 * Runs a sample by name: {@code java -jar harness4j-samples.jar quickstart [--json]}, {@code approvals [--yes|--no]},
 * {@code custom-tool [--events]}, {@code outcome}, {@code team}.
 */
public final class Main {
    private Main() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        String sample = args.length == 0 ? "quickstart" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (sample) {
            case "quickstart" -> System.exit(Quickstart.run(rest));
            case "approvals" -> System.exit(Approvals.run(rest));
            case "custom-tool" -> System.exit(CustomToolSample.run(rest));
            case "outcome" -> System.exit(OutcomeSample.run(rest));
            case "team" -> System.exit(Team.run(rest));
            default -> {
                System.err.println("unknown sample '" + sample + "'; available: quickstart, approvals, custom-tool, "
                        + "outcome, team");
                System.exit(2);
            }
        }
    }
}
