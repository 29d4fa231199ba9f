/**
 * The report model: what every page and download says, as records of display-ready values, built from
 * the estimates and fits. No HTML here; the site stage renders it.
 */
package org.rebound.report;
