package dev.accounthealth.internal.drools;

import dev.accounthealth.RuleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * A rule file as the DRL parser reads it, for checks of what its rules say beside what Drools
 * compiles: the file's name as the rule set gives it, its lines, and its package.
 */
record ParsedDrl(String name, List<String> lines, PackageDescr drl) {

    /**
     * Every file of a rule set that compiled, parsed once more; a file the parser cannot read
     * again (Drools compiled it) is left out: the checks then say nothing of it.
     *
     * @param locations how the rule set names each file, by its path
     */
    static List<ParsedDrl> of(List<RuleFile> files, Map<String, String> locations) {
        List<ParsedDrl> parsed = new ArrayList<>();
        for (RuleFile file : files) {
            DrlParser parser = new DrlParser();
            PackageDescr drl;
            try {
                drl = parser.parse(false, file.content());
            } catch (DroolsParserException e) {
                continue;
            }
            if (drl != null && !parser.hasErrors()) {
                parsed.add(new ParsedDrl(locations.getOrDefault(file.path(), file.path()),
                        List.of(file.content().split("\\R", -1)), drl));
            }
        }
        return parsed;
    }
}
