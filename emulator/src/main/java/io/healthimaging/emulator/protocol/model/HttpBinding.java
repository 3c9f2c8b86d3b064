package io.healthimaging.emulator.protocol.model;

/** Where a member of an operation's input or output travels in the HTTP message (restJson1). */
public enum HttpBinding {
    /** A top-level key of the JSON body. */
    BODY,
    /** A segment of the URI path ({@code @httpLabel}). */
    LABEL,
    /** A query parameter ({@code @httpQuery}). */
    QUERY,
    /** A header ({@code @httpHeader}). */
    HEADER,
    /** The whole body ({@code @httpPayload}). */
    PAYLOAD
}
