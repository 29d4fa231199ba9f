package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.problem.InputException;

/**
 * The output folder's edges (issue 20): a site left only in an old folder is put back; old folders go only after a
 * new commit; links are never followed (editions, the lock file) and a linked output is written through its link;
 * a published edition is never replaced; the lock file goes with the build; folders are readable by all.
 */
class SiteOutputEdgesTest {
    @TempDir
    Path tmp;

    private static String refusal(Runnable r) {
        return assertThrows(InputException.class, r::run).problems().get(0).toString();
    }

    private Path site(String name, String page) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve(name));
        Files.writeString(folder.resolve(SiteOutput.MARKER), "");
        Files.writeString(folder.resolve("index.html"), page);
        return folder;
    }

    private static void build(Path out, String page) {
        SiteOutput o = SiteOutput.open(out);
        o.write("index.html", page);
        o.commit();
    }

    @Test
    void aSiteLeftOnlyInItsOldFolderIsPutBackAndOldFoldersGoOnlyAfterANewCommit() throws IOException {
        Path out = tmp.resolve("site");
        site("site.rebound-old-123", "old site");
        SiteOutput.restore(out);
        assertEquals("old site", Files.readString(out.resolve("index.html")));
        site("site.rebound-old-456", "older copy");
        SiteOutput o = SiteOutput.open(out);
        assertTrue(Files.exists(tmp.resolve("site.rebound-old-456")), "kept until the new site is in place");
        o.write("index.html", "new site");
        o.commit();
        assertEquals("new site", Files.readString(out.resolve("index.html")));
        try (var left = Files.list(tmp)) {
            assertEquals(List.of("site"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no old folder, staging folder or lock file left");
        }
    }

    @Test
    void linksInsideEditionsAreRefusedAndARepositoryIsNeverCopied() throws IOException {
        Path edition = site("2025", "edition");
        Files.writeString(Files.createDirectories(edition.resolve(".git")).resolve("config"), "token=secret");
        SiteOutput o = SiteOutput.open(tmp.resolve("out"));
        assertEquals(1, o.copyTree(edition, "editions/2025/", "the published edition"));
        o.abandon();
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(edition.resolve("data.csv"), secret);
        SiteOutput again = SiteOutput.open(tmp.resolve("out"));
        assertEquals(edition.resolve("data.csv") + ": is a symbolic link in the published edition, expected its own "
                + "files and folders: links are never followed, so no file outside it is published",
                refusal(() -> again.copyTree(edition, "editions/2025/", "the published edition")));
        again.abandon();
    }

    @Test
    void aPlantedLockLinkIsRefusedAndTheLockGoesWithTheBuild() throws IOException {
        Path out = tmp.resolve("site");
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "keep me");
        Path lock = Files.createSymbolicLink(tmp.resolve(".site.rebound-lock"), victim);
        assertEquals(out + ": the lock file " + lock + " is a symbolic link, expected a plain file or none: links are "
                + "never followed; remove it", refusal(() -> SiteOutput.open(out)));
        assertEquals("keep me", Files.readString(victim));
        Files.delete(lock);
        build(out, "page");
        assertFalse(Files.exists(lock, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the lock file is removed");
    }

    @Test
    void aPublishedEditionIsNeverReplaced() throws IOException {
        Path edition = site("2025", "edition");
        Files.writeString(edition.resolve(SiteOutput.EDITION_MARKER), "");
        assertEquals(edition + ": is a published edition (it holds .rebound-edition), expected another folder: a "
                + "published edition is never rebuilt nor replaced; choose another --out",
                refusal(() -> SiteOutput.check(edition)));
        assertEquals("edition", Files.readString(edition.resolve("index.html")));
    }

    @Test
    void aLinkedOutputIsWrittenThroughItsLinkAndADanglingOneIsRefusedFirst() throws IOException {
        Path real = site("web-root", "before");
        Path link = Files.createSymbolicLink(tmp.resolve("site"), real);
        build(link, "after");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("after", Files.readString(real.resolve("index.html")), "the folder it names shows the new site");
        Path dangling = Files.createSymbolicLink(tmp.resolve("gone"), tmp.resolve("nowhere"));
        assertEquals(dangling + ": is a symbolic link to a folder that does not exist, expected a folder (or nothing) "
                + "there; create its folder or choose another --out", refusal(() -> SiteOutput.check(dangling)));
        Path file = Files.writeString(tmp.resolve("pom.xml"), "<project/>");
        assertEquals(file.resolve("x") + ": " + file + " is a file, expected a folder there to hold the site; choose "
                + "another --out", refusal(() -> SiteOutput.check(file.resolve("x"))));
    }

    /** An output whose folders do not exist yet: nothing to restore, and the build makes them (a fuzzer's find). */
    @Test
    void anOutputInFoldersNotMadeYetIsBuilt() throws IOException {
        Path out = tmp.resolve("new/deeper/site");
        SiteOutput.restore(out);
        assertFalse(Files.exists(tmp.resolve("new")), "restoring makes nothing");
        build(out, "page");
        assertEquals("page", Files.readString(out.resolve("index.html")));
    }

    @Test
    void theSiteFolderIsReadableByAll() throws IOException {
        Path out = tmp.resolve("site");
        build(out, "page");
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }
}
