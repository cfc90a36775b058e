import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';
import { surveyMonkeyCsv } from '../survey-monkey.js';

/** A folder with the README's SurveyMonkey source, a 1-5 satisfaction metric and the weekly download (with a byte order mark). */
function surveyFolder(): string {
  const dir = tempDir();
  const plan = [
    'version: 1',
    'tool: { name: Microsoft Teams, contact: { name: ICT, email: ict@ngo.example } }',
    'organization: { name: NGO, headcount: 35, languages: [nl, en] }',
    'start: 2027-03-01',
    'preset: growing',
    'metrics:',
    '  - { name: satisfaction, label: { nl: Tevredenheid (1-5), en: Satisfaction (1-5) }, unit: score, range: [1, 5] }',
    'sources:',
    '  - file: "exports/Teams-enquete-SurveyMonkey *.csv"',
    '    kind: responses',
    '    date: Start Date',
    '    dateFormat: mm-dd-yyyy',
    '    metrics: { nps: "Hoe waarschijnlijk*", satisfaction: "Hoe tevreden*" }',
  ];
  writeFileSync(path.join(dir, 'rollout.yaml'), `${plan.join('\n')}\n`);
  mkdirSync(path.join(dir, 'exports'));
  writeFileSync(path.join(dir, 'exports', 'Teams-enquete-SurveyMonkey 2027-03-22.csv'), surveyMonkeyCsv({ bom: true }));
  return dir;
}

interface GateJson {
  id: string;
  observed: number;
  samples: number;
}

describe("SurveyMonkey's export with its two header rows, through the built binary", () => {
  it('gate-check reads the eight responses: satisfaction 4.0 and NPS 25 (4 promoters, 2 detractors of 8), no bad row', () => {
    const dir = surveyFolder();
    const result = run(['gate-check', '--at', '2027-03-22', '--format', 'json'], { cwd: dir });
    expect(result.stderr).not.toMatch(/not a number|the date is empty|more than one file|--lenient/);
    const gates = (JSON.parse(result.stdout) as { gates: GateJson[] }).gates;
    expect(gates.find((g) => g.id === 'satisfaction')).toMatchObject({ observed: 4, samples: 8 });
    expect(gates.find((g) => g.id === 'nps')).toMatchObject({ observed: 25, samples: 8 });
  });

  it('stops with exit 2 on a metric read from a multiple-choice question, saying why', () => {
    const dir = surveyFolder();
    const plan = path.join(dir, 'rollout.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('satisfaction: "Hoe tevreden*"', 'satisfaction: "Waarvoor*"'));
    const result = run(['metrics', '--at', '2027-03-22'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is a multiple-choice question spread over 3 columns, one per option');
  });
});
