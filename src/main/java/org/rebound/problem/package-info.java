/**
 * Problems found in input files, each with where it was found ({@code file:line:column}) and what was
 * expected. Readers collect problems and report them all together; nothing is thrown one at a time.
 */
package org.rebound.problem;
