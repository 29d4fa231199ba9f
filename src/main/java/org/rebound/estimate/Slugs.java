package org.rebound.estimate;

import java.text.Normalizer;
import java.util.Locale;

/** Stable, lower-case ASCII page names. */
public final class Slugs {
    private Slugs() {
    }

    /**
     * "GPT-3 175B (davinci)" → "gpt-3-175b-davinci". A name with no ASCII letter or digit gets
     * "model-" and a hash of the name, so that it is still stable.
     */
    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replace('.', '-')
                .replaceAll("-+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            slug = "model-" + Integer.toHexString(name.hashCode());
        }
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-$", "") : slug;
    }
}
