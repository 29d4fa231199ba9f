package org.rebound.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A formula of a derivation step, or the same formula with its numbers put in, kept as numbers with their units and
 * the text between them rather than as finished text: the estimate computes, a view (a page, a download) decides how
 * many digits a number gets and writes it. {@link #render} puts the pieces back together in their order.
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
     * A number the estimate computed or read, written by the view at its precision and followed by its unit.
     *
     * @param value the number, in {@code unit}
     * @param unit  its unit ({@code h}, {@code kW}, {@code kg CO2 eq/kWh}); empty for a pure number
     */
    public record Operand(double value, String unit) implements Term {
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
    public String render(DoubleFunction<String> number) {
        StringBuilder out = new StringBuilder();
        for (Term t : terms) {
            if (t instanceof Operand o) {
                out.append(number.apply(o.value()));
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
