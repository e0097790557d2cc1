#!/usr/bin/env python3
"""Generate the stand-in press photos for stories/erqi-2018-12/.

The seed page had four photos that are known only by their captions. This script paints
four photographic-looking scenes that evoke those captions, so that the page can be set
with pictures of a realistic size, tone and texture. They are illustrations, not the
original photographs, and the stories credit them as 示意图.

    python tools/make_sample_photos.py [--out DIR] [--only NAME.jpg]

Pillow and the standard library only. Deterministic: every random choice comes from a
seeded random.Random, so each run writes the same bytes (for a given Pillow/libjpeg).

Each image is 1600 x 1067 px (3:2), RGB, JPEG quality 88, 300 ppi in the JFIF header and
no EXIF: at 300 ppi that is 5.33 x 3.56 in, enough for a 3-column (369 pt) placement.
"""

import argparse
import math
import os
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

W, H = 1600, 1067          # output size in pixels
SS = 2                     # supersampling: scenes are drawn at 2x, then reduced
DPI = 300
QUALITY = 88

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, os.pardir, "stories", "erqi-2018-12",
                                            "photos"))


# --------------------------------------------------------------------------------------
# colour and image helpers
# --------------------------------------------------------------------------------------

def rgba(c, a=255):
    return (c[0], c[1], c[2], a) if len(c) == 3 else tuple(c)


def mix(c1, c2, t):
    return tuple(int(round(a + (b - a) * t)) for a, b in zip(c1, c2))


def jitter(rng, c, amount):
    return tuple(max(0, min(255, int(v + rng.uniform(-amount, amount)))) for v in c)


def noise_image(rng, w, h):
    """Uniform white noise as an L image (deterministic for a seeded rng)."""
    return Image.frombytes("L", (w, h), rng.randbytes(w * h))


def smooth_noise(rng, w, h, cell):
    """Value noise: random values on a grid of `cell` px, smoothly interpolated."""
    sw, sh = max(2, int(w / cell) + 3), max(2, int(h / cell) + 3)
    small = noise_image(rng, sw, sh).filter(ImageFilter.BoxBlur(0.5))
    small = small.point(lambda v: max(0, min(255, int(128 + (v - 128) * 1.6))))
    return small.resize((w, h), Image.Resampling.BICUBIC)


def grad_l(w, h, horizontal=False, lo=0, hi=255):
    g = Image.linear_gradient("L")
    if horizontal:
        g = g.transpose(Image.Transpose.ROTATE_90)
    g = g.resize((max(1, w), max(1, h)), Image.Resampling.BILINEAR)
    if (lo, hi) != (0, 255):
        g = g.point(lambda v: int(lo + (hi - lo) * v / 255))
    return g


def blit(dst, src, x, y):
    """alpha_composite src onto dst at integer (x, y), clipping at the borders."""
    x, y = int(round(x)), int(round(y))
    sx0, sy0 = max(0, -x), max(0, -y)
    sx1 = min(src.width, dst.width - x)
    sy1 = min(src.height, dst.height - y)
    if sx1 <= sx0 or sy1 <= sy0:
        return
    part = src.crop((sx0, sy0, sx1, sy1)) if (sx0, sy0, sx1, sy1) != (0, 0) + src.size \
        else src
    dst.alpha_composite(part, (x + sx0, y + sy0))


class Layer:
    """A transparent RGBA layer the size of the picture, drawn in output-pixel units
    (each call scales by SS). Drawing primitives replace pixels; use the *_over helpers
    or a separate layer for translucent paint over existing content."""

    def __init__(self, fill=(0, 0, 0, 0)):
        self.im = Image.new("RGBA", (W * SS, H * SS), fill)
        self.d = ImageDraw.Draw(self.im)

    def _reset(self, im):
        self.im = im
        self.d = ImageDraw.Draw(self.im)
        return self

    @staticmethod
    def t(pts):
        return [(x * SS, y * SS) for x, y in pts]

    def poly(self, pts, fill):
        self.d.polygon(self.t(pts), fill=rgba(fill))

    def rect(self, x0, y0, x1, y1, fill):
        self.d.rectangle([x0 * SS, y0 * SS, x1 * SS - 1, y1 * SS - 1], fill=rgba(fill))

    def ellipse(self, cx, cy, rx, ry, fill, outline=None, width=1.0):
        self.d.ellipse([(cx - rx) * SS, (cy - ry) * SS, (cx + rx) * SS, (cy + ry) * SS],
                       fill=rgba(fill) if fill else None,
                       outline=rgba(outline) if outline else None,
                       width=max(1, int(round(width * SS))))

    def chord(self, cx, cy, rx, ry, a0, a1, fill):
        self.d.chord([(cx - rx) * SS, (cy - ry) * SS, (cx + rx) * SS, (cy + ry) * SS],
                     a0, a1, fill=rgba(fill))

    def line(self, pts, fill, width):
        self.d.line(self.t(pts), fill=rgba(fill), width=max(1, int(round(width * SS))),
                    joint="curve")

    def rounded(self, x0, y0, x1, y1, r, fill):
        self.d.rounded_rectangle([x0 * SS, y0 * SS, x1 * SS, y1 * SS], radius=r * SS,
                                 fill=rgba(fill))

    def gpoly(self, pts, c1, c2, horizontal=False):
        """Polygon filled with a linear gradient c1 -> c2 (top->bottom or left->right),
        composited over what is there (so translucent gradients shade)."""
        sp = self.t(pts)
        x0 = int(math.floor(min(p[0] for p in sp)))
        y0 = int(math.floor(min(p[1] for p in sp)))
        x1 = int(math.ceil(max(p[0] for p in sp))) + 1
        y1 = int(math.ceil(max(p[1] for p in sp))) + 1
        w, h = x1 - x0, y1 - y0
        if w <= 0 or h <= 0:
            return
        g = grad_l(w, h, horizontal)
        fill = Image.composite(Image.new("RGBA", (w, h), rgba(c2)),
                               Image.new("RGBA", (w, h), rgba(c1)), g)
        mask = Image.new("L", (w, h), 0)
        ImageDraw.Draw(mask).polygon([(x - x0, y - y0) for x, y in sp], fill=255)
        fill.putalpha(ImageChops.multiply(fill.getchannel("A"), mask))
        blit(self.im, fill, x0, y0)

    def grect(self, x0, y0, x1, y1, c1, c2, horizontal=False):
        self.gpoly([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], c1, c2, horizontal)

    def over(self, other):
        self.im.alpha_composite(other.im)
        return self

    def blurred(self, radius):
        """Gaussian blur in premultiplied alpha (no dark fringes); radius in output px."""
        if radius > 0:
            im = self.im.convert("RGBa").filter(ImageFilter.GaussianBlur(radius * SS))
            self._reset(im.convert("RGBA"))
        return self

    def hazed(self, colour, amount):
        """Blend the layer's colours toward a haze colour (aerial perspective)."""
        a = self.im.getchannel("A")
        rgb = Image.blend(self.im.convert("RGB"), Image.new("RGB", self.im.size, colour),
                          amount)
        rgb.putalpha(a)
        return self._reset(rgb)


def multiply_region(layer, box, lmap):
    """Multiply the RGB of layer inside box (output px) by the L image lmap (255 = 1.0)."""
    bx = [int(round(v * SS)) for v in box]
    bx = [max(0, bx[0]), max(0, bx[1]), min(W * SS, bx[2]), min(H * SS, bx[3])]
    w, h = bx[2] - bx[0], bx[3] - bx[1]
    if w <= 0 or h <= 0:
        return
    region = layer.im.crop(bx)
    a = region.getchannel("A")
    if lmap.size != (w, h):
        lmap = lmap.resize((w, h), Image.Resampling.BILINEAR)
    rgb = ImageChops.multiply(region.convert("RGB"), Image.merge("RGB", (lmap,) * 3))
    rgb.putalpha(a)
    layer.im.paste(rgb, bx[:2])


def texture(layer, rng, cell, lo, hi, box=(0, 0, W, H)):
    """Multiply a blotchy value-noise texture (values lo..hi of 255) into the layer."""
    w, h = int((box[2] - box[0]) * SS), int((box[3] - box[1]) * SS)
    if w <= 0 or h <= 0:
        return
    m = smooth_noise(rng, w, h, cell * SS).point(lambda v: int(lo + (hi - lo) * v / 255))
    multiply_region(layer, box, m)


def light(layer, box, lr=(1.0, 0.72), tb=(1.0, 0.86), cyl=False):
    """Soft directional light inside box: left->right and top->bottom falloff.
    cyl=True uses a rounded profile (brightest left of centre, darker at both edges)."""
    w = max(1, int((box[2] - box[0]) * SS))
    h = max(1, int((box[3] - box[1]) * SS))
    if cyl:
        lo, hi = lr[1], lr[0]
        row = [int(255 * min(1.0, lo + (hi - lo) * max(0.0, math.cos(math.pi * (i / w - 0.36)))))
               for i in range(w)]
        gh = Image.new("L", (w, 1))
        gh.putdata(row)
        gh = gh.resize((w, h))
    else:
        gh = grad_l(w, h, True, int(255 * lr[0]), int(255 * lr[1]))
    gv = grad_l(w, h, False, int(255 * tb[0]), int(255 * tb[1]))
    multiply_region(layer, box, ImageChops.multiply(gh, gv))


def soft_shadow(layer, cx, cy, rx, ry, alpha=120, blur=None):
    """A blurred contact shadow composited onto the layer."""
    blur = blur if blur is not None else max(1.0, ry * 0.6)
    pad = int((blur * 3 + 2) * SS)
    w, h = int(2 * rx * SS) + 2 * pad, int(2 * ry * SS) + 2 * pad
    sh = Image.new("RGBA", (w, h), (20, 18, 16, 0))
    m = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m).ellipse([pad, pad, w - pad, h - pad], fill=alpha)
    sh.putalpha(m.filter(ImageFilter.GaussianBlur(blur * SS)))
    blit(layer.im, sh, cx * SS - w / 2, cy * SS - h / 2)


def compose(base, *layers):
    out = base
    for ly in layers:
        out = Image.alpha_composite(out, ly.im)
    return out


class Cam:
    """Pinhole camera over a ground plane: X to the right, Y up, Z away (metres)."""

    def __init__(self, f, vx, hy, height):
        self.f, self.vx, self.hy, self.h = f, vx, hy, height

    def p(self, X, Z, Y=0.0):
        return (self.vx + self.f * X / Z, self.hy + self.f * (self.h - Y) / Z)

    def s(self, size, Z):
        return self.f * size / Z


class Plane:
    """A vertical plane through ground point (X0, Z0) running in direction angle `ang`
    (radians from +Z toward +X). Local coords: u along the plane, v up, w out of it."""

    def __init__(self, cam, X0, Z0, ang):
        self.cam = cam
        self.X0, self.Z0 = X0, Z0
        self.dx, self.dz = math.sin(ang), math.cos(ang)
        # normal pointing toward the camera side
        nx, nz = self.dz, -self.dx
        if nx * (0 - X0) + nz * (0 - Z0) < 0:
            nx, nz = -nx, -nz
        self.nx, self.nz = nx, nz

    def xyz(self, u, v, w=0.0):
        return (self.X0 + u * self.dx + w * self.nx, self.Z0 + u * self.dz + w * self.nz, v)

    def p(self, u, v, w=0.0):
        X, Z, Y = self.xyz(u, v, w)
        return self.cam.p(X, Z, Y)

    def z(self, u, w=0.0):
        return self.xyz(u, 0, w)[1]

    def quad(self, u0, v0, u1, v1, w=0.0):
        return [self.p(u0, v0, w), self.p(u1, v0, w), self.p(u1, v1, w), self.p(u0, v1, w)]


