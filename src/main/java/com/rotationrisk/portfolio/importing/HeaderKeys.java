package com.rotationrisk.portfolio.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Header comparison: case-, accent-, space- and punctuation-insensitive ("Avg. Cost" = "avgcost"). */
final class HeaderKeys {

    private HeaderKeys() {
    }

    static String key(String header) {
        String folded = Normalizer.normalize(header, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static List<String> keys(List<String> headers) {
        return headers.stream().map(HeaderKeys::key).toList();
    }
}
