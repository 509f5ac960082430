package dev.harness4j.usage;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.harness4j.InvalidRequestException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A list-price cost as the API writes it: {@code {"amount": "2500", "currency": "USD"}}, the amount a string in minor
 * units (cents). Token costs are fractions of a cent, so the amount keeps its decimals (for example {@code "0.345"});
 * the hosted rounding is not documented.
 */
public record ListCost(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {
    /** The only currency the API uses. */
    public static final String USD = "USD";
    /** Nothing, in USD. */
    public static final ListCost ZERO_USD = new ListCost(BigDecimal.ZERO, USD);

    /** Validates: a non-negative amount and a currency. */
    public ListCost {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new InvalidRequestException("list cost amount must not be negative, got " + amount);
        }
        if (!USD.equals(currency)) {
            throw new InvalidRequestException("list cost currency must be USD, got " + currency);
        }
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    /** An amount in US cents. */
    public static ListCost usdCents(long cents) {
        return new ListCost(BigDecimal.valueOf(cents), USD);
    }

    /** An amount in US cents given as a decimal (for example {@code new BigDecimal("0.5")}). */
    public static ListCost usdCents(BigDecimal cents) {
        return new ListCost(cents, USD);
    }

    /** The sum of this and {@code other}. */
    public ListCost plus(ListCost other) {
        return new ListCost(amount.add(other.amount), currency);
    }

    /** Whether this cost is at least {@code limit}. */
    public boolean reaches(ListCost limit) {
        return amount.compareTo(limit.amount) >= 0;
    }
}
