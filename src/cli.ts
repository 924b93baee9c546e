import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { FORMATS, runExtract, type Format } from './cli/extract.ts';
import { processIO, type CliIO } from './cli/io.ts';
import pkg from '../package.json' with { type: 'json' };

/** Subcommands owned by the tagger's CLI modules; they get the raw arguments after their name. */
// Imported with literal paths, loaded only when used: the CLI's bundle (cli/bundle-cache.mjs) holds them too.
const DELEGATED: Readonly<Record<string, { module: string; load: () => Promise<Partial<SubcommandModule>>; summary: string }>> = {
  timex: { module: './cli/timex.ts', load: () => import('./cli/timex.ts'), summary: 'tag time expressions in a text or file and print their TIMEX3 values' },
  eval: { module: './cli/eval.ts', load: () => import('./cli/eval.ts'), summary: 'score the tagger on annotated corpora (TimeML, MEANTIME)' },
};

interface SubcommandModule {
  run(args: string[]): Promise<number>;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 256) throw new InvalidArgumentError('give a whole number of threads from 0 to 256.');
  return n;
}

function program(io: CliIO, exit: { code: number }): Command {
  const cli = new Command('event-timeline')
    .description('Turn news articles into a timeline: dated events from Markdown/text sources.')
    .version(pkg.version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(add --help for usage)');

  cli
    .command('extract')
    .description('read sources (files, or folders walked for .md, .markdown and .txt) and print their timeline')
    .argument('[paths...]', 'files or folders of articles ("-": standard input)', ['data'])
    .option('--json', 'print the Timeline JSON (same as --format json)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('table'))
    .option('--strict', 'treat warnings as errors and print no timeline when there is any problem')
    .option('--debug', 'print stack traces of internal errors')
    .option('-j, --jobs <n>', 'threads for extraction, the main thread included (0 or 1: main thread only; 2: a worker thread tags while the main thread builds events; 3 or more: a pool of threads that each extract whole sources; default: 2 from 1 MB of text on 2 cores or more, a pool from 16 MB on 3 cores or more)', parseJobs)
    .option('--stats', 'print sources read, MB/s and peak memory on stderr')
    .addHelpText('after', `
Exit status: 0 when every source was read cleanly (warnings allowed), 1 when a source had an
error (the good sources are still printed), 2 for a usage mistake.
Diagnostics read "file:line: severity: message". With a data format (--json, -f csv…), the data
goes to stdout and the diagnostics to stderr.

Examples:
  event-timeline extract                       the table of data/
  event-timeline extract --json > timeline.json
  event-timeline extract news/ extra.md -f ics > events.ics`)
    .action(async (paths: string[], opts: { json?: boolean; format: Format; strict?: boolean; debug?: boolean; jobs?: number; stats?: boolean }, cmd: Command) => {
      if (opts.json && cmd.getOptionValueSource('format') === 'cli' && opts.format !== 'json') {
        cmd.error(`--json and --format ${opts.format} disagree: give one of them.`, { exitCode: 2, code: 'event-timeline.conflict' });
      }
      exit.code = await runExtract(paths, {
        format: opts.json ? 'json' : opts.format,
        strict: opts.strict === true,
        debug: opts.debug === true,
        jobs: opts.jobs,
        stats: opts.stats === true,
      }, io);
    });

  for (const [name, { summary }] of Object.entries(DELEGATED)) {
    // Listed for --help; main() hands their arguments over before commander parses them.
    cli.command(name).description(`${summary} (see: event-timeline ${name} --help)`);
  }
  return cli;
}

/** The CLI: returns the exit status instead of exiting, so tests can call it. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const [first, ...rest] = argv;
    const delegated = first === undefined ? undefined : DELEGATED[first];
    if (delegated) {
      const mod = await delegated.load();
      if (typeof mod.run !== 'function') throw new Error(`${delegated.module} has no run(args) function`);
      return await mod.run(rest);
    }
    const exit = { code: 0 };
    const cli = program(io, exit);
    if (argv.length === 0) {
      cli.outputHelp();
      return 2;
    }
    await cli.parseAsync(argv, { from: 'user' });
    return exit.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are not mistakes; every other commander error is a usage mistake.
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`event-timeline: internal error: ${message}\n`);
    if (debug && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    else io.stderr('Run again with --debug for the stack trace, and please report it.\n');
    return 1;
  }
}
