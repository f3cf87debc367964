package com.rotationrisk;

import com.rotationrisk.marketdata.AssetType;
import com.rotationrisk.marketdata.ImportRequest;
import com.rotationrisk.marketdata.InstrumentDetails;
import com.rotationrisk.marketdata.PriceImportService;
import com.rotationrisk.marketdata.SizeBucket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the benchmarks share: the real application on a fresh H2 file database under target/, a signed-in advisor,
 * and SYNTHETIC instruments (random-walk daily bars on weekdays) imported through the normal import service.
 */
public final class SyntheticMarket {

    private static final String[] SECTORS = {"Information Technology", "Financials", "Industrials", "Energy",
            "Health Care", "Consumer Staples", "Utilities"};

    private SyntheticMarket() {
    }

    /** The application on an empty database in target/{@code folder}; no scheduled watch or digest. */
    public static ConfigurableApplicationContext start(String folder) throws IOException {
        Path db = Path.of("target", folder);
        if (Files.exists(db)) {
            try (var files = Files.walk(db)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return new SpringApplicationBuilder(RotationRiskApplication.class)
                .properties("server.port=0", "rotationrisk.data-dir=./target/" + folder, "logging.level.root=warn",
                        "vaadin.devmode.devTools.enabled=false", "rotationrisk.watch.cron=-",
                        "rotationrisk.watch.digest-cron=-")
                .run();
    }

    /** alice (a demo advisor who may change reference data) on this thread. */
    public static void signInAsAlice() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "alice", null, List.of(new SimpleGrantedAuthority("ROLE_ADVISOR"),
                        new SimpleGrantedAuthority("ROLE_REFERENCE_DATA"))));
    }

    /**
     * {@code bars} daily bars ending on {@code lastBar} as CSV rows, oldest first; with {@code drift} the walk has a
     * trend of its own (drawn first), so that scores differ more between instruments.
     */
    public static List<String> rows(SplittableRandom random, LocalDate lastBar, int bars, boolean drift) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = lastBar; days.size() < bars; d = d.minusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.add(d);
            }
        }
        List<String> out = new ArrayList<>();
        double close = 20 + random.nextDouble(200);
        double trend = drift ? random.nextGaussian() * 0.002 : 0;
        for (int i = days.size() - 1; i >= 0; i--) {
            double open = close;
            close = Math.max(1, close * (1 + trend + random.nextGaussian() * 0.018));
            out.add(String.format(Locale.ROOT, "%s,%.4f,%.4f,%.4f,%.4f,%d%n", days.get(i), open,
                    Math.max(open, close) * 1.006, Math.min(open, close) * 0.994, close,
                    100_000 + random.nextInt(900_000)));
        }
        return out;
    }

    /** Imports {@code rows} for {@code symbol}, adding the instrument (the {@code n}-th: sector and size rotate). */
    public static void importInstrument(PriceImportService imports, String symbol, int n, List<String> rows) {
        imports.commit(new ImportRequest(symbol, imports.preview(csv(rows), symbol).file(), "synthetic", false,
                new InstrumentDetails(symbol, "Synthetic " + symbol, AssetType.STOCK, SECTORS[n % SECTORS.length],
                        null, SizeBucket.values()[n % 3])));
    }

    /** Adds {@code rows} to an instrument already in the universe. */
    public static void importBars(PriceImportService imports, String symbol, List<String> rows) {
        imports.commit(new ImportRequest(symbol, imports.preview(csv(rows), symbol).file(), "synthetic", false, null));
    }

    private static byte[] csv(List<String> rows) {
        return ("Date,Open,High,Low,Close,Volume\n" + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
    }
}
