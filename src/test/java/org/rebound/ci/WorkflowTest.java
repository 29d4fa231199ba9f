package org.rebound.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The GitHub workflow and this project's CI run one script, and the workflow runs on a fresh fork: no variable or
 * secret, read-only but for the job that publishes an edition (scripts/simulate-workflow runs its steps here).
 */
class WorkflowTest {
    private static final Path WORKFLOW = Path.of(".github/workflows/pages.yml");

    private static JsonNode workflow() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
    }

    @Test
    void everyJobIsReadOnlyButTheOneThatPublishesAnEdition() throws IOException {
        JsonNode w = workflow();
        assertEquals("{\"contents\":\"read\"}", w.path("permissions").toString());
        Map<String, String> permissions = new TreeMap<>();
        w.path("jobs").properties().forEach(j -> permissions.put(j.getKey(), j.getValue().path("permissions")
                .toString()));
        assertEquals(Map.of("build", "", "publish-edition", "{\"contents\":\"write\"}",
                "deploy", "{\"pages\":\"write\",\"id-token\":\"write\"}"), permissions);
        // The job that may write runs git only: no Maven, npm or project script.
        for (JsonNode step : w.path("jobs").path("publish-edition").path("steps")) {
            String run = step.path("run").asText();
            assertTrue(!run.contains("mvn") && !run.contains("npm") && !run.contains("scripts/")
                    && !run.contains("./rebound"), run);
        }
    }

    @Test
    void itNeedsNoVariableOrSecretAndRunsTheCiScript() throws IOException {
        String text = Files.readString(WORKFLOW);
        assertTrue(!text.contains("vars.") && !text.contains("secrets."), "no repository variable or secret");
        List<String> runs = new ArrayList<>();
        workflow().path("jobs").path("build").path("steps").forEach(s -> runs.add(s.path("run").asText()));
        assertTrue(runs.stream().anyMatch(r -> r.contains("scripts/ci \"${args[@]}\"")), runs.toString());
        assertTrue(Files.readString(Path.of(".ci/run")).contains("exec scripts/ci --reference-from ../shared/data"));
        assertTrue(Files.readString(Path.of("scripts/ci")).contains("mvn -B -Dstyle.color=never "
                + "-Drebound.requireReference=true verify"), "the README's test command, with the reference required");
    }

    @Test
    void theReferenceCacheIsKeyedByTheManifestsHash() throws IOException {
        JsonNode cache = null;
        for (JsonNode s : workflow().path("jobs").path("build").path("steps")) {
            if (s.path("uses").asText().startsWith("actions/cache@")) {
                cache = s;
            }
        }
        assertTrue(cache != null, "a cache step");
        assertEquals("~/.cache/rebound/reference", cache.path("with").path("path").asText());
        assertEquals("reference-${{ hashFiles('src/test/resources/reference/manifest.csv') }}",
                cache.path("with").path("key").asText());
    }
}
