"""GML surfaces (GML 3.1 and 3.2) as shapely polygons, curves and arcs included.

XPlanGML and WFS answers describe areas with every construct GML knows: a `gml:Ring` made of
`gml:Curve`s whose segments mix straight `LineStringSegment`s with `Arc`, `ArcString`,
`Circle`, `CircleByCenterPoint` and `ArcByCenterPoint`. Each segment is read in order and arcs
are densified (one point per degree at most), so an area bounded by a circle keeps its size
instead of collapsing to the first straight piece. No library reads GML geometry without
GDAL's GML driver and the file's online schemas, hence this reader.
"""
from __future__ import annotations

import math
import re

import shapely
from lxml import etree
from pyproj import CRS
from pyproj.exceptions import CRSError
from shapely.geometry import MultiPolygon, Point, Polygon

from connectors.limits import MAX_VERTICES, coordinate_problem

GML_NAMESPACES = ("http://www.opengis.net/gml/3.2", "http://www.opengis.net/gml")
# Densification: at most this angle (degrees) between two points on an arc.
_ARC_STEP_DEGREES = 1.0

# AdV names of the reference systems of the German surveying authorities (common in
# XPlanGML 4.x), e.g. urn:adv:crs:ETRS89_UTM32 or urn:adv:crs:DE_DHDN_3GK3_NW177.
_ADV_CRS = [
    (re.compile(r"ETRS89_UTM(\d{2})", re.I), lambda zone: 25800 + int(zone)),
    (re.compile(r"DE_DHDN_3GK([2-5])", re.I), lambda zone: 31464 + int(zone)),
    (re.compile(r"DE_PD/?83_3GK([34])", re.I), lambda zone: 3393 + int(zone)),
    (re.compile(r"DE_RD/?83_3GK([45])", re.I), lambda zone: 3394 + int(zone)),
    (re.compile(r"ETRS89_Lat-?Lon", re.I), lambda _: 4258),
]


class GmlError(ValueError):
    """A geometry that cannot be read; the message is German and names the line."""


class NotAnArea(GmlError):
    """A geometry where an area was expected is a point or a line: „ein Punkt (gml:Point,
    Zeile 27), keine Fläche“."""


# What a geometry is when it is no area, in the words of the message.
_NOT_AREAS = {"Point": "ein Punkt", "MultiPoint": "mehrere Punkte", "LineString": "eine Linie",
              "Curve": "eine Linie", "CompositeCurve": "eine Linie", "OrientableCurve": "eine Linie",
              "MultiCurve": "mehrere Linien", "MultiLineString": "mehrere Linien"}


def local(node) -> str:
    return etree.QName(node).localname if isinstance(node.tag, str) else ""


def crs_code(srs_name: str | None) -> str | None:
    """`EPSG:25832` for the AdV and OGC spellings of a reference system; other names as given."""
    if not srs_name:
        return None
    name = srs_name.strip()
    if name.lower().startswith("urn:adv:crs:"):
        horizontal = name[len("urn:adv:crs:"):].split("*")[0]  # "…_UTM32*DE_DHHN92_NH": 2D part
        for pattern, code in _ADV_CRS:
            if match := pattern.fullmatch(horizontal) or pattern.match(horizontal):
                return f"EPSG:{code(match.group(1) if match.groups() else '')}"
        return name
    epsg = re.search(r"EPSG(?::[\d.]*)?:+(\d+)$|EPSG/\d+/(\d+)$|epsg\.xml#(\d+)$", name, re.I)
    if epsg:
        return "EPSG:" + next(group for group in epsg.groups() if group)
    return name


def northing_first(srs_name: str | None) -> bool:
    """Whether coordinates come latitude (or northing) first: the EPSG axis order, which GML
    follows for the URN and http URI spellings (urn:ogc:def:crs:EPSG::4326); the short
    `EPSG:4326` is read as longitude/latitude, as servers write it."""
    name = (srs_name or "").lower()
    if not (name.startswith("urn:") or name.startswith("http")) or crs_code(srs_name) == srs_name:
        return False
    try:
        return CRS.from_user_input(crs_code(srs_name)).axis_info[0].direction in ("north", "south")
    except CRSError:
        return False


def srs_name(element) -> str | None:
    """The first srsName on the element or below it."""
    for node in element.iter():
        if isinstance(node.tag, str) and node.get("srsName"):
            return node.get("srsName")
    return None


def point(element) -> Point | None:
    """The point of a geometry property holding a gml:Point, else None."""
    node = next((n for n in element.iter() if local(n) == "Point"), None)
    return Point(_points(node)[0]) if node is not None else None


