// The kata model a first implementation would build: gray-matter for the front
// matter, a full markdown-it parse of every file, and a walk over the tokens.

import matter from 'gray-matter';
import MarkdownIt from 'markdown-it';

export interface NaiveStep {
  text: string;
  checked: boolean;
}

export interface NaiveTask {
  title: string;
  steps: NaiveStep[];
}

export interface NaiveKata {
  id: string;
  title: string;
  category: string;
  filePath: string;
  tasks: NaiveTask[];
  /** Checkboxes outside the tasks, such as Essential Setup and Completion Check. */
  otherSteps: NaiveStep[];
}

const TASK_HEADING = /^Task\s+\d+/;
const CHECKBOX = /^\[([ xX])\]\s+/;

/** Parses one file and returns its kata, or undefined when its front matter has no string `kata_id`. */
export function parseNaiveKata(text: string, filePath: string, markdown: MarkdownIt): NaiveKata | undefined {
  // Passing options turns off gray-matter's cache of results by input text,
  // which would make every timed run after the warm-up a cache lookup.
  const { data, content } = matter(text, {});
  const tokens = markdown.parse(content, {});

  const id = data.kata_id;
  if (typeof id !== 'string') {
    return undefined;
  }

  const categories: unknown = data.kata_category;
  const kata: NaiveKata = {
    id,
    title: typeof data.title === 'string' ? data.title : id,
    category: Array.isArray(categories) && typeof categories[0] === 'string' ? categories[0] : 'uncategorized',
    filePath,
    tasks: [],
    otherSteps: [],
  };

  let task: NaiveTask | undefined;
  let listItemDepth = 0;

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];

    if (token.type === 'heading_open' && (token.tag === 'h2' || token.tag === 'h3')) {
      // A `### Task N` heading starts a task, and any other `##` or `###` heading ends it.
      const heading = tokens[index + 1].content;
      task = token.tag === 'h3' && TASK_HEADING.test(heading) ? { title: heading, steps: [] } : undefined;
      if (task) {
        kata.tasks.push(task);
      }
    } else if (token.type === 'list_item_open') {
      listItemDepth++;
    } else if (token.type === 'list_item_close') {
      listItemDepth--;
    } else if (token.type === 'inline' && listItemDepth > 0 && tokens[index - 1].type === 'paragraph_open') {
      const match = CHECKBOX.exec(token.content);
      if (match) {
        const step = { text: token.content.slice(match[0].length), checked: match[1] !== ' ' };
        (task ? task.steps : kata.otherSteps).push(step);
      }
    }
  }

  return kata;
}
