/** What the CLI touches in the outside world, injected so tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress bars are drawn only there). */
  readonly stderrIsTty: boolean;
  readonly readFile: (path: string) => string;
  /** Writes a whole file at once (to a temporary name, then renamed), so Ctrl-C never leaves half a file. */
  readonly writeFile: (path: string, text: string) => void;
  readonly resolvePath: (...parts: string[]) => string;
  /** The path of `to` as seen from the folder `from`. */
  readonly relativePath: (from: string, to: string) => string;
  /** Aborted on Ctrl-C. */
  readonly signal: AbortSignal;
}

/** A mistake in how the command was called or in its input: shown as is, without a stack. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
