package io.healthimaging.codec.dicom.io;

import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.InvalidPixelDataException;
import io.healthimaging.codec.dicom.LimitExceededException;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.dicom.pixel.CodestreamMarkers;
import io.healthimaging.codec.dicom.pixel.FragmentTable;
import io.healthimaging.codec.dicom.pixel.FrameStartRule;
import io.healthimaging.codec.dicom.pixel.NativeFrameLayout;
import io.healthimaging.codec.dicom.pixel.OffsetTables;
import io.healthimaging.codec.dicom.pixel.PixelDescriptions;
import io.healthimaging.codec.image.PixelDescription;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * One pass over a Part 10 file arriving as a stream (an S3 object, an HTTP body): the data set first, then
 * each frame in order, never holding more than one frame. Nothing is written anywhere.
 *
 * <p>Elements that follow Pixel Data in the file (trailing padding, late private groups) join
 * {@link #dataSet()} once the last frame has been read.
 */
public final class DicomStream implements Closeable {
    private final InputStream stream;
    private final Part10Parser.Parsed parsed;
    private final ReadLimits limits;
    private final DicomInput in;
    private PixelDescription description;
    private int nextFrame;
    private boolean finished;
    private NativeFrames nativeFrames;
    private EncapsulatedFrames encapsulatedFrames;

    private DicomStream(InputStream stream, Part10Parser.Parsed parsed, ReadLimits limits) {
        this.stream = stream;
        this.parsed = parsed;
        this.limits = limits;
        this.in = parsed.reader().input();
        this.finished = parsed.pixelData() == null;
    }

    public static DicomStream open(InputStream stream) throws IOException {
        return open(stream, -1, ReadLimits.DEFAULT);
    }

    /**
     * Reads the data set from {@code stream} up to Pixel Data.
     *
     * @param length bytes the stream holds, or {@code -1} when unknown; when known, lengths in the file are
     *     checked against it before anything is allocated
     * @throws io.healthimaging.codec.dicom.DicomException when the file is not DICOM HealthImaging can import
     */
    public static DicomStream open(InputStream stream, long length, ReadLimits limits) throws IOException {
        return new DicomStream(stream, Part10Parser.parse(stream, length, limits), limits);
    }

    public DataSet fileMetaInformation() {
        return parsed.fileMetaInformation();
    }

    public TransferSyntax transferSyntax() {
        return parsed.transferSyntax();
    }

    /** The data set; its Pixel Data element is {@link DicomElement#isBulkData() bulk data}. */
    public DataSet dataSet() {
        return parsed.dataSet();
    }

    public boolean hasPixelData() {
        return parsed.pixelData() != null;
    }

    public PixelDescription pixelDescription() throws InvalidPixelDataException {
        if (description == null) {
            description = PixelDescriptions.of(dataSet());
        }
        return description;
    }

    public int numberOfFrames() throws InvalidPixelDataException {
        return hasPixelData() ? pixelDescription().numberOfFrames() : 0;
    }

    /** The next frame, or {@code null} after the last one. */
    public byte[] nextFrame() throws IOException {
        if (finished) {
            return null;
        }
        if (nextFrame == 0) {
            start();
        }
        byte[] frame = nativeFrames != null ? nativeFrames.next(nextFrame) : encapsulatedFrames.next();
        if (frame == null) {
            throw new InvalidPixelDataException("DICOM attribute PixelData holds " + nextFrame + " frames, "
                    + numberOfFrames() + " declared");
        }
        nextFrame++;
        if (nextFrame == numberOfFrames()) {
            finish();
        }
        return frame;
    }

    /** Hands every remaining frame to {@code consumer}, in order. */
    public void forEachFrame(FrameConsumer consumer) throws IOException {
        byte[] frame;
        while (true) {
            int index = nextFrame;
            frame = nextFrame();
            if (frame == null) {
                return;
            }
            consumer.accept(index, frame);
        }
    }

    private void start() throws IOException {
        PixelDataHeader pixel = parsed.pixelData();
        parsed.dataSet().put(DicomElement.ofBulkData(pixel.tag(), pixel.vr(), pixel.length()));
        int frames = numberOfFrames();
        if (pixel.encapsulated()) {
            byte[] table = EncapsulatedScan.readBasicOffsetTable(in, limits);
            encapsulatedFrames = new EncapsulatedFrames(new FrameStartRule(frames,
                    OffsetTables.frameOffsets(dataSet(), table)));
        } else {
            nativeFrames = new NativeFrames(new NativeFrameLayout(pixelDescription(), pixel.length(), pixel.vr(),
                    transferSyntax().bigEndian(), limits.maxFrameLength()));
        }
    }

    private void finish() throws IOException {
        if (nativeFrames != null) {
            nativeFrames.skipRest(parsed.pixelData().length());
        } else if (encapsulatedFrames.next() != null) {
            throw new InvalidPixelDataException("DICOM attribute PixelData holds more than the " + numberOfFrames()
                    + " declared frames");
        }
        parsed.reader().readUntilPixelData(dataSet(), parsed.encoding());
        finished = true;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }

    /** Native frames read in order; the bytes two frames share (a word, a bit-packed byte) are kept. */
    private final class NativeFrames {
        private final NativeFrameLayout layout;
        private long position;
        private byte[] carry = new byte[0];

        NativeFrames(NativeFrameLayout layout) {
            this.layout = layout;
        }

        byte[] next(int index) throws IOException {
            long start = layout.sourceStart(index);
            long end = layout.sourceEnd(index);
            int fromCarry = (int) Math.max(0, position - start);
            if (fromCarry == 0) {
                in.skip(start - position);
            }
            byte[] rest = in.readBytes((int) (end - start) - fromCarry);
            byte[] source = rest;
            if (fromCarry > 0) {
                source = new byte[fromCarry + rest.length];
                System.arraycopy(carry, carry.length - fromCarry, source, 0, fromCarry);
                System.arraycopy(rest, 0, source, fromCarry, rest.length);
            }
            position = end;
            carry = Arrays.copyOfRange(source, Math.max(0, source.length - 8), source.length);
            return layout.normalize(index, source);
        }

        void skipRest(long valueLength) throws IOException {
            in.skip(valueLength - position);
        }
    }

    /** Encapsulated frames assembled fragment by fragment, deciding from each fragment's head where frames start. */
    private final class EncapsulatedFrames {
        private final FrameStartRule rule;
        private final byte[] prefix = new byte[CodestreamMarkers.PREFIX_LENGTH];
        private long firstItemPosition = -1;
        private int fragments;
        private int decidedFragment = -1;
        private boolean decision;
        private boolean delimited;

        EncapsulatedFrames(FrameStartRule rule) {
            this.rule = rule;
        }

        /** The next frame, or {@code null} when the sequence delimiter comes first. */
        byte[] next() throws IOException {
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            boolean any = false;
            while (!delimited) {
                long itemPosition = in.position();
                boolean startsFrame = startsFrameAt(itemPosition);
                if (any && startsFrame) {
                    // Left unread: the fragment's item header is where the next call starts.
                    return frame.toByteArray();
                }
                int tag = in.readTag(false);
                long length = in.readU32(false);
                if (tag == Tag.SEQUENCE_DELIMITATION_ITEM) {
                    delimited = true;
                    break;
                }
                EncapsulatedScan.checkFragment(in, tag, length, itemPosition);
                fragments++;
                any = true;
                if (frame.size() + length > limits.maxFrameLength()) {
                    throw new LimitExceededException("DICOM frame of more than " + limits.maxFrameLength()
                            + " bytes");
                }
                frame.writeBytes(in.readBytes((int) length));
            }
            return any ? frame.toByteArray() : null;
        }

        /**
         * Whether the item at the current position is a fragment that starts a frame, judged once from its
         * head without consuming it. A sequence delimiter starts nothing.
         */
        private boolean startsFrameAt(long itemPosition) throws IOException {
            if (decidedFragment != fragments) {
                decision = judge(itemPosition);
                decidedFragment = fragments;
            }
            return decision;
        }

        private boolean judge(long itemPosition) throws IOException {
            int header = FragmentTable.ITEM_HEADER_LENGTH;
            if (in.ensure(header) < header) {
                return false;
            }
            int tag = in.peek(1) << 24 | in.peek(0) << 16 | in.peek(3) << 8 | in.peek(2);
            if (tag != Tag.ITEM) {
                return false;
            }
            if (fragments >= limits.maxFragments()) {
                throw new LimitExceededException("DICOM attribute PixelData has more than "
                        + limits.maxFragments() + " fragments");
            }
            long length = in.peek(4) | in.peek(5) << 8 | in.peek(6) << 16 | (long) in.peek(7) << 24;
            int prefixLength = (int) Math.min(prefix.length, length);
            in.ensure(header + prefixLength);
            for (int i = 0; i < prefixLength; i++) {
                prefix[i] = (byte) in.peek(header + i);
            }
            if (firstItemPosition < 0) {
                firstItemPosition = itemPosition;
            }
            return rule.startsFrame(fragments, itemPosition - firstItemPosition, prefix, Math.max(0, prefixLength));
        }
    }
}
