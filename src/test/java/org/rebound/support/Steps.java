package org.rebound.support;

import org.rebound.domain.Expression;
import org.rebound.domain.Num;

/** A derivation's expressions written as the model page writes them, for tests that compare the text. */
public final class Steps {
    /** The model page's significant digits of a derivation's numbers. */
    private static final int DIGITS = 6;

    private Steps() {
    }

    /** A number as a derivation writes it. */
    public static String n(double value) {
        return Num.sig(value, DIGITS);
    }

    /** An expression as a derivation writes it. */
    public static String text(Expression x) {
        return x.render(Num.writer(DIGITS));
    }

    /** Notes as the model page writes them. */
    public static java.util.List<String> texts(java.util.List<Expression> notes) {
        return notes.stream().map(Steps::text).toList();
    }
}
