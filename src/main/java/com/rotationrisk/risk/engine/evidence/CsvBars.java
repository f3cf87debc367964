package com.rotationrisk.risk.engine.evidence;

import com.rotationrisk.risk.engine.DailyBars;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads {@code date,open,high,low,close,volume} CSV (header required; lines starting with '#' are comments). */
public final class CsvBars {

    private CsvBars() {
    }

    public static DailyBars read(String symbol, Path file) {
        try (Reader r = Files.newBufferedReader(file)) {
            return read(symbol, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DailyBars read(String symbol, Reader reader) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        boolean header = true;
        while ((line = in.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (!line.toLowerCase(Locale.ROOT).startsWith("date")) {
                    throw new IOException(symbol + ": expected header date,open,high,low,close,volume");
                }
                continue;
            }
            rows.add(line.split(","));
        }
        int n = rows.size();
        LocalDate[] d = new LocalDate[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            String[] f = rows.get(i);
            d[i] = LocalDate.parse(f[0].strip());
            o[i] = orNaN(f[1]);
            h[i] = orNaN(f[2]);
            l[i] = orNaN(f[3]);
            c[i] = Double.parseDouble(f[4]);
            v[i] = f.length > 5 ? orNaN(f[5]) : Double.NaN;
        }
        return new DailyBars(symbol, d, o, h, l, c, v);
    }

    /** A blank cell is a value the source did not publish: NaN, never zero. */
    private static double orNaN(String cell) {
        return cell.isBlank() ? Double.NaN : Double.parseDouble(cell.strip());
    }
}
