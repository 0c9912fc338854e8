/**
 * How a seller state groups its events into items and writes them as bytes; not public API.
 */
package dev.accounthealth.state.internal;
