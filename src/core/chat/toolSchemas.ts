// Names, descriptions and input schemas of the language model tools, as
// package.json declares them under `languageModelTools`. A unit test keeps the
// two equal, because VS Code reads the declaration and the handlers this one.

import { COACHING_NOTE_TYPES } from '../progress/coachingNotes';
import { TOOL_NAMES } from './coachTools';

export interface ToolDeclaration {
  name: string;
  toolReferenceName: string;
  displayName: string;
  modelDescription: string;
  userDescription: string;
  canBeReferencedInPrompt: boolean;
  icon: string;
  inputSchema: Record<string, unknown>;
}

const kataId = { type: 'string', description: 'The kata_id of the kata, as kataCoach_listKatas returns it.' };
const taskId = { type: 'string', description: 'Id of a task section: setup, task-1, task-2, ..., or completion. Defaults to the first task with steps not done.' };

export const TOOL_DECLARATIONS: readonly ToolDeclaration[] = [
  {
    name: TOOL_NAMES.listKatas,
    toolReferenceName: 'kataList',
    displayName: 'List Katas',
    modelDescription:
      'Lists the katas (hands-on exercises) in the workspace: id, title, category, difficulty, steps done out of total, and whether their prerequisite katas are done. Call it first to find a kata id.',
    userDescription: 'List the katas in this workspace with your progress.',
    canBeReferencedInPrompt: true,
    icon: '$(list-tree)',
    inputSchema: { type: 'object', properties: { category: { type: 'string', description: 'Only list katas of this category.' } } },
  },
  {
    name: TOOL_NAMES.getProgress,
    toolReferenceName: 'kataProgress',
    displayName: 'Get Kata Progress',
    modelDescription:
      "Returns a kata's progress: its coaching level and hint strategy, each task's steps done, and the current task (or the given one) with every step, its state and its stepId, and the hints already revealed. Call it before coaching and before setting a step.",
    userDescription: "Read a kata's progress and its current task.",
    canBeReferencedInPrompt: true,
    icon: '$(checklist)',
    inputSchema: { type: 'object', properties: { kataId, taskId }, required: ['kataId'] },
  },
  {
    name: TOOL_NAMES.setStep,
    toolReferenceName: 'kataSetStep',
    displayName: 'Set Kata Step',
    modelDescription:
      "Marks one step of a kata done or not done in the learner's progress, which the Kata Coach views show at once. Only mark a step done after the learner has confirmed it or shown the expected result. Get stepId from kataCoach_getProgress.",
    userDescription: 'Mark a step of a kata done or not done.',
    canBeReferencedInPrompt: true,
    icon: '$(pass)',
    inputSchema: {
      type: 'object',
      properties: { kataId, stepId: { type: 'string', description: 'The stepId from kataCoach_getProgress.' }, done: { type: 'boolean', description: 'true to mark the step done, false to mark it not done.' } },
      required: ['kataId', 'stepId', 'done'],
    },
  },
  {
    name: TOOL_NAMES.revealHint,
    toolReferenceName: 'kataHint',
    displayName: 'Reveal Kata Hint',
    modelDescription:
      "Reveals the next hint of a kata's task from the kata's own hints, following its hint strategy, and returns the hint text. The coach panel shows it as revealed. Use it when the learner is stuck, before giving any answer.",
    userDescription: 'Reveal the next hint for a task.',
    canBeReferencedInPrompt: true,
    icon: '$(lightbulb)',
    inputSchema: { type: 'object', properties: { kataId, taskId }, required: ['kataId'] },
  },
  {
    name: TOOL_NAMES.recordNote,
    toolReferenceName: 'kataNote',
    displayName: 'Record Coaching Note',
    modelDescription:
      "Records a short coaching note in the kata's progress file, such as what the learner understood or where they got stuck, so a later session can pick up from it.",
    userDescription: 'Record a coaching note in the progress file.',
    canBeReferencedInPrompt: false,
    icon: '$(note)',
    inputSchema: {
      type: 'object',
      properties: {
        kataId,
        note: { type: 'string', description: 'The note, one or two sentences.' },
        type: { type: 'string', enum: [...COACHING_NOTE_TYPES], description: 'Kind of note; observation when absent.' },
      },
      required: ['kataId', 'note'],
    },
  },
];
