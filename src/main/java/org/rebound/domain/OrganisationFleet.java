package org.rebound.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The accelerator an operator documents for its organisations' training runs over a period, from
 * {@code data/organisation-fleets.csv}: what a run of those organisations without hardware in Epoch's row is
 * imputed to have used.
 *
 * @param operator      who runs the fleet (Google, xAI, ...)
 * @param organisations Epoch's organisation names whose runs use it
 * @param fromDate      the first publication date the row covers, inclusive
 * @param toDate        the last, inclusive
 * @param epochHardware the accelerator, as Epoch names hardware (a name of data/hardware-aliases)
 * @param locator       where in the source the fleet is stated
 * @param quote         the source's words
 */
public record OrganisationFleet(String operator, List<String> organisations, LocalDate fromDate, LocalDate toDate,
        String epochHardware, String sourceTitle, String sourceUrl, String locator, String quote) {

    public OrganisationFleet {
        organisations = List.copyOf(organisations);
    }

    /** Whether a run published on {@code date} falls in the period. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(fromDate) && !date.isAfter(toDate);
    }
}
