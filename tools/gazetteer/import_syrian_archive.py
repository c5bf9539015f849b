#!/usr/bin/env python3
"""Derive extra Syrian gazetteer rows from the Syrian Archive's bilingual location list.

    python3 tools/gazetteer/import_syrian_archive.py PATH/locations.xml

PATH/locations.xml is `database/data/locations.xml` of the Syrian Archive's public
incident-database repository (a Django fixture of `database.locationplace` objects:
English name, Arabic name, governorate, latitude, longitude).  Writes
`syrianarchive_syria.tsv` beside this script: one row per location that the gazetteer
does not already hold (same Arabic name within 5 km), with our own id, kind, governorate
(that of the nearest gazetteer place) and parent (the nearest sub-district seat).
Only facts are kept (names and coordinates).  Standard library only; run
build_gazetteer.py afterwards to merge the rows into syria.tsv.
"""

import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_gazetteer as B  # noqa: E402

OUT = os.path.join(B.HERE, "syrianarchive_syria.tsv")
COLUMNS = B.CURATED_COLUMNS + ["source"]

# English suffixes of administrative units (the gazetteer has them all already)
ADMIN_SUFFIX = re.compile(r"\b(nahiyah|nahiya|mantiqah|mantiqa|district|governorate|province)\b", re.I)
# Arabic head words: a point (building, road, base) or the kind word of a settlement
POINT_HEADS = ("جامع", "مسجد", "شارع", "طريق", "دوار", "ساحة", "فندق", "مشفى", "مستشفى", "كنيسة",
               "جسر", "سوق", "مطار", "حاجز", "كتيبة", "فرع", "سجن", "مدرسة", "جامعة", "كلية",
               "ملعب", "قلعة", "مبنى", "معمل", "مصنع", "محطة", "فوج", "لواء", "مقر", "مساكن",
               "اللواء", "الفوج", "الكلية", "بناء", "مفرق", "دار", "مركز", "قصر", "باب", "تلة", "مخيم")
KIND_HEADS = {"حي": "neighbourhood", "قرية": "village", "بلدة": "village", "مدينة": "town",
              "ضاحية": "neighbourhood"}
# Arabic names too common as words to be a name on their own
COMMON = {"المدينة", "الجامع", "السوق", "المطار", "الشارع", "المركز", "الكلية", "المحطة", "المزرعة",
          "القرية", "البلد", "المعمل", "الجسر", "الساحة", "الملعب", "المقبرة", "المحافظة", "الجبل",
          "الوادي", "السجن", "المشفى", "المستشفى", "الحي", "الجامعة", "المدرسة", "الفرن", "البريد",
          "الشرقي", "الغربي", "الشمالي", "الجنوبي", "الجديدة", "الجديد", "القديمة", "القديم",
          # ordinary words and personal names that the list also carries as place names
          "العقبة", "عزة", "أصيلة", "ميسر", "الكليه الحربيه", "المحافظه", "السبيل", "الشهباء", "الزهراء",
          "العيون", "كبيرة", "كبير", "تشرين", "البلد", "جديدة", "الضاحية الغربية", "القصور", "الصناعة",
          "الجلاء", "مرابط", "الشرقية", "الغربية", "الكرامة", "الكريم", "القبة", "الشريعة", "حرب",
          "ربيع العربي", "محرم", "عدوان", "سان", "العامود", "مازن", "نبيل", "يونس", "رامي", "جوزيف",
          "مسعود", "الجمارك", "الجمال", "عباد", "عشيرة", "حر", "ضيعة", "ضيع", "هلات", "البشاير",
          "ناعورة", "نحلة", "ريان", "نبهان", "الحمامة", "بليون", "بنين", "البياض", "الفاضل", "البلعوم",
          "صبا", "الطيار", "مشاع الطيار", "الجامعة العربية الدولية", "عميقة", "الجنان", "الرصافة",
          "الميدان", "المعادي", "المغاير", "مشارقة", "منصورة", "غرناطة", "سيد علي", "ناصر", "شيخ فارس",
          "الجابرية", "محيمدة", "دروبي", "سلمى", "الغاب", "سكرية", "مريجة", "الحرتمية", "الشير",
          "حميدية", "الكيالي", "عبلة", "الحويجة", "الجايد", "مرشدية", "سحرية", "ابي الفداء", "الهيت",
          "البريج", "الحراكي", "زارة", "صالحيات", "حدادية", "الزاهرة", "الدمينة الغربية", "المستريحة"}
SMALL = {"village", "neighbourhood", "point", "town"}
REGION_ADMIN1 = {"ALEPPO": "Aleppo", "IDLIB": "Idlib", "HAMA": "Hama", "DAMASCUS": None,
                 "HOMS": "Homs", "LATTAKIA": "Latakia", "DEIR EZZOR": "Deir ez-Zor",
                 "HASAKAH": "Hasakah", "QUINETRA": "Quneitra", "DARAA": "Daraa",
                 "SUWAYDA": "As-Suwayda", "TARTOUS": "Tartus"}


