package com.rotationrisk.marketdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the real price history shipped in {@code classpath:marketdata/} (see docs/data.md) on
 * first start, when the universe is empty, so the app is useful with no network. Reference data,
 * not demo data: it loads in production too unless {@code rotationrisk.marketdata.bundled=false}.
 */
@Component
@Order(1)
@EnableConfigurationProperties(MarketDataSettings.class)
class BundledMarketData implements ApplicationRunner {

    static final String IMPORTED_BY = "bundled-data";

    private static final Logger log = LoggerFactory.getLogger(BundledMarketData.class);
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private final InstrumentRepository instruments;
    private final BarWriter writer;
    private final PriceImportLog importLog;
    private final boolean enabled;

    BundledMarketData(InstrumentRepository instruments, BarWriter writer,
                      PriceImportLog importLog,
                      MarketDataSettings settings) {
        this.instruments = instruments;
        this.writer = writer;
        this.importLog = importLog;
        this.enabled = settings.bundled();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled || instruments.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        int bars = 0;
        List<CSVRecord> records;
        try (Reader reader = reader("marketdata/instruments.csv")) {
            records = CSV.parse(reader).getRecords();
        }
        for (CSVRecord record : records) {
            InstrumentDetails details = new InstrumentDetails(record.get("symbol"), record.get("name"),
                    AssetType.valueOf(record.get("asset_type")), blankToNull(record.get("sector")),
                    blankToNull(record.get("industry")), sizeBucket(record.get("size_bucket")));
            Instrument instrument = instruments.save(new Instrument(details, record.get("source"),
                    record.get("price_basis")));
            List<BarRow> rows = readBars(details.symbol());
            writer.write(instrument.getId(), rows, "bundled: " + details.symbol() + ".csv", Instant.now());
            importLog.record(instrument.getId(), IMPORTED_BY, "classpath:marketdata/bars/" + details.symbol() + ".csv",
                    "BUNDLED", rows.size(), rows.get(0).date(), rows.get(rows.size() - 1).date());
            bars += rows.size();
        }
        log.info("Loaded bundled market data: {} instruments, {} daily bars in {} ms", records.size(), bars,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static List<BarRow> readBars(String symbol) throws IOException {
        List<BarRow> rows = new ArrayList<>();
        try (Reader reader = reader("marketdata/bars/" + symbol + ".csv")) {
            for (CSVRecord r : CSV.parse(reader)) {
                rows.add(new BarRow(LocalDate.parse(r.get("date")), number(r.get("open")), number(r.get("high")),
                        number(r.get("low")), Double.parseDouble(r.get("close")), volume(r.get("volume"))));
            }
        }
        return rows;
    }

    private static Reader reader(String path) throws IOException {
        InputStream in = new ClassPathResource(path).getInputStream();
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static Double number(String text) {
        return text.isBlank() ? null : Double.valueOf(text);
    }

    private static Long volume(String text) {
        return text.isBlank() ? null : Math.round(Double.parseDouble(text));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static SizeBucket sizeBucket(String text) {
        return text == null || text.isBlank() ? null : SizeBucket.valueOf(text);
    }
}
