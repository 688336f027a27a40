// The @kata chat participant: /start, /status, /hint, /next and /check, and
// free questions answered with the kata as context. /status, /next and /hint
// come from local state, so they work without a language model. /check and
// free questions need the request's model, and without one the reply states that plainly.

import * as vscode from 'vscode';
import { buildCoachPrompt } from '../core/coachPrompt';
import { checkPrompt, hintReply, kataNamedIn, nextReply, questionBeforeHint, statusReply } from '../core/chat/participantReplies';
import { revealedHints } from '../core/hintReveal';
import { currentSection, isStepDone, StepStates } from '../core/kataProgress';
import { Logger } from '../core/log';
import { Kata } from '../core/model';
import { describeError } from '../common/logger';
import { describeHintProblem, revealNextHint } from '../progress/hintActions';
import { ProgressService } from '../progress/progressService';
import { TimeTracker } from '../time/timeTracker';
import { KataWorkspace } from '../workspace/kataWorkspace';

export const PARTICIPANT_ID = 'kataCoach.kata';

export interface ParticipantContext {
  workspace: KataWorkspace;
  progress: ProgressService;
  time: TimeTracker;
  log: Logger;
  /** Returns the kata of the coach panel, when one is open. */
  panelKataId: () => string | undefined;
}

/** Metadata a reply records in its result, for follow-ups and for the gate of minimal coaching. */
interface ReplyMetadata {
  command?: string;
  kataId?: string;
  askedBeforeHint?: string;
}

export function registerParticipant(context: ParticipantContext): vscode.ChatParticipant {
  const participant = vscode.chat.createChatParticipant(PARTICIPANT_ID, (request, chatContext, stream, token) => handle(context, request, chatContext, stream, token));
  participant.iconPath = new vscode.ThemeIcon('mortar-board');
  participant.followupProvider = {
    provideFollowups(result: vscode.ChatResult): vscode.ChatFollowup[] {
      const metadata = (result.metadata ?? {}) as ReplyMetadata;
      if (!metadata.kataId) {
        return [{ prompt: '', command: 'start', label: vscode.l10n.t('Start a kata') }];
      }
      return [
        { prompt: '', command: 'next', label: vscode.l10n.t('What do I do next?') },
        { prompt: '', command: 'hint', label: vscode.l10n.t('Give me a hint') },
        { prompt: '', command: 'status', label: vscode.l10n.t('Show my progress') },
      ];
    },
  };
  return participant;
}

async function handle(
  context: ParticipantContext,
  request: vscode.ChatRequest,
  chatContext: vscode.ChatContext,
  stream: vscode.ChatResponseStream,
  token: vscode.CancellationToken,
): Promise<vscode.ChatResult> {
  const { workspace, progress, log } = context;
  await workspace.listed;
  log.info(`@kata ${request.command ? `/${request.command}` : '(question)'}: ${request.prompt.slice(0, 120)}`);

  if (request.command === 'start') {
    return start(context, request, stream);
  }

  const kata = activeKata(context, request.prompt);
  if (!kata) {
    stream.markdown(vscode.l10n.t('No kata is in progress. Name one with `/start <title>`, or pick one:'));
    stream.button({ command: 'kataCoach.startKata', title: startKataTitle() });
    return { metadata: { command: request.command } satisfies ReplyMetadata };
  }

  const states = progress.statesOf(kata.id);
  const metadata: ReplyMetadata = { command: request.command, kataId: kata.id };
  switch (request.command) {
    case 'status':
      stream.markdown(statusReply(kata, states, progress.coachDataOf(kata.id), context.time.minutesOf(kata.id).total));
      stream.button({ command: 'kataCoach.openCoachPanel', title: openPanelTitle(), arguments: [kata.id] });
      return { metadata };
    case 'next':
      stream.markdown(nextReply(kata, states));
      addStepButton(stream, kata, states);
      return { metadata };
    case 'hint':
      return hint(context, kata, chatContext, stream, metadata);
    case 'check': {
      const section = currentSection(kata, states);
      if (!section) {
        stream.markdown(vscode.l10n.t({ message: 'Every step of **{0}** is done.', args: [kata.title], comment: ['{0} is a kata title'] }));
        return { metadata };
      }
      await answerWithModel(request, stream, token, log, [checkPrompt(kata, states, section, request.prompt)]);
      return { metadata };
    }
    default: {
      const section = currentSection(kata, states);
      const seen = section ? revealedHints(kata, section.id, progress.coachDataOf(kata.id).revealedHintCounts[section.id] ?? 0) : [];
      const coachContext = buildCoachPrompt(kata, states, { sectionId: section?.id, revealedHints: seen });
      await answerWithModel(request, stream, token, log, [coachContext, `My question: ${request.prompt}`]);
      return { metadata };
    }
  }
}

/** Returns the kata the request is about: one it names, else the coach panel's, else the one in the editor. */
function activeKata(context: ParticipantContext, prompt: string): Kata | undefined {
  const { workspace } = context;
  const named = kataNamedIn(workspace.index.katas, prompt);
  if (named) {
    return workspace.index.findById(named.id);
  }
  const panelId = context.panelKataId();
  const editor = vscode.window.activeTextEditor;
  return (panelId ? workspace.index.findById(panelId) : undefined) ?? (editor ? workspace.index.findByFile(editor.document.uri.fsPath) : undefined);
}

