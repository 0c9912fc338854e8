package dev.accounthealth.amazon.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accounthealth.event.ChargebackFiled;
import dev.accounthealth.event.ChargebackKind;
import dev.accounthealth.event.ChargebackOutcome;
import dev.accounthealth.event.ChargebackResolved;
import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.ClaimOutcome;
import dev.accounthealth.event.ClaimResolved;
import dev.accounthealth.event.Money;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.json.internal.BadField;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Finances API v0 {@code listFinancialEvents} pages: each {@code GuaranteeClaimEventList} entry
 * a granted, seller-funded A-to-z claim, each {@code ChargebackEventList} entry a chargeback
 * decided against the seller, both at their {@code PostedDate}: these lists record money already
 * debited. The other lists are not read.
 */
public final class FinancesRows extends PageRows {
    private static final String CLAIMS = "GuaranteeClaimEventList";
    private static final String CHARGEBACKS = "ChargebackEventList";

    public FinancesRows(Reader in, String source, Consumer<? super RejectedLine> onRejected, LongConsumer rowsRead) {
        super(in, source, onRejected, rowsRead, Set.of("payload.FinancialEvents." + CLAIMS,
                "payload.FinancialEvents." + CHARGEBACKS, "FinancialEvents." + CLAIMS, "FinancialEvents." + CHARGEBACKS),
                Set.of());
    }

    @Override
    protected Map<String, String> fieldsOf(JsonPages.Record record) {
        String p = record.path() + ".";
        return Map.of("orderId", p + "AmazonOrderId", "at", p + "PostedDate", "claimId", p + "AmazonOrderId",
                "chargebackId", p + "AmazonOrderId", "amount", p + "ShipmentItemAdjustmentList");
    }

    @Override
    protected List<SellerEvent> read(JsonPages.Record record) {
        Fields f = new Fields(record.node(), record.path());
        String orderId = f.required("AmazonOrderId");
        Instant posted = f.requiredInstant("PostedDate");
        String itemsField = f.node("ShipmentItemAdjustmentList") != null ? "ShipmentItemAdjustmentList"
                : "ShipmentItemList";
        String adjustment = null;
        BigDecimal total = null;
        String currency = null;
        int index = 0;
        for (JsonNode node : f.list(itemsField)) {
            Fields item = f.child(node, itemsField + "[" + index++ + "]");
            if (adjustment == null) {
                adjustment = item.text("OrderAdjustmentItemId");
            }
            int charge = 0;
            for (JsonNode chargeNode : item.list("ItemChargeAdjustmentList")) {
                Fields c = item.child(chargeNode, "ItemChargeAdjustmentList[" + charge++ + "]");
                BigDecimal amount = c.decimal("ChargeAmount.CurrencyAmount");
                if (amount == null) {
                    continue;
                }
                String code = c.required("ChargeAmount.CurrencyCode");
                if (currency != null && !currency.equals(code)) {
                    throw new BadField(c.at("ChargeAmount.CurrencyCode"), "'" + code + "' differs from " + currency
                            + " in the same event");
                }
                currency = code;
                total = total == null ? amount : total.add(amount);
            }
        }
        // The event has no id of its own: the order and the first adjusted item name it.
        String id = orderId + ":" + (adjustment != null ? adjustment : posted.toString());
        if (record.list().equals(CLAIMS)) {
            Optional<Money> amount = total == null ? Optional.empty() : Optional.of(new Money(total.abs(), currency));
            return List.of(new ClaimFiled(posted, orderId, id, Optional.empty(), amount, false),
                    new ClaimResolved(posted, id, ClaimOutcome.GRANTED_SELLER_FUNDED));
        }
        // A chargeback debited is one lost; the list does not say whether it was about the service
        // or a fraud, and Amazon bears fraud chargebacks itself, so it is read as a service one.
        return List.of(new ChargebackFiled(posted, orderId, id, ChargebackKind.SERVICE),
                new ChargebackResolved(posted, id, ChargebackOutcome.BUYER_FAVOUR));
    }
}
