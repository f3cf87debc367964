package com.rotationrisk.risk.ui;

import com.rotationrisk.risk.ShockKeys;
import com.rotationrisk.risk.ShockReach;
import com.rotationrisk.risk.engine.scenario.Shock;
import com.rotationrisk.risk.engine.scenario.ShockTarget;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One direct shock in the editor: what it applies to, a pick list of the sectors, industries, tickers or size buckets
 * a shock can name (no free text, so a typo cannot silently match nothing), the shock in %, and how many holdings of
 * the advisor's book it reaches.
 */
final class ShockRow {

    /** The pick lists of one editor, read once per target. */
    static final class Choices {

        private final ShockKeys keys;
        private final ShockReach.Book book;
        private final Map<ShockTarget, List<ShockKeys.Choice>> byTarget = new EnumMap<>(ShockTarget.class);

        Choices(ShockKeys keys, ShockReach.Book book) {
            this.keys = keys;
            this.book = book;
        }

        List<ShockKeys.Choice> of(ShockTarget target) {
            return byTarget.computeIfAbsent(target, keys::choices);
        }
    }

    final ComboBox<ShockTarget> target = new ComboBox<>("Applies to");
    final ComboBox<ShockKeys.Choice> key = new ComboBox<>();
    final NumberField pct = ScenarioEditor.percentField("Shock");
    final Span reach = new Span();
    final Button remove = new Button("Remove");
    final HorizontalLayout layout;
    private final Choices choices;

    ShockRow(Shock shock, int number, Choices choices) {
        this.choices = choices;
        target.setItems(ShockTarget.values());
        target.setItemLabelGenerator(ShockRow::label);
        target.setValue(shock.target());
        target.setWidth("9em");
        target.setAllowCustomValue(false);
        target.addClassName("shock-target");
        key.setItemLabelGenerator(ShockKeys.Choice::label);
        key.setWidth("26em");
        key.addClassName("shock-key");
        key.setAllowCustomValue(false);
        key.setClearButtonVisible(true);
        showChoices(shock.target(), shock.key());
        target.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showChoices(e.getValue(), null);
            }
        });
        key.addValueChangeListener(e -> showReach());
        pct.setValue(shock.pct());
        pct.setWidth("8em");
        pct.addClassName("shock-pct");
        reach.addClassName("shock-reach");
        reach.getElement().setAttribute("aria-live", "polite");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel("Remove shock " + number);
        layout = new HorizontalLayout(target, key, pct, reach, remove);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.addClassName("shock-row");
        showReach();
    }

    private void showChoices(ShockTarget chosen, String storedKey) {
        List<ShockKeys.Choice> items = new ArrayList<>(chosen == null ? List.of() : choices.of(chosen));
        ShockKeys.Choice selected = null;
        if (storedKey != null && !storedKey.isBlank()) {
            selected = items.stream().filter(c -> c.key().equalsIgnoreCase(storedKey.strip())).findFirst()
                    .orElse(null);
            if (selected == null) {
                // a key stored before the pick lists: shown as it is, and refused with a reason on save
                selected = new ShockKeys.Choice(storedKey.strip(), storedKey.strip() + " (not recognised)");
                items.addFirst(selected);
            }
        }
        key.setLabel(chosen == null ? "Key" : label(chosen));
        key.setPlaceholder(chosen == null ? "Choose what it applies to first" : "Type to search the "
                + label(chosen).toLowerCase(Locale.ROOT) + " list");
        key.setItems(items);
        key.setValue(selected);
        showReach();
    }

    private void showReach() {
        ShockKeys.Choice chosen = key.getValue();
        if (chosen == null || target.getValue() == null) {
            reach.setText("");
            return;
        }
        reach.setText(choices.book.of(new Shock(target.getValue(), chosen.key(), 0)).describe());
    }

    Shock shock() {
        return new Shock(target.getValue(), key.getValue() == null ? "" : key.getValue().key(),
                pct.getValue() == null ? Double.NaN : pct.getValue());
    }

    static String label(ShockTarget target) {
        return switch (target) {
            case TICKER -> "Ticker";
            case INDUSTRY -> "Industry";
            case SECTOR -> "Sector";
            case SIZE_BUCKET -> "Size bucket";
        };
    }
}
