package dev.accounthealth.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one run of the command-line tool printed and returned, run in this JVM. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = AccountHealthCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
