"""What the test helpers share: the sample values of a native DICOM image, and writing encapsulated frames."""
import numpy as np
from pydicom.encaps import encapsulate
from pydicom.uid import UID

import htj2k_uids  # noqa: F401  (registers the HTJ2K transfer syntaxes)


def sample_values(ds):
    """The samples of every frame as (frames, rows, columns, samples) int64: each cell cut to Bits Stored below
    High Bit, sign-extended when Pixel Representation is 1. pydicom expands YBR_FULL_422 pixel pairs."""
    frames = int(ds.get('NumberOfFrames', 1) or 1)
    arr = ds.pixel_array.reshape((frames, int(ds.Rows), int(ds.Columns), int(ds.SamplesPerPixel)))
    stored = int(ds.BitsStored)
    cells = arr.astype(np.int64) & ((1 << int(ds.BitsAllocated)) - 1)
    values = (cells >> (int(ds.HighBit) + 1 - stored)) & ((1 << stored) - 1)
    if int(ds.PixelRepresentation) == 1:
        values = np.where(values >= (1 << (stored - 1)), values - (1 << stored), values)
    return values


def save_encapsulated(ds, uid, codestreams, out):
    """Writes ds with one fragment per frame under transfer syntax uid."""
    ds.file_meta.TransferSyntaxUID = UID(uid)
    ds.PixelData = encapsulate(codestreams)
    ds['PixelData'].VR = 'OB'
    ds['PixelData'].is_undefined_length = True
    ds.save_as(out, write_like_original=False)
