#!/usr/bin/env python3
"""Build (and check) the Waqai place gazetteer.

Build:
    python3 tools/gazetteer/build_gazetteer.py --geonames PATH/cities500.txt

reads a GeoNames-format dump (tab-separated, the standard 19 columns), keeps
the Syrian rows and the foreign rows selected below, applies the per-row
decisions in geonames_overrides.tsv, merges curated_syria.tsv and
curated_world.tsv, and writes

    src/main/resources/org/waqai/extract/places/syria.tsv
    src/main/resources/org/waqai/extract/places/world.tsv

Check (no GeoNames file needed):
    python3 tools/gazetteer/build_gazetteer.py --check

validates the two output files and prints counts per kind and per admin1.
The build always runs the check at the end and exits non-zero on an error.

Standard library only.  See README.md beside this script for provenance.
"""

import argparse
import math
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT_DIR = os.path.join(REPO, "src", "main", "resources", "org", "waqai", "extract", "places")

COLUMNS = ["id", "kind", "name_en", "admin1", "lat", "lon", "names_ar", "parent", "source"]
CURATED_COLUMNS = COLUMNS[:-1]
KINDS = ["country", "governorate", "district", "subdistrict", "city", "town", "village",
         "neighbourhood", "point", "region"]
SYRIA_ADMIN1 = ["Damascus", "Rif Dimashq", "Aleppo", "Idlib", "Hama", "Homs", "Latakia",
                "Tartus", "Raqqa", "Deir ez-Zor", "Hasakah", "Daraa", "Quneitra", "As-Suwayda"]
# GeoNames admin1 codes for SY.
SY_ADMIN1 = {"01": "Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Raqqa",
             "05": "As-Suwayda", "06": "Daraa", "07": "Deir ez-Zor", "08": "Rif Dimashq",
             "09": "Aleppo", "10": "Hama", "11": "Homs", "12": "Idlib", "13": "Damascus",
             "14": "Tartus"}
SY_GOV_ID = {"Hasakah": "hasakah-gov", "Latakia": "latakia-gov", "Quneitra": "quneitra-gov",
             "Raqqa": "raqqa-gov", "As-Suwayda": "suwayda-gov", "Daraa": "daraa-gov",
             "Deir ez-Zor": "deir-ez-zor-gov", "Rif Dimashq": "rif-dimashq-gov",
             "Aleppo": "aleppo-gov", "Hama": "hama-gov", "Homs": "homs-gov",
             "Idlib": "idlib-gov", "Damascus": "damascus-gov", "Tartus": "tartus-gov"}
# Foreign GeoNames rows: every populated place of at least this size in these
# countries (plus rows named in geonames_overrides.tsv, e.g. Turkish border towns).
WORLD_COUNTRIES = {"IQ": "Iraq", "LB": "Lebanon", "JO": "Jordan", "PS": "Palestine",
                   "YE": "Yemen", "LY": "Libya", "EG": "Egypt", "SA": "Saudi Arabia",
                   "SD": "Sudan", "SO": "Somalia", "TN": "Tunisia", "DZ": "Algeria",
                   "MA": "Morocco", "TR": "Turkey", "IL": "Israel"}
WORLD_MIN_POP = 100000
# Turkish provinces on the Syrian border (GeoNames TR admin1 codes): Hatay,
# Kilis, Gaziantep, Sanliurfa, Mardin, Sirnak.  Other TR rows need an override.
TR_BORDER_ADMIN1 = {"31", "90", "83", "63", "72", "80"}

SYRIA_BOX = (32.3, 37.4, 35.6, 42.4)  # lat min, lat max, lon min, lon max
NEIGHBOURHOOD_MAX_KM = 12.0

ARABIC_LETTER = re.compile("[\u0621-\u064A]")
# Characters allowed in a names_ar entry after cleaning: Arabic letters of the
# basic block, Arabic-Indic and ASCII digits, space, hyphen, Latin M/T for
# road names such as "M5".
ALLOWED = re.compile("^[\u0621-\u063A\u0641-\u064A0-9\u0660-\u0669 \\-A-Za-z]+$")
STRIP = re.compile("[\u064B-\u065F\u0670\u0640\u200c-\u200f\u202a-\u202e\u061c]")


def slug(text):
    text = text.lower().replace("'", "").replace("`", "")
    text = re.sub(r"[^a-z0-9]+", "-", text)
    return text.strip("-")


def clean_ar(name):
    """Strip harakat, tatweel and direction marks; reject non-Arabic-script names."""
    name = STRIP.sub("", name).strip()
    name = re.sub(r"\s+", " ", name)
    if not name or not ARABIC_LETTER.search(name) or not ALLOWED.match(name):
        return None
    if re.search("[A-Za-z]", name) and not re.search(r"\b[MT]\d", name):
        return None
    return name


def variants(name):
    """Orthographic variants seen in news: bare alef, final ه for ة, final ي for ى."""
    out = [name]
    bare = re.sub("[أإآ]", "ا", name)
    out.append(bare)
    for n in list(out):
        if n.endswith("ة"):
            out.append(n[:-1] + "ه")
        if n.endswith("ى"):
            out.append(n[:-1] + "ي")
    return out


