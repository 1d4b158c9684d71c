// Dropping files on Nhập báo cáo the way the OS does: a DataTransfer of File objects, built in the
// page from the bytes, then dragenter, dragover and drop on the drop zone. Used by the browser tests
// and the UI bench.
import type { JSHandle, Page } from 'playwright-core';

export type DroppedFile = { name: string; bytes: Buffer; type?: string };

/** The files as a drop carries them, built in the page (apart, so a bench can time the drop alone). */
export async function filesInPage(page: Page, files: readonly DroppedFile[]): Promise<JSHandle> {
  const payload = files.map((f) => ({ name: f.name, b64: f.bytes.toString('base64'), type: f.type ?? '' }));
  return page.evaluateHandle((items) => {
    const transfer = new DataTransfer();
    for (const it of items) transfer.items.add(new File([Uint8Array.from(atob(it.b64), (c) => c.charCodeAt(0))], it.name, { type: it.type }));
    return transfer;
  }, payload);
}

export async function dropOnImport(page: Page, transfer: JSHandle): Promise<void> {
  const zone = page.getByRole('region', { name: 'Kéo thả tệp báo cáo vào đây' });
  for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer: transfer });
}

export async function dropFiles(page: Page, files: readonly DroppedFile[]): Promise<void> {
  await dropOnImport(page, await filesInPage(page, files));
}
