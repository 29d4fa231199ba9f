/**
 * Immutable records passed between the pipeline stages: the models read from Epoch AI's export, the
 * accelerator catalogue, grid factors, parameters, and the estimates with their derivations. Every
 * quantity carries its unit in its name ({@code energyKwh}, {@code tdpWatts}).
 */
package org.rebound.domain;
