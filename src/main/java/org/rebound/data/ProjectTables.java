package org.rebound.data;

import static org.rebound.data.Column.date;
import static org.rebound.data.Column.number;
import static org.rebound.data.Column.text;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.rebound.domain.Accelerator;
import org.rebound.domain.ComponentFactor;
import org.rebound.domain.CountryName;
import org.rebound.domain.EverydayComparison;
import org.rebound.domain.GridFactor;
import org.rebound.domain.GridYearFactor;
import org.rebound.domain.HardwareAlias;
import org.rebound.domain.HardwareSplit;
import org.rebound.domain.Impacts;
import org.rebound.domain.Indicator;
import org.rebound.domain.MemoryDensity;
import org.rebound.domain.NodeFactor;
import org.rebound.domain.GridRegion;
import org.rebound.domain.OperatorPue;
import org.rebound.domain.OrganisationFleet;
import org.rebound.domain.PowerDraw;
import org.rebound.domain.PublishedFootprint;
import org.rebound.domain.RegisteredSlug;
import org.rebound.domain.TrainingSite;
import org.rebound.problem.Problem;

/**
 * The project's tables in {@code data/}, each declared once: its columns as symbols (name, type, whether a value is
 * required, range, pattern, key), in the order of its header, and what a row becomes. Checks that need more than one
 * cell of a row stay with the table; checks across tables stay in {@link ProjectDataReader}.
 */
final class ProjectTables {
    private ProjectTables() {
    }

