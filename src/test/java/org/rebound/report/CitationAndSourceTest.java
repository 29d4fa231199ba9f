package org.rebound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rebound.domain.Edition;

/** How a page is cited, credited and names its export, and how a chart highlights its subject: exact texts. */
class CitationAndSourceTest {
    private static final Edition EDITION = new Edition(2027, "Rebound 2027 & co", LocalDate.of(2027, 12, 31),
            "https://example.org/", "m.csv", "0".repeat(64), LocalDate.of(2027, 1, 2), "https://example.org/latest.csv",
            Optional.empty(), "https://example.org/rebound");
    private static final String SHA = "abcdef0123456789" + "0".repeat(48);

    @Test
    void aCitationNamesTheEditionTheDataAndItsAccessDate() {
        ModelsSource source = new ModelsSource("/home/me/notable.csv", SHA, Optional.of(LocalDate.of(2027, 3, 4)),
                "2026", 12);
        Citation c = Citation.of(EDITION, source, "GPT-3 100% {big}", "https://example.org/models/gpt-3/", "GPT_3 x");
        assertEquals("rebound2027--3-x", c.key(), "runs of other characters become one hyphen");
        assertEquals("Rebound contributors (2027). GPT-3 100% {big}. Rebound 2027 & co (edition 2027; model data: Epoch "
                + "AI, Data on Notable AI Models, CC BY 4.0, accessed 2027-03-04, sha256 abcdef012345). "
                + "https://example.org/models/gpt-3/ (accessed YYYY-MM-DD).", c.plain());
        assertEquals("@misc{rebound2027--3-x,\n"
                + "  author = {{Rebound contributors}},\n"
                + "  title = {{GPT-3 100\\% \\{big\\}}},\n"
                + "  year = {2027},\n"
                + "  howpublished = {Rebound 2027 \\& co},\n"
                + "  url = {https://example.org/models/gpt-3/},\n"
                + "  note = {Edition 2027; model data: Epoch AI, Data on Notable AI Models, CC BY 4.0, accessed 2027-03-04, "
                + "sha256 abcdef012345. Accessed YYYY-MM-DD}\n"
                + "}", c.bibtex());
        assertEquals("GPT-3 100% {big}", c.title());
        assertEquals("https://example.org/models/gpt-3/", c.url());
        Citation undated = Citation.of(EDITION, new ModelsSource("m.csv", SHA, Optional.empty(), "2026", 1), "T", "u",
                "t");
        assertTrue(undated.plain().contains("CC BY 4.0, sha256 abcdef012345)"), undated.plain());
    }

    @Test
    void texEscapesEverySpecialCharacter() {
        assertEquals("a\\textbackslash{}b\\{c\\}\\&\\%\\$\\#\\_\\textasciitilde{}\\textasciicircum{}z é",
                Citation.tex("a\\b{c}&%$#_~^z é"));
        assertEquals("", Citation.tex(""));
    }

    @Test
    void theCreditAndNoticeNameBothLicences() {
        assertEquals("Rebound 2027 (CC BY 4.0), data: Epoch AI (CC BY 4.0)", Licence.credit(EDITION));
        assertEquals("Rebound 2027 (CC BY 4.0), data: Epoch AI (CC BY 4.0). Licence: "
                + "https://creativecommons.org/licenses/by/4.0/; data: Epoch AI, Data on Notable AI Models, "
                + "https://epoch.ai/data/notable-ai-models.", Licence.notice(EDITION));
    }

    @Test
    void anExportIsNamedByItsAddressOrItsFileNameNeverItsFolder() {
        assertEquals("https://epoch.ai/x/notable.csv", new ModelsSource("https://epoch.ai/x/notable.csv", SHA,
                Optional.empty(), "2026", 1).name());
        assertEquals("http://example.org/a.csv", new ModelsSource("http://example.org/a.csv", SHA, Optional.empty(),
                "2026", 1).name());
        assertEquals("notable.csv", new ModelsSource("/home/me/data/notable.csv", SHA, Optional.empty(), "2026", 1)
                .name());
        assertEquals("notable.csv", new ModelsSource("notable.csv", SHA, Optional.empty(), "2026", 1).name());
        assertEquals("/", new ModelsSource("/", SHA, Optional.empty(), "2026", 1).name(), "a root has no file name");
    }

    @Test
    void aChartHighlightsThePointsOfItsSubjectOnly() {
        Subject a = new Subject.Card("card-a");
        Subject b = new Subject.Card("card-b");
        ChartSpec chart = new ChartSpec("id", "t", "d", "x", "y", true, List.of(
                new ChartSpec.Point(2020, 1, "", "A", "", "", a, false), new ChartSpec.Point(2021, 2, "", "B", "", "", b, true)),
                Optional.empty());
        ChartSpec highlighted = chart.highlighting(a);
        assertEquals(List.of(true, false), highlighted.points().stream().map(ChartSpec.Point::highlight).toList());
        assertEquals(List.of(2020.0, 2021.0), highlighted.points().stream().map(ChartSpec.Point::x).toList());
        assertEquals(List.of("A", "B"), highlighted.points().stream().map(ChartSpec.Point::name).toList());
        assertEquals(chart.id(), highlighted.id());
        assertTrue(chart.shows(a));
        assertTrue(chart.shows(b));
        assertFalse(chart.shows(new Subject.Card("card-c")));
        assertFalse(chart.shows(Subject.NONE));
    }
}