def join_names(names):
    seen = OrderedDict()
    for n in names:
        c = clean_ar(n)
        if c is None:
            continue
        for v in variants(c):
            seen.setdefault(v, None)
    return "|".join(seen)


def fmt_coord(value):
    return ("%.5f" % float(value)).rstrip("0").rstrip(".") if "." in ("%.5f" % float(value)) else str(value)


def read_tsv(path, columns):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = None
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
                sys.exit("%s:%d: %d fields, expected %d" % (path, lineno, len(fields), len(columns)))
            row = dict(zip(columns, fields))
            row["_where"] = "%s:%d" % (os.path.basename(path), lineno)
            rows.append(row)
    return rows


OVERRIDE_COLUMNS = ["geonameid", "id", "kind", "name_en", "admin1", "parent", "names_ar_add",
                    "names_ar_drop"]


def load_overrides(path):
    out = {}
    for row in read_tsv(path, OVERRIDE_COLUMNS):
        if row["geonameid"] in out:
            sys.exit("%s: geonameid %s twice" % (row["_where"], row["geonameid"]))
        out[row["geonameid"]] = row
    return out


def geonames_rows(path, overrides):
    """Yield (scope, row) for the GeoNames rows to keep; scope is 'syria' or 'world'."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            g = line.rstrip("\n").split("\t")
            if len(g) < 19:
                continue
            gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc = g[:9]
            admin1_code, pop = g[10], int(g[14] or 0)
            ov = overrides.get(gid)
            if cc == "SY":
                scope = "syria"
            elif ov is not None:
                scope = "world"
            elif cc in WORLD_COUNTRIES and pop >= WORLD_MIN_POP and (
                    cc != "TR" or admin1_code in TR_BORDER_ADMIN1):
                scope = "world"
            else:
                continue
            if ov is not None and ov["kind"] == "skip":
                continue
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
                admin1 = WORLD_COUNTRIES.get(cc, "")
                kind = "city"
                parent = ""
            row = {"id": "", "kind": kind, "name_en": ascii_name, "admin1": admin1,
                   "lat": lat, "lon": lon, "parent": parent, "source": "geonames:" + gid,
                   "_where": "geonames:" + gid, "_names": names}
            if ov is not None:
                for key in ("id", "kind", "name_en", "admin1", "parent"):
                    if ov[key]:
                        row[key] = ov[key]
            elif scope == "syria":
                print("warning: Syrian GeoNames row %s (%s) has no override" % (gid, name),
                      file=sys.stderr)
            if not row["parent"]:
                row["parent"] = slug(row["admin1"])
            row["_auto_id"] = slug(ascii_name)
            row["names_ar"] = join_names(row.pop("_names"))
            yield scope, row


def resolve_coords(rows, index):
    """Curated rows may write '=<id>' in lat (lon empty) to reuse another row's point."""
    for row in rows:
        if row["lat"].startswith("="):
            ref = index.get(row["lat"][1:])
            if ref is None or ref["lat"].startswith("="):
                sys.exit("%s: cannot resolve coordinates %s" % (row["_where"], row["lat"]))
            row["lat"], row["lon"] = ref["lat"], ref["lon"]


KIND_ORDER = {k: i for i, k in enumerate(KINDS)}


def write(path, rows, title):
    rows = sorted(rows, key=lambda r: (r["admin1"], KIND_ORDER[r["kind"]], r["id"]))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# %s. Generated by tools/gazetteer/build_gazetteer.py: edit the curated files\n" % title)
        f.write("# there, not this file. Rows with source geonames:<id> come from GeoNames\n")
        f.write("# (geonames.org, CC BY 4.0); rows with source curated were written by hand.\n")
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            r = dict(r)
            r["lat"], r["lon"] = fmt_coord(r["lat"]), fmt_coord(r["lon"])
            f.write("\t".join(r[c] for c in COLUMNS) + "\n")


