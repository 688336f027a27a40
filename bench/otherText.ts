// Writes the markdown files that are not katas: hub pages next to the katas,
// docs elsewhere in the repository, and package docs in excluded folders.

import * as shape from './corpusShape';
import { appendUntil } from './kataText';
import type { SeededRandom } from './random';
import { NOUNS, phrase, sentence, title, VERBS } from './vocabulary';

/** A kata that a hub page links to, by path relative to the hub. */
export interface HubLink {
  title: string;
  relativePath: string;
}

/** Writes a hub page: front matter without `kata_id`, then headings, links to its katas and prose. */
export function writeHubPage(random: SeededRandom, heading: string, links: readonly HubLink[]): string {
  const lines = ['---', `title: "${heading}"`, `description: "${sentence(random)}"`, 'ms.topic: hub-page'];
  const keyCount = random.sample(shape.HUB_FRONT_MATTER_KEYS);
  for (let keys = 3; keys < keyCount; keys++) {
    // Hub pages mix scalar and list fields; every third field here is a list.
    const key = `${random.pick(NOUNS)}_${random.pick(NOUNS)}_${keys}`;
    if (keys % 3 === 0) {
      lines.push(`${key}:`, ...Array.from({ length: random.integer(2, 4) }, () => `  - ${phrase(random, 3)}`));
    } else {
      lines.push(`${key}: ${phrase(random, random.integer(1, 4))}`);
    }
  }
  lines.push('---', '', `# ${heading}`, '', sentence(random), '', '## Katas', '');

  for (const link of links) {
    lines.push(`- [${link.title}](${link.relativePath}): ${sentence(random, 4, 8)}`);
  }
  lines.push('');

  appendUntil(lines, random.sample(shape.HUB_PAGE_BYTES), () => proseSection(random));
  return lines.join('\n') + '\n';
}

/**
 * Writes a doc page of hub page size. With `frontMatter`, it starts with a
 * front matter block without `kata_id`. Some docs have a `- [ ]` checklist,
 * as pull request templates and runbooks do, which must not make them katas.
 */
export function writeDocPage(random: SeededRandom, frontMatter: boolean): string {
  const heading = title(random, random.integer(2, 5));
  const lines: string[] = [];
  if (frontMatter) {
    lines.push('---', `title: ${heading}`, `description: ${sentence(random)}`, `ms.date: 2025-0${random.integer(1, 9)}-1${random.integer(0, 9)}`);
    lines.push('tags:', ...Array.from({ length: random.integer(1, 4) }, () => `  - ${random.pick(NOUNS)}`), '---', '');
  }
  lines.push(`# ${heading}`, '', sentence(random), '');

  if (random.chance(0.25)) {
    lines.push('## Checklist', '', ...Array.from({ length: random.integer(3, 8) }, () => `- [ ] ${sentence(random, 3, 8)}`), '');
  }

  appendUntil(lines, random.sample(shape.HUB_PAGE_BYTES), () => proseSection(random));
  return lines.join('\n') + '\n';
}

/**
 * Writes a package's README, changelog or guide, 1 to 6 KB. With `kataId`,
 * the file has kata front matter, so a listing that enters the excluded
 * folder finds more katas than were generated.
 */
export function writePackageDoc(random: SeededRandom, kataId: string | undefined): string {
  const lines: string[] = [];
  if (kataId !== undefined) {
    lines.push('---', `kata_id: ${kataId}`, 'kata_category:', '  - vendored', '---', '');
  }
  lines.push(`# ${title(random, 2)}`, '', sentence(random), '', '## Practice Tasks', '', '### Task 1: Install', '', `- [ ] ${sentence(random)}`, '');
  appendUntil(lines, random.integer(1, 6) * 1024, () => proseSection(random));
  return lines.join('\n') + '\n';
}

function proseSection(random: SeededRandom): string[] {
  const lines = [`## ${title(random, random.integer(2, 4))}`, ''];
  for (let paragraph = random.integer(1, 3); paragraph > 0; paragraph--) {
    lines.push(Array.from({ length: random.integer(1, 3) }, () => sentence(random)).join(' '), '');
  }

  if (random.chance(0.5)) {
    lines.push(...Array.from({ length: random.integer(2, 6) }, (_, index) => `${index + 1}. **${random.pick(VERBS)}** the ${phrase(random, 4)}`), '');
  }
  if (random.chance(0.2)) {
    lines.push('```bash', `tool ${random.pick(VERBS).toLowerCase()} --${random.pick(NOUNS)}`, '```', '');
  }
  return lines;
}
