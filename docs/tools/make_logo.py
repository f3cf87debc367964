#!/usr/bin/env python3
"""Draws the placeholder firm logo: a navy square with three rising amber bars (plain geometry, no third-party art).
Usage: python3 make_logo.py OUT.png"""
import struct, sys, zlib

SIZE = 96
NAVY, AMBER, WHITE = (33, 75, 130), (217, 140, 12), (255, 255, 255)

def pixel(x, y):
    r = 14  # rounded corners
    for cx, cy in ((r, r), (SIZE - 1 - r, r), (r, SIZE - 1 - r), (SIZE - 1 - r, SIZE - 1 - r)):
        if (x < r or x > SIZE - 1 - r) and (y < r or y > SIZE - 1 - r):
            if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
                return (0, 0, 0, 0)
    for i, h in enumerate((22, 38, 56)):
        left = 18 + i * 22
        if left <= x < left + 14 and SIZE - 18 - h <= y < SIZE - 18:
            return AMBER + (255,)
    if abs((SIZE - 1 - y) - x) <= 2 and 12 < x < SIZE - 12:
        return WHITE + (255,)
    return NAVY + (255,)

rows = b"".join(b"\x00" + bytes(c for x in range(SIZE) for c in pixel(x, y)) for y in range(SIZE))

def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))
open(sys.argv[1], "wb").write(png)
