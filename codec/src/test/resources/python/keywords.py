"""Prints the PS3.6 keyword pydicom's dictionary gives each public top-level attribute of a file (meta included),
one "TAG KEYWORD" line each."""
import sys

import pydicom
from pydicom.datadict import keyword_for_tag

ds = pydicom.dcmread(sys.argv[1])
for element in list(ds.file_meta) + list(ds):
    if element.tag.group % 2 == 0 and element.tag.element != 0 or element.tag.group == 2:
        print("%08X %s" % (element.tag, keyword_for_tag(element.tag)))