# --------------------------------------------------------------------------------------
# vegetation
# --------------------------------------------------------------------------------------

def crown(layer, rng, cx, cy, rx, ry, lit, dark, leaf=2.5, lumps=34, sparse=0.0):
    """A leafy tree crown: lumpy silhouette, ragged leafy edge, clumped light."""
    pad = 1.2
    w, h = int(2 * rx * pad * SS) + 4, int(2 * ry * pad * SS) + 4
    if w < 6 or h < 6:
        return
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    for _ in range(lumps):
        a = rng.uniform(0, 2 * math.pi)
        r = math.sqrt(rng.random()) * 0.72
        bx, by = w / 2 + math.cos(a) * r * rx * SS, h / 2 + math.sin(a) * r * ry * SS
        br = rng.uniform(0.2, 0.38) * rx * SS
        d.ellipse([bx - br, by - br * 0.85, bx + br, by + br * 0.85], fill=255)
    m = m.filter(ImageFilter.GaussianBlur(rx * SS * 0.07))
    leafn = smooth_noise(rng, w, h, max(2.0, leaf * SS))
    comb = ImageChops.add(m, leafn, scale=1.0, offset=-128 - int(sparse * 90))
    mask = comb.point(lambda v: 255 if v > 140 else 0).filter(ImageFilter.GaussianBlur(0.5 * SS))
    # light: from the upper left, broken into clumps, with leaf-scale flicker
    gl = ImageChops.multiply(grad_l(w, h, False, 255, 90), grad_l(w, h, True, 255, 150))
    clump = smooth_noise(rng, w, h, rx * SS * 0.35)
    lm = Image.blend(Image.blend(gl, clump, 0.35), leafn, 0.25)
    col = Image.composite(Image.new("RGBA", (w, h), rgba(lit)),
                          Image.new("RGBA", (w, h), rgba(dark)), lm)
    col.putalpha(mask)
    blit(layer.im, col, cx * SS - w / 2, cy * SS - h / 2)


def tree(layer, rng, x, yg, trunk_h, trunk_w, crown_r, lit, dark, leaf=2.5, sparse=0.0):
    """A street tree (plane tree style): tapered mottled trunk, limbs, a lumpy crown."""
    bark = (88, 80, 70)
    layer.poly([(x - trunk_w, yg), (x + trunk_w, yg), (x + trunk_w * 0.6, yg - trunk_h),
                (x - trunk_w * 0.6, yg - trunk_h)], bark)
    for _ in range(8):
        py = yg - rng.uniform(0.1, 0.95) * trunk_h
        layer.ellipse(x + rng.uniform(-0.35, 0.35) * trunk_w, py, trunk_w * 0.3,
                      trunk_h * 0.05, (156, 148, 126))
    light(layer, (x - trunk_w, yg - trunk_h, x + trunk_w, yg), (1.0, 0.55), (1.0, 1.0))
    cy = yg - trunk_h - crown_r * 0.55
    for _ in range(5):
        a = rng.uniform(-2.5, -0.6)
        layer.line([(x, yg - trunk_h * 0.95),
                    (x + math.cos(a) * crown_r * 0.85, cy + math.sin(a) * crown_r * 0.55)],
                   bark, max(1.0, trunk_w * 0.45))
    crown(layer, rng, x, cy, crown_r * 1.1, crown_r * 0.85, lit, dark, leaf, sparse=sparse)


def hedge(layer, rng, pts_top, pts_bottom, lit, dark, leaf=2.0):
    """A clipped hedge: polygon with leafy texture."""
    poly = pts_top + pts_bottom[::-1]
    layer.poly(poly, mix(lit, dark, 0.5))
    xs = [p[0] for p in poly]
    ys = [p[1] for p in poly]
    box = (min(xs), min(ys), max(xs), max(ys))
    texture(layer, rng, leaf, 150, 255, box)
    light(layer, box, (1.0, 0.9), (1.05, 0.7))


# --------------------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------------------

SKINS = [(222, 180, 150), (208, 164, 132), (196, 150, 118), (226, 188, 160), (186, 140, 110)]
HAIRS = [(22, 20, 20), (30, 26, 24), (40, 34, 30), (58, 50, 46), (120, 116, 112),
         (160, 156, 150)]
COATS = [(30, 32, 40), (46, 44, 48), (70, 62, 56), (24, 38, 66), (92, 30, 34), (60, 68, 74),
         (118, 100, 80), (150, 148, 142), (36, 52, 44), (180, 170, 150), (28, 28, 30)]
PANTS = [(26, 26, 30), (34, 36, 46), (48, 46, 44), (60, 58, 60), (30, 40, 62)]


def figure(ly, x, y, h, rng, coat=None, pants=None, skin=None, hair=None,
           hands=("down", "down"), back=False, long_coat=False, vest=None, cap=None,
           stripes=None, width=1.0, lit=True):
    """A standing person, feet at (x, y), height h px. hands: 'down' or (hx, hy) targets
    in output px. Shapes are simple; light, blur and grain make them read as people."""
    coat = coat or rng.choice(COATS)
    pants = pants or rng.choice(PANTS)
    skin = skin or rng.choice(SKINS)
    hair = hair or rng.choice(HAIRS)
    u = h
    sw = 0.125 * u * width          # half shoulder width
    hw = 0.100 * u * width          # half hip width
    y_sh = y - 0.815 * u
    y_hip = y - 0.50 * u
    y_hem = y - (0.30 if long_coat else 0.45) * u
    shoe = (22, 20, 20)
    for sgn in (-1, 1):                                                   # legs, shoes
        ly.poly([(x + sgn * 0.006 * u, y_hip), (x + sgn * 0.094 * u * width, y_hip),
                 (x + sgn * 0.074 * u, y - 0.02 * u), (x + sgn * 0.022 * u, y - 0.02 * u)],
                pants if sgn < 0 else mix(pants, (0, 0, 0), 0.12))
        ly.ellipse(x + sgn * 0.05 * u, y - 0.014 * u, 0.043 * u, 0.019 * u, shoe)
        if stripes:
            yy = y - 0.16 * u
            ly.poly([(x + sgn * 0.013 * u, yy), (x + sgn * 0.081 * u, yy),
                     (x + sgn * 0.080 * u, yy + 0.02 * u), (x + sgn * 0.015 * u, yy + 0.02 * u)],
                    stripes)
    ly.rect(x - 0.027 * u, y_sh - 0.05 * u, x + 0.027 * u, y_sh + 0.01 * u,
            mix(skin, (0, 0, 0), 0.25))                                     # neck
    arm_w = 0.06 * u * width

    def arm(sgn, target, front):
        sx, sy = x + sgn * (sw - 0.025 * u), y_sh + 0.035 * u
        if target == "down":
            ex, ey = x + sgn * (sw + 0.018 * u), y - 0.63 * u
            hx, hy = x + sgn * (sw + 0.006 * u), y - 0.47 * u
        else:
            hx, hy = target
            ex = sx + (hx - sx) * 0.4 + sgn * 0.04 * u
            ey = max(sy + 0.18 * u, (sy + hy) / 2 + 0.09 * u)
        if (target == "down") == front:
            return
        ly.line([(sx, sy), (ex, ey), (hx, hy)], mix(coat, (0, 0, 0), 0.06), arm_w)
        ly.ellipse(hx, hy + 0.008 * u, 0.027 * u, 0.033 * u, skin)

    for sgn, tg in zip((-1, 1), hands):
        arm(sgn, tg, front=False)
    torso = [(x - 0.035 * u, y_sh - 0.012 * u), (x - sw + 0.03 * u, y_sh),
             (x - sw, y_sh + 0.05 * u), (x - hw - 0.012 * u, y_hem),
             (x + hw + 0.012 * u, y_hem), (x + sw, y_sh + 0.05 * u),
             (x + sw - 0.03 * u, y_sh), (x + 0.035 * u, y_sh - 0.012 * u)]
    ly.poly(torso, coat)
    for sgn in (-1, 1):
        ly.ellipse(x + sgn * (sw - 0.035 * u), y_sh + 0.035 * u, 0.04 * u, 0.04 * u, coat)
    if not back:
        ly.poly([(x - 0.03 * u, y_sh - 0.008 * u), (x + 0.03 * u, y_sh - 0.008 * u),
                 (x, y_sh + 0.07 * u)], mix(coat, (235, 232, 225), 0.55))
        ly.line([(x + 0.004 * u, y_sh + 0.07 * u), (x + 0.004 * u, y_hem)],
                mix(coat, (0, 0, 0), 0.35), 0.006 * u)
    else:
        ly.line([(x, y_sh + 0.02 * u), (x, y_hem)], mix(coat, (0, 0, 0), 0.15), 0.004 * u)
    if vest:
        ly.poly([(x - 0.06 * u, y_sh - 0.005 * u), (x - sw + 0.045 * u, y_sh + 0.01 * u),
                 (x - sw + 0.04 * u, y_sh + 0.12 * u), (x - hw, y - 0.47 * u),
                 (x + hw, y - 0.47 * u), (x + sw - 0.04 * u, y_sh + 0.12 * u),
                 (x + sw - 0.045 * u, y_sh + 0.01 * u), (x + 0.06 * u, y_sh - 0.005 * u)],
                vest)
        if not back:
            ly.poly([(x - 0.03 * u, y_sh - 0.008 * u), (x + 0.03 * u, y_sh - 0.008 * u),
                     (x, y_sh + 0.09 * u)], mix(coat, (230, 225, 215), 0.4))
    if stripes:
        for yy in (y_sh + 0.17 * u, y_sh + 0.26 * u):
            ly.poly([(x - sw + 0.01 * u, yy), (x + sw - 0.01 * u, yy),
                     (x + sw - 0.012 * u, yy + 0.02 * u), (x - sw + 0.012 * u, yy + 0.02 * u)],
                    stripes)
    for sgn, tg in zip((-1, 1), hands):
        arm(sgn, tg, front=True)
    # head: hair mass, ears, face oval (leaving a hairline), soft features
    hx, hy, hrx, hry = x, y - 0.925 * u, 0.055 * u, 0.07 * u
    if back:
        ly.ellipse(hx, hy, hrx * 1.02, hry, hair)
        ly.ellipse(hx, hy + 0.05 * u, hrx * 0.7, 0.025 * u, mix(skin, (0, 0, 0), 0.3))
        ly.ellipse(hx, hy - 0.004 * u, hrx * 1.05, hry * 0.98, hair)
    else:
        for sgn in (-1, 1):
            ly.ellipse(hx + sgn * hrx * 0.98, hy + 0.006 * u, 0.011 * u, 0.02 * u,
                       mix(skin, (0, 0, 0), 0.12))
        ly.ellipse(hx, hy - 0.01 * u, hrx * 1.04, hry * 0.98, hair)
        ly.ellipse(hx, hy + 0.01 * u, hrx * 0.9, hry * 0.86, skin)
        ly.chord(hx, hy - 0.018 * u, hrx * 0.98, hry * 0.62, 190, 350, hair)
        eye = mix(skin, (40, 30, 28), 0.6)
        for sgn in (-1, 1):
            ly.ellipse(hx + sgn * 0.02 * u, hy + 0.008 * u, 0.0075 * u, 0.004 * u, eye)
            ly.ellipse(hx + sgn * 0.02 * u, hy - 0.003 * u, 0.01 * u, 0.0025 * u,
                       mix(hair, skin, 0.3))
        ly.ellipse(hx + 0.003 * u, hy + 0.026 * u, 0.006 * u, 0.01 * u,
                   mix(skin, (0, 0, 0), 0.14))
        ly.ellipse(hx, hy + 0.045 * u, 0.012 * u, 0.0035 * u, mix(skin, (110, 60, 60), 0.45))
    if cap:
        ly.chord(hx, hy - 0.022 * u, hrx * 1.06, hry * 0.78, 180, 360, cap)
        if not back:
            ly.chord(hx, hy - 0.024 * u, hrx * 1.2, 0.016 * u, 0, 180, mix(cap, (0, 0, 0), 0.3))
    if lit:
        box = (x - sw - 0.14 * u, y - 1.02 * u, x + sw + 0.14 * u, y + 0.02 * u)
        light(ly, box, (1.06, 0.66), (1.02, 0.84), cyl=True)
        if u > 120:
            texture(ly, rng, max(1.5, u / 90), 222, 255, box)


