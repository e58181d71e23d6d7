// Screens whose code is fetched the first time they are needed, so the unlock screen loads only
// what it shows. The service worker precaches every chunk, so an installed app fetches them from
// its own cache, offline too. Help now and the screens before unlock are never lazy: the crisis
// lines must show at once, whatever the network does.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

export interface LazyScreen<P> {
  (props: P): preact.JSX.Element;
  /** Fetches the screen's code now (once; again after a failure) without showing it. */
  preload(): Promise<ComponentType<P>>;
}

/** Resolves to the screen's component, e.g. `() => import('./X').then((m) => m.X)`. */
type Loader<P> = () => Promise<ComponentType<P>>;

export function lazyScreen<P extends object>(load: Loader<P>): LazyScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  function preload(): Promise<ComponentType<P>> {
    pending ??= load().then(
      (screen) => {
        loaded = screen;
        return screen;
      },
      (error: unknown) => {
        pending = undefined; // a later try may succeed (the network came back)
        throw error;
      },
    );
    return pending;
  }

  function Lazy(props: P) {
    const [screen, setScreen] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (screen) return;
      let live = true;
      setFailed(false);
      preload().then(
        (s) => live && setScreen(() => s),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [attempt]);
    if (screen) {
      const Screen = screen;
      return <Screen {...props} />;
    }
    if (failed) {
      return (
        <main class="content">
          <p role="alert">{t('app.partFailed')}</p>
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('app.tryAgain')}
          </button>
        </main>
      );
    }
    return (
      <main class="content" aria-busy="true">
        <p class="muted loading">{t('app.loading')}</p>
      </main>
    );
  }
  Lazy.preload = preload;
  return Lazy;
}

/** Fetches each screen's code when the browser is idle, so moving between screens never waits. */
export function preloadWhenIdle(screens: readonly { preload(): Promise<unknown> }[]): void {
  const run = () => {
    for (const screen of screens) screen.preload().catch(() => undefined); // shown, with a retry, if opened
  };
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
