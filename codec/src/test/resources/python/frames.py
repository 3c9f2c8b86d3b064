"""Prints the frames pydicom finds in a DICOM file, one line of hex per frame.

native:        ds.pixel_array, samples as little-endian bytes in the stored order (colour-by-plane images
               planar again), bit-packed images one byte per pixel
encapsulated:  pydicom.encaps.generate_pixel_data_frame, each frame's fragments concatenated
"""
import sys

import numpy
import pydicom
from pydicom.encaps import generate_pixel_data_frame

mode, path = sys.argv[1], sys.argv[2]
ds = pydicom.dcmread(path)
frames = int(getattr(ds, "NumberOfFrames", 1) or 1)
if mode == "encapsulated":
    for frame in generate_pixel_data_frame(ds.PixelData, frames):
        print(frame.hex())
else:
    array = ds.pixel_array
    if frames == 1:
        array = array[numpy.newaxis, ...]
    for frame in array:
        if getattr(ds, "PlanarConfiguration", 0) == 1 and ds.SamplesPerPixel > 1:
            frame = frame.transpose(2, 0, 1)
        if ds.BitsAllocated == 1:
            print(frame.astype(numpy.uint8).tobytes().hex())
        else:
            print(frame.astype(frame.dtype.newbyteorder("<")).tobytes().hex())
