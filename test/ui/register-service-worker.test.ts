import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, SERVICE_WORKER_POLICY } from '../../src/app/register-service-worker';

/** A window stand-in with just what registration touches. */
function fakeWindow(navigator: object, extra: object = {}) {
  return { navigator, document: { baseURI: 'https://guide.test/app/', readyState: 'complete' }, addEventListener: vi.fn(), ...extra } as unknown as Window;
}

afterEach(() => vi.restoreAllMocks());

describe('registering the service worker', () => {
  it('hands the worker\'s address over as a Trusted Types script URL from its own policy, never as a plain string', async () => {
    const register = vi.fn().mockResolvedValue({});
    const trusted = { toString: () => 'https://guide.test/app/sw.js', trustedScriptUrl: true };
    const createPolicy = vi.fn((_name: string, rules: { createScriptURL(input: string): string }) => ({
      createScriptURL: (input: string) => (rules.createScriptURL(input), trusted),
    }));
    registerServiceWorker(fakeWindow({ serviceWorker: { register } }, { trustedTypes: { createPolicy } }));
    expect(createPolicy).toHaveBeenCalledWith(SERVICE_WORKER_POLICY, expect.anything());
    expect(register).toHaveBeenCalledWith(trusted, { scope: './' });
    // The policy passes only this one address.
    const rules = createPolicy.mock.calls[0][1];
    expect(() => rules.createScriptURL('https://evil.test/sw.js')).toThrow();
  });

  it('is quiet in a sandboxed frame, where merely reading navigator.serviceWorker throws', () => {
    const navigator = {
      get serviceWorker(): never {
        throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
      },
    };
    expect(() => registerServiceWorker(fakeWindow(navigator))).not.toThrow();
  });

  it('is quiet where there is no service worker, or the registration is refused', async () => {
    expect(() => registerServiceWorker(fakeWindow({}))).not.toThrow();
    const refused = vi.fn().mockRejectedValue(new TypeError('refused'));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    registerServiceWorker(fakeWindow({ serviceWorker: { register: refused } }));
    await new Promise((ok) => setTimeout(ok, 10));
    process.off('unhandledRejection', unhandled);
    expect(refused).toHaveBeenCalled();
    expect(unhandled).not.toHaveBeenCalled();
  });
});
