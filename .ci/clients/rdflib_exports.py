"""Debian's rdflib parses every RDF export format of /export."""
import sys
import urllib.request
import rdflib

base = sys.argv[1] if len(sys.argv) > 1 else 'http://127.0.0.1:8080'
sizes = {}
for fmt, parser in [('turtle', 'turtle'), ('ntriples', 'nt'), ('trig', 'trig'), ('jsonld', 'json-ld'),
                    ('rdfxml', 'xml')]:
    with urllib.request.urlopen(f'{base}/export?format={fmt}', timeout=120) as r:
        data = r.read()
    g = rdflib.Dataset() if fmt == 'trig' else rdflib.Graph()
    g.parse(data=data, format=parser)
    sizes[fmt] = len(g)
    assert len(g) > 0, fmt
    if fmt == 'ntriples':  # one line per statement, each statement once
        lines = [l for l in data.decode('utf-8').splitlines() if l.strip()]
        assert len(lines) == len(set(lines)) == len(g), f'ntriples: {len(lines)} lines, {len(set(lines))} distinct, {len(g)} triples'
print('rdflib:', ', '.join(f'{k} {v} triples' for k, v in sizes.items()))
