"""Prints what pydicom reads from files, one JSON line per file: a few values a reader must get right."""
import json
import sys

import pydicom
from pydicom.encaps import generate_pixel_data_frame


def summary(path):
    ds = pydicom.dcmread(path)
    result = {
        "transferSyntax": str(ds.file_meta.TransferSyntaxUID),
        "implementationClass": str(ds.file_meta.ImplementationClassUID),
        "mediaStorageInstance": str(ds.file_meta.MediaStorageSOPInstanceUID),
        "elements": len(ds),
        "sopInstance": str(ds.get("SOPInstanceUID", "")),
        "patientName": str(ds.get("PatientName", "")),
    }
    if "PixelData" in ds:
        try:
            frames = int(getattr(ds, "NumberOfFrames", 1) or 1)
        except ValueError:  # badVR.dcm holds "1A"
            frames = 1
        if ds.file_meta.TransferSyntaxUID.is_compressed:
            result["frameLengths"] = [len(f) for f in generate_pixel_data_frame(ds.PixelData, frames)]
        else:
            result["pixelDataLength"] = len(ds.PixelData)
    return result


for path in sys.argv[1:]:
    print(json.dumps(summary(path)))
