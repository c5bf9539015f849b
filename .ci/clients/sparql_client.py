"""Debian's SPARQLWrapper against /sparql: SELECT in JSON, XML, CSV and TSV, ASK, and CONSTRUCT."""
import sys
from SPARQLWrapper import SPARQLWrapper, JSON, XML, CSV, TSV, TURTLE

base = sys.argv[1] if len(sys.argv) > 1 else 'http://127.0.0.1:8080'
select = '''PREFIX wq: <https://w3id.org/waqai/ontology/1.0/>
SELECT (COUNT(?e) AS ?n) WHERE { ?e a wq:Event }'''
s = SPARQLWrapper(base + '/sparql')
s.setQuery(select)
s.setReturnFormat(JSON)
n = int(s.query().convert()['results']['bindings'][0]['n']['value'])
assert n > 0, 'no events over SPARQL'
for fmt in (XML, CSV, TSV):
    s.setReturnFormat(fmt)
    out = s.query().convert()
    assert out, fmt
s.setQuery('PREFIX wq: <https://w3id.org/waqai/ontology/1.0/> ASK { ?e a wq:Event }')
s.setReturnFormat(JSON)
assert s.query().convert()['boolean'] is True
s.setQuery('PREFIX wq: <https://w3id.org/waqai/ontology/1.0/> CONSTRUCT { ?e a wq:Event } WHERE { ?e a wq:Event }')
s.setReturnFormat(TURTLE)
assert len(s.query().convert()) > 0
print(f'sparqlwrapper: {n} events; JSON, XML, CSV, TSV, ASK and CONSTRUCT answered')
