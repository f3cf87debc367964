package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.rotationrisk.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * An advisor who does not use a mouse: sign in, create a portfolio, add three holdings, save, open the analysis,
 * switch tabs, open a position's detail and download a report, with the keyboard alone. Every place the focus stops
 * shows that it has the focus, the focus moves forward in reading order, and a dialog keeps the focus inside until it
 * closes and then gives it back to the button that opened it.
 */
@IntegrationTest
class KeyboardOnlyE2ETest extends BrowserTest {

    private static final int MAX_TABS = 60;
    private static final String CLIENT = "Keyboard Only Client Ngata";

    /**
     * Where the focus is: the deepest focused element (through shadow roots), the light-DOM element that holds it,
     * whether a focus indicator is drawn (Vaadin's focus-ring on the component, or a :focus-visible outline or
     * shadow), and whether it comes after the previous stop in reading order: the layout's regions as they are read
     * (top bar, navigation, the view, then an open dialog or notification), and document order within a region.
     */
    private static final String FOCUS = """
            () => {
              const top = document.activeElement;
              let el = top;
              while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
              if (!top || top === document.body) { window.__kbPrev = null; return {tag: 'body'}; }
              let ring = false;
              for (let n = el; n; n = n.parentNode || n.host) {
                if (n.nodeType === 1 && n.hasAttribute('focus-ring')) { ring = true; break; }
              }
              const cs = getComputedStyle(el);
              const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
              const before = getComputedStyle(el, '::before');
              const drawn = ring || (el.matches(':focus-visible') && (outline || cs.boxShadow !== 'none'
                  || (before.boxShadow !== 'none' && before.content !== 'none')));
              const region = n => n.closest('vaadin-dialog, vaadin-confirm-dialog, vaadin-notification-card') ? 3
                  : n.closest('[slot="navbar"]') ? 0 : n.closest('[slot="drawer"]') ? 1 : 2;
              const prev = window.__kbPrev;
              const forward = !prev || prev === top || prev.contains(top) || top.contains(prev)
                  || region(prev) < region(top) || (region(top) === 0 && region(prev) === 2) || (region(prev) === region(top)
                      && !!(prev.compareDocumentPosition(top) & Node.DOCUMENT_POSITION_FOLLOWING));
              window.__kbPrev = top;
              const host = top.parentElement && top.parentElement.closest('[id]');
              const r = el.getBoundingClientRect();
              return {tag: top.tagName.toLowerCase(), id: top.id || '', within: host ? host.id : '',
                      cls: (top.getAttribute('class') || '') + ' ' + ((top.parentElement && top.parentElement.getAttribute('class')) || ''),
                      text: (top.getAttribute('aria-label') || top.innerText || '').trim().slice(0, 60),
                      drawn: drawn, forward: forward, inDialog: !!top.closest('vaadin-dialog, vaadin-dialog-overlay, vaadin-confirm-dialog'),
                      visible: r.width > 0 && r.height > 0};
            }""";

    private final List<Map<String, Object>> stops = new ArrayList<>();

