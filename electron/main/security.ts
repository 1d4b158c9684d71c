// Pure security decisions for the main process, unit-tested without Electron.
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://bundle`;

/** Only the app's own bundle may be shown or call the API. */
export function isTrustedUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === 'bundle';
  } catch {
    return false;
  }
}

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
} as const;

export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Resolve a request path under the bundle folder, refusing anything that escapes it. */
export function bundlePath(root: string, pathname: string, sep: string): string | null {
  const clean = decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html';
  if (clean.split(/[\\/]/).some((seg) => seg === '..')) return null;
  return root + sep + clean.split('/').join(sep);
}
