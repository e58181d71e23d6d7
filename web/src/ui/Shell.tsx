// The bars at the bottom of every screen, in thumb reach: the navigation while unlocked, and
// "Help now" while locked; "Quick exit" is always the last button, set apart in its own colour.
import { t } from '../i18n';
import { NAV, type ScreenId } from './screens';

export function QuickExitButton({ onExit }: { onExit: () => void }) {
  // click, not pointerdown: a scroll that starts on the button must not leave the app.
  return (
    <button type="button" class="quick-exit" onClick={onExit}>
      {t('exit.button')}
    </button>
  );
}

export function NavBar({ current, onNavigate, onExit }: { current: ScreenId; onNavigate: (id: ScreenId) => void; onExit: () => void }) {
  return (
    <nav class="app-nav" aria-label={t('nav.label')}>
      {NAV.map((item) => (
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
      <QuickExitButton onExit={onExit} />
    </nav>
  );
}

/** While locked (or before a vault exists): the public crisis lines and quick exit. */
export function SafetyBar({ helpOpen, onHelp, onExit }: { helpOpen: boolean; onHelp: () => void; onExit: () => void }) {
  return (
    <nav class="app-nav" aria-label={t('nav.safetyLabel')}>
      <button type="button" class="nav-item" aria-current={helpOpen ? 'page' : undefined} onClick={onHelp}>
        {t('nav.help')}
      </button>
      <QuickExitButton onExit={onExit} />
    </nav>
  );
}
