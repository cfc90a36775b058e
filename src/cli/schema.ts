import { planJsonSchema } from '../plan/json-schema.js';
import { EXIT, RolloutError } from '../util/errors.js';
import { writeOutputFile } from '../util/write.js';
import { writeOut } from './common.js';

export async function schemaCommand(options: { output?: string; force?: boolean }): Promise<number> {
  const text = `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
  if (options.output?.trim() === '') throw new RolloutError('--output must name a file, or - for standard output');
  if (options.output && options.output !== '-') await writeOutputFile(options.output, text, { force: options.force });
  else writeOut(text);
  return EXIT.ok;
}
