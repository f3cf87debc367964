package com.rotationrisk.report.template;

import com.rotationrisk.base.Contrast;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Report templates loaded once from a folder: {@code firm.properties} (+ logo) at the root and one sub-folder per
 * template holding {@code template.properties}. See {@code reports-templates/README.md}. Immutable, thread-safe.
 * Loading validates everything and throws one {@link TemplateException} listing all problems.
 */
public final class TemplateCatalog {

    public static final String FIRM_FILE = "firm.properties";
    public static final String TEMPLATE_FILE = "template.properties";

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern TEMPLATE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> FIRM_KEYS = Set.of("firm.name", "color.primary", "color.accent", "color.text",
            "logo", "disclosure", "disclosure.footer");
    private static final Set<String> TEMPLATE_KEYS = Set.of("name", "title", "sections", "page.size", "top.risks",
            "price.charts.top");

    private final Map<String, ReportTemplate> templates;

    private TemplateCatalog(Map<String, ReportTemplate> templates) {
        this.templates = Collections.unmodifiableMap(new TreeMap<>(templates));
    }

    /** Loads and validates every template under {@code root}. */
    public static TemplateCatalog load(Path root) {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            throw new TemplateException(List.of("template folder " + root + " does not exist"));
        }
        FirmBranding firm = loadFirm(root, problems);
        Map<String, ReportTemplate> templates = new TreeMap<>();
        for (Path dir : templateDirs(root, problems)) {
            ReportTemplate t = loadTemplate(dir, firm, problems);
            if (t != null) {
                templates.put(t.id(), t);
            }
        }
        if (templates.isEmpty() && problems.isEmpty()) {
            problems.add(root + ": no template folder (a sub-folder with " + TEMPLATE_FILE + ") found");
        }
        if (!problems.isEmpty()) {
            throw new TemplateException(problems);
        }
        return new TemplateCatalog(templates);
    }

    public ReportTemplate get(String id) {
        ReportTemplate t = templates.get(id);
        if (t == null) {
            throw new IllegalArgumentException("unknown report template '" + id + "'; known: " + templates.keySet());
        }
        return t;
    }

    public Set<String> ids() {
        return templates.keySet();
    }

    private static List<Path> templateDirs(Path root, List<String> problems) {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(TEMPLATE_FILE))).sorted().toList();
        } catch (IOException e) {
            problems.add(root + ": cannot list folder: " + e.getMessage());
            return List.of();
        }
    }

    private static FirmBranding loadFirm(Path root, List<String> problems) {
        Path file = root.resolve(FIRM_FILE);
        Properties p = read(file, problems);
        if (p == null) {
            return null;
        }
        int before = problems.size();
        unknownKeys(file, p, FIRM_KEYS, problems);
        String name = required(file, p, "firm.name", problems);
        Color primary = colour(file, p, "color.primary", null, problems);
        Color accent = colour(file, p, "color.accent", null, problems);
        Color text = colour(file, p, "color.text", "#222222", problems);
        readableOnWhite(file, "color.primary", primary, problems);
        readableOnWhite(file, "color.text", text, problems);
        String disclosure = required(file, p, "disclosure", problems);
        String logoName = required(file, p, "logo", problems);
        byte[] logo = logoName == null ? null : logo(root, file, logoName, problems);
        if (problems.size() > before) {
            return null;
        }
        String footer = p.getProperty("disclosure.footer", "").strip();
        return new FirmBranding(name, primary, accent, text, logoName, logo, disclosure,
                footer.isEmpty() ? disclosure : footer);
    }

    private static ReportTemplate loadTemplate(Path dir, FirmBranding firm, List<String> problems) {
        Path file = dir.resolve(TEMPLATE_FILE);
        String id = dir.getFileName().toString();
        if (!TEMPLATE_ID.matcher(id).matches()) {
            problems.add(dir + ": template folder name must be lower-case letters, digits and '-'");
        }
        Properties p = read(file, problems);
        if (p == null) {
            return null;
        }
        int before = problems.size();
        unknownKeys(file, p, TEMPLATE_KEYS, problems);
        String name = required(file, p, "name", problems);
        String title = required(file, p, "title", problems);
        List<Section> sections = sections(file, p, problems);
        ReportTemplate.PageFormat format = pageFormat(file, p, problems);
        int topRisks = integer(file, p, "top.risks", 5, 1, 50, problems);
        int priceTop = integer(file, p, "price.charts.top", 3, 0, 20, problems);
        if (problems.size() > before || firm == null) {
            return null;
        }
        return new ReportTemplate(id, name, title, sections, format, topRisks, priceTop, firm);
    }

    private static List<Section> sections(Path file, Properties p, List<String> problems) {
        String raw = required(file, p, "sections", problems);
        List<Section> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (String part : raw.split(",")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            Section.byId(id).ifPresentOrElse(out::add, () -> problems.add(file + ": unknown section '" + id
                    + "' (known: " + String.join(", ", Stream.of(Section.values()).map(Section::id).toList()) + ")"));
        }
        if (out.stream().allMatch(s -> s == Section.PAGE_BREAK)) {
            problems.add(file + ": 'sections' lists no content section");
        }
        return out;
    }

    private static ReportTemplate.PageFormat pageFormat(Path file, Properties p, List<String> problems) {
        String raw = p.getProperty("page.size", "A4").strip().toUpperCase(Locale.ROOT);
        try {
            return ReportTemplate.PageFormat.valueOf(raw);
        } catch (IllegalArgumentException e) {
            problems.add(file + ": page.size must be A4 or LETTER, was '" + raw + "'");
            return null;
        }
    }

    private static int integer(Path file, Properties p, String key, int dflt, int min, int max,
            List<String> problems) {
        String raw = p.getProperty(key);
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(file + ": " + key + " must be a whole number from " + min + " to " + max + ", was '" + raw + "'");
        return dflt;
    }

    private static Color colour(Path file, Properties p, String key, String dflt, List<String> problems) {
        String raw = p.getProperty(key, dflt);
        if (raw == null || raw.isBlank()) {
            problems.add(file + ": missing " + key + " (a colour like #1F3A5F)");
            return null;
        }
        if (!HEX.matcher(raw.strip()).matches()) {
            problems.add(file + ": " + key + " must be a colour like #1F3A5F, was '" + raw.strip() + "'");
            return null;
        }
        return new Color(Integer.parseInt(raw.strip().substring(1), 16));
    }

    /**
     * Headings and body text are printed in these colours on white, and table headers in white on the primary
     * colour, so both need the contrast WCAG AA asks of text.
     */
    private static void readableOnWhite(Path file, String key, Color colour, List<String> problems) {
        if (colour == null) {
            return;
        }
        double ratio = Contrast.ratio(colour, Color.WHITE);
        if (ratio < Contrast.AA_TEXT) {
            problems.add(file + ": " + key + " " + hex(colour) + " has a contrast of only " + Contrast.format(ratio)
                    + " against white; text needs at least 4.5:1 (WCAG AA), so choose a darker colour");
        }
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%06X", c.getRGB() & 0xFFFFFF);
    }

    private static byte[] logo(Path root, Path file, String name, List<String> problems) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
            problems.add(file + ": logo must be a .png or .jpg file, was '" + name + "'");
            return null;
        }
        Path logo = root.resolve(name).normalize();
        if (!logo.startsWith(root.normalize()) || !Files.isRegularFile(logo)) {
            problems.add(file + ": logo file '" + name + "' not found in " + root);
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(logo);
            if (ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
                problems.add(logo + ": not a readable PNG/JPG image");
                return null;
            }
            return bytes;
        } catch (IOException e) {
            problems.add(logo + ": cannot read logo: " + e.getMessage());
            return null;
        }
    }

    private static String required(Path file, Properties p, String key, List<String> problems) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            problems.add(file + ": missing " + key);
            return null;
        }
        return v.strip();
    }

    private static void unknownKeys(Path file, Properties p, Set<String> known, List<String> problems) {
        p.stringPropertyNames().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> problems.add(file + ": unknown key '" + k + "' (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")"));
    }

    private static Properties read(Path file, List<String> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(file + ": file missing");
            return null;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(r);
            return p;
        } catch (IOException e) {
            problems.add(file + ": cannot read (UTF-8 expected): " + e.getMessage());
            return null;
        }
    }
}
