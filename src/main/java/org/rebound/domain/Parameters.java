package org.rebound.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every parameter, one per {@link ParameterKey}, in the order of the enum. */
public record Parameters(List<Parameter> entries) {

    public Parameters {
        entries = List.copyOf(entries);
        if (entries.size() != ParameterKey.values().length) {
            throw new IllegalArgumentException("expected one entry per parameter key");
        }
    }

    public Parameter get(ParameterKey key) {
        return entries.get(key.ordinal());
    }

    public double number(ParameterKey key) {
        return get(key).number();
    }

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
