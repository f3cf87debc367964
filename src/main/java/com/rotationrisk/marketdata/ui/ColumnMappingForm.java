package com.rotationrisk.marketdata.ui;

import com.rotationrisk.marketdata.importing.ColumnMapping;
import com.rotationrisk.marketdata.importing.DatePatterns;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.List;
import java.util.Locale;

/** The mapping step for files in an unknown layout: which column is which, and how dates are written. */
class ColumnMappingForm extends FormLayout {

    private final ComboBox<String> date = column("Date column", true);
    private final ComboBox<String> open = column("Open column", false);
    private final ComboBox<String> high = column("High column", false);
    private final ComboBox<String> low = column("Low column", false);
    private final ComboBox<String> close = column("Close column", true);
    private final ComboBox<String> volume = column("Volume column", false);
    private final ComboBox<String> datePattern = new ComboBox<>("Date format");

    ColumnMappingForm() {
        setId("column-mapping");
        datePattern.setItems(DatePatterns.COMMON);
        datePattern.setAllowCustomValue(true);
        datePattern.addCustomValueSetListener(e -> datePattern.setValue(e.getDetail()));
        datePattern.setHelperText("Pick one or type a pattern such as dd-MMM-yyyy");
        datePattern.setId("map-date-pattern");
        add(date, close, open, high, low, volume, datePattern);
    }

    void show(List<String> headers, ColumnMapping suggestion) {
        for (ComboBox<String> box : List.of(date, open, high, low, close, volume)) {
            box.setItems(headers);
            box.clear();
            box.setInvalid(false);
        }
        date.setValue(suggestion.date());
        open.setValue(suggestion.open());
        high.setValue(suggestion.high());
        low.setValue(suggestion.low());
        close.setValue(suggestion.close());
        volume.setValue(suggestion.volume());
        datePattern.setValue(suggestion.datePattern());
    }

    /** The mapping, or null after marking the missing required choices. */
    ColumnMapping mapping() {
        boolean ok = true;
        for (ComboBox<String> required : List.of(date, close)) {
            required.setInvalid(required.getValue() == null);
            required.setErrorMessage("Choose the column");
            ok &= required.getValue() != null;
        }
        String pattern = datePattern.getValue();
        boolean validPattern = pattern != null && DatePatterns.isValid(pattern);
        datePattern.setInvalid(!validPattern);
        datePattern.setErrorMessage("Not a date pattern Java understands");
        if (!ok || !validPattern) {
            return null;
        }
        return new ColumnMapping(date.getValue(), open.getValue(), high.getValue(), low.getValue(), close.getValue(),
                volume.getValue(), pattern);
    }

    private static ComboBox<String> column(String label, boolean required) {
        ComboBox<String> box = new ComboBox<>(label);
        box.setRequired(required);
        box.setClearButtonVisible(!required);
        box.setId("map-" + label.split(" ")[0].toLowerCase(Locale.ROOT));
        return box;
    }
}
