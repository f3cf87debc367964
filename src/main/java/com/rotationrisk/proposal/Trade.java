package com.rotationrisk.proposal;

import java.math.BigDecimal;

/**
 * One trade of a proposal. {@code ticker} is what is sold or bought; a switch sells {@code ticker} and buys
 * {@code toTicker} with the proceeds; raising cash sells every priced holding pro rata for {@code amount} (a value).
 * The amount is a number of shares, a value in the portfolio's currency, or a percentage of the position.
 */
public record Trade(Kind kind, String ticker, String toTicker, AmountKind amountKind, BigDecimal amount) {

    public enum Kind {
        SELL("Sell or trim"), BUY("Buy or add"), SWITCH("Switch"), RAISE_CASH("Raise cash");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum AmountKind {
        SHARES("shares"), VALUE("value"), PERCENT_OF_POSITION("% of the position");

        private final String label;

        AmountKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static Trade sell(String ticker, AmountKind kind, String amount) {
        return new Trade(Kind.SELL, ticker, null, kind, new BigDecimal(amount));
    }

    public static Trade buy(String ticker, AmountKind kind, String amount) {
        return new Trade(Kind.BUY, ticker, null, kind, new BigDecimal(amount));
    }

    public static Trade switchTo(String from, String to, AmountKind kind, String amount) {
        return new Trade(Kind.SWITCH, from, to, kind, new BigDecimal(amount));
    }

    public static Trade raiseCash(String value) {
        return new Trade(Kind.RAISE_CASH, null, null, AmountKind.VALUE, new BigDecimal(value));
    }
}
