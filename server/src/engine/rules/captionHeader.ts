import { leadChromeRule } from './leadChromeRule';

export const captionHeader = leadChromeRule(
  'caption-header',
  'caption',
  'The seed opens with a photo caption or credit ("Foto:", "Photo:", "/ Reuters", "NTB Scanpix").',
  (lines) => `The seed opens with a photo caption${lines.length > 1 ? 's' : ''}, not the article.`,
  'Delete the caption',
);
