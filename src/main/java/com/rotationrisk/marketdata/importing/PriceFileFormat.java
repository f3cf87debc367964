package com.rotationrisk.marketdata.importing;

/** Layout of an imported price-history file, detected from its header line. */
public enum PriceFileFormat {
    /** Yahoo Finance download: Date,Open,High,Low,Close,Adj Close,Volume. */
    YAHOO,
    /** Stooq daily download: Date,Open,High,Low,Close[,Volume] (or the Polish headers). */
    STOOQ,
    /** Stooq bulk/ASCII: &lt;TICKER&gt;,&lt;PER&gt;,&lt;DATE&gt;,&lt;TIME&gt;,&lt;OPEN&gt;,... */
    STOOQ_BULK,
    /** Any other header; the caller supplies a {@link ColumnMapping}. */
    GENERIC
}
