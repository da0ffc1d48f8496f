/**
 * A pass run every `intervalMs` in the background (a reconciler's sweep, a check), never two at
 * once: a tick that finds the last pass still running is skipped. A failed pass is reported to
 * `onError` and the next tick tries again. The timer does not keep the process alive; `stop()`
 * clears it and waits for the pass under way.
 */
export class Periodic {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly intervalMs: number,
    private readonly pass: () => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.running ??= this.pass()
        .catch(this.onError)
        .finally(() => (this.running = null));
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
