// The "Open Log" button of error and warning messages that follow a caught
// error, with the message function and the command runner stood in for.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { OPEN_LOG, SHOW_LOG_COMMAND, ShowMessage, showFailureMessage } from '../../src/common/failureMessage';
import { getApi } from './api';

interface ShownMessage {
  message: string;
  items: string[];
}

/** Returns a message function that records what it shows and chooses `choice`. */
function answering(choice: string | undefined, shownMessages: ShownMessage[]): ShowMessage {
  return async (message, ...items) => {
    shownMessages.push({ message, items });
    return choice;
  };
}

describe('Failure messages', () => {
  it('offer Open Log last', async () => {
    const shownMessages: ShownMessage[] = [];
    await showFailureMessage('Saving failed.', { show: answering(undefined, shownMessages), actions: ['Open Kept File'], runCommand: async () => undefined });

    assert.deepEqual(shownMessages, [{ message: 'Saving failed.', items: ['Open Kept File', OPEN_LOG] }]);
  });

  it('run the Show Log command on Open Log', async () => {
    const commands: string[] = [];
    const choice = await showFailureMessage('Saving failed.', {
      show: answering(OPEN_LOG, []),
      runCommand: async (command) => commands.push(command),
    });

    assert.deepEqual(commands, [SHOW_LOG_COMMAND]);
    assert.equal(choice, undefined);
  });

  it('return the other buttons', async () => {
    const commands: string[] = [];
    const choice = await showFailureMessage('Saving failed.', {
      show: answering('Open Kept File', []),
      actions: ['Open Kept File'],
      runCommand: async (command) => commands.push(command),
    });

    assert.equal(choice, 'Open Kept File');
    assert.deepEqual(commands, []);
  });

  it('name a registered command', async () => {
    await getApi();
    assert.ok((await vscode.commands.getCommands(true)).includes(SHOW_LOG_COMMAND), `${SHOW_LOG_COMMAND} is not registered`);

    // With the real command runner, an unknown command would reject here.
    const choice = await showFailureMessage('Saving failed.', { show: answering(OPEN_LOG, []) });

    assert.equal(choice, undefined);
  });
});
