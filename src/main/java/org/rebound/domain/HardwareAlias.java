package org.rebound.domain;

import java.util.Optional;

/**
 * An explicit mapping from a name in Epoch's {@code Training hardware} column to a catalogue card. An empty
 * {@code acceleratorId} means the name is known and deliberately not estimated; {@code note} says why.
 */
public record HardwareAlias(String epochName, Optional<String> acceleratorId, String note, SourceRef source) {
}
