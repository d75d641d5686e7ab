import { leadChromeRule } from './leadChromeRule';

const shorten = (text: string) => (text.length > 30 ? `${text.slice(0, 29)}…` : text);

export const navigationHeader = leadChromeRule(
  'navigation-header',
  'navigation',
  'Site chrome before the title: breadcrumbs, section labels, menus.',
  (lines) => `Site navigation before the title: ${lines.map(shorten).join(' › ')}.`,
  'Delete the navigation lines',
);
