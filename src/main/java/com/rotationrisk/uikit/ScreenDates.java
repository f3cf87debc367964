package com.rotationrisk.uikit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The one home of how dates look on screen: in the user's locale (the browser's language), with a four-digit
 * year. Files and addresses use ISO ({@code 2001-01-02}); a date picker reads a typed date either way.
 */
public final class ScreenDates {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final LocalDate EXAMPLE = LocalDate.of(2000, 6, 15);

    private ScreenDates() {
    }

    /** The signed-in user's locale; US English outside a request (tests, background work). */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null && ui.getLocale() != null ? ui.getLocale() : Locale.US;
    }

    public static String format(LocalDate date) {
        return format(date, locale());
    }

    public static String format(LocalDate date, Locale locale) {
        return date == null ? "—" : DateTimeFormatter.ofPattern(pattern(locale), locale).format(date);
    }

    /** Date and time of an instant in the server's zone, the date part as {@link #format}. */
    public static String formatDateTime(Instant when) {
        if (when == null) {
            return "—";
        }
        Locale locale = locale();
        return DateTimeFormatter.ofPattern(pattern(locale) + " HH:mm", locale).withZone(ZoneId.systemDefault())
                .format(when);
    }

    /** For files and addresses. */
    public static String iso(LocalDate date) {
        return ISO.format(date);
    }

    /** An ISO date from an address, or empty when the text is not one. */
    public static Optional<LocalDate> fromIso(String text) {
        if (text == null || text.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, ISO));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** "6/15/2000 or 2000-06-15" (US), "15.06.2000 or 2000-06-15" (Germany): for messages about a typed date. */
    public static String acceptedFormats(Locale locale) {
        String local = format(EXAMPLE, locale);
        String iso = iso(EXAMPLE);
        return local.equals(iso) ? iso : local + " or " + iso;
    }

    /** A date picker's formats: the locale's for showing and typing, ISO accepted too. */
    public static DatePicker.DatePickerI18n pickerI18n(Locale locale) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        String local = pattern(locale);
        if (local.equals("yyyy-MM-dd")) {
            i18n.setDateFormat(local);
        } else {
            i18n.setDateFormats(local, "yyyy-MM-dd");
        }
        return i18n;
    }

    /**
     * The locale's short date pattern with a four-digit year ("M/d/yyyy", "dd.MM.yyyy"); ISO when the locale's
     * pattern uses anything but day, month and year numbers.
     */
    static String pattern(Locale locale) {
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        String pattern = shortPattern.replaceAll("y+", "yyyy");
        boolean numeric = pattern.chars().allMatch(c -> c == 'y' || c == 'M' || c == 'd' || c == '.' || c == '/'
                || c == '-' || c == ' ');
        boolean complete = pattern.contains("yyyy") && pattern.contains("M") && pattern.contains("d")
                && !pattern.contains("MMM");
        return numeric && complete && !pattern.endsWith(" ") ? pattern : "yyyy-MM-dd";
    }
}
