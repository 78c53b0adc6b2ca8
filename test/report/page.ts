// Reading the HTML report in tests: a part of the page between two markers, a manager's section.
import { expect } from 'vitest';

/** The part of the page between two markers (the first after `from`). */
export function between(html: string, from: string, to: string): string {
  const start = html.indexOf(from);
  expect(start, `marker ${from}`).toBeGreaterThanOrEqual(0);
  const end = html.indexOf(to, start + from.length);
  return html.slice(start, end < 0 ? undefined : end);
}

/** A manager's section of the page. */
export function section(html: string, managerId: string): string {
  const at = html.indexOf(`<section class="manager" id="manager-`);
  expect(at).toBeGreaterThanOrEqual(0);
  const own = html.indexOf(`data-manager-id="${managerId}" aria-labelledby=`, at);
  expect(own, `section of ${managerId}`).toBeGreaterThanOrEqual(0);
  return html.slice(own, html.indexOf('</section>', own));
}
