import * as assert from 'node:assert/strict';
import { pickCoachAgent } from '../../src/core/coachAgent';

describe('pickCoachAgent', () => {
  it('takes the front matter name', () => {
    const files = [{ fileName: 'learning-kata-coach.agent.md', text: '---\nname: Learning Kata Coach\n---\nCoach.' }];

    assert.equal(pickCoachAgent(files), 'Learning Kata Coach');
  });

  it('falls back to the file name', () => {
    const files = [{ fileName: 'kata-coach.chatmode.md', text: 'No front matter.' }];

    assert.equal(pickCoachAgent(files), 'kata-coach');
  });

  it('reads broken front matter by file name', () => {
    const files = [{ fileName: 'kata_coach.agent.md', text: '---\nname: [unclosed\n---\n' }];

    assert.equal(pickCoachAgent(files), 'kata_coach');
  });

  it('ignores other agents and files', () => {
    const files = [
      { fileName: 'reviewer.agent.md', text: '---\nname: Reviewer\n---\n' },
      { fileName: 'kata-coach.md', text: '' },
    ];

    assert.equal(pickCoachAgent(files), undefined);
  });

  it('picks the first match by file name', () => {
    const files = [
      { fileName: 'z-learning-coach.agent.md', text: '' },
      { fileName: 'a-kata-coach.agent.md', text: '' },
    ];

    assert.equal(pickCoachAgent(files), 'a-kata-coach');
  });
});
