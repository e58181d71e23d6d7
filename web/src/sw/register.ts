// Registers the Workbox service worker that vite-plugin-pwa generates (registerType 'prompt').
// A new version waits until the person taps "Update"; nothing reloads on its own.
import { registerSW } from 'virtual:pwa-register';

export interface SwState {
  offlineReady: boolean;
  updateAvailable: boolean;
}

type Listener = (state: SwState) => void;

let state: SwState = { offlineReady: false, updateAvailable: false };
const listeners = new Set<Listener>();
let updateSW: ((reloadPage?: boolean) => Promise<void>) | undefined;

function set(patch: Partial<SwState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener(state);
}

export function startServiceWorker(): void {
  if (updateSW || !('serviceWorker' in navigator)) return;
  updateSW = registerSW({
    immediate: true,
    onOfflineReady: () => set({ offlineReady: true }),
    onNeedRefresh: () => set({ updateAvailable: true }),
    onRegisterError: (error: unknown) => console.error('service worker registration failed', error),
  });
}

/** Activates the waiting service worker; the page reloads once it takes control. */
export async function applyUpdate(): Promise<void> {
  await updateSW?.(true);
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  listener(state);
  return () => listeners.delete(listener);
}

/**
 * Erase everything on this device, the offline copy's part: unregisters every service worker of this
 * origin and deletes every Cache Storage cache (the app's files; never any of the person's words).
 */
export async function removeOfflineCopy(): Promise<void> {
  if ('serviceWorker' in navigator) {
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((r) => r.unregister()));
  }
  if ('caches' in globalThis) {
    const names = await caches.keys();
    await Promise.all(names.map((name) => caches.delete(name)));
  }
}
