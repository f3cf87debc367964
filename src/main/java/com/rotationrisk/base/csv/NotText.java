package com.rotationrisk.base.csv;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one rule for "is this upload text at all?", asked by every service that receives the bytes of a CSV or text
 * file (price import, holdings import) and by the upload component. It reads only the first {@link #SNIFF_BYTES}:
 * a known binary signature (PNG, ZIP/xlsx, PDF, …) names what the file looks like; otherwise a NUL byte or many
 * control characters mark binary data. UTF-16 text announces itself with a byte-order mark and is text.
 */
public final class NotText {

    public static final int SNIFF_BYTES = 8 * 1024;

    private record Signature(byte[] magic, String looksLike) {
    }

    private static final Signature[] SIGNATURES = {
            sig(new int[]{0x89, 'P', 'N', 'G'}, "a PNG image"),
            sig(new int[]{0xFF, 0xD8, 0xFF}, "a JPEG image"),
            sig("GIF8", "a GIF image"),
            sig("%PDF", "a PDF document"),
            sig(new int[]{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1},
                    "an old-style Office file such as an Excel .xls workbook"),
            sig(new int[]{0x1F, 0x8B}, "a gzip archive"),
            sig(new int[]{'7', 'z', 0xBC, 0xAF}, "a 7-Zip archive"),
            sig("Rar!", "a RAR archive"),
            sig("SQLite format 3", "an SQLite database"),
            sig("PAR1", "a Parquet file"),
            sig(new int[]{0x7F, 'E', 'L', 'F'}, "a program (ELF executable)"),
    };

    private NotText() {
    }

    /**
     * Why {@code content} is refused as not text ("This is not a text file (it looks like a PNG image). …"), or
     * empty when it may be text.
     */
    public static Optional<String> refusal(byte[] content) {
        return looksLike(content).map(what -> "This is not a text file (it looks like " + what + "). Upload a CSV "
                + "or text file, for example by saving the spreadsheet as CSV first.");
    }

    /** What a binary file looks like ("a PNG image", "binary data"), or empty when it may be text. */
    public static Optional<String> looksLike(byte[] content) {
        if (content == null || content.length == 0 || startsWith(content, new byte[]{(byte) 0xFF, (byte) 0xFE})
                || startsWith(content, new byte[]{(byte) 0xFE, (byte) 0xFF})) {
            return Optional.empty();
        }
        for (Signature s : SIGNATURES) {
            if (startsWith(content, s.magic())) {
                return Optional.of(s.looksLike());
            }
        }
        int end = Math.min(content.length, SNIFF_BYTES);
        if (startsWith(content, "PK".getBytes(StandardCharsets.US_ASCII)) && content.length > 3 && content[2] < 9) {
            return Optional.of(zipKind(content, end));
        }
        int controls = 0;
        for (int i = 0; i < end; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return Optional.of("binary data");
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        // a stray control character in a text export is tolerated; binary data is full of them
        return controls > 2 && controls * 20 > end ? Optional.of("binary data") : Optional.empty();
    }

    /** A ZIP archive: Office files are ZIPs whose first entries name their parts. */
    private static String zipKind(byte[] content, int end) {
        String head = new String(content, 0, end, StandardCharsets.ISO_8859_1);
        if (head.contains("xl/")) {
            return "an Excel workbook (.xlsx)";
        }
        if (head.contains("word/")) {
            return "a Word document (.docx)";
        }
        if (head.contains("opendocument.spreadsheet")) {
            return "an OpenDocument spreadsheet (.ods)";
        }
        return "a ZIP archive";
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Signature sig(int[] magic, String looksLike) {
        byte[] bytes = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            bytes[i] = (byte) magic[i];
        }
        return new Signature(bytes, looksLike);
    }

    private static Signature sig(String magic, String looksLike) {
        return new Signature(magic.getBytes(StandardCharsets.US_ASCII), looksLike);
    }
}
