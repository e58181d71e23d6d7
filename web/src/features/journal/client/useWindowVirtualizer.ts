// A small Preact binding for @tanstack/virtual-core over the page's own scrolling (the app
// scrolls the window, not an inner box). It mirrors what the library's React adapter does:
// one Virtualizer per component, options refreshed on every render, a re-render on change.
import {
  Virtualizer,
  defaultRangeExtractor,
  observeWindowOffset,
  observeWindowRect,
  windowScroll,
  type Range,
} from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

export interface WindowListOptions {
  count: number;
  /** A first guess at a row's height in px; rows are measured once drawn. */
  estimateSize: number;
  /** Space between rows in px (the list's CSS gap). */
  gap: number;
  /** The list's distance from the top of the document, in px. */
  scrollMargin: number;
  /** Rows drawn beyond each edge of the screen. */
  overscan: number;
  /** A row that must stay drawn even when off screen (the focused one), or -1. */
  keep: number;
  getItemKey: (index: number) => string | number;
}

export function useWindowVirtualizer(options: WindowListOptions): Virtualizer<Window, Element> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const resolved = {
    count: options.count,
    estimateSize: () => options.estimateSize,
    gap: options.gap,
    scrollMargin: options.scrollMargin,
    overscan: options.overscan,
    getItemKey: options.getItemKey,
    getScrollElement: () => window,
    observeElementRect: observeWindowRect,
    observeElementOffset: observeWindowOffset,
    scrollToFn: windowScroll,
    // Where the page is now. Never a remembered offset: the library scrolls there itself, and
    // when the page cannot reach it yet (rows not drawn) it keeps retrying as rows grow, so the
    // page jumps under a finger long after the person has started using it. The list restores
    // its place once, itself, when its rows are there.
    initialOffset: () => window.scrollY,
    // Keeping the focused row drawn means focus is never lost when rows are recycled.
    rangeExtractor: (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const keep = options.keep;
      if (keep < 0 || keep >= range.count || indexes.includes(keep)) return indexes;
      return [...indexes, keep].sort((a, b) => a - b);
    },
    onChange: () => rerender(0),
  };
  const [instance] = useState(() => new Virtualizer<Window, Element>(resolved));
  instance.setOptions(resolved);
  useLayoutEffect(() => instance._didMount(), []);
  useLayoutEffect(() => {
    instance._willUpdate();
  });
  return instance;
}