# --------------------------------------------------------------------------------------
# finishing: tone, vignette, lens softness, grain, JPEG
# --------------------------------------------------------------------------------------

def finish(img, rng, warm=(1.04, 1.0, 0.94), contrast=1.08, grain=3.2, vignette=0.3,
           lift=8):
    img = img.convert("RGB").resize((W, H), Image.Resampling.LANCZOS)
    luts = []
    for k in warm:                                   # white balance, S-curve, lifted blacks
        for v in range(256):
            t = v / 255.0
            s = t + (contrast - 1.0) * (t - 0.5) * (1 - abs(2 * t - 1)) * 2
            s = lift / 255.0 + s * (1 - lift / 255.0)
            luts.append(max(0, min(255, int(round(255 * min(1.0, s * k))))))
    img = img.point(luts)
    rg = Image.radial_gradient("L").resize((int(W * 1.2), int(H * 1.2)))
    rg = rg.crop(((rg.width - W) // 2, (rg.height - H) // 2,
                  (rg.width - W) // 2 + W, (rg.height - H) // 2 + H))
    vg = rg.point(lambda v: int(255 * (1.0 - vignette * (v / 255.0) ** 2.0)))
    img = ImageChops.multiply(img, Image.merge("RGB", (vg, vg, vg)))
    img = img.filter(ImageFilter.GaussianBlur(0.5))                # lens softness
    img = img.filter(ImageFilter.UnsharpMask(radius=1.6, percent=60, threshold=2))
    # film grain: luminance (triangular distribution, slightly clumped), weak chroma
    n = ImageChops.add(noise_image(rng, W, H), noise_image(rng, W, H), scale=2.0)
    n = n.filter(ImageFilter.GaussianBlur(0.5))
    n = n.point(lambda v: max(0, min(255, int(round(128 + (v - 128) * grain / 16.0)))))
    img = ImageChops.add(img, Image.merge("RGB", (n, n, n)), scale=1.0, offset=-128)
    return img


def save(img, path):
    img.save(path, "JPEG", quality=QUALITY, dpi=(DPI, DPI), optimize=True,
             progressive=False, subsampling=2)


# --------------------------------------------------------------------------------------
# scene 1: 五里堡街道为“文明商户”授牌 — street ceremony, red backdrop, plaque handover
# --------------------------------------------------------------------------------------

AUTUMN_LIT, AUTUMN_DARK = (196, 168, 92), (70, 66, 36)


def plaque(ly, cx, cy, w, h):
    """A presentation plaque: wooden frame, gold face, red header band (no lettering)."""
    ly.rect(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, (96, 54, 30))
    m = w * 0.06
    ly.grect(cx - w / 2 + m, cy - h / 2 + m, cx + w / 2 - m, cy + h / 2 - m,
             (222, 186, 104), (160, 118, 54))
    ly.rect(cx - w / 2 + 2 * m, cy - h / 2 + 2 * m, cx + w / 2 - 2 * m, cy - h / 2 + 4 * m,
            (176, 28, 28))
    ly.ellipse(cx, cy + h * 0.14, w * 0.09, w * 0.09, (186, 40, 34))
    ly.grect(cx - w / 2 + m, cy - h / 2 + m, cx + w / 2 - m, cy - h / 2 + m + h * 0.3,
             (255, 250, 230, 110), (255, 250, 230, 0))


def shopfronts(ly, rng, cam, Z, x_start, y_g, px):
    y_shop = y_g - 4.2 * px
    cols = [(176, 32, 36), (30, 84, 150), (34, 120, 72), (200, 150, 40), (236, 236, 230),
            (150, 30, 60), (40, 60, 120)]
    x, i = x_start, 0
    while x < W:
        sw_ = rng.uniform(4.5, 6.5) * px
        col = cols[i % len(cols)]
        i += 1
        ly.rect(x, y_shop, x + sw_, y_shop + 0.95 * px, col)
        ly.grect(x, y_shop, x + sw_, y_shop + 0.95 * px, (255, 255, 255, 50), (0, 0, 0, 50))
        ly.ellipse(x + 0.6 * px, y_shop + 0.47 * px, 0.3 * px, 0.3 * px,
                   mix(col, (255, 255, 255), 0.6))
        ly.rect(x + 0.08 * px, y_shop + 0.95 * px, x + sw_ - 0.08 * px, y_g, (70, 70, 72))
        ly.grect(x + 0.2 * px, y_shop + 1.1 * px, x + sw_ - 0.2 * px, y_g - 0.05 * px,
                 (128, 138, 146), (40, 42, 46))
        for _ in range(int(sw_ / px * 3)):
            gx = rng.uniform(x + 0.3 * px, x + sw_ - 0.4 * px)
            gy = rng.uniform(y_shop + 1.4 * px, y_g - 0.5 * px)
            ly.rect(gx, gy, gx + rng.uniform(0.2, 0.6) * px, gy + rng.uniform(0.2, 0.8) * px,
                    jitter(rng, (150, 130, 110), 60))
        ly.grect(x + 0.2 * px, y_shop + 1.1 * px, x + sw_ * 0.6, y_g - 0.05 * px,
                 (255, 255, 255, 40), (255, 255, 255, 0), horizontal=True)
        for fr in (0.35, 0.65):
            ly.rect(x + sw_ * fr, y_shop + 1.1 * px, x + sw_ * fr + 0.05 * px, y_g,
                    (160, 160, 158))
        ly.rect(x + sw_ - 0.1 * px, y_shop, x + sw_ + 0.1 * px, y_g, (190, 176, 160))
        x += sw_
    return y_shop


def facade_windows(ly, rng, x0, y_top, y_bottom, px, wall):
    fl = 3.2 * px
    yy = y_bottom - fl
    while yy > y_top - fl:
        x = x0 + 0.9 * px
        while x < W:
            wx1 = x + 1.7 * px
            ly.rect(x - 4, yy + 0.7 * px - 4, wx1 + 4, yy + 2.4 * px + 6,
                    mix(wall, (255, 255, 255), 0.3))
            ly.grect(x, yy + 0.7 * px, wx1, yy + 2.4 * px, (104, 118, 132), (54, 62, 72))
            ly.rect(x + 0.83 * px, yy + 0.7 * px, x + 0.87 * px, yy + 2.4 * px,
                    (210, 206, 198))
            ly.rect(x, yy + 1.3 * px, wx1, yy + 1.34 * px, (210, 206, 198))
            if rng.random() < 0.45:
                ax = x + rng.uniform(0, 1.0) * px
                ly.rect(ax, yy + 2.55 * px, ax + 0.8 * px, yy + 3.05 * px, (226, 226, 222))
                ly.rect(ax + 0.06 * px, yy + 2.62 * px, ax + 0.74 * px, yy + 2.98 * px,
                        (190, 192, 190))
            x += 3.0 * px
        ly.rect(x0, yy - 0.12 * px, W, yy, mix(wall, (0, 0, 0), 0.12))
        yy -= fl


def scene_ceremony(rng):
    cam = Cam(f=1300, vx=820, hy=400, height=1.6)
    base = Image.new("RGBA", (W * SS, H * SS), (0, 0, 0, 255))

    far = Layer()
    far.grect(0, 0, W, H, (184, 194, 204), (214, 214, 208))         # overcast sky
    for bx0, bx1, top, col in ((-10, 150, 110, (170, 168, 164)), (150, 300, 60, (186, 178, 166))):
        far.rect(bx0, top, bx1, 520, col)
        for wy in range(top + 14, 500, 30):
            for wx in range(bx0 + 8, bx1 - 10, 22):
                far.rect(wx, wy, wx + 12, wy + 16, mix(col, (60, 70, 80), 0.5))
    far.hazed((200, 204, 208), 0.35)

    fac = Layer()                                           # main facade at Z = 24 m
    Z = 24.0
    px = cam.s(1, Z)
    gx0 = cam.p(-11.2, Z)[0]
    y_g = cam.p(0, Z)[1]
    wall = (206, 190, 168)
    fac.grect(gx0, -10, W + 10, y_g, wall, mix(wall, (0, 0, 0), 0.08))
    y_shop = shopfronts(fac, rng, cam, Z, gx0, y_g, px)
    facade_windows(fac, rng, gx0, 0, y_shop, px, wall)
    texture(fac, rng, 40, 210, 255, (gx0, 0, W, y_shop))
    fac.rect(gx0 - 0.3 * px, -10, gx0, y_g, (150, 140, 128))        # building corner
    fac.hazed((200, 202, 204), 0.15)

    trees = Layer()
    for X in (-10.0, -2.0, 6.0, 14.0):
        x, y = cam.p(X, 19.0)
        tree(trees, rng, x, y, cam.s(3.6, 19.0), cam.s(0.2, 19.0), cam.s(2.9, 19.0),
             AUTUMN_LIT, AUTUMN_DARK, leaf=2.2, sparse=0.15)
    trees.hazed((200, 202, 204), 0.08)

    gnd = Layer()                                          # paving, curb, red carpet
    gnd.poly([cam.p(-60, 24), cam.p(60, 24), cam.p(60, 1), cam.p(-60, 1)], (152, 148, 142))
    X = -60.0
    while X <= 60:
        gnd.line([cam.p(X, 1), cam.p(X, 24)], (116, 112, 106), 1.2)
        X += 0.6
    Z = 1.0
    while Z < 24:
        gnd.line([cam.p(-60, Z), cam.p(60, Z)], (116, 112, 106), max(0.7, cam.s(0.014, Z)))
        Z += 0.6
    texture(gnd, rng, 28, 196, 255, (0, y_g, W, H))
    texture(gnd, rng, 4, 215, 255, (0, y_g, W, H))
    gnd.poly([cam.p(-60, 20.6), cam.p(60, 20.6), cam.p(60, 20.4), cam.p(-60, 20.4)],
             (196, 192, 184))
    carpet = [cam.p(-1.1, 12.4), cam.p(1.1, 12.4), cam.p(1.1, 1.2), cam.p(-1.1, 1.2)]
    gnd.poly(carpet, (170, 30, 34))
    texture(gnd, rng, 6, 200, 255, (cam.p(-1.1, 1.2)[0], cam.p(0, 12.4)[1],
                                    cam.p(1.1, 1.2)[0], H))
    gnd.grect(0, y_g, W, H, (255, 255, 255, 0), (0, 0, 0, 70))

    bg = Layer()
    bg.im = compose(base, far, fac, trees)
    bg.blurred(2.6)

    mid = Layer()                                           # backdrop board at Z = 12 m
    Zb = 12.0
    pb = cam.s(1, Zb)
    bx0, by0 = cam.p(-4.6, Zb, 3.1)
    bx1, by1 = cam.p(4.6, Zb, 0.35)
    for X in (-4.5, 4.5):
        a, b = cam.p(X, Zb, 3.3), cam.p(X, Zb, 0)
        mid.rect(a[0] - 5, a[1], a[0] + 5, b[1], (150, 152, 156))
    mid.grect(bx0, by0, bx1, by1, (206, 30, 32), (150, 16, 22))
    mid.poly([(bx0, by1 - 0.5 * pb)] +
             [(bx0 + t * (bx1 - bx0) / 20, by1 - 0.5 * pb - math.sin(t / 3.0) * 0.18 * pb)
              for t in range(21)] + [(bx1, by1)], (214, 62, 50))
    mid.rect(bx0, by0 + 0.2 * pb, bx1, by0 + 0.3 * pb, (232, 188, 90))
    glow = Layer()                     # out-of-focus emblem and light patches, no lettering
    glow.ellipse(bx0 + 0.75 * pb, by0 + 0.85 * pb, 0.36 * pb, 0.36 * pb, (244, 206, 110))
    glow.ellipse(bx0 + 0.75 * pb, by0 + 0.85 * pb, 0.22 * pb, 0.22 * pb, (214, 60, 48))
    xb = bx0 + 1.5 * pb
    while xb < bx1 - 0.9 * pb:
        wd = rng.uniform(0.35, 0.48) * pb
        glow.rounded(xb, by0 + 0.55 * pb, xb + wd, by0 + 1.05 * pb, 6, (246, 224, 150, 235))
        xb += wd + rng.uniform(0.08, 0.16) * pb
    glow.blurred(9)
    mid.over(glow)
    light(mid, (bx0, by0, bx1, by1), (1.06, 0.86), (1.0, 0.9))
    bn0, bn1 = cam.p(6.2, 18.0, 3.6), cam.p(13.4, 18.0, 3.0)       # cloth banner, right
    mid.poly([bn0, (bn1[0], bn0[1] + 6), (bn1[0], bn1[1] + 6), (bn0[0], bn1[1])], (198, 26, 30))
    for k in range(7):
        xx = bn0[0] + (bn1[0] - bn0[0]) * (k + 0.5) / 7
        mid.rect(xx - 5, bn0[1], xx + 5, bn1[1] + 4, (170, 18, 24))
    mid.blurred(1.2)

    crowd = Layer()                           # line-up of merchants with plaques, Z ~ 10 m
    for i in range(14):
        X = -4.5 + i * 0.7 + rng.uniform(-0.1, 0.1)
        Zc = rng.uniform(9.6, 10.6)
        x, y = cam.p(X, Zc)
        hgt = cam.s(rng.uniform(1.58, 1.8), Zc)
        soft_shadow(crowd, x, y, hgt * 0.17, hgt * 0.03, 90)
        hold = i not in (3, 9)
        hh = ((x - hgt * 0.09, y - hgt * 0.6), (x + hgt * 0.09, y - hgt * 0.6))
        figure(crowd, x, y, hgt, rng, hands=hh if hold else ("down", "down"),
               long_coat=rng.random() < 0.4)
        if hold:
            plaque(crowd, x, y - hgt * 0.63, hgt * 0.26, hgt * 0.19)
    crowd.blurred(1.0)

    near = Layer()                                           # the handover, Z ~ 4.3 m
    x1, y1 = cam.p(-0.62, 4.2)
    x2, y2 = cam.p(0.66, 4.4)
    h1, h2 = cam.s(1.75, 4.2), cam.s(1.66, 4.4)
    pc = ((x1 + x2) / 2, y1 - h1 * 0.62)
    pw, ph = h1 * 0.33, h1 * 0.24
    soft_shadow(near, x1, y1, h1 * 0.22, h1 * 0.035, 130)
    soft_shadow(near, x2, y2, h2 * 0.22, h2 * 0.035, 130)
    figure(near, x1, y1, h1, rng, coat=(28, 30, 36), pants=(24, 24, 28), hair=(20, 18, 18),
           skin=SKINS[1], long_coat=True,
           hands=((pc[0] - pw * 0.46, pc[1] + ph * 0.05), (pc[0] - pw * 0.2, pc[1] + ph * 0.46)))
    figure(near, x2, y2, h2, rng, coat=(124, 36, 40), pants=(32, 32, 38), hair=(34, 28, 26),
           skin=SKINS[3],
           hands=((pc[0] + pw * 0.2, pc[1] + ph * 0.46), (pc[0] + pw * 0.46, pc[1] + ph * 0.05)))
    plaque(near, pc[0], pc[1], pw, ph)
    for hx, hy in ((pc[0] - pw * 0.46, pc[1] + ph * 0.05), (pc[0] + pw * 0.46, pc[1] + ph * 0.05)):
        near.ellipse(hx, hy, h1 * 0.026, h1 * 0.032, SKINS[1])
    x4, y4 = cam.p(2.6, 5.6)                          # an official looking on, right
    h4 = cam.s(1.72, 5.6)
    soft_shadow(near, x4, y4, h4 * 0.2, h4 * 0.035, 110)
    figure(near, x4, y4, h4, rng, coat=(84, 78, 70), long_coat=True,
           hands=((x4 - h4 * 0.09, y4 - h4 * 0.6), (x4 + h4 * 0.09, y4 - h4 * 0.6)))
    plaque(near, x4, y4 - h4 * 0.63, h4 * 0.26, h4 * 0.19)
    x3, y3 = cam.p(-2.3, 5.0)                         # photographer, back to camera
    h3 = cam.s(1.72, 5.0)
    soft_shadow(near, x3, y3, h3 * 0.22, h3 * 0.035, 120)
    figure(near, x3, y3, h3, rng, coat=(58, 64, 72), pants=(30, 32, 40), back=True,
           hands=((x3 + h3 * 0.03, y3 - h3 * 0.9), (x3 + h3 * 0.1, y3 - h3 * 0.88)))
    near.rounded(x3 - h3 * 0.01, y3 - h3 * 0.97, x3 + h3 * 0.13, y3 - h3 * 0.87, 3, (18, 18, 20))
    near.blurred(0.3)

    edge = Layer()                             # out-of-focus shoulder at the right edge
    x5, y5 = cam.p(2.0, 1.9)
    figure(edge, x5, y5, cam.s(1.75, 1.9), rng, coat=(34, 36, 42), back=True)
    edge.blurred(7)

    img = compose(bg.im, gnd, mid, crowd, near, edge)
    return finish(img, rng, warm=(1.05, 1.0, 0.93))


# --------------------------------------------------------------------------------------
# scene 2: 嵩山路街道创文宣传进社区 — volunteers, notice board, leaflets
# --------------------------------------------------------------------------------------

GREEN_LIT, GREEN_DARK = (128, 146, 84), (36, 54, 32)
VEST = (206, 34, 36)
CAP = (200, 30, 34)


def apartment_block(ly, rng, x0, x1, y_ground, y_top, px, wall):
    ly.grect(x0, y_top, x1, y_ground, wall, mix(wall, (0, 0, 0), 0.12))
    fl = 2.9 * px
    yy = y_ground - fl
    while yy > y_top + 0.3 * fl:
        x = x0 + 0.6 * px
        while x < x1 - 1.6 * px:
            ly.grect(x, yy + 0.5 * px, x + 2.4 * px, yy + 1.9 * px, (86, 100, 114),
                     (50, 58, 66))
            ly.rect(x - 0.1 * px, yy + 1.9 * px, x + 2.5 * px, yy + 2.7 * px,
                    mix(wall, (255, 255, 255), 0.35))
            if rng.random() < 0.35:
                ly.rect(x + rng.uniform(0.1, 1.6) * px, yy + 0.9 * px,
                        x + rng.uniform(1.7, 2.3) * px, yy + 1.7 * px,
                        jitter(rng, (150, 120, 110), 60))
            x += 3.4 * px
        yy -= fl
    ly.rect(x0, y_top, x1, y_top + 0.4 * px, mix(wall, (0, 0, 0), 0.2))
    texture(ly, rng, 50, 215, 255, (x0, y_top, x1, y_ground))


def scene_community(rng):
    cam = Cam(f=1250, vx=700, hy=450, height=1.55)
    base = Image.new("RGBA", (W * SS, H * SS), (0, 0, 0, 255))
    far = Layer()
    far.grect(0, 0, W, H, (172, 194, 214), (218, 222, 220))
    Z = 30.0
    px = cam.s(1, Z)
    yg = cam.p(0, Z)[1]
    apartment_block(far, rng, -20, 900, yg, yg - 19 * px, px, (214, 186, 170))
    apartment_block(far, rng, 980, W + 20, yg, yg - 22 * px, px, (200, 198, 190))
    far.hazed((206, 212, 216), 0.22)
    trees = Layer()
    for X in (-12, -5, 4.5, 11, 18):
        x, y = cam.p(X, 21.0)
        tree(trees, rng, x, y, cam.s(2.6, 21), cam.s(0.16, 21), cam.s(2.5, 21),
             GREEN_LIT, GREEN_DARK, leaf=2.0)
    ht = [cam.p(X, 19.0, 0.9) for X in range(-40, 41, 4)]
    hb = [cam.p(X, 19.0, 0.0) for X in range(-40, 41, 4)]
    hedge(trees, rng, ht, hb, (104, 128, 76), (40, 60, 36))
    gnd = Layer()
    gnd.poly([cam.p(-60, 30), cam.p(60, 30), cam.p(60, 1), cam.p(-60, 1)], (170, 162, 152))
    X = -60.0
    while X <= 60:
        gnd.line([cam.p(X, 1), cam.p(X, 30)], (132, 126, 118), 1.2)
        X += 0.5
    Z = 1.0
    while Z < 30:
        gnd.line([cam.p(-60, Z), cam.p(60, Z)], (132, 126, 118), max(0.7, cam.s(0.012, Z)))
        Z += 0.5
    texture(gnd, rng, 36, 196, 255, (0, yg, W, H))
    texture(gnd, rng, 4, 220, 255, (0, yg, W, H))
    gnd.grect(0, yg, W, H, (255, 255, 255, 0), (0, 0, 0, 60))
    bg = Layer()
    bg.im = compose(base, far, trees)
    bg.blurred(2.8)

    mid = Layer()                              # the notice board (宣传栏) at Z = 10 m
    Zb = 10.0
    p = cam.s(1, Zb)
    x0, y0 = cam.p(-7.2, Zb, 2.6)
    x1, y1 = cam.p(-0.6, Zb, 0.7)
    yg_b = cam.p(0, Zb)[1]
    soft_shadow(mid, (x0 + x1) / 2, yg_b + 2, (x1 - x0) * 0.55, 0.15 * p, 90)
    for X in (-7.0, -3.9, -0.8):
        a = cam.p(X, Zb, 2.8)
        mid.rect(a[0] - 0.06 * p, a[1], a[0] + 0.06 * p, yg_b, (70, 80, 90))
    mid.poly([(x0 - 0.3 * p, y0 - 0.35 * p), (x1 + 0.3 * p, y0 - 0.35 * p),
              (x1 + 0.2 * p, y0 - 0.05 * p), (x0 - 0.2 * p, y0 - 0.05 * p)], (60, 70, 84))
    mid.rect(x0 - 0.2 * p, y0 - 0.06 * p, x1 + 0.2 * p, y0 + 0.02 * p, (40, 46, 56))
    mid.rect(x0, y0, x1, y1, (190, 192, 190))
    pw = (x1 - x0) / 3
    for k in range(3):            # posters: red headers, photo blocks, grey type areas
        px0, px1 = x0 + k * pw + 0.12 * p, x0 + (k + 1) * pw - 0.12 * p
        mid.rect(px0, y0 + 0.1 * p, px1, y1 - 0.1 * p, (244, 240, 232))
        mid.rect(px0, y0 + 0.1 * p, px1, y0 + 0.42 * p, (196, 30, 34))
        mid.ellipse(px0 + 0.25 * p, y0 + 0.26 * p, 0.1 * p, 0.1 * p, (240, 196, 90))
        ph_y = y0 + 0.55 * p
        for j in range(2):
            bx = px0 + 0.1 * p + j * (px1 - px0) / 2
            mid.grect(bx, ph_y, bx + (px1 - px0) / 2 - 0.2 * p, ph_y + 0.55 * p,
                      jitter(rng, (120, 150, 170), 40), jitter(rng, (90, 110, 70), 40))
        ty = ph_y + 0.7 * p
        while ty < y1 - 0.25 * p:
            mid.rect(px0 + 0.1 * p, ty, px1 - rng.uniform(0.1, 0.6) * p, ty + 0.035 * p,
                     (160, 158, 156))
            ty += 0.09 * p
    refl = Layer()
    refl.poly([(x0 + 0.2 * (x1 - x0), y0), (x0 + 0.34 * (x1 - x0), y0),
               (x0 + 0.24 * (x1 - x0), y1), (x0 + 0.1 * (x1 - x0), y1)], (255, 255, 255, 70))
    refl.poly([(x0 + 0.62 * (x1 - x0), y0), (x0 + 0.66 * (x1 - x0), y0),
               (x0 + 0.56 * (x1 - x0), y1), (x0 + 0.52 * (x1 - x0), y1)], (255, 255, 255, 50))
    refl.blurred(6)
    mid.over(refl)
    mid.rect(x0, y0, x1, y0 + 0.05 * p, (60, 66, 76))
    mid.rect(x0, y1 - 0.05 * p, x1, y1, (60, 66, 76))
    for k in range(4):
        mid.rect(x0 + k * pw - 0.04 * p, y0, x0 + k * pw + 0.04 * p, y1, (60, 66, 76))
    for X, Zr in ((-5.6, 9.0), (-4.6, 9.3), (-2.3, 8.8)):   # residents reading the board
        x, y = cam.p(X, Zr)
        hh = cam.s(rng.uniform(1.58, 1.72), Zr)
        soft_shadow(mid, x, y, hh * 0.17, hh * 0.03, 90)
        figure(mid, x, y, hh, rng, back=True, long_coat=True, hair=rng.choice(HAIRS[3:]))
    mid.blurred(1.0)

    near = Layer()          # the volunteers' table with red cloth, leaflets, bags, Z ~ 6.6 m
    Zt = 6.6
    p = cam.s(1, Zt)
    ta, tb = cam.p(1.0, Zt, 0.78), cam.p(3.4, Zt, 0.0)
    tback = cam.p(1.0, Zt + 0.7, 0.78)
    soft_shadow(near, (ta[0] + tb[0]) / 2, tb[1], (tb[0] - ta[0]) * 0.6, 0.12 * p, 110)
    for X, Zv in ((1.6, 7.6), (2.9, 7.8)):
        x, y = cam.p(X, Zv)
        hh = cam.s(1.68, Zv)
        figure(near, x, y, hh, rng, vest=VEST, cap=CAP,
               coat=rng.choice([(40, 44, 54), (230, 228, 220), (70, 70, 74)]),
               hands=((x - hh * 0.12, y - hh * 0.5), (x + hh * 0.1, y - hh * 0.55)))
    near.poly([tback, (cam.p(3.4, Zt + 0.7, 0.78)[0], tback[1]),
               (cam.p(3.4, Zt, 0.78)[0], ta[1]), ta], (226, 44, 44))
    near.grect(ta[0], ta[1], tb[0], tb[1] - 0.05 * p, (196, 28, 32), (150, 16, 22))
    for k in range(9):
        xx = ta[0] + (tb[0] - ta[0]) * (k + 0.5) / 9
        near.line([(xx, ta[1] + 4), (xx + rng.uniform(-4, 4), tb[1] - 0.06 * p)],
                  (140, 14, 20), 3)
    for k in range(5):
        lx, ly_ = ta[0] + (0.15 + k * 0.17) * (tb[0] - ta[0]), ta[1] - 0.02 * p
        near.poly([(lx, ly_), (lx + 0.28 * p, ly_), (lx + 0.33 * p, ly_ - 0.09 * p),
                   (lx + 0.05 * p, ly_ - 0.09 * p)], (244, 242, 236))
        near.rect(lx, ly_, lx + 0.28 * p, ly_ + 0.03 * p, (214, 212, 206))
        near.rect(lx + 0.08 * p, ly_ - 0.08 * p, lx + 0.22 * p, ly_ - 0.05 * p,
                  rng.choice([(200, 40, 40), (40, 90, 170), (230, 180, 60)]))
    bx = tb[0] - 0.3 * p
    near.poly([(bx, ta[1] - 0.55 * p), (bx + 0.36 * p, ta[1] - 0.55 * p),
               (bx + 0.38 * p, ta[1]), (bx - 0.02 * p, ta[1])], (236, 232, 222))
    near.ellipse(bx + 0.18 * p, ta[1] - 0.3 * p, 0.1 * p, 0.1 * p, (190, 36, 40))
    near.line([(bx + 0.06 * p, ta[1] - 0.55 * p), (bx + 0.18 * p, ta[1] - 0.75 * p),
               (bx + 0.3 * p, ta[1] - 0.55 * p)], (200, 196, 186), 3)
    light(near, (ta[0], ta[1] - p, tb[0], tb[1]), (1.0, 0.8), (1.0, 0.9))

    xv, yv = cam.p(-0.9, 4.7)               # a volunteer hands a leaflet to a resident
    hv = cam.s(1.66, 4.7)
    xr, yr = cam.p(0.25, 4.9)
    hr = cam.s(1.6, 4.9)
    hand = ((xv + xr) / 2 + 0.02 * hv, yv - 0.62 * hv)
    soft_shadow(near, xv, yv, hv * 0.22, hv * 0.035, 130)
    soft_shadow(near, xr, yr, hr * 0.22, hr * 0.035, 130)
    figure(near, xv, yv, hv, rng, coat=(236, 234, 228), vest=VEST, cap=CAP,
           pants=(36, 40, 60), hands=("down", hand))
    figure(near, xr, yr, hr, rng, coat=(70, 64, 60), long_coat=True, hair=(150, 146, 140),
           hands=((hand[0] + 0.03 * hr, hand[1] + 0.03 * hr), "down"))
    near.poly([(hand[0] - 0.07 * hv, hand[1] - 0.06 * hv), (hand[0] + 0.06 * hv, hand[1] - 0.07 * hv),
               (hand[0] + 0.07 * hv, hand[1] + 0.02 * hv), (hand[0] - 0.06 * hv, hand[1] + 0.03 * hv)],
              (246, 244, 238))
    near.rect(hand[0] - 0.05 * hv, hand[1] - 0.05 * hv, hand[0] + 0.05 * hv,
              hand[1] - 0.03 * hv, (200, 40, 40))
    xw, yw = cam.p(4.6, 5.6)                 # a woman with a tote bag, right
    hw_ = cam.s(1.62, 5.6)
    soft_shadow(near, xw, yw, hw_ * 0.22, hw_ * 0.035, 120)
    figure(near, xw, yw, hw_, rng, coat=(150, 60, 70), long_coat=True, hair=(40, 34, 30))
    near.poly([(xw + 0.13 * hw_, yw - 0.47 * hw_), (xw + 0.26 * hw_, yw - 0.47 * hw_),
               (xw + 0.27 * hw_, yw - 0.3 * hw_), (xw + 0.12 * hw_, yw - 0.3 * hw_)],
              (238, 234, 224))
    near.ellipse(xw + 0.195 * hw_, yw - 0.385 * hw_, 0.03 * hw_, 0.03 * hw_, (196, 36, 40))
    near.blurred(0.3)

    img = compose(bg.im, gnd, mid, near)
    return finish(img, rng, warm=(1.02, 1.0, 0.97))


# --------------------------------------------------------------------------------------
# scene 3: 解放路街道清理废弃非机动车辆 — abandoned bicycles and e-bikes being cleared
# --------------------------------------------------------------------------------------

def ring(pl, uc, vc, r, w, n=44):
    return [pl.p(uc + r * math.cos(2 * math.pi * k / n), vc + r * math.sin(2 * math.pi * k / n), w)
            for k in range(n)]


def bike3d(ly, rng, pl, u0, w, facing, kind, colour, tilt=0.0, lift=0.0):
    """A bicycle ('bike', 'share') or e-bike ('ebike') standing in plane pl, rear wheel
    contact at u0, distance w in front of the plane, pointing +u (facing=1) or -u."""
    ca, sa = math.cos(tilt), math.sin(tilt)

    def P(u, v, dw=0.0):                      # bike-local (u along, v up) -> screen
        uu, vv = u * ca - v * sa, u * sa + v * ca
        return pl.p(u0 + facing * uu, vv + lift, w + dw)

    Z = pl.z(u0 + facing * 0.5, w)
    s = pl.cam.s(1.0, Z)                                   # px per metre here
    tyre = (30, 30, 32)

    def wheel(uc, r, spokes, hub_fill=None):
        rim = [P(uc + r * math.cos(a), r + r * math.sin(a))
               for a in (2 * math.pi * k / 48 for k in range(48))]
        ly.line(rim + rim[:2], tyre, max(1.0, 0.045 * s))
        inner = [P(uc + 0.86 * r * math.cos(a), r + 0.86 * r * math.sin(a))
                 for a in (2 * math.pi * k / 48 for k in range(48))]
        if hub_fill:
            ly.poly(inner, hub_fill)
        else:
            ly.line(inner + inner[:2], (158, 158, 156), max(0.6, 0.012 * s))
        if spokes:
            for k in range(spokes):
                a = 2 * math.pi * k / spokes + 0.1
                ly.line([P(uc, r), P(uc + 0.84 * r * math.cos(a), r + 0.84 * r * math.sin(a))],
                        (120, 120, 118), max(0.5, 0.005 * s))
        ly.ellipse(*P(uc, r), 0.03 * s, 0.03 * s, (90, 90, 92))

    if kind in ("bike", "share"):
        r = 0.33
        rear, front = 0.0, 1.06
        wheel(rear, r, 0 if kind == "share" else 18)
        wheel(front, r, 0 if kind == "share" else 18)
        if kind == "share":                       # coloured rims and solid hubs
            for uc in (rear, front):
                rim = [P(uc + 0.7 * r * math.cos(a), r + 0.7 * r * math.sin(a))
                       for a in (2 * math.pi * k / 40 for k in range(40))]
                ly.line(rim + rim[:2], mix(colour, (255, 255, 255), 0.1), max(1.0, 0.03 * s))
                ly.ellipse(*P(uc, r), 0.07 * s, 0.07 * s, mix(colour, (0, 0, 0), 0.2))
        bb, st, ht, hb = (0.45, 0.3), (0.34, 0.84), (0.9, 0.82), (0.96, 0.62)
        tw = max(1.0, 0.036 * s)
        for a, b in (((rear, r), bb), ((rear, r), st), (bb, st), (bb, hb), (st, ht), (ht, hb),
                     (hb, (front, r))):
            ly.line([P(*a), P(*b)], colour, tw)
        ly.line([P(*st), P(0.31, 0.97)], (150, 150, 150), tw * 0.7)
        ly.poly([P(0.18, 1.0), P(0.44, 1.0), P(0.42, 0.96), P(0.2, 0.95)], (28, 26, 26))
        ly.line([P(*ht), P(0.87, 1.04)], (120, 120, 122), tw * 0.8)
        ly.line([P(0.85, 1.05, -0.28), P(0.87, 1.04), P(0.85, 1.05, 0.28)], (40, 40, 42), tw * 0.9)
        ly.line([P(0.45, 0.3), P(0.55, 0.2)], (60, 60, 60), tw * 0.8)
        if kind == "share" or rng.random() < 0.5:                       # front basket
            bq = [P(1.02, 0.86, -0.16), P(1.3, 0.86, -0.16), P(1.3, 1.06, -0.16),
                  P(1.02, 1.08, -0.16)]
            ly.poly(bq, (50, 52, 54) if kind != "share" else mix(colour, (0, 0, 0), 0.2))
            bq2 = [P(1.02, 0.86, 0.16), P(1.3, 0.86, 0.16), P(1.3, 1.06, 0.16), P(1.02, 1.08, 0.16)]
            ly.line(bq2 + bq2[:1], (70, 72, 74), tw * 0.6)
        if kind == "share":                                     # rear mudguard / box
            ly.poly([P(-0.12, 0.62), P(0.25, 0.66), P(0.25, 0.5), P(-0.12, 0.42)],
                    mix(colour, (255, 255, 255), 0.15))
    else:
        r = 0.23
        rear, front = 0.0, 1.15
        wheel(rear, r, 0, (150, 150, 154))
        wheel(front, r, 0, (150, 150, 154))
        body = [P(-0.2, 0.42), P(-0.16, 0.72), P(0.5, 0.74), P(0.62, 0.38), P(0.86, 0.36),
                P(0.98, 0.92), P(1.1, 0.94), P(1.16, 0.52), P(1.06, 0.28), P(0.78, 0.2),
                P(0.2, 0.2)]
        ly.poly(body, colour)
        ly.poly([P(-0.2, 0.42), P(-0.16, 0.72), P(0.5, 0.74), P(0.52, 0.6), P(-0.18, 0.56)],
                mix(colour, (255, 255, 255), 0.18))
        ly.poly([P(-0.14, 0.74), P(0.5, 0.76), P(0.48, 0.84), P(-0.1, 0.84)], (26, 24, 24))
        ly.line([P(1.02, 0.94), P(1.0, 1.08)], (40, 40, 42), max(1.0, 0.03 * s))
        ly.line([P(0.98, 1.1, -0.32), P(1.0, 1.08), P(0.98, 1.1, 0.32)], (34, 34, 36),
                max(1.0, 0.03 * s))
        ly.ellipse(*P(1.1, 0.86), 0.05 * s, 0.05 * s, (220, 220, 206))
        if rng.random() < 0.5:
            ly.poly([P(-0.3, 0.86), P(0.0, 0.86), P(0.0, 1.12), P(-0.3, 1.12)], (40, 40, 44))


def scene_bikes(rng):
    cam = Cam(f=1100, vx=560, hy=440, height=1.6)
    base = Image.new("RGBA", (W * SS, H * SS), (0, 0, 0, 255))
    wall_pl = Plane(cam, -3.2, 4.6, math.radians(42))
    L = 28.0

    far = Layer()                                      # sky, block across the lane, trees
    far.grect(0, 0, W, H, (178, 192, 206), (214, 214, 208))
    Zf = 32.0
    pf = cam.s(1, Zf)
    ygf = cam.p(0, Zf)[1]
    apartment_block(far, rng, cam.p(2, Zf)[0], W + 30, ygf, ygf - 18 * pf, pf, (204, 194, 180))
    far.hazed((206, 208, 208), 0.25)
    for X, Z in ((5.0, 20.0), (9.0, 24.0), (12.5, 19.0)):
        x, y = cam.p(X, Z)
        tree(far, rng, x, y, cam.s(3.0, Z), cam.s(0.15, Z), cam.s(2.6, Z), GREEN_LIT,
             GREEN_DARK, leaf=2.0, sparse=0.1)
    far.blurred(2.2)

    gnd = Layer()                                           # concrete lane
    gnd.poly([cam.p(-60, 60), cam.p(60, 60), cam.p(60, 0.8), cam.p(-60, 0.8)], (142, 136, 128))
    texture(gnd, rng, 40, 190, 255, (0, cam.hy, W, H))
    texture(gnd, rng, 3, 214, 255, (0, cam.hy, W, H))
    for k in range(12):                                     # expansion joints
        u = 2.0 + k * 3.0
        gnd.line([wall_pl.p(u, 0, 0.0), wall_pl.p(u, 0, 6.0)], (112, 108, 102), 1.2)
    stains = Layer()
    for _ in range(30):
        u = rng.uniform(0, L)
        x, y = wall_pl.p(u, 0, rng.uniform(0.2, 1.2))
        sz = cam.s(rng.uniform(0.3, 0.9), wall_pl.z(u))
        stains.ellipse(x, y, sz, sz * 0.3, (70, 60, 50, rng.randint(30, 70)))
    stains.blurred(6)
    gnd.over(stains)
    fit = Layer()                                           # fitness equipment, far right
    for X, Z, col in ((3.6, 13.0, (226, 184, 40)), (5.2, 14.0, (40, 110, 190))):
        a, b = cam.p(X, Z, 1.6), cam.p(X, Z, 0)
        c, d = cam.p(X + 1.2, Z, 1.6), cam.p(X + 1.2, Z, 0)
        fit.line([b, a, c, d], col, cam.s(0.08, Z))
        fit.line([cam.p(X + 0.2, Z, 0.9), cam.p(X + 1.0, Z, 0.9)], col, cam.s(0.06, Z))
        soft_shadow(fit, (b[0] + d[0]) / 2, b[1], (d[0] - b[0]) * 0.7, 6, 80)
    fit.blurred(1.2)

    wall = Layer()                                          # the building wall
    wall.poly(wall_pl.quad(0, 7.0, L, 0.0), (204, 198, 186))
    wall.poly(wall_pl.quad(0, 0.9, L, 0.0), (158, 156, 150))
    wall.poly(wall_pl.quad(0, 0.95, L, 0.88), (130, 130, 126))
    for k in range(9):
        u = 0.8 + k * 3.2
        for v0, v1 in ((1.3, 2.6), (4.0, 5.3)):
            wall.poly(wall_pl.quad(u - 0.1, v1 + 0.1, u + 1.7, v0 - 0.12), (220, 216, 206))
            wall.gpoly(wall_pl.quad(u, v1, u + 1.6, v0), (104, 116, 126), (52, 58, 66))
            for g in range(9):
                gu = u + g * 0.2
                wall.line([wall_pl.p(gu, v1 + 0.04, 0.06), wall_pl.p(gu, v0 - 0.04, 0.06)],
                          (66, 68, 70), max(1.0, cam.s(0.02, wall_pl.z(gu))))
        if k == 3:                                           # stairwell door
            wall.poly(wall_pl.quad(u + 1.9, 2.3, u + 3.0, 0.0), (46, 44, 42))
            wall.poly(wall_pl.quad(u + 1.8, 2.45, u + 3.1, 2.3), (150, 150, 146))
    for u in (2.7, 15.5):
        wall.line([wall_pl.p(u, 7, 0.1), wall_pl.p(u, 0, 0.1)], (120, 124, 126),
                  cam.s(0.1, wall_pl.z(u)))
    texture(wall, rng, 30, 196, 255)
    texture(wall, rng, 5, 222, 255)
    dirt = Layer()
    dirt.gpoly(wall_pl.quad(0, 1.4, L, 0.0), (60, 50, 40, 0), (60, 50, 40, 90))
    wall.over(dirt)
    shade = Layer()                                          # the wall is in shade
    shade.poly(wall_pl.quad(0, 7.0, L, 0.0), (40, 44, 56, 50))
    wall.over(shade)

    bikes = Layer()                                         # the row of abandoned bikes
    dusty = [(120, 40, 36), (40, 60, 100), (60, 90, 70), (150, 150, 150), (30, 30, 32),
             (150, 110, 60), (90, 30, 60), (200, 200, 196)]
    items = []
    u = 0.2
    while u < 24:
        kind = rng.choices(["bike", "share", "ebike"], [4, 3, 3])[0]
        if kind == "share":
            col = rng.choice([(236, 196, 30), (220, 220, 214), (236, 120, 30)])
        else:
            col = mix(rng.choice(dusty), (150, 140, 120), 0.3)
        w = rng.uniform(0.3, 0.9)
        items.append((wall_pl.z(u + 0.5, w), u, w, rng.choice((1, -1)), kind, col,
                      rng.uniform(-0.03, 0.03)))
        u += rng.uniform(0.45, 0.75)
    for Z, u, w, fac, kind, col, tilt in sorted(items, reverse=True):
        x, y = wall_pl.p(u + 0.55, 0, w)
        soft_shadow(bikes, x, y, cam.s(0.7, Z), cam.s(0.12, Z), 70)
        bike3d(bikes, rng, wall_pl, u + (1.1 if fac < 0 else 0), w, fac, kind, col, tilt)
    dust = Layer()
    dust.gpoly(wall_pl.quad(0, 1.4, L, 0.0, 1.0), (176, 160, 132, 0), (176, 160, 132, 60))
    dust.blurred(8)
    bikes.over(dust)
    leaves = Layer()
    for _ in range(300):
        uu, ww = rng.uniform(0, 24), rng.uniform(0, 3.5)
        Z = wall_pl.z(uu, ww)
        if Z < 1.2:
            continue
        x, y = wall_pl.p(uu, 0, ww)
        leaves.ellipse(x, y, cam.s(0.035, Z), cam.s(0.014, Z), jitter(rng, (128, 106, 70), 18))

    near = Layer()             # the clearance: a loaded tricycle cart and two workers
    cz = 5.7
    soft_shadow(near, *cam.p(2.6, cz - 0.3), cam.s(1.7, cz), cam.s(0.3, cz), 140)
    cart_pl = Plane(cam, 1.3, cz, math.radians(90))
    for i in range(6):                                     # the load, standing in the bed
        bike3d(near, rng, cart_pl, 0.05 + rng.uniform(0, 0.9), 0.45 - i * 0.16, 1,
               rng.choice(["bike", "share", "bike"]),
               mix(rng.choice(dusty), (150, 140, 120), 0.3), tilt=rng.uniform(-0.2, 0.2),
               lift=0.74)
    frame = (40, 60, 96)
    wheel_pl = Plane(cam, 0.0, cz - 0.55, math.radians(90))
    for uc, r in ((2.3, 0.3), (4.1, 0.3)):
        rim = [wheel_pl.p(uc + r * math.cos(a), r + r * math.sin(a))
               for a in (2 * math.pi * k / 40 for k in range(40))]
        near.line(rim + rim[:2], (26, 26, 28), cam.s(0.06, cz))
        for k in range(12):
            a = math.pi * k / 6
            near.line([wheel_pl.p(uc, r), wheel_pl.p(uc + r * 0.9 * math.cos(a),
                                                      r + r * 0.9 * math.sin(a))],
                      (130, 130, 130), 1.0)
        near.ellipse(*wheel_pl.p(uc, r), cam.s(0.04, cz), cam.s(0.04, cz), (150, 150, 150))
    bed = [cam.p(1.2, cz - 0.6, 0.98), cam.p(3.5, cz - 0.6, 0.98), cam.p(3.5, cz - 0.6, 0.6),
           cam.p(1.2, cz - 0.6, 0.6)]
    near.poly(bed, (48, 92, 150))
    near.gpoly(bed, (255, 255, 255, 50), (0, 0, 0, 90))
    for k in range(9):
        X = 1.25 + k * 0.28
        near.line([cam.p(X, cz - 0.6, 0.97), cam.p(X, cz - 0.6, 0.61)], (32, 64, 108), 1.6)
    near.line([cam.p(1.2, cz - 0.6, 0.98), cam.p(3.5, cz - 0.6, 0.98)], (30, 50, 80), 2.4)
    near.line([cam.p(3.5, cz - 0.55, 0.7), cam.p(3.8, cz - 0.55, 0.72), cam.p(4.1, cz - 0.55, 0.3)],
              frame, cam.s(0.05, cz))
    near.line([cam.p(3.75, cz - 0.55, 0.72), cam.p(3.7, cz - 0.55, 0.95)], frame, cam.s(0.04, cz))
    near.poly([cam.p(3.55, cz - 0.55, 1.0), cam.p(3.85, cz - 0.55, 1.0), cam.p(3.82, cz - 0.55, 0.94),
               cam.p(3.58, cz - 0.55, 0.93)], (26, 24, 24))
    near.line([cam.p(4.1, cz - 0.55, 0.3), cam.p(4.0, cz - 0.55, 1.12)], frame, cam.s(0.045, cz))
    near.line([cam.p(3.95, cz - 0.85, 1.14), cam.p(4.0, cz - 0.55, 1.12), cam.p(3.95, cz - 0.25, 1.14)],
              (34, 34, 36), cam.s(0.035, cz))
    light(near, (cam.p(1.2, cz, 0)[0] - 20, cam.p(0, cz, 2.2)[1], cam.p(4.3, cz, 0)[0],
                 cam.p(0, cz - 0.6, 0)[1]), (1.0, 0.8), (1.0, 0.9))

    workwear = dict(coat=(40, 70, 120), pants=(36, 56, 96), vest=(236, 110, 30),
                    stripes=(214, 218, 214))
    # worker A walks an old bicycle toward the cart
    wa = cam.p(-0.5, 4.75)
    ha = cam.s(1.72, 4.75)
    soft_shadow(near, *wa, ha * 0.22, ha * 0.035, 130)
    pa = Plane(cam, -1.4, 4.45, math.radians(90))
    grip_a = (pa.p(0.87, 1.04, 0.2), pa.p(0.31, 0.97))
    figure(near, *wa, ha, rng, hands=(grip_a[1], grip_a[0]), **workwear)
    soft_shadow(near, *pa.p(0.55, 0), cam.s(0.7, 4.45), cam.s(0.1, 4.45), 90)
    bike3d(near, rng, pa, 0.0, 0.0, 1, "bike", (96, 40, 38))
    near.ellipse(*grip_a[0], ha * 0.026, ha * 0.032, SKINS[2])
    # worker B lifts a shared bike up onto the load
    wb = cam.p(1.95, 4.6)
    hb_ = cam.s(1.68, 4.6)
    soft_shadow(near, *wb, hb_ * 0.22, hb_ * 0.035, 130)
    pb = Plane(cam, 1.35, 4.35, math.radians(90))
    tilt = -0.2
    def bpt(u, v):
        ca, sa = math.cos(tilt), math.sin(tilt)
        return pb.p(u * ca - v * sa, u * sa + v * ca + 0.3)
    grip_b = (bpt(0.34, 0.8), bpt(0.88, 0.8))
    figure(near, *wb, hb_, rng, cap=(40, 70, 120), hands=grip_b, **workwear)
    bike3d(near, rng, pb, 0.0, 0.0, 1, "share", (236, 196, 30), tilt=tilt, lift=0.3)
    for g in grip_b:
        near.ellipse(*g, hb_ * 0.026, hb_ * 0.032, SKINS[1])
    near.blurred(0.3)

    img = compose(base, far, gnd, fit, wall, bikes, leaves, near)
    return finish(img, rng, warm=(1.03, 1.0, 0.95), contrast=1.06)


# --------------------------------------------------------------------------------------
# scene 4: 侯寨乡每周开展全城清洁 — street cleaning, a water truck spraying
# --------------------------------------------------------------------------------------

def street_facade(ly, rng, cam, X, z0, z1, height, wall, right=True):
    """A row of buildings along the street on the plane X = const, from z0 to z1."""
    ly.poly([cam.p(X, z0, height), cam.p(X, z1, height), cam.p(X, z1, 0), cam.p(X, z0, 0)],
            wall)
    Z = z0
    while Z < z1:
        zz = Z + rng.uniform(5, 9)
        c = jitter(rng, (196, 40, 40) if rng.random() < 0.5 else (40, 90, 160), 30)
        ly.poly([cam.p(X, Z + 0.2, 4.2), cam.p(X, zz - 0.2, 4.2), cam.p(X, zz - 0.2, 3.4),
                 cam.p(X, Z + 0.2, 3.4)], c)
        ly.poly([cam.p(X, Z + 0.4, 3.0), cam.p(X, zz - 0.4, 3.0), cam.p(X, zz - 0.4, 0.1),
                 cam.p(X, Z + 0.4, 0.1)], (64, 70, 76))
        for fl in range(1, int(height / 3.1)):
            v0 = 4.6 + (fl - 1) * 3.1
            if v0 + 1.6 > height:
                break
            for k in range(2):
                a = Z + 0.8 + k * (zz - Z) / 2
                ly.poly([cam.p(X, a, v0 + 1.6), cam.p(X, a + 1.8, v0 + 1.6), cam.p(X, a + 1.8, v0),
                         cam.p(X, a, v0)], (90, 104, 118))
        Z = zz
    xs = [cam.p(X, z0, height)[0], cam.p(X, z1, 0)[0]]
    texture(ly, rng, 30, 205, 255, (min(xs), 0, max(xs), H))


def scene_cleaning(rng):
    cam = Cam(f=1150, vx=640, hy=430, height=1.5)
    base = Image.new("RGBA", (W * SS, H * SS), (0, 0, 0, 255))
    CURB = 2.3                                   # road from X = -9 to the curb

    sky = Layer()
    sky.grect(0, 0, W, H, (166, 184, 204), (218, 220, 216))
    far = Layer()
    street_facade(far, rng, cam, 11.5, 9.0, 160.0, 14.0, (196, 186, 174))
    street_facade(far, rng, cam, -19.0, 12.0, 160.0, 11.0, (200, 194, 184))
    far.hazed((210, 212, 214), 0.22)
    for Z in (4.5, 10.5, 16.5, 22.5, 28.5, 34.5, 42.0, 54.0, 66.0, 80.0, 96.0):
        for X in (-11.5, 6.8):
            x, y = cam.p(X, Z)
            if x < -300 or x > W + 300:
                continue
            tree(far, rng, x, y, cam.s(3.4, Z), cam.s(0.17, Z), cam.s(2.4, Z),
                 AUTUMN_LIT, AUTUMN_DARK, leaf=max(1.0, 2.0 * 8 / Z + 0.8), sparse=0.2)
    far.blurred(1.4)

    road = Layer()
    road.poly([cam.p(-9, 200), cam.p(CURB, 200), cam.p(CURB, 0.8), cam.p(-9, 0.8)], (100, 102, 104))
    texture(road, rng, 20, 200, 255, (0, cam.hy, W, H))
    texture(road, rng, 2, 206, 255, (0, cam.hy, W, H))
    for Z in [2.5 + 10 * k for k in range(20)]:                      # lane dashes
        road.poly([cam.p(-3.3, Z), cam.p(-3.15, Z), cam.p(-3.15, Z + 4), cam.p(-3.3, Z + 4)],
                  (214, 214, 206))
    for X in (-8.8, CURB - 0.35):
        road.poly([cam.p(X - 0.075, 200), cam.p(X + 0.075, 200), cam.p(X + 0.075, 0.8),
                   cam.p(X - 0.075, 0.8)], (214, 214, 206))
    wet = Layer()                           # the wet stretch behind the truck: dark, glossy
    wet.poly([cam.p(-9, 8.6), cam.p(CURB, 8.6), cam.p(CURB, 0.8), cam.p(-9, 0.8)],
             (30, 34, 40, 130))
    for k in range(50):
        Z = rng.uniform(1.5, 8)
        X = rng.uniform(-9, CURB)
        x, y = cam.p(X, Z)
        wet.ellipse(x, y, cam.s(rng.uniform(0.4, 1.5), Z), cam.s(0.05, Z), (20, 22, 26, 70))
    wet.blurred(3)
    sheen = Layer()
    sheen.poly([cam.p(-9, 8.6), cam.p(CURB, 8.6), cam.p(CURB, 3.0), cam.p(-9, 3.0)],
               (200, 208, 216, 60))
    sheen.blurred(14)
    road.over(wet).over(sheen)

    walk = Layer()                                  # sidewalks with tiles and curbs
    walk.poly([cam.p(CURB, 200), cam.p(14, 200), cam.p(14, 0.8), cam.p(CURB, 0.8)], (166, 160, 152))
    walk.poly([cam.p(-22, 200), cam.p(-9, 200), cam.p(-9, 0.8), cam.p(-22, 0.8)], (156, 150, 142))
    Z = 0.8
    while Z < 120:
        walk.line([cam.p(CURB + 0.15, Z, 0.15), cam.p(14, Z, 0.15)], (134, 130, 122),
                  max(0.6, cam.s(0.015, Z)))
        Z += 0.5
    X = CURB + 0.15
    while X < 14:
        walk.line([cam.p(X, 0.8, 0.15), cam.p(X, 200, 0.15)], (134, 130, 122), 1.0)
        X += 0.5
    texture(walk, rng, 24, 200, 255, (0, cam.hy, W, H))
    texture(walk, rng, 3, 220, 255, (0, cam.hy, W, H))
    walk.poly([cam.p(CURB, 200, 0.15), cam.p(CURB + 0.15, 200, 0.15), cam.p(CURB + 0.15, 0.8, 0.15),
               cam.p(CURB, 0.8, 0.15)], (206, 204, 196))
    walk.poly([cam.p(CURB, 200, 0.15), cam.p(CURB, 0.8, 0.15), cam.p(CURB, 0.8, 0),
               cam.p(CURB, 200, 0)], (176, 174, 168))

    # --- the sprinkler truck, seen from behind, rear at Z = 8.5 m
    truck = Layer()
    Zr, Xl, Xr = 8.5, -2.9, -0.5
    Xc = (Xl + Xr) / 2
    a_, b_, Yc = 1.2, 0.85, 1.95                          # tank half-width, half-height
    zt0, zt1 = Zr, Zr + 5.2
    green = (36, 128, 92)
    soft_shadow(truck, *cam.p(Xc, Zr + 3), cam.s(1.9, Zr + 3), cam.s(0.7, Zr + 3), 170)
    cz0, cz1 = Zr + 5.4, Zr + 7.4                         # cab
    truck.poly([cam.p(Xl + 0.1, cz0, 3.05), cam.p(Xr - 0.1, cz0, 3.05), cam.p(Xr - 0.1, cz0, 0.9),
                cam.p(Xl + 0.1, cz0, 0.9)], (226, 228, 222))
    truck.poly([cam.p(Xr - 0.1, cz0, 3.05), cam.p(Xr - 0.1, cz1, 3.05), cam.p(Xr - 0.1, cz1, 0.9),
                cam.p(Xr - 0.1, cz0, 0.9)], (200, 204, 200))
    truck.poly([cam.p(Xr - 0.09, cz0 + 0.5, 2.8), cam.p(Xr - 0.09, cz1 - 0.2, 2.8),
                cam.p(Xr - 0.09, cz1 - 0.2, 1.9), cam.p(Xr - 0.09, cz0 + 0.5, 1.9)], (60, 74, 86))
    truck.poly([cam.p(Xr - 0.25, Zr, 1.1), cam.p(Xr - 0.25, cz1, 1.1), cam.p(Xr - 0.25, cz1, 0.55),
                cam.p(Xr - 0.25, Zr, 0.55)], (40, 40, 42))       # chassis rail
    wp = Plane(cam, Xr - 0.1, Zr, 0.0)
    for uc in (1.2, 2.5, 6.6):                                     # side wheels
        rim = [wp.p(uc + 0.52 * math.cos(a), 0.52 + 0.52 * math.sin(a))
               for a in (2 * math.pi * k / 40 for k in range(40))]
        truck.poly(rim, (26, 26, 28))
        hub = [wp.p(uc + 0.28 * math.cos(a), 0.52 + 0.28 * math.sin(a), 0.02)
               for a in (2 * math.pi * k / 40 for k in range(40))]
        truck.poly(hub, (120, 122, 124))
    truck.poly([cam.p(Xl + 0.25, Zr + 0.1, 1.35), cam.p(Xr - 0.25, Zr + 0.1, 1.35),
                cam.p(Xr - 0.25, Zr + 0.1, 0.75), cam.p(Xl + 0.25, Zr + 0.1, 0.75)],
               (34, 34, 36))                                      # subframe under the tank
    for X in (Xl + 0.35, Xr - 0.55):
        truck.poly([cam.p(X, Zr + 0.05, 0.8), cam.p(X + 0.2, Zr + 0.05, 0.8),
                    cam.p(X + 0.2, Zr + 0.05, 0.2), cam.p(X, Zr + 0.05, 0.2)], (20, 20, 22))
    # tank: ruled strips between the rear and front ellipses, back faces culled
    n = 72
    for k in range(n):
        t0, t1 = 2 * math.pi * k / n, 2 * math.pi * (k + 1) / n
        tm = (t0 + t1) / 2
        nx, ny = math.cos(tm) / a_, math.sin(tm) / b_
        px_, py_ = Xc + a_ * math.cos(tm), Yc + b_ * math.sin(tm)
        if nx * (0 - px_) + ny * (cam.h - py_) <= 0:
            continue
        quad = [cam.p(Xc + a_ * math.cos(t0), zt0, Yc + b_ * math.sin(t0)),
                cam.p(Xc + a_ * math.cos(t1), zt0, Yc + b_ * math.sin(t1)),
                cam.p(Xc + a_ * math.cos(t1), zt1, Yc + b_ * math.sin(t1)),
                cam.p(Xc + a_ * math.cos(t0), zt1, Yc + b_ * math.sin(t0))]
        lum = 0.6 + 0.4 * max(0.0, math.sin(tm) * 0.75 + math.cos(tm) * 0.25)
        c = green if abs(py_ - 1.75) < 0.22 else (232, 234, 228)
        truck.poly(quad, mix((0, 0, 0), c, lum))
    rear = [cam.p(Xc + a_ * math.cos(t), Zr, Yc + b_ * math.sin(t))
            for t in (2 * math.pi * k / 72 for k in range(72))]
    truck.poly(rear, (216, 218, 212))
    mask = Layer()
    mask.poly(rear, (255, 255, 255))
    bandl = Layer()
    bandl.poly([cam.p(Xl, Zr, 1.97), cam.p(Xr, Zr, 1.97), cam.p(Xr, Zr, 1.53),
                cam.p(Xl, Zr, 1.53)], green)
    bandl.im.putalpha(ImageChops.multiply(bandl.im.getchannel("A"), mask.im.getchannel("A")))
    truck.over(bandl)
    rx0, ry0 = cam.p(Xl, Zr, Yc + b_)
    rx1, ry1 = cam.p(Xr, Zr, Yc - b_)
    light(truck, (rx0, ry0, rx1, ry1), (1.04, 0.74), (1.04, 0.78), cyl=True)
    truck.ellipse(*cam.p(Xc, Zr - 0.02, Yc + 0.1), cam.s(0.26, Zr), cam.s(0.26, Zr),
                  (200, 202, 196), outline=(140, 142, 140), width=cam.s(0.04, Zr))
    for k in range(6):                                                # ladder
        y = Yc + b_ - 0.2 - k * 0.26
        truck.line([cam.p(Xr - 0.55, Zr - 0.06, y), cam.p(Xr - 0.25, Zr - 0.06, y)],
                   (150, 152, 154), cam.s(0.03, Zr))
    for X in (Xr - 0.55, Xr - 0.25):
        truck.line([cam.p(X, Zr - 0.06, Yc + b_ - 0.1), cam.p(X, Zr - 0.06, 0.7)],
                   (150, 152, 154), cam.s(0.035, Zr))
    for X in (Xl + 0.05, Xr - 0.55):                                  # rear tyres
        truck.poly([cam.p(X, Zr + 1.2, 0.5), cam.p(X + 0.5, Zr + 1.2, 0.5),
                    cam.p(X + 0.5, Zr + 1.2, 0.0), cam.p(X, Zr + 1.2, 0.0)], (24, 24, 26))
    truck.poly([cam.p(Xl - 0.05, Zr - 0.1, 0.8), cam.p(Xr + 0.05, Zr - 0.1, 0.8),
                cam.p(Xr + 0.05, Zr - 0.1, 0.5), cam.p(Xl - 0.05, Zr - 0.1, 0.5)], (44, 44, 46))
    for X in (Xl + 0.1, Xr - 0.4):                                    # lamps
        truck.poly([cam.p(X, Zr - 0.12, 0.76), cam.p(X + 0.3, Zr - 0.12, 0.76),
                    cam.p(X + 0.3, Zr - 0.12, 0.58), cam.p(X, Zr - 0.12, 0.58)], (196, 40, 30))
        truck.poly([cam.p(X + 0.02, Zr - 0.12, 0.74), cam.p(X + 0.1, Zr - 0.12, 0.74),
                    cam.p(X + 0.1, Zr - 0.12, 0.6), cam.p(X + 0.02, Zr - 0.12, 0.6)],
                   (250, 170, 70))
    truck.line([cam.p(Xl - 0.3, Zr - 0.15, 0.42), cam.p(Xr + 0.3, Zr - 0.15, 0.42)],
               (86, 88, 92), cam.s(0.06, Zr))                       # spray bar
    truck.blurred(0.6)

    # --- water: fans of jets from the ends of the spray bar, projected in 3D
    spray = Layer()
    mist = Layer()
    for nx0, side_, reach in ((Xl - 0.3, -1, 3.4), (Xr + 0.3, 1, 2.4)):
        for j in range(26):                                   # individual jets
            v = 0.3 + 2.6 * j / 25                            # spread from flat to rising
            g = 0.42 + v                                      # lands at t = 1
            back = rng.uniform(0.0, 1.4)
            rj = reach * rng.uniform(0.75, 1.05)
            pts = []
            for k in range(40):
                t = k / 39
                X = nx0 + side_ * rj * t
                Z = Zr - 0.15 - back * t
                Y = 0.42 + v * t - g * t * t
                if Y < 0:
                    break
                pts.append(cam.p(X, Z, Y))
            if len(pts) > 2:
                spray.line(pts, (236, 240, 242, 70), max(0.8, cam.s(0.012, Zr)))
            for k in range(60):
                t = rng.random()
                X = nx0 + side_ * rj * t
                Z = Zr - 0.15 - back * t
                Y = 0.42 + v * t - g * t * t + rng.gauss(0, 0.04 * t)
                if Y < 0:
                    continue
                x, y = cam.p(X, Z, Y)
                r = max(0.45, cam.s(rng.uniform(0.004, 0.012), Z))
                spray.ellipse(x, y, r, r, (240, 244, 246, rng.randint(60, 170)))
        for k in range(22):
            t = (k + 0.5) / 22
            x, y = cam.p(nx0 + side_ * reach * t, Zr - 0.7 * t, 0.42 + 1.5 * t - 1.9 * t * t)
            rr = cam.s(0.3 + 0.6 * t, Zr)
            mist.ellipse(x, y, rr, rr * 0.7, (232, 236, 240, 64))
        for k in range(16):                                 # splash where the fan lands
            x, y = cam.p(nx0 + side_ * rng.uniform(0.7, 1.05) * reach, Zr - rng.uniform(0.2, 1.5),
                         0.04)
            mist.ellipse(x, y, cam.s(0.3, Zr), cam.s(0.06, Zr), (226, 232, 236, 80))
    mist.blurred(7)
    spray.blurred(0.6)
    refl = Layer()                           # soft reflection of the truck in the wet road
    yg = cam.p(0, Zr)[1]
    flipped = truck.im.transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    top = int(H * SS - yg * SS)
    refl.im.alpha_composite(flipped.crop((0, top, W * SS, H * SS)), (0, int(yg * SS)))
    refl.im.putalpha(refl.im.getchannel("A").point(lambda v: v * 12 // 100))
    small = refl.im.resize((W * SS // 2, H * SS // 14), Image.Resampling.BILINEAR)
    refl.im = small.resize((W * SS, H * SS), Image.Resampling.BILINEAR)   # vertical smear
    refl.blurred(3)

    near = Layer()                       # sanitation workers sweeping the right sidewalk
    orange = (234, 110, 30)
    for X, Z, lean in ((3.5, 5.0, 1), (5.4, 9.0, -1), (3.3, 15.0, 1)):
        x, y = cam.p(X, Z, 0.15)
        hh = cam.s(1.7, Z)
        soft_shadow(near, x, y, hh * 0.22, hh * 0.035, 120)
        bx, by = x - lean * 0.36 * hh, y - 0.005 * hh
        figure(near, x, y, hh, rng, coat=orange, pants=orange, stripes=(220, 224, 220),
               cap=orange, hands=((x - lean * 0.12 * hh, y - 0.66 * hh),
                                  (x - lean * 0.06 * hh, y - 0.5 * hh)))
        near.line([(x - lean * 0.13 * hh, y - 0.7 * hh), (bx, by - 0.09 * hh)], (160, 130, 80),
                  0.016 * hh)
        broom = [(bx - 0.15 * hh, by), (bx + 0.15 * hh, by), (bx + 0.05 * hh, by - 0.12 * hh),
                 (bx - 0.05 * hh, by - 0.12 * hh)]
        near.poly(broom, (132, 112, 70))
        for k in range(14):
            fx = bx - 0.15 * hh + k * 0.3 * hh / 13
            near.line([(bx + (fx - bx) * 0.3, by - 0.11 * hh), (fx, by)], (100, 84, 50),
                      max(0.6, 0.004 * hh))
        for _ in range(50):
            near.ellipse(bx - lean * rng.uniform(0.05, 0.35) * hh, by + rng.uniform(-0.02, 0.015) * hh,
                         rng.uniform(2, 6) * hh / 400, rng.uniform(1, 3) * hh / 400,
                         jitter(rng, (150, 110, 50), 30))
    bx0, by0 = cam.p(CURB + 0.5, 11.0, 1.15)             # a green litter bin on the curb
    bx1, by1 = cam.p(CURB + 1.0, 11.0, 0.15)
    soft_shadow(near, (bx0 + bx1) / 2, by1, (bx1 - bx0) * 0.8, 6, 110)
    near.grect(bx0, by0, bx1, by1, (50, 132, 80), (22, 76, 44), horizontal=True)
    near.rect(bx0 - 3, by0 - 6, bx1 + 3, by0 + 4, (30, 90, 54))
    near.blurred(0.3)

    img = compose(base, sky, far, walk, road, refl, truck, mist, spray, near)
    return finish(img, rng, warm=(1.0, 1.0, 0.98), contrast=1.06)


# --------------------------------------------------------------------------------------

SCENES = [
    ("wulibao.jpg", scene_ceremony, 20181206),
    ("songshanlu.jpg", scene_community, 20181207),
    ("jiefanglu.jpg", scene_bikes, 20181208),
    ("houzhai.jpg", scene_cleaning, 20181130),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=DEFAULT_OUT, help="output directory")
    ap.add_argument("--only", help="generate only this file name, e.g. wulibao.jpg")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for name, fn, seed in SCENES:
        if args.only and args.only != name:
            continue
        img = fn(random.Random(seed))
        path = os.path.join(args.out, name)
        save(img, path)
        print(f"{path}: {img.size[0]}x{img.size[1]}, {os.path.getsize(path) // 1024} KB")


if __name__ == "__main__":
    main()
