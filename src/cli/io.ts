/** Where the CLI writes and what it knows of its terminal: process streams, or a test's buffers. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  stderrIsTTY: boolean;
  /** Terminal width when stdout is a terminal. */
  columns?: number;
  cwd: string;
  /** Standard input, read whole (tests give their own; default: process.stdin). */
  stdin?: () => Promise<Uint8Array>;
}

export function processIO(): CliIO {
  // A reader that stops early (`| head`) closes the pipe: stop quietly, as other CLI tools do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    cwd: process.cwd(),
  };
}
