#!/usr/bin/env python3
"""Watches an X display for the first top-level window whose name contains NAME, and prints, as CLOCK_MONOTONIC
nanoseconds (the clock of Java's System.nanoTime on Linux), when it is mapped and when its first frame is drawn:
the first time its pixels are not all one colour. Only libX11, through ctypes: no package to install.

Usage: DISPLAY=:N window_watch.py NAME TIMEOUT_SECONDS
Prints "ready" once it listens, then "mapped NS" and "drawn NS", or "timeout".
"""
import ctypes
import ctypes.util
import select
import sys
import time

SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
MAP_NOTIFY = 19
Z_PIXMAP = 2
ALL_PLANES = ctypes.c_ulong(-1 % (1 << (8 * ctypes.sizeof(ctypes.c_ulong))))
POLL_SECONDS = 0.005


class XMapEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                ("override_redirect", ctypes.c_int)]


class XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", XMapEvent), ("pad", ctypes.c_long * 24)]


class XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", ctypes.c_ulong), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
                ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
                ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


class XTextProperty(ctypes.Structure):
    _fields_ = [("value", ctypes.c_void_p), ("encoding", ctypes.c_ulong), ("format", ctypes.c_int),
                ("nitems", ctypes.c_ulong)]


class XImage(ctypes.Structure):
    # Only the leading fields are read; the image is freed by XDestroyImage, which knows the rest.
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int),
                ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int)]


ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def main():
    name = sys.argv[1].encode()
    deadline = time.monotonic() + float(sys.argv[2])
    x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XDefaultRootWindow.restype = ctypes.c_ulong
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x.XGetImage.restype = ctypes.POINTER(XImage)
    x.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                            ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
    x.XGetWMName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(XTextProperty)]
    x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(XWindowAttributes)]
    x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    x.XPending.argtypes = [ctypes.c_void_p]
    x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(XEvent)]
    x.XDestroyImage.argtypes = [ctypes.POINTER(XImage)]
    x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x.XConnectionNumber.argtypes = [ctypes.c_void_p]
    x.XSetErrorHandler.argtypes = [ERROR_HANDLER]
    # The window may vanish at any moment (the program quits): errors are ignored, not fatal.
    ignore = ERROR_HANDLER(lambda display, error: 0)
    x.XSetErrorHandler(ignore)

    display = x.XOpenDisplay(None)
    if not display:
        print("no display", flush=True)
        return 1
    x.XSelectInput(display, x.XDefaultRootWindow(display), SUBSTRUCTURE_NOTIFY_MASK)
    x.XSync(display, 0)
    print("ready", flush=True)

    window, mapped_at = wait_for_map(x, display, name, deadline)
    if window is None:
        print("timeout", flush=True)
        return 2
    print("mapped %d" % mapped_at, flush=True)
    while time.monotonic() < deadline:
        if drawn(x, display, window):
            print("drawn %d" % time.monotonic_ns(), flush=True)
            return 0
        time.sleep(POLL_SECONDS)
    print("timeout", flush=True)
    return 2


def wait_for_map(x, display, name, deadline):
    """The first window mapped whose name has NAME, and when it was mapped. A window may be named only just
    after it is mapped, so each mapped window's name is looked at again until one matches."""
    event = XEvent()
    fd = x.XConnectionNumber(display)
    mapped = []
    while time.monotonic() < deadline:
        while x.XPending(display):
            x.XNextEvent(display, ctypes.byref(event))
            if event.type == MAP_NOTIFY and not event.xmap.override_redirect:
                mapped.append((event.xmap.window, time.monotonic_ns()))
        for window, at in mapped:
            if name in window_name(x, display, window):
                return window, at
        select.select([fd], [], [], POLL_SECONDS)
    return None, None


def window_name(x, display, window):
    """The raw bytes of WM_NAME, whatever its encoding: ASCII stays ASCII in all of them."""
    text = XTextProperty()
    if x.XGetWMName(display, window, ctypes.byref(text)) and text.value:
        return ctypes.string_at(text.value, text.nitems)
    return b""


def drawn(x, display, window):
    attributes = XWindowAttributes()
    if not x.XGetWindowAttributes(display, window, ctypes.byref(attributes)) or attributes.width < 2:
        return False
    image = x.XGetImage(display, window, 0, 0, attributes.width, attributes.height, ALL_PLANES, Z_PIXMAP)
    if not image:
        return False
    try:
        pixel_bytes = image.contents.bits_per_pixel // 8
        size = image.contents.bytes_per_line * image.contents.height
        data = ctypes.string_at(image.contents.data, size)
        return data != data[:pixel_bytes] * (size // pixel_bytes)
    finally:
        x.XDestroyImage(image)


if __name__ == "__main__":
    sys.exit(main())
