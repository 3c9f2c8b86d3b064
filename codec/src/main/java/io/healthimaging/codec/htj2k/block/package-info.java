/**
 * The HT block coder of HTJ2K (JPEG 2000 Part 15, Rec. ITU-T T.814): turns one code-block of quantized
 * wavelet coefficients into HT coded data and back. {@link io.healthimaging.codec.htj2k.block.HtBlockEncoder}
 * and {@link io.healthimaging.codec.htj2k.block.HtBlockDecoder} are the entry points; the codestream layer
 * (packets, tag trees, precincts) around them places a
 * {@link io.healthimaging.codec.htj2k.block.CodedBlock}'s segments in packet bodies and signals its pass
 * count, missing MSBs and segment lengths.
 *
 * <p>Inside, the cleanup pass ({@code CleanupEncoder}, {@code CleanupDecoder}) codes quads with the CxtVLC
 * tables, the MEL run-length code and U-VLC exponent offsets, over three bitstreams with their own
 * bit-stuffing (MagSgn and MEL forward, VLC backward). The refinement passes ({@code RefinementEncoder},
 * {@code RefinementDecoder}) share one scan ({@code RefinementScan}): SigProp forward, MagRef backward in
 * one segment.
 *
 * <p>Vertically causal context formation (code-block style bit 3 of COD/COC) only changes which samples
 * SigProp visits, so the cleanup pass ignores it and both refinement coders take it as a flag; the
 * encoder never needs it for lossless cleanup-only coding.
 */
package io.healthimaging.codec.htj2k.block;
