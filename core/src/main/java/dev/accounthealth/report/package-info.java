/**
 * What the library gives back: {@link dev.accounthealth.report.AccountHealthReport} and the
 * values it is made of. Every type here is an immutable record or an enum.
 */
package dev.accounthealth.report;
