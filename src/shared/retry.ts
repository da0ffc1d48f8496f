/**
 * Runs `work` again after a short pause when it throws, up to `attempts` times in all: for reads
 * that a dropped database connection can fail once (the pool replaces the connection).
 */
export async function retrying<T>(work: () => Promise<T>, attempts = 3, pauseMs = 100): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs * attempt));
    }
  }
}
