/**
 * What a fake server (SMTP, SMS / Zalo gateway) has received, and a way to wait for it: `waitForMessages` resolves
 * once `count` messages have arrived and rejects after timeoutMs, so a broken sender fails the test instead of hanging.
 */
export interface Inbox<T> {
  messages: T[];
  /** Records a message and wakes the waiters. */
  add(message: T): void;
  waitForMessages(count: number, timeoutMs?: number): Promise<T[]>;
}

export function createInbox<T>(what: string, defaultTimeoutMs: number): Inbox<T> {
  const messages: T[] = [];
  const waiters = new Set<() => void>();
  return {
    messages,
    add(message) {
      messages.push(message);
      for (const wake of waiters) wake();
    },
    waitForMessages(count, timeoutMs = defaultTimeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(messages.slice());
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} ${what}, got ${messages.length} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

/** A fake server's "be down" switch: refuse the next n attempts, or all of them until `accept`. */
export interface Refusals {
  /** True when this attempt is to be refused (and counts it). */
  take(): boolean;
  count(): number;
  refuse(n: number | "always"): void;
  accept(): void;
}

export function createRefusals(): Refusals {
  let left = 0;
  let always = false;
  let refused = 0;
  return {
    take() {
      if (!always && left <= 0) return false;
      if (!always) left -= 1;
      refused += 1;
      return true;
    },
    count: () => refused,
    refuse(n) {
      if (n === "always") always = true;
      else left = n;
    },
    accept() {
      always = false;
      left = 0;
    },
  };
}
