#!/usr/bin/env python3
"""Draws RoleBot's Teams icons with the standard library only: color.png (192x192, full colour) and
outline.png (32x32, white on transparent), the sizes the Teams manifest requires."""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ACCENT = (0x44, 0x64, 0xEE)


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(struct.pack("4B", *pixel(x, y)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(rows, 9)))
        f.write(chunk(b"IEND", b""))


def bubble(x, y, size):
    """A speech bubble (circle plus tail) with two 'quote' dots: 0 outside, 1 bubble, 2 dot."""
    c, r = size * 0.5, size * 0.36
    d = math.hypot(x - c, y - c * 0.95)
    tail = y > c * 1.2 and x < c * 0.9 and (y - c * 1.2) < (c * 0.9 - x) * 0.9 and y < size * 0.86 and x > size * 0.2
    if d <= r or tail:
        for dx in (-0.14, 0.14):
            if math.hypot(x - (c + dx * size), y - c * 0.95) <= size * 0.07:
                return 2
        return 1
    return 0


def color(x, y):
    kind = bubble(x, y, 192)
    if kind == 1:
        return (255, 255, 255, 255)
    return (*ACCENT, 255)


def outline(x, y):
    # White ring of the bubble on transparent: inside minus a shrunken inside.
    inner = bubble(16 + (x - 16) * 1.25, 16 + (y - 16) * 1.25, 32)
    return (255, 255, 255, 255) if bubble(x, y, 32) and not inner else (0, 0, 0, 0)


png(os.path.join(HERE, "color.png"), 192, color)
png(os.path.join(HERE, "outline.png"), 32, outline)
print("wrote color.png (192x192) and outline.png (32x32)")
