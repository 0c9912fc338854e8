package dev.accounthealth.benchmarks;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.accounthealth.amazon.AmazonReader;
import dev.accounthealth.amazon.InputKind;
import dev.accounthealth.event.SellerEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The All Orders report reader on a generated file of {@value #ROWS} rows (one to three item rows
 * per order, 31 columns, CRLF, as Seller Central writes it), against Jackson reading the same file
 * with the same settings (tab-separated, quoting off) and no mapping: every cell read, nothing
 * built. The score is rows per second: each operation reads the whole file.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(AllOrdersReaderBenchmark.ROWS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@State(Scope.Benchmark)
public class AllOrdersReaderBenchmark {
    static final int ROWS = 1_000_000;
    private static final String HEADER = "amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\t"
            + "order-status\tfulfillment-channel\tsales-channel\torder-channel\tship-service-level\tproduct-name\tsku\t"
            + "asin\titem-status\tquantity\tcurrency\titem-price\titem-tax\tshipping-price\tshipping-tax\tgift-wrap-price\t"
            + "gift-wrap-tax\titem-promotion-discount\tship-promotion-discount\tship-city\tship-state\tship-postal-code\t"
            + "ship-country\tpromotion-ids\tis-business-order\tpurchase-order-number\tprice-designation";

    private Path file;

    @Setup(Level.Trial)
    public void write() throws IOException {
        file = Files.createTempFile("all-orders-", ".txt");
        SplittableRandom random = new SplittableRandom(20261201);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write("\r\n");
            int rows = 0;
            for (int order = 0; rows < ROWS; order++) {
                Instant purchased = start.plus(Duration.ofSeconds(order * 23L));
                boolean cancelled = random.nextInt(50) == 0;
                boolean afn = random.nextInt(3) == 0;
                int items = 1 + random.nextInt(3);
                boolean business = random.nextInt(20) == 0;
                for (int item = 0; item < items && rows < ROWS; item++, rows++) {
                    out.write(String.format(Locale.ROOT, "%03d-%07d-%07d\t\t%s\t%s\t%s\t%s\tAmazon.com\t\tStandard\t"
                                    + "Product %d \"large\"\tSKU-%04d\tB0%08d\t%s\t%d\tUSD\t%d.%02d\t1.20\t4.99\t0.40\t\t\t"
                                    + "0.00\t0.00\tPORTLAND\tOR\t97201\tUS\t \t%s\t\t\r\n",
                            100 + order % 900, order / 1000, order, purchased.toString().replace("Z", "+00:00"),
                            purchased.plusSeconds(86_400).toString().replace("Z", "+00:00"),
                            cancelled ? "Cancelled" : "Shipped", afn ? "Amazon" : "Merchant", item, random.nextInt(5000),
                            random.nextInt(100_000_000), cancelled ? "Cancelled" : "Shipped", 1 + random.nextInt(3),
                            5 + random.nextInt(95), random.nextInt(100), business ? "true" : "false"));
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The reader: every row mapped by header name, checked, grouped by order, made events. */
    @Benchmark
    public long reader() throws IOException {
        try (Stream<SellerEvent> events = AmazonReader.strict().source(file, InputKind.ALL_ORDERS_REPORT).events()) {
            return events.count();
        }
    }

    /** Jackson alone: the same parser settings, every cell read as text, nothing else. */
    @Benchmark
    public long jacksonNoMapping() throws IOException {
        CsvMapper mapper = new CsvMapper();
        long cells = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CsvParser parser = mapper.getFactory().createParser(in)) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar().withoutEscapeChar());
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING) {
                    cells += parser.getText().length() > 0 ? 1 : 0;
                }
            }
        }
        return cells;
    }
}
