// Copies Tesseract's Vietnamese model from Debian's tesseract-ocr-vie into resources/ocr/ and
// checks it against the sum recorded in resources/ocr/README.md (the file is committed; this
// refreshes or verifies it: `npm run ocr-model`, or `--check` to only verify).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const target = path.join(root, 'resources', 'ocr', 'vie.traineddata');
const expected = /sha256 `([0-9a-f]{64})`/.exec(fs.readFileSync(path.join(root, 'resources', 'ocr', 'README.md'), 'utf8'))?.[1];
const sum = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

if (!process.argv.includes('--check')) {
  const base = '/usr/share/tesseract-ocr';
  const found = fs.existsSync(base) ? fs.readdirSync(base).map((v) => path.join(base, v, 'tessdata', 'vie.traineddata')).find((f) => fs.existsSync(f)) : undefined;
  if (!found) {
    console.error('tesseract-ocr-vie is not installed (apt-get install -y --no-install-recommends tesseract-ocr-vie).');
    process.exit(1);
  }
  fs.copyFileSync(found, target);
  console.log(`copied ${found} → ${path.relative(root, target)}`);
}
const actual = sum(target);
if (actual !== expected) {
  console.error(`resources/ocr/vie.traineddata: sha256 ${actual}, expected ${expected} (update resources/ocr/README.md when the model changes on purpose).`);
  process.exit(1);
}
console.log(`resources/ocr/vie.traineddata ok (${actual})`);
