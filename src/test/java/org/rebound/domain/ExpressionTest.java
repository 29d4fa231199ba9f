package org.rebound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An expression keeps numbers with their units; the view chooses the digits when it writes them. */
class ExpressionTest {
    @Test
    void numbersAreWrittenByTheViewAndCountsAsTheyAre() {
        // BLOOM-176B's GPU-h1 and an MLCA server: 2,808 h × 384; 8 × 400 W.
        Expression hours = Expression.builder().number(2808, "h").text(" × ").number(384).build();
        assertEquals("2,808 h × 384", hours.render((v, d) -> Num.sig(v, 6)));
        assertEquals("2.81e+03 h × 384", hours.render((v, d) -> String.format(java.util.Locale.ROOT, "%.3g", v)));
        assertEquals(List.of(new Expression.Operand(2808, "h"), new Expression.Operand(384, "")), hours.operands());
        Expression server = Expression.builder().count(8).text(" × ").number(400, "W").text(" + ").count(2024).build();
        assertEquals("8 × 400 W + 2024", server.render((v, d) -> Num.sig(v, 6)));
        assertEquals("PUE of the site", Expression.text("PUE of the site").render((v, d) -> "never called"));
    }
}
