// Human-readable findings for the terminal.
import type { Finding, GuidelineSet } from '../engine/types.ts';
import { DETECTORS } from '../engine/detectors/index.ts';

const DESCRIPTIONS = new Map(DETECTORS.map((d) => [d.kind, d.description]));

function quote(text: string, max = 400): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function formatFindings(text: string, findings: readonly Finding[], set: GuidelineSet): string {
  const lines: string[] = [`Guideline set: ${set.name} (${set.id})`];
  if (findings.length === 0) {
    lines.push('No findings: nothing in this draft seems to go against the guideline.');
    return lines.join('\n');
  }
  lines.push(`${findings.length} finding${findings.length === 1 ? '' : 's'}:`);
  findings.forEach((f, i) => {
    lines.push('');
    // The learned reader's findings read like a rule's; the mark says no rule matched.
    const by = f.source === 'learned' ? ', learned reader' : '';
    lines.push(`${i + 1}. ${f.kind} (${f.severity}${by}): ${DESCRIPTIONS.get(f.kind) ?? ''}`);
    const triggers = f.spans.map(([s, e]) => `"${text.slice(s, e)}" [${s}–${e}]`).join(', ');
    if (triggers) lines.push(`   Triggered by: ${triggers}`);
    if (f.points.length === 0) lines.push(`   ${set.name} has no guideline point on this.`);
    for (const p of f.points) {
      lines.push(`   ${p.setName}, point ${p.number}${p.heading ? ` (${p.heading})` : ''}:`);
      lines.push(`     «${quote(p.text)}»`);
    }
    if (f.fix?.type === 'insert') lines.push(`   Fix: add "${f.fix.text}"`);
    if (f.fix?.type === 'mask') lines.push(`   Fix: replace "${text.slice(f.fix.span[0], f.fix.span[1])}" with "${f.fix.replacement}"`);
  });
  return lines.join('\n');
}
