package dev.harness4j.bench.scenario;

/**
 * Runs one scenario in this JVM (the suite starts a fresh JVM per scenario):
 * {@code idle COUNT | wake EVENTS ROUNDS | concurrency default|virtual SESSIONS TURNS LATENCY_MS}.
 */
public final class ScenarioMain {
    private ScenarioMain() {
    }

    /** Entry point; results go to standard output as {@code RESULT} lines. */
    public static void main(String[] args) throws Exception {
        Results out = new Results(System.out);
        switch (args[0]) {
            case "idle" -> IdleSessions.run(Integer.parseInt(args[1]), out);
            case "wake" -> Wake.run(Integer.parseInt(args[1]), Integer.parseInt(args[2]), out);
            case "concurrency" -> Concurrency.run(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Long.parseLong(args[4]), out);
            default -> throw new IllegalArgumentException("unknown scenario " + args[0]);
        }
        System.exit(0);
    }
}
