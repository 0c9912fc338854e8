package dev.accounthealth;

/**
 * One problem in a rule set: where it is and what is wrong.
 *
 * @param file the rule file, as the rule set names it (a path in a directory, or on the classpath)
 * @param line the line, from 1; 0 when the problem has no line (a rule that failed while running)
 * @param column the column, from 1; 0 when unknown
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, int column, String message) {

    /** {@code file:line:column message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + " " + message;
    }
}
