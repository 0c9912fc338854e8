/**
 * One seller's history kept between evaluations, for a stream engine or a store:
 * {@link dev.accounthealth.state.SellerState} holds the seller's distinct events, takes new ones
 * one at a time, forgets what no rule of the rule set can count or schedule any more, and turns
 * into bytes and back in a documented, versioned format.
 */
package dev.accounthealth.state;
