import { useEffect } from 'preact/hooks';
import { t } from '../../i18n';
import { useFocusOnMount } from '../hooks';
import './skills.css';

/** The heading row of every skills screen: Back, then the title (focused when the screen opens). */
export function TopBar({ title, onBack }: { title: string; onBack: () => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  // A new screen starts at its top, not where the last one was scrolled to.
  useEffect(() => window.scrollTo(0, 0), []);
  return (
    <header class="topbar skills-topbar">
      <button type="button" class="skills-back" onClick={onBack}>
        {t('skills.back')}
      </button>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
    </header>
  );
}
