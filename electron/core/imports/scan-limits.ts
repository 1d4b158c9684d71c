// How long and how far a scan is read: shared by the OCR reader and the worker's watchdog, which
// must not load the OCR reader to know them.

/** Time one page may take in Tesseract; the parse worker's own watchdog allows this per page. */
export const OCR_PAGE_TIMEOUT_MS = 60_000;
/** A unit's report is a few pages; pages past this (an appendix of photos) are not read. */
export const OCR_MAX_PAGES = 20;
