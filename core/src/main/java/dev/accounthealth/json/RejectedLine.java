package dev.accounthealth.json;

/**
 * A line that a lenient {@link EventReader} set aside because it holds no valid event, with the
 * same details a strict reader puts in its {@link EventFormatException}.
 *
 * @param source the name of the input, e.g. the file name
 * @param line the line number, from 1
 * @param field the offending field, {@code (json)} when the line is not a JSON object, or
 *     {@code type} when the event type is missing or unknown
 * @param reason why the line was rejected
 * @param text the line as read, without its line break
 */
public record RejectedLine(String source, long line, String field, String reason, String text) {
}
