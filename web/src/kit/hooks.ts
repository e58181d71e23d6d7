import { useEffect, useRef } from 'preact/hooks';

/** Focus the returned ref's element (a screen's h1, tabIndex -1) when the screen mounts. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

/** Length in Unicode code points, as the core counts characters. */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
