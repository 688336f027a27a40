// Handlers for the coach panel's requests. Each request has passed
// parsePageMessage. Each id in it is looked up in the kata again here, because
// the page may show an older version of the kata than the index has.

import * as vscode from 'vscode';
import { resolveLink } from '../core/linkPolicy';
import { allSteps, Kata } from '../core/model';
import { describeHintProblem, revealNextHint } from '../progress/hintActions';
import { AnswerDrafts } from './answerDrafts';
import type { CoachPanelDeps } from './coachPanel';

export class PanelActions {
  private readonly drafts: AnswerDrafts;

  constructor(private readonly deps: CoachPanelDeps) {
    this.drafts = new AnswerDrafts(deps.progress, deps.log);
  }

  /** Checks or unchecks a step; returns false when the kata no longer has it. */
  async setStep(kata: Kata, stepId: string, checked: boolean): Promise<boolean> {
    const step = this.stepOf(kata, stepId);
    if (!step) {
      return false;
    }
    return this.deps.progress.setSteps(kata, { [step.id]: checked });
  }

  async openStep(kata: Kata, stepId: string): Promise<void> {
    const step = this.stepOf(kata, stepId);
    if (step) {
      await vscode.commands.executeCommand('kataCoach.revealStep', kata.filePath, step.line);
    }
  }

  /** Reveals the next hints of a section; returns why nothing was revealed, for the learner, or undefined. */
  async revealHint(kata: Kata, sectionId: string): Promise<string | undefined> {
    const { progress, time, log } = this.deps;
    const problem = await revealNextHint(progress, time, log, kata, sectionId);
    return problem && describeHintProblem(problem);
  }

  /** Saves the answer to the Completion Check question at `index`. */
  async saveAnswer(kata: Kata, index: number, answer: string, commit: boolean): Promise<void> {
    const question = kata.completion?.questions[index];
    if (!question) {
      this.deps.log.warn(`The coach panel sent an answer to question ${index}, which kata ${kata.id} does not have`);
      return;
    }
    await this.drafts.update(kata, question.text, answer, commit);
  }

  /** Saves the answers still waiting for a pause in typing. */
  flushAnswers(): Promise<void> {
    return this.drafts.flushAll();
  }

  /** Opens another kata, a prerequisite, in the panel. */
  async startKata(kataId: string): Promise<void> {
    if (this.deps.workspace.index.findById(kataId)) {
      await vscode.commands.executeCommand('kataCoach.startKata', kataId);
    } else {
      this.deps.log.warn(`The coach panel asked to start kata ${JSON.stringify(kataId.slice(0, 200))}, which is not in the workspace`);
    }
  }

  // Links come from kata text, which is untrusted: resolveLink allows only web
  // links and files inside the kata's workspace folder.
  async openLink(kata: Kata, href: string): Promise<void> {
    const target = resolveLink(href, kata.filePath, this.deps.workspace.folderOf(kata));
    switch (target.kind) {
      case 'external':
        await vscode.env.openExternal(vscode.Uri.parse(target.url, true));
        return;
      case 'file':
        await vscode.commands.executeCommand('kataCoach.revealStep', target.filePath, 1);
        return;
      case 'refused':
        this.deps.log.info(`Did not open the link ${JSON.stringify(href.slice(0, 200))} from ${kata.filePath}: ${target.reason}`);
        return;
    }
  }

  private stepOf(kata: Kata, stepId: string) {
    const step = allSteps(kata).find((candidate) => candidate.id === stepId);
    if (!step) {
      this.deps.log.warn(`The coach panel named step ${stepId}, which kata ${kata.id} does not have`);
    }
    return step;
  }
}
