package com.rotationrisk.marketdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The GICS structure (11 sectors, their industry groups, industries and sub-industries) bundled as
 * {@code classpath:marketdata/gics.csv} (source in docs/data.md): the one home of "is this a sector, an industry,
 * which sector holds this industry". An instrument's or a shock's industry is a GICS industry or sub-industry name.
 * Names are looked up without case and with runs of spaces as one, and answered in their GICS spelling.
 */
public final class Gics {

    public static final String RESOURCE = "marketdata/gics.csv";

    /** An industry or sub-industry and where it sits. */
    public record Industry(String name, String sector, String industryGroup, boolean subIndustry) {
    }

    private static final Gics STRUCTURE = load();

    /**
     * Sector names that are not GICS but mean one GICS sector: data providers' own (Yahoo, Morningstar, Alpha
     * Vantage) and GICS names before the 2018 revision. Migration V26 maps stored values with the same table
     * (GicsMigrationTest checks that they agree).
     */
    private static final Map<String, String> SECTOR_ALIASES = Map.ofEntries(
            Map.entry("technology", "Information Technology"),
            Map.entry("it", "Information Technology"),
            Map.entry("financial services", "Financials"),
            Map.entry("financial", "Financials"),
            Map.entry("finance", "Financials"),
            Map.entry("healthcare", "Health Care"),
            Map.entry("consumer cyclical", "Consumer Discretionary"),
            Map.entry("consumer defensive", "Consumer Staples"),
            Map.entry("basic materials", "Materials"),
            Map.entry("telecommunication services", "Communication Services"),
            Map.entry("telecommunications", "Communication Services"),
            Map.entry("communication", "Communication Services"),
            Map.entry("industrial", "Industrials"),
            Map.entry("utility", "Utilities"));

    private final List<String> sectors;
    private final Map<String, String> sectorsByKey;
    private final Map<String, Industry> industriesByKey;
    private final List<Industry> industries;

    private Gics(List<String> sectors, List<Industry> industries) {
        this.sectors = List.copyOf(sectors);
        this.sectorsByKey = new LinkedHashMap<>();
        sectors.forEach(s -> sectorsByKey.put(key(s), s));
        Map<String, Industry> byKey = new TreeMap<>();
        industries.forEach(i -> byKey.merge(key(i.name()), i, (industry, sub) -> industry));
        this.industriesByKey = byKey;
        this.industries = byKey.values().stream().sorted(Comparator.comparing(Industry::name)).toList();
    }

    /** The 11 sectors in GICS code order (Energy … Real Estate). */
    public static List<String> sectors() {
        return STRUCTURE.sectors;
    }

    /** Every industry and sub-industry, by name (a name that is both is listed once, as the industry). */
    public static List<Industry> industries() {
        return STRUCTURE.industries;
    }

    /** The industries and sub-industries of one sector, by name; empty for a name that is no sector. */
    public static List<Industry> industriesIn(String sector) {
        return sector(sector).map(s -> STRUCTURE.industries.stream().filter(i -> i.sector().equals(s)).toList())
                .orElse(List.of());
    }

    /** The GICS spelling of a sector name, or empty when it is not one. */
    public static Optional<String> sector(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(STRUCTURE.sectorsByKey.get(key(name)));
    }

    /**
     * The GICS sector a name stands for: a sector itself, or a common non-GICS sector name ("Technology",
     * "Financial Services", "Healthcare"…). For suggestions the advisor confirms, never to accept input silently.
     */
    public static Optional<String> sectorMeant(String name) {
        return sector(name).or(() -> name == null ? Optional.empty()
                : Optional.ofNullable(SECTOR_ALIASES.get(key(name))));
    }

    /** The industry or sub-industry of that name, or empty when it is neither. */
    public static Optional<Industry> industry(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(STRUCTURE.industriesByKey.get(key(name)));
    }

    public static boolean isSector(String name) {
        return sector(name).isPresent();
    }

    public static boolean isIndustry(String name) {
        return industry(name).isPresent();
    }

    /** The sector that holds an industry or sub-industry, or empty when the name is neither. */
    public static Optional<String> sectorOf(String industry) {
        return industry(industry).map(Industry::sector);
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Gics load() {
        InputStream in = Gics.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Gics parse(List<CSVRecord> records) {
        List<String> sectors = new ArrayList<>();
        List<Industry> industries = new ArrayList<>();
        for (CSVRecord r : records) {
            String sector = r.get("sector");
            if (!sectors.contains(sector)) {
                sectors.add(sector);
            }
            String group = r.get("industry_group");
            industries.add(new Industry(r.get("industry"), sector, group, false));
            industries.add(new Industry(r.get("sub_industry"), sector, group, true));
        }
        return new Gics(sectors, industries);
    }
}
