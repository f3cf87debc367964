package com.rotationrisk.report.pdf;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * Liberation Sans (regular and bold) from the openpdf-fonts-extra jar, embedded and subset into every PDF. Never uses
 * fonts installed on the machine. One instance per document: the subset-name prefix ("ABCDEF+") is drawn from a
 * SecureRandom seeded with the document's input hash, so the same input gives the same bytes.
 */
public final class ReportFonts {

    private static final byte[] REGULAR_TTF = load("liberation/LiberationSans-Regular.ttf");
    private static final byte[] BOLD_TTF = load("liberation/LiberationSans-Bold.ttf");
    private static final java.awt.Font AWT_REGULAR = awt(REGULAR_TTF);
    private static final java.awt.Font AWT_BOLD = awt(BOLD_TTF);

    private final BaseFont regular;
    private final BaseFont bold;

    private ReportFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Fresh (uncached) fonts whose subset prefixes derive from {@code seed}. */
    public static ReportFonts forDocument(byte[] seed) {
        return new ReportFonts(create("LiberationSans-Regular.ttf", REGULAR_TTF, seed, 1),
                create("LiberationSans-Bold.ttf", BOLD_TTF, seed, 2));
    }

    public BaseFont regular() {
        return regular;
    }

    public BaseFont bold() {
        return bold;
    }

    public BaseFont base(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** The same typeface as an AWT font, for chart layout (so chart text measures exactly as it is embedded). */
    public static java.awt.Font awtFont(boolean isBold, float size) {
        return (isBold ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
    }

    /** True when the regular face has a glyph for the code point. */
    public boolean canDisplay(int codePoint) {
        return regular.charExists(codePoint);
    }

    private static BaseFont create(String name, byte[] ttf, byte[] seed, int salt) {
        try {
            BaseFont f = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            random.setSeed(salt);
            f.setSecureRandom(random);
            return f;
        } catch (DocumentException | IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot create embedded font " + name, e);
        }
    }

    private static byte[] load(String resource) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource " + resource
                        + " missing: add com.github.librepdf:openpdf-fonts-extra to the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.awt.Font awt(byte[] ttf) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot read embedded font", e);
        }
    }
}
