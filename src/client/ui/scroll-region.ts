// A wide table scrolls sideways inside its box on a phone; keyboard users must be able to reach
// and scroll it too (WCAG 2.1.1), so the box is a named, focusable region.
export function scrollRegion(label: string) {
  return { role: 'region', 'aria-label': label, tabIndex: 0 } as const;
}
