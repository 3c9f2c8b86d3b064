"""Prints the Pixel Data value of a native little-endian file as hex, without its even-length padding."""
import sys

import pydicom

ds = pydicom.dcmread(sys.argv[1])
rows, columns = ds.Rows, ds.Columns
samples = 2 if ds.PhotometricInterpretation.endswith("_422") else ds.SamplesPerPixel
length = rows * columns * samples * ds.BitsAllocated // 8 * int(getattr(ds, "NumberOfFrames", 1) or 1)
print(ds.PixelData[:length].hex())
