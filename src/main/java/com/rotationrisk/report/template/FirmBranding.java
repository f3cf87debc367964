package com.rotationrisk.report.template;

import java.awt.Color;
import java.util.Arrays;
import java.util.Objects;

/**
 * Firm identity from {@code firm.properties}: name, colours, logo (PNG/JPG bytes) and disclosure text.
 *
 * @param disclosureFooter one-line version printed in every page footer
 */
public record FirmBranding(String firmName, Color primary, Color accent, Color text, String logoFileName,
        byte[] logo, String disclosure, String disclosureFooter) {

    public FirmBranding {
        Objects.requireNonNull(firmName, "firmName");
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(accent, "accent");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(disclosureFooter, "disclosureFooter");
        logo = logo.clone();
    }

    @Override
    public byte[] logo() {
        return logo.clone();
    }

    /** All values, with the logo as a content hash (never an identity hash): stable across JVM runs. */
    @Override
    public String toString() {
        return "FirmBranding[firmName=" + firmName + ", primary=" + primary.getRGB() + ", accent=" + accent.getRGB()
                + ", text=" + text.getRGB() + ", logo=" + logoFileName + "#" + Arrays.hashCode(logo)
                + ", disclosure=" + disclosure + ", disclosureFooter=" + disclosureFooter + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FirmBranding f && toString().equals(f.toString())
                && Arrays.equals(logo, f.logo);
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
