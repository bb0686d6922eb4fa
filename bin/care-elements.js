#!/usr/bin/env node
// The care-elements command. Each command is one entry below: a one-line
// summary for the help, and a module whose `run(args)` resolves to the exit code.
const commands = {
  render: {
    summary: 'render a content file as HTML that reads without JavaScript (declarative shadow DOM)',
    load: () => import('./render.js'),
  },
  validate: {
    summary: 'check JSON content files against the element schemas',
    load: () => import('./validate.js'),
  },
};

const [name, ...args] = process.argv.slice(2);
const command = Object.hasOwn(commands, name ?? '') ? commands[name] : undefined;
if (!command) {
  const usage = [
    'Usage: care-elements <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([each, { summary }]) => `  ${each.padEnd(10)} ${summary}`),
    '',
    'Run "care-elements <command> --help" for its options.',
  ].join('\n');
  const asked = name === undefined || name === '--help' || name === '-h' || name === 'help';
  (asked ? console.log : console.error)(asked ? usage : `care-elements: unknown command "${name}"\n\n${usage}`);
  process.exitCode = asked ? 0 : 2;
} else {
  process.exitCode = await (await command.load()).run(args);
}
