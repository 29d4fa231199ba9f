package org.rebound.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every parameter, one per {@link ParameterKey}, in the order of the enum. */
public record Parameters(List<Parameter> entries) {

    /** Checks that there is one entry per key, in the order of {@link ParameterKey}. */
    public Parameters {
        entries = List.copyOf(entries);
        ParameterKey[] keys = ParameterKey.values();
        if (entries.size() != keys.length) {
            throw new IllegalArgumentException("found " + entries.size() + " parameters, expected one per key ("
                    + keys.length + ")");
        }
        for (ParameterKey k : keys) {
            if (entries.get(k.ordinal()).key() != k) {
                throw new IllegalArgumentException("found parameter '" + entries.get(k.ordinal()).key().key()
                        + "' at position " + (k.ordinal() + 1) + ", expected '" + k.key() + "'");
            }
        }
    }

    /** The entry of {@code key} (checked to be at the key's position when built). */
    public Parameter get(ParameterKey key) {
        return entries.get(key.ordinal());
    }

    /** The value of {@code key} as a number. */
    public double number(ParameterKey key) {
        return get(key).number();
    }

    /** The value of {@code key} as written. */
    public String text(ParameterKey key) {
        return get(key).value();
    }

    /** A copy with some values replaced. */
    public Parameters with(Map<ParameterKey, String> values) {
        Map<ParameterKey, Parameter> map = new EnumMap<>(ParameterKey.class);
        for (Parameter p : entries) {
            map.put(p.key(), values.containsKey(p.key()) ? p.withValue(values.get(p.key())) : p);
        }
        return new Parameters(List.copyOf(map.values()));
    }
}
