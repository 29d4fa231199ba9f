package org.rebound.stats;

/**
 * One fitted trend: which measure, under which scenario, on which subgroup.
 *
 * @param measure  column name of the measure ({@code gwp_kgco2e}), or {@code card_production_gwp_kgco2e}…
 * @param scenario scenario key ({@code baseline} …)
 * @param subgroup subgroup key ({@code all} …)
 */
public record TrendRow(String measure, String title, String scenario, String subgroup, TrendFit fit) {
}