def build(args):
    overrides = load_overrides(os.path.join(HERE, "geonames_overrides.tsv"))
    syria, world = [], []
    for scope, row in geonames_rows(args.geonames, overrides):
        (syria if scope == "syria" else world).append(row)
    for name, target in (("curated_syria.tsv", syria), ("curated_world.tsv", world)):
        for row in read_tsv(os.path.join(HERE, name), CURATED_COLUMNS):
            names = row["names_ar"].split("|")
            row["names_ar"] = join_names(names)
            if len(row["names_ar"].split("|")) < len([n for n in names if n]):
                pass
            row["source"] = "curated"
            target.append(row)
    # GeoNames rows without an id in the overrides get a slug of their ASCII name,
    # suffixed with the country (then the geonameid) when that slug is taken.
    taken = {r["id"] for r in syria + world if r["id"]}
    for row in syria + world:
        auto = row.pop("_auto_id", None)
        if row["id"]:
            continue
        for cand in (auto, auto + "-" + slug(row["admin1"]), auto + "-" + row["source"][9:]):
            if cand not in taken:
                row["id"] = cand
                taken.add(cand)
                break
    index = {}
    for row in syria + world:
        if row["id"] in index:
            sys.exit("duplicate id %s (%s and %s)" % (row["id"], index[row["id"]]["_where"],
                                                       row["_where"]))
        index[row["id"]] = row
    resolve_coords(syria + world, index)
    os.makedirs(args.out_dir, exist_ok=True)
    write(os.path.join(args.out_dir, "syria.tsv"), syria, "Syrian places")
    write(os.path.join(args.out_dir, "world.tsv"), world, "Places outside Syria")


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def check(out_dir):
    errors = []
    files = {"syria": read_tsv(os.path.join(out_dir, "syria.tsv"), COLUMNS),
             "world": read_tsv(os.path.join(out_dir, "world.tsv"), COLUMNS)}
    index = {}
    for scope, rows in files.items():
        for r in rows:
            where = r["_where"]
            if r["id"] in index:
                errors.append("%s: duplicate id %s" % (where, r["id"]))
            index[r["id"]] = r
            if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", r["id"]):
                errors.append("%s: bad id %r" % (where, r["id"]))
            if r["kind"] not in KINDS:
                errors.append("%s: bad kind %r" % (where, r["kind"]))
            if not r["name_en"]:
                errors.append("%s: empty name_en" % where)
            names = [n for n in r["names_ar"].split("|")]
            if not r["names_ar"] or any(not n or clean_ar(n) != n for n in names):
                errors.append("%s: bad names_ar %r" % (where, r["names_ar"]))
            if len(set(names)) != len(names):
                errors.append("%s: repeated name in names_ar" % where)
            if not (r["source"] == "curated" or re.match(r"^geonames:\d+$", r["source"])):
                errors.append("%s: bad source %r" % (where, r["source"]))
            try:
                lat, lon = float(r["lat"]), float(r["lon"])
            except ValueError:
                errors.append("%s: bad coordinates" % where)
                continue
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                errors.append("%s: coordinates out of range" % where)
            if scope == "syria":
                if r["admin1"] not in SYRIA_ADMIN1:
                    errors.append("%s: admin1 %r not a governorate" % (where, r["admin1"]))
                if not (SYRIA_BOX[0] <= lat <= SYRIA_BOX[1] and SYRIA_BOX[2] <= lon <= SYRIA_BOX[3]):
                    errors.append("%s: %s outside Syria's box" % (where, r["id"]))
            elif r["admin1"] in SYRIA_ADMIN1:
                errors.append("%s: world row with a Syrian governorate" % where)
            if r["kind"] in ("governorate", "country") and r["parent"]:
                errors.append("%s: %s must have no parent" % (where, r["kind"]))
    for scope, rows in files.items():
        for r in rows:
            if not r["parent"]:
                if r["kind"] not in ("governorate", "country") and scope == "syria":
                    errors.append("%s: %s has no parent" % (r["_where"], r["id"]))
                continue
            p = index.get(r["parent"])
            if p is None:
                errors.append("%s: unknown parent %s" % (r["_where"], r["parent"]))
                continue
            if scope == "syria" and p["admin1"] != r["admin1"]:
                errors.append("%s: %s in %s but parent %s in %s" % (
                    r["_where"], r["id"], r["admin1"], p["id"], p["admin1"]))
            if r["kind"] == "neighbourhood":
                if p["kind"] not in ("city", "town"):
                    errors.append("%s: neighbourhood parent %s is a %s" % (r["_where"], p["id"], p["kind"]))
                d = km(float(r["lat"]), float(r["lon"]), float(p["lat"]), float(p["lon"]))
                if d > NEIGHBOURHOOD_MAX_KM:
                    errors.append("%s: %s is %.1f km from %s" % (r["_where"], r["id"], d, p["id"]))
    for scope, rows in files.items():
        print("%s.tsv: %d rows" % (scope, len(rows)))
        print("  by kind:   " + ", ".join("%s %d" % kv for kv in sorted(
            Counter(r["kind"] for r in rows).items(), key=lambda kv: KIND_ORDER.get(kv[0], 99))))
        print("  by source: " + ", ".join("%s %d" % kv for kv in sorted(
            Counter(r["source"].split(":")[0] for r in rows).items())))
        print("  by admin1: " + ", ".join("%s %d" % kv for kv in sorted(
            Counter(r["admin1"] for r in rows).items(), key=lambda kv: -kv[1])))
    for e in errors:
        print("ERROR " + e)
    print("%d error(s)" % len(errors))
    return not errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--geonames", help="GeoNames dump (e.g. cities500.txt); builds the outputs")
    ap.add_argument("--check", action="store_true", help="only validate the output files")
    ap.add_argument("--out-dir", default=OUT_DIR)
    args = ap.parse_args()
    if not args.geonames and not args.check:
        ap.error("give --geonames PATH to build, or --check")
    if args.geonames:
        build(args)
    sys.exit(0 if check(args.out_dir) else 1)


if __name__ == "__main__":
    main()
