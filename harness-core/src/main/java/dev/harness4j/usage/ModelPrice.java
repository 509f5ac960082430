package dev.harness4j.usage;

import dev.harness4j.InvalidRequestException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import dev.harness4j.event.ModelUsage;

/** A model's list prices in US dollars per million tokens: input, output, cache write and cache read. */
public record ModelPrice(BigDecimal input, BigDecimal output, BigDecimal cacheWrite, BigDecimal cacheRead) {
    private static final BigDecimal CENTS_PER_MTOK_DOLLAR = new BigDecimal("0.0001"); // 100 cents / 1e6 tokens

    /** Validates that every price is present and not negative. */
    public ModelPrice {
        check(input, "input");
        check(output, "output");
        check(cacheWrite, "cacheWrite");
        check(cacheRead, "cacheRead");
    }

    /** Prices in dollars per million tokens, e.g. {@code perMillionTokens("3", "15", "3.75", "0.30")}. */
    public static ModelPrice perMillionTokens(String input, String output, String cacheWrite, String cacheRead) {
        return new ModelPrice(new BigDecimal(input), new BigDecimal(output), new BigDecimal(cacheWrite),
                new BigDecimal(cacheRead));
    }

    /** What {@code usage} costs at these prices. */
    public ListCost cost(ModelUsage usage) {
        BigDecimal dollarsPerMtok = input.multiply(BigDecimal.valueOf(usage.inputTokens()))
                .add(output.multiply(BigDecimal.valueOf(usage.outputTokens())))
                .add(cacheWrite.multiply(BigDecimal.valueOf(usage.cacheCreationInputTokens())))
                .add(cacheRead.multiply(BigDecimal.valueOf(usage.cacheReadInputTokens())));
        return ListCost.usdCents(dollarsPerMtok.multiply(CENTS_PER_MTOK_DOLLAR, MathContext.DECIMAL128));
    }

    private static void check(BigDecimal price, String name) {
        Objects.requireNonNull(price, name);
        if (price.signum() < 0) {
            throw new InvalidRequestException("model price " + name + " must not be negative, got " + price);
        }
    }
}
