/**
 * What the library is fed: one immutable record per kind of event in a seller's history, all
 * implementing the sealed {@link dev.accounthealth.event.SellerEvent}. Each record validates
 * itself at construction and names the event, field and reason of any problem.
 */
package dev.accounthealth.event;
