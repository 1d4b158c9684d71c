import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

// pdfjs, loaded on the first PDF. pdfjs runs its parser from globalThis.pdfjsWorker, which its
// pdf.worker.mjs sets, else it imports "./pdf.worker.mjs" beside its own file: the parse worker is a
// bundle run unpacked, away from node_modules, so the parser module is loaded (and bundled) first.
export async function loadPdfjs(): Promise<typeof Pdfjs> {
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}
