import { deleteLinesEdit, type SeedRule } from './rule';

export const chromeBlock: SeedRule<'chrome-block'> = {
  id: 'chrome-block',
  defaultSeverity: 'warning',
  summary: 'A block of site chrome in or after the article: share bars, related links, comment threads and forms, footers, a signature.',
  check(context) {
    const { bodyChrome } = context.seed.parsed;
    return bodyChrome.map((chrome) => {
      const count = chrome.lastLine - chrome.firstLine + 1;
      const where = count === 1 ? `Line ${chrome.firstLine + 1} is` : `Lines ${chrome.firstLine + 1}–${chrome.lastLine + 1} are`;
      return {
        span: chrome.span,
        message: `${where} site chrome, not article text: ${chrome.kinds.join(', ')}.`,
        unnecessary: true,
        fixes: [{ kind: 'edit', title: `Delete ${count === 1 ? 'this line' : `these ${count} lines`} of site chrome`, preferred: true, edits: [deleteLinesEdit(context, chrome.span)] }],
      };
    });
  },
};
