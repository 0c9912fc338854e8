/**
 * The workloads the benchmarks run: seeded seller histories from the examples' generator, one
 * seller of 10 thousand to a million events, or a fleet of sellers of a thousand events each.
 */
package dev.accounthealth.benchmarks.workload;
