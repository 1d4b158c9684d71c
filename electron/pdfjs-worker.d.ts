// pdfjs's parser module: loaded for its side effect (it sets globalThis.pdfjsWorker), it exports nothing we use.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
