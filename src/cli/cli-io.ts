/** What the CLI touches in the outside world, injected so tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress bars are drawn only there). */
  readonly stderrIsTty: boolean;
  /**
   * The text of a regular file of at most `maxBytes` bytes; throws UnreadableFile (bounded-read.ts)
   * with the reason in words otherwise. Files are untrusted: see docs/trust-model.md.
   */
  readonly readFile: (path: string, maxBytes: number) => string;
  /** The absolute path with `..` and symbolic links resolved; throws when it does not exist. */
  readonly realPath: (path: string) => string;
  /**
   * Throws a UserError when `path` cannot take the results (a folder, a link, a device, a
   * missing or read-only folder), so a typo in --out is caught before any work is done.
   */
  readonly checkOutput: (path: string) => void;
  /**
   * Writes a whole file at once (to a temporary file in the same folder, then renamed), so
   * Ctrl-C never leaves half a file, and no temporary file is left behind on any failure.
   */
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
