// Issue and fix pairs of a `### Troubleshooting` subsection. Kata authors
// write them in several ways, all read here:
//
//   **Issue**: ... then `- **Quick Fix**: ...`  (or `**Solution**: ...` on the next line)
//   **Problem**: ... then **Solution**: ...
//   **Q: question?** then **A**: answer
//   **Pods show OOMKilled status**: then bullets, some labelled `Check:` or `Solution:`
//   - **Short issue title**: fix   or   - **Short issue title** → fix
//
// An issue is a level-1 hint, its labelled fix a level-3 hint, and a `Check:`
// line a level-2 hint. Unlabelled bullets under an issue are its fix when the
// issue has no labelled fix, and level-2 directions when it has one. Bullets
// outside any issue are level-2 directions.

import { itemsInRange, type LineRange } from './bodySections';
import { readBoldLabel, splitAtLabels, type BoldLabel } from './labels';
import type { TextBlock } from './textBlocks';

export interface TroubleshootingHint {
  level: 1 | 2 | 3;
  text: string;
  line: number;
}

type Role = 'issue' | 'fix' | 'check' | 'plain';

interface Entry {
  role: Role;
  text: string;
  line: number;
}

interface Group {
  issue?: Entry;
  items: Entry[];
}

const ROLES_BY_LABEL: Readonly<Record<string, Role>> = {
  issue: 'issue',
  problem: 'issue',
  symptom: 'issue',
  q: 'issue',
  question: 'issue',
  'quick fix': 'fix',
  fix: 'fix',
  solution: 'fix',
  resolution: 'fix',
  workaround: 'fix',
  a: 'fix',
  answer: 'fix',
  check: 'check',
  cause: 'check',
};

// `**Q: Edit agent shows no changes**`: the question sits inside the bold label.
const QUESTION_IN_LABEL = /^(?:q|question)\s*:\s*(.+)$/i;
// `- Solution: Reduce resource requests`: a role label without bold.
const PLAIN_LABEL = /^([a-z][a-z ]*?)\s*:\s*(.*)$/i;

const isRoleLabel = (label: BoldLabel): boolean =>
  ROLES_BY_LABEL[label.key] !== undefined || QUESTION_IN_LABEL.test(label.label);

/** Reads the troubleshooting hints of the paragraphs and list items inside `range`, in file order. */
export function readTroubleshooting(range: LineRange, blocks: readonly TextBlock[]): TroubleshootingHint[] {
  const groups: Group[] = [];

  for (const block of itemsInRange(blocks, range)) {
    if (block.listItem?.checkbox) {
      continue;
    }

    for (const entry of readEntries(block)) {
      const current = groups[groups.length - 1];
      if (entry.role === 'plain' && block.listItem === undefined) {
        // A paragraph without a label introduces or closes the list, so it is no hint.
        continue;
      }
      if (entry.role === 'issue') {
        groups.push({ issue: entry, items: [] });
      } else if (current?.issue !== undefined) {
        current.items.push(entry);
      } else {
        groups.push({ items: [entry] });
      }
    }
  }

  return groups.flatMap(toHints);
}

function readEntries(block: TextBlock): Entry[] {
  const entries: Entry[] = [];

  splitAtLabels(block, isRoleLabel).forEach((segment, index) => {
    if (segment.label !== undefined) {
      entries.push(...fromLabel(segment.label, segment.text, segment.line));
      return;
    }

    // Any bold text that opens the block names an issue: `**Pods show OOMKilled status**:`.
    // NOTE: a bold closing line with no `---` before it would be read as an issue too.
    const title = index === 0 ? readBoldLabel(segment.text) : undefined;
    if (title !== undefined) {
      entries.push({ role: 'issue', text: title.label.replace(/\s*:$/, ''), line: segment.line });
      if (title.rest !== '') {
        entries.push({ role: 'fix', text: title.rest, line: segment.line });
      }
      return;
    }

    const plain = PLAIN_LABEL.exec(segment.text);
    const role = plain ? ROLES_BY_LABEL[plain[1].toLowerCase()] : undefined;
    if (plain && role !== undefined && role !== 'issue') {
      entries.push({ role, text: role === 'check' ? segment.text : plain[2].trim(), line: segment.line });
    } else if (segment.text !== '') {
      entries.push({ role: 'plain', text: segment.text, line: segment.line });
    }
  });

  return entries;
}

function fromLabel(label: BoldLabel, text: string, line: number): Entry[] {
  const question = QUESTION_IN_LABEL.exec(label.label);
  if (question) {
    const issue = [question[1].trim(), text].filter((part) => part !== '').join(' ');
    return [{ role: 'issue', text: issue, line }];
  }
  if (text === '') {
    return [];
  }
  const role = ROLES_BY_LABEL[label.key];
  // `Check: kubectl top pods` needs its label to read as a direction.
  return [{ role, text: role === 'check' ? `${label.label}: ${text}` : text, line }];
}

function toHints(group: Group): TroubleshootingHint[] {
  const hasLabelledFix = group.items.some((item) => item.role === 'fix');
  const hints: TroubleshootingHint[] = [];

  if (group.issue !== undefined) {
    hints.push({ level: 1, text: group.issue.text, line: group.issue.line });
  }
  for (const item of group.items) {
    hints.push({ level: levelOf(item.role, group.issue !== undefined, hasLabelledFix), text: item.text, line: item.line });
  }
  return hints;
}

function levelOf(role: Role, hasIssue: boolean, hasLabelledFix: boolean): 1 | 2 | 3 {
  switch (role) {
    case 'fix':
      return 3;
    case 'plain':
      return hasIssue && !hasLabelledFix ? 3 : 2;
    default:
      return 2;
  }
}
