// The app's fixed bars. At the top of every screen: Back (top left, where the eye looks for it),
// then Lock and "Quick exit" on the right, far from Save, Next and the other actions that sit
// in thumb reach at the bottom, so a slip from them never leaves the app. At the bottom: the
// navigation while unlocked, and "Help now" while locked.
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { type MessageKey, t } from '../i18n';

/** What every screen's top bar offers, given by App: quick exit always, Lock and Back when they apply. */
export interface ShellActions {
  onExit: () => void;
  /** Only while unlocked. */
  onLock?: () => void;
  /** The screen this one was reached from, if it is not a place in the bottom bar. */
  onBack?: () => void;
}

export const ShellContext = createContext<ShellActions>({ onExit: () => undefined });

export function QuickExitButton() {
  const { onExit } = useContext(ShellContext);
  // click, not pointerdown: a scroll that starts on the button must not leave the app.
  return (
    <button type="button" class="quick-exit" onClick={onExit}>
      {t('exit.button')}
    </button>
  );
}

/**
 * The top bar: `start` (a screen's own Back) or the shell's Back on the left; Lock (`onLock`, or
 * the shell's while unlocked) and quick exit on the right. Sticky, and kept to one row of
 * controls: the screen's heading follows it in the page.
 */
export function TopBarControls({ start, onLock }: { start?: ComponentChildren; onLock?: () => void }) {
  const shell = useContext(ShellContext);
  const lock = onLock ?? shell.onLock;
  return (
    <header class="topbar">
      <div class="topbar-start">
        {start ??
          (shell.onBack && (
            <button type="button" class="back" onClick={shell.onBack}>
              {t('nav.back')}
            </button>
          ))}
      </div>
      <div class="topbar-end">
        {lock && (
          <button type="button" class="lock" onClick={lock}>
            {t('app.lock')}
          </button>
        )}
        <QuickExitButton />
      </div>
    </header>
  );
}

/** The bottom bar: the app shell gives it the screens it holds (the registry's `NAV`). */
export function NavBar<Id extends string>({
  items,
  current,
  onNavigate,
}: {
  items: readonly { id: Id; label: MessageKey }[];
  current: Id;
  onNavigate: (id: Id) => void;
}) {
  return (
    <nav class="app-nav" aria-label={t('nav.label')}>
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          class="nav-item"
          aria-current={item.id === current ? 'page' : undefined}
          onClick={() => onNavigate(item.id)}
        >
          {t(item.label)}
        </button>
      ))}
    </nav>
  );
}

/** While locked (or before a vault exists): the public crisis lines. */
export function SafetyBar({ helpOpen, onHelp }: { helpOpen: boolean; onHelp: () => void }) {
  return (
    <nav class="app-nav" aria-label={t('nav.safetyLabel')}>
      <button type="button" class="nav-item" aria-current={helpOpen ? 'page' : undefined} onClick={onHelp}>
        {t('nav.help')}
      </button>
    </nav>
  );
}
