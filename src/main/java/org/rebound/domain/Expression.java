package org.rebound.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A formula of a derivation step, the same formula with its numbers put in, or a sentence for the reader that quotes
 * numbers, kept as numbers with their units and the text between them rather than as finished text: the estimate
 * computes, a view (a page, a download) writes each number. {@link #render} puts the pieces back together in order.
 *
 * @param terms the pieces, in reading order
 */
public record Expression(List<Expression.Term> terms) {

    public Expression {
        terms = List.copyOf(terms);
    }

    /** One piece of an expression. */
    public sealed interface Term permits Operand, Count, Text {
    }

    /**
     * A number the estimate computed or read, written by the view and followed by its unit.
     *
     * @param value  the number, in {@code unit}
     * @param unit   its unit ({@code h}, {@code kW}, {@code kg CO2 eq/kWh}); empty for a pure number
     * @param digits the significant digits the number is known to, when a sentence quotes it (a parameter's
     *               300 W, a share's 27 %); 0 when the view chooses (a derivation's numbers)
     */
    public record Operand(double value, String unit, int digits) implements Term {

        /** A number whose digits the view chooses. */
        public Operand(double value, String unit) {
            this(value, unit, VIEW_DIGITS);
        }
    }

    /** {@link Operand#digits()} of a number whose digits the view chooses. */
    public static final int VIEW_DIGITS = 0;

    /** How a view writes a number. */
    @FunctionalInterface
    public interface NumberWriter {
        /** {@code value} as text; {@code digits} is {@link Operand#digits()}. */
        String write(double value, int digits);
    }

    /** A whole number written as it is, without grouping: cards per server, CPUs, a year. */
    public record Count(long value) implements Term {
    }

    /** Words, operators and brackets between the numbers: {@code " × "}, {@code ") ÷ "}, a source's title. */
    public record Text(String text) implements Term {
    }

    /** An expression of words only. */
    public static Expression text(String text) {
        return new Expression(List.of(new Text(text)));
    }

    /** A builder of an expression, piece by piece. */
    public static Builder builder() {
        return new Builder();
    }

    /** The expression written out, each {@link Operand}'s number by {@code number}. */
    public String render(NumberWriter number) {
        StringBuilder out = new StringBuilder();
        for (Term t : terms) {
            if (t instanceof Operand o) {
                out.append(number.write(o.value(), o.digits()));
                if (!o.unit().isEmpty()) {
                    out.append(' ').append(o.unit());
                }
            } else if (t instanceof Count c) {
                out.append(c.value());
            } else if (t instanceof Text x) {
                out.append(x.text());
            }
        }
        return out.toString();
    }

    /** The operands, in order: what a reader redoing the step needs at full precision. */
    public List<Operand> operands() {
        return terms.stream().filter(Operand.class::isInstance).map(Operand.class::cast).toList();
    }

    /** Builds an expression in reading order. */
    public static final class Builder {
        private final List<Term> terms = new ArrayList<>();

        private Builder() {
        }

        /** A number with its unit. */
        public Builder number(double value, String unit) {
            terms.add(new Operand(value, unit));
            return this;
        }

        /** A number known to {@code digits} significant digits, as a sentence quotes it. */
        public Builder number(double value, String unit, int digits) {
            terms.add(new Operand(value, unit, digits));
            return this;
        }

        /** A number without a unit. */
        public Builder number(double value) {
            return number(value, "");
        }

        /** A whole number written as it is. */
        public Builder count(long value) {
            terms.add(new Count(value));
            return this;
        }

        /** Words or operators. */
        public Builder text(String text) {
            if (!text.isEmpty()) {
                terms.add(new Text(text));
            }
            return this;
        }

        /** Every piece of another expression. */
        public Builder append(Expression e) {
            terms.addAll(e.terms());
            return this;
        }

        public Expression build() {
            return new Expression(terms);
        }
    }
}