def fold(n):
    n = re.sub("[أإآ]", "ا", n)
    n = n[:-1] + "ة" if n.endswith("ه") else n
    return n[:-1] + "ي" if n.endswith("ى") else n


def existing_rows():
    rows = B.read_tsv(os.path.join(B.OUT_DIR, "syria.tsv"), B.COLUMNS)
    return [r for r in rows if not r["source"].startswith("syrianarchive")]


def read_fixture(path):
    out = {}
    for obj in ET.parse(path).getroot():
        if obj.get("model") != "database.locationplace":
            continue
        f = {e.get("name"): (e.text or "") for e in obj}
        out[obj.get("pk")] = f
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    fixture = read_fixture(sys.argv[1])
    have = existing_rows()
    places = [r for r in have if r["kind"] in ("city", "town", "village", "subdistrict")]
    seats = [r for r in have if r["kind"] == "subdistrict"]
    cities = [r for r in have if r["kind"] in ("city", "town")]
    by_name = {}
    for r in have:
        for n in r["names_ar"].split("|"):
            by_name.setdefault(fold(n), []).append(r)
    taken = {r["id"] for r in have}
    rows, skipped = [], {}

    def skip(why):
        skipped[why] = skipped.get(why, 0) + 1

    for pk, f in sorted(fixture.items(), key=lambda kv: int(kv[0])):
        en = (f.get("name_en") or f.get("name") or "").strip()
        ar = B.clean_ar((f.get("name_ar") or "").replace("\u200f", "").replace("\u200e", ""))
        region = (fixture.get(f.get("region"), {}).get("name_en") or "").strip()
        if not en or ar is None:
            skip("no clean Arabic name")
            continue
        if ADMIN_SUFFIX.search(en) or f.get("region") == pk:
            skip("administrative unit or governorate")
            continue
        try:
            lat, lon = float(f["latitude"]), float(f["longitude"])
        except (KeyError, ValueError):
            skip("no coordinates")
            continue
        box = B.SYRIA_BOX
        if not (box[0] <= lat <= box[1] and box[2] <= lon <= box[3]):
            skip("outside Syria")
            continue
        words = ar.split(" ")
        kind = None
        if words[0] in KIND_HEADS and len(words) > 1:
            kind = KIND_HEADS[words[0]]
            name = " ".join(words[1:])
        else:
            name = ar
            if words[0] in POINT_HEADS and len(words) > 1:
                kind = "point"
        core = re.sub("^ال", "", name.replace(" ", ""))
        if len(core) < 3 or name in COMMON or "ريف" in name or "-" in name:
            skip("short or common word")
            continue
        near = min(places, key=lambda r: B.km(lat, lon, float(r["lat"]), float(r["lon"])))
        admin1 = near["admin1"]
        want = REGION_ADMIN1.get(region.upper())
        if want and want != admin1 and B.km(lat, lon, float(near["lat"]), float(near["lon"])) > 10:
            skip("governorate disagrees with the nearest place")
            continue
        if any(B.km(lat, lon, float(r["lat"]), float(r["lon"])) < (5 if r["kind"] in SMALL else 30)
               for r in by_name.get(fold(name), [])):
            skip("already in the gazetteer")
            continue
        same_gov = [r for r in cities if r["admin1"] == admin1]
        city = min(same_gov, key=lambda r: B.km(lat, lon, float(r["lat"]), float(r["lon"])), default=None)
        if kind is None:
            close = city is not None and city["kind"] == "city" and B.km(
                lat, lon, float(city["lat"]), float(city["lon"])) < 6
            kind = "neighbourhood" if close else "village"
        if kind == "neighbourhood":
            if city is None or B.km(lat, lon, float(city["lat"]), float(city["lon"])) > B.NEIGHBOURHOOD_MAX_KM:
                kind = "village"
                parent_row = None
            else:
                parent_row = city
        else:
            parent_row = None
        if parent_row is None:
            pool = [r for r in seats if r["admin1"] == admin1] or [
                r for r in have if r["admin1"] == admin1 and r["kind"] == "governorate"]
            parent_row = min(pool, key=lambda r: B.km(lat, lon, float(r["lat"]), float(r["lon"])))
        base = "sa-" + (B.slug(en) or pk)
        rid = base if base not in taken else base + "-" + pk
        taken.add(rid)
        rows.append({"id": rid, "kind": kind, "name_en": en, "admin1": admin1,
                     "lat": B.fmt_coord(lat), "lon": B.fmt_coord(lon), "names_ar": name,
                     "parent": parent_row["id"], "source": "syrianarchive:" + pk})
        by_name.setdefault(fold(name), []).append(rows[-1])
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Derived by import_syrian_archive.py from the Syrian Archive's location list\n")
        f.write("# (names and coordinates; see README.md). Do not edit: fix the importer or\n")
        f.write("# override a row in curated_syria.tsv.\n")
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(r[c] for c in COLUMNS) + "\n")
    print("%d rows written to %s" % (len(rows), OUT))
    for why, n in sorted(skipped.items(), key=lambda kv: -kv[1]):
        print("  skipped %4d: %s" % (n, why))


if __name__ == "__main__":
    main()
