package org.rebound.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a model's {@code Link} becomes on a page: its first address, percent-encoded where it holds characters a URI
 * may not (so that the build and the checker agree on every link), or no link at all when it is not an http(s)
 * address with a host (the page then shows it as text). The reader warns of each such change, with its place.
 */
public final class Links {
    private Links() {
    }

    /** The first address of Epoch's Link cell, as written (it may list several, separated by commas or spaces). */
    public static String firstAddress(String link) {
        return link.strip().split("[,\\s]+")[0];
    }

    /** The first address as a link may hold it, or "" when it is not an http(s) address with a host. */
    public static String firstLink(String link) {
        String first = firstAddress(link);
        if (!(first.regionMatches(true, 0, "http://", 0, "http://".length())
                || first.regionMatches(true, 0, "https://", 0, "https://".length()))) {
            return "";
        }
        StringBuilder encoded = new StringBuilder();
        byte[] bytes = first.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean escape = b == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2]);
            if (escape || b < 0x80 && URI_CHARS.indexOf(b) >= 0) {
                encoded.append((char) b);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", b));
            }
        }
        try {
            java.net.URI uri = new java.net.URI(encoded.toString());
            return uri.getHost() == null ? "" : encoded.toString();
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }

    /**
     * What a page does with a link that differs from it as written: its first address, and what the page links
     * ("" when it shows the address as text).
     */
    public record Change(String written, String linked) {
    }

    /** The change a page makes to {@code link}, if any. */
    public static Optional<Change> change(String link) {
        String first = firstAddress(link);
        String linked = firstLink(link);
        return first.isEmpty() || linked.equals(first) ? Optional.empty() : Optional.of(new Change(first, linked));
    }

    /** The characters RFC 3986 allows in a URI as they are ('%' only before two hex digits). */
    private static final String URI_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=";

    private static boolean hex(byte b) {
        return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
    }
}
