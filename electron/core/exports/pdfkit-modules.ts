// The copies of pdfkit and fontkit that pdfmake itself loads (pdfmake → @foliojs-fork/pdfkit →
// @foliojs-fork/fontkit), resolved from pdfmake's own folder so a second copy elsewhere in
// node_modules is never the one adjusted.
import { createRequire } from 'node:module';

function pdfkitRequire(): NodeJS.Require {
  const fromHere = createRequire(import.meta.url);
  const fromPdfmake = createRequire(fromHere.resolve('pdfmake'));
  return createRequire(fromPdfmake.resolve('@foliojs-fork/pdfkit'));
}

export function pdfmakesPdfkit(): unknown {
  return pdfkitRequire()('@foliojs-fork/pdfkit');
}

export function pdfkitsFontkit(): unknown {
  return pdfkitRequire()('@foliojs-fork/fontkit');
}
