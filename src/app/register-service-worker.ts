/**
 * The Trusted Types policy the app registers its service worker through. A host page that names
 * allowed policies (`trusted-types …`) must list it; with `require-trusted-types-for 'script'`
 * alone, nothing more is needed.
 */
export const SERVICE_WORKER_POLICY = 'paragraf18-guiden-sw';

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): { createScriptURL(input: string): unknown };
}

let policy: ReturnType<TrustedTypesLike['createPolicy']> | null = null;

/**
 * Registers the app's service worker, which keeps the app usable offline. Under
 * `require-trusted-types-for 'script'` a plain string is refused, so the address goes through a
 * policy that lets through exactly this one worker. Where there is no service worker (a sandboxed
 * frame throws on merely reading it, some browsers have none, a host's policy refuses ours), the
 * guide works as before, only not offline: nothing is thrown, nothing is logged as an error.
 */
export function registerServiceWorker(win: Window = window, script = './sw.js'): void {
  let container: ServiceWorkerContainer | undefined;
  try {
    container = win.navigator.serviceWorker;
  } catch {
    return;
  }
  if (!container) return;
  const workers = container;
  const url = new URL(script, win.document.baseURI).href;
  let address: unknown = url;
  const trustedTypes = (win as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (trustedTypes) {
    try {
      policy ??= trustedTypes.createPolicy(SERVICE_WORKER_POLICY, {
        createScriptURL: (input) => {
          if (input !== url) throw new TypeError(`${SERVICE_WORKER_POLICY} passes only ${url}`);
          return input;
        },
      });
      address = policy.createScriptURL(url);
    } catch {
      return;
    }
  }
  const register = () => {
    workers.register(address as string, { scope: './' }).catch(() => {});
  };
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
