/**
 * JMH benchmarks of the rules engine against a hand-written plain-Java baseline. Both implement
 * {@link dev.accounthealth.benchmarks.HealthCalculator} and give the same
 * {@link dev.accounthealth.benchmarks.HealthSummary} for the same events, which a test checks; the
 * workloads are in {@link dev.accounthealth.benchmarks.workload}.
 */
package dev.accounthealth.benchmarks;
