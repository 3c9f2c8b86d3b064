package io.healthimaging.codec.htj2k.codestream;

/** One packet: the contribution of one precinct of one resolution of one component to one layer. */
public record Packet(int layer, int resolution, int component, int precinct) {
}
