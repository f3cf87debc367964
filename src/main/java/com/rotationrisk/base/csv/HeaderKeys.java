package com.rotationrisk.base.csv;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Header comparison for imported files: case-, accent-, space- and punctuation-insensitive
 * ("Adj Close" = "adjclose", "Avg. Cost" = "avgcost"); angle brackets stay, for Stooq's "&lt;CLOSE&gt;".
 */
public final class HeaderKeys {

    private HeaderKeys() {
    }

    public static String key(String header) {
        String folded = Normalizer.normalize(header, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '<' || c == '>') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public static List<String> keys(List<String> headers) {
        return headers.stream().map(HeaderKeys::key).toList();
    }
    /** Index of the header named {@code name} (exact ignoring case first, then by key), or -1. */
    public static int indexOf(List<String> headers, String name) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        String wanted = key(name);
        for (int i = 0; i < headers.size(); i++) {
            if (key(headers.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
