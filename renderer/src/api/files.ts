// Files in and out of the renderer: bytes as base64 in a browser, a path in Electron.
import type { FileInput, FileOutput } from '../../../shared/domain';

function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      const comma = url.indexOf(',');
      resolve(comma >= 0 ? url.slice(comma + 1) : '');
    };
    reader.onerror = () => reject(new Error(`Không đọc được tệp ${file instanceof File ? file.name : ''}.`.replace(' .', '.')));
    reader.readAsDataURL(file);
  });
}

export async function toFileInput(file: File): Promise<FileInput> {
  const pathFor = window.api?.pathForFile;
  if (pathFor) {
    try {
      const path = pathFor(file);
      if (path) return { name: file.name, path };
    } catch {
      // Files made in the page (no disk path) fall back to their bytes.
    }
  }
  return { name: file.name, dataBase64: await readAsBase64(file) };
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv',
  txt: 'text/plain',
};

export function mimeFor(fileName: string): string {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  return MIME[ext] ?? 'application/octet-stream';
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

function blobDownload(output: FileOutput): void {
  const blob = new Blob([base64ToBytes(output.dataBase64)], { type: mimeFor(output.fileName) });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = output.fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Save an output: the native dialog in Electron when offered (the saved path comes back, so the
 * screen can offer "Mở tệp" / "Mở thư mục"), else a browser download (no path).
 */
export async function saveOutput(output: FileOutput): Promise<{ path: string | null; canceled: boolean }> {
  const save = window.api?.saveFile;
  if (save) {
    const res = await save(output);
    if (res.ok) return { path: res.path, canceled: false };
    if (res.canceled) return { path: null, canceled: true };
    throw new Error(res.error.message);
  }
  blobDownload(output);
  return { path: null, canceled: false };
}
