package dev.harness4j.usage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.InvalidRequestException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A session budget as the API writes it: {@code {"type": "limit", "max_list_cost": {"amount": "2500", "currency":
 * "USD"}}}. When the session's list cost reaches it, the session idles with {@code budget_reached}.
 */
@JsonPropertyOrder({"type", "max_list_cost"})
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record Budget(ListCost maxListCost) {
    /** Validates. */
    public Budget {
        Objects.requireNonNull(maxListCost, "maxListCost");
    }

    /** A budget of this many US cents. */
    public static Budget usdCents(long cents) {
        return new Budget(ListCost.usdCents(cents));
    }

    /** The wire type, {@code limit}. */
    @JsonProperty("type")
    public String type() {
        return "limit";
    }

    /** Reads the API's budget object, refusing anything else with a message naming the problem. */
    public static Budget fromJson(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException(what
                    + " must be an object {\"type\": \"limit\", \"max_list_cost\": …}");
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!f.equals("type") && !f.equals("max_list_cost")) {
                throw new InvalidRequestException(what + ": unknown field '" + f + "'");
            }
        });
        if (!"limit".equals(node.path("type").asText(null))) {
            throw new InvalidRequestException(what + ".type must be \"limit\"");
        }
        JsonNode cost = node.get("max_list_cost");
        if (cost == null || !cost.isObject()) {
            throw new InvalidRequestException(what + ".max_list_cost {amount, currency} is required");
        }
        cost.fieldNames().forEachRemaining(f -> {
            if (!f.equals("amount") && !f.equals("currency")) {
                throw new InvalidRequestException(what + ".max_list_cost: unknown field '" + f + "'");
            }
        });
        JsonNode amount = cost.get("amount");
        JsonNode currency = cost.get("currency");
        if (amount == null || !amount.isTextual()) {
            throw new InvalidRequestException(what + ".max_list_cost.amount must be a string of minor units");
        }
        if (currency == null || !currency.isTextual()) {
            throw new InvalidRequestException(what + ".max_list_cost.currency must be a string");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount.asText());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(what + ".max_list_cost.amount is not a number: " + amount.asText());
        }
        return new Budget(new ListCost(value, currency.asText()));
    }
}
