import { render } from 'preact';
import { loadMessages, t } from './i18n';
import { startSpeaking } from './i18n/language';
import { startServiceWorker } from './sw/register';
import { installPrivateFields } from './kit/privateFields';
import { vaultApi } from './worker/client';
import './app/styles.css';

/** How long the first screen waits for the saved language before it speaks the browser's. */
const LANGUAGE_WAIT_MS = 1500;

/** The language chosen on this device, if the worker says in time; a failure is never fatal. */
async function savedLanguage(): Promise<string | undefined> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), LANGUAGE_WAIT_MS));
  const saved = vaultApi()
    .deviceLanguage()
    .catch((error: unknown) => {
      console.error('The saved language could not be read', error);
      return undefined;
    });
  return Promise.race([saved, timeout]);
}

// The language is fixed before any text module loads: the app (and with it every screen and
// content file) is imported only after it, so everything is worded in the same language.
async function start(): Promise<void> {
  installPrivateFields();
  const spoken = startSpeaking(await savedLanguage());
  // Screen readers pronounce the page in the language it is written in.
  document.documentElement.lang = spoken;
  await loadMessages(spoken).catch((error: unknown) => console.error('The messages could not be loaded; English is shown', error));
  const { App } = await import('./app/App');
  const root = document.getElementById('app');
  if (root) render(<App />, root);
}

start().catch((error: unknown) => {
  // Only the app's own files failed to load (a broken install): say so in plain words.
  console.error('The app could not start', error);
  const root = document.getElementById('app');
  if (root) root.textContent = t('app.fatal.body');
});
startServiceWorker();
