import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n';
import type { Settings, SettingsRules } from '../features/settings/shared/api';
import { vaultApi } from '../worker/client';
import { errorCode } from '../worker/errors';
import { messageForCode } from '../kit/errors';
import { CreateScreen } from '../features/vault/client/CreateScreen';
import { flushDrafts } from '../features/drafts/client/drafts';
import { quickExit } from './guard';
import { removeOfflineCopy } from '../sw/register';
import { RestoreScreen } from '../features/backup/client/RestoreScreen';
import { HelpScreen } from '../features/help/client/HelpScreen';
import { useFocusOnMount } from '../kit/hooks';
import { preloadWhenIdle } from './lazy';
import { LAZY_SCREENS, NAV, SCREENS, type ScreenContext, type ScreenId } from './registry';
import { requestPersistentStorage } from './persist';
import { NavBar, SafetyBar, ShellContext, TopBarControls, type ShellActions } from './Shell';
import { SwReady, SwUpdate } from './SwStatus';
import { UnlockScreen } from '../features/vault/client/UnlockScreen';
import { IntegrityScreen, hasNews } from '../features/vault/client/IntegrityScreen';
import type { IntegrityNotice } from '../worker/api';
import { useBarInsets, useEscapeTwice, useIdleLock, usePrivacyScreen } from './usePageGuard';

// 'restore': the fresh-install "I have a backup" screen.
type Auth = 'loading' | 'create' | 'restore' | 'unlock' | 'unlocked' | 'fatal';

/** Where quick exit goes before the worker has told us the core's default (the first moments). */
const EXIT_BEFORE_RULES = 'about:blank';

/** How long removing the service worker and caches may take before the page leaves anyway. */
const ERASE_CLEANUP_CAP_MS = 3000;

