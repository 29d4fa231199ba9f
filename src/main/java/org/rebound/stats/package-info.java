/**
 * Statistics on the estimates (method §6): exponential trends fitted as ordinary least squares of
 * log10(value) on the decimal year, with Hipparchus.
 */
package org.rebound.stats;
