package org.rebound.site;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.rebound.chart.ImageCredit;
import org.rebound.domain.Edition;
import org.rebound.report.Citation;
import org.rebound.report.Licence;

/**
 * The licence and credit every download carries in its own metadata, so that a file keeps them wherever it goes: a
 * JSON file in its first fields, a CSV file in a W3C CSVW metadata file beside it (a CSV stays a plain table), an
 * image in its SVG metadata or PNG text chunks.
 */
final class Credits {
    /** The JSON-LD context of CSVW metadata (https://www.w3.org/TR/tabular-metadata/). */
    static final String CSVW_CONTEXT = "http://www.w3.org/ns/csvw";

    private Credits() {
    }

    /**
     * The fields a JSON download opens with: {@code license} (the licence's address), {@code credit} (how to credit
     * the file, naming Epoch AI) and {@code edition} (its year).
     */
    static ObjectNode json(Edition edition) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("license", Licence.URL);
        o.put("credit", Licence.credit(edition));
        o.put("edition", edition.year());
        return o;
    }

    /** What an image of the edition says about itself; {@code description} is completed with the data's source. */
    static ImageCredit image(Edition edition, String title, String description) {
        return new ImageCredit(title, description + " " + edition.title() + ", from " + Licence.EPOCH + "'s "
                + Licence.EPOCH_DATASET + " (" + Licence.EPOCH_URL + ").", Citation.AUTHORS, Licence.credit(edition),
                Licence.URL, Licence.EPOCH_URL);
    }

    /**
     * The CSVW metadata of a CSV file, written beside it as {@code <file>-metadata.json} (where CSVW processors look
     * for it first): the table's title, description, creator, licence, credit and source, and its columns. A column's
     * {@code titles} is its header as written, which a validator compares with the file's; what it holds is its
     * {@code dc:description}.
     *
     * @param csvName the CSV file's name, relative to the metadata file
     * @param describe whether to give each column's description, or only its name
     * @param seeAlso  the address of fuller metadata, if any
     */
    static String csvMetadata(Edition edition, String csvName, String title, String description,
            List<Table.Doc> columns, boolean describe, Optional<String> seeAlso) {
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        m.put("@context", CSVW_CONTEXT);
        m.put("url", csvName);
        m.put("dc:title", title);
        m.put("dc:description", description);
        m.put("dc:creator", Citation.AUTHORS);
        m.put("dc:rights", Licence.credit(edition));
        m.putObject("dc:license").put("@id", Licence.URL);
        m.putObject("dc:source").put("@id", Licence.EPOCH_URL);
        seeAlso.ifPresent(url -> m.putObject("rdfs:seeAlso").put("@id", url));
        ArrayNode cols = m.putObject("tableSchema").putArray("columns");
        for (Table.Doc c : columns) {
            ObjectNode col = cols.addObject();
            col.put("name", c.name());
            col.put("titles", c.name());
            if (describe) {
                col.put("dc:description", c.description());
            }
        }
        return Table.write(m);
    }
}
