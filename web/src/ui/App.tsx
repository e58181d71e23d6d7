import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n';
import { vaultApi } from '../worker/client';
import { errorCode } from '../worker/errors';
import { messageForCode } from './errors';
import { CreateScreen } from './CreateScreen';
import { useFocusOnMount } from './hooks';
import { JournalScreen } from './JournalScreen';
import { requestPersistentStorage } from './persist';
import { SwReady, SwUpdate } from './SwStatus';
import { UnlockScreen } from './UnlockScreen';

type Screen = 'loading' | 'create' | 'unlock' | 'journal' | 'fatal';

export function App() {
  const [screen, setScreen] = useState<Screen>('loading');
  const [fatalMessage, setFatalMessage] = useState<MessageKey>('app.fatal.body');

  useEffect(() => {
    vaultApi()
      .status()
      .then(
        (s) => setScreen(s.hasVault ? (s.unlocked ? 'journal' : 'unlock') : 'create'),
        (error: unknown) => fail(error),
      );
  }, []);

  function fail(error?: unknown) {
    const code = errorCode(error);
    setFatalMessage(code === 'storage' ? messageForCode(code) : 'app.fatal.body');
    setScreen('fatal');
  }
  const fatal = () => fail();
  const unlocked = () => {
    requestPersistentStorage();
    setScreen('journal');
  };

  async function lock() {
    // Leave the journal first so no plaintext stays on screen while the worker locks.
    setScreen('unlock');
    try {
      await vaultApi().lock();
    } catch (error) {
      fail(error);
    }
  }

  return (
    <div class="app">
      <SwUpdate />
      {screen === 'loading' && <p class="muted loading">{t('app.loading')}</p>}
      {screen === 'create' && <CreateScreen onCreated={unlocked} onFatal={fatal} />}
      {screen === 'unlock' && <UnlockScreen onUnlocked={unlocked} onFatal={fatal} />}
      {screen === 'journal' && <JournalScreen onLock={() => void lock()} onLocked={() => setScreen('unlock')} />}
      {screen === 'fatal' && <Fatal message={fatalMessage} />}
      <SwReady />
    </div>
  );
}

function Fatal({ message }: { message: MessageKey }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <main class="screen auth">
      <h1 ref={heading} tabIndex={-1}>
        {t('app.fatal.title')}
      </h1>
      <p>{t(message)}</p>
    </main>
  );
}
