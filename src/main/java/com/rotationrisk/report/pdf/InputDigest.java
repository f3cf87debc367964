package com.rotationrisk.report.pdf;

import com.rotationrisk.report.ReportRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * SHA-256 over everything that goes into a report: the request in {@link Canonical} form and the template/branding. Seeds the PDF document ID and the font subset prefixes.
 */
public final class InputDigest {

    private InputDigest() {
    }

    public static byte[] of(ReportRequest request, Object template) {
        String templateFingerprint = Canonical.of(template);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            update(md, "rotation-risk-report/1");
            update(md, templateFingerprint);
            update(md, Canonical.of(request));
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(Arrays.copyOf(digest, 16));
    }

    private static void update(MessageDigest md, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update(ByteLengths.of(b.length));
        md.update(b);
    }

    private static final class ByteLengths {
        static byte[] of(int n) {
            return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
        }
    }
}
