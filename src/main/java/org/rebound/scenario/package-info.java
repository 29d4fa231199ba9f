/**
 * Scenarios (method §7): location shifting, grid decarbonization, hardware lifespan and utilization.
 * Each re-evaluates every estimate from its own kernel inputs, changed only where the scenario changes them, and
 * re-fits every trend, to see whether growth persists.
 */
package org.rebound.scenario;
