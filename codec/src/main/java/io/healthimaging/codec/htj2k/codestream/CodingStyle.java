package io.healthimaging.codec.htj2k.codestream;

/**
 * The tile-wide part of a COD marker segment (Scod bits 1-2 and SGcod).
 *
 * @param sopMarkers SOP marker segments may precede packets
 * @param ephMarkers EPH markers follow every packet header
 * @param progression the progression order
 * @param layers number of quality layers, 1..65535
 * @param componentTransform the multiple component transform (RCT or ICT) applies to components 0..2
 */
public record CodingStyle(
        boolean sopMarkers, boolean ephMarkers, ProgressionOrder progression, int layers, boolean componentTransform) {
}
