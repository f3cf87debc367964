package com.rotationrisk.base.csv;

import java.util.Arrays;

/** Maps character offsets to 1-based physical lines (CR, LF and CRLF breaks) and back. */
public final class LineIndex {

    private final String text;
    private final int[] lineStarts;
    private final int count;

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[256];
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

    public int lineCount() {
        return count;
    }

    public int lineOf(long offset) {
        int pos = Arrays.binarySearch(lineStarts, 0, count, (int) offset);
        return pos >= 0 ? pos + 1 : -pos - 1;
    }

    /** Offset of the first character of {@code line} (1-based); text length past the last line. */
    public int start(int line) {
        return line <= count ? lineStarts[line - 1] : text.length();
    }

    /** Text of {@code line} without its line break. */
    public String line(int line) {
        int end = start(line + 1);
        while (end > start(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start(line), end);
    }
}
