/**
 * The life-cycle estimation of one training run (method §2–5): GPU-hours, production impacts of a card
 * and of the server around it, their allocation to the run, and the use phase. Every estimate carries
 * its derivation. Nothing here reads files or formats pages.
 */
package org.rebound.estimate;
