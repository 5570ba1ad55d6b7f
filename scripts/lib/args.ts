/**
 * A tiny argument reader for the command-line scripts: `--flag`, `--key value`, positionals.
 */

/** Parsed command-line arguments. */
export interface Args {
  flags: Set<string>;
  values: Map<string, string>;
  positionals: string[];
}

/** Parses argv (without node and script). `valued` lists the options that take a value. */
export function parseArgs(argv: string[], valued: string[]): Args {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') continue;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (valued.includes(name)) {
        const v = inline ?? argv[++i];
        if (v === undefined) throw new Error(`--${name} needs a value`);
        values.set(name, v);
      } else flags.add(name);
    } else positionals.push(a);
  }
  return { flags, values, positionals };
}
