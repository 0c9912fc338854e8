package dev.accounthealth.amazon;

import dev.accounthealth.InputData;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every kind of input the library reads, what each carries for the metrics, and how each row
 * becomes events. "Derived" marks a mapping that is ours because Amazon documents none.
 */
public enum InputKind {
    /** The library's own events, one JSON object per line; complete by contract. */
    JSON_LINES("JSON Lines events", EnumSet.allOf(InputData.class)),
    /**
     * {@code GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL}, tab-separated, one row per
     * item. Columns by header name ({@code amazon-order-id, purchase-date, last-updated-date,
     * order-status, fulfillment-channel, sales-channel} needed; {@code sku, is-business-order}
     * read when there; others ignored). The rows of an order, one after another, give one
     * {@code OrderPlaced} at {@code purchase-date} with every SKU, in the marketplace of
     * {@code sales-channel} ({@code Amazon.com}, {@code Amazon.fr}, …), channel {@code AFN}/{@code
     * Amazon} or {@code MFN}/{@code Merchant}, without expected ship or promised delivery date
     * (the report has neither). An order whose {@code order-status} is {@code Cancelled} (or
     * {@code Canceled}) also gives an {@code OrderCancelled} by {@code UNKNOWN} at
     * {@code last-updated-date} (Derived: the report says neither who nor when; its last update
     * is the latest it can have been). No shipment: the report has no ship-confirmation time.
     * No order total: its money cells are per item.
     */
    ALL_ORDERS_REPORT("All Orders report", EnumSet.of(InputData.ORDERS)),
    /**
     * {@code GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE}, tab-separated: each row a
     * {@code ReturnRequested} on the day of {@code Return request date} ({@code dd-MMM-yyyy})
     * at 00:00 in the marketplace's zone, {@code returnId} the {@code Amazon RMA ID},
     * {@code inPolicy} from {@code In policy} ({@code Y}/{@code N}; absent reads as in policy),
     * {@code reason} the {@code Return Reason}. The report has no answer time, so no
     * {@code ReturnAnswered}; its {@code A-to-Z Claim} flag has no claim id or date, so no claim.
     */
    RETURNS_REPORT("Returns report", EnumSet.of(InputData.RETURN_REQUESTS)),
    /**
     * {@code GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA}, tab-separated: each row a
     * {@code ReturnRequested} at {@code return-date}; Derived: {@code returnId} is
     * {@code order-id:license-plate-number} (or {@code :sku} when the unit has no licence plate),
     * as the report has no return id. These are returns of Amazon-fulfilled orders.
     */
    FBA_RETURNS_REPORT("FBA customer returns report", EnumSet.of(InputData.RETURN_REQUESTS)),
    /**
     * {@code GET_SELLER_FEEDBACK_DATA}, tab-separated ({@code Date, Rating, Comments, Your
     * Response, Order ID, Rater Email}): each row a {@code FeedbackReceived} on the day of
     * {@code Date} ({@code M/d/yy} or {@code yyyy/MM/dd}) at 00:00 in the marketplace's zone
     * (Derived: the date has no time and no zone); Derived: {@code feedbackId} is the order id
     * (one feedback per order). The report does not flag removed or struck-through feedback.
     */
    FEEDBACK_REPORT("Seller Feedback report", EnumSet.of(InputData.FEEDBACK)),
    /**
     * Orders API v2026-01-01 {@code searchOrders} responses ({@code {"orders":[…]}}), asked with
     * {@code includedData=FULFILLMENT,PACKAGES,CANCELLATION}. Each order an {@code OrderPlaced} at
     * {@code createdTime}: marketplace {@code salesChannel.marketplaceId}, channel
     * {@code fulfillment.fulfilledBy}, {@code latestShipAt}/{@code latestDeliveryAt} the latest
     * instants of {@code shipByWindow}/{@code deliverByWindow}, business when {@code programs}
     * holds {@code AMAZON_BUSINESS}, the items' {@code sellerSku}s, {@code proceeds.grandTotal}
     * as the total. {@code CANCELLED}: an {@code OrderCancelled} at {@code lastUpdatedTime}
     * (Derived: no cancellation time is given), by the {@code BUYER} when an item's
     * {@code cancellationRequest.requester} is {@code BUYER} even when the merchant carried it
     * out, else by {@code cancellationExecution.cancelledBy} ({@code MERCHANT} is the seller).
     * Packages that left (not {@code CANCELLED}) with a {@code shipTime}: one {@code OrderShipped}
     * at the latest (Derived: the order is confirmed once all of it is), with its carrier and
     * tracking number. {@code DELIVERED} carries no time, so no delivery.
     */
    ORDERS_API("Orders API searchOrders response", EnumSet.of(InputData.ORDERS, InputData.EXPECTED_SHIP_DATES,
            InputData.PROMISED_DELIVERY_DATES, InputData.SHIP_CONFIRMATIONS, InputData.TRACKING_IDS,
            InputData.CANCELLATION_ACTORS)),
    /**
     * Orders API v0 {@code getOrders} responses ({@code {"payload":{"Orders":[…]}}}). Each order an
     * {@code OrderPlaced} at {@code PurchaseDate} with {@code LatestShipDate},
     * {@code LatestDeliveryDate}, {@code IsBusinessOrder} ({@code true} or {@code "true"}) and
     * {@code OrderTotal}; {@code Canceled}: an {@code OrderCancelled} at {@code LastUpdateDate}
     * by the {@code BUYER} when the order's {@code getOrderItems} say
     * {@code IsBuyerRequestedCancel}, by the {@code SELLER} when they do not (Derived: v0 has no
     * other signal, and Amazon's cancellation of an unconfirmed order counts alike), by
     * {@code UNKNOWN} without them. v0 has no ship-confirmation time.
     */
    ORDERS_API_V0("Orders API v0 getOrders response", EnumSet.of(InputData.ORDERS, InputData.EXPECTED_SHIP_DATES,
            InputData.PROMISED_DELIVERY_DATES)),
    /**
     * Orders API v0 {@code getOrderItems} responses: the SKUs and buyer-requested cancellations
     * of the orders given in {@code getOrders} responses read with them; alone they give nothing.
     */
    ORDER_ITEMS_API_V0("Orders API v0 getOrderItems response", EnumSet.of(InputData.CANCELLATION_ACTORS)),
    /**
     * Finances API v0 {@code listFinancialEvents} responses: each {@code GuaranteeClaimEventList}
     * entry a {@code ClaimFiled} and a {@code ClaimResolved GRANTED_SELLER_FUNDED} at
     * {@code PostedDate}, each {@code ChargebackEventList} entry a {@code ChargebackFiled SERVICE}
     * and a {@code ChargebackResolved BUYER_FAVOUR} at {@code PostedDate} (money already debited;
     * Derived: a debited chargeback is read as a service one). Derived: the id is
     * {@code AmazonOrderId:OrderAdjustmentItemId} of the first adjusted item. Pending and denied
     * claims are not in these lists.
     */
    FINANCES_API("Finances API listFinancialEvents response", EnumSet.of(InputData.A_TO_Z_CLAIMS,
            InputData.CHARGEBACKS)),
    /**
     * {@code ORDER_CHANGE} notifications: the summary as an {@code OrderPlaced} (when its
     * {@code PurchaseDate} is not null), and a {@code Canceled} status as an
     * {@code OrderCancelled}, a {@code Shipped} status as an {@code OrderShipped}, both at
     * {@code TimeOfOrderChange} (else {@code EventTime}); cancelled by the {@code BUYER} when an
     * item says {@code IsBuyerRequestedCancel}, else by the {@code SELLER} (Derived).
     */
    ORDER_CHANGE_NOTIFICATIONS("ORDER_CHANGE notifications", EnumSet.of(InputData.ORDERS,
            InputData.EXPECTED_SHIP_DATES, InputData.PROMISED_DELIVERY_DATES, InputData.SHIP_CONFIRMATIONS,
            InputData.CANCELLATION_ACTORS)),
    /** {@code ACCOUNT_STATUS_CHANGED} notifications: Amazon's account status, no seller event. */
    ACCOUNT_STATUS_NOTIFICATIONS("ACCOUNT_STATUS_CHANGED notifications", EnumSet.noneOf(InputData.class)),
    /**
     * {@code GET_V2_SELLER_PERFORMANCE_REPORT}: Amazon's own figures, to reconcile ours with; no
     * seller event.
     */
    SELLER_PERFORMANCE_REPORT("Account Health report (GET_V2_SELLER_PERFORMANCE_REPORT)",
            EnumSet.noneOf(InputData.class));

    private final String description;
    private final Set<InputData> provides;

    InputKind(String description, Set<InputData> provides) {
        this.description = description;
        this.provides = Collections.unmodifiableSet(provides);
    }

    /** The kind in words, e.g. {@code All Orders report}. */
    public String description() {
        return description;
    }

    /** What an input of this kind carries for the metrics. */
    public Set<InputData> provides() {
        return provides;
    }

    /** Whether its rows are dated without a zone, so the reader needs the marketplace. */
    public boolean needsMarketplace() {
        return this == RETURNS_REPORT || this == FEEDBACK_REPORT || this == FBA_RETURNS_REPORT;
    }
}
