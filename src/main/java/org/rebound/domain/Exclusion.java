package org.rebound.domain;

/**
 * A model that was not estimated, and why.
 *
 * @param reason the category, counted in the build summary ({@link Reason})
 * @param detail the specifics: the hardware name, the column and line of a bad value… (its numbers as numbers, for a
 *               view to write)
 */
public record Exclusion(NotableModel model, Reason reason, Expression detail) {

    /** An exclusion whose specifics are words only. */
    public Exclusion(NotableModel model, Reason reason, String detail) {
        this(model, reason, Expression.text(detail));
    }

    /** Why a model is not estimated. The order is the order of the checks. */
    public enum Reason {
        UNPARSABLE_VALUE("unparsable value"),
        NO_PUBLICATION_DATE("no publication date"),
        OUT_OF_DATE_RANGE("out of date range"),
        NO_HARDWARE("no training hardware"),
        HARDWARE_NOT_IN_CATALOGUE("hardware not in catalogue"),
        HARDWARE_NOT_ESTIMABLE("hardware not estimable"),
        NO_COMPUTE_NOR_TIME("no compute and no time × quantity"),
        NO_PEAK("no peak FLOP/s for the card"),
        FINETUNE_WITHOUT_OWN_COMPUTE("fine-tune without its own compute"),
        IMPLAUSIBLE_VALUE("implausible value"),
        NOT_FINITE("result not a finite positive number");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Reason and detail in one line, as the exclusion report prints it, the detail's numbers by {@code number}. */
    public String explanation(Expression.NumberWriter number) {
        String written = detail.render(number);
        return written.isEmpty() ? reason.label() : reason.label() + ": " + written;
    }
}
