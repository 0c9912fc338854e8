/**
 * The machinery behind {@code dev.accounthealth.amazon}: the TSV and JSON page readers, the
 * per-format mappings to events, and the merge of one order told by several inputs. Not part of
 * the API.
 */
package dev.accounthealth.amazon.internal;
