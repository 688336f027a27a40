// Registers the language model tools (see core/chat/coachTools) that agent
// mode and custom agents call to coach on the same state as the UI. Changes
// go through the UI's services with the source `coach`.

import * as vscode from 'vscode';
import { CoachToolHost, confirmSetStep, getProgress, listKatas, recordNote, revealHint, setStep, TOOL_NAMES, ToolInputError } from '../core/chat/coachTools';
import { Logger } from '../core/log';
import { describeError } from '../common/logger';
import { HintProblem, revealNextHint } from '../progress/hintActions';
import { ProgressService } from '../progress/progressService';
import { TimeTracker } from '../time/timeTracker';
import { KataWorkspace } from '../workspace/kataWorkspace';

export function createToolHost(workspace: KataWorkspace, progress: ProgressService, time: TimeTracker, log: Logger): CoachToolHost {
  return {
    katas: () => workspace.index.katas,
    findKata: (id) => workspace.index.findById(id),
    statesOf: (kataId) => progress.statesOf(kataId),
    coachDataOf: (kataId) => progress.coachDataOf(kataId),
    setStep: (kata, stepId, done) => progress.setSteps(kata, { [stepId]: done }, 'coach'),
    revealHint: async (kata, sectionId) => {
      const problem = await revealNextHint(progress, time, log, kata, sectionId, 'coach');
      return problem && describeForModel(problem);
    },
    addNote: (kata, note) => progress.addCoachingNote(kata, note),
  };
}

/** Words a hint problem for the model, in English whatever VS Code's display language, as every tool result. */
function describeForModel(problem: HintProblem): string {
  switch (problem.reason) {
    case 'noSuchTask':
      return 'This task is no longer in the kata.';
    case 'wait':
      return `This kata asks you to try on your own first. Hints unlock after ${problem.minutes} more minute${problem.minutes === 1 ? '' : 's'} on this task.`;
    case 'noHints':
      return 'The kata has no hints for this task. Ask the coach instead.';
    case 'allShown':
      return 'Every hint of this task is already shown.';
    case 'saveFailed':
      return 'The hint could not be saved. See the Kata Coach log.';
  }
}

type Handler = (host: CoachToolHost, input: unknown) => string | Promise<string>;

class CoachTool implements vscode.LanguageModelTool<object> {
  constructor(
    private readonly name: string,
    private readonly handler: Handler,
    private readonly host: CoachToolHost,
    private readonly log: Logger,
    private readonly invocationMessage: string,
  ) {}

  async invoke(options: vscode.LanguageModelToolInvocationOptions<object>): Promise<vscode.LanguageModelToolResult> {
    try {
      const text = await this.handler(this.host, options.input);
      this.log.info(`Tool ${this.name} ran: ${text.split('\n')[0].slice(0, 200)}`);
      return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(text)]);
    } catch (error) {
      // The message reaches the model, which can call again with a fixed input.
      const level = error instanceof ToolInputError ? 'warn' : 'error';
      this.log[level](`Tool ${this.name} failed for input ${JSON.stringify(options.input)?.slice(0, 300)}: ${describeError(error)}`);
      throw error;
    }
  }

  prepareInvocation(options: vscode.LanguageModelToolInvocationPrepareOptions<object>): vscode.PreparedToolInvocation {
    if (this.name !== TOOL_NAMES.setStep) {
      return { invocationMessage: this.invocationMessage };
    }
    try {
      const confirmation = confirmSetStep(this.host, options.input);
      return { invocationMessage: this.invocationMessage, confirmationMessages: { title: confirmation.title, message: new vscode.MarkdownString().appendText(confirmation.message) } };
    } catch {
      // Invalid input gets no confirmation: invoke rejects it with the reason.
      return { invocationMessage: this.invocationMessage };
    }
  }
}

export function registerCoachTools(host: CoachToolHost, log: Logger): vscode.Disposable[] {
  const tools: [string, Handler, string][] = [
    // The invocation messages are shown in the chat while a tool runs.
    [TOOL_NAMES.listKatas, listKatas, vscode.l10n.t('Listing katas')],
    [TOOL_NAMES.getProgress, getProgress, vscode.l10n.t('Reading kata progress')],
    [TOOL_NAMES.setStep, setStep, vscode.l10n.t('Updating a kata step')],
    [TOOL_NAMES.revealHint, revealHint, vscode.l10n.t('Revealing a kata hint')],
    [TOOL_NAMES.recordNote, recordNote, vscode.l10n.t('Recording a coaching note')],
  ];
  return tools.map(([name, handler, message]) => vscode.lm.registerTool(name, new CoachTool(name, handler, host, log, message)));
}
