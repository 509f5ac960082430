package dev.harness4j.bench.report;

/**
 * One line of the results table. {@code value} is NaN when the measurement produced nothing ({@code note} says why);
 * {@code met} is null when the row has no target.
 */
public record Row(String section, String measurement, String contestant, double value, String unit, String target,
                  Boolean met, String ratio, String note) {

    /** A measured row without a target. */
    public static Row info(String section, String measurement, String contestant, double value, String unit) {
        return new Row(section, measurement, contestant, value, unit, "", null, "", "");
    }

    /** A row that could not be measured. */
    public static Row missing(String section, String measurement, String contestant, String unit, String why) {
        return new Row(section, measurement, contestant, Double.NaN, unit, "", null, "", why);
    }

    /** This row with a target, whether it is met and how far off. */
    public Row withTarget(String target, Boolean met, String ratio) {
        return new Row(section, measurement, contestant, value, unit, target, met, ratio, note);
    }

    /** This row with a note. */
    public Row withNote(String note) {
        return new Row(section, measurement, contestant, value, unit, target, met, ratio, note);
    }
}
