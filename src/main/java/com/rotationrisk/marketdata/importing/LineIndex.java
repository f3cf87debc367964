package com.rotationrisk.marketdata.importing;

import java.util.Arrays;

/** Maps a character offset in the text to its 1-based physical line (CR, LF and CRLF breaks). */
final class LineIndex {

    private final int[] lineStarts;
    private final int count;

    LineIndex(String text) {
        int[] starts = new int[1024];
        int n = 1; // starts[0] = 0
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = starts;
        this.count = n;
    }

    int lineOf(long offset) {
        int pos = Arrays.binarySearch(lineStarts, 0, count, (int) offset);
        return pos >= 0 ? pos + 1 : -pos - 1;
    }
}
