package org.rebound.domain;

/**
 * A measured average power of one card during training, from {@code data/power-draw.csv}, with its source.
 *
 * @param cardId     the catalogue card
 * @param drawWatts  watts per card
 * @param basis      what was measured: system power per card (with its share of the host) or the chip alone
 * @param locator    where in the source
 */
public record PowerDraw(String cardId, double drawWatts, String basis, String sourceTitle, String sourceUrl,
        String locator, String note) {

    /** Whether the figure covers the system around the card (so that it replaces TDP × draw share), not the chip only. */
    public boolean systemPerCard() {
        return basis.startsWith("system power");
    }
}
