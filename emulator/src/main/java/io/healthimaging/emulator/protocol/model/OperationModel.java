package io.healthimaging.emulator.protocol.model;

import java.util.List;
import java.util.Optional;

/** An operation with everything needed to route, bind and answer it. */
public record OperationModel(
        String name,
        String method,
        UriTemplate uri,
        String hostPrefix,
        Shape input,
        Shape output,
        List<Shape> errors,
        boolean readonly) {

    /** The input member bound with {@code @httpPayload}, if any. */
    public Optional<Member> inputPayload() {
        return payloadOf(input);
    }

    /** The output member bound with {@code @httpPayload}, if any. */
    public Optional<Member> outputPayload() {
        return payloadOf(output);
    }

    public List<Member> inputMembers(HttpBinding binding) {
        return membersOf(input, binding);
    }

    public List<Member> outputMembers(HttpBinding binding) {
        return membersOf(output, binding);
    }

    private static Optional<Member> payloadOf(Shape shape) {
        return shape.members().values().stream().filter(m -> m.binding() == HttpBinding.PAYLOAD).findFirst();
    }

    private static List<Member> membersOf(Shape shape, HttpBinding binding) {
        return shape.members().values().stream().filter(m -> m.binding() == binding).toList();
    }
}
