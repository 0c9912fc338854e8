/**
 * The machinery behind {@code dev.accounthealth.json}: Jackson's setup, the field-by-field
 * decoding of an event line and the encoding of an event. Not part of the API.
 */
package dev.accounthealth.json.internal;