export function App() {
  const [auth, setAuth] = useState<Auth>('loading');
  const [screen, setScreen] = useState<ScreenId>('journal');
  // "Help now" while locked shows the public crisis lines over the create/unlock screen.
  const [lockedHelp, setLockedHelp] = useState(false);
  const [fatalMessage, setFatalMessage] = useState<MessageKey>('app.fatal.body');
  const [rules, setRules] = useState<SettingsRules | null>(null);
  // The person's settings: only while unlocked (they are encrypted).
  const [settings, setSettings] = useState<Settings | null>(null);
  // What the check after unlock found (failed attempts, records changed outside the app), until seen.
  // 'checking': just unlocked, the check not yet answered; no screen is drawn before it, so the
  // journal never shows for a moment and then gives way to the notice.
  const [notice, setNotice] = useState<IntegrityNotice | 'checking' | null>(null);
  const [noticeBusy, setNoticeBusy] = useState(false);
  const [exiting, setExiting] = useState(false);
  const exitingRef = useRef(false);

  useEffect(() => {
    // The first screen shows once the core's defaults are known too, so quick exit from it always
    // goes to the neutral default site (a failure to read them does not hold the screen back).
    const rulesRead = vaultApi()
      .settingsRules()
      .then(setRules, () => undefined);
    vaultApi()
      .status()
      .then(
        async (s) => {
          await rulesRead;
          setAuth(s.hasVault ? (s.unlocked ? 'unlocked' : 'unlock') : 'create');
        },
        (error: unknown) => fail(error),
      );
    preloadWhenIdle(LAZY_SCREENS);
  }, []);

  function fail(error?: unknown) {
    const code = errorCode(error);
    setFatalMessage(code === 'storage' ? messageForCode(code) : 'app.fatal.body');
    setAuth('fatal');
  }
  const fatal = () => fail();

  function unlocked() {
    requestPersistentStorage();
    setLockedHelp(false);
    setScreen('journal');
    setAuth('unlocked');
    vaultApi()
      .getSettings()
      .then(setSettings, () => undefined);
    setNotice('checking');
    vaultApi()
      .integrityNotice()
      .then(
        (found) => setNotice(hasNews(found) ? found : null),
        () => setNotice(null), // locked meanwhile, or the check failed: the screens as usual
      );
  }

  async function noticeSeen() {
    setNoticeBusy(true);
    try {
      await vaultApi().acknowledgeIntegrity();
    } catch (error) {
      console.error('the notice could not be marked as seen', error); // shown again at the next unlock
    }
    setNoticeBusy(false);
    setNotice(null);
  }

  async function lock() {
    // What the person was typing is posted to the worker before the lock, so it is sealed first.
    flushDrafts();
    // Leave the unlocked screens first so no plaintext stays on screen while the worker locks.
    setAuth('unlock');
    setSettings(null);
    setNotice(null);
    setLockedHelp(false);
    try {
      await vaultApi().lock();
    } catch (error) {
      fail(error);
    }
  }

  const isUnlocked = auth === 'unlocked';
  const active = isUnlocked && !exiting;
  const effective = settings ?? rules?.defaults;
  const exitUrl = (isUnlocked ? settings?.quickExitUrl : undefined) ?? rules?.defaults.quickExitUrl ?? EXIT_BEFORE_RULES;

  function exit() {
    if (exitingRef.current) return;
    exitingRef.current = true;
    void quickExit({
      url: exitUrl,
      clearScreen: () => {
        document.body.hidden = true; // at once, before Preact re-renders
        setExiting(true);
      },
      lock: () => {
        flushDrafts(); // posted, not awaited: quick exit waits for nothing but its cap
        return vaultApi().lock();
      },
      replace: (url) => location.replace(url),
    });
  }

  // After "Erase everything": the database is gone; the offline copy goes too, then the page leaves
  // as quick exit does (no Back entry). Its exit address was read before the settings were erased.
  function leaveErased() {
    if (exitingRef.current) return;
    exitingRef.current = true;
    void quickExit({
      url: exitUrl,
      clearScreen: () => {
        document.body.hidden = true;
        setExiting(true);
      },
      lock: () => removeOfflineCopy(),
      replace: (url) => location.replace(url),
      capMs: ERASE_CLEANUP_CAP_MS,
    });
  }

  useEscapeTwice(exit);
  useBarInsets();
  useIdleLock(active && effective !== undefined, effective?.autoLockMinutes ?? 0, () => void lock());
  const hidden = usePrivacyScreen(active && effective !== undefined, effective?.hiddenGraceSeconds ?? 0, () => void lock());

  if (exiting) return <div class="app" />;

  const savedRegion = settings?.crisisRegion ?? '';
  const backTo = SCREENS[screen].back;
  const context: ScreenContext = {
    go: setScreen,
    lock: () => void lock(),
    savedRegion,
    onSettingsSaved: setSettings,
    onErased: leaveErased,
  };
  const shell: ShellActions = isUnlocked
    ? { onExit: exit, onLock: () => void lock(), onBack: backTo && (() => setScreen(backTo)) }
    : { onExit: exit, onBack: auth === 'restore' && !lockedHelp ? () => setAuth('create') : undefined };
  return (
    <ShellContext.Provider value={shell}>
      <div class="app has-nav">
        {hidden && <div class="privacy-screen" role="img" aria-label={t('privacy.label')} />}
        <div class="app-body" inert={hidden} aria-hidden={hidden ? true : undefined}>
          <SwUpdate />
          {!isUnlocked && !lockedHelp && <TopBarControls />}
          {!lockedHelp && auth === 'loading' && <p class="muted loading">{t('app.loading')}</p>}
          {!isUnlocked && lockedHelp && <HelpScreen unlocked={false} savedRegion="" onBack={() => setLockedHelp(false)} />}
          {!lockedHelp && auth === 'create' && (
            <CreateScreen onCreated={unlocked} onFatal={fatal} onHaveBackup={() => setAuth('restore')} />
          )}
          {!lockedHelp && auth === 'restore' && <RestoreScreen onRestored={unlocked} onBack={() => setAuth('create')} />}
          {!lockedHelp && auth === 'unlock' && <UnlockScreen onUnlocked={unlocked} onFatal={fatal} onErased={leaveErased} />}
          {!lockedHelp && auth === 'fatal' && <Fatal message={fatalMessage} />}
          {isUnlocked && notice === 'checking' && <p class="muted loading">{t('app.loading')}</p>}
          {isUnlocked && notice && notice !== 'checking' && (
            <IntegrityScreen notice={notice} busy={noticeBusy} onSeen={() => void noticeSeen()} onLater={() => setNotice(null)} />
          )}
          {isUnlocked && !notice && SCREENS[screen].render(context)}
          <SwReady />
          {isUnlocked && <NavBar items={NAV} current={screen} onNavigate={setScreen} />}
          {!isUnlocked && <SafetyBar helpOpen={lockedHelp} onHelp={() => setLockedHelp(true)} />}
        </div>
      </div>
    </ShellContext.Provider>
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