    private static Optional<String> nonEmpty(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** {@code accelerators/*.csv}: the card catalogue. */
    static final class Accelerators {
        static final Column ID = text("id").required().matching(Column.SLUG,
                "a lower-case slug such as nvidia-a100-sxm4-80gb").keyEvenIfMalformed("duplicate id '%s', expected "
                + "each card once");
        static final Column VENDOR = text("vendor").required();
        static final Column NAME = text("name").required();
        static final Column FAMILY = text("family");
        static final Column RELEASE_DATE = date("release_date");
        static final Column ARCHITECTURE = text("architecture");
        static final Column PROCESS_NM = number("process_nm").positive();
        static final Column DIE_AREA_MM2 = number("die_area_mm2").positive();
        static final Column MEMORY_GB = number("memory_gb").positive();
        static final Column MEMORY_TYPE = text("memory_type");
        static final Column TDP_W = number("tdp_w").positive();
        static final Column FP32_TFLOPS = number("fp32_tflops").positive();
        static final Column TF32_TFLOPS = number("tf32_tflops").positive();
        static final Column FP16_TENSOR_TFLOPS = number("fp16_tensor_tflops").positive();
        static final Column FP8_TFLOPS = number("fp8_tflops").positive();
        /** Optional: int8-only accelerators. */
        static final Column INT8_TOPS = number("int8_tops").positive().optionalInHeader();
        static final Column FORM_FACTOR = text("form_factor");
        static final Column REF_EPOCH_HARDWARE = text("ref_epoch_hardware");
        static final Column REF_CHIP_DATASET = text("ref_chip_dataset");
        static final Column SOURCE_URL = text("source_url").required();
        static final Column NOTES = text("notes");
        static final TableSpec SPEC = TableSpec.of(ID, VENDOR, NAME, FAMILY, RELEASE_DATE, ARCHITECTURE, PROCESS_NM,
                DIE_AREA_MM2, MEMORY_GB, MEMORY_TYPE, TDP_W, FP32_TFLOPS, TF32_TFLOPS, FP16_TENSOR_TFLOPS, FP8_TFLOPS,
                INT8_TOPS, FORM_FACTOR, REF_EPOCH_HARDWARE, REF_CHIP_DATASET, SOURCE_URL, NOTES);

        static List<Accelerator> read(Path dir, List<Problem> problems) {
            List<Accelerator> result = new ArrayList<>(SPEC.readFolder(dir, problems, r -> new Accelerator(r.text(ID),
                    r.text(VENDOR), r.text(NAME), r.raw(FAMILY), r.date(RELEASE_DATE), r.raw(ARCHITECTURE),
                    r.number(PROCESS_NM), r.number(DIE_AREA_MM2), r.number(MEMORY_GB), r.raw(MEMORY_TYPE),
                    r.number(TDP_W), r.number(FP32_TFLOPS), r.number(TF32_TFLOPS), r.number(FP16_TENSOR_TFLOPS),
                    r.number(FP8_TFLOPS), r.number(INT8_TOPS), r.raw(FORM_FACTOR), r.raw(REF_EPOCH_HARDWARE),
                    r.raw(REF_CHIP_DATASET), r.text(SOURCE_URL), r.raw(NOTES), r.source())));
            result.sort(Comparator.comparing(Accelerator::id));
            return result;
        }
    }

    /** {@code hardware-aliases/*.csv}: Epoch's hardware names, each with its card or a note saying why none. */
    static final class Aliases {
        static final Column EPOCH_NAME = text("epoch_name").required().key("duplicate alias '%s', expected each "
                + "name once");
        static final Column ACCELERATOR_ID = text("accelerator_id");
        static final Column NOTE = text("note");
        static final Column DOUBT = text("doubt");
        static final TableSpec SPEC = TableSpec.of(EPOCH_NAME, ACCELERATOR_ID, NOTE, DOUBT);

        static List<HardwareAlias> read(Path dir, List<Problem> problems) {
            return SPEC.readFolder(dir, problems, r -> {
                String name = r.text(EPOCH_NAME);
                String id = r.raw(ACCELERATOR_ID);
                if (id.isEmpty() && r.isEmpty(NOTE)) {
                    r.add(NOTE, "an alias without a card needs a note saying why");
                }
                return new HardwareAlias(name, nonEmpty(id), r.raw(NOTE), r.raw(DOUBT), r.source());
            });
        }
    }

    /** {@code countries.csv}: Epoch's country names and their ISO codes. */
    static final class Countries {
        static final Column EPOCH_NAME = text("epoch_name").required();
        static final Column ISO3 = text("iso3").matching(Column.ISO3, "an ISO 3166 alpha-3 code or empty");
        static final Column NOTE = text("note");
        static final TableSpec SPEC = TableSpec.of(EPOCH_NAME, ISO3, NOTE);

        static List<CountryName> read(Path path, List<Problem> problems) {
            return SPEC.read(path, problems, r -> new CountryName(r.text(EPOCH_NAME), nonEmpty(r.text(ISO3)),
                    r.raw(NOTE)));
        }
    }

    /** {@code electricity-factors.csv}: each country's electricity, per kWh, for every indicator. */
    static final class GridFactors {
        static final Column ISO3 = text("iso3").required();
        static final Column COUNTRY = text("country");
        static final List<Column> PER_KWH = Indicator.ALL.stream()
                .map(i -> number(i.column() + "_per_kwh").requiredNumber()).toList();
        /** The GWP's source is required; the others' may be empty. */
        static final List<Column> SOURCE = Indicator.ALL.stream()
                .map(i -> i == Indicator.GWP ? text(i.key() + "_source").required() : text(i.key() + "_source"))
                .toList();
        static final List<Column> YEAR = Indicator.ALL.stream().map(i -> text(i.key() + "_year")).toList();
        static final Column NOTE = text("note");
        static final TableSpec SPEC = TableSpec.of(columns());

        private static List<Column> columns() {
            List<Column> columns = new ArrayList<>(List.of(ISO3, COUNTRY));
            for (Indicator i : Indicator.ALL) {
                columns.addAll(List.of(PER_KWH.get(i.ordinal()), SOURCE.get(i.ordinal()), YEAR.get(i.ordinal())));
            }
            columns.add(NOTE);
            return columns;
        }

        static List<GridFactor> read(Path path, List<Problem> problems) {
            return SPEC.read(path, problems, r -> {
                String iso3 = r.text(ISO3);
                double[] perKwh = new double[Indicator.COUNT];
                for (Indicator i : Indicator.ALL) {
                    perKwh[i.ordinal()] = r.number(PER_KWH.get(i.ordinal())).orElse(0);
                }
                r.text(SOURCE.get(Indicator.GWP.ordinal()));
                return new GridFactor(iso3, r.raw(COUNTRY), Impacts.by(i -> perKwh[i.ordinal()]),
                        SOURCE.stream().map(r::raw).toList(), YEAR.stream().map(r::raw).toList(), r.raw(NOTE));
            });
        }
    }

    /** {@code grid-gwp-by-year.csv}: the GWP of countries' electricity by year. */
    static final class GridYears {
        static final Column ISO3 = text("iso3").required();
        static final Column YEAR = number("year").required().positive();
        static final Column GWP = number("gwp_kgco2e_per_kwh").required().positive();
        static final Column SOURCE = text("source").required();
        static final TableSpec SPEC = TableSpec.of(ISO3, YEAR, GWP, SOURCE);

        /**
         * A country without a row in electricity-factors.csv (said once, at its first row), a year given twice for
         * one country, or a factor that is not positive is a problem.
         */
        static List<GridYearFactor> read(Path path, Set<String> gridCodes, List<Problem> problems) {
            Set<String> seen = new HashSet<>();
            Set<String> unknown = new HashSet<>();
            return SPEC.readIfPresent(path, problems, r -> {
                String iso3 = r.text(ISO3);
                OptionalDouble year = r.number(YEAR);
                OptionalDouble gwp = r.number(GWP);
                r.text(SOURCE);
                if (!iso3.isEmpty() && !gridCodes.contains(iso3)) {
                    if (!unknown.add(iso3)) {
                        r.drop();
                        return null;
                    }
                    r.add(ISO3, "found '" + iso3 + "', expected a country of electricity-factors.csv (its other rows "
                            + "in this file are left out too)");
                }
                wholeYear(r, YEAR, year);
                if (r.ok()) {
                    r.once(seen, iso3 + "|" + (int) year.getAsDouble(), YEAR, "found " + iso3 + " "
                            + (int) year.getAsDouble() + " a second time, expected one row per country and year");
                }
                return r.ok() ? new GridYearFactor(iso3, (int) year.getAsDouble(), gwp.getAsDouble(), r.raw(SOURCE))
                        : null;
            });
        }
    }

    private static void wholeYear(TypedRow r, Column column, OptionalDouble year) {
        if (year.isPresent() && year.getAsDouble() != Math.rint(year.getAsDouble())) {
            r.add(column, "found '" + r.raw(column) + "', expected a whole year");
        }
    }

    /** {@code manufacturing-factors.csv}: each component's impacts per unit of its basis, and fixed. */
    static final class Components {
        static final Column COMPONENT = text("component").required();
        static final Column BASIS = text("basis");
        static final List<Column> PER_BASIS = Indicator.ALL.stream()
                .map(i -> number(i.column() + "_per_basis").requiredNumber()).toList();
        static final List<Column> FIXED = Indicator.ALL.stream()
                .map(i -> number(i.column() + "_fixed").requiredNumber()).toList();
        static final Column SOURCE = text("source").required();
        static final TableSpec SPEC = TableSpec.of(columns());

        private static List<Column> columns() {
            List<Column> columns = new ArrayList<>(List.of(COMPONENT, BASIS));
            columns.addAll(PER_BASIS);
            columns.addAll(FIXED);
            columns.add(SOURCE);
            return columns;
        }

        static List<ComponentFactor> read(Path path, List<Problem> problems) {
            return SPEC.read(path, problems, r -> {
                String component = r.text(COMPONENT);
                double[] perBasis = new double[Indicator.COUNT];
                double[] fixed = new double[Indicator.COUNT];
                for (Indicator i : Indicator.ALL) {
                    perBasis[i.ordinal()] = r.number(PER_BASIS.get(i.ordinal())).orElse(0);
                }
                for (Indicator i : Indicator.ALL) {
                    fixed[i.ordinal()] = r.number(FIXED.get(i.ordinal())).orElse(0);
                }
                r.text(SOURCE);
                return new ComponentFactor(component, r.raw(BASIS), Impacts.by(i -> perBasis[i.ordinal()]),
                        Impacts.by(i -> fixed[i.ordinal()]), r.raw(SOURCE));
            });
        }
    }

    /** {@code die-gwp-by-node.csv}: a die's fab energy, gases and materials per cm², by process node. */
    static final class Nodes {
        static final Column NODE_NM = number("node_nm").requiredNumber();
        static final Column FAB_ENERGY = number("fab_energy_kwh_per_cm2").requiredNumber();
        static final Column GASES = number("gases_kgco2e_per_cm2").requiredNumber();
        static final Column MATERIALS = number("materials_kgco2e_per_cm2").requiredNumber();
        static final Column SOURCE = text("source");
        static final TableSpec SPEC = TableSpec.of(NODE_NM, FAB_ENERGY, GASES, MATERIALS, SOURCE);

        static List<NodeFactor> read(Path path, List<Problem> problems) {
            List<NodeFactor> result = new ArrayList<>(SPEC.read(path, problems, r -> {
                OptionalDouble node = r.number(NODE_NM);
                OptionalDouble energy = r.number(FAB_ENERGY);
                OptionalDouble gases = r.number(GASES);
                OptionalDouble materials = r.number(MATERIALS);
                return r.ok() ? new NodeFactor(node.getAsDouble(), energy.getAsDouble(), gases.getAsDouble(),
                        materials.getAsDouble(), r.raw(SOURCE)) : null;
            }));
            result.sort(Comparator.comparingDouble(NodeFactor::nodeNm));
            return result;
        }
    }

    /** {@code memory-density.csv}: memory capacity per die area, measured or derived from another type. */
    static final class MemoryDensities {
        static final Column MEMORY_TYPE = text("memory_type").required();
        static final Column DENSITY = number("density_gb_per_cm2").positive();
        static final Column EXAMPLE_DIE = text("example_die");
        /** Required beside a measured density. */
        static final Column SOURCE_URL = text("source_url").required();
        static final Column NOTE = text("note");
        static final Column DERIVED_FROM = text("derived_from");
        static final Column DERIVED_FACTOR = number("derived_factor").positive();
        static final Column SERVER_FROM_YEAR = number("server_from_year").positive();
        /** Required beside a year. */
        static final Column SERVER_SOURCE = text("server_source").required();
        static final TableSpec SPEC = TableSpec.of(MEMORY_TYPE, DENSITY, EXAMPLE_DIE, SOURCE_URL, NOTE, DERIVED_FROM,
                DERIVED_FACTOR, SERVER_FROM_YEAR, SERVER_SOURCE);

        static List<MemoryDensity> read(Path path, List<Problem> problems) {
            return SPEC.readWhole(path, problems, table -> {
                Set<String> types = new HashSet<>();
                table.rows().forEach(row -> types.add(row.get(MEMORY_TYPE.in(table))));
                return r -> {
                    String type = r.text(MEMORY_TYPE);
                    OptionalDouble density = r.number(DENSITY);
                    if (density.isPresent()) {
                        r.text(SOURCE_URL);
                    }
                    String from = r.raw(DERIVED_FROM);
                    OptionalDouble factor = r.number(DERIVED_FACTOR);
                    if (!from.isEmpty() && density.isPresent()) {
                        r.add(DERIVED_FROM, "found '" + from + "' beside a measured density, expected one of the two");
                    }
                    if (!from.isEmpty() && !types.contains(from)) {
                        r.add(DERIVED_FROM, "found '" + from + "', expected a memory type of this table");
                    }
                    if (from.isEmpty() != factor.isEmpty()) {
                        r.add(DERIVED_FACTOR, "expected a factor exactly when derived_from is given");
                    }
                    OptionalDouble year = r.number(SERVER_FROM_YEAR);
                    if (year.isPresent()) {
                        r.text(SERVER_SOURCE);
                    }
                    return new MemoryDensity(type, density, r.raw(EXAMPLE_DIE), r.raw(SOURCE_URL), r.raw(NOTE), from,
                            factor, year.isPresent() ? OptionalInt.of((int) year.getAsDouble()) : OptionalInt.empty(),
                            r.raw(SERVER_SOURCE));
                };
            });
        }
    }

    /** {@code published-footprints.csv}: footprints their developers published, to compare with. */
    static final class PublishedFootprints {
        static final Column MODEL = text("model").required();
        static final Column QUANTITY = text("quantity");
        static final Column VALUE = number("value").positive();
        static final Column UNIT = text("unit");
        static final Column SCOPE = text("scope").required();
        static final Column SOURCE_TITLE = text("source_title").required();
        static final Column SOURCE_URL = text("source_url").required();
        static final Column LOCATOR = text("locator");
        /** For a GWP: location or market, as the source counted the electricity's carbon. */
        static final Column BASIS = text("basis").optionalInHeader();
        static final Column FACTOR = number("kgco2e_per_kwh").positive().optionalInHeader();
        static final TableSpec SPEC = TableSpec.of(MODEL, QUANTITY, VALUE, UNIT, SCOPE, SOURCE_TITLE, SOURCE_URL,
                LOCATOR, BASIS, FACTOR);

        static List<PublishedFootprint> read(Path path, List<Problem> problems) {
            return List.copyOf(SPEC.read(path, problems, r -> {
                String model = r.text(MODEL);
                Optional<PublishedFootprint.Quantity> quantity = PublishedFootprint.Quantity.byKey(r.raw(QUANTITY));
                if (quantity.isEmpty()) {
                    r.add(QUANTITY, "found '" + r.raw(QUANTITY) + "', expected one of: "
                            + PublishedFootprint.Quantity.keys());
                }
                OptionalDouble value = r.number(VALUE);
                if (value.isEmpty() && r.ok()) {
                    r.add(VALUE, "found an empty cell, expected the published number");
                }
                r.text(SCOPE);
                r.text(SOURCE_TITLE);
                r.text(SOURCE_URL);
                String basis = r.raw(BASIS);
                OptionalDouble factor = r.number(FACTOR);
                boolean gwp = quantity.isPresent() && quantity.get() == PublishedFootprint.Quantity.GWP_KGCO2E;
                if (!basis.isEmpty() && !(basis.equals(PublishedFootprint.LOCATION)
                        || basis.equals(PublishedFootprint.MARKET))) {
                    r.add(BASIS, "found '" + basis + "', expected location, market or nothing");
                } else if (!basis.isEmpty() && !gwp) {
                    r.add(BASIS, "found '" + basis + "' for " + r.raw(QUANTITY) + ", expected a basis for a "
                            + "gwp_kgco2e figure only");
                }
                if (factor.isPresent() && !gwp) {
                    r.add(FACTOR, "found " + r.raw(FACTOR) + " for " + r.raw(QUANTITY) + ", expected a carbon factor "
                            + "for a gwp_kgco2e figure only");
                }
                return r.ok() ? new PublishedFootprint(model, quantity.get(), value.getAsDouble(), r.raw(UNIT),
                        r.raw(SCOPE), r.raw(SOURCE_TITLE), r.raw(SOURCE_URL), r.raw(LOCATOR), basis, factor) : null;
            }));
        }
    }

    /** {@code training-sites.csv}: where runs took place; an absent file has none. */
    static final class TrainingSites {
        /** The years a training year may name: the first notable models to the far future, for typos only. */
        static final int MIN_TRAINING_YEAR = 1950;
        static final int MAX_TRAINING_YEAR = 2100;
        static final Column MODEL = text("model").required();
        static final Column COUNTRY_ISO3 = text("country_iso3").required();
        static final Column GRID_REGION = text("grid_region");
        static final Column DATA_CENTRE = text("data_centre");
        static final Column PUE = number("pue");
        static final Column PUE_SOURCE = text("pue_source");
        static final Column SOURCE_TITLE = text("source_title");
        static final Column SOURCE_URL = text("source_url").required();
        static final Column LOCATOR = text("locator");
        static final Column NOTE = text("note");
        /** The year the run took place in, where the source says it. */
        static final Column TRAINING_YEAR = number("training_year").positive().optionalInHeader();
        static final TableSpec SPEC = TableSpec.of(MODEL, COUNTRY_ISO3, GRID_REGION, DATA_CENTRE, PUE, PUE_SOURCE,
                SOURCE_TITLE, SOURCE_URL, LOCATOR, NOTE, TRAINING_YEAR);

        /** A row whose country has no grid factors, a PUE below 1, or a model given twice is a problem. */
        static List<TrainingSite> read(Path path, Set<String> gridCodes, List<Problem> problems) {
            Set<String> models = new HashSet<>();
            return List.copyOf(SPEC.readIfPresent(path, problems, r -> {
                String model = r.text(MODEL);
                String iso3 = r.text(COUNTRY_ISO3);
                r.text(SOURCE_URL);
                OptionalDouble pue = r.number(PUE);
                if (!iso3.isEmpty() && !gridCodes.contains(iso3)) {
                    r.add(COUNTRY_ISO3, "found '" + iso3 + "', expected a country of electricity-factors.csv");
                }
                if (pue.isPresent() && pue.getAsDouble() < 1) {
                    r.add(PUE, "found " + pue.getAsDouble() + ", expected a PUE of 1 or more");
                }
                if (pue.isPresent() && r.isEmpty(PUE_SOURCE)) {
                    r.add(PUE_SOURCE, "found an empty cell, expected where the PUE comes from");
                }
                r.once(models, model, MODEL, "found '" + model + "' a second time, expected one row per model");
                OptionalDouble year = r.number(TRAINING_YEAR);
                if (year.isPresent() && (year.getAsDouble() != Math.rint(year.getAsDouble())
                        || year.getAsDouble() < MIN_TRAINING_YEAR || year.getAsDouble() > MAX_TRAINING_YEAR)) {
                    r.add(TRAINING_YEAR, "found " + r.raw(TRAINING_YEAR) + ", expected a year from "
                            + MIN_TRAINING_YEAR + " to " + MAX_TRAINING_YEAR);
                }
                return new TrainingSite(model, iso3, r.raw(GRID_REGION), r.raw(DATA_CENTRE), pue, r.raw(PUE_SOURCE),
                        r.raw(SOURCE_TITLE), r.raw(SOURCE_URL), r.raw(LOCATOR), r.raw(NOTE),
                        year.isPresent() && r.ok() ? (int) year.getAsDouble() : 0);
            }));
        }
    }

    /** {@code power-draw.csv}: measured training draws; an absent file has none. */
    static final class PowerDraws {
        static final Column CARD_ID = text("card_id").required();
        static final Column DRAW_WATTS = number("draw_watts").positive();
        static final Column BASIS = text("basis").required();
        static final Column SOURCE_TITLE = text("source_title");
        static final Column SOURCE_URL = text("source_url").required();
        static final Column LOCATOR = text("locator");
        static final Column NOTE = text("note");
        static final TableSpec SPEC = TableSpec.of(CARD_ID, DRAW_WATTS, BASIS, SOURCE_TITLE, SOURCE_URL, LOCATOR,
                NOTE);

        /** A card not in the catalogue is a problem. */
        static List<PowerDraw> read(Path path, Set<String> cards, List<Problem> problems) {
            return List.copyOf(SPEC.readIfPresent(path, problems, r -> {
                String card = r.text(CARD_ID);
                OptionalDouble watts = r.number(DRAW_WATTS);
                r.text(BASIS);
                r.text(SOURCE_URL);
                if (!card.isEmpty() && !cards.contains(card)) {
                    r.add(CARD_ID, "found '" + card + "', expected a card id of the catalogue");
                }
                if (watts.isEmpty() && r.ok()) {
                    r.add(DRAW_WATTS, "found an empty cell, expected watts");
                }
                return r.ok() ? new PowerDraw(card, watts.getAsDouble(), r.raw(BASIS), r.raw(SOURCE_TITLE),
                        r.raw(SOURCE_URL), r.raw(LOCATOR), r.raw(NOTE)) : null;
            }));
        }
    }

    /** {@code operator-pue.csv}: the fleet PUE operators published, by year; an absent file has none. */
    static final class OperatorPues {
        static final Column OPERATOR = text("operator").required();
        /** The organisations, as Epoch names them, separated by ';'. */
        static final Column EPOCH_ORGANISATIONS = text("epoch_organisations").required();
        static final Column YEAR = number("year").required().positive();
        static final Column PUE = number("pue").required();
        static final Column BASIS = text("basis");
        static final Column SOURCE_TITLE = text("source_title");
        static final Column SOURCE_URL = text("source_url").required();
        static final Column LOCATOR = text("locator");
        static final Column QUOTE = text("quote");
        static final TableSpec SPEC = TableSpec.of(OPERATOR, EPOCH_ORGANISATIONS, YEAR, PUE, BASIS, SOURCE_TITLE,
                SOURCE_URL, LOCATOR, QUOTE);

        /** An organisation claimed by two operators, or an operator's year given twice, is a problem. */
        static List<OperatorPue> read(Path path, List<Problem> problems) {
            Map<String, String> operatorOf = new HashMap<>();
            Set<String> seen = new HashSet<>();
            return List.copyOf(SPEC.readIfPresent(path, problems, r -> {
                String operator = r.text(OPERATOR);
                List<String> organisations = Arrays.stream(r.text(EPOCH_ORGANISATIONS).split(";")).map(String::strip)
                        .filter(o -> !o.isEmpty()).toList();
                OptionalDouble year = r.number(YEAR);
                OptionalDouble pue = r.number(PUE);
                r.text(SOURCE_URL);
                if (pue.isPresent() && !(pue.getAsDouble() >= 1)) {
                    r.add(PUE, "found " + r.raw(PUE) + ", expected a PUE of 1 or more");
                }
                for (String o : organisations) {
                    String other = operatorOf.putIfAbsent(o, operator);
                    if (other != null && !other.equals(operator)) {
                        r.add(EPOCH_ORGANISATIONS, "found '" + o + "' for " + operator + ", expected each organisation "
                                + "under one operator (already under " + other + ")");
                    }
                }
                if (r.ok()) {
                    r.once(seen, operator + "|" + (int) year.getAsDouble(), YEAR, "found " + operator + " "
                            + (int) year.getAsDouble() + " a second time, expected one row per operator and year");
                }
                return r.ok() ? new OperatorPue(operator, organisations, (int) year.getAsDouble(), pue.getAsDouble(),
                        r.raw(BASIS), r.raw(SOURCE_TITLE), r.raw(SOURCE_URL), r.raw(LOCATOR)) : null;
            }));
        }
    }

    /** {@code grid-regions.csv}: a grid region's carbon intensity against its country's; an absent file has none. */
    static final class GridRegions {
        static final Column ISO3 = text("iso3").required();
        static final Column GRID_REGION = text("grid_region").required();
        static final Column ZONE_ID = text("zone_id").required();
        static final Column ZONE_NAME = text("zone_name");
        static final Column YEAR = number("year").required().positive();
        static final Column ZONE = number("zone_gco2e_per_kwh").required().positive();
        static final Column COUNTRY = number("country_gco2e_per_kwh").required().positive();
        static final Column SOURCE_TITLE = text("source_title").required();
        static final Column SOURCE_URL = text("source_url").required();
        static final Column LOCATOR = text("locator");
        static final Column NOTE = text("note");
        static final TableSpec SPEC = TableSpec.of(ISO3, GRID_REGION, ZONE_ID, ZONE_NAME, YEAR, ZONE, COUNTRY,
                SOURCE_TITLE, SOURCE_URL, LOCATOR, NOTE);

        /** A country the factor table lacks, or a region given twice, is a problem. */
        static List<GridRegion> read(Path path, Set<String> gridCodes, List<Problem> problems) {
            Set<String> seen = new HashSet<>();
            return List.copyOf(SPEC.readIfPresent(path, problems, r -> {
                String iso3 = r.text(ISO3);
                String region = r.text(GRID_REGION);
                r.text(ZONE_ID);
                OptionalDouble year = r.number(YEAR);
                OptionalDouble zone = r.number(ZONE);
                OptionalDouble country = r.number(COUNTRY);
                r.text(SOURCE_TITLE);
                r.text(SOURCE_URL);
                if (!iso3.isEmpty() && !gridCodes.contains(iso3)) {
                    r.add(ISO3, "found '" + iso3 + "', expected an ISO code of electricity-factors.csv");
                }
                r.once(seen, iso3 + "|" + region, GRID_REGION, "found " + iso3 + " / " + region + " a second time, "
                        + "expected one row per country and region");
                return r.ok() ? new GridRegion(iso3, region, r.raw(ZONE_ID), r.raw(ZONE_NAME),
                        (int) year.getAsDouble(), zone.getAsDouble(), country.getAsDouble(), r.raw(SOURCE_TITLE),
                        r.raw(SOURCE_URL), r.raw(LOCATOR), r.raw(NOTE)) : null;
            }));
        }
    }

    /** {@code hardware-splits.csv}: the stated quantities of each hardware type of multi-type runs. */
    static final class HardwareSplits {
        static final Column MODEL = text("model").required();
        static final Column EPOCH_NAME = text("epoch_name").required();
        static final Column QUANTITY = number("quantity").required().positive();
        static final Column SOURCE_TITLE = text("source_title");
        static final Column SOURCE_URL = text("source_url").required();
        static final Column LOCATOR = text("locator");
        static final Column QUOTE = text("quote");
        static final TableSpec SPEC = TableSpec.of(MODEL, EPOCH_NAME, QUANTITY, SOURCE_TITLE, SOURCE_URL, LOCATOR,
                QUOTE);

        /** A name that is not an alias, or a model and name given twice, is a problem. */
        static List<HardwareSplit> read(Path path, Set<String> aliasNames, List<Problem> problems) {
            Set<String> seen = new HashSet<>();
            return List.copyOf(SPEC.readIfPresent(path, problems, r -> {
                String model = r.text(MODEL);
                String name = r.text(EPOCH_NAME);
                OptionalDouble quantity = r.number(QUANTITY);
                r.text(SOURCE_URL);
                if (!name.isEmpty() && !aliasNames.contains(name)) {
                    r.add(EPOCH_NAME, "found '" + name + "', expected a name of hardware-aliases");
                }
                r.once(seen, model + "|" + name, EPOCH_NAME, "found " + model + " / " + name + " a second time, "
                        + "expected one row per model and hardware type");
                return r.ok() ? new HardwareSplit(model, name, quantity.getAsDouble(), r.raw(SOURCE_TITLE),
                        r.raw(SOURCE_URL), r.raw(LOCATOR)) : null;
            }));
        }
    }

    /**
     * {@code organisation-fleets.csv}: the accelerator an operator documents for its organisations' runs over a
     * period; an absent file has none.
     */
    static final class OrganisationFleets {
        static final Column OPERATOR = text("operator").required();
        /** The organisations, as Epoch names them, separated by ';'. */
        static final Column EPOCH_ORGANISATIONS = text("epoch_organisations").required();
        static final Column FROM_DATE = date("from_date").required();
        static final Column TO_DATE = date("to_date").required();
        static final Column EPOCH_HARDWARE = text("epoch_hardware").required();
        static final Column SOURCE_TITLE = text("source_title").required();
        static final Column SOURCE_URL = text("source_url").required();
        static final Column LOCATOR = text("locator");
        static final Column QUOTE = text("quote").required();
        static final TableSpec SPEC = TableSpec.of(OPERATOR, EPOCH_ORGANISATIONS, FROM_DATE, TO_DATE, EPOCH_HARDWARE,
                SOURCE_TITLE, SOURCE_URL, LOCATOR, QUOTE);

        /**
         * A name that is not an alias, a period that ends before it starts, or an organisation whose periods overlap
         * is a problem.
         */
        static List<OrganisationFleet> read(Path path, Set<String> aliasNames, List<Problem> problems) {
            List<OrganisationFleet> kept = new ArrayList<>();
            return List.copyOf(SPEC.readIfPresent(path, problems, r -> {
                String operator = r.text(OPERATOR);
                List<String> organisations = Arrays.stream(r.text(EPOCH_ORGANISATIONS).split(";")).map(String::strip)
                        .filter(o -> !o.isEmpty()).toList();
                Optional<LocalDate> from = r.date(FROM_DATE);
                Optional<LocalDate> to = r.date(TO_DATE);
                String name = r.text(EPOCH_HARDWARE);
                r.text(SOURCE_TITLE);
                r.text(SOURCE_URL);
                r.text(QUOTE);
                if (!name.isEmpty() && !aliasNames.contains(name)) {
                    r.add(EPOCH_HARDWARE, "found '" + name + "', expected a name of hardware-aliases");
                }
                if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                    r.add(TO_DATE, "found " + to.get() + ", expected a date on or after from_date " + from.get());
                }
                if (r.ok()) {
                    for (OrganisationFleet other : kept) {
                        for (String o : organisations) {
                            if (other.organisations().contains(o) && !from.get().isAfter(other.toDate())
                                    && !to.get().isBefore(other.fromDate())) {
                                r.add(FROM_DATE, "found " + o + " from " + from.get() + " to " + to.get()
                                        + ", expected periods of one organisation not to overlap (already "
                                        + other.epochHardware() + " from " + other.fromDate() + " to "
                                        + other.toDate() + ")");
                            }
                        }
                    }
                }
                if (!r.ok()) {
                    return null;
                }
                OrganisationFleet fleet = new OrganisationFleet(operator, organisations, from.get(), to.get(), name,
                        r.raw(SOURCE_TITLE), r.raw(SOURCE_URL), r.raw(LOCATOR), r.raw(QUOTE));
                kept.add(fleet);
                return fleet;
            }));
        }
    }

    /** {@code everyday-comparisons.csv}: the everyday quantities a run is compared with; an absent file has none. */
    static final class EverydayComparisons {
        static final Column ID = text("id").required().matchingAbbreviated(Column.SLUG, "lower-case letters and "
                + "digits joined by single hyphens, such as world-person-year").key("found '%s' a second time, "
                + "expected each id once");
        static final Column QUANTITY = text("quantity");
        static final Column VALUE = number("value").required().positive();
        static final Column UNIT = text("unit");
        static final Column ONE = text("one").required();
        static final Column MANY = text("many").required();
        static final Column DESCRIPTION = text("description").required();
        static final Column YEAR = number("year").required().positive();
        static final Column SOURCE_TITLE = text("source_title").required();
        static final Column SOURCE_URL = text("source_url").required().matchingAbbreviated(Column.URL,
                "an http(s) address");
        static final Column SOURCE_QUOTE = text("source_quote").required();
        static final TableSpec SPEC = TableSpec.of(ID, QUANTITY, VALUE, UNIT, ONE, MANY, DESCRIPTION, YEAR,
                SOURCE_TITLE, SOURCE_URL, SOURCE_QUOTE);

        /** An unknown quantity, a value in another unit than its quantity's, or a year not whole is a problem. */
        static List<EverydayComparison> read(Path path, List<Problem> problems) {
            return List.copyOf(SPEC.readIfPresent(path, problems, r -> {
                String id = r.text(ID);
                Optional<EverydayComparison.Quantity> quantity = EverydayComparison.Quantity.byKey(r.raw(QUANTITY));
                if (quantity.isEmpty()) {
                    r.add(QUANTITY, "found '" + Cells.abbreviate(r.raw(QUANTITY)) + "', expected one of: "
                            + EverydayComparison.Quantity.keys());
                }
                OptionalDouble value = r.number(VALUE);
                String unit = r.raw(UNIT);
                if (quantity.isPresent() && !unit.equals(quantity.get().unit())) {
                    r.add(UNIT, "found '" + Cells.abbreviate(unit) + "', expected '" + quantity.get().unit()
                            + "', the unit of " + quantity.get().key() + " (write the value in it)");
                }
                r.text(ONE);
                r.text(MANY);
                r.text(DESCRIPTION);
                OptionalDouble year = r.number(YEAR);
                wholeYear(r, YEAR, year);
                r.text(SOURCE_TITLE);
                String url = r.text(SOURCE_URL);
                r.text(SOURCE_QUOTE);
                return r.ok() ? new EverydayComparison(id, quantity.get(), value.getAsDouble(), r.raw(ONE),
                        r.raw(MANY), r.raw(DESCRIPTION), (int) year.getAsDouble(), r.raw(SOURCE_TITLE), url,
                        r.raw(SOURCE_QUOTE)) : null;
            }));
        }
    }

    /** {@code slugs.csv}: the registered page names; an absent file is an empty registry. */
    static final class Slugs {
        static final Column SLUG = text("slug").required().matching(Column.SLUG, "lower-case letters and digits "
                + "joined by single hyphens").key("found '%s' a second time, expected each slug once");
        static final Column MODEL = text("model").required();
        static final Column PUBLICATION_DATE = date("publication_date");
        static final Column REGISTERED = number("registered").positive();
        /** Absent from older files. */
        static final Column SUCCESSOR = text("successor").optionalInHeader();
        static final TableSpec SPEC = TableSpec.of(SLUG, MODEL, PUBLICATION_DATE, REGISTERED, SUCCESSOR);

        /**
         * A slug given twice, or a model (name and date) given twice, is a problem and only its first row counts; a
         * successor must be another registered slug.
         */
        static List<RegisteredSlug> read(Path path, List<Problem> problems) {
            Set<String> registered = new HashSet<>();
            Set<String> models = new HashSet<>();
            Map<Problem, String> successors = new java.util.LinkedHashMap<>();
            List<RegisteredSlug> result = List.copyOf(SPEC.readIfPresent(path, problems, r -> {
                String slug = r.raw(SLUG);
                if (slug.isEmpty()) {
                    r.text(SLUG); // the empty cell first; the slug's form and key after the row's other cells
                }
                String model = Names.clean(r.text(MODEL));
                Optional<java.time.LocalDate> date = r.date(PUBLICATION_DATE);
                OptionalDouble year = r.number(REGISTERED);
                if (!slug.isEmpty()) {
                    r.text(SLUG);
                    if (Column.SLUG.matcher(slug).matches()) {
                        registered.add(slug);
                    }
                }
                String when = date.map(Object::toString).orElse("");
                r.once(models, model + "\u0000" + when, MODEL, "found '" + model + "' of "
                        + (when.isEmpty() ? "no date" : when) + " a second time, expected each model once");
                if (year.isEmpty() && r.ok()) {
                    r.add(REGISTERED, "found an empty cell, expected the edition year");
                }
                String successor = r.raw(SUCCESSOR);
                if (!successor.isEmpty() && (!Column.SLUG.matcher(successor).matches() || successor.equals(slug))) {
                    r.add(SUCCESSOR, "found '" + successor + "', expected the slug of another registered model, or "
                            + "an empty cell");
                }
                if (!successor.isEmpty()) {
                    successors.put(r.problem(SUCCESSOR, "found '" + successor + "', which no row registers, expected "
                            + "the slug of another registered model"), successor);
                }
                return r.ok() ? new RegisteredSlug(slug, model, date, (int) year.getAsDouble(), nonEmpty(successor))
                        : null;
            }));
            successors.forEach((problem, successor) -> {
                if (!registered.contains(successor)) {
                    problems.add(problem);
                }
            });
            return result;
        }
    }
}
