import { readdirSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { ROOT } from '../helpers.js';

interface GanttTask {
  task: string;
  id: string;
}
interface Gantt {
  parser: { parser: { yy: unknown }; parse: (text: string) => void };
  db: { clear: () => void; getTasks: () => GanttTask[]; getDiagramTitle: () => string };
}

let gantt: Gantt | undefined;

/**
 * Mermaid's own gantt parser and database, as the mermaid package ships them. Its text
 * sanitizer needs a DOM, which jsdom provides.
 */
export async function parseGantt(text: string): Promise<{ title: string; tasks: GanttTask[] }> {
  if (!gantt) {
    const { window } = new JSDOM('');
    Object.assign(globalThis, { window, document: window.document });
    const dir = path.join(ROOT, 'node_modules/mermaid/dist/chunks/mermaid.core');
    const file = readdirSync(dir).find((n) => /^ganttDiagram-.*\.mjs$/.test(n))!;
    gantt = ((await import(path.join(dir, file))) as { diagram: Gantt }).diagram;
  }
  gantt.db.clear();
  gantt.parser.parser.yy = gantt.db;
  gantt.parser.parse(text);
  return { title: gantt.db.getDiagramTitle(), tasks: gantt.db.getTasks() };
}
