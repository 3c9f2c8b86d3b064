"""Writes a multi-frame Bits Allocated 1 image whose frames do not start on byte boundaries.

3 frames of 3 x 5 pixels (15 bits each) in Explicit VR Little Endian, pixel values from a fixed pattern.
"""
import sys

import numpy
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.pixel_data_handlers.numpy_handler import pack_bits
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

path = sys.argv[1]
frames = numpy.array([[(f * 7 + i * 3) % 5 < 2 for i in range(15)] for f in range(3)], dtype=numpy.uint8)
meta = FileMetaDataset()
meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
meta.MediaStorageSOPInstanceUID = generate_uid()
meta.TransferSyntaxUID = ExplicitVRLittleEndian
ds = Dataset()
ds.file_meta = meta
ds.is_little_endian = True
ds.is_implicit_VR = False
ds.SOPClassUID = meta.MediaStorageSOPClassUID
ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
ds.Rows, ds.Columns = 3, 5
ds.NumberOfFrames = 3
ds.SamplesPerPixel = 1
ds.PhotometricInterpretation = "MONOCHROME2"
ds.BitsAllocated, ds.BitsStored, ds.HighBit = 1, 1, 0
ds.PixelRepresentation = 0
ds.PixelData = pack_bits(frames.reshape(-1))
ds.save_as(path, write_like_original=False)
