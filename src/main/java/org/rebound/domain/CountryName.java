package org.rebound.domain;

import java.util.Optional;

/** A country name as Epoch writes it, mapped explicitly to ISO 3166-1 alpha-3 (empty: not a country). */
public record CountryName(String epochName, Optional<String> iso3, String note) {
}
