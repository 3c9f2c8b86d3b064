package io.healthimaging.codec.dicom.io;

import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.InvalidPixelDataException;
import io.healthimaging.codec.dicom.LimitExceededException;
import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.dicom.pixel.FragmentTable;
import io.healthimaging.codec.dicom.pixel.FrameFragments;
import io.healthimaging.codec.dicom.pixel.NativeFrameLayout;
import io.healthimaging.codec.dicom.pixel.OffsetTables;
import io.healthimaging.codec.dicom.pixel.PixelDescriptions;
import io.healthimaging.codec.image.PixelDescription;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A Part 10 file opened for random access to its frames. Opening parses the whole data set except Pixel
 * Data, which is only located: its value stays in the file and {@link #frame} reads one frame on demand.
 *
 * <p>Frames come out as the pixel decoders want them: native frames in little-endian byte order with the
 * first pixel in bit 0 of the first byte; encapsulated frames as their fragments concatenated.
 */
public final class DicomFile implements Closeable {
    private final DataSet fileMetaInformation;
    private final TransferSyntax transferSyntax;
    private final DataSet dataSet;
    private final RandomAccessSource source;
    private final ReadLimits limits;
    private final PixelDataHeader pixelData;
    private final EncapsulatedScan encapsulated;
    private PixelDescription description;
    private NativeFrameLayout nativeLayout;
    private FrameFragments frameFragments;

    private DicomFile(Part10Parser.Parsed parsed, RandomAccessSource source, EncapsulatedScan encapsulated,
            ReadLimits limits) {
        this.fileMetaInformation = parsed.fileMetaInformation();
        this.transferSyntax = parsed.transferSyntax();
        this.dataSet = parsed.dataSet();
        this.pixelData = parsed.pixelData();
        this.source = source;
        this.encapsulated = encapsulated;
        this.limits = limits;
    }

    public static DicomFile open(Path path) throws IOException {
        return open(path, ReadLimits.DEFAULT);
    }

    /**
     * Parses {@code path}.
     *
     * @throws io.healthimaging.codec.dicom.DicomException when the file is not DICOM HealthImaging can import
     */
    public static DicomFile open(Path path, ReadLimits limits) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            Part10Parser.Parsed parsed = Part10Parser.parse(Channels.newInputStream(channel), channel.size(), limits);
            EncapsulatedScan encapsulated = null;
            PixelDataHeader pixel = parsed.pixelData();
            if (pixel != null) {
                DicomInput in = parsed.reader().input();
                if (pixel.encapsulated()) {
                    encapsulated = EncapsulatedScan.scan(in, limits);
                } else {
                    in.skip(pixel.length());
                }
                parsed.reader().readUntilPixelData(parsed.dataSet(), parsed.encoding());
                parsed.dataSet().put(DicomElement.ofBulkData(pixel.tag(), pixel.vr(), pixel.length()));
            }
            RandomAccessSource source = parsed.transferSyntax().deflated()
                    ? new InflatedSource(path, parsed.dataSetStart(), limits.maxInflatedBytes())
                    : new FileSource(channel);
            if (parsed.transferSyntax().deflated()) {
                channel.close();
            }
            return new DicomFile(parsed, source, encapsulated, limits);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The file meta information (group 0002). */
    public DataSet fileMetaInformation() {
        return fileMetaInformation;
    }

    public TransferSyntax transferSyntax() {
        return transferSyntax;
    }

    /**
     * The data set. Its Pixel Data element, when there is one, is {@link DicomElement#isBulkData() bulk data}:
     * read frames with {@link #frame}.
     */
    public DataSet dataSet() {
        return dataSet;
    }

    public boolean hasPixelData() {
        return pixelData != null;
    }

    /** The Image Pixel module of the data set. */
    public PixelDescription pixelDescription() throws InvalidPixelDataException {
        if (description == null) {
            description = PixelDescriptions.of(dataSet);
        }
        return description;
    }

    /** Frames in Pixel Data (0 without Pixel Data). */
    public int numberOfFrames() throws InvalidPixelDataException {
        return pixelData == null ? 0 : pixelDescription().numberOfFrames();
    }

    /**
     * Reads frame {@code index} (from 0).
     *
     * @throws InvalidPixelDataException when Pixel Data does not hold that frame
     */
    public byte[] frame(int index) throws IOException {
        int frames = numberOfFrames();
        if (index < 0 || index >= frames) {
            throw new IndexOutOfBoundsException("frame " + index + " of " + frames);
        }
        return encapsulated != null ? encapsulatedFrame(index) : nativeFrame(index);
    }

    /** Bytes {@link #frame} returns for frame {@code index}, found without reading the frame. */
    public long frameLength(int index) throws IOException {
        int frames = numberOfFrames();
        if (index < 0 || index >= frames) {
            throw new IndexOutOfBoundsException("frame " + index + " of " + frames);
        }
        if (encapsulated == null) {
            return nativeLayout().frameLength();
        }
        FrameFragments map = frameFragments();
        long total = 0;
        for (int f = map.first(index); f < map.end(index); f++) {
            total += encapsulated.fragments().length(f);
        }
        return total;
    }

    /** The frames as {@link DicomWriter} takes them, each read when it is written. */
    public Frames frames() throws IOException {
        int count = numberOfFrames();
        return new Frames() {
            @Override
            public int count() {
                return count;
            }

            @Override
            public long length(int index) throws IOException {
                return frameLength(index);
            }

            @Override
            public byte[] frame(int index) throws IOException {
                return DicomFile.this.frame(index);
            }
        };
    }

    private NativeFrameLayout nativeLayout() throws IOException {
        if (nativeLayout == null) {
            nativeLayout = new NativeFrameLayout(pixelDescription(), pixelData.length(), pixelData.vr(),
                    transferSyntax.bigEndian(), limits.maxFrameLength());
        }
        return nativeLayout;
    }

    private FrameFragments frameFragments() throws IOException {
        if (frameFragments == null) {
            FragmentTable fragments = encapsulated.fragments();
            long[] offsets = OffsetTables.frameOffsets(dataSet, encapsulated.basicOffsetTable());
            frameFragments = FrameFragments.map(numberOfFrames(), fragments, offsets, (fragment, prefix) -> {
                int length = (int) Math.min(prefix.length, fragments.length(fragment));
                source.readFully(fragments.position(fragment), prefix, 0, length);
                return length;
            });
        }
        return frameFragments;
    }

    private byte[] nativeFrame(int index) throws IOException {
        NativeFrameLayout layout = nativeLayout();
        long start = layout.sourceStart(index);
        byte[] bytes = new byte[(int) (layout.sourceEnd(index) - start)];
        source.readFully(pixelData.valuePosition() + start, bytes, 0, bytes.length);
        return layout.normalize(index, bytes);
    }

    private byte[] encapsulatedFrame(int index) throws IOException {
        FragmentTable fragments = encapsulated.fragments();
        FrameFragments map = frameFragments();
        long total = frameLength(index);
        if (total > limits.maxFrameLength()) {
            throw new LimitExceededException("DICOM frame " + index + " of " + total + " bytes exceeds the limit of "
                    + limits.maxFrameLength() + " bytes");
        }
        byte[] frame = new byte[(int) total];
        int at = 0;
        for (int f = map.first(index); f < map.end(index); f++) {
            int length = (int) fragments.length(f);
            source.readFully(fragments.position(f), frame, at, length);
            at += length;
        }
        return frame;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
