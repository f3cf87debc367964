package com.rotationrisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules with one home stay there: the sources must not grow a second copy of them. (The behaviour of each
 * home is tested where it lives, e.g. {@code TickerTest}.)
 */
class OneHomeTest {

    private static final Path MAIN = Path.of("src/main/java/com/rotationrisk");

    @Test
    void cashTickersAreDefinedOnlyByTicker() {
        // the set of cash spellings, once; every importer, service and view asks Ticker.isCash
        assertThat(filesMatching(Pattern.compile("Set\\.of\\(\"CASH\"|\"CASH\", \"USD\""))).containsExactly(
                "marketdata/Ticker.java");
    }

    @Test
    void tickerSyntaxIsDefinedOnlyByTicker() {
        assertThat(filesMatching(Pattern.compile("A-Z0-9\\.\\^"))).containsExactly("marketdata/Ticker.java");
    }

    @Test
    void settingsAreReadThroughTypedRecordsNotValueAnnotations() {
        assertThat(filesMatching(Pattern.compile("@(org\\.springframework\\.beans\\.factory\\.annotation\\.)?Value\\(")))
                .isEmpty();
    }

    private static List<String> filesMatching(Pattern pattern) {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> pattern.matcher(read(f)).find())
                    .map(f -> MAIN.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
