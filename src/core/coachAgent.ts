// Finds the custom chat agent that coaches katas among a workspace's agent
// files (`.github/agents/*.agent.md`, or the older `.github/chatmodes/*.chatmode.md`),
// so "Ask the coach" can open chat with that agent selected.

import { grayMatter } from './libraries';

/** An agent file: its name on disk and its text. */
export interface AgentFile {
  fileName: string;
  text: string;
}

const AGENT_SUFFIXES = ['.agent.md', '.chatmode.md'];

// Names such as "Learning Kata Coach", "kata-coach" or "Kata Coach (learning)".
const COACH_NAME = /kata[\s_-]*coach|learning[\s_-]*coach/i;

/**
 * Returns the name that identifies the kata coach agent in VS Code: the front matter
 * `name`, else the file name without its suffix. Returns undefined when no
 * file looks like a kata coach. Files are compared in name order, so the
 * choice does not depend on the order the caller found them in.
 */
export function pickCoachAgent(files: readonly AgentFile[]): string | undefined {
  const sorted = [...files].sort((a, b) => a.fileName.localeCompare(b.fileName));
  for (const file of sorted) {
    const suffix = AGENT_SUFFIXES.find((candidate) => file.fileName.toLowerCase().endsWith(candidate));
    if (!suffix) {
      continue;
    }

    const stem = file.fileName.slice(0, file.fileName.length - suffix.length);
    const name = frontMatterName(file.text) ?? stem;
    if (COACH_NAME.test(name) || COACH_NAME.test(stem)) {
      return name;
    }
  }
  return undefined;
}

function frontMatterName(text: string): string | undefined {
  try {
    const name: unknown = grayMatter()(text).data.name;
    return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
  } catch {
    // An agent file with broken front matter is still found by its file name.
    return undefined;
  }
}
