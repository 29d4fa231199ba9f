package org.rebound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Parameters are looked up by position, so the constructor checks that each entry is at its key's place. */
class ParametersOrderTest {

    private static List<Parameter> inOrder() {
        List<Parameter> entries = new ArrayList<>();
        for (ParameterKey k : ParameterKey.values()) {
            entries.add(new Parameter(k, "1", "", "", "", "", Optional.empty()));
        }
        return entries;
    }

    @Test
    void everyKeyFindsItsOwnEntry() {
        Parameters p = new Parameters(inOrder());
        for (ParameterKey k : ParameterKey.values()) {
            assertEquals(k, p.get(k).key());
        }
    }

    @Test
    void entriesOutOfOrderAreRejectedNamingTheKey() {
        List<Parameter> entries = inOrder();
        Parameter first = entries.get(0);
        entries.set(0, entries.get(1));
        entries.set(1, first);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Parameters(entries));
        assertEquals("found parameter '" + ParameterKey.values()[1].key() + "' at position 1, expected '"
                + ParameterKey.values()[0].key() + "'", e.getMessage());
    }

    @Test
    void aMissingEntryIsRejected() {
        List<Parameter> entries = inOrder();
        entries.remove(entries.size() - 1);
        assertThrows(IllegalArgumentException.class, () -> new Parameters(entries));
    }
}
