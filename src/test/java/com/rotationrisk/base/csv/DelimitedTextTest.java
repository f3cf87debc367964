package com.rotationrisk.base.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedTextTest {

    private static byte[] withBom(byte[] bom, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    @Test
    void decodesUtf8AndUtf16ByTheirBom() {
        assertThat(DelimitedText.decode("a,b".getBytes(StandardCharsets.UTF_8))).isEqualTo("a,b");
        assertThat(DelimitedText.decode(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "a,b",
                StandardCharsets.UTF_8))).isEqualTo("a,b");
        assertThat(DelimitedText.decode(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, "a\tb",
                StandardCharsets.UTF_16LE))).isEqualTo("a\tb");
        assertThat(DelimitedText.decode(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, "a\tb",
                StandardCharsets.UTF_16BE))).isEqualTo("a\tb");
        assertThat(DelimitedText.stripBom("\uFEFFx")).isEqualTo("x");
    }

    @Test
    void detectsTheDelimiterOutsideQuotesOnTheFirstNonBlankLine() {
        assertThat(DelimitedText.detectDelimiter("\"a,b\";c;d\n1;2;3")).isEqualTo(';');
        assertThat(DelimitedText.detectDelimiter("\n  \r\na\tb\tc")).isEqualTo('\t');
        assertThat(DelimitedText.detectDelimiter("single")).isEqualTo(',');
        assertThat(DelimitedText.detectDelimiter("")).isEqualTo(',');
        assertThat(DelimitedText.countOutsideQuotes("\"1,234\",5,\"6\"", ',')).isEqualTo(2);
    }

    @Test
    void recordsSkipBlankRowsAndKeepPhysicalLines() {
        DelimitedText text = new DelimitedText("h1,h2\r\n\r\n , \n\"a\nb\",\u00A01\u00A0\n,,\nc,2\n");
        List<DelimitedText.Record> records = new ArrayList<>();
        text.records(0, ',').forEachRemaining(records::add);

        assertThat(records).containsExactly(
                new DelimitedText.Record(1, List.of("h1", "h2"), false),
                new DelimitedText.Record(4, List.of("a\nb", "1"), true),
                new DelimitedText.Record(7, List.of("c", "2"), true));
        Iterator<DelimitedText.Record> afterHeader = text.records(1, ',');
        assertThat(afterHeader.next().lineNumber()).isEqualTo(4);
        assertThat(text.line(4)).isEqualTo("\"a");
    }

    @Test
    void anUnclosedQuoteNamesTheLastGoodLine() {
        Iterator<DelimitedText.Record> records = new DelimitedText("a,b\n1,\"2\n3,4\n").records(0, ',');
        assertThat(records.next().lineNumber()).isEqualTo(1);
        assertThatThrownBy(records::hasNext)
                .isInstanceOfSatisfying(DelimitedText.MalformedException.class, e -> assertThat(e.lastLine()).isEqualTo(1));
    }

    @Test
    void cellsOfOneLine() {
        assertThat(DelimitedText.cellsOf(" \"1,234\" ;x", ';')).containsExactly("1,234", "x");
        assertThat(DelimitedText.cellsOf("a,\"b", ',')).containsExactly("a", "b");
    }
}
