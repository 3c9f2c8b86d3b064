package io.healthimaging.codec.htj2k.codestream;

import io.healthimaging.codec.htj2k.InvalidCodestreamException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which a tile's packets appear (B.12): the tile's progression order, or the progressions
 * of its POC marker, where a packet already sent by an earlier progression is not sent again.
 *
 * <p>The position-driven orders (RPCL, PCRL, CPRL) are defined by a scan of the reference grid that
 * visits each precinct at the grid point where it starts. Rather than scanning every grid point, each
 * precinct gets that point as a sort key, which yields the same order in time proportional to the
 * number of precincts.
 */
public final class PacketSequence {
    private PacketSequence() {
    }

    /**
     * The packets of a tile in codestream order. {@code maxPackets} bounds the work for a malformed
     * header: every packet occupies at least one byte, so a tile cannot hold more packets than bytes.
     */
    public static List<Packet> of(Rect tile, List<TileComponentGeometry> components, TileParameters parameters,
            long maxPackets) {
        int layers = parameters.style().layers();
        long total = 0;
        int maxResolutions = 0;
        for (TileComponentGeometry component : components) {
            for (ResolutionGeometry resolution : component.resolutions()) {
                total += resolution.precinctCount();
            }
            maxResolutions = Math.max(maxResolutions, component.levels() + 1);
        }
        total *= layers;
        if (total > maxPackets) {
            throw new InvalidCodestreamException("the tile's coding parameters imply " + total
                    + " packets but its data holds at most " + maxPackets);
        }
        List<ProgressionChange> progressions = parameters.progressionChanges();
        if (progressions.isEmpty()) {
            progressions = List.of(new ProgressionChange(0, 0, layers, maxResolutions, components.size(),
                    parameters.style().progression()));
        }
        Emitter emitter = new Emitter(components, layers, (int) total);
        for (ProgressionChange progression : progressions) {
            emitter.run(tile, progression);
        }
        return emitter.packets;
    }

    /** A precinct of one resolution of one component, with the grid point where the scan reaches it. */
    private record Precinct(int component, int resolution, int index, long y, long x) {
    }

    private static final class Emitter {
        private final List<TileComponentGeometry> components;
        private final int layers;
        private final int[][][] nextLayer;
        private final List<Packet> packets;

        Emitter(List<TileComponentGeometry> components, int layers, int expected) {
            this.components = components;
            this.layers = layers;
            this.packets = new ArrayList<>(expected);
            this.nextLayer = new int[components.size()][][];
            for (int c = 0; c < components.size(); c++) {
                TileComponentGeometry component = components.get(c);
                nextLayer[c] = new int[component.levels() + 1][];
                for (int r = 0; r <= component.levels(); r++) {
                    nextLayer[c][r] = new int[component.resolution(r).precinctCount()];
                }
            }
        }

        void run(Rect tile, ProgressionChange p) {
            int layerEnd = Math.min(p.layerEnd(), layers);
            int componentEnd = Math.min(p.componentEnd(), components.size());
            int resolutionEnd = p.resolutionEnd();
            switch (p.order()) {
                case LRCP -> {
                    for (int l = 0; l < layerEnd; l++) {
                        for (int r = p.resolutionStart(); r < resolutionEnd; r++) {
                            for (int c = p.componentStart(); c < componentEnd; c++) {
                                emitAllPrecincts(l, r, c);
                            }
                        }
                    }
                }
                case RLCP -> {
                    for (int r = p.resolutionStart(); r < resolutionEnd; r++) {
                        for (int l = 0; l < layerEnd; l++) {
                            for (int c = p.componentStart(); c < componentEnd; c++) {
                                emitAllPrecincts(l, r, c);
                            }
                        }
                    }
                }
                case RPCL -> emitByPosition(tile, p, layerEnd, componentEnd, Comparator
                        .comparingInt(Precinct::resolution).thenComparingLong(Precinct::y)
                        .thenComparingLong(Precinct::x).thenComparingInt(Precinct::component));
                case PCRL -> emitByPosition(tile, p, layerEnd, componentEnd, Comparator
                        .comparingLong(Precinct::y).thenComparingLong(Precinct::x)
                        .thenComparingInt(Precinct::component).thenComparingInt(Precinct::resolution));
                case CPRL -> emitByPosition(tile, p, layerEnd, componentEnd, Comparator
                        .comparingInt(Precinct::component).thenComparingLong(Precinct::y)
                        .thenComparingLong(Precinct::x).thenComparingInt(Precinct::resolution));
            }
        }

        private void emitAllPrecincts(int layer, int r, int c) {
            TileComponentGeometry component = components.get(c);
            if (r > component.levels()) {
                return;
            }
            int count = component.resolution(r).precinctCount();
            for (int k = 0; k < count; k++) {
                emit(layer, r, c, k);
            }
        }

        private void emitByPosition(Rect tile, ProgressionChange p, int layerEnd, int componentEnd,
                Comparator<Precinct> order) {
            List<Precinct> precincts = new ArrayList<>();
            for (int c = p.componentStart(); c < componentEnd; c++) {
                TileComponentGeometry component = components.get(c);
                int resolutionEnd = Math.min(p.resolutionEnd(), component.levels() + 1);
                for (int r = p.resolutionStart(); r < resolutionEnd; r++) {
                    addPrecincts(precincts, tile, component, r);
                }
            }
            precincts.sort(order);
            for (Precinct precinct : precincts) {
                for (int l = 0; l < layerEnd; l++) {
                    emit(l, precinct.resolution(), precinct.component(), precinct.index());
                }
            }
        }

        /**
         * B.12.1.3: precinct (i, j) is reached at the grid point that is a multiple of
         * XRsiz * 2^(PPx + NL - r), or at the tile origin for the first column when the resolution does
         * not start on a precinct boundary.
         */
        private static void addPrecincts(List<Precinct> out, Rect tile, TileComponentGeometry component, int r) {
            ResolutionGeometry resolution = component.resolution(r);
            int ppx = resolution.precinctWidthExponent();
            int ppy = resolution.precinctHeightExponent();
            int scale = component.levels() - r;
            Rect area = resolution.area();
            boolean alignedX = (area.x0() & ((1L << ppx) - 1)) == 0;
            boolean alignedY = (area.y0() & ((1L << ppy) - 1)) == 0;
            int wide = resolution.precinctsWide();
            for (int k = 0; k < resolution.precinctCount(); k++) {
                int i = k % wide;
                int j = k / wide;
                long x = i == 0 && !alignedX ? tile.x0()
                        : (resolution.precinctColumn(k) << (ppx + scale)) * component.dx();
                long y = j == 0 && !alignedY ? tile.y0()
                        : (resolution.precinctRow(k) << (ppy + scale)) * component.dy();
                out.add(new Precinct(component.component(), r, k, y, x));
            }
        }

        private void emit(int layer, int r, int c, int k) {
            int[] next = nextLayer[c][r];
            if (next[k] == layer) {
                next[k]++;
                packets.add(new Packet(layer, r, c, k));
            }
        }
    }
}
