/**
 * Where events come in from files and the report goes out as JSON:
 * {@link dev.accounthealth.json.EventReader} reads JSON Lines (strict, or lenient with
 * {@link dev.accounthealth.json.RejectedLine}s set aside),
 * {@link dev.accounthealth.json.EventWriter} writes them, and
 * {@link dev.accounthealth.json.ReportWriter} writes an
 * {@link dev.accounthealth.report.AccountHealthReport} as the JSON of the report spec.
 */
package dev.accounthealth.json;
