import { leadChromeRule } from './leadChromeRule';

const shorten = (text: string) => (text.length > 30 ? `${text.slice(0, 29)}…` : text);

export const navigationHeader = leadChromeRule(
  'navigation-header',
  'navigation',
  'Site chrome around the title: breadcrumbs, section labels and menus before it, menus and buttons right under it.',
  (lines, where) => `Site navigation ${where === 'before-title' ? 'before' : 'under'} the title: ${lines.map(shorten).join(' › ')}.`,
  'Delete the navigation lines',
);