async function start(context: ParticipantContext, request: vscode.ChatRequest, stream: vscode.ChatResponseStream): Promise<vscode.ChatResult> {
  const named = kataNamedIn(context.workspace.index.katas, request.prompt);
  const kata = named && context.workspace.index.findById(named.id);
  if (kata) {
    await vscode.commands.executeCommand('kataCoach.startKata', kata.id);
    stream.markdown(vscode.l10n.t({ message: 'Started **{0}** in the coach panel.', args: [kata.title], comment: ['{0} is a kata title'] }));
    stream.markdown(`\n\n${nextReply(kata, context.progress.statesOf(kata.id))}`);
    return { metadata: { command: 'start', kataId: kata.id } satisfies ReplyMetadata };
  }

  const count = context.workspace.index.katas.length;
  const typed = request.prompt.trim();
  stream.markdown(
    typed === ''
      ? vscode.l10n.t({ message: 'Which kata? The workspace has {0}. Name one with `/start <title or id>`, or pick one:', args: [count], comment: ['{0} is the number of katas'] })
      : vscode.l10n.t({
          message: 'No single kata matches "{0}". The workspace has {1}. Name one with `/start <title or id>`, or pick one:',
          args: [typed, count],
          comment: ['{0} is what the user typed after /start; {1} is the number of katas'],
        }),
  );
  stream.button({ command: 'kataCoach.startKata', title: startKataTitle() });
  return { metadata: { command: 'start' } satisfies ReplyMetadata };
}

async function hint(
  context: ParticipantContext,
  kata: Kata,
  chatContext: vscode.ChatContext,
  stream: vscode.ChatResponseStream,
  metadata: ReplyMetadata,
): Promise<vscode.ChatResult> {
  const { progress, time, log } = context;
  const states = progress.statesOf(kata.id);
  const section = currentSection(kata, states);
  if (!section) {
    stream.markdown(vscode.l10n.t({ message: 'Every step of **{0}** is done, so there is no task to give a hint for.', args: [kata.title], comment: ['{0} is a kata title'] }));
    return { metadata };
  }

  // A kata with minimal coaching gets a guiding question before its first hint of each task.
  const previous = chatContext.history.filter((turn): turn is vscode.ChatResponseTurn => turn instanceof vscode.ChatResponseTurn).at(-1);
  const asked = (previous?.result.metadata as ReplyMetadata | undefined)?.askedBeforeHint === `${kata.id}/${section.id}`;
  const question = questionBeforeHint(kata, states, asked);
  if (question) {
    stream.markdown(question);
    return { metadata: { ...metadata, askedBeforeHint: `${kata.id}/${section.id}` } };
  }

  const problem = await revealNextHint(progress, time, log, kata, section.id, 'coach');
  stream.markdown(hintReply(kata, section, progress.coachDataOf(kata.id), problem && describeHintProblem(problem)));
  stream.button({ command: 'kataCoach.openCoachPanel', title: openPanelTitle(), arguments: [kata.id, section.id] });
  return { metadata };
}

function addStepButton(stream: vscode.ChatResponseStream, kata: Kata, states: StepStates): void {
  const step = currentSection(kata, states)?.steps.find((candidate) => !isStepDone(candidate, states));
  if (step) {
    stream.button({ command: 'kataCoach.toggleStep', title: vscode.l10n.t('Mark this step done'), arguments: [kata.id, step.id] });
  }
  stream.button({ command: 'kataCoach.openCoachPanel', title: openPanelTitle(), arguments: [kata.id] });
}

function startKataTitle(): string {
  return vscode.l10n.t({ message: 'Start Kata', comment: ['Button in a chat reply that opens the kata picker'] });
}

function openPanelTitle(): string {
  return vscode.l10n.t({ message: 'Open the coach panel', comment: ['Button in a chat reply'] });
}

/** Streams the request model's response to `prompts`, or a plain message when no model can respond. */
async function answerWithModel(
  request: vscode.ChatRequest,
  stream: vscode.ChatResponseStream,
  token: vscode.CancellationToken,
  log: Logger,
  prompts: string[],
): Promise<void> {
  try {
    const messages = prompts.map((prompt) => vscode.LanguageModelChatMessage.User(prompt));
    const response = await request.model.sendRequest(messages, {}, token);
    for await (const fragment of response.text) {
      stream.markdown(fragment);
    }
  } catch (error) {
    log.warn(`@kata could not use the language model ${request.model?.id ?? '(none)'}: ${describeError(error)}`);
    const message =
      error instanceof vscode.LanguageModelError
        ? vscode.l10n.t({
            message: 'No language model is available to respond to this request ({0}). `/status`, `/next` and `/hint` still work: they read your progress and the kata directly.',
            args: [error.code],
            comment: ['{0} is an error code, such as NoPermissions'],
          })
        : vscode.l10n.t('No language model is available to respond to this request. `/status`, `/next` and `/hint` still work: they read your progress and the kata directly.');
    stream.markdown(message);
  }
}
