mkdir -p src/main/java/com/acme/report
cat > src/main/java/com/acme/report/Report.java <<'JAVA'
package com.acme.report;

/** A report. */
public final class Report {
    public String title() {
        return "Inventory";
    }
}
JAVA
ls src/main/java/com/acme/report
grep -c '' src/main/java/com/acme/report/Report.java
grep -rl 'package com.acme.report' src | sort
