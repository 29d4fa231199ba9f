package org.rebound.report;

import org.rebound.domain.Edition;

/**
 * The licences Rebound publishes under, and the credit every page and download carries: Rebound's numbers, pages,
 * charts and downloads are CC BY 4.0, and so is Epoch AI's data they are computed from; the code is Apache-2.0.
 */
public final class Licence {
    /** The licence of Rebound's generated numbers, pages, charts and downloads. */
    public static final String NAME = "CC BY 4.0";
    /** Its SPDX identifier. */
    public static final String SPDX = "CC-BY-4.0";
    public static final String URL = "https://creativecommons.org/licenses/by/4.0/";
    /** The licence of Rebound's source code. */
    public static final String CODE_NAME = "Apache-2.0";
    public static final String CODE_URL = "https://www.apache.org/licenses/LICENSE-2.0";
    /** The data every estimate is computed from, and its publisher, who must be credited (CC BY 4.0). */
    public static final String EPOCH = "Epoch AI";
    public static final String EPOCH_DATASET = "Data on Notable AI Models";
    public static final String EPOCH_URL = "https://epoch.ai/data/notable-ai-models";

    private Licence() {
    }

    /** How to credit an edition's outputs: {@code Rebound 2026 (CC BY 4.0), data: Epoch AI (CC BY 4.0)}. */
    public static String credit(Edition edition) {
        return "Rebound " + edition.year() + " (" + NAME + "), data: " + EPOCH + " (" + NAME + ")";
    }

    /**
     * The credit with the licence's address and the data's source, for a file's own metadata: {@code Rebound 2026
     * (CC BY 4.0), data: Epoch AI (CC BY 4.0). Licence: https://…; data: Epoch AI, Data on Notable AI Models, https://…}.
     */
    public static String notice(Edition edition) {
        return credit(edition) + ". Licence: " + URL + "; data: " + EPOCH + ", " + EPOCH_DATASET + ", " + EPOCH_URL
                + ".";
    }
}
