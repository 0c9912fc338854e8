/**
 * The front door: build an {@link dev.accounthealth.AccountHealthEvaluator} from a
 * {@link dev.accounthealth.RuleSet} once, then evaluate seller histories as of explicit
 * instants, in one call or through a {@link dev.accounthealth.HealthSession}.
 *
 * <p>The flow: events come in ({@code dev.accounthealth.event}), Java folds them into one plain
 * fact per order, claim, return, message and notice ({@code internal.facts}), the DRL rules
 * classify, count and judge ({@code internal.measure} is their vocabulary, {@code internal.drools}
 * runs them), and the report goes out ({@code dev.accounthealth.report}). Files come in and go out
 * as JSON through {@code dev.accounthealth.json}.
 */
package dev.accounthealth;
