package dev.harness4j.usage;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.event.ModelUsage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * List prices per model id, behind a session's {@code usage.list_cost} and its budget. A model without a price has
 * no list cost: its sessions report none and a budget cannot stop them (the harness logs a warning).
 */
public final class PriceTable {
    /** No prices: sessions report no list cost. */
    public static final PriceTable NONE = new PriceTable(Map.of());

    private final Map<String, ModelPrice> prices;

    private PriceTable(Map<String, ModelPrice> prices) {
        this.prices = Map.copyOf(prices);
    }

    /** A table of these prices by model id. */
    public static PriceTable of(Map<String, ModelPrice> prices) {
        Map<String, ModelPrice> copy = new LinkedHashMap<>();
        prices.forEach((model, price) -> {
            if (model == null || model.isBlank() || price == null) {
                throw new InvalidRequestException("a price table needs a model id and a price per entry, got "
                        + model + " -> " + price);
            }
            copy.put(model, price);
        });
        return new PriceTable(copy);
    }

    /** A table with one more (or a replaced) model price. */
    public PriceTable with(String model, ModelPrice price) {
        Map<String, ModelPrice> copy = new LinkedHashMap<>(prices);
        copy.put(model, price);
        return of(copy);
    }

    /** The price of a model, if the table has one. */
    public Optional<ModelPrice> price(String model) {
        return Optional.ofNullable(prices.get(model));
    }

    /** What {@code usage} of {@code model} costs, if the table prices that model. */
    public Optional<ListCost> cost(String model, ModelUsage usage) {
        return price(model).map(p -> p.cost(usage));
    }

    @Override
    public String toString() {
        return "PriceTable" + prices;
    }
}
