import { useEffect } from 'preact/hooks';
import { t } from '../../../i18n';
import { useFocusOnMount } from '../../../kit/hooks';
import { TopBarControls } from '../../../app/Shell';
import './skills.css';

/** The heading of every skills screen: the top bar with this screen's Back, then the title (focused when the screen opens). */
export function TopBar({ title, onBack }: { title: string; onBack: () => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  // A new screen starts at its top, not where the last one was scrolled to.
  useEffect(() => window.scrollTo(0, 0), []);
  return (
    <>
      <TopBarControls
        start={
          <button type="button" class="back skills-back" onClick={onBack}>
            {t('skills.back')}
          </button>
        }
      />
      <h1 ref={heading} tabIndex={-1} class="screen-title">
        {title}
      </h1>
    </>
  );
}
