// The logging interface the core writes to. The extension backs it with its
// "Kata Coach" LogOutputChannel, the CLI with stderr, and tests with a list.

export interface Logger {
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string | Error): void;
}

/** A logger that drops every message, for callers that have nowhere to log. */
export const silentLogger: Logger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** A logger that keeps messages in memory, so tests can assert what was logged. */
export class MemoryLogger implements Logger {
  readonly entries: { level: string; message: string }[] = [];

  trace(message: string): void {
    this.entries.push({ level: 'trace', message });
  }

  debug(message: string): void {
    this.entries.push({ level: 'debug', message });
  }

  info(message: string): void {
    this.entries.push({ level: 'info', message });
  }

  warn(message: string): void {
    this.entries.push({ level: 'warn', message });
  }

  error(message: string | Error): void {
    this.entries.push({ level: 'error', message: message instanceof Error ? message.message : message });
  }
}
