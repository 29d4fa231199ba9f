package org.rebound.domain;

import java.util.Optional;

/**
 * An explicit mapping from a name in Epoch's {@code Training hardware} column to a catalogue card. An empty
 * {@code acceleratorId} means the name is known and deliberately not estimated; {@code note} says why.
 * {@code doubt} is empty when the name certainly means that card, else why the mapping is doubtful (reviewed by
 * hand, shown on the model page).
 */
public record HardwareAlias(String epochName, Optional<String> acceleratorId, String note, String doubt,
        SourceRef source) {

    /** Whether the name could mean another card than the one it maps to. */
    public boolean doubtful() {
        return !doubt.isEmpty();
    }
}
