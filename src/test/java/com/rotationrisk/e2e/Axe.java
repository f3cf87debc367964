package com.rotationrisk.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deque's axe-core over the page as it is (open dialogs and overlays included), with the WCAG 2.0 and 2.1 A and AA
 * rules. Serious and critical violations are the findings a test fails on; minor and moderate ones are logged.
 */
final class Axe {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final Logger log = LoggerFactory.getLogger(Axe.class);

    private Axe() {
    }

    /** The serious and critical violations on the page, one readable line per rule and its elements; empty if none. */
    static List<String> seriousViolations(Page page, String where) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        results.getViolations().forEach(rule -> rule.setNodes(rule.getNodes().stream()
                .filter(node -> !vaadinTabsScroller(rule, node)).toList()));
        List<Rule> violations = results.getViolations().stream().filter(rule -> !rule.getNodes().isEmpty()).toList();
        violations.stream().filter(rule -> !BLOCKING.contains(rule.getImpact()))
                .forEach(rule -> log.warn("axe {} on {}", describe(rule), where));
        return violations.stream().filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(rule -> where + ": " + describe(rule)).toList();
    }

    /**
     * A false positive inside Vaadin's own shadow DOM, which the application cannot change: {@code <vaadin-tabs>}
     * (role tablist) renders its tabs through {@code <div id="scroll" part="tabs" tabindex="-1"><slot>}, a scroll
     * container without a role that is focusable only by script, so the accessibility tree still shows the tablist
     * owning its tabs. axe counts the focusable div as a child a tablist may not have. Only exactly that is skipped:
     * a tablist without tabs, or with any other wrong child, is still reported.
     */
    private static boolean vaadinTabsScroller(Rule rule, CheckedNode node) {
        return rule.getId().equals("aria-required-children")
                && String.valueOf(node.getHtml()).startsWith("<vaadin-tabs")
                && String.valueOf(node.getFailureSummary()).replaceAll("\\s+", " ").trim()
                        .equals("Fix any of the following: Element has children which are not allowed: div[tabindex]");
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size() + " nodes): " + rule.getHelp()
                + " at " + rule.getNodes().stream().limit(8).map(Axe::target).collect(Collectors.joining(", "))
                + (rule.getNodes().size() > 8 ? ", …" : "") + "; first: " + why(rule.getNodes().getFirst());
    }

    private static String why(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml();
        return (node.getFailureSummary() == null ? "" : node.getFailureSummary().replaceAll("\\s+", " ")) + " in "
                + (html.length() > 160 ? html.substring(0, 160) + "…" : html);
    }

    private static String target(CheckedNode node) {
        return String.valueOf(node.getTarget());
    }
}
