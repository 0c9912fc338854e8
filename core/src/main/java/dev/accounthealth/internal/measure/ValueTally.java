package dev.accounthealth.internal.measure;

/**
 * One value of a root-cause dimension among the items behind a count: how many of the flagged
 * items have it (read with why they are flagged), and how many of all the items counted (the
 * flagged ones read the same way, the others from the items alone).
 */
public record ValueTally(String value, long flagged, long counted) {
}
