package dev.accounthealth;

/**
 * One DRL file of a rule set.
 *
 * @param path the file's path relative to the rule set's root, with {@code /} separators, e.g.
 *     {@code dev/accounthealth/rules/shipping.drl}
 * @param content the DRL text
 */
public record RuleFile(String path, String content) {
}
