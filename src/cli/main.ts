import { runCheck, EXIT_USAGE } from './check';
import { runFormat } from './format';
import { nodeIo, type CliIo } from './io';
import { OUTPUT_VALUED_OPTIONS, outputRequest, runOutput, stdinPathProblem } from './output';
import { REPORT_FORMATS, type ReportFormat } from './reports';

function isReportFormat(format: string | true): format is ReportFormat {
  return (REPORT_FORMATS as readonly (string | true)[]).includes(format);
}

const USAGE = `Usage: agenda <command> [options]

Commands:
  check [files or folders...] [--format text|json|github|sarif] [--locale CODE] [--stdin-path PATH]
      Check agenda files (folders are searched for *.agenda.yaml). Use - to read standard input;
      --stdin-path names the file it stands for, so that its partOf is found.
      Files that are part of another (partOf) are checked together as one programme: rooms booked
      twice, people in two places, dates outside the parent event, across files.
      github writes workflow annotations for GitHub Actions, sarif a SARIF 2.1.0 log for code scanning.
      Messages are in the language of --locale, else of LC_ALL, LC_MESSAGES or LANG: ar, en, es, fr, ru
      or zh (a regional code such as fr_CA.UTF-8 reads fr; any other language reads en).
      Exit code: 0 when clean, 1 when there is an error, 2 on usage errors or unreadable files.
  format [--check] [--locale CODE] [files or folders...]
      Format agenda files in place: keys in the schema's order, two spaces, quoted times; comments,
      blank lines between entries, flow maps and text kept as written. - formats standard input to
      standard output. --check writes nothing and lists the files that would change (exit 1 if any);
      a file that cannot be formatted is left alone with the reason (exit 1). Messages are in the
      language of --locale or the environment, as for check.
  render FILE|DIR|- [-o OUT] [--lang CODE[,CODE...]] [--force] [--timetable] [--stdin-path PATH]
      Render the programme as a standalone, print-ready HTML page; --lang en,fr prints the
      languages side by side, each session in one column per language. --timetable adds the
      timetable (time down the side, rooms across, one landscape page per day when printed).
  export FILE|DIR|- --ics|--schedule-json [-o OUT] [--lang CODE] [--force] [--stdin-path PATH]
      Write the agenda as an iCalendar file (one event per session) or as a frab/c3voc schedule.json.
      --include-breaks keeps breaks and meals in the calendar (left out by default);
      --items-as-events makes each timed item (a paper, a talk) an event of schedule.json.
      render and export write to OUT, or to standard output without -o (or with -o -), never over the
      agenda itself. --lang picks the language of texts given in several (fr, or a regional code such
      as fr-CA, which reads fr). Diagnostics go to standard error; an agenda with errors is not written
      (exit 1) unless --force is given. Exit code 2 on usage errors or an unreadable agenda.
      Given a folder, render and export write the whole programme of its files: the root agenda
      and every file part of it (partOf), checked together; each session names the workshop or
      side event it comes from. Given one file, they read the agendas it is part of (partOf) for
      the people, organizations, topics and rooms it uses; FILE may be - (standard input) with
      --stdin-path PATH, the path it stands for.

Options:
  -h, --help     Show this help.
`;

/** Splits arguments into positional ones and `--name value` / `--flag` options. */
export function parseArgs(args: string[], valued: readonly string[]): { positional: string[]; options: Map<string, string | true> } {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('-') && arg !== '-') {
      const [name, inline] = arg.split(/=(.*)/s, 2);
      if (valued.includes(name)) options.set(name, inline ?? args[++i] ?? '');
      else options.set(name, true);
    } else positional.push(arg);
  }
  return { positional, options };
}

/** The locale of the environment, as POSIX ranks its variables: `LC_ALL`, then `LC_MESSAGES`, then `LANG`. */
function environmentLocale(io: CliIo): string | undefined {
  const env = io.env ?? {};
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined;
}

/** Runs the command line `agenda ...args` against the given I/O and returns the exit code. */
export async function main(args: string[], io: CliIo = nodeIo): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    (command ? io.stdout : io.stderr)(USAGE);
    return command ? 0 : EXIT_USAGE;
  }
  if (command === 'check') {
    const { positional, options } = parseArgs(rest, ['--format', '--locale', '--stdin-path']);
    const format = options.get('--format') ?? 'text';
    const locale = options.get('--locale');
    const stdinPath = stdinPathProblem(positional, options);
    const unknown = [...options.keys()].filter((k) => k !== '--format' && k !== '--locale' && k !== '--stdin-path');
    if (unknown.length || !isReportFormat(format) || locale === '' || locale === true || typeof stdinPath === 'object') {
      const choices = 'text, json, github or sarif';
      const problem = unknown.length ? `unknown option ${unknown[0]}`
        : !isReportFormat(format) ? (format === '' ? `--format needs a value: ${choices}` : `--format must be ${choices}, not ${String(format)}`)
        : typeof stdinPath === 'object' ? stdinPath.problem
        : '--locale needs a value, such as fr';
      io.stderr(`agenda: ${problem}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    return runCheck(io, positional, format, locale ?? environmentLocale(io), stdinPath);
  }
  if (command === 'format') {
    const { positional, options } = parseArgs(rest, ['--locale']);
    const unknown = [...options.keys()].find((k) => k !== '--check' && k !== '--locale');
    const locale = options.get('--locale');
    if (unknown !== undefined || locale === '' || locale === true) {
      io.stderr(`agenda: ${unknown === undefined ? '--locale needs a value, such as fr' : `unknown option ${unknown}`}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    return runFormat(io, positional, options.has('--check'), locale ?? environmentLocale(io));
  }
  if (command === 'render' || command === 'export') {
    const request = outputRequest(command, parseArgs(rest, OUTPUT_VALUED_OPTIONS));
    if (typeof request === 'string') {
      io.stderr(`agenda: ${request}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    return runOutput(io, request);
  }
  io.stderr(`agenda: unknown command ${command}\n\n${USAGE}`);
  return EXIT_USAGE;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`agenda: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