    @Test
    @SuppressWarnings("unchecked")
    void signInCreateAPortfolioAnalyseItAndDownloadAReportWithoutAMouse() throws IOException {
        page.navigate(url("login"));
        page.locator("input[name='username']").waitFor();
        tabTo(s -> "username".equals(attr("name")));
        page.keyboard().type("alice");
        page.keyboard().press("Tab");
        page.keyboard().type("alice-demo-2026");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/$"));
        page.locator("#logout").waitFor();

        tabTo(s -> "vaadin-side-nav-item".equals(s.get("tag")) && String.valueOf(s.get("text")).startsWith("Portfolios"));
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/portfolios$"));
        page.locator("#new-portfolio").waitFor();

        tabTo(s -> "new-portfolio".equals(s.get("id")));
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/portfolios/edit$"));
        page.locator("#add-holding").waitFor();

        startReadingOrder();
        tabTo(s -> "client-name".equals(s.get("within")) || "client-name".equals(s.get("id")));
        page.keyboard().type(CLIENT);
        String[][] holdings = {{"IBM", "100"}, {"MSFT", "50"}, {"KO", "200"}};
        for (int row = 0; row < holdings.length; row++) {
            tabTo(s -> "add-holding".equals(s.get("id")));
            page.keyboard().press("Enter");
            assertThat(page.locator(".holding-ticker")).hasCount(row + 1);
            // the new row's ticker has the focus at once
            page.waitForFunction("() => document.activeElement && document.activeElement.closest('.holding-ticker')");
            page.keyboard().type(holdings[row][0]);
            page.keyboard().press("Enter");
            tabTo(s -> String.valueOf(s.get("cls")).contains("holding-quantity"));
            page.keyboard().type(holdings[row][1]);
            if (row == 0) {
                screenshot("74-keyboard-editor-focus");
            }
            startReadingOrder(); // the next Add is above the rows: a new pass through the page
        }
        tabTo(s -> "save-portfolio".equals(s.get("id")));
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions()
                .setHasText("Saved \"" + CLIENT + "\""))).isVisible();
        startReadingOrder();
        tabTo(s -> "view-analysis".equals(s.get("id")));
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/portfolios/view/\\d+$"));
        assertThat(page.locator("#positions-grid")).containsText("MSFT");

        // tabs: the arrow keys move between them
        tabTo(s -> "vaadin-tab".equals(s.get("tag")));
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Enter");
        assertThat(page.locator("#analysis-tabs vaadin-tab[selected]")).not().hasText("Positions");
        screenshot("75-keyboard-tabs");
        page.keyboard().press("Home");
        page.keyboard().press("Enter");
        assertThat(page.locator("#analysis-tabs vaadin-tab[selected]")).hasText("Positions");

        // a position's detail: Tab reaches the grid's header, Tab again its first row, and Space selects the row
        tabTo(s -> "positions-grid".equals(s.get("id")));
        page.keyboard().press("Tab");
        page.keyboard().press("Space");
        assertThat(page.locator("#position-detail")).containsText("Momentum crowding");
        screenshot("76-keyboard-position-detail");

        // the report, from the Reports tab
        tabTo(s -> "vaadin-tab".equals(s.get("tag")));
        for (int i = 0; i < 10 && !"Reports".equals(focus().get("text")); i++) {
            page.keyboard().press("ArrowRight");
        }
        page.keyboard().press("Enter");
        assertThat(page.locator("#reports-tab")).isVisible();
        tabTo(s -> "download-client-summary".equals(s.get("id")));
        Download pdf = page.waitForDownload(() -> page.keyboard().press("Enter"));
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            assertThat(new PDFTextStripper().getText(doc)).contains(CLIENT);
        }

        assertThat(stops).as("every focus stop").isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("drawn")).as("focus indicator drawn at %s", s).isEqualTo(true));
    }

    @Test
    void aDialogKeepsTheFocusInsideAndGivesItBackWhenItCloses() {
        signIn("alice", "alice-demo-2026");
        page.navigate(url("portfolios/edit"));
        page.locator("#import-holdings").waitFor();
        tabTo(s -> "import-holdings".equals(s.get("id")));
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-dialog[opened]")).hasCount(1);
        page.waitForFunction("() => document.activeElement && document.activeElement.closest('vaadin-dialog')");
        for (int i = 0; i < 12; i++) {
            page.keyboard().press("Tab");
            Map<String, Object> s = focus();
            assertThat(s.get("inDialog")).as("Tab %d stays in the dialog: %s", i + 1, s).isEqualTo(true);
        }
        for (int i = 0; i < 6; i++) {
            page.keyboard().press("Shift+Tab");
            Map<String, Object> s = focus();
            assertThat(s.get("inDialog")).as("Shift+Tab %d stays in the dialog: %s", i + 1, s).isEqualTo(true);
        }
        screenshot("77-keyboard-dialog");
        page.keyboard().press("Escape");
        assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
        assertThat(page.locator("#import-holdings")).isFocused();
    }

    private String attr(String name) {
        Object v = page.evaluate("n => document.activeElement && document.activeElement.getAttribute(n)", name);
        return v == null ? null : v.toString();
    }

    /** Reading order is checked from here on; the previous page or pass does not count. */
    private void startReadingOrder() {
        page.evaluate("() => { window.__kbPrev = null; }");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> focus() {
        return (Map<String, Object>) page.evaluate(FOCUS);
    }

    /** Presses Tab until the focus is where {@code target} says, checking each stop on the way. */
    private void tabTo(Predicate<Map<String, Object>> target) {
        List<Map<String, Object>> path = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            Map<String, Object> stop = focus();
            if ("body".equals(stop.get("tag"))) {
                continue;
            }
            path.add(stop);
            stops.add(stop);
            assertThat(stop.get("forward")).as("focus moves forward in reading order, path %s", path).isEqualTo(true);
            if (target.test(stop)) {
                return;
            }
        }
        throw new AssertionError("not reached by " + MAX_TABS + " presses of Tab; the focus went " + path);
    }
}
