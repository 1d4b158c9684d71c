import { describe, expect, it } from 'vitest';
import { ApiCallError, bridgeTransport, createClient, detectTransport, unwrap } from '../../../renderer/src/api/client';

describe('renderer API client', () => {
  it('unwraps ok results and throws coded errors', () => {
    expect(unwrap({ ok: true, value: 3 })).toBe(3);
    try {
      unwrap({ ok: false, error: { code: 'UNKNOWN_UNIT', message: 'Không nhận ra đơn vị.' } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ApiCallError);
      expect((e as ApiCallError).code).toBe('UNKNOWN_UNIT');
      expect((e as ApiCallError).message).toBe('Không nhận ra đơn vị.');
    }
    expect(() => unwrap('<html>')).toThrow(ApiCallError);
  });

  it('posts JSON with the token to /api/<method>', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 });
    }) as unknown as typeof fetch;
    const api = createClient(bridgeTransport('tok', 'http://127.0.0.1:1', fakeFetch));
    await expect(api('units.list', {})).resolves.toEqual([]);
    expect(calls[0]!.url).toBe('http://127.0.0.1:1/api/units.list');
    expect(calls[0]!.init.method).toBe('POST');
    expect((calls[0]!.init.headers as Record<string, string>)['x-tonghop-token']).toBe('tok');
    expect(calls[0]!.init.body).toBe('{}');
  });

  it('turns a network failure into a Vietnamese error', async () => {
    const failing = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    const api = createClient(bridgeTransport('tok', '', failing));
    await expect(api('app.info', {})).rejects.toMatchObject({ code: 'NETWORK' });
  });

  it('prefers the Electron preload, then the bridge token', async () => {
    const doc = (content: string | null) => ({
      querySelector: () => (content === null ? null : { content }),
    });
    const electron = { api: { call: async () => ({ ok: true, value: 'ipc' }) }, document: doc('t') } as unknown as Window;
    const viaIpc = detectTransport(electron);
    expect(viaIpc.kind).toBe('electron');
    await expect(createClient(viaIpc.transport)('app.info', {})).resolves.toBe('ipc');
    expect(detectTransport({ document: doc('t') } as unknown as Window).kind).toBe('bridge');
    const none = detectTransport({ document: doc(null) } as unknown as Window);
    expect(none.kind).toBe('none');
    await expect(createClient(none.transport)('app.info', {})).rejects.toMatchObject({ code: 'NO_TRANSPORT' });
  });
});