def surface(element) -> Polygon | MultiPolygon:
    """The area of a geometry property: Polygon, Surface patches, MultiSurface, …"""
    polygons, points = [], 0
    for node in element.iter():
        if local(node) in ("Polygon", "PolygonPatch") and etree.QName(node).namespace in GML_NAMESPACES:
            polygons.append(_polygon(node))
            # the limit holds for the geometry, not only for each ring (many parts add up)
            points += shapely.get_num_coordinates(polygons[-1])
            if points > MAX_VERTICES:
                raise _too_many_points(element)
    if not polygons:
        other = next((node for node in element.iter() if local(node) in _NOT_AREAS
                      and etree.QName(node).namespace in GML_NAMESPACES), None)
        if other is not None:
            raise NotAnArea(f"{_NOT_AREAS[local(other)]} (gml:{local(other)}, Zeile "
                            f"{other.sourceline}), keine Fläche")
        raise GmlError("keine Fläche (gml:Polygon, gml:Surface oder gml:MultiSurface) gefunden")
    return polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)


def _polygon(node) -> Polygon:
    exterior = _child(node, "exterior", "outerBoundaryIs")
    if exterior is None:
        raise GmlError(f"gml:exterior fehlt (Zeile {node.sourceline})")
    holes = [_ring(interior) for interior in node
             if local(interior) in ("interior", "innerBoundaryIs")]
    return Polygon(_ring(exterior), holes)


def _child(node, *names):
    return next((child for child in node if local(child) in names), None)


def _ring(boundary) -> list[tuple[float, float]]:
    ring = _child(boundary, "LinearRing", "Ring")
    if ring is None:
        raise GmlError(f"Ring fehlt (Zeile {boundary.sourceline})")
    if local(ring) == "LinearRing":
        points = _points(ring)
    else:
        points = []
        for member in ring:
            if local(member) == "curveMember":
                points = _join(points, _curve(_only_child(member)))
    if len(points) < 4:
        raise GmlError(f"Ring mit weniger als vier Punkten (Zeile {ring.sourceline})")
    if points[0] != points[-1]:
        raise GmlError(f"Ring ist nicht geschlossen (Zeile {ring.sourceline}): Anfangspunkt "
                       f"{_show(points[0])}, Endpunkt {_show(points[-1])}")
    return points


def _only_child(node):
    child = next((c for c in node if isinstance(c.tag, str)), None)
    if child is None:
        raise GmlError(f"leeres Element gml:{local(node)} (Zeile {node.sourceline}); "
                       "Verweise per xlink:href werden nicht aufgelöst")
    return child


def _curve(node) -> list[tuple[float, float]]:
    kind = local(node)
    if kind in ("LineString", "LinearRing"):
        return _points(node)
    if kind == "Curve":
        points = []
        for segments in node:
            for segment in segments if local(segments) == "segments" else ():
                points = _join(points, _segment(segment))
        return points
    if kind == "CompositeCurve":
        points = []
        for member in node:
            if local(member) == "curveMember":
                points = _join(points, _curve(_only_child(member)))
        return points
    if kind == "OrientableCurve":
        base = _curve(_only_child(_child(node, "baseCurve")))
        return base[::-1] if node.get("orientation") == "-" else base
    raise GmlError(f"Linientyp gml:{kind} wird nicht unterstützt (Zeile {node.sourceline})")


def _segment(segment) -> list[tuple[float, float]]:
    kind = local(segment)
    if kind in ("LineStringSegment", "LineString"):
        return _points(segment)
    if kind in ("Arc", "ArcString", "Circle"):
        points = _points(segment)
        if len(points) < 3 or len(points) % 2 == 0:
            raise GmlError(f"gml:{kind} braucht eine ungerade Zahl von mindestens drei Punkten "
                           f"(Zeile {segment.sourceline})")
        if kind == "Circle":
            return _arc(*points[:3], full_circle=True)
        dense = []
        for start in range(0, len(points) - 2, 2):
            dense = _join(dense, _arc(*points[start:start + 3]))
        return dense
    if kind in ("CircleByCenterPoint", "ArcByCenterPoint"):
        (cx, cy), = _points(segment)[:1]
        radius = float(segment.findtext(_any("radius")) or "nan")
        if kind == "CircleByCenterPoint":
            start, end = 0.0, 360.0
        else:
            start = float(segment.findtext(_any("startAngle")) or 0)
            end = float(segment.findtext(_any("endAngle")) or 0)
        if not radius > 0:
            raise GmlError(f"gml:{kind} ohne gültigen Radius (Zeile {segment.sourceline})")
        return _sweep(cx, cy, radius, math.radians(start), math.radians(end - start))
    raise GmlError(f"Kurvensegment gml:{kind} wird nicht unterstützt (Zeile {segment.sourceline})")


