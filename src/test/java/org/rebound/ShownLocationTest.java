package org.rebound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A URL shown or stored keeps its scheme, host, port and path: no user, password, signed query or fragment. */
class ShownLocationTest {

    @Test
    void secretsOfAUrlAreNeverShown() {
        assertEquals("http://host/x.csv", Build.shown("http://user:pw@host/x.csv"));
        assertEquals("https://bucket.s3.amazonaws.com/e/models.csv", Build.shown("https://bucket.s3.amazonaws.com/e/"
                + "models.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AK%2F1&X-Amz-Signature=abcdef"));
        assertEquals("https://epoch.ai:8443/data/a.csv", Build.shown("HTTPS://epoch.ai:8443/data/a.csv#top"));
        // Not a valid URI (a space): cut by hand, the same way.
        assertEquals("https://host/a b.csv", Build.shown("https://u:p@host/a b.csv?token=s3cret"));
        // A path is a path.
        assertEquals("data/epoch/x.csv?y", Build.shown("data/epoch/x.csv?y"));
        assertTrue(Build.isUrl("HTTP://host/x.csv"));
        assertTrue(!Build.isUrl("httpx://host"));
    }

    /** A build from a URL with a password writes the password nowhere: not in the log, not on a page. */
    @Test
    void aRefusedDownloadNamesTheUrlWithoutItsSecrets() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Main.run(new java.io.PrintStream(new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err,
                true, java.nio.charset.StandardCharsets.UTF_8), "build", "--models",
                "http://user:hunter2@127.0.0.1:9/x.csv?X-Amz-Signature=abc", "--out",
                System.getProperty("java.io.tmpdir") + "/rebound-shown-test");
        String printed = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, code, printed);
        assertTrue(printed.contains("http://127.0.0.1:9/x.csv"), printed);
        assertTrue(!printed.contains("hunter2") && !printed.contains("X-Amz-Signature"), printed);
    }
}
