package com.rotationrisk.uikit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScreenDatesTest {

    private static final LocalDate DAY = LocalDate.of(2001, 1, 2);

    @Test
    void showsTheLocalesDateWithAFourDigitYear() {
        assertThat(ScreenDates.format(DAY, Locale.US)).isEqualTo("1/2/2001");
        assertThat(ScreenDates.format(DAY, Locale.GERMANY)).isEqualTo("02.01.2001");
        assertThat(ScreenDates.format(DAY, Locale.UK)).isEqualTo("02/01/2001");
        assertThat(ScreenDates.iso(DAY)).isEqualTo("2001-01-02");
    }

    @Test
    void addressesTakeIsoDatesOnly() {
        assertThat(ScreenDates.fromIso("2001-01-02")).contains(DAY);
        assertThat(ScreenDates.fromIso("2001-1-2")).isEmpty();
        assertThat(ScreenDates.fromIso("2001-02-30")).isEmpty();
        assertThat(ScreenDates.fromIso("abc")).isEmpty();
        assertThat(ScreenDates.fromIso("06/15/2000")).isEmpty();
    }

    @Test
    void aPickerReadsTheLocalesFormatAndIsoOnly() {
        // "06/15/2000" fits neither German shape, so the picker refuses it and the view names these two
        assertThat(ScreenDates.pickerI18n(Locale.GERMANY).getDateFormats()).containsExactly("dd.MM.yyyy", "yyyy-MM-dd");
        assertThat(ScreenDates.pickerI18n(Locale.US).getDateFormats()).containsExactly("M/d/yyyy", "yyyy-MM-dd");
        assertThat(ScreenDates.pickerI18n(Locale.CANADA_FRENCH).getDateFormats()).containsExactly("yyyy-MM-dd");
    }

    @Test
    void namesTheAcceptedFormatsByExample() {
        assertThat(ScreenDates.acceptedFormats(Locale.US)).isEqualTo("6/15/2000 or 2000-06-15");
        assertThat(ScreenDates.acceptedFormats(Locale.GERMANY)).isEqualTo("15.06.2000 or 2000-06-15");
    }
}
