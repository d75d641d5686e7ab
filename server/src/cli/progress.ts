/** Fewer seeds than this are checked too fast for a progress bar to help. */
export const MIN_SEEDS_FOR_PROGRESS = 200;

const BAR_WIDTH = 30;

export interface Progress {
  start(label: string, total: number): void;
  tick(): void;
  end(): void;
  /** Takes the bar off the terminal until the next tick draws it again: something else is about to be written there. */
  clear?(): void;
}

export const NO_PROGRESS: Progress = { start() {}, tick() {}, end() {} };

/** A one-line bar on a terminal, redrawn in place; only redrawn when a percent changes. */
export function terminalProgress(stream: NodeJS.WriteStream): Progress {
  let label = '';
  let total = 0;
  let done = 0;
  let shownPercent = -1;
  let visible = false;
  const draw = () => {
    const percent = Math.floor((done / total) * 100);
    if (percent === shownPercent) return;
    shownPercent = percent;
    const filled = Math.round((done / total) * BAR_WIDTH);
    stream.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${done}/${total}`);
  };
  return {
    start(newLabel, newTotal) {
      label = newLabel;
      total = newTotal;
      done = 0;
      shownPercent = -1;
      visible = total >= MIN_SEEDS_FOR_PROGRESS;
      if (visible) draw();
    },
    tick() {
      done++;
      if (visible) draw();
    },
    end() {
      if (visible) stream.write('\r\x1b[2K');
      visible = false;
    },
    clear() {
      if (!visible || shownPercent < 0) return;
      stream.write('\r\x1b[2K');
      shownPercent = -1;
    },
  };
}

/** A bar only for a person watching: on a terminal, outside CI, unless asked to be quiet. */
export function progressFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv, quiet: boolean): Progress {
  return stream.isTTY && !env.CI && !quiet ? terminalProgress(stream) : NO_PROGRESS;
}
