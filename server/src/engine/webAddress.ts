/**
 * A `url:` header as a web address a client may open, or undefined: a scraped header may hold
 * anything, and a value that is no URI (which would make a client's URI parser throw) or one of
 * another scheme (`command:`, `file:`, `javascript:`) is shown as text, never opened.
 */
export function webAddressOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
