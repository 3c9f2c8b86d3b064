package io.healthimaging.codec.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthimaging.codec.dicom.io.DicomFile;
import io.healthimaging.codec.metadata.ImageSetMetadataBuilder;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code json FILE [DATASTORE_ID IMAGE_SET_ID]}: the metadata document of an image set holding only this
 * instance. Its {@code ImageFrames} stay empty: frame IDs and checksums come from the import.
 */
final class JsonCommand implements Command {
    private static final String NO_ID = "00000000000000000000000000000000";

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String usage() {
        return "FILE [DATASTORE_ID IMAGE_SET_ID]   the image set metadata document of this one instance";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
        if (arguments.size() != 1 && arguments.size() != 3) {
            throw new IllegalArgumentException("expects a file, and optionally a data store and image set ID");
        }
        String datastoreId = arguments.size() == 3 ? arguments.get(1) : NO_ID;
        String imageSetId = arguments.size() == 3 ? arguments.get(2) : NO_ID;
        try (DicomFile file = DicomFile.open(Path.of(arguments.get(0)))) {
            ImageSetMetadataBuilder builder = new ImageSetMetadataBuilder(datastoreId, imageSetId)
                    .addInstance(file.fileMetaInformation(), file.dataSet(),
                            ImageSetMetadataBuilder.HTJ2K_LOSSLESS_RPCL, List.of());
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(builder.build()));
        }
        return 0;
    }
}
