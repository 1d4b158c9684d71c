// Guards applied to every web page the app creates and to its session: the page may not navigate
// away from the bundle, open windows, attach <webview>s, or get any browser permission (camera,
// notifications, geolocation, …). The app needs none of them, so there is no allow-list to get wrong.
import { isTrustedUrl } from './security';

type Preventable = { preventDefault(): void };

/** The structural part of Electron's WebContents that the guards use. */
export type GuardableContents = {
  on(event: 'will-navigate', listener: (e: Preventable, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (e: Preventable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (e: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

export function guardWebContents(contents: GuardableContents): void {
  const stayHome = (e: Preventable, url: string): void => {
    if (!isTrustedUrl(url)) e.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The structural part of Electron's Session that the permission guard uses. */
export type PermissionSession = {
  setPermissionRequestHandler(handler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null): void;
  setPermissionCheckHandler(handler: ((contents: unknown, permission: string) => boolean) | null): void;
};

export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
