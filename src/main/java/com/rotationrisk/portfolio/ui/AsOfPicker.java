package com.rotationrisk.portfolio.ui;

import com.rotationrisk.uikit.ScreenDates;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;

/** The analysis' as-of date: the user's date format (ISO accepted too); says when typed text is not a date. */
class AsOfPicker extends DatePicker {

    AsOfPicker(Locale locale) {
        super("As of");
        setLocale(locale);
        setI18n(ScreenDates.pickerI18n(locale));
        setManualValidation(true); // the view decides, so that its message names the formats and the dates with data
    }

    /** Text is in the field that could not be read as a date ("abc", or "06/15/2000" outside the US). */
    boolean hasUnreadableText() {
        return isInputUnparsable();
    }
}
