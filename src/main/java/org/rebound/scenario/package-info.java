/**
 * Scenarios (method §7): location shifting, grid decarbonization, hardware lifespan and utilization.
 * Each re-estimates every model and re-fits every trend, to see whether growth persists.
 */
package org.rebound.scenario;
