package org.diplokg.store;

/**
 * What a load did.
 *
 * @param rows        input rows read
 * @param kept        rows asserted after the curation rules
 * @param claims      distinct claims among them
 * @param quadsAdded  quads the store gained (0 when the same input is loaded again)
 */
public record LoadReport(long rows, long kept, long claims, long quadsAdded) {
}
