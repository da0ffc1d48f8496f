/**
 * Progress of a screening run, summed over its tasks (one per upload batch): a redrawn bar
 * (cli-progress) when stderr is a terminal, plain lines otherwise (CI logs, `2> log`), one each
 * time another 5% of the files is done, so a long run's log stays readable.
 */
import { SingleBar } from 'cli-progress';

export interface TaskSnapshot {
  state: string;
  total: number;
  processed: number;
  succeeded: number;
  failed: number;
}

export interface ProgressReporter {
  /** A task's latest counts (from its progress events). */
  update(taskId: string, snapshot: TaskSnapshot): void;
  /** A line of news (a batch sent, a fallback); printed above the bar. */
  note(message: string): void;
  stop(): void;
}

/** Plain lines: at most one per 5% step, and one when everything is done. */
const LINE_STEP_PERCENT = 5;

export function createProgress(totalFiles: number, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const tasks = new Map<string, TaskSnapshot>();
  const sum = () => {
    let processed = 0;
    let succeeded = 0;
    let failed = 0;
    for (const t of tasks.values()) {
      processed += t.processed;
      succeeded += t.succeeded;
      failed += t.failed;
    }
    return { processed, succeeded, failed };
  };

  if (stream.isTTY) {
    const bar = new SingleBar({
      format: ' {bar} {percentage}% | {value}/{total} resumes | {succeeded} scored, {failed} failed',
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      stream,
    });
    bar.start(totalFiles, 0, { succeeded: 0, failed: 0 });
    return {
      update(taskId, snapshot) {
        tasks.set(taskId, snapshot);
        const { processed, succeeded, failed } = sum();
        bar.update(processed, { succeeded, failed });
      },
      note(message) {
        // cli-progress redraws on the current line: clear it, print, and let the next update redraw.
        stream.write(`\r\x1b[K${message}\n`);
        bar.render();
      },
      stop: () => bar.stop(),
    };
  }

  let lastStep = -1;
  return {
    update(taskId, snapshot) {
      tasks.set(taskId, snapshot);
      const { processed, succeeded, failed } = sum();
      const percent = totalFiles ? Math.floor((processed / totalFiles) * 100) : 100;
      const step = Math.floor(percent / LINE_STEP_PERCENT);
      if (step === lastStep) return;
      lastStep = step;
      stream.write(
        `progress: ${processed}/${totalFiles} resumes (${percent}%), ${succeeded} scored, ${failed} failed\n`,
      );
    },
    note: (message) => void stream.write(`${message}\n`),
    stop: () => undefined,
  };
}
