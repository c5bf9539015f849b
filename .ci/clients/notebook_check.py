"""The executed notebook (jupyter nbconvert --execute) shows its charts inline and ran without an error."""
import json
import sys

nb = json.load(open(sys.argv[1], encoding='utf-8'))
images, errors = 0, []
for cell in nb['cells']:
    for out in cell.get('outputs', []):
        if out.get('output_type') == 'error':
            errors.append(out.get('ename', '?') + ': ' + out.get('evalue', ''))
        if 'image/png' in out.get('data', {}):
            images += 1
assert not errors, errors
assert images >= 3, f'{images} inline charts, expected 3 (events per week, map by actor, top pairs)'
print(f'notebook: {images} charts inline, no errors')
