package dev.accounthealth.json;

/**
 * A line that a lenient {@link EventReader} set aside because it holds no valid event, with the
 * same details a strict reader puts in its {@link EventFormatException}.
 *
 * @param source the name of the input, e.g. the file name
 * @param line the line number, from 1
 * @param field the offending field, {@code (json)} when the line is not a JSON object,
 *     {@code type} when the event type is missing or unknown, or {@code (line)} when the line
 *     is longer than {@link EventReader#MAX_LINE_LENGTH}
 * @param reason why the line was rejected
 * @param text the line as read, without its line break; bytes that are not UTF-8 shown as
 *     U+FFFD; of a line over the length limit, its first 200 characters and {@code …}
 */
public record RejectedLine(String source, long line, String field, String reason, String text) {
}
