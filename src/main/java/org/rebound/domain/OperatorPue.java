package org.rebound.domain;

import java.util.List;

/**
 * The PUE an operator published for its data-centre fleet in one year, from {@code data/operator-pue.csv}.
 *
 * @param operator      who runs the data centres (Google, Meta, ...)
 * @param organisations Epoch's organisation names whose runs use those data centres
 * @param year          the calendar year the figure covers
 * @param pue           the published PUE
 * @param basis         what it covers (fleet average, measured or design; primary or secondary source)
 * @param locator       where in the source the figure is
 */
public record OperatorPue(String operator, List<String> organisations, int year, double pue, String basis,
        String sourceTitle, String sourceUrl, String locator) {

    public OperatorPue {
        organisations = List.copyOf(organisations);
    }
}
