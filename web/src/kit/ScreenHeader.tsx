import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../i18n';
import { useFocusOnMount } from './hooks';
import { TopBarControls } from '../app/Shell';

/**
 * A screen's top bar (its own Back as `children`, else the shell's; Lock; quick exit), then its
 * h1, focused on mount.
 */
export function ScreenHeader({
  heading: title,
  onLock,
  children,
}: {
  heading: MessageKey;
  onLock?: () => void;
  children?: ComponentChildren;
}) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <>
      <TopBarControls start={children} onLock={onLock} />
      <h1 ref={ref} tabIndex={-1} class="screen-title">
        {t(title)}
      </h1>
    </>
  );
}