def _any(name: str) -> str:
    return f"{{*}}{name}"


def _arc(p1, p2, p3, full_circle: bool = False) -> list[tuple[float, float]]:
    """Points along the circular arc from p1 through p2 to p3 (or the whole circle)."""
    (x1, y1), (x2, y2), (x3, y3) = p1, p2, p3
    determinant = 2 * (x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2))
    if abs(determinant) < 1e-12:  # collinear: a straight line
        return [p1, p3] if not full_circle else [p1, p2, p1]
    squares = [x * x + y * y for x, y in (p1, p2, p3)]
    cx = (squares[0] * (y2 - y3) + squares[1] * (y3 - y1) + squares[2] * (y1 - y2)) / determinant
    cy = (squares[0] * (x3 - x2) + squares[1] * (x1 - x3) + squares[2] * (x2 - x1)) / determinant
    radius = math.hypot(x1 - cx, y1 - cy)
    counterclockwise = determinant > 0
    a1, a3 = (math.atan2(y - cy, x - cx) for x, y in (p1, p3))
    if full_circle:
        sweep = 2 * math.pi
    else:
        sweep = (a3 - a1) % (2 * math.pi)
    if not counterclockwise:
        sweep = sweep - 2 * math.pi if sweep else -2 * math.pi
    points = _sweep(cx, cy, radius, a1, sweep)
    # The given points stay exact: neighbouring segments and rings join on them.
    points[0] = p1
    points[-1] = p1 if full_circle else p3
    return points


def _sweep(cx, cy, radius, start, sweep) -> list[tuple[float, float]]:
    steps = max(2, math.ceil(abs(math.degrees(sweep)) / _ARC_STEP_DEGREES))
    points = [(cx + radius * math.cos(start + sweep * i / steps),
               cy + radius * math.sin(start + sweep * i / steps)) for i in range(steps + 1)]
    if abs(abs(sweep) - 2 * math.pi) < 1e-9:
        points[-1] = points[0]
    return points


def _join(points: list, more: list) -> list:
    if points and more and _close(points[-1], more[0]):
        return points + more[1:]
    return points + more


def _close(a, b) -> bool:
    return abs(a[0] - b[0]) < 1e-6 and abs(a[1] - b[1]) < 1e-6


def _points(node) -> list[tuple[float, float]]:
    """The positions of a LinearRing, LineString or segment: posList, pos, coordinates."""
    pos_list = _child(node, "posList")
    if pos_list is not None:
        try:
            dimension = int(pos_list.get("srsDimension") or _dimension(node) or 2)
        except ValueError:
            raise GmlError(f"srsDimension ist keine Zahl (Zeile {pos_list.sourceline})") from None
        values = _numbers(pos_list)
    else:
        positions = [p for p in node.iter() if local(p) == "pos"]
        if len(positions) > MAX_VERTICES:  # refused before a million numbers are converted
            raise _too_many_points(node)
        if positions:
            dimension = len((positions[0].text or "").split())
            values = [v for p in positions for v in _numbers(p)]
        elif (coordinates := _child(node, "coordinates")) is not None:  # GML 2
            tuples = (coordinates.text or "").split()
            dimension = len(tuples[0].split(",")) if tuples else 2
            try:
                values = [float(v) for t in tuples for v in t.split(",")]
            except ValueError:
                raise GmlError(f"Koordinate ist keine Zahl (Zeile {coordinates.sourceline})") from None
        else:
            raise GmlError(f"keine Koordinaten in gml:{local(node)} (Zeile {node.sourceline})")
    if dimension < 2 or len(values) % dimension:
        raise GmlError(f"Koordinatenzahl passt nicht zur Dimension {dimension} "
                       f"(Zeile {node.sourceline})")
    if problem := coordinate_problem(values):
        raise GmlError(f"{problem} (Zeile {node.sourceline})")
    return [(values[i], values[i + 1]) for i in range(0, len(values), dimension)]


def _too_many_points(node) -> GmlError:
    return GmlError(f"mehr als {MAX_VERTICES:,} Punkte (Zeile {node.sourceline}) – bitte "
                    f"vereinfachen".replace(",", "."))


def _numbers(node) -> list[float]:
    try:
        return [float(v) for v in (node.text or "").split()]
    except ValueError:
        raise GmlError(f"Koordinate ist keine Zahl (Zeile {node.sourceline})") from None


def _dimension(node) -> str | None:
    while node is not None:
        if node.get("srsDimension"):
            return node.get("srsDimension")
        node = node.getparent()
    return None


def _show(point) -> str:
    return f"({point[0]:.3f} {point[1]:.3f})"
